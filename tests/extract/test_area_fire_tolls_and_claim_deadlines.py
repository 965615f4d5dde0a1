"""A person killed by area fire told as the doer ("Israeli tank fire killed a cameraman,
X") is that fire's toll, a blow typed by who fired, not a killing aimed at him; a drone
or a strike that kills a named commander stays his targeted killing. A "by" date in the
clause of a deed's noun ("no group claimed the attack by Tuesday morning") is the time by
which the claim was made or not, not the deed's date, so the deed told again is the one
told before. A blame laid on a kind of deed ("has in the past blamed such attacks on X")
is a charge about deeds like it and lays no deed told before at anyone's door."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return sorted(e.type for e in x.events)


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("On Monday, Israeli tank fire near the village of Marwahin killed a cameraman, "
         "Ali Hassan, and wounded three other reporters.", "strike", "marwahin"),
        ("Israeli shelling killed a farmer, Hussein Ali, in Khiam on Monday.", "strike",
         "khiam"),
        ("Mortar fire killed a shepherd, Hussein Ali, in Metula on Monday.", "attack",
         "metula"),
    ],
)
def test_a_person_killed_by_area_fire_is_its_toll(extract: Run, text: str, etype: str,
                                                  place: str) -> None:
    x = extract(text)
    assert _types(x) == [etype]
    assert x.events[0].location == place
    assert x.events[0].date == "2024-02-05"


@pytest.mark.parametrize(
    "text",
    [
        "A US drone killed Ali Hassan, a senior commander of Kataib Hezbollah, in Baghdad "
        "on Monday.",
        "An Israeli strike on a car near Tyre killed Ali Hassan, a senior commander of the "
        "Radwan force, on Monday.",
        "Gunmen killed a journalist, Ali Hassan, outside his home in Basra on Monday.",
    ],
)
def test_aimed_blows_that_kill_a_named_person_stay_killings(extract: Run, text: str) -> None:
    assert _types(extract(text)) == ["killing"]


@pytest.mark.parametrize(
    "second",
    [
        "No group claimed the attack by Tuesday morning.",
        "No group had claimed responsibility for the attack by Tuesday evening.",
    ],
)
def test_a_claim_deadline_does_not_date_the_deed(extract: Run, second: str) -> None:
    x = extract("Rockets hit Ain al-Asad air base on Monday, wounding several US troops. "
                + second)
    ev = one_event(x, "attack")
    assert ev.date == "2024-02-05"


def test_a_by_date_of_the_deed_itself_stays(extract: Run) -> None:
    x = extract("By Tuesday evening, rockets had hit three towns in northern Israel.")
    assert one_event(x, "attack").date == "2024-02-06"


def test_a_claim_made_on_a_day_still_tells_the_claim(extract: Run) -> None:
    x = extract("Rockets hit Ain al-Asad air base on Monday, wounding several US troops. "
                "Kataib Hezbollah claimed the attack on Tuesday.")
    ev = one_event(x, "attack")
    assert ev.date == "2024-02-05"
    assert ev.claimed_by == ["kataib-hezbollah"]


def test_a_blame_laid_on_a_kind_of_deed_blames_no_told_deed(extract: Run) -> None:
    x = extract("Rockets hit Ain al-Asad air base on Monday, wounding several US troops. "
                "No group claimed the attack by Tuesday morning. Washington has in the past "
                "blamed such attacks on armed factions backed by Iran.")
    ev = one_event(x, "attack")
    assert ev.attributed_to == []


def test_a_blame_laid_on_the_deed_told_still_counts(extract: Run) -> None:
    x = extract("Rockets hit Ain al-Asad air base on Monday, wounding several US troops. "
                "Washington blamed the attack on Kataib Hezbollah.")
    assert one_event(x, "attack").attributed_to == ["kataib-hezbollah"]


def test_a_suspect_that_threatened_such_blows_is_still_blamed(extract: Run) -> None:
    x = extract("A drone struck a base in northeastern Syria on Sunday. US officials suspect "
                "Kataib Hezbollah, which has threatened such strikes.")
    assert one_event(x, "attack").attributed_to == ["kataib-hezbollah"]
