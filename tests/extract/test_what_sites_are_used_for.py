"""What a site or a launcher is used for ("struck a site used to launch drones at ships")
is no blow of its own, nor is what someone "used to" do; a weapon used to attack tells the
attack (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import attacks

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "US aircraft hit a site near Saada used to launch drones against shipping.",
    "US jets struck a site near Hodeidah on Friday that the group used to launch drones "
    "at ships.",
    "US jets struck launchers near Hodeidah on Friday that were used to fire missiles at "
    "ships.",
])
def test_what_a_struck_site_is_used_for_is_no_attack(extract: Run, text: str) -> None:
    x = extract(text)
    assert [e.type for e in x.events] == ["strike"]


def test_what_a_group_used_to_do_is_no_attack(extract: Run) -> None:
    assert attacks(extract("Hezbollah used to fire rockets at Metula from the village.")) == []


@pytest.mark.parametrize("text", [
    "Drones were used to attack a tanker off Hodeidah on Friday.",
    "The Houthis used drones to attack a tanker off Hodeidah on Friday.",
])
def test_a_weapon_used_to_attack_tells_the_attack(extract: Run, text: str) -> None:
    assert [e.location for e in attacks(extract(text))] == ["hodeidah"]
