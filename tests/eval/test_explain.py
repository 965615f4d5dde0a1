"""The details behind the scores: misses, false alarms, wrong arguments."""

from __future__ import annotations

import copy

from axiswatch.eval.explain import explain, format_details
from axiswatch.eval.gold import GoldRelation

from .builders import doc, entity, event


def test_explain_lists_misses_false_alarms_and_wrong_arguments() -> None:
    kh = entity("kh", "Kataib Hezbollah", aliases=("KH",))
    hit = event("attack", "Rockets hit the base near Erbil.", date="2024-01-02", weapon="rocket",
                actors=["kh"])
    missed = event("arrest", "Police detained two men in Basra.")
    gold = doc(entities=[kh], events=[hit, missed],
               relations=[GoldRelation("kh", "sponsored_by", "iran")])
    wrong = copy.deepcopy(hit)
    wrong.weapon = "drone"
    wrong.actors = ["someone-else"]
    pred = doc(entities=[kh], events=[wrong, event("protest", "Crowds gathered downtown.")],
               relations=[GoldRelation("kh", "front_for", "iran")])
    details = explain([gold], [pred])["a.txt"]
    assert [e["type"] for e in details["missed_events"]] == ["arrest"]
    assert [e["type"] for e in details["spurious_events"]] == ["protest"]
    (item,) = details["wrong_arguments"]
    assert set(item["arguments"]) == {"weapon", "actors"}
    assert item["arguments"]["weapon"] == {"gold": "rocket", "predicted": "drone"}
    assert item["arguments"]["actors"]["predicted"] == ["~someone-else"]
    assert details["missed_relations"] == [["kh", "sponsored_by", "iran"]]
    assert details["spurious_relations"] == [["kh", "front_for", "iran"]]
    text = format_details(explain([gold], [pred]))
    assert "missed    arrest" in text and "spurious  protest" in text
    assert "weapon: gold 'rocket' predicted 'drone'" in text
