"""Places an event's own sentence leaves out but the text around it gives: a town
heading an entry, a town and a colon opening one, the town a visitor arrived in the
sentence before the talks, and the country of an execution, which is the executing
state's whomever the hanged man served (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _near(ev: Event, lat: float, lon: float, km: float = 25.0) -> bool:
    return ev.lat is not None and ev.lon is not None and \
        abs(ev.lat - lat) * 111 < km and abs(ev.lon - lon) * 95 < km


def test_a_town_heading_places_the_entry_under_it(extract: Run) -> None:
    x = extract("Mosul\n\nUnidentified gunmen killed a local tribal sheikh outside his "
                "home late on Thursday, police said.")
    assert any(_near(e, 36.34, 43.13) for e in x.events)


def test_a_town_and_a_colon_open_an_entry_with_its_place(extract: Run) -> None:
    x = extract("Kirkuk: Federal police detained four suspected members of a cell on "
                "Sunday, a security source said.")
    ev = one_event(x, "arrest")
    assert _near(ev, 35.47, 44.39)


def test_a_colon_inside_a_line_is_no_locator(extract: Run) -> None:
    x = extract("The ministry named one town as a concern. Basra: the word came up "
                "often. Police detained four men on Sunday.")
    assert all(not _near(e, 30.51, 47.78) for e in x.events if e.type == "arrest")


def test_talks_are_held_where_the_visitor_landed_the_sentence_before(extract: Run) -> None:
    x = extract("Iraqi Foreign Minister Fuad Hussein landed in Muscat on Monday. Hussein "
                "held talks with his Omani counterpart on regional tensions.")
    ev = one_event(x, "meeting")
    assert ev.country == "OM" and _near(ev, 23.59, 58.41)


def test_a_birthplace_the_sentence_before_tells_is_no_venue(extract: Run) -> None:
    x = extract("The Hamas official was born in Khan Younis. He met the Iranian "
                "ambassador on Monday.")
    assert all(e.location is None or not _near(e, 31.34, 34.30) for e in x.events
               if e.type == "meeting")


def test_an_execution_is_in_the_executing_state(extract: Run) -> None:
    x = extract("Iran hanged two men convicted of spying for Israel on Monday.")
    ev = one_event(x, "killing")
    assert ev.country == "IR"
