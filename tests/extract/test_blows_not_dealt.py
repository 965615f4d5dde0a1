"""Blows named but not dealt: one that may yet come, one done by whoever does it, one a
question asks about, and a claim refused; and blows told twice, where they landed or
without their doer, which are the one blow told (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Officers said the two men had filmed churches in Lyon for a possible attack on Sunday.",
    "Guards at the refinery were on alert for a possible strike on the storage tanks.",
    "The embassy was closed on Monday over fears of an imminent attack on its staff.",
    "The minister spoke on Tuesday about a potential strike on the harbour.",
])
def test_a_blow_that_may_yet_come_is_none(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("attack", "strike")] == []


def test_a_blow_told_as_possible_hits_something(extract: Run) -> None:
    [ev] = extract("A possible drone attack set fire to a fuel depot in Kirkuk on "
                   "Tuesday.").events
    assert ev.type == "attack"


@pytest.mark.parametrize("text", [
    "Those who attack the power lines will be punished, the governor said on Monday.",
    "Anyone who strikes our convoys will pay dearly, the commander said on Tuesday.",
])
def test_a_blow_of_whoever_does_it_is_none(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("attack", "strike")] == []


def test_those_who_dealt_a_blow_tell_it(extract: Run) -> None:
    events = extract("Those who attacked the customs post in Zakho on Monday have been "
                     "arrested, the police said.").events
    assert "attack" in [e.type for e in events]


def test_a_question_whether_a_blow_was_dealt_tells_none(extract: Run) -> None:
    text = "Did Turkey strike the fuel convoy near Dohuk on Tuesday? Ankara would not say."
    assert extract(text).events == []
    [ev] = extract("Turkey struck the fuel convoy near Dohuk on Tuesday, officials "
                   "said.").events
    assert ev.type == "strike"


@pytest.mark.parametrize("refusal", [
    "Kataib Hezbollah declined to claim the attack.",
    "Kataib Hezbollah refused to claim the bombing of the convoy.",
])
def test_a_claim_refused_names_no_claimant(extract: Run, refusal: str) -> None:
    text = "A roadside bomb hit a supply convoy near Samawah on Tuesday. " + refusal
    [attack] = extract(text).events
    assert attack.claimed_by == []
    assert attack.certainty != "claimed"


def test_a_volley_seen_where_it_landed_is_the_launch(extract: Run) -> None:
    text = ("The Revolutionary Guards said on Sunday they had fired ballistic missiles at a "
            "militant camp near Idlib, hours after a volley of missiles hit the city.")
    [strike] = extract(text).events
    assert (strike.type, strike.actors, strike.location) == (
        "strike", ["islamic-revolutionary-guard-corps"], "idlib")


def test_a_volley_elsewhere_is_a_blow_of_its_own(extract: Run) -> None:
    text = ("Israel said on Monday it had struck Hezbollah depots in Tyre, hours after a "
            "barrage of rockets hit the city of Haifa.")
    assert sorted((e.type, e.location) for e in extract(text).events) == [
        ("attack", "haifa"), ("strike", "tyre")]


def test_a_blow_an_attack_is_ranked_against_is_an_attack(extract: Run) -> None:
    text = ("Militants fired rockets at a base near Kirkuk on Monday, the deadliest attack "
            "since the drone strike on Tower 22 in January.")
    assert sorted((e.type, e.location) for e in extract(text).events) == [
        ("attack", "kirkuk"), ("attack", "tower-22")]
    [strike] = extract("Jordanian jets hit a depot near Daraa on Monday, the first strike "
                       "since the drone strike on a smuggling camp in January.").events[:1]
    assert strike.type == "strike"


def test_a_blow_told_again_without_its_doer_is_the_one_told(extract: Run) -> None:
    text = ("The Revolutionary Guards said on Sunday they had fired ballistic missiles at a "
            "militant camp near Idlib. Local officials said six ballistic missiles hit the "
            "city shortly after midnight.")
    [strike] = extract(text).events
    assert (strike.type, strike.actors) == ("strike", ["islamic-revolutionary-guard-corps"])


def test_a_blow_without_doer_elsewhere_is_its_own(extract: Run) -> None:
    text = ("Israeli jets struck a weapons depot near Homs on Monday. Rockets hit the town of "
            "Kiryat Shmona on Monday.")
    assert sorted((e.type, e.location) for e in extract(text).events) == [
        ("attack", "kiryat-shmona"), ("strike", "homs")]
