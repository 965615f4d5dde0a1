"""Where a blow is placed when a verb joined after its own tells the scene, when a town's
name is also borne by a town abroad, and when the tagger takes a person or a town for
something else (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _attacks(extract: Run, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.country) for e in extract(text).events if e.type == "attack"]


@pytest.mark.parametrize(("text", "location", "country"), [
    # a verb joined after the deed's, with no subject of its own, goes on with its scene
    ("Two attackers opened fire on Sunday and wounded three worshippers outside a mosque "
     "in Lyon.", "lyon", "FR"),
    ("Militants attacked the checkpoint at dawn and killed two policemen near the market "
     "in Quetta.", "quetta", "PK"),
    ("A gunman was shot by police on Monday after he opened fire and wounded a guard "
     "outside the consulate in Hamburg.", "hamburg", "DE"),
])
def test_a_verb_joined_after_the_deed_places_it(
        extract: Run, text: str, location: str, country: str) -> None:
    assert (location, country) in _attacks(extract, text)


@pytest.mark.parametrize("text", [
    # where the doer went afterwards is not where he struck
    "The gunman opened fire at the guards on Monday and then fled towards Utrecht.",
    "A gunman opened fire on Monday and escaped on a motorbike through the streets of "
    "Antwerp.",
    # a clause with a subject of its own tells its own scene
    "A gunman opened fire at the embassy on Monday and his accomplice was later arrested "
    "in Utrecht.",
])
def test_a_verb_of_leaving_or_another_clause_does_not_place_it(extract: Run, text: str) -> None:
    assert [loc for loc, _c in _attacks(extract, text)] == [None]


@pytest.mark.parametrize(("text", "location"), [
    # a town whose name a town abroad also bears, in a report from the capital
    ("LONDON (Wire) - Police are hunting two men after an Iranian dissident was attacked "
     "in the capital.\n\nThe activist was stabbed outside his flat in Kensington on "
     "Tuesday, police said.", "kensington"),
    ("LONDON (Wire) - A man has been charged after a synagogue was attacked.\n\nVandals "
     "set fire to the synagogue in Stratford on Tuesday, police said.", "stratford"),
    # a town the tagger takes for a sporting event, in a report that names its country
    ("LONDON (Wire) - Tabrizi was attacked with a knife near his house in Wimbledon on "
     "May 3, police in Britain said.", "wimbledon"),
])
def test_a_namesake_lies_in_the_country_the_report_tells_of(
        extract: Run, text: str, location: str) -> None:
    assert (location, "GB") in _attacks(extract, text)


def test_a_namesake_elsewhere_keeps_its_own_country(extract: Run) -> None:
    text = "Police in Maryland said a man was stabbed outside a store in Kensington on Tuesday."
    assert _attacks(extract, text) == [("kensington", "US")]


def test_a_plot_is_placed_with_the_namesake_of_the_report(extract: Run) -> None:
    text = ("BERLIN (Wire) - Two men were arrested in London on Tuesday over a plot to attack "
            "a dissident in Camden.")
    plots = [(e.location, e.country) for e in extract(text).events if e.type == "plot"]
    assert plots == [("camden", "GB")]


@pytest.mark.parametrize("text", [
    # a name in apposition to a calling is a person's, whatever the tagger took it for
    "Nasrin Zarafshan, a journalist, was attacked outside her home on Friday.",
    "Nasrin Zarafshan, a presenter for a satellite channel, was attacked outside her home "
    "on Friday.",
])
def test_a_person_taken_for_a_place_is_no_place(extract: Run, text: str) -> None:
    assert [loc for loc, _c in _attacks(extract, text)] == [None]
