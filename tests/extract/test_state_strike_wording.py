"""Strikes by states told in everyday wording: a run of strikes carried out, a doer
raised by a verb of belief, a barrage a state fires."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_the_doer_of_a_run_of_strikes(extract: Run) -> None:
    ev = one_event(extract("Israeli warplanes carried out a series of strikes on militia "
                           "depots near Homs on Sunday."), "strike")
    assert ev.actors and ev.location == "homs"


def test_a_run_of_air_strikes_that_hit_a_place_is_one_strike(extract: Run) -> None:
    x = extract("A string of air strikes hit militia depots outside Mayadin early on "
                "Friday, a monitoring group said.")
    ev = one_event(x, "strike")
    assert ev.location == "mayadin"
    assert [e for e in x.events if e.type == "attack"] == []


def test_a_doer_believed_to_have_struck(extract: Run) -> None:
    ev = one_event(extract("Israel is thought to have struck a weapons depot near Masyaf "
                           "on Monday, a monitor said."), "strike")
    assert ev.actors == ["israel"]


def test_a_barrage_a_state_fires_is_its_strike(extract: Run) -> None:
    x = extract("The Revolutionary Guards fired a barrage of ballistic missiles at militant "
                "bases in Erbil on Monday night.")
    ev = one_event(x, "strike")
    assert ev.location == "erbil"
    assert [e for e in x.events if e.type == "attack"] == []


def test_a_blow_in_a_clause_of_time_is_how_the_killing_was_done(extract: Run) -> None:
    x = extract("A Hezbollah field commander was killed when an Israeli drone strike hit "
                "his car near Tyre on Monday.")
    ev = one_event(x, "killing")
    assert (ev.location, ev.actors) == ("tyre", ["israel"])
    assert [e for e in x.events if e.type == "strike"] == []


def test_a_craft_believed_to_be_a_states_strikes_for_it(extract: Run) -> None:
    ev = one_event(extract("A drone believed to be Turkish hit a car near Sulaymaniyah on "
                           "Monday."), "strike")
    assert ev.attributed_to == ["turkey"]
