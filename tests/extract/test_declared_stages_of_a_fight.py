"""A new stage of a fight that a side declares opened is a statement ("said a new phase
of the war was beginning", "announced a new phase of escalation", "said the group had
entered the fifth stage of its escalation"); a stage of something else, one told by the
narrator or forecast by analysts is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[list[str], str | None]]:
    return [(e.actors, e.date) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("On Wednesday the defence minister, Yoav Gallant, said a new phase of the war was "
     "beginning in the north.", "yoav-gallant", "2024-02-07"),
    ("The Houthis announced a new phase of escalation against Israel.", "houthis",
     "2024-02"),
    ("Yahya Saree said the group had entered the fifth stage of its escalation.",
     "yahya-saree", "2024-02"),
    ("Hezbollah said on Monday that the next phase of its operations would begin soon.",
     "hezbollah", "2024-02-05"),
])
def test_a_new_stage_of_a_fight_declared(extract: Extract, text: str, actor: str,
                                         date: str) -> None:
    assert _said(extract(text)) == [([actor], date)]


@pytest.mark.parametrize("text", [
    "The minister said the second phase of the project was completed.",
    "A new phase of the war began in October.",
    "Analysts said a new phase of the war was beginning.",
    "The company announced a new phase of its expansion.",
    "Hezbollah said the first phase of the reconstruction would begin soon.",
])
def test_other_stages_declare_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []
