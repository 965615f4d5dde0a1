"""The typed records that flow between pipeline stages.

Every stage takes and returns these records; each can be written to and read
from JSON Lines with :func:`to_json` / :func:`from_json`, so a stage can run
alone, in a shell pipe, in a test or on a distributed worker.

Dates are ISO strings of the precision they were stated in: ``"2024"``,
``"2024-08"`` or ``"2024-08-25"`` with ``date_precision`` ``year``, ``month``
or ``day``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

Precision = Literal["day", "month", "year"]

ENTITY_TYPES = (
    "armed_group",
    "front_group",
    "coalition",
    "state_body",
    "person",
    "organization",
    "facility",
    "place",
)
EVENT_TYPES = (
    "attack",
    "strike",
    "plot",
    "killing",
    "arrest",
    "protest",
    "meeting",
    "statement",
    "sanction",
    "transfer",
)
PREDICATES = (
    "sponsored_by",
    "front_for",
    "part_of",
    "leader_of",
    "member_of",
    "founded_by",
    "allied_with",
    "designated_by",
    "located_in",
)
CERTAINTIES = ("confirmed", "reported", "claimed", "assessed", "alleged")
# From strongest to weakest: used when a chain of facts takes its weakest link.
CERTAINTY_RANK = {c: i for i, c in enumerate(CERTAINTIES)}
GEO_PRECISIONS = ("facility", "town", "district", "province", "country", "region")
# The roles that name who carried an event out or answers for it, as field names.
ACTOR_ROLES = ("actors", "claimed_by", "attributed_to")
# The roles that list entity ids: the ones the store indexes one row per entity.
ROLE_LISTS = (*ACTOR_ROLES, "target_actors")


@dataclass(slots=True)
class Section:
    """A dated part of a document: a bundled article or a dated update."""

    heading: str
    start: int
    end: int
    ref_date: str | None = None
    date_precision: Precision | None = None


@dataclass(slots=True)
class Document:
    """One report, its normalized text and where it came from."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    source_path: str | None = None
    fmt: str = "txt"
    language: str = "en"
    sections: list[Section] = field(default_factory=list)

    def section_at(self, offset: int) -> Section | None:
        """The section that contains character ``offset``, if any."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def reference_date(self, offset: int) -> str | None:
        """The date relative expressions at ``offset`` resolve against."""
        section = self.section_at(offset)
        if section is not None and section.ref_date:
            return section.ref_date
        return self.published


@dataclass(slots=True)
class Evidence:
    """The sentence (or clause) that states a fact, by document and span."""

    doc_id: str
    start: int
    end: int
    text: str
    extractor: str = ""


@dataclass(slots=True)
class Entity:
    """An actor, place or facility under its canonical id (a slug)."""

    id: str
    name: str
    type: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    source: str = "kb"  # "kb" for the knowledge pack, "extracted" for a candidate
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Mention:
    """A surface form in a document, linked to an entity when it could be."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None = None
    score: float = 1.0


@dataclass(slots=True, kw_only=True)
class EventRoles:
    """Who did it, who claimed it, who is held responsible, whom or what it hit and with what.

    The one declaration of an event's roles: an extracted :class:`Event`, a gold event and
    an event still being assembled from a sentence all extend it, so they cannot drift.
    """

    actors: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    attributed_to: list[str] = field(default_factory=list)
    target: str | None = None
    target_actors: list[str] = field(default_factory=list)
    weapon: str | None = None

    def all_actors(self) -> list[str]:
        """Actors, claimants and those held responsible, in that order (ids may repeat)."""
        return [*self.actors, *self.claimed_by, *self.attributed_to]


# The role fields in declaration order, for the tables and exports that list them as columns.
ROLE_FIELDS = tuple(f.name for f in dataclasses.fields(EventRoles))


@dataclass(slots=True)
class Event(EventRoles):
    """One occurrence as one document reports it."""

    id: str
    doc_id: str
    type: str
    evidence: Evidence
    subtype: str | None = None
    date: str | None = None
    date_precision: Precision | None = None
    location: str | None = None  # entity id of the place or facility
    location_name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    certainty: str = "confirmed"
    extractor: str = ""


@dataclass(slots=True)
class Relation:
    """A typed link between two entities, with the sentence that states it."""

    id: str
    subject: str
    predicate: str
    object: str
    certainty: str = "confirmed"
    evidence: Evidence | None = None
    extractor: str = ""
    valid_from: str | None = None  # when the link began (YYYY[-MM[-DD]]), if known
    valid_to: str | None = None  # when it ended


@dataclass(slots=True)
class Extraction:
    """Everything one extractor run found in one document."""

    doc_id: str
    extractor: str
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


T = TypeVar("T")

_NESTED: dict[type[Any], dict[str, Any]] = {
    Document: {"sections": [Section]},
    Event: {"evidence": Evidence},
    Relation: {"evidence": Evidence},
    Extraction: {
        "entities": [Entity],
        "mentions": [Mention],
        "events": [Event],
        "relations": [Relation],
    },
}


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-ready data."""
    return dataclasses.asdict(record)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record of ``cls`` from :func:`to_dict` output; unknown keys are an error."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown field(s) {sorted(unknown)}")
    values = dict(data)
    for name, kind in _NESTED.get(cls, {}).items():
        value = values.get(name)
        if value is None:
            continue
        if isinstance(kind, list):
            values[name] = [from_dict(kind[0], item) for item in value]
        else:
            values[name] = from_dict(kind, value)
    return cls(**values)


def to_json(record: Any) -> str:
    """One JSON Lines line for ``record``."""
    return json.dumps(to_dict(record), ensure_ascii=False, sort_keys=True)


def from_json(cls: type[T], line: str) -> T:
    """The record of ``cls`` that :func:`to_json` wrote as ``line``."""
    return from_dict(cls, json.loads(line))
