"""Deeds named by a round total with no day or span told ("tracked more than a dozen
potential plots", "have launched more than 150 attacks") are a tally, not an
occurrence; a barrage's size, a small count or a dated run stays one, and so does a
plot, however many blows it planned (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _violent(extract: Run, text: str) -> list[str]:
    return [e.type for e in extract(text).events
            if e.type in ("attack", "strike", "plot", "killing")]


@pytest.mark.parametrize("text", [
    "The head of France's domestic intelligence has said his service tracked more than a "
    "dozen potential plots backed by Iran to kill or kidnap people in France.",
    "Police said they had foiled more than 20 plots backed by Iran in Europe.",
    "Iran-backed militias have launched more than 150 attacks on US forces.",
    "Militants carried out over a dozen attacks on checkpoints in Diyala.",
])
def test_a_round_total_is_a_tally(extract: Run, text: str) -> None:
    assert _violent(extract, text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Hezbollah fired more than 50 rockets at Kiryat Shmona.", "attack"),
    ("The group carried out more than a dozen attacks on Israeli positions on Sunday.",
     "attack"),
    ("Over the next two days the air force carried out what the military described as "
     "some 300 strikes across Lebanon.", "strike"),
    ("Police foiled two plots to attack synagogues in Berlin.", "plot"),
    ("The cell planned more than ten attacks on Jewish sites in Paris, prosecutors said.",
     "plot"),
])
def test_a_barrage_a_dated_run_or_a_plot_stays(extract: Run, text: str, kind: str) -> None:
    assert _violent(extract, text) == [kind]
