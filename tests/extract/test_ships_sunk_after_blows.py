"""What sank or went down after a blow is what the blow struck: two ships told sinking
after their attacks in one sentence are two attacks (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def test_two_ships_sunk_after_their_attacks_are_two_attacks(extract: Run) -> None:
    text = ("The Panama-flagged Sea Lark went down after an attack with drones and rockets, "
            "and the tanker Blue Heron sank after a two-day assault that killed three of its "
            "crew.")
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert sorted((e.target or "").split()[-1] for e in attacks) == ["Heron", "Lark"]
    assert [e.killed for e in attacks if "Heron" in (e.target or "")] == [3]


def test_a_ship_sunk_after_an_attack_is_its_target(extract: Run) -> None:
    text = "The cargo ship Sea Lark sank on Tuesday after an attack by drone boats."
    [ev] = [e for e in extract(text).events if e.type == "attack"]
    assert ev.target is not None and "Sea Lark" in ev.target


def test_a_ship_sunk_in_a_storm_is_no_attack(extract: Run) -> None:
    text = "The ferry Sea Lark sank after a storm off the coast on Tuesday."
    assert not [e for e in extract(text).events if e.type == "attack"]
