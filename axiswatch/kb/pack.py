"""The knowledge pack, loaded once from YAML into frozen lookups.

:func:`load_pack` reads every ``*.yaml`` under ``kb/data/actors`` and
``kb/data/places``, validates each entry (:mod:`axiswatch.kb.schema`), checks
the pack as a whole (:mod:`axiswatch.kb.check`) and builds a :class:`Pack`:
entities as :class:`axiswatch.model.Entity`, the pack's relations as
:class:`axiswatch.model.Relation`, an alias index keyed by
:func:`axiswatch.kb.normalize.alias_key`, fuzzy matching and spaCy
``EntityRuler`` patterns.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from pydantic import ValidationError
from rapidfuzz import fuzz, process

from axiswatch.errors import AxiswatchError, NotFound
from axiswatch.ids import relation_id
from axiswatch.kb.normalize import alias_key, skeleton_key
from axiswatch.kb.schema import Entry
from axiswatch.model import Entity, Relation

DATA_DIR = Path(__file__).parent / "data"
PACK_DIRS = ("actors", "places")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_FUZZY_MIN_LEN = 5
# libyaml's safe loader when present (ten times faster), else the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PARENTHETICAL = re.compile(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$")
_SKELETON_MIN_LEN = 8  # shorter names collide too easily without their vowels
_SKELETON_SCORE = 95.0


class UnknownEntry(NotFound):
    """A pack entry asked for by an id the pack does not hold (AW301)."""

    def __init__(self, what: str) -> None:
        AxiswatchError.__init__(self, "AW301", f"unknown knowledge pack entry: {what}")


@dataclass(frozen=True, slots=True)
class AliasRef:
    """One alias of one entry, as the index holds it."""

    entity_id: str
    text: str
    case_sensitive: bool = False
    ambiguous: bool = False
    canonical: bool = False  # the entry's own name


@dataclass(frozen=True, slots=True)
class PackProblem:
    """Something wrong in the pack's files: where, and why."""

    file: str
    entry: str | None
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{self.file}" + (f" [{self.entry}]" if self.entry else "")
        return f"{self.severity}: {where}: {self.message}"


def read_entries(data_dir: Path = DATA_DIR) -> tuple[list[tuple[str, Entry]], list[PackProblem]]:
    """Every valid entry with the file it came from, and the problems of the invalid ones."""
    entries: list[tuple[str, Entry]] = []
    problems: list[PackProblem] = []
    for path in pack_files(data_dir):
        rel = str(path.relative_to(data_dir))
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # a safe loader
        except (OSError, yaml.YAMLError) as exc:
            problems.append(PackProblem(rel, None, f"unreadable YAML: {exc}"))
            continue
        if raw is None:
            continue
        if not isinstance(raw, list):
            problems.append(PackProblem(rel, None, "top level must be a list of entries"))
            continue
        for i, item in enumerate(raw):
            label = str(item.get("id", f"#{i + 1}")) if isinstance(item, dict) else f"#{i + 1}"
            try:
                entries.append((rel, Entry.model_validate(item)))
            except ValidationError as exc:
                for err in exc.errors():
                    loc = ".".join(str(p) for p in err["loc"])
                    problems.append(PackProblem(rel, label, f"{loc}: {err['msg']}"))
    return entries, problems


def pack_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The pack's YAML files, in a stable order."""
    return sorted(p for d in PACK_DIRS for p in (data_dir / d).glob("*.yaml"))


def pack_version(data_dir: Path = DATA_DIR) -> str:
    """A digest of the pack's files: it changes whenever any entry changes."""
    h = hashlib.sha256()
    for path in pack_files(data_dir):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


