"""Shells and the airports they hit: a bare "shell" is an artillery round (but not a
shell company, nor a firm named Shell), a verb whose past is spelled as its present
("hit", "cut") is past in a clause of time under a past verb, and "the airport of X"
stands in the town X."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _violent(extract: Run, text: str) -> list[Event]:
    return [e for e in extract(text, published="2023-10-16").events
            if e.type in ("attack", "strike")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A cameraman was killed on Friday when shells struck the hill where he was filming"
         " near the village of Yaroun.", "yaroun"),
        ("Shells hit the town of Kiryat Shmona on Friday, wounding two people.",
         "kiryat-shmona"),
        ("A Hezbollah shell struck a house in Metula on Friday.", "metula"),
    ],
)
def test_a_bare_shell_is_an_artillery_round(extract: Run, text: str, place: str) -> None:
    events = _violent(extract, text)
    assert [(e.weapon, e.location, e.date) for e in events] == [
        ("artillery", place, "2023-10-13")]


def test_a_shell_that_kills_counts_the_dead(extract: Run) -> None:
    text = "Two shepherds were killed on Friday when an Israeli shell struck near Shebaa."
    events = _violent(extract, text)
    assert [(e.type, e.actors, e.killed) for e in events] == [("strike", ["israel"], 2)]


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned three shell companies in Dubai on Friday.",
        "Investigators traced the money through a shell firm in Istanbul on Friday.",
    ],
)
def test_a_shell_company_is_no_munition(extract: Run, text: str) -> None:
    assert _violent(extract, text) == []


def test_a_firm_named_shell_is_no_munition(extract: Run) -> None:
    text = "Shell said on Friday that one of its tankers had been struck by a missile."
    assert [e.weapon for e in _violent(extract, text)] == ["missile"]


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were killed on Friday when shells hit their land near Yaroun.",
        "Three boys were wounded on Friday as shells hit their school in Aitaroun.",
    ],
)
def test_a_past_spelled_as_present_is_dated_in_a_clause_of_time(extract: Run,
                                                                text: str) -> None:
    assert [e.date for e in _violent(extract, text)] == ["2023-10-13"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Israeli jets struck the airport of Homs on Thursday.", ["homs"]),
        ("Israeli jets struck the international airport of Homs on Thursday.", ["homs"]),
        ("Israeli missiles hit the airports of Damascus and Aleppo on Thursday.",
         ["aleppo", "damascus"]),
    ],
)
def test_the_airport_of_a_town_stands_in_it(extract: Run, text: str,
                                            places: list[str]) -> None:
    assert sorted(e.location or "" for e in _violent(extract, text)) == places


@pytest.mark.parametrize(
    "text",
    [
        "A local cameraman, Omar Haddad, was killed and four other journalists were wounded on"
        " Friday when shells struck the hill where they were filming near Yaroun.",
        "Omar Haddad, a cameraman, was killed on Friday when a shell struck his car near Yaroun.",
        "Omar Haddad was killed on Friday when Israeli shells hit his house in Yaroun.",
    ],
)
def test_a_named_victim_of_area_fire_is_the_fire_s_toll(extract: Run, text: str) -> None:
    events = extract(text, published="2023-10-16").events
    assert [e.type for e in events if e.type != "killing"] and not [
        e for e in events if e.type == "killing"]


def test_a_named_victim_of_a_drone_on_his_car_is_a_killing(extract: Run) -> None:
    text = ("Hezbollah commander Ali Haddad was killed on Friday when an Israeli drone struck"
            " his car near Yaroun.")
    assert [e.type for e in extract(text, published="2023-10-16").events] == ["killing"]
