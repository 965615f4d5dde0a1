"""Craft or sites a target lists by name ("two tankers, the A and the B") were each hit in
an occurrence of their own; targets listed by kind stay one blow."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _attacks(x: Extraction) -> list[str | None]:
    return sorted(e.target or "" for e in x.events if e.type == "attack")


def test_two_named_ships_are_two_attacks(extract: Run) -> None:
    x = extract("Houthi forces fired missiles at two ships, the Ocean Pearl and the Nordic "
                "Star, in the Red Sea on Monday.")
    assert len(_attacks(x)) == 2


def test_names_right_after_the_noun(extract: Run) -> None:
    x = extract("The Houthis attacked the bulk carriers Blue Heron and Sea Falcon in the "
                "Gulf of Aden on Friday.")
    assert len(_attacks(x)) == 2


def test_targets_by_kind_stay_one_blow(extract: Run) -> None:
    x = extract("Houthi forces attacked five vessels including tankers and bulk carriers "
                "in the Red Sea on Friday.")
    assert len(_attacks(x)) == 1


def test_one_named_ship_is_one_attack(extract: Run) -> None:
    x = extract("The Houthis fired a missile at two ships, one of them the Blue Dolphin, "
                "on Tuesday.")
    assert len(_attacks(x)) == 1


def test_fighters_of_a_named_group_hit_a_ship(extract: Run) -> None:
    x = extract("Houthi gunmen hit a cargo ship off Hodeidah on Wednesday.")
    assert [(e.type, e.actors) for e in x.events] == [("attack", ["houthis"])]


def test_a_storm_hits_no_ship_by_force(extract: Run) -> None:
    x = extract("Heavy storms hit a cargo ship off Hodeidah on Wednesday.")
    assert [e for e in x.events if e.type == "attack"] == []
