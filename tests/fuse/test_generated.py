"""Fusion on generated reports at scale: pinned floors for pairwise precision and recall.

Figures on seed 7 (120 occurrences, 308 reports) when written: pairwise
precision 0.978, recall 0.885 (6 false merges, 34 missed). Print them with
``python -m tests.fixtures.multisource.figures``.
"""

from __future__ import annotations

from axiswatch.store import Store
from tests.fixtures.multisource.figures import generated_figures

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.85


def test_generated_reports_fuse_above_the_floors(sqlite_store: Store) -> None:
    figures = generated_figures(sqlite_store, seed=7, n=120)
    assert figures["sources"] > 250 and figures["occurrences"] == 120
    assert figures["pair_precision"] >= PRECISION_FLOOR, figures["false_merge_pairs"]
    assert figures["pair_recall"] >= RECALL_FLOOR, figures["missed_merge_pairs"]
