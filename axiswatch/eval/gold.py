"""The gold format of ``spec/ANNOTATION.md``: reading, validating and writing it.

Gold annotations and the system's predictions share one JSON Lines format (one
line per document), so one scorer compares them and a prediction file can be
read back like a gold file. :func:`read_gold` validates every line and names
the file and line of each problem (``AW401``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from axiswatch.errors import AxiswatchError
from axiswatch.eval.normalize import is_iso_date
from axiswatch.model import (
    CERTAINTIES,
    ENTITY_TYPES,
    EVENT_TYPES,
    PREDICATES,
    ROLE_LISTS,
    Document,
    Entity,
    EventRoles,
    Extraction,
)

PRECISIONS = ("day", "month", "year")


@dataclass(slots=True)
class GoldSection:
    """A dated heading inside a bundled document."""

    heading: str
    date: str | None = None


@dataclass(slots=True)
class GoldEntity:
    """An entity of one document with the surface forms it takes there."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None

    def names(self) -> list[str]:
        """Its id, name and aliases: every string that may refer to it."""
        return [self.id, self.name, *self.aliases]


@dataclass(slots=True)
class GoldEvent(EventRoles):
    """One event as the guideline annotates it."""

    type: str
    evidence: str
    id: str | None = None
    subtype: str | None = None
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    killed: int | None = None
    injured: int | None = None
    certainty: str = "confirmed"


@dataclass(slots=True)
class GoldRelation:
    """A (subject, predicate, object) fact between two entities of the document."""

    subject: str
    predicate: str
    object: str
    certainty: str = "confirmed"
    evidence: str = ""


@dataclass(slots=True)
class GoldDoc:
    """Everything annotated (or predicted) for one document."""

    doc: str
    published: str | None = None
    sections: list[GoldSection] = field(default_factory=list)
    entities: list[GoldEntity] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)

    def entity_map(self) -> dict[str, GoldEntity]:
        """Its entities by id."""
        return {e.id: e for e in self.entities}


class _Invalid(ValueError):
    """One problem in one record, before it gets its file and line."""


