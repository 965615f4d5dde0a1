"""A state's forces on the ground that enter, cross into or take up positions in another
country's land are a raid by that state ("Israeli ground forces entered southern
Lebanon", "Turkish troops crossed into northern Iraq", "Israeli forces took up positions
on the Syrian side of Mount Hermon and in villages of Quneitra province", one posting
wherever it is told). Forces entering a town of their own country, armed men of no
state's taking up positions, forces that only try to enter, and positions taken on a
question are none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("On Monday Israeli ground forces entered southern Lebanon.", "israel",
         "south-lebanon"),
        ("Israeli troops crossed into Syria near Quneitra on Monday.", "israel", "quneitra"),
        ("Turkish troops entered northern Iraq on Monday.", "turkey", "iraq"),
        ("Israeli forces took up positions in villages of Quneitra province on Monday.",
         "israel", "quneitra-governorate"),
    ],
)
def test_a_state_forces_going_into_another_land_raid(extract: Run, text: str, actor: str,
                                                     place: str) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.subtype == "raid"
    assert ev.actors == [actor]
    assert ev.location == place
    assert ev.date == "2024-02-05"


def test_one_posting_told_at_two_places_is_one_raid(extract: Run) -> None:
    x = extract("Israeli forces took up positions on the Syrian side of Mount Hermon, the "
                "highest ground in the area, and in villages of Quneitra province on Monday.")
    assert len(x.events) == 1
    assert x.events[0].type == "strike"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces entered Mosul on Monday.",
        "Hezbollah fighters took up positions near the border on Monday.",
        "Iranian forces tried to enter Iraq on Monday.",
        "The candidates took up positions on the economy.",
        "Thousands of Syrians entered Lebanon on Monday.",
    ],
)
def test_other_entries_and_postings_are_none(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("strike", "attack")] == []
