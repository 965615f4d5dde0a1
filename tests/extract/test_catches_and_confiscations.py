"""People caught or seized and arms confiscated or seized on their way, and the day of an
arrest of someone suspected of planning a deed (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2024-06-10").events]


@pytest.mark.parametrize("text", [
    "Police caught two smugglers near the port of Aqaba on Tuesday.",
    "The cell's members were caught while trying to cross the border on Friday.",
    "Rebels seized nine UN staff members in Hodeidah in May.",
    "Gunmen seized two aid workers outside Kirkuk on Sunday.",
])
def test_people_caught_or_seized(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["arrest"]


@pytest.mark.parametrize("text", [
    "The warehouse caught fire on Monday.",
    "Fishermen caught a shark off Salalah on Monday.",
    "The rebels seized the port on Monday.",
])
def test_other_catches(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Police confiscated a consignment of mortars near Nasiriyah on Monday.",
    "Customs officers confiscated a shipment of drone parts bound for the rebels on Monday.",
])
def test_arms_confiscated(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "Police confiscated the car of a smuggler on Monday.",
    "Authorities confiscated the passports of three reporters on Monday.",
])
def test_other_confiscations(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


def test_arms_sent_from_a_state_seized(extract: Run) -> None:
    x = extract("Rifles smuggled from Iran were seized by coastguards off Mukalla on Sunday.",
                published="2024-06-10")
    assert one_event(x, "transfer").actors == ["iran"]


@pytest.mark.parametrize("text", [
    "The frigate intercepted a missile launched from Yemen on Sunday.",
    "Police seized rifles stolen from an army depot on Sunday.",
])
def test_seized_things_sent_by_no_one(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


def test_arrest_of_one_suspected_of_planning_is_dated_back(extract: Run) -> None:
    x = extract("Police arrested a man suspected of planning an attack on the consulate in "
                "Ganja on Friday.", published="2024-06-10")
    assert one_event(x, "arrest").date == "2024-06-07"
