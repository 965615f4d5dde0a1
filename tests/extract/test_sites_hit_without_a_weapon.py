"""A group's blow on a site told with no weapon: an airfield, a rig or a terminal, a
site named by the town before its noun, barracks however the plural is read, and a
blow whose taker of responsibility is its doer; and what such verbs hit that is no
site (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _blows(extract: Run, text: str) -> list[Event]:
    return [e for e in extract(text).events if e.type in ("attack", "strike")]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah said it hit an Israeli airfield in the Golan on Wednesday.",
    "Harakat al-Nujaba fighters struck an Israeli airstrip near Eilat on Friday.",
    "Kataib Hezbollah said it struck the Tamar gas rig off the coast of Ashkelon.",
    "The Houthis said they had targeted an oil terminal near Ashdod on Sunday.",
])
def test_a_group_hitting_an_airfield_a_rig_or_a_terminal_attacks(extract: Run,
                                                                   text: str) -> None:
    assert [e.type for e in _blows(extract, text)] == ["attack"]


@pytest.mark.parametrize("text", [
    "The Islamic Resistance in Iraq hit the Kiryat Shmona industrial zone on Sunday, it said.",
    "Hezbollah said it struck the Haifa oil terminal on Monday.",
    "The Houthis said they had targeted the Ashkelon power plant on Tuesday.",
])
def test_a_site_named_by_its_town_is_hit(extract: Run, text: str) -> None:
    assert [e.type for e in _blows(extract, text)] == ["attack"]


@pytest.mark.parametrize("text", [
    "Hezbollah issued a statement on Monday. The group said its fighters had struck the "
    "Shomera barracks.",
    "Hezbollah said it targeted the Zarit barracks.",
    "The Houthis said they had hit the army barracks near Jizan.",
])
def test_barracks_hit_are_attacked(extract: Run, text: str) -> None:
    assert any(e.type == "attack" and "barracks" in (e.target or "")
               for e in _blows(extract, text))


@pytest.mark.parametrize("text,group", [
    ("Houthi forces claimed responsibility for striking a Greek-owned tanker off Hodeidah "
     "on Monday.", "houthis"),
    ("Kataib Hezbollah claimed responsibility for hitting the Tanf garrison on Monday.",
     "kataib-hezbollah"),
    ("The Islamic Resistance in Iraq took responsibility for hitting a US base in Syria "
     "on Friday.", "islamic-resistance-in-iraq"),
])
def test_responsibility_taken_for_a_blow_claims_the_attack(extract: Run, text: str,
                                                           group: str) -> None:
    blows = _blows(extract, text)
    assert [e.type for e in blows] == ["attack"]
    assert group in blows[0].claimed_by + blows[0].actors


@pytest.mark.parametrize("text", [
    "Hezbollah said it hit the sales targets for the year.",
    "The Houthis hit the Israeli economy hard this year.",
    "Hezbollah hit the Lebanese government's plan with strong criticism.",
    "The minister said the strike hit the Haifa port workers hard.",
    "The storm hit the Haifa oil terminal on Monday.",
    "Kataib Hezbollah claimed responsibility for the hiring of new staff on Monday.",
])
def test_what_is_no_site_is_not_hit(extract: Run, text: str) -> None:
    assert [e.type for e in _blows(extract, text)] == []
