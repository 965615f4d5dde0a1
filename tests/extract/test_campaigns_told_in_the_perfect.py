"""Blows told in the present perfect from a start the report names ("have attacked ships
for months", "has been targeted repeatedly since October") are the campaign the report
follows: one event, over all the places it names. A history ("for years", "for decades"),
a past habit ("had attacked") or a bare "repeatedly" is background (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(x: Extraction) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.location, e.all_actors()) for e in x.events
            if e.type in ("attack", "strike")]


@pytest.mark.parametrize(("text", "etype", "place", "actor"), [
    ("The Houthis have attacked merchant ships in the Gulf of Aden and the Red Sea for months.",
     "attack", "gulf-of-aden", "houthis"),
    ("Washington and London have struck Houthi targets repeatedly since January.",
     "strike", None, "united-kingdom"),
    ("Israel has repeatedly struck Iranian positions in Syria for weeks.",
     "strike", "syria", "israel"),
    ("The Islamic Resistance in Iraq has attacked US bases in Iraq and Syria repeatedly since "
     "mid-October.", "attack", "iraq", "islamic-resistance-in-iraq"),
])
def test_a_blow_told_in_the_perfect_from_a_start_is_one_campaign(
        extract: Run, text: str, etype: str, place: str | None, actor: str) -> None:
    [(kind, location, actors)] = _blows(extract(text))
    assert kind == etype
    assert location == place
    assert actor in actors


@pytest.mark.parametrize(("text", "place"), [
    ("Al-Tanf, a garrison near the Jordanian border, has been targeted repeatedly by rockets "
     "and drones since the war began in October.", "al-tanf-garrison"),
    ("Ain al-Asad air base has been attacked repeatedly since October 17.",
     "ain-al-asad-air-base"),
])
def test_a_site_targeted_again_and_again_since_a_start_is_one_attack(
        extract: Run, text: str, place: str) -> None:
    [(kind, location, _actors)] = _blows(extract(text))
    assert (kind, location) == ("attack", place)


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah has attacked US forces for years.",
    "Israel has struck Iranian targets in Syria for decades.",
    "The Houthis had attacked ships for months before the truce.",
    "The militia has repeatedly attacked the base.",
    "Iran has for years warned that it would strike back.",
])
def test_a_history_a_past_habit_or_a_bare_repeatedly_is_no_blow(extract: Run, text: str) -> None:
    assert _blows(extract(text)) == []
