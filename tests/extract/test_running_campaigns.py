"""Attacks told as a campaign a named group keeps running ("have kept up attacks on
shipping in X", "continued Houthi attacks on Y") are one event with no one date, over
all the sites they name; a campaign with no doer, a record, a habit or a vow is none
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _attacks(x: Extraction) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.date, e.location, e.all_actors()) for e in x.events if e.type == "attack"]


@pytest.mark.parametrize(("text", "place", "actor"), [
    ("The Houthis have kept up their attacks on tankers in the Bab al-Mandab.",
     "bab-el-mandeb", "houthis"),
    ("Hezbollah has kept up rocket attacks on northern Israel despite the talks in Doha.",
     "galilee", "hezbollah"),
    ("The Houthis have continued their attacks on shipping in the Bab al-Mandab.",
     "bab-el-mandeb", "houthis"),
    ("The Houthis keep up their attacks on shipping in the Bab al-Mandab.",
     "bab-el-mandeb", "houthis"),
    ("The raids followed continued Hezbollah rocket and drone attacks on northern Israel.",
     "galilee", "hezbollah"),
    ("Iraqi militias have kept up drone and rocket attacks on US forces in Syria and Iraq.",
     "syria", "iran-aligned-militias-in-iraq"),
    ("The Houthis have kept up attacks on ships in the Arabian Sea and the Bab al-Mandab.",
     "arabian-sea", "houthis"),
])
def test_a_campaign_a_named_group_keeps_running_is_one_undated_attack(
        extract: Run, text: str, place: str, actor: str) -> None:
    [(date, location, actors)] = _attacks(extract(text))
    assert date is None
    assert location == place
    assert actor in actors


@pytest.mark.parametrize("text", [
    "Attacks on shipping have continued, an analyst at a London think tank said.",
    "Hezbollah has long attacked Israeli positions in the Shebaa Farms.",
    "Kataib Hezbollah has carried out repeated attacks on US troops in Syria.",
    "Kataib Hezbollah has carried out attacks on US troops in Syria and Jordan.",
    "Hezbollah has vowed to keep up its attacks on northern Israel.",
    "The Houthis said they would continue their attacks on shipping in the Bab al-Mandab.",
])
def test_no_doer_a_record_a_habit_or_a_vow_is_no_attack(extract: Run, text: str) -> None:
    assert _attacks(extract(text)) == []
