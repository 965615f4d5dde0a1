"""Departments paired by their short names ("Treasury and State designated ...", "the
State and Treasury departments") are each the department of that name: "State", which
alone names nothing, is the State Department beside the Treasury. Pairs of other names
read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _actors(x: Extraction, kind: str) -> list[list[str]]:
    return [sorted(e.actors) for e in x.events if e.type == kind]


@pytest.mark.parametrize("text", [
    "WASHINGTON - Treasury and State designated five smugglers for the militia on Monday.",
    "WASHINGTON - The State and Treasury departments on Monday imposed sanctions on two "
    "money changers who serve the militia.",
    "The Treasury and State departments on Monday designated an oil broker in Dubai.",
])
def test_both_departments_impose_the_sanction(extract: Extract, text: str) -> None:
    assert _actors(extract(text), "sanction") == [["us-state-department", "us-treasury"]]


def test_justice_paired_with_the_treasury(extract: Extract) -> None:
    x = extract("The Justice and Treasury departments charged three men with smuggling "
                "drone parts to the militia.")
    assert ["us-department-of-justice", "us-treasury"] in _actors(x, "arrest")


@pytest.mark.parametrize("text", [
    "Britain and France imposed sanctions on two militia commanders on Monday.",
    "The Justice and Development Party imposed sanctions on nobody, the Treasury said.",
])
def test_other_pairs_are_no_departments(extract: Extract, text: str) -> None:
    for actors in _actors(extract(text), "sanction"):
        assert "us-state-department" not in actors
