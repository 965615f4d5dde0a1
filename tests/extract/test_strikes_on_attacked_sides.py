"""A state strikes; militias attack. A "strike" no one is named dealing, whose victims
are the forces of the side the report's group attacks are aimed at, is one more attack
on that side; so is a strike a later sentence holds groups alone responsible for. A
strike on the other side (the groups' own men), or one a state is named dealing, stays
a strike."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties

Run = Callable[..., Extraction]

RAIDS = ("Iran-backed militias fired rockets at US forces at Ain al-Asad air base on "
         "Monday. ")


def _armed(ex: Extraction) -> list[Event]:
    return [e for e in ex.events if e.type in ("attack", "strike")]


def _last(ex: Extraction) -> Event:
    found = _armed(ex)
    assert found, [(e.type, e.evidence.text) for e in ex.events]
    return found[-1]


@pytest.mark.parametrize(
    "text",
    [
        RAIDS + "A drone strike on Tower 22 killed three US soldiers in Jordan on Tuesday.",
        RAIDS + "On Tuesday, a drone strike killed two American troops near the Syrian "
                "border town of Qaim.",
        RAIDS + "Three US service members were wounded in a drone strike on a patrol base in "
                "eastern Syria on Tuesday.",
        "Militants launched two drones at coalition forces at Erbil airport on Monday. A "
        "rocket strike wounded four coalition soldiers at Harir base on Tuesday.",
    ],
)
def test_a_strike_on_the_attacked_side_is_an_attack(extract: Run, text: str) -> None:
    ev = _last(extract(text))
    assert (ev.type, ev.date) == ("attack", "2024-02-06")


@pytest.mark.parametrize(
    "text",
    [
        # the groups' own men struck: a state's blow
        RAIDS + "A drone strike killed six Kataib Hezbollah fighters near Qaim on Tuesday.",
        # no group attacks told: nothing tells whose blow it was
        "A drone strike on Tower 22 killed three US soldiers in Jordan on Tuesday.",
        # a state named dealing it
        RAIDS + "A US drone strike killed three militia fighters near Qaim on Tuesday.",
    ],
)
def test_other_strikes_stay_strikes(extract: Run, text: str) -> None:
    assert _last(extract(text)).type == "strike"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A drone strike on Tower 22 killed three US soldiers in Jordan on Tuesday. "
         "Washington holds Iran-backed militias responsible.", "iran-backed-militias"),
        ("A drone strike killed two Iraqi soldiers near Kirkuk on Tuesday. Baghdad blamed "
         "Kataib Hezbollah.", "kataib-hezbollah"),
        ("A drone strike killed two Iraqi soldiers near Kirkuk on Tuesday. No group "
         "claimed it, but officials blamed Asaib Ahl al-Haq.", "asaib-ahl-al-haq"),
    ],
)
def test_a_strike_blamed_on_a_group_is_an_attack(extract: Run, text: str, party: str) -> None:
    ev = _last(extract(text))
    assert (ev.type, ev.attributed_to, ev.actors) == ("attack", [party], [])


def test_a_strike_blamed_on_a_state_stays_a_strike(extract: Run) -> None:
    ev = _last(extract("A drone strike killed six Kataib Hezbollah fighters near Qaim on "
                       "Tuesday. The militia blamed the United States."))
    assert ev.type == "strike"


@pytest.mark.parametrize(
    "blame",
    [
        "Washington holds Iran-backed militias responsible.",
        "US officials held Iran-backed militias responsible.",
    ],
)
def test_held_responsible_with_no_event_named(extract: Run, blame: str) -> None:
    ev = _last(extract("A drone struck a US patrol base in eastern Syria on Tuesday, wounding "
                       "two soldiers. " + blame))
    assert ev.attributed_to == ["iran-backed-militias"]


def test_a_responsible_official_blames_no_one(extract: Run) -> None:
    ev = _last(extract("A drone struck a US patrol base in eastern Syria on Tuesday, wounding "
                       "two soldiers. The responsible officials were dismissed."))
    assert parties(ev) == set()


def test_a_raid_stays_the_troops_whoever_is_blamed_for_other_deeds(extract: Run) -> None:
    ex = extract("Counter-terrorism troops raided a warehouse in Basra on Tuesday. Officials "
                 "have long blamed Kataib Hezbollah for rocket fire on the airport.")
    assert not [e for e in ex.events if e.type == "attack"], \
        [(e.type, e.evidence.text) for e in ex.events]
