"""The event ontology: types, subtypes, trigger lemmas, weapons and mappings.

Read once from ``kb/data/ontology.yaml`` into frozen records. The extractor
asks it which event type a word triggers, which weapon a phrase names and
which subtype a weapon implies; exports ask it for ACLED and STIX mappings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from axiswatch.errors import AxiswatchError
from axiswatch.model import EVENT_TYPES

ONTOLOGY_PATH = Path(__file__).parent / "data" / "ontology.yaml"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or lemma phrase that signals an event of ``event_type``."""

    event_type: str
    lemmas: tuple[str, ...]  # the phrase as a sequence of lowercase lemmas
    subtype: str | None = None
    pos: str | None = None  # "NOUN" or "VERB" when restricted
    requires_weapon: bool = False  # only counts with a weapon in its clause
    requires_verb: bool = False  # a noun that needs an eventive verb ("opened gunfire")
    requires_person_target: bool = False  # "kill" is a killing only of a named person
    requires_date: bool = False
    state_only: bool = False  # "strike": a state's strike, else an attack
    # "X said it would retaliate": a future act only as what someone declares
    requires_declaration: bool = False
    # "recalled its ambassador": a verb that is an event only with one of these objects
    objects: frozenset[str] = frozenset()
    # "said Israel would pay for it": the verb's subject is whom the threat is aimed at
    subject_is_target: bool = False
    # "imposed sanctions": a noun that is an event only as what one of these verbs acts on
    verbs: frozenset[str] = frozenset()
    # "the Houthis hit the tanker X": a weapon verb an armed group does to a named object
    armed_subject: bool = False
    # "planned to kidnap X": an act the ontology records only as intended, a plot
    requires_intent: bool = False
    # "said it had nothing to do with X": a statement only as what a speaker says
    requires_speaker: bool = False
    # "flew weapons to Damascus": a verb of carrying that is a transfer only when what it
    # carries is arms (and, for a weapon that could be fired, when it is carried somewhere)
    requires_load: bool = False
    # "the weapons reached the group": a verb of arrival whose subject is the load
    load_subject: bool = False

    @property
    def phrase(self) -> str:
        return " ".join(self.lemmas)


@dataclass(frozen=True, slots=True)
class Weapon:
    """A weapon name, the lemma phrases that name it and the subtype per event type."""

    name: str
    terms: tuple[tuple[str, ...], ...]
    subtypes: Mapping[str, str]
    # Model names that are also common words ("Typhoon", "Tornado", "Reaper") name the
    # craft only when spelled as a name.
    proper: bool = False
    # The arms by name when they are moved rather than used: rifles seized or shipped are
    # rifles, the same rifles fired are gunfire.
    moved: str | None = None
    # Words that are also the name of a firm or the kind of a business ("Shell", "shell
    # companies") name the munition only as a common noun that modifies no other noun.
    common: bool = False


