"""What the scores are made of: missed and spurious facts, wrong arguments, per document.

``axiswatch eval --details`` adds this to its output so that whoever improves
the extraction sees which events and relations it missed or invented and
which arguments of matched events disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from axiswatch.eval.gold import GoldDoc, GoldEvent
from axiswatch.eval.score import (
    argument_checks,
    link_entities,
    linked_ids,
    match_events,
    relation_key,
)

EVIDENCE_CHARS = 160


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EVIDENCE_CHARS else flat[: EVIDENCE_CHARS - 1] + "…"


def _event_brief(ev: GoldEvent) -> dict[str, Any]:
    return {"type": ev.type, "date": ev.date, "location": ev.location,
            "evidence": _short(ev.evidence)}


def _argument_values(ev: GoldEvent, name: str, links: dict[str, str] | None = None) -> Any:
    if name == "actors":
        actors = set(ev.all_actors()) if links is None else linked_ids(ev.all_actors(), links)
        return sorted(a.replace("\x00", "~") for a in actors)
    if name == "location":
        return {"location": ev.location, "lat": ev.lat, "lon": ev.lon}
    return getattr(ev, name)


def explain_document(gdoc: GoldDoc, pdoc: GoldDoc) -> dict[str, Any]:
    """The misses, false alarms and wrong arguments of one document."""
    links = link_entities(gdoc, pdoc)
    pairs = match_events(gdoc, pdoc, links)
    matched_gold = {id(p.gold) for p in pairs}
    matched_pred = {id(p.pred) for p in pairs}
    wrong: list[dict[str, Any]] = []
    for pair in pairs:
        checks = argument_checks(pair)
        bad = [name for name, ok in checks.items() if not ok]
        if bad:
            wrong.append({
                "event": _event_brief(pair.gold),
                "arguments": {
                    name: {"gold": _argument_values(pair.gold, name),
                           "predicted": _argument_values(pair.pred, name, links)}
                    for name in bad
                },
            })
    gold_rel = {relation_key(r.subject, r.predicate, r.object) for r in gdoc.relations}
    pred_rel = {
        relation_key(links.get(r.subject, "~" + r.subject), r.predicate,
                links.get(r.object, "~" + r.object))
        for r in pdoc.relations
    }
    return {
        "missed_events": [_event_brief(e) for e in gdoc.events if id(e) not in matched_gold],
        "spurious_events": [_event_brief(e) for e in pdoc.events if id(e) not in matched_pred],
        "wrong_arguments": wrong,
        "missed_relations": [list(t) for t in sorted(gold_rel - pred_rel)],
        "spurious_relations": [list(t) for t in sorted(pred_rel - gold_rel)],
    }


def explain(gold: Sequence[GoldDoc], predicted: Sequence[GoldDoc]) -> dict[str, Any]:
    """:func:`explain_document` for every gold document, by document name."""
    by_name = {d.doc: d for d in predicted}
    return {g.doc: explain_document(g, by_name.get(g.doc) or GoldDoc(doc=g.doc)) for g in gold}


def format_details(details: dict[str, Any]) -> str:
    """The details as indented plain text."""
    out: list[str] = []
    for name, doc in details.items():
        out.append(f"== {name}")
        for ev in doc["missed_events"]:
            out.append(f"  missed    {ev['type']:<9} {ev['evidence']}")
        for ev in doc["spurious_events"]:
            out.append(f"  spurious  {ev['type']:<9} {ev['evidence']}")
        for item in doc["wrong_arguments"]:
            ev = item["event"]
            out.append(f"  arguments {ev['type']:<9} {ev['evidence']}")
            for arg, values in item["arguments"].items():
                gold, pred = values["gold"], values["predicted"]
                out.append(f"      {arg}: gold {gold!r} predicted {pred!r}")
        for triple in doc["missed_relations"]:
            out.append(f"  missed relation    {' '.join(triple)}")
        for triple in doc["spurious_relations"]:
            out.append(f"  spurious relation  {' '.join(triple)}")
    return "\n".join(out)
