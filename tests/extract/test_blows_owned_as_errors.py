"""A blow its dealer's side tells in the passive as dealt in error is an admission ("the
armed forces said the aircraft had been hit unintentionally", "admitted the airliner was
shot down by mistake", "admitted responsibility for downing the plane"); told in the
active with its dealer ("its forces had shot down the jet by mistake") the blow is the
event. An error that is no blow ("the bill had been passed by mistake", "fell
accidentally"), or one witnesses tell, is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _admissions(x: Extraction) -> list[tuple[list[str], str | None]]:
    return [(e.actors, e.date) for e in x.events
            if e.type == "statement" and e.subtype == "admission"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The IRGC admitted that the airliner was shot down by mistake.",
     "islamic-revolutionary-guard-corps"),
    ("Iran's armed forces said the aircraft had been hit unintentionally.",
     "iranian-armed-forces"),
    ("The general staff of the armed forces said the plane had flown close to a military "
     "site and had been struck inadvertently.", "iranian-armed-forces-general-staff"),
    ("The Pentagon acknowledged that the convoy had been mistakenly targeted.", "pentagon"),
    ("Iran admitted responsibility for downing the plane.", "iran"),
])
def test_a_blow_owned_as_an_error_is_an_admission(extract: Extract, text: str,
                                                  actor: str) -> None:
    assert _admissions(extract(text)) == [([actor], "2024-02")]


@pytest.mark.parametrize("text", [
    "He accidentally fell from the roof.",
    "The drone crashed because of a technical error.",
    "The minister said the bill had been passed by mistake.",
    "Witnesses said the house had been accidentally hit by a drone.",
    "Iran acknowledged that its military had shot down the jet by mistake.",
])
def test_errors_that_are_no_owned_blow(extract: Extract, text: str) -> None:
    assert _admissions(extract(text)) == []
