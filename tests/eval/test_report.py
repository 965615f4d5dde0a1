"""The text report shows every figure of the JSON, system beside baseline."""

from __future__ import annotations

import copy

from axiswatch.eval.report import format_result
from axiswatch.eval.score import score

from .builders import doc, entity, event


def test_report_lists_types_arguments_relations_linking_and_baseline() -> None:
    gold = doc(entities=[entity("kh", "Kataib Hezbollah", aliases=("KH",))],
               events=[event("attack", "Rockets hit the base.", date="2024-01-02"),
                       event("arrest", "Police detained two men.")])
    pred = copy.deepcopy(gold)
    pred.events = pred.events[:1]
    result = score([gold], [pred])
    result["baseline"] = score([gold], [doc()])
    result["missing"] = ["gone.txt"]
    text = format_result(result, title="dev.jsonl")
    lines = text.splitlines()
    assert lines[0] == "axiswatch eval: 1 document(s) (dev.jsonl)"
    assert "gone.txt" in lines[1]
    all_row = next(line for line in lines if line.startswith("all "))
    # gold, predicted, matched, P, R, F1 of the system, then the baseline's predicted and F1
    assert all_row.split()[1:] == ["2", "1", "1", "1.000", "0.500", "0.667", "0", "0.000"]
    assert any(line.split()[:1] == ["arrest"] for line in lines)
    for heading in ("arguments (1 matched)", "relations", "linking (1 entities)",
                    "geocoding within 25 km (0 located)"):
        assert heading in text
    assert format_result(score([gold], [pred])).count("baseline") == 0