@dataclass(frozen=True, slots=True)
class EventType:
    """One of the ten event types with its subtypes and mappings."""

    name: str
    description: str
    acled_event_type: str
    acled_sub_event_type: str
    stix: Mapping[str, Any]
    subtypes: Mapping[str, Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class Ontology:
    """The event ontology, frozen."""

    version: int
    types: Mapping[str, EventType]
    triggers: tuple[Trigger, ...]
    weapons: tuple[Weapon, ...]
    plot_modifiers: Mapping[str, str]
    labor_cues: frozenset[str]
    modals: frozenset[str]
    future: frozenset[str]
    generic_heads: frozenset[str]
    negations: frozenset[str]
    person_nouns: frozenset[str] = frozenset()
    target_nouns: frozenset[str] = frozenset()
    # Nouns a weapon word names as what was struck ("rocket launchers", "drone factory").
    arsenal_nouns: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    blast_nouns: frozenset[str] = frozenset()
    blast_sites: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    reporting_craft: frozenset[str] = frozenset()
    vessels: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    premises: frozenset[str] = frozenset()
    official_nouns: frozenset[str] = frozenset()
    finance_nouns: frozenset[str] = frozenset()
    measure_bodies: frozenset[str] = frozenset()
    arms_nouns: frozenset[str] = frozenset()
    moved_people: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    load_nouns: frozenset[str] = frozenset()
    reference_heads: frozenset[str] = frozenset()
    anaphoric_determiners: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    pending_verbs: frozenset[str] = frozenset()
    habitual: tuple[str, ...] = ()
    undated_adverbs: frozenset[str] = frozenset()
    ongoing_modifiers: frozenset[str] = frozenset()
    record_nouns: frozenset[str] = frozenset()
    # Verbs of dying: "X died when a drone hit his car" tells a killing by its victim.
    death_verbs: frozenset[str] = frozenset()
    _by_first: Mapping[str, tuple[Trigger, ...]] = field(default_factory=dict, repr=False)
    _weapon_first: Mapping[str, tuple[tuple[tuple[str, ...], Weapon], ...]] = field(
        default_factory=dict, repr=False
    )

    def triggers_starting(self, lemma: str) -> tuple[Trigger, ...]:
        """Triggers whose phrase begins with ``lemma``, longest phrase first."""
        return self._by_first.get(lemma, ())

    def weapons_starting(self, lemma: str) -> tuple[tuple[tuple[str, ...], Weapon], ...]:
        """(term, weapon) pairs whose term begins with ``lemma``, longest first."""
        return self._weapon_first.get(lemma, ())

    def weapon(self, name: str) -> Weapon | None:
        """The weapon called ``name``."""
        for weapon in self.weapons:
            if weapon.name == name:
                return weapon
        return None

    def acled(self, event_type: str, subtype: str | None = None) -> tuple[str, str]:
        """ACLED ``(event_type, sub_event_type)`` for a type and optional subtype."""
        et = self.types.get(event_type)
        if et is None:
            raise AxiswatchError("AW301", f"unknown event type {event_type!r}")
        sub = et.subtypes.get(subtype or "", {})
        return (
            sub.get("acled_event_type", et.acled_event_type),
            sub.get("acled_sub_event_type", et.acled_sub_event_type),
        )

    def stix(self, event_type: str) -> Mapping[str, Any]:
        """How an event of ``event_type`` is written in STIX 2.1."""
        et = self.types.get(event_type)
        if et is None:
            raise AxiswatchError("AW301", f"unknown event type {event_type!r}")
        return et.stix


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


def _build(data: dict[str, Any], source: str) -> Ontology:
    raw_types = data.get("event_types") or {}
    missing = set(EVENT_TYPES) - set(raw_types)
    unknown = set(raw_types) - set(EVENT_TYPES)
    if missing or unknown:
        raise AxiswatchError(
            "AW300", f"{source}: event types missing {sorted(missing)} unknown {sorted(unknown)}"
        )
    types: dict[str, EventType] = {}
    triggers: list[Trigger] = []
    plot_modifiers: dict[str, str] = {}
    labor_cues: set[str] = set()
    for name, spec in raw_types.items():
        acled = spec.get("acled") or {}
        subtypes = {
            str(k): MappingProxyType({str(a): str(b) for a, b in (v or {}).items()})
            for k, v in (spec.get("subtypes") or {}).items()
        }
        types[name] = EventType(
            name=name,
            description=str(spec.get("description", "")),
            acled_event_type=str(acled.get("event_type", "Strategic developments")),
            acled_sub_event_type=str(acled.get("sub_event_type", "Other")),
            stix=MappingProxyType(dict(spec.get("stix") or {})),
            subtypes=MappingProxyType(subtypes),
        )
        for item in spec.get("triggers") or []:
            subtype = item.get("subtype")
            if subtype is not None and subtype not in subtypes:
                raise AxiswatchError("AW300", f"{source}: {name} trigger subtype {subtype!r}")
            triggers.append(
                Trigger(
                    event_type=name,
                    lemmas=_phrase(item["lemma"]),
                    subtype=subtype,
                    pos=item.get("pos"),
                    requires_weapon=bool(item.get("requires_weapon", False)),
                    requires_verb=bool(item.get("requires_verb", False)),
                    requires_person_target=bool(item.get("requires_person_target", False)),
                    requires_date=bool(item.get("requires_date", False)),
                    state_only=bool(item.get("state_only", False)),
                    requires_declaration=bool(item.get("requires_declaration", False)),
                    objects=frozenset(str(o) for o in item.get("objects") or []),
                    subject_is_target=bool(item.get("subject_is_target", False)),
                    verbs=frozenset(str(v) for v in item.get("verbs") or []),
                    armed_subject=bool(item.get("armed_subject", False)),
                    requires_intent=bool(item.get("requires_intent", False)),
                    requires_speaker=bool(item.get("requires_speaker", False)),
                    requires_load=bool(item.get("requires_load", False)),
                    load_subject=bool(item.get("load_subject", False)),
                )
            )
        if name == "plot":
            modifiers = spec.get("modifiers") or {}
            plot_modifiers.update({str(k): str(v) for k, v in modifiers.items()})
        labor_cues.update(str(c) for c in spec.get("labor_cues") or [])
    weapons = tuple(
        Weapon(
            name=str(w["name"]),
            terms=tuple(_phrase(t) for t in w["terms"]),
            subtypes=MappingProxyType(
                {str(k): str(v) for k, v in (w.get("subtypes") or {}).items()}
            ),
            proper=bool(w.get("proper", False)),
            moved=str(w["moved"]) if w.get("moved") else None,
            common=bool(w.get("common", False)),
        )
        for w in data.get("weapons") or []
    )
    by_first: dict[str, list[Trigger]] = {}
    for trig in triggers:
        by_first.setdefault(trig.lemmas[0], []).append(trig)
    weapon_first: dict[str, list[tuple[tuple[str, ...], Weapon]]] = {}
    for weapon in weapons:
        for term in weapon.terms:
            weapon_first.setdefault(term[0], []).append((term, weapon))
    bg = data.get("background") or {}
    return Ontology(
        version=int(data.get("version", 1)),
        types=MappingProxyType(types),
        triggers=tuple(triggers),
        weapons=weapons,
        plot_modifiers=MappingProxyType(plot_modifiers),
        labor_cues=frozenset(labor_cues),
        modals=frozenset(str(x) for x in bg.get("modals") or []),
        future=frozenset(str(x) for x in bg.get("future") or []),
        generic_heads=frozenset(str(x) for x in bg.get("generic_heads") or []),
        negations=frozenset(str(x) for x in bg.get("negations") or []),
        person_nouns=frozenset(str(x) for x in bg.get("person_nouns") or []),
        target_nouns=frozenset(str(x) for x in bg.get("target_nouns") or []),
        arsenal_nouns=frozenset(str(x) for x in bg.get("arsenal_nouns") or []),
        crowd_nouns=frozenset(str(x) for x in bg.get("crowd_nouns") or []),
        blast_nouns=frozenset(str(x) for x in bg.get("blast_nouns") or []),
        blast_sites=frozenset(str(x) for x in bg.get("blast_sites") or []),
        site_nouns=frozenset(str(x) for x in bg.get("site_nouns") or []),
        reporting_craft=frozenset(str(x) for x in bg.get("reporting_craft") or []),
        vessels=frozenset(str(x) for x in bg.get("vessels") or []),
        platforms=frozenset(str(x) for x in bg.get("platforms") or []),
        premises=frozenset(str(x) for x in bg.get("premises") or []),
        official_nouns=frozenset(str(x) for x in bg.get("official_nouns") or []),
        finance_nouns=frozenset(str(x) for x in bg.get("finance_nouns") or []),
        measure_bodies=frozenset(str(x) for x in bg.get("measure_bodies") or []),
        arms_nouns=frozenset(str(x) for x in bg.get("arms_nouns") or []),
        moved_people=frozenset(str(x) for x in bg.get("moved_people") or []),
        carriers=frozenset(str(x) for x in bg.get("carriers") or []),
        load_nouns=frozenset(str(x) for x in bg.get("load_nouns") or []),
        reference_heads=frozenset(str(x) for x in bg.get("reference_heads") or []),
        anaphoric_determiners=frozenset(str(x) for x in bg.get("anaphoric_determiners") or []),
        quantifiers=frozenset(str(x) for x in bg.get("quantifiers") or []),
        pending_verbs=frozenset(str(x) for x in bg.get("pending_verbs") or []),
        habitual=tuple(str(x) for x in bg.get("habitual") or []),
        undated_adverbs=frozenset(str(x) for x in bg.get("undated_adverbs") or []),
        ongoing_modifiers=frozenset(str(x) for x in bg.get("ongoing_modifiers") or []),
        record_nouns=frozenset(str(x) for x in bg.get("record_nouns") or []),
        death_verbs=frozenset(str(x) for x in bg.get("death_verbs") or []),
        _by_first=MappingProxyType(
            {k: tuple(sorted(v, key=lambda t: -len(t.lemmas))) for k, v in by_first.items()}
        ),
        _weapon_first=MappingProxyType(
            {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in weapon_first.items()}
        ),
    )


def read_ontology(path: Path) -> Ontology:
    """Read and validate an ontology file (AW300 when it is malformed)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AxiswatchError("AW300", f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise AxiswatchError("AW300", f"{path}: not a mapping")
    try:
        return _build(data, str(path))
    except (KeyError, TypeError, ValueError) as exc:
        raise AxiswatchError("AW300", f"{path}: {exc}") from exc


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The packaged ontology (cached)."""
    return read_ontology(ONTOLOGY_PATH)