def _require(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise _Invalid(f"{where}: missing {key!r}")
    value = data[key]
    if not isinstance(value, kind):
        raise _Invalid(f"{where}: {key!r} must be {_kind_name(kind)}, not {type(value).__name__}")
    return value


def _optional(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise _Invalid(f"{where}: {key!r} must be {_kind_name(kind)} or null")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def _str_list(data: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _Invalid(f"{where}: {key!r} must be a list of non-empty strings")
    return list(value)


def _date(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = _optional(data, key, str, where)
    if value is not None and not is_iso_date(value):
        raise _Invalid(
            f"{where}: {key!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
        )
    return value  # type: ignore[no-any-return]


def _choice(value: Any, choices: Iterable[str], key: str, where: str) -> str:
    options = tuple(choices)
    if value not in options:
        raise _Invalid(f"{where}: {key!r} is {value!r}, expected one of {', '.join(options)}")
    return str(value)


def _entity(data: Any, where: str) -> GoldEntity:
    if not isinstance(data, dict):
        raise _Invalid(f"{where}: must be an object")
    return GoldEntity(
        id=_require(data, "id", str, where),
        name=_require(data, "name", str, where),
        type=_choice(data.get("type"), ENTITY_TYPES, "type", where),
        aliases=_str_list(data, "aliases", where),
        country=_optional(data, "country", str, where),
    )


def _event(data: Any, where: str) -> GoldEvent:
    if not isinstance(data, dict):
        raise _Invalid(f"{where}: must be an object")
    precision = data.get("date_precision")
    if precision is not None:
        _choice(precision, PRECISIONS, "date_precision", where)
    lat = _optional(data, "lat", (int, float), where)
    lon = _optional(data, "lon", (int, float), where)
    if (lat is None) != (lon is None):
        raise _Invalid(f"{where}: 'lat' and 'lon' must both be given or both be null")
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _Invalid(f"{where}: coordinates out of range ({lat}, {lon})")
    evidence = _require(data, "evidence", str, where)
    if not evidence.strip():
        raise _Invalid(f"{where}: 'evidence' is empty")
    return GoldEvent(
        type=_choice(data.get("type"), EVENT_TYPES, "type", where),
        evidence=evidence,
        id=_optional(data, "id", str, where),
        subtype=_optional(data, "subtype", str, where),
        date=_date(data, "date", where),
        date_precision=precision,
        location=_optional(data, "location", str, where),
        country=_optional(data, "country", str, where),
        lat=None if lat is None else float(lat),
        lon=None if lon is None else float(lon),
        actors=_str_list(data, "actors", where),
        claimed_by=_str_list(data, "claimed_by", where),
        attributed_to=_str_list(data, "attributed_to", where),
        target=_optional(data, "target", str, where),
        target_actors=_str_list(data, "target_actors", where),
        weapon=_optional(data, "weapon", str, where),
        killed=_optional(data, "killed", int, where),
        injured=_optional(data, "injured", int, where),
        certainty=_choice(data.get("certainty", "confirmed"), CERTAINTIES, "certainty", where),
    )


def _relation(data: Any, where: str) -> GoldRelation:
    if not isinstance(data, dict):
        raise _Invalid(f"{where}: must be an object")
    return GoldRelation(
        subject=_require(data, "subject", str, where),
        predicate=_choice(data.get("predicate"), PREDICATES, "predicate", where),
        object=_require(data, "object", str, where),
        certainty=_choice(data.get("certainty", "confirmed"), CERTAINTIES, "certainty", where),
        evidence=_optional(data, "evidence", str, where) or "",
    )


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"{key!r} must be a list")
    return value


def parse_doc(data: Any) -> GoldDoc:
    """One validated gold line (already decoded from JSON); ``ValueError`` names the problem."""
    if not isinstance(data, dict):
        raise _Invalid("a line must be a JSON object")
    name = _require(data, "doc", str, "document")
    if not name.strip():
        raise _Invalid("'doc' is empty")
    sections = []
    for i, sec in enumerate(_list(data, "sections")):
        if not isinstance(sec, dict):
            raise _Invalid(f"sections[{i}]: must be an object")
        sections.append(
            GoldSection(
                heading=_require(sec, "heading", str, f"sections[{i}]"),
                date=_date(sec, "date", f"sections[{i}]"),
            )
        )
    entities = [_entity(e, f"entities[{i}]") for i, e in enumerate(_list(data, "entities"))]
    seen: set[str] = set()
    for ent in entities:
        if ent.id in seen:
            raise _Invalid(f"entity id {ent.id!r} is listed twice")
        seen.add(ent.id)
    return GoldDoc(
        doc=name,
        published=_date(data, "published", "document"),
        sections=sections,
        entities=entities,
        events=[_event(e, f"events[{i}]") for i, e in enumerate(_list(data, "events"))],
        relations=[_relation(r, f"relations[{i}]") for i, r in enumerate(_list(data, "relations"))],
    )


def parse_lines(lines: Iterable[str], source: str) -> list[GoldDoc]:
    """Validated documents from JSON Lines; every bad line is reported (``AW401``)."""
    docs: list[GoldDoc] = []
    problems: list[str] = []
    names: set[str] = set()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = parse_doc(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"{source}:{lineno}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        except _Invalid as exc:
            problems.append(f"{source}:{lineno}: {exc}")
            continue
        if doc.doc in names:
            problems.append(f"{source}:{lineno}: document {doc.doc!r} is annotated twice")
            continue
        names.add(doc.doc)
        docs.append(doc)
    if problems:
        shown = "; ".join(problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        raise AxiswatchError("AW401", shown + more)
    return docs


def read_gold(path: str | Path) -> list[GoldDoc]:
    """The documents of a gold (or prediction) JSON Lines file, validated."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AxiswatchError("AW401", f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AxiswatchError("AW401", f"{p}: cannot read ({exc})") from None
    docs = parse_lines(text.splitlines(), str(p))
    if not docs:
        raise AxiswatchError("AW401", f"{p}: no documents")
    return docs


def doc_to_dict(doc: GoldDoc) -> dict[str, Any]:
    """A document as one gold-format JSON object."""
    return asdict(doc)


def write_jsonl(path: str | Path, docs: Iterable[GoldDoc]) -> int:
    """Write documents as gold-format JSON Lines; returns how many were written."""
    count = 0
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc_to_dict(doc), ensure_ascii=False, sort_keys=False) + "\n")
            count += 1
    return count


# --- predictions -----------------------------------------------------------

EntityInfo = Callable[[str], Entity | None]


def prediction_doc(
    document: Document,
    extraction: Extraction,
    *,
    name: str,
    entity_info: EntityInfo | None = None,
) -> GoldDoc:
    """An extraction written in the gold format, as ``--predictions-out`` stores it.

    Entities are those the mentions, events and relations refer to; each entity's
    ``aliases`` are the surface forms of its mentions in this document. Names and
    types come from the extraction's entities, then from ``entity_info`` (the
    knowledge pack), else from the first surface form.
    """
    known = {e.id: e for e in extraction.entities}
    surfaces: dict[str, list[str]] = {}
    for mention in sorted(extraction.mentions, key=lambda m: (m.start, m.end)):
        if mention.entity_id:
            forms = surfaces.setdefault(mention.entity_id, [])
            if mention.text not in forms:
                forms.append(mention.text)
    referenced: list[str] = list(surfaces)
    for event in extraction.events:
        for role in ROLE_LISTS:
            referenced.extend(getattr(event, role))
        if event.location:
            referenced.append(event.location)
    for rel in extraction.relations:
        referenced.extend((rel.subject, rel.object))

    entities: list[GoldEntity] = []
    done: set[str] = set()
    for ent_id in referenced:
        if ent_id in done:
            continue
        done.add(ent_id)
        info = known.get(ent_id) or (entity_info(ent_id) if entity_info else None)
        forms = surfaces.get(ent_id, [])
        name_ = info.name if info else (forms[0] if forms else ent_id)
        etype = info.type if info and info.type in ENTITY_TYPES else "organization"
        entities.append(
            GoldEntity(
                id=ent_id,
                name=name_,
                type=etype,
                aliases=list(forms),
                country=info.country if info else None,
            )
        )

    events = []
    for ev in extraction.events:
        location = ev.location or ev.location_name
        events.append(
            GoldEvent(
                type=ev.type,
                evidence=ev.evidence.text,
                id=ev.id,
                subtype=ev.subtype,
                date=ev.date,
                date_precision=ev.date_precision,
                location=location,
                country=ev.country,
                lat=ev.lat,
                lon=ev.lon,
                actors=list(ev.actors),
                claimed_by=list(ev.claimed_by),
                attributed_to=list(ev.attributed_to),
                target=ev.target,
                target_actors=list(ev.target_actors),
                weapon=ev.weapon,
                killed=ev.killed,
                injured=ev.injured,
                certainty=ev.certainty,
            )
        )
    relations = [
        GoldRelation(
            subject=r.subject,
            predicate=r.predicate,
            object=r.object,
            certainty=r.certainty,
            evidence=r.evidence.text if r.evidence else "",
        )
        for r in extraction.relations
    ]
    sections = [GoldSection(heading=s.heading, date=s.ref_date) for s in document.sections]
    return GoldDoc(
        doc=name,
        published=document.published,
        sections=sections,
        entities=entities,
        events=events,
        relations=relations,
    )
