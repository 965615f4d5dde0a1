"""The shape of a knowledge-pack YAML entry, checked with pydantic when the pack loads.

One YAML file holds a list of entries. An actor entry::

    - id: kataib-hezbollah
      name: Kata'ib Hezbollah
      type: armed_group
      country: IQ
      aliases:
        - Kataib Hezbollah
        - {text: KH, case_sensitive: true}
        - 45th PMF Brigade
      part_of: [popular-mobilization-forces]
      sponsored_by: [{id: quds-force, from: "2003"}]
      designations: [{by: united-states, list: FTO, year: 2009}]
      source: US State Dept FTO list 2009; Wikipedia

A place adds ``lat``/``lon`` and ``precision`` (``facility``, ``town``,
``district``, ``province``, ``country``, ``region``); a country adds
``demonyms`` and may add ``described_as`` (the descriptions that name it again:
``{phrases: [kingdom, Gulf state], source: ...}``).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from axiswatch.model import CERTAINTIES, ENTITY_TYPES, GEO_PRECISIONS

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

# The link keys an entry may carry, each becoming a relation with that predicate.
LINK_KEYS = (
    "part_of",
    "front_for",
    "sponsored_by",
    "leader_of",
    "member_of",
    "founded_by",
    "allied_with",
    "located_in",
)

EntityType = Literal[
    "armed_group", "front_group", "coalition", "state_body",
    "person", "organization", "facility", "place",
]
GeoPrecision = Literal["facility", "town", "district", "province", "country", "region"]
Certainty = Literal["confirmed", "reported", "claimed", "assessed", "alleged"]

assert set(EntityType.__args__) == set(ENTITY_TYPES)  # type: ignore[attr-defined]
assert set(GeoPrecision.__args__) == set(GEO_PRECISIONS)  # type: ignore[attr-defined]
assert set(Certainty.__args__) == set(CERTAINTIES)  # type: ignore[attr-defined]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _date(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    if not DATE.match(text):
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return text


class AliasEntry(_Strict):
    """One alias; a bare string in YAML is an alias with default flags."""

    text: str = Field(min_length=1)
    # Match only in this exact case. Unset: true for short acronyms ("KH", "PMF", "the US").
    case_sensitive: bool | None = None
    ambiguous: bool = False  # another entry may claim the same key
    lang: str | None = None

    @property
    def exact_case(self) -> bool:
        """Whether the alias matches only in its own case."""
        if self.case_sensitive is not None:
            return self.case_sensitive
        text = self.text[4:] if self.text.lower().startswith("the ") else self.text
        letters = [c for c in text if c.isalpha()]
        if len(text) > 5 or not letters or " " in text:
            return False
        # "KH", "PMF", "the US"; mixed acronyms such as "DoD", "GoI".
        return all(c.isupper() for c in letters) or sum(c.isupper() for c in letters) >= 2


class LinkEntry(_Strict):
    """A link to another entry by id, with optional dates and certainty."""

    id: str
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    certainty: Certainty = "confirmed"
    note: str | None = None

    _check_from = field_validator("from_", "to", mode="before")(_date)


class Designation(_Strict):
    """A listing by a state body: ``{by: united-states, list: FTO, year: 2009}``."""

    by: str
    list: str
    year: int | None = None
    removed: int | None = None


class Descriptions(_Strict):
    """The definite descriptions a report may name a country by again once it has named
    it ("the kingdom", "the island nation"), with where its form of state or geography
    is documented."""

    phrases: tuple[str, ...] = Field(min_length=1)
    source: str = Field(min_length=1)

    @field_validator("phrases")
    @classmethod
    def _bare_phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in value:
            if not phrase.strip() or phrase.lower().startswith(("the ", "a ", "an ")):
                raise ValueError(f"description {phrase!r} is not a bare noun phrase")
        return value


class Entry(_Strict):
    """One actor, place or facility of the pack."""

    id: str
    name: str = Field(min_length=1)
    type: EntityType
    country: str | None = None
    aliases: tuple[AliasEntry, ...] = ()
    part_of: tuple[LinkEntry, ...] = ()
    front_for: tuple[LinkEntry, ...] = ()
    sponsored_by: tuple[LinkEntry, ...] = ()
    leader_of: tuple[LinkEntry, ...] = ()
    member_of: tuple[LinkEntry, ...] = ()
    founded_by: tuple[LinkEntry, ...] = ()
    allied_with: tuple[LinkEntry, ...] = ()
    located_in: tuple[LinkEntry, ...] = ()
    designations: tuple[Designation, ...] = ()
    brigades: tuple[int, ...] = ()  # PMF brigade numbers the group holds
    of_states: bool = False  # a coalition of states' forces: its blows are a state's strikes
    country_part: bool = False  # a compass part of a country ("eastern Syria"): where a
    # report places events, while a place in it lies in the country itself
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision | None = None
    demonyms: tuple[str, ...] = ()
    described_as: Descriptions | None = None  # a country's "the kingdom", "the island"
    title: str | None = None  # a person's best-known role
    born: str | None = None
    died: str | None = None
    active_from: str | None = None
    active_to: str | None = None
    wikidata: str | None = None
    source: str = ""
    note: str | None = None

    _check_dates = field_validator("born", "died", "active_from", "active_to",
                                   mode="before")(_date)

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_strings(cls, value: Any) -> Any:
        if value is None:
            return ()
        return [{"text": str(v)} if isinstance(v, str | int) else v for v in value]

    @field_validator(*LINK_KEYS, mode="before")
    @classmethod
    def _link_strings(cls, value: Any) -> Any:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        return [{"id": v} if isinstance(v, str) else v for v in value]

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"Q\d+", value):
            raise ValueError(f"wikidata {value!r} is not a Q-id")
        return value

    @model_validator(mode="after")
    def _place_fields(self) -> Entry:
        located = self.type in ("place", "facility")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon go together")
        if located and self.lat is None:
            raise ValueError(f"{self.type} needs lat/lon")
        if located and self.precision is None:
            raise ValueError(f"{self.type} needs a precision")
        return self

    def all_aliases(self) -> tuple[AliasEntry, ...]:
        """The listed aliases plus the brigade names ("45th PMF Brigade", "Brigade 45")."""
        extra = [AliasEntry(text=t) for n in self.brigades for t in brigade_names(n)]
        listed = {a.text for a in self.aliases}
        return self.aliases + tuple(a for a in extra if a.text not in listed)

    def links(self) -> list[tuple[str, LinkEntry]]:
        """Every (predicate, link) pair of this entry."""
        return [(key, link) for key in LINK_KEYS for link in getattr(self, key)]


def ordinal(n: int) -> str:
    """``45`` -> ``"45th"``."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def brigade_names(n: int) -> tuple[str, ...]:
    """The ways reports name PMF brigade ``n``."""
    o = ordinal(n)
    return (f"{o} PMF Brigade", f"{o} Brigade", f"Brigade {n}", f"PMF Brigade {n}",
            f"{o} Popular Mobilization Brigade", f"{o} PMU Brigade", f"Liwa {n}")


class PackFile(_Strict):
    """The entries of one YAML file."""

    entries: tuple[Entry, ...]
