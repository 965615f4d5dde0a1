"""Who did it when the text tells it aside: a relative clause of a group saying it carried
the attack out, a claimant described as a front for another group, a military body that
says unnamed aircraft struck."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _violent(ex: Extraction) -> list[Event]:
    return [e for e in ex.events if e.type in ("attack", "strike")]


def test_a_relative_clause_saying_a_group_carried_it_out_is_its_claim(extract: Run) -> None:
    text = "The drone attack, which Kataib Hezbollah said it launched, hit a base near Erbil."
    [ev] = _violent(extract(text))
    assert ev.claimed_by == ["kataib-hezbollah"]


def test_a_relative_clause_denying_it_claims_nothing(extract: Run) -> None:
    text = "The bombing, which Hezbollah said it did not carry out, killed three people in Tyre."
    [ev] = _violent(extract(text))
    assert ev.claimed_by == []


@pytest.mark.parametrize(
    "text",
    [
        "Saraya Awliya al-Dam, a front for Kataib Hezbollah, claimed the rocket attack on the "
        "airport in Erbil.",
        "Ashab al-Kahf, described as a cover for Kataib Hezbollah, claimed the bombing of a "
        "convoy near Nasiriyah.",
    ],
)
def test_a_claimant_described_as_a_front_holds_the_fronted_group_responsible(
        extract: Run, text: str) -> None:
    [ev] = _violent(extract(text))
    assert "kataib-hezbollah" in ev.attributed_to
    assert ev.claimed_by and "kataib-hezbollah" not in ev.claimed_by


def test_a_military_that_says_aircraft_struck_is_the_striker(extract: Run) -> None:
    [ev] = _violent(extract("CENTCOM said aircraft struck a Houthi radar site near Hodeidah "
                            "on Monday."))
    assert (ev.type, ev.actors) == ("strike", ["us-central-command"])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Syrian state media said jets struck a farm near Hama on Monday.", "syria"),
        ("The Pentagon said fighters attacked the base on Monday.", "pentagon"),
    ],
)
def test_a_reporter_of_unnamed_craft_or_fighters_is_not_the_doer(extract: Run, text: str,
                                                                 absent: str) -> None:
    assert all(absent not in e.actors for e in _violent(extract(text)))


def test_a_private_persons_nationality_is_no_plotting_state(extract: Run) -> None:
    text = ("Dutch police detained an Iraqi man who was planning an attack on a synagogue in "
            "Amsterdam on behalf of ISIS.")
    [ev] = [e for e in extract(text).events if e.type == "plot"]
    assert "isis" in ev.actors and "iraq" not in ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "The cleric's sermons often threatened Israel with war.",
        "Hezbollah usually fired rockets at Metula at night.",
    ],
)
def test_a_habit_of_the_past_is_no_event(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "statement")] == []