@dataclass(frozen=True, eq=False)
class Pack:
    """The loaded knowledge pack: entries, entities, relations and alias lookups."""

    entries: Mapping[str, Entry]
    version: str = ""
    files: Mapping[str, str] = field(default_factory=dict)  # entry id -> file
    data_dir: Path | None = None  # where it was loaded from, if from files

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as "load it again" (workers read their own copy), else by value."""
        if self.data_dir is not None and self.data_dir == DATA_DIR:
            return (load_pack, ())
        if self.data_dir is not None:
            return (load_pack_from, (self.data_dir,))
        return (build_pack, ([(self.files.get(k, ""), e) for k, e in self.entries.items()],
                             self.version))

    @cached_property
    def entities(self) -> Mapping[str, Entity]:
        """Every entry as a :class:`axiswatch.model.Entity` (source ``"kb"``)."""
        return MappingProxyType({eid: _entity(e) for eid, e in self.entries.items()})

    @cached_property
    def relations(self) -> list[Relation]:
        """The pack's own relations (``extractor="kb"``, no evidence), in a stable order."""
        out: dict[str, Relation] = {}
        for entry in self.entries.values():
            for predicate, link in entry.links():
                rid = relation_id(entry.id, predicate, link.id)
                out[rid] = Relation(rid, entry.id, predicate, link.id, certainty=link.certainty,
                                    extractor="kb", valid_from=link.from_, valid_to=link.to)
            for des in entry.designations:
                rid = relation_id(entry.id, "designated_by", des.by)
                year = None if des.year is None else str(des.year)
                removed = None if des.removed is None else str(des.removed)
                out.setdefault(rid, Relation(rid, entry.id, "designated_by", des.by,
                                             extractor="kb", valid_from=year,
                                             valid_to=removed))
        return list(out.values())

    @cached_property
    def alias_index(self) -> Mapping[str, tuple[AliasRef, ...]]:
        """alias key -> the aliases that have it (canonical names first)."""
        index: dict[str, list[AliasRef]] = {}
        for ref in self.alias_refs():
            key = alias_key(ref.text)
            if not key:
                continue
            refs = index.setdefault(key, [])
            if all(r.entity_id != ref.entity_id or r.case_sensitive != ref.case_sensitive
                   for r in refs):
                refs.append(ref)
        return MappingProxyType({k: tuple(sorted(v, key=_ref_rank)) for k, v in index.items()})

    @cached_property
    def skeleton_index(self) -> Mapping[str, str]:
        """Vowel-less key -> entity id, for long names whose skeleton only one entry has."""
        owners: dict[str, set[str]] = {}
        for key, refs in self.alias_index.items():
            if len(key) < _SKELETON_MIN_LEN:
                continue
            for ref in refs:
                if not ref.case_sensitive:
                    owners.setdefault(skeleton_key(key), set()).add(ref.entity_id)
        return MappingProxyType({k: next(iter(v)) for k, v in owners.items() if len(v) == 1})

    def alias_refs(self) -> Iterable[AliasRef]:
        """Every name and alias of every entry (ids too, as a last resort)."""
        for entry in self.entries.values():
            yield AliasRef(entry.id, entry.name, canonical=True)
            for alias in entry.all_aliases():
                yield AliasRef(entry.id, alias.text, alias.exact_case, alias.ambiguous)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id; :class:`UnknownEntry` (a ``NotFound``) when none."""
        try:
            return self.entities[entity_id]
        except KeyError:
            raise UnknownEntry(entity_id) from None

    def entry(self, entity_id: str) -> Entry:
        """The full YAML entry (links, designations, source note) of an id."""
        try:
            return self.entries[entity_id]
        except KeyError:
            raise UnknownEntry(entity_id) from None

    def lookup(self, surface: str) -> list[str]:
        """Ids of the entries whose alias has the same :func:`alias_key` as ``surface``.

        Case-sensitive aliases ("KH") match only a surface in the same case.
        More than one id means the name is ambiguous.
        """
        key = alias_key(surface)
        refs = self.alias_index.get(key, ())
        if not refs and len(key) >= _FUZZY_MIN_LEN:
            # "Iranian authority" / "Iranian authorities", "Houthi" / "Houthis".
            for other in _number_variants(key):
                refs = tuple(r for r in self.alias_index.get(other, ()) if not r.case_sensitive)
                if refs:
                    break
        if not refs:
            paren = _PARENTHETICAL.match(surface)
            if paren is not None:  # "Asaib Ahl al-Haq (AAH)", "Ansar Allah (Houthis)"
                # The name outside decides: what is inside may be a parent ("X (a KH front)").
                return self.lookup(paren.group(1))
            return []
        plain = _plain(surface)
        ids: list[str] = []
        for ref in refs:
            if ref.case_sensitive and _plain(ref.text) != plain:
                continue
            if ref.entity_id not in ids:
                ids.append(ref.entity_id)
        return ids

    def match(self, surface: str, *, types: Sequence[str] | None = None,
              min_score: float = 90) -> tuple[str, float] | None:
        """The best entry for ``surface``: exact alias key (score 100), then the same
        consonant skeleton as one entry's long alias (95: "Harakat Hizbullah al-Nujaba"),
        then fuzzy.

        ``types`` keeps only entries of those types. Fuzzy matching compares
        alias keys with :func:`rapidfuzz.fuzz.ratio` and skips short keys and
        case-sensitive aliases, so "KH" never fuzzily becomes "KSS".
        """
        wanted = None if types is None else frozenset(types)
        for eid in self.lookup(surface):
            if wanted is None or self.entries[eid].type in wanted:
                return eid, 100.0
        key = alias_key(surface)
        if len(key) < _FUZZY_MIN_LEN:
            return None
        if len(key) >= _SKELETON_MIN_LEN:
            owner = self.skeleton_index.get(skeleton_key(surface))
            if owner is not None and (wanted is None or self.entries[owner].type in wanted):
                return owner, _SKELETON_SCORE
        keys, owners = self._fuzzy_choices(wanted)
        best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=min_score)
        if best is None:
            return None
        return owners[best[2]], float(best[1])

    def _fuzzy_choices(self, types: frozenset[str] | None) -> tuple[list[str], list[str]]:
        return _fuzzy_choices(self, types)

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """spaCy ``EntityRuler`` patterns for every name and alias (:mod:`axiswatch.kb.ruler`)."""
        from axiswatch.kb.ruler import ruler_patterns

        return ruler_patterns(self)

    def label(self, entity_id: str) -> str:
        """The spaCy NER label for an entry (ORG, PERSON, GPE, LOC, FAC)."""
        from axiswatch.kb.ruler import ner_label

        return ner_label(self.entry(entity_id))

    def of_type(self, *types: str) -> list[Entry]:
        """Entries of the given types, by id."""
        return [e for _, e in sorted(self.entries.items()) if e.type in types]

    def places(self) -> list[Entry]:
        """Every place and facility entry (they all have coordinates)."""
        return self.of_type("place", "facility")

    @property
    def ontology(self) -> Any:
        """The event ontology (:func:`axiswatch.kb.ontology.load_ontology`)."""
        from axiswatch.kb.ontology import load_ontology  # type: ignore[import-not-found,unused-ignore]

        return load_ontology()


@cache
def _fuzzy_choices(pack: Pack, types: frozenset[str] | None) -> tuple[list[str], list[str]]:
    keys: list[str] = []
    owners: list[str] = []
    for key, refs in pack.alias_index.items():
        if len(key) < _FUZZY_MIN_LEN:
            continue
        for ref in refs:
            if ref.case_sensitive:
                continue
            if types is not None and pack.entries[ref.entity_id].type not in types:
                continue
            keys.append(key)
            owners.append(ref.entity_id)
            break
    return keys, owners


def _number_variants(key: str) -> list[str]:
    """The key with its last word in the other grammatical number (a light guess)."""
    out = []
    if key.endswith("ies"):
        out.append(key[:-3] + "y")
    elif key.endswith("y"):
        out.append(key[:-1] + "ies")
    if key.endswith("s") and not key.endswith("ss"):
        out.append(key[:-1])
    else:
        out.append(key + "s")
    return out


def _ref_rank(ref: AliasRef) -> tuple[int, int, str]:
    return (int(ref.ambiguous), int(not ref.canonical), ref.entity_id)


def _plain(text: str) -> str:
    """The surface as case-sensitive aliases compare it: quotes, possessive, "the" aside."""
    text = text.translate(_APOSTROPHES).strip()
    if text[:4].lower() == "the ":
        text = text[4:].lstrip()
    return text[:-2] if text.endswith("'s") else text


def _entity(entry: Entry) -> Entity:
    names = [a.text for a in entry.all_aliases() if a.text != entry.name]
    return Entity(id=entry.id, name=entry.name, type=entry.type, country=entry.country,
                  aliases=names, source="kb", lat=entry.lat, lon=entry.lon)


def build_pack(entries: Iterable[tuple[str, Entry]], version: str = "") -> Pack:
    """A :class:`Pack` from (file, entry) pairs; the first entry of an id wins."""
    by_id: dict[str, Entry] = {}
    files: dict[str, str] = {}
    for file, entry in entries:
        if entry.id not in by_id:
            by_id[entry.id] = entry
            files[entry.id] = file
    return Pack(MappingProxyType(by_id), version, MappingProxyType(files))


def load_pack_from(data_dir: Path) -> Pack:
    """Load and check the pack in ``data_dir``; :class:`AxiswatchError` AW300 on any error."""
    from axiswatch.kb.check import check_entries

    entries, problems = read_entries(data_dir)
    problems += [p for p in check_entries(entries) if p.severity == "error"]
    if problems:
        shown = "\n  ".join(str(p) for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise AxiswatchError("AW300", f"knowledge pack in {data_dir} is invalid:\n  {shown}{more}")
    pack = build_pack(entries, pack_version(data_dir))
    return Pack(pack.entries, pack.version, pack.files, data_dir)


@cache
def load_pack() -> Pack:
    """The shipped knowledge pack, loaded and checked once per process."""
    return load_pack_from(DATA_DIR)
