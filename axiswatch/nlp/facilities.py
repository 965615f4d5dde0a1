"""A facility named by its kind and the town it serves: "the airport of Erbil",
"Baghdad's airport", "the city's international airport".

Reports name an airport or a port by its town more often than by its proper name.
When the knowledge pack knows that town's airport or port ("Erbil airport" is Erbil
International Airport), the whole phrase names the facility, not the town: a strike
on the airport of Erbil happened at the airport, 5 km from the city centre, and
"the airport of Erbil" is an alias of the airport. "The city's airport" is the
airport of the town the text named last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Facility nouns and the names the pack gives such a facility after its town.
FACILITY_NAMES: dict[str, tuple[str, ...]] = {
    "airport": ("{} airport", "{} International Airport", "{} Airport"),
    "port": ("{} port", "Port of {}"),
    "harbour": ("{} port", "Port of {}"),
    "harbor": ("{} port", "Port of {}"),
}
# "the city's airport": a noun that stands for the town named last.
TOWN_NOUNS = frozenset({"city", "capital", "town"})


@dataclass(frozen=True, slots=True)
class TownMention:
    """A place mention the phrase may hang from: token bounds, surface, and pack name."""

    tok_start: int
    tok_end: int
    text: str
    name: str


@dataclass(frozen=True, slots=True)
class FacilityPhrase:
    """Token bounds [start, end) of a phrase naming a facility, and the facility's id."""

    start: int
    end: int
    entity_id: str


def _town_of(noun: Token, town_at: Callable[[int], TownMention | None],
             last_town: Callable[[int], TownMention | None]
             ) -> tuple[TownMention, int, int] | None:
    """The town a facility noun hangs from and the phrase's token bounds."""
    left = min((c.i for c in noun.lefts if c.dep_ in ("amod", "compound")), default=noun.i)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            for obj in child.children:
                town = town_at(obj.i) if obj.dep_ == "pobj" else None
                if town is not None:
                    return town, left, town.tok_end  # "the (international) airport of X"
        if child.dep_ == "poss" and child.i < noun.i:
            town = town_at(child.i)
            if town is not None:
                return town, town.tok_start, noun.i + 1  # "X's airport"
            if child.lower_ in TOWN_NOUNS and any(c.lower_ == "the" for c in child.children):
                town = last_town(child.i)
                if town is not None:
                    return town, child.i, noun.i + 1  # "the city's airport"
    return None


def facility_phrases(doc: Doc, town_at: Callable[[int], TownMention | None],
                     last_town: Callable[[int], TownMention | None],
                     lookup: Callable[[str], Sequence[str]]) -> list[FacilityPhrase]:
    """The phrases of ``doc`` that name a known airport or port by its town.

    ``town_at(i)`` is the town mention covering token ``i``, ``last_town(i)`` the last one
    before it, and ``lookup(name)`` the facility ids the pack gives a name.
    """
    out: list[FacilityPhrase] = []
    for tok in span_tokens(doc[:], pos=("NOUN",), words=FACILITY_NAMES):
        templates = FACILITY_NAMES.get(tok.lower_)
        if templates is None or tok.pos_ != "NOUN":
            continue
        found = _town_of(tok, town_at, last_town)
        if found is None:
            continue
        town, start, end = found
        for name in dict.fromkeys((town.text, town.name)):
            ids = [i for t in templates for i in lookup(t.format(name))]
            if ids:
                out.append(FacilityPhrase(start, end, ids[0]))
                break
    return out
