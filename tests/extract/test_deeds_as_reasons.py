"""A past deed named as the reason of another event ("jailed for a bombing", "in
retaliation for Israeli raids") is told where it happened: no occurrence of its own here,
unless the sentence gives it its own day or tells it as news."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return sorted(e.type for e in x.events)


def test_a_deed_one_is_sentenced_for(extract: Run) -> None:
    x = extract("A court in Basra jailed three militiamen for a mortar attack on the "
                "airport.")
    assert _types(x) == ["arrest"]


def test_a_deed_one_is_suspected_of(extract: Run) -> None:
    x = extract("Police detained two brothers suspected of the Erbil drone attacks.")
    assert _types(x) == ["arrest"]


def test_a_run_of_blows_answered_by_another(extract: Run) -> None:
    x = extract("The Houthis launched drones at Eilat on Sunday in retaliation for "
                "American raids on their positions.")
    assert _types(x) == ["attack"]


def test_a_deed_with_its_own_day_is_an_occurrence(extract: Run) -> None:
    x = extract("Israel blamed the militia for a drone attack on Tuesday that hit a "
                "school in Nahariya.")
    assert "attack" in _types(x)


def test_a_deed_told_with_its_toll_is_an_occurrence(extract: Run) -> None:
    x = extract("The court convicted four men over a bombing that killed three "
                "soldiers in Manama.")
    assert "attack" in _types(x)


def test_a_deed_a_party_is_accused_of_is_told(extract: Run) -> None:
    x = extract("Riyadh accused Tehran of the drone attack on the Khurais oil field.")
    assert "attack" in _types(x)
