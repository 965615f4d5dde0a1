"""The spaCy-only baseline: trigger typing, exact-string linking, naive geocoding."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

from axiswatch.eval.baseline import TriggerTable, load_nlp, run_baseline
from axiswatch.eval.gold import GoldDoc
from axiswatch.model import Document


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def _ontology(*triggers: tuple[str, str]) -> Any:
    return SimpleNamespace(triggers=[SimpleNamespace(lemmas=tuple(p.split()), event_type=t)
                                     for p, t in triggers])


def test_first_trigger_types_the_sentence_longest_phrase_first() -> None:
    table = TriggerTable.from_ontology(
        _ontology(("fire", "attack"), ("open fire", "attack"), ("arrest", "arrest"),
                  ("set fire", "attack"), ("meet", "meeting")))
    assert table.first_trigger(["police", "arrest", "man", "who", "open", "fire"]) == "arrest"
    assert table.first_trigger(["they", "set", "fire", "to", "it"]) == "attack"
    assert table.first_trigger(["nothing", "here"]) is None


def test_reads_the_project_ontology() -> None:
    table = TriggerTable.from_ontology()
    assert table.by_first  # the ontology's triggers, not an empty table
    assert {t for phrases in table.by_first.values() for _p, t in phrases} <= {
        "attack", "strike", "plot", "killing", "arrest", "protest", "meeting", "statement",
        "sanction", "transfer"}


@dataclass
class _Place:
    lat: float
    lon: float
    country: str | None


def test_baseline_predictions_and_exact_string_linking(nlp: Any) -> None:
    text = ("Police in Baghdad arrested two members of Kataib Hezbollah on Monday. "
            "The weather was mild. Kata'ib Hezbollah denied the claim.")
    doc = Document(id="d1", text=text, published="2024-01-10")
    table = TriggerTable.from_ontology(_ontology(("arrest", "arrest"), ("deny", "statement")))
    seen: list[str] = []

    def geocode(name: str) -> _Place | None:
        seen.append(name)
        return _Place(33.3, 44.4, "IQ") if name == "Baghdad" else None

    result = run_baseline([("a.txt", doc)], nlp=nlp, triggers=table, geocode=geocode)
    (pred,) = result.predictions
    assert [e.type for e in pred.events] == ["arrest", "statement"]
    first = pred.events[0]
    assert first.evidence.startswith("Police in Baghdad arrested")
    assert (first.location, first.lat, first.country) == ("Baghdad", 33.3, "IQ")
    assert first.date is None
    assert seen[0] == "Baghdad"
    assert pred.relations == []
    # exact surface identity: an alias found verbatim is its own entity, nothing else is
    gdoc = GoldDoc(doc="a.txt")
    assert result.resolve(gdoc, "Baghdad") == "Baghdad"
    assert result.resolve(gdoc, "Baghdad City") is None
    assert result.resolve(GoldDoc(doc="other.txt"), "Baghdad") is None
