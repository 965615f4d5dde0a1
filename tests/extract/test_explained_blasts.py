"""An explosion told first and explained as a strike in the same or the next sentence is
that strike: one occurrence, with the blast's place and day and the strike's kind."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _violent(x: Extraction) -> list[tuple[str, str | None]]:
    return sorted((e.type, e.location) for e in x.events if e.type in ("attack", "strike"))


def test_a_blast_blamed_on_an_airstrike_in_its_sentence(extract: Run) -> None:
    x = extract("An explosion tore through a militia warehouse near Mosul on Sunday; "
                "security sources blamed an air strike.")
    assert _violent(x) == [("strike", "mosul")]


def test_a_blast_explained_in_the_next_sentence(extract: Run) -> None:
    x = extract("A blast hit a PMF headquarters in Diyala on Friday. Local officials said "
                "the blast was caused by a drone strike.")
    assert _violent(x) == [("strike", "diyala-province")]


def test_the_explaining_strike_gives_its_doer(extract: Run) -> None:
    x = extract("Explosions rocked a weapons depot near Homs on Monday, which a monitor "
                "attributed to an Israeli air strike.")
    ev = next(e for e in x.events if e.type == "strike")
    assert ev.actors == ["israel"] and ev.location == "homs"
    assert [e for e in x.events if e.type == "attack"] == []


def test_a_strike_told_at_its_own_place_stays_apart(extract: Run) -> None:
    x = extract("A blast hit a checkpoint in Kirkuk on Monday. Separately, Turkish jets "
                "struck PKK positions in Sinjar.")
    assert len(_violent(x)) == 2


def test_an_accident_blamed_on_a_leak_is_no_strike(extract: Run) -> None:
    x = extract("A blast hit a restaurant in Karbala on Monday; officials blamed a gas leak.")
    assert [e for e in x.events if e.type == "strike"] == []
