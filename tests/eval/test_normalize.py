"""The comparison rules the scorer uses, one table each."""

from __future__ import annotations

import pytest

from axiswatch.eval.normalize import (
    date_correct,
    dates_agree,
    distance_km,
    evidence_overlap,
    name_key,
    weapon_correct,
)


@pytest.mark.parametrize(
    ("a", "b", "overlaps"),
    [
        # containment after normalizing quotes, whitespace and case
        ("Kata\u2019ib Hezbollah fired  rockets", "kata'ib hezbollah fired rockets", True),
        ("a failed attack on the office", "Police said a failed attack on the office in X.", True),
        # token overlap: at least half of the shorter one, three shared tokens
        ("Rockets struck the base on Monday", "On Monday, rockets hit the base", True),
        ("Rockets struck the base on Monday", "Drones hit a convoy near the border", False),
        ("the attack", "the attack was condemned by officials", True),  # contained
        ("militants attacked the convoy", "officials condemned the convoy attack", False),
        ("", "anything", False),
        # a whole paragraph is not evidence, even when it contains the sentence
        ("rockets struck the base", "rockets struck the base. " + "more words here. " * 40,
         False),
    ],
)
def test_evidence_overlap(a: str, b: str, overlaps: bool) -> None:
    assert (evidence_overlap(a, b) > 0) is overlaps
    assert evidence_overlap(a, b) == evidence_overlap(b, a)
    assert 0.0 <= evidence_overlap(a, b) <= 1.0


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2024-02-13", "2024-02-14", True),
        ("2024-02-28", "2024-03-01", False),  # 2 days (2024 is a leap year)
        ("2024-02-29", "2024-03-01", True),
        ("2024-02", "2024-02-20", True),
        ("2024", "2024-06", True),
        ("2024-02", "2024-03", False),
        (None, "2024-02-14", False),
        (None, None, False),
    ],
)
def test_dates_agree(a: str | None, b: str | None, agree: bool) -> None:
    assert dates_agree(a, b) is agree


@pytest.mark.parametrize(
    ("gold", "precision", "pred", "right"),
    [
        ("2024-02-13", "day", "2024-02-13", True),
        ("2024-02-13", "day", "2024-02-14", False),
        ("2024-02", "month", "2024-02-13", True),
        ("2024-02", "month", "2024", False),
        ("2018", "year", "2018", True),
        (None, None, None, True),
        (None, None, "2018", False),
        ("2018", "year", None, False),
    ],
)
def test_date_correct_at_gold_precision(gold: str | None, precision: str | None,
                                        pred: str | None, right: bool) -> None:
    assert date_correct(gold, precision, pred) is right


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ("rocket", "rockets", True),
        ("rocket", "Katyusha rockets", True),
        ("drone", "UAV", True),
        ("airstrike", "air strike", True),
        ("ballistic missile", "missiles", True),
        ("anti-ship missile", "ballistic missile", False),
        ("gunfire", "shooting", True),
        ("rocket", "drone", False),
        (None, None, True),
        ("rocket", None, False),
        (None, "rocket", False),
    ],
)
def test_weapon_correct(gold: str | None, pred: str | None, right: bool) -> None:
    assert weapon_correct(gold, pred) is right


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kata\u2019ib Hezbollah", "Kataib Hezbollah"), ("KATAIB HEZBOLLAH", "kataib hezbollah"),
     ("kataib-hezbollah", "Kataib Hezbollah")],
)
def test_name_key_equates_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_distance_km() -> None:
    # Baghdad to Erbil is about 320 km
    assert 300 < distance_km(33.3152, 44.3661, 36.1901, 44.0091) < 340
    assert distance_km(10, 10, 10, 10) == 0
