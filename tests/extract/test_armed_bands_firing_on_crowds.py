"""Fire on a crowd is an armed group's attack when armed men or a named armed group
fire; a state's forces firing on protesters stay no attack (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Militia snipers fired on unarmed demonstrators in Basra on Friday.", []),
        ("Kataib Hezbollah members shot at demonstrators outside the party offices on "
         "Monday.", ["kataib-hezbollah"]),
        ("Asaib Ahl al-Haq gunmen opened fire on protesters in Nasiriyah on Sunday.",
         ["asaib-ahl-al-haq"]),
    ],
)
def test_armed_men_firing_on_a_crowd_attack_it(extract: Run, text: str,
                                               doers: list[str]) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].weapon == "gunfire"
    assert attacks[0].actors == doers


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi police fired on demonstrators in Basra on Sunday.",
        "Security forces opened fire on protesters in Nasiriyah on Friday.",
    ],
)
def test_a_state_s_forces_firing_on_protesters_is_no_attack(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "attack"] == []
