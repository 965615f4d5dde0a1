"""Within one document: a country named as an event's place gives way to the site the
document names for the same occurrence.

Reports often place an event by country in the sentence that tells it ("a drone
struck a small outpost in north-eastern Jordan") and name the site elsewhere:
as a modifier of an event noun ("the Tower 22 attack"), as the object of one
("the attack on the base at X"), by naming the target ("the outpost, known as
X, ..."), or in another report of the same occurrence that the document tells
separately with the same date. When exactly one such site lies in the event's
country, it is the event's place; with two or more, the country stays.

An event whose sentence names no place may still be placed by the text around it:
a heading made of place names ("Iraq", "Yemen and the Red Sea") files the events under
it, and the places a paragraph tells things happening in ("in eastern Syria") say
whether a doer's own country is where it acted (see :func:`regions` and
:func:`paragraph_countries`, used when records are made).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import OF, acted_on, answering_noun, np_span, prep_objects
from axiswatch.extract.context import DocContext, Place
from axiswatch.extract.events import craft_stop_told
from axiswatch.extract.places import (
    SITE_PRECISIONS,
    country_wide,
    dateline_place,
    is_water,
    kind_name,
    place_span,
)
from axiswatch.extract.plot_places import caught_places
from axiswatch.extract.triggers import lemma
from axiswatch.geo.place import haversine_km
from axiswatch.model import Event
from axiswatch.nlp.dates import REPORTING_VERBS
from axiswatch.nlp.linking import PLACE_TYPES
from axiswatch.nlp.metonymy import capital_country
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Event types one occurrence may be told as (a drone "strike" by a militia is an attack).
_KINDS = {"attack": "armed", "strike": "armed", "killing": "armed"}
# Prepositions after an event noun that say where or what it hit.
_SITE_PREPS = frozenset({"on", "at", "in", "against", "near"})
# Types whose dated events stand at country precision when only their country is known
# (the types that are told as happening somewhere; a statement or a designation is not).
COUNTRY_LEVEL_TYPES = frozenset({"strike", "arrest", "protest"})
# A charge is filed in a court, not across a country: one whose court goes unnamed
# ("prosecutors charged X") stays unplaced.
UNPLACED_SUBTYPES = frozenset({"charges"})
# "in the same district", "on the same base": a place named before, of the kind the noun
# says (singular or plural: "the same suburbs").
_SAME = re.compile(r"\bthe same (district|neighbou?rhood|quarter|suburb|city|town|village|"
                   r"area|province|governorate|region|base|airbase|airport|camp|compound|"
                   r"facility|installation|waters|sea|strait|gulf|shipping\s+lane)s?\b", re.I)
_FACILITY = frozenset({"facility"})
_SAME_KINDS = {
    "base": _FACILITY, "airbase": _FACILITY, "airport": _FACILITY, "camp": _FACILITY,
    "compound": _FACILITY, "facility": _FACILITY, "installation": _FACILITY,
    "district": frozenset({"district"}), "neighborhood": frozenset({"district"}),
    "neighbourhood": frozenset({"district"}), "quarter": frozenset({"district"}),
    "suburb": frozenset({"district"}), "city": frozenset({"town"}),
    "town": frozenset({"town"}), "village": frozenset({"town"}),
    "province": frozenset({"province"}), "governorate": frozenset({"province"}),
    "region": frozenset({"region", "province"}),
}
# "in the same waters", "in the same shipping lane": the last sea named before.
_SAME_WATERS = frozenset({"waters", "sea", "strait", "gulf", "shipping lane"})
# "the same area" and other kinds without a fixed level: a district or a town.
_SAME_DEFAULT = frozenset({"district", "town"})
# Prepositions after a thing that say where it was: "a dhow in the Arabian Sea".
_STANDS_PREPS = frozenset({"in", "at", "near", "off", "outside"})
# "The site lies near X": a sentence that places a site told before.
_PLACING_VERBS = frozenset({"lie", "sit", "locate", "situate"})
_SITE_NOUNS = frozenset({"site", "target", "facility", "compound", "base", "depot", "camp",
                         "building", "position", "outpost", "warehouse", "installation"})
# "arrested at the scene": where the event told before it happened.
# "arrested at the scene", "sent troops into the area": where the blow told before fell.
_SCENE = re.compile(r"\b(?:at|near|to|from) the scene\b|\b(?:into|to) the area\b", re.I)
_STOP = ("conj", "cc", "appos", "relcl", "prep", "acl", "punct")


def _kind(event_type: str) -> str:
    return _KINDS.get(event_type, event_type)


def _phrase_tokens(ctx: DocContext, holders: list[Token], preps: frozenset[str]
                   ) -> list[Token]:
    """The tokens of the place phrases after ``preps`` under each holder ("stands near
    X", "happened in Y"), each cut where the place's own phrase ends."""
    named: list[Token] = []
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                start, end = place_span(pobj, _STOP)
                named += [ctx.doc[i] for i in range(start, end)]
    return named


def _site(ctx: DocContext, tokens: list[Token]) -> list[Place]:
    """The located places below a country that ``tokens`` name (a province or a region
    counts too: it makes a second candidate, never a site)."""
    out: list[Place] = []
    for m in ctx.mentions_of(tokens):
        if m.etype not in PLACE_TYPES or m.label == "NORP":
            continue
        place = ctx.place(m)
        if place.lat is not None and place.precision != "country":
            out.append(place)
    return out


def _noun_sites(ctx: DocContext) -> list[tuple[str, Place]]:
    """(event kind, site) for every event noun naming its site: "the Tower 22 attack",
    "the attack on the X base"."""
    out: list[tuple[str, Place]] = []
    for sent in ctx.doc.sents:
        for hit in ctx.triggers(sent):
            head = ctx.doc[hit.head]
            if head.pos_ not in ("NOUN", "PROPN") or answering_noun(head) is not None:
                continue  # (the site of a deed a blow answers is no site of the blow's)
            kind = _kind(hit.trigger.event_type)
            named = [t for c in head.lefts if c.i < hit.start for t in c.subtree]
            preps = [c for c in head.children if c.dep_ == "prep"]
            preps += [c for p in preps for c in p.conjuncts if c.dep_ == "conj"]
            for prep in preps:  # "near X's airport and in the provinces of Y and Z"
                if prep.lower_ not in _SITE_PREPS:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    for part in (pobj, *pobj.conjuncts):
                        start, end = place_span(part, _STOP)
                        named += [ctx.doc[i] for i in range(start, end)]
            out += [(kind, p) for p in _site(ctx, named)]
    return out


def _target_sites(ctx: DocContext, ev: Event) -> list[Place]:
    """Sites named for the event's target elsewhere: "the outpost, known as X"."""
    if not ev.target:
        return []
    at = ctx.document.text.find(ev.target, ev.evidence.start, ev.evidence.end)
    span = ctx.doc.char_span(at, at + len(ev.target), alignment_mode="expand") \
        if at >= 0 else None
    if span is None or span.root.pos_ != "NOUN":
        return []
    head = lemma(span.root)
    out: list[Place] = []
    for tok in span_tokens(ctx.doc[:], pos=("NOUN",)):
        if tok.idx >= ev.evidence.start and tok.idx < ev.evidence.end:
            continue
        if lemma(tok) != head:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                   for c in tok.children):
            continue
        named = [t for c in tok.children if c.dep_ in ("appos", "acl") for t in c.subtree]
        out += _site(ctx, named)
    return out


# Sentences after an event's own in which the text may say where its target stands.
_LATER_REACH = 2
# Verbs that say where a thing stands: "the base is in X", "the checkpoint lies outside Y".
_STANDING_VERBS = _PLACING_VERBS | {"be", "stand"}
_STANDING_PREPS = frozenset({"in", "near", "outside", "at", "inside", "off"})


def _standing_place(ctx: DocContext, noun: Token) -> list[Place]:
    """Where a definite noun is said to stand: "The house was in the town of X", "the
    checkpoint lies outside Y", "The base, in Z, hosts troops"."""
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(noun.head) in _STANDING_VERBS:
        holders.append(noun.head)
    # "The base, located near X, hosts troops": a participle of placing beside the noun
    holders += [c for c in noun.children if c.dep_ == "acl" and lemma(c) in _PLACING_VERBS]
    named = _phrase_tokens(ctx, holders, _STANDING_PREPS)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i:
        # "The base, in Z, hosts troops": the parse may hang the aside on the verb
        after = ctx.doc[noun.i + 1] if noun.i + 1 < len(ctx.doc) else None
        for prep in noun.head.children:
            if after is not None and after.text == "," and prep.i == noun.i + 2 and \
                    prep.dep_ == "prep" and prep.lower_ in _STANDING_PREPS:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    start, end = place_span(pobj, _STOP)
                    named += [ctx.doc[i] for i in range(start, end)]
    return _site(ctx, named)


def _target_placed_later(ctx: DocContext, ev: Event) -> Place | None:
    """Where a sentence soon after the event's says its target stands: "A drone hit a
    house on Monday. The house was in the town of X." (the target named again with
    "the" and a place)."""
    if not ev.target:
        return None
    at = ctx.document.text.find(ev.target, ev.evidence.start, ev.evidence.end)
    span = ctx.doc.char_span(at, at + len(ev.target), alignment_mode="expand") \
        if at >= 0 else None
    if span is None or span.root.pos_ != "NOUN":
        return None
    head = lemma(span.root)
    sent = span.root.sent
    for _ in range(_LATER_REACH):
        if sent.end >= len(ctx.doc):
            return None
        sent = ctx.doc[sent.end].sent
        for tok in sent:
            if tok.pos_ == "NOUN" and lemma(tok) == head and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                places = [p for p in _standing_place(ctx, tok)
                          if ev.country is None or p.country == ev.country]
                if places:
                    return places[0]
    return None


def targets_placed_later(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced (or places by country only) where a
    sentence soon after says its target stands (see :func:`_target_placed_later`)."""
    for ev in events:
        if ev.location is not None and ev.geo_precision != "country":
            continue
        place = _target_placed_later(ctx, ev)
        if place is not None:
            _set(ev, place)


def _located_sites(ctx: DocContext) -> list[Place]:
    """Sites a sentence of placing gives a definite site noun: "The site lies near the
    town of X", "The compound is located in Y" (the site told before is there)."""
    out: list[Place] = []
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or lemma(tok) not in _PLACING_VERBS:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                    and lemma(c) in _SITE_NOUNS and c.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)]
        if not subjects:
            continue
        named = _phrase_tokens(ctx, [tok], _SITE_PREPS)
        out += _site(ctx, named)
    return out


def _distinct(places: list[Place]) -> list[Place]:
    seen: dict[str, Place] = {}
    for p in places:
        seen.setdefault(p.entity_id or p.name, p)
    return list(seen.values())


def _set(ev: Event, place: Place) -> None:
    ev.location = place.entity_id or place.name
    ev.location_name = place.name
    ev.lat, ev.lon, ev.geo_precision = place.lat, place.lon, place.precision
    ev.country = place.country or ev.country


def _place_before(ctx: DocContext, offset: int, precisions: frozenset[str], *,
                  water: bool = False, after: int = 0) -> Place | None:
    """The last place of one of ``precisions`` (or, with ``water``, the last sea) the
    document names before ``offset`` (and from ``after`` on)."""
    best: Place | None = None
    for m in ctx.ents.mentions:
        if ctx.doc[m.tok_start].idx >= offset:
            break
        if m.start < after:
            continue
        if m.etype not in PLACE_TYPES or m.label == "NORP":
            continue
        place = ctx.place(m)
        if place.lat is not None and (is_water(place) if water else
                                      place.precision in precisions):
            best = place
    return best


def _antecedent_site(ctx: DocContext, ev: Event) -> Place | None:
    """Where a thing the evidence names with "the" was when the text introduced it with
    "a": "the crew of the dhow were detained" after "seized arms from a dhow in the
    Arabian Sea" (the last such introduction before the evidence)."""
    start = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if start is None:
        return None
    heads = {lemma(t) for t in start if t.pos_ == "NOUN" and
             any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)}
    if not heads:
        return None
    for tok in reversed(ctx.doc[:start.start]):
        if tok.pos_ != "NOUN" or lemma(tok) not in heads or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            continue
        holders = [tok] + ([tok.head.head] if tok.dep_ == "pobj" else [])  # "from a dhow in X"
        named = _phrase_tokens(ctx, holders, _STANDS_PREPS)
        places = [p for p in _site(ctx, named) if p.precision in SITE_PRECISIONS or
                  p.country is None]
        return places[0] if places else None
    return None


# Words that set an arrest after the deed it answers: "detained him after the attack",
# "arrested two men in connection with the bombing".
_SEQUEL_WORDS = frozenset({"after", "following", "over"})
# Nouns of a violent deed an arrest may be told after.
_DEED_NOUNS = frozenset({"attack", "bombing", "shooting", "killing", "assassination",
                         "stabbing", "strike", "explosion", "blast", "ambush", "murder",
                         "fire"})


def _deed_told_back(ctx: DocContext, ev: Event) -> bool:
    """Whether an arrest is told after a deed named by a bare definite noun, one told
    before: "security forces arrested a man in connection with the attacks on the
    embassy", "police detained two suspects after the bombing" (the deed's own place, when
    its phrase names one, is read with the arrest's sentence)."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.dep_ != "pobj" or lemma(tok) not in _DEED_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                for c in tok.children):
            continue
        prep = tok.head
        if prep.lower_ in _SEQUEL_WORDS or (
                prep.lower_ == "with" and lemma(prep.head) == "connection"):
            return True
    return False


def _craft_stop_site(ctx: DocContext, ev: Event) -> Place | None:
    """Where the craft a cargo was on was stopped, told in the sentence beside the
    cargo's ("US forces seized a dhow in the Arabian Sea. The vessel was carrying
    rifles": see events.craft_stop_told)."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    stop = None if span is None else craft_stop_told(ctx, span.sent)
    if stop is None:
        return None
    crafts = [o for o in acted_on(stop) if lemma(o) in ctx.ontology.carriers]
    places = [p for p in _site(ctx, _phrase_tokens(ctx, [stop, *crafts], _STANDS_PREPS))
              if p.precision in SITE_PRECISIONS or p.country is None]
    return places[0] if places else None


# Sentences before an event's own in which "the base" it names may have been named.
_NAMED_REACH = 3
# Nouns of a site any named site may be told by again: "US forces at the Rumalyn Landing
# Zone ... Two drones struck the base".
_ANY_SITE_NOUNS = frozenset({"base", "outpost", "garrison", "installation", "facility",
                             "compound", "site"})
# Sites no other noun tells again: "the base" is never the embassy named before.
_OWN_SITE_NOUNS = frozenset({"embassy", "consulate", "hospital", "crossing", "port", "school",
                             "mosque", "church", "synagogue", "university", "ship", "vessel"})


# Nouns of a settlement that "the X" tells again once a town was named by them: "the
# port city of X ... a drone struck the port", "X, a village near the border ... shells
# fell on the village".
_TOWN_NOUNS = frozenset({"town", "city", "village", "port", "hamlet", "settlement", "kibbutz"})


# Nouns any of which may tell a named site or town again.
_SITE_HEADS = _ANY_SITE_NOUNS | _OWN_SITE_NOUNS | _TOWN_NOUNS


# Events besides blows that a bare site noun may place: "Police detained dozens after
# scuffles near the embassy", "protesters returned to the embassy on Friday".
_SITE_SEQUEL_TYPES = frozenset({"arrest", "protest"})


def _named_site_before(ctx: DocContext, ev: Event) -> Place | None:
    """The named site a bare definite noun of the evidence stands for: "US forces are
    stationed at the Harir base in Erbil province. A drone attacked the base on Friday"
    (the last site named in the sentences just before, by the same noun when one is, or
    by any name when the noun is one any site goes by)."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    nouns = [t for t in span if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubj",
                                                                "nsubjpass") and
             not ctx.mentions_of([t]) and
             [c.lower_ for c in t.children if c.dep_ != "punct"] == ["the"]]
    if len(nouns) > 1:  # "the missile hit the base": the noun of a site is the one told again
        nouns = [t for t in nouns if lemma(t) in _SITE_HEADS]
    if len(nouns) != 1:
        return None
    head = lemma(nouns[0])
    first = span.sent.start
    for _ in range(_NAMED_REACH):
        if first == 0:
            break
        first = ctx.doc[first - 1].sent.start
    same: Place | None = None
    anything: Place | None = None
    for m in ctx.ents.mentions:
        if m.tok_start >= span.start:
            break
        if m.tok_start < first or m.etype != "facility":
            continue
        place = ctx.place(m)
        if place.lat is None:
            continue
        kinds = {lemma(t) for t in ctx.doc[m.tok_start:m.tok_end]}
        if head in kinds:
            same = place
        if not kinds & _OWN_SITE_NOUNS:
            anything = place
    if same is None and head in _OWN_SITE_NOUNS:
        same = _town_of_noun_before(ctx, head, first, span.start)
    if same is None and head in _TOWN_NOUNS:
        same = _town_named_as(ctx, head, first, span.start)
    return same or (anything if head in _ANY_SITE_NOUNS else None)


def _town_named_as(ctx: DocContext, head: str, first: int, end: int) -> Place | None:
    """The town last named by the settlement noun ``head`` between ``first`` and ``end``:
    "the border town of X", "the port city of X" (a noun modifying the kind noun counts),
    "X, a village in the south"."""
    for tok in reversed(ctx.doc[first:end]):
        if tok.pos_ != "NOUN" or lemma(tok) != head:
            continue
        kind = tok.head if tok.dep_ == "compound" else tok  # "the port city of X"
        named = [ctx.doc[i] for i in sorted(kind_name(kind))]
        if not named and kind.dep_ == "appos":  # "X, a village near the border"
            named = [ctx.doc[i] for i in range(*np_span(kind.head, stop=_STOP))]
        places = [p for m in ctx.mentions_of(named) if m.etype in PLACE_TYPES and
                  m.label != "NORP" and (p := ctx.place(m)).lat is not None and
                  p.precision in SITE_PRECISIONS]
        if places:
            return places[0]
    return None


def _town_of_noun_before(ctx: DocContext, head: str, first: int, end: int) -> Place | None:
    """The town or site a site noun was told in when it was last named with its place:
    "found a grenade near the consulate in Oslo ... a man threw a firebomb at the
    consulate again" (the consulate stands in Oslo)."""
    for tok in reversed(ctx.doc[first:end]):
        if tok.pos_ != "NOUN" or lemma(tok) != head:
            continue
        places = [p for p in _site(ctx, _phrase_tokens(ctx, [tok], _STANDS_PREPS))
                  if p.precision in SITE_PRECISIONS]
        if places:
            return places[0]
    return None


# Nouns of the places blows were fired from, told back with "the": "hit the launch
# sites", "shelled the firing positions", "destroyed the launchers".
_LAUNCHER_NOUNS = frozenset({"launcher", "launchpad"})
_LAUNCH_WORDS = frozenset({"launch", "launching", "firing"})
_LAUNCH_PLACES = frozenset({"site", "point", "position", "pad", "area", "location"})
# Verbs of firing whose "from" phrase tells where the launches were: "fired from X".
_FIRING_VERBS = frozenset({"fire", "launch", "shoot", "lob"})
# "struck the sources of the fire", "shelled the origin of the launches"
_SOURCE_NOUNS = frozenset({"source", "origin"})
_FIRE_NOUNS = frozenset({"fire", "launch", "rocket", "missile", "shelling", "attack"})


def _fired_from_here(noun: Token) -> bool:
    """Whether a place noun is where fire came from, by a clause on it: "the area from
    which the rockets were launched", "the positions the rockets were fired from"."""
    return any(c.dep_ == "relcl" and lemma(c) in _FIRING_VERBS and any(
        p.dep_ == "prep" and p.lower_ == "from" for p in c.subtree) for c in noun.children)


def _launch_sites_told_back(ctx: DocContext, ev: Event) -> bool:
    """Whether the evidence hits the launch sites of fire told before: "artillery hit the
    launch sites", "troops responded with fire at the launching points", "jets struck the
    sources of the fire", "shelled the area from which the rockets were launched" (a
    definite noun of the place fire came from; "a launch site near X" names its own).
    They are not the site that fire hit."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "those")
                                         for c in tok.children):
            continue
        if lemma(tok) in _LAUNCHER_NOUNS or (lemma(tok) in _LAUNCH_PLACES and (any(
                c.dep_ in ("compound", "amod") and c.lower_ in _LAUNCH_WORDS
                for c in tok.children) or _fired_from_here(tok))):
            return True
        if lemma(tok) in _SOURCE_NOUNS and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and lemma(o) in _FIRE_NOUNS for o in p.children)
                for p in tok.children):
            return True
    return False


def _launched_from(ctx: DocContext, first: int, end: int) -> Place | None:
    """The place the last firing between tokens ``first`` and ``end`` was told as coming
    from: "six rockets were fired from X" (a country too)."""
    for tok in reversed(ctx.doc[first:end]):
        if tok.pos_ != "VERB" or lemma(tok) not in _FIRING_VERBS:
            continue
        for m in ctx.mentions_of(_phrase_tokens(ctx, [tok], frozenset({"from"}))):
            if m.etype in PLACE_TYPES and m.label != "NORP" and \
                    (place := ctx.place(m)).lat is not None:
                return place
    return None


def _launch_site(ctx: DocContext, ev: Event, events: list[Event]) -> Place | None:
    """Where the launch sites a blow hits lie: the place the fire told just before came
    "from" ("rockets were fired from X. Artillery hit the launch sites": X), else the
    country it fell in ("rockets were fired at troops at a base in X ... troops responded
    with fire at the launch sites"), or, when that is the striker's own, the one country of
    the fire's doers (fire from abroad: "Hezbollah fired rockets at northern Israel")."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if span is None or not _launch_sites_told_back(ctx, ev):
        return None
    first = span.sent.start
    for _ in range(_NAMED_REACH):
        if first == 0:
            break
        first = ctx.doc[first - 1].sent.start
    told = _launched_from(ctx, first, span.start)
    if told is not None:
        return told
    start = ctx.doc[first].idx
    fires = [o for o in events if o.type in _KINDS and o.country and
             start <= o.evidence.start < ev.evidence.start]
    fire = max(fires, key=lambda o: o.evidence.start, default=None)
    if fire is None or ctx.geocoder is None:
        return None
    own = {ctx.country(a) for a in ev.actors}
    country = fire.country
    if country in own:
        # the doers of that fire, or of the fire told with it when it names none
        # ("Hezbollah fired rockets at the north. One hit a home in X")
        doers = {ctx.country(a) for o in fires if o.country == country
                 for a in (o.all_actors() if o is fire or not fire.all_actors() else ())}
        doers -= {None, *own}
        country = doers.pop() if len(doers) == 1 else None
    if country is None or country in own:
        return None
    whole = ctx.geocoder.country_place(country)
    return None if whole is None else Place(whole.id, whole.name, whole.lat, whole.lon,
                                            whole.country, "country")


def back_references(ctx: DocContext, events: list[Event]) -> None:
    """Places told by reference to one named before: "in the same district" is the last
    district named, "arrested at the scene" is where the last violent event happened."""
    for i, ev in enumerate(events):
        if ev.location is not None and ev.geo_precision != "country":
            continue
        text = ev.evidence.text
        same = _SAME.search(text)
        if same is not None:
            kind = " ".join(same.group(1).lower().split())
            precisions = _SAME_KINDS.get(kind, _SAME_DEFAULT)
            place = _place_before(ctx, ev.evidence.start + same.start(), precisions,
                                  water=kind in _SAME_WATERS)
            if place is not None:
                _set(ev, place)
                if kind in _SAME_WATERS:
                    ev.country = place.country  # a sea has no country
            continue
        site = _antecedent_site(ctx, ev)
        if site is None and ev.type == "transfer":
            site = _craft_stop_site(ctx, ev)
        if site is None and (ev.type in _KINDS or ev.type in _SITE_SEQUEL_TYPES):
            site = _named_site_before(ctx, ev)
        if site is None and ev.type in _KINDS:
            site = _launch_site(ctx, ev, events)
        if site is not None:
            _set(ev, site)
            ev.country = site.country  # a sea has no country
            continue
        told_back = ev.type == "arrest" and _deed_told_back(ctx, ev)
        if _SCENE.search(text) or told_back:
            earlier = [o for o in events[:i] if o.type in _KINDS and o.lat is not None
                       and o.geo_precision in SITE_PRECISIONS and
                       not (told_back and ev.country not in (None, o.country))]
            if earlier:
                o = earlier[-1]
                _set(ev, Place(o.location, o.location_name or o.location or "", o.lat, o.lon,
                               o.country, o.geo_precision))


def country_level(ctx: DocContext, events: list[Event]) -> None:
    """Code a dated event that names no place, but whose country is known (a state's strike
    on another's forces, an arrest or a protest in the country reported on), at country
    precision, as ACLED does; changes ``events`` in place."""
    if ctx.geocoder is None:
        return
    for ev in events:
        if ev.location is not None or not ev.country or not ev.date or \
                ev.type not in COUNTRY_LEVEL_TYPES or ev.subtype in UNPLACED_SUBTYPES:
            continue
        place = ctx.geocoder.country_place(ev.country)
        if place is not None:
            ev.location, ev.location_name = place.id, place.name
            ev.lat, ev.lon, ev.geo_precision = place.lat, place.lon, "country"


# Types a dateline does not place: a declaration, a designation or a delivery happens
# where its own sentence says, not where the report was filed, and a plot where it was
# to be carried out ("MADRID -- prosecutors say X plotted to kill Y in Bilbao or Seville").
_UNDATELINED = frozenset({"statement", "sanction", "transfer", "plot"})


def dateline_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced at the town of the dateline opening
    that sentence ("BAGHDAD --", "Erbil, Iraq (AP) --"), when the event's country, if
    known, is the town's or only its target's nationality; after repeats are merged, so
    that a placed telling of the same occurrence keeps its own place."""
    for ev in events:
        if ev.type in _UNDATELINED:
            continue
        span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        # "ANTWERP, Belgium -- A Belgian court sentenced X": the country of a court or a
        # police force is no place told; the dateline's town in it is where it acted
        broad = ev.type == "arrest" and ev.location is not None and \
            ev.geo_precision == "country"
        if ev.location is not None and not broad:
            continue
        found = dateline_place(ctx, span.sent)
        if found is None or (ev.type in _KINDS and _aimed_at_craft(ctx, ev)):
            continue  # "SANAA -- the Houthis said they fired missiles at a destroyer"
        place, after = found
        if broad:
            if ev.country == place.country and not _country_told(ctx, ev, span.sent, after):
                _set(ev, place)
        elif ev.country in (None, place.country) or _nationality_only(ctx, ev, place):
            _set(ev, place)


def _aimed_at_craft(ctx: DocContext, ev: Event) -> bool:
    """Whether a blow's target is a ship, which sails far from the town a report is
    filed from: the dateline is where the claim was told, not where the ship was hit."""
    if not ev.target:
        return False
    at = ctx.document.text.find(ev.target, ev.evidence.start, ev.evidence.end)
    span = ctx.doc.char_span(at, at + len(ev.target), alignment_mode="expand") \
        if at >= 0 else None
    return span is not None and lemma(span.root) in ctx.ontology.vessels


def _country_told(ctx: DocContext, ev: Event, sent: Span, after: int) -> bool:
    """Whether ``sent``, after the dateline opening it (which ends at ``after``), names
    the country of ``ev`` as a place ("in Belgium", "Belgium's capital"), not as a people
    ("a Belgian court")."""
    start = max(sent.start_char, after)
    return any(m.start >= start and m.etype == "place" and m.label != "NORP" and
               m.entity_id is not None and ctx.is_country(m.entity_id) and
               ctx.place(m).country == ev.country
               for m in ctx.mentions_in(sent.start, sent.end))


def _nationality_only(ctx: DocContext, ev: Event, place: Place) -> bool:
    """Whether an unplaced event's country is only the nationality of whom it struck
    ("killed an Iranian general"), not a doer's, and ``place`` lies in no doer's country
    either: a state's officers are killed abroad, so a place the text gives the event
    in a third country is where it happened ("DAMASCUS -- a strike killed an Iranian
    general"), while a dateline in the striker's own capital is only where the report
    was filed."""
    doers = {ctx.country(a) for a in ev.actors}
    struck = {ctx.country(t) for t in ev.target_actors}
    return ev.location is None and ev.country in struck and ev.country not in doers and \
        place.country not in doers


# Sources that speak from where things happen: "police in X said", "residents of X".
_LOCAL_SOURCES = frozenset({"police", "policeman", "policemen", "resident", "witness",
                            "medic", "doctor", "paramedic", "local", "eyewitness", "rescuer",
                            "governor", "mayor", "chief"})  # "the mayor of X", "X police chief"
# Verbs of telling whose subject is a source: "police in X said".
_TELLING_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add",
                            "describe", "quote", "publish"})
# Sources that speak from where things happen unless they sit in a capital, where a
# state's officials speak of the whole country: "security officials in X said".
_PROVINCIAL_SOURCES = frozenset({"official", "source", "authority", "officer", "commander",
                                 "spokesman", "spokesperson"})
# Sentences before an event's own in which a local source may be named.
_LOCAL_REACH = 2
_LOCAL_PREPS = frozenset({"in", "of"})


def _telling(tok: Token) -> bool:
    """Whether a noun is the one who tells: the subject of "said", "told", "reported", or
    the object of "according to"."""
    if tok.dep_ == "conj":  # "police and medics in X said"
        tok = tok.head
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":  # "X police chief Y said"
        tok = tok.head
    if tok.dep_ == "nsubj":
        return lemma(tok.head) in _TELLING_VERBS
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _source_places(source: Token) -> list[Token]:
    """The words that may name a source's town: "police in X", "the mayor of X", "X
    police chief", "X's governor", and "In X, police said" (the telling verb's "in")."""
    out = [o for prep in source.children if prep.dep_ == "prep" and prep.lower_ in _LOCAL_PREPS
           for o in prep.children if o.dep_ == "pobj"]
    out += [c for c in source.children if c.dep_ in ("compound", "poss")]
    # "X police chief", however the parse hangs X: the names just before the title
    out += [t for t in source.doc[max(source.sent.start, source.i - 2):source.i]
            if t.text[:1].isupper()]
    if source.dep_ == "nsubj":
        out += [o for prep in source.head.children if prep.dep_ == "prep" and
                prep.lower_ == "in" and prep.i < source.i
                for o in prep.children if o.dep_ == "pobj"]
    return out


def _local_source_place(ctx: DocContext, sent: Span) -> Place | None:
    """The town named for a local source in ``sent`` ("Police in X said", "residents of
    X told reporters"): the police of a town act in it, and its residents tell of it."""
    for tok in sent:
        word = lemma(tok)
        if tok.pos_ not in ("NOUN", "PROPN") or not (
                word in _LOCAL_SOURCES or word in _PROVINCIAL_SOURCES) or not _telling(tok):
            continue
        for obj in _source_places(tok):
            m = ctx.ents.by_token.get(obj.i)
            if m is None or m.etype not in PLACE_TYPES or m.label == "NORP":
                continue
            place = ctx.place(m)
            if word in _PROVINCIAL_SOURCES and capital_country(m.text) is not None:
                continue
            if place.lat is not None and place.precision in (
                    "town", "district", "facility", "province"):
                return place
    return None


def _unplaced_scene_events(ctx: DocContext, events: list[Event],
                           types: frozenset[str] | None = None
                           ) -> tuple[list[Span], list[tuple[Event, int]]]:
    """The document's sentences, and each event a scene may still place (no place yet,
    a type that unfolds in a scene, or one of ``types``) with the index of its
    sentence."""
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    types = SCENE_TYPES if types is None else types
    return sents, [(ev, bisect.bisect_right(starts, ev.evidence.start) - 1) for ev in events
                   if ev.location is None and ev.type in types]


def local_sources(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced at the town whose police, residents or
    medics tell of it, in its sentence or one of the two before ("Police in X said on
    Monday a cell had planned attacks. They arrested two men."), when the event's
    country, if known, is the town's. A plot too: "Police in X said they had foiled a
    plot to bomb a synagogue" (the police of a town foil what was hatched in it)."""
    sents, unplaced = _unplaced_scene_events(ctx, events, SCENE_TYPES | {"plot"})
    for ev, k in unplaced:
        section = ctx.document.section_at(ev.evidence.start)
        for j in range(k, max(-1, k - _LOCAL_REACH - 1), -1):
            if j < 0 or ctx.document.section_at(sents[j].start_char) is not section:
                break
            place = _local_source_place(ctx, sents[j])
            if place is not None:
                if ev.country is None or ev.country == place.country:
                    _set(ev, place)
                break


# Verbs that say an occurrence told before happened somewhere: "The incident happened in
# X", "the killing occurred near Y", "The attack took place in Z".
_HAPPENING_VERBS = frozenset({"happen", "occur"})
# Sentences before a "happened in X" sentence in which the event it places may be told.
_HAPPENED_REACH = 2


def _happened_place(ctx: DocContext, sent: Span) -> Place | None:
    """The place a sentence says a definite occurrence happened in: "The incident
    happened in the town of X" (a located place, the finest it names)."""
    for tok in sent:
        if tok.pos_ != "VERB" or not (lemma(tok) in _HAPPENING_VERBS or (
                lemma(tok) == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                             for c in tok.children))):
            continue
        if not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
                   for c in tok.children):
            continue
        named = _phrase_tokens(ctx, [tok], _STANDING_PREPS)
        found = [ctx.place(m) for m in ctx.mentions_of(named)
                 if m.etype in PLACE_TYPES and m.label != "NORP"]
        found = [p for p in found if p.lat is not None]
        if found:
            rank = {"facility": 0, "town": 1, "district": 1, "province": 3}
            return min(found, key=lambda p: rank.get(p.precision or "", 5))
    return None


def happened_places(ctx: DocContext, events: list[Event]) -> None:
    """Place the last event told shortly before a sentence that says where "the incident"
    or "the attack" happened, when that event is unplaced or placed by country only."""
    sents = list(ctx.doc.sents)
    for k, sent in enumerate(sents):
        place = _happened_place(ctx, sent)
        if place is None:
            continue
        start = sents[max(0, k - _HAPPENED_REACH)].start_char
        before = [ev for ev in events if start <= ev.evidence.start < sent.start_char]
        if not before:
            continue
        ev = max(before, key=lambda e: e.evidence.start)
        if (ev.location is None or ev.geo_precision == "country") and \
                ev.country in (None, place.country) and place.precision != "country":
            _set(ev, place)


# Sentences before an event's own in which the place its "there" points to may be named.
_THERE_REACH = 2


def _there(span: Span) -> bool:
    """Whether a sentence says where with "there" ("a drone struck a house there"), not
    "there were" nor "from there"."""
    return any(t.lower_ == "there" and t.dep_ == "advmod" and t.head.pos_ in ("VERB", "NOUN")
               for t in span)  # the parser may hang it on the object: "hit a post there"


def there_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced but says happened "there" at the last
    place below a country named in the two sentences before it, in the same paragraph
    ("The village of X has been shelled daily. A drone struck a house there.")."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    text = ctx.document.text
    for ev, k in unplaced:
        if k <= 0 or not _there(sents[k]):
            continue
        start = sents[k].start_char
        # the paragraph's own sentences only
        after = max(sents[max(0, k - _THERE_REACH)].start_char, text.rfind("\n", 0, start) + 1)
        if after >= start:
            continue
        place = _place_before(ctx, start, _SCENE_PRECISIONS, after=after)
        if place is not None and ev.country in (None, place.country):
            _set(ev, place)


# Words that tell a deed happened close to the scene told just before: "a gunship flying
# nearby fired on the launchers", "struck a truck close by", "in the vicinity".
_NEARBY_WORDS = frozenset({"nearby", "vicinity"})
# How many sentences back the scene of a "nearby" deed may have been told.
_NEARBY_REACH = 3


def _nearby(span: Span) -> bool:
    """Whether a sentence says its deed happened nearby without naming where ("flying
    nearby", "in the vicinity"), not "near X" nor "the nearby town of X"."""
    return any(t.lower_ in _NEARBY_WORDS and not any(c.dep_ == "prep" for c in t.children)
               and not (t.dep_ == "amod" and any(c.dep_ == "prep" for c in t.head.children))
               for t in span)


def nearby_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced but says happened nearby at the site
    of the last event placed in one of the sentences before it ("The missile hit the
    base at X. A gunship flying nearby then fired on the launchers.")."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    starts = [s.start_char for s in sents]
    for ev, k in unplaced:
        if k <= 0 or not _nearby(sents[k]):
            continue
        before = [o for o in events if o is not ev and o.lat is not None and
                  o.geo_precision in _SCENE_PRECISIONS and
                  k - _NEARBY_REACH <= bisect.bisect_right(starts, o.evidence.start) - 1 < k]
        if not before:
            continue
        last = max(before, key=lambda o: o.evidence.start)
        if ev.country in (None, last.country):
            ev.location, ev.location_name = last.location, last.location_name
            ev.lat, ev.lon, ev.geo_precision = last.lat, last.lon, last.geo_precision
            ev.country = last.country or ev.country


def _waters_before(ctx: DocContext, start: int, after: int) -> Place | None:
    """The last sea, gulf or strait named between ``after`` and ``start``, or the last
    coast told with "off" ("vessels off X"): where ships of a paragraph sail."""
    best: Place | None = None
    for m in ctx.ents.mentions:
        if m.start >= start:
            break
        if m.start < after or m.etype not in PLACE_TYPES or m.label == "NORP":
            continue
        place = ctx.place(m)
        root = ctx.doc[m.tok_start:m.tok_end].root
        offshore = root.dep_ == "pobj" and root.head.lower_ == "off"
        if place.lat is not None and (is_water(place) or offshore):
            best = place
    return best


def _names_where(ctx: DocContext, sent: Span) -> bool:
    """Whether ``sent`` tells where something is or happens ("in X", "near Y", a named
    base); "a US destroyer" names whose ship it is, not where it sailed."""
    return any(m.etype in PLACE_TYPES and m.label != "NORP" and ctx.place(m).lat is not None
               and (m.etype == "facility" or
                    _told_where(ctx, ctx.doc[m.tok_start:m.tok_end].root))
               for m in ctx.mentions_in(sent.start, sent.end))


def sea_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an armed blow at a ship whose sentence names no place at the sea (or the coast
    told with "off") its paragraph named before it: "The group has attacked shipping in
    the Gulf of X. On Monday a tanker was hit by a missile." A ship is hit at sea, where
    the paragraph that tells of it sails; a sea of another paragraph is another story."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    text = ctx.document.text
    vessels = ctx.ontology.vessels
    for ev, k in unplaced:
        if _kind(ev.type) != "armed" or not any(
                t.pos_ == "NOUN" and lemma(t) in vessels for t in sents[k]):
            continue
        start = sents[k].start_char
        after = text.rfind("\n", 0, start) + 1
        if after >= start or _names_where(ctx, sents[k]):
            continue
        place = _waters_before(ctx, start, after)
        if place is not None and ev.country in (None, place.country):
            _set(ev, place)
            ev.country = place.country  # a sea has no country


def ship_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an armed blow whose sentence names no place, on a ship named by a blow placed
    at sea before it, where that ship was hit: "Rebels attacked the tanker X in the Red
    Sea on Monday. ... A video showed gunmen boarding the X and setting off charges." A
    ship hit again lies where it was left (the first such blow told before, else after)."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    for ev, k in unplaced:
        if _kind(ev.type) != "armed" or _names_where(ctx, sents[k]):
            continue
        names = {m.text for m in ctx.mentions_in(sents[k].start, sents[k].end)
                 if m.etype not in PLACE_TYPES and len(m.text) > 2}
        at_sea = [o for o in events if o is not ev and _kind(o.type) == "armed" and
                  o.lat is not None and o.lon is not None and o.country is None and
                  o.target and any(re.search(rf"\b{re.escape(n)}\b", o.target) for n in names)]
        before = [o for o in at_sea if o.evidence.start < ev.evidence.start]
        chosen = before[-1] if before else (at_sea[0] if at_sea else None)
        if chosen is None or chosen.lat is None or chosen.lon is None:
            continue
        _set(ev, Place(chosen.location, chosen.location_name or chosen.location or "",
                       chosen.lat, chosen.lon, None, chosen.geo_precision))
        ev.country = None  # a sea has no country


# Verbs of a life, a group's founding or a journey: where they happened sets no scene.
_LIFE_VERBS = frozenset({"found", "establish", "form", "base", "headquarter", "live", "bear",
                         "raise", "grow", "study", "reside", "arrive", "travel", "fly", "visit",
                         "move", "return", "leave", "meet", "settle", "work", "serve", "teach",
                         "train", "marry", "bury"})
# Types of events that unfold in a scene (a statement is made where its speaker is).
SCENE_TYPES = frozenset({"attack", "strike", "killing", "arrest", "protest"})
# Precisions of a place a sentence that sets the scene may give the events after it.
_SCENE_PRECISIONS = frozenset({"facility", "town", "district", "province"})


def _scene_place(ctx: DocContext, sent: Span) -> Place | None:
    """The one place below a country a sentence tells things happen in ("Tensions ran
    high in X this week", "Sirens sounded across Y"), if it names one only."""
    found: dict[str, Place] = {}
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.etype not in PLACE_TYPES or m.label == "NORP":
            continue
        root = ctx.doc[m.tok_start:m.tok_end].root
        if m.etype != "facility" and not _told_where(ctx, root):
            continue
        if any(lemma(t) in _LIFE_VERBS for t in root.ancestors if t.pos_ in ("VERB", "AUX")):
            return None  # "the group was founded in X": a story's background, not a scene
        place = ctx.place(m)
        if place.lat is None or place.precision == "country":
            continue
        if place.precision not in _SCENE_PRECISIONS:
            return None
        found.setdefault(place.entity_id or place.name, place)
    return next(iter(found.values())) if len(found) == 1 else None


# Bodies that sit where a plot is tried, not where it was hatched: "a court in X".
_COURTS = frozenset({"court", "tribunal", "judge", "jury", "prosecutor", "prosecution"})


def _court_seat(ctx: DocContext, sent: Span, place: Place) -> bool:
    """Whether ``sent`` names ``place`` as the seat of a court ("a court in X", "X
    prosecutors", "X's state court")."""
    for tok in sent:
        if lemma(tok) not in _COURTS:
            continue
        named = [o for prep in tok.children if prep.dep_ == "prep" and
                 prep.lower_ in ("in", "of") for o in prep.children if o.dep_ == "pobj"]
        named += [c for c in tok.children if c.dep_ in ("compound", "poss", "amod")]
        if any(p.entity_id == place.entity_id and p.name == place.name
               for p in _site(ctx, named)):
            return True
    return False


def plot_scenes(ctx: DocContext, events: list[Event]) -> None:
    """Place a plot whose clause names no place at the one place its own sentence tells
    things happen in ("Two men were charged with vandalism near a mosque in X, and police
    said they had tried to bomb a church"): one sentence tells one story. A court's
    seat is where the plot is tried, not where it was hatched."""
    sents, unplaced = _unplaced_scene_events(ctx, events, frozenset({"plot"}))
    for ev, k in unplaced:
        place = _scene_place(ctx, sents[k])
        if place is not None and ev.country in (None, place.country) and \
                not _court_seat(ctx, sents[k], place):
            _set(ev, place)


def scene_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced at the one place the sentence before
    it, in the same paragraph, tells of when that sentence tells no event of its own:
    "Sirens sounded across X on Monday. A drone struck an industrial zone." The scene a
    paragraph opens with is where its events unfold."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    unplaced += _country_placed(ctx, events, sents)
    text = ctx.document.text
    for ev, k in unplaced:
        if k <= 0:
            continue
        prev = sents[k - 1]
        if "\n" in text[prev.start_char:sents[k].start_char]:
            continue  # a new paragraph sets its own scene
        if any(prev.start_char <= o.evidence.start < prev.end_char for o in events):
            continue  # a sentence that tells an event of its own tells of that one
        if ctx.triggers(prev) and _names_place(ctx, sents[k].start, sents[k].end):
            continue  # "He was held as he tried to leave X": its own sentence tells where
        place = _scene_place(ctx, prev)
        if place is not None and _finer(ev, place):
            _set(ev, place)


# Precisions of an event's place that a town told before may make finer: a country or a
# part of one ("in northern X").
_BROAD = frozenset({"country", "region"})
# How far from a part of a country told by an event's own sentence the town a scene was
# set in may lie.
_PART_KM = 150.0


def _below_country(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the tokens [start, end) name a located place finer than a country or a
    part of one."""
    return any(m.etype in PLACE_TYPES and m.label != "NORP" and
               (p := ctx.place(m)).lat is not None and p.precision not in _BROAD and
               not is_water(p) for m in ctx.mentions_in(start, end))


def _finer(ev: Event, place: Place) -> bool:
    """Whether ``place`` may be where ``ev``, unplaced or placed by its country or a part
    of it, happened: in its country, and near the part its sentence told."""
    if ev.country not in (None, place.country):
        return False
    if ev.geo_precision != "region" or ev.lat is None or ev.lon is None or \
            place.lat is None or place.lon is None:
        return True
    return haversine_km(ev.lat, ev.lon, place.lat, place.lon) <= _PART_KM


# Prepositions of what a blow was aimed at: "fired rockets at X".
_AIMING = frozenset({"at", "on", "into", "against", "toward", "towards"})


def _country_placed(ctx: DocContext, events: list[Event], sents: list[Span]
                    ) -> list[tuple[Event, int]]:
    """Each scene event placed by its country only, whose own sentence names no place
    below a country and names countries only as where things are, with the index of its
    sentence: "Gunmen attacked a checkpoint in northern X" after a sentence that set the
    scene in a town of X."""
    starts = [s.start_char for s in sents]
    found = []
    for ev in events:
        if ev.location is None or ev.geo_precision not in _BROAD or ev.type not in SCENE_TYPES:
            continue
        k = bisect.bisect_right(starts, ev.evidence.start) - 1
        if _below_country(ctx, sents[k].start, sents[k].end) or _recalled(ctx, ev):
            continue
        roots = [ctx.doc[m.tok_start:m.tok_end].root
                 for m in ctx.mentions_in(sents[k].start, sents[k].end)
                 if m.etype in PLACE_TYPES and m.label != "NORP"]
        if all((_told_where(ctx, r) and not (r.dep_ == "pobj" and r.head.lower_ in _AIMING))
               or r.dep_ in ("compound", "amod", "poss") for r in roots):
            found.append((ev, k))  # not "fired missiles at X": a country aimed at
    return found


def _recalled(ctx: DocContext, ev: Event) -> bool:
    """Whether an event is told in a clause hung on another's ("came a year after gunmen
    attacked a station", "since a strike hit the town"): a deed the sentence recalls."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    return root.dep_ in ("advcl", "pcomp", "relcl", "acl") and not (
        span.start <= root.head.i < span.end)


def _opening_scene(ctx: DocContext, sent: Span) -> Place | None:
    """The town a sentence fronts with "In X," to set the scene of what it and the
    sentences after it tell ("In X, hundreds marched on Monday"), if it is below a
    country."""
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head.dep_ != "ROOT":
        return None
    objects = [c for c in first.children if c.dep_ == "pobj"]
    if len(objects) != 1 or not any(t.text == "," and t.i == objects[0].right_edge.i + 1
                                    for t in sent):
        return None
    places = [p for p in _site(ctx, [objects[0]]) if p.precision in _SCENE_PRECISIONS]
    return places[0] if len(places) == 1 else None


def paragraph_scenes(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced, or places by its country only, at the
    town the first sentence of its paragraph fronts with "In X," ("In X, hundreds of
    people blocked roads on Monday. Police detained twenty of them."), when no sentence
    between names another place below a country and the event is not told as days
    apart from those of the opening sentence (an earlier deed it only recalls). A
    paragraph that opens in a town tells what happened there."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    unplaced += _country_placed(ctx, events, sents)
    text = ctx.document.text
    for ev, k in unplaced:
        if _below_country(ctx, sents[k].start, sents[k].end) or _recalled(ctx, ev):
            continue
        j = k
        while j > 0 and "\n" not in text[sents[j - 1].start_char:sents[j].start_char]:
            j -= 1  # the first sentence of the paragraph
        if j == k:
            continue  # its own sentence would have named the town
        place = _opening_scene(ctx, sents[j])
        if place is None or not _finer(ev, place):
            continue
        if any(_below_country(ctx, sents[i].start, sents[i].end) for i in range(j + 1, k)):
            continue  # "In X, ... Later, in Y, ..." a sentence between moves the scene
        opening = [o for o in events if sents[j].start_char <= o.evidence.start <
                   sents[j].end_char and o.date]
        if ev.date and any(not _same_days(ev, o) for o in opening):
            continue
        _set(ev, place)


# Sentences before an event's own in which the event it goes on telling may be told.
_EPISODE_REACH = 2


def _names_place(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the tokens [start, end) name a located place (a country included)."""
    return any(m.etype in PLACE_TYPES and m.label != "NORP" and ctx.place(m).lat is not None
               for m in ctx.mentions_in(start, end))


def _same_side(ev: Event, other: Event) -> bool:
    """Whether two events may be told of one side's acts: no doer of one is missing from
    the other where both name doers ("Israeli jets struck X. Jets hit a car" goes on;
    "US jets struck X. Militias attacked a base" tells the other side's act)."""
    return not (ev.actors and other.actors and set(ev.actors).isdisjoint(other.actors))


# Days from an event within which another goes on telling its episode.
_EPISODE_DAYS = 2


def _same_days(ev: Event, prev: Event) -> bool:
    """Whether ``ev`` is dated the same day as ``prev`` or within a day or two of it (both
    undated counts too): "Last month, a strike killed ..." after Monday's strike tells
    an earlier episode, whatever its place."""
    if ev.date is None or prev.date is None:
        return ev.date == prev.date
    if ev.date_precision != "day" or prev.date_precision != "day":
        return False
    try:
        gap = (date.fromisoformat(ev.date[:10]) - date.fromisoformat(prev.date[:10])).days
    except ValueError:
        return False
    return abs(gap) <= _EPISODE_DAYS


# Verbs of a reply: "troops responded with fire at the launch sites" aims where the
# blow came from, not where it fell.
_REPLY_VERBS = frozenset({"respond", "retaliate", "reply", "answer", "return", "avenge"})


def _replies(sent: Span) -> bool:
    """Whether a sentence tells a reply to what was told before."""
    return any(t.pos_ == "VERB" and lemma(t) in _REPLY_VERBS for t in sent)


# Events that may follow a scene of another kind where it unfolded: "Crowds filled the
# streets of X on Friday. Police detained two men carrying pistols."
_SEQUEL_TYPES = frozenset({"arrest"})
_SEQUEL_OF = frozenset({"protest", "attack"})


def episode_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an event whose sentence names no place at the site of the event told just
    before it, in the same paragraph and one of the two sentences before, when both are
    of one kind and side, a day or two apart, and nothing between names another place:
    "US jets struck X on Friday. Another strike hit a depot on Saturday." An arrest may
    follow a protest or an attack of either side. A paragraph goes on telling one
    episode until it names somewhere else or tells a reply."""
    sents, unplaced = _unplaced_scene_events(ctx, events)
    text = ctx.document.text
    placed = sorted((o for o in events if o.lat is not None and o.type in SCENE_TYPES and
                     o.geo_precision in _SCENE_PRECISIONS), key=lambda o: o.evidence.start)
    for ev, k in unplaced:
        start = sents[k].start_char
        before = [o for o in placed if o.evidence.end <= start]
        if not before or _names_place(ctx, sents[k].start, sents[k].end) or \
                _replies(sents[k]):
            continue
        prev = before[-1]
        j = bisect.bisect_right([s.start_char for s in sents], prev.evidence.start) - 1
        if j < k - _EPISODE_REACH or "\n" in text[sents[j].start_char:start]:
            continue
        sequel = ev.type in _SEQUEL_TYPES and prev.type in _SEQUEL_OF
        if not sequel and (_kind(prev.type) != _kind(ev.type) or not _same_side(ev, prev)):
            continue
        if not _same_days(ev, prev) or _names_place(ctx, sents[j].end, sents[k].start):
            continue
        place = Place(prev.location, prev.location_name or prev.location or "", prev.lat,
                      prev.lon, prev.country, prev.geo_precision)
        if ev.country in (None, place.country) or _nationality_only(ctx, ev, place):
            _set(ev, place)


def heading_places(ctx: DocContext, events: list[Event]) -> None:
    """Place an event its sentence leaves unplaced (or places by country only) at the
    town a heading of its own names ("Zahedan" over "Gunmen shot dead a cleric outside a
    mosque"): a daily update files each entry under where it happened."""
    for ev in events:
        if ev.location is not None and ev.geo_precision != "country":
            continue
        if ev.type not in SCENE_TYPES:
            continue
        places = region_at(ctx, ev.evidence.start)
        if len(places) == 1 and places[0].precision in SITE_PRECISIONS and \
                ev.country in (None, places[0].country):
            _set(ev, places[0])


# Verbs of arriving whose "in/to X" names where a visitor then holds talks.
_ARRIVING_VERBS = frozenset({"arrive", "land", "fly", "travel", "come", "head", "go"})
_ARRIVING_PREPS = frozenset({"in", "to", "into", "at"})
_VISITOR_PRONOUNS = frozenset({"he", "she", "they"})


def _arrival(ctx: DocContext, sent: Span, actors: list[str]) -> Place | None:
    """The town ``sent`` tells one of ``actors`` (or a pronoun) arrived in or flew to."""
    for verb in sent:
        if verb.pos_ != "VERB" or lemma(verb) not in _ARRIVING_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(c.lower_ in _VISITOR_PRONOUNS or any(
                m.entity_id in actors for m in ctx.mentions_of(list(c.subtree)))
                for c in subjects):
            continue
        named = _phrase_tokens(ctx, [verb], _ARRIVING_PREPS)
        sites = [p for p in _site(ctx, named) if p.precision in SITE_PRECISIONS]
        if sites:
            return sites[0]
    return None


def journey_places(ctx: DocContext, events: list[Event]) -> None:
    """Place a meeting its sentence leaves unplaced at the town the sentence before, in
    the same paragraph, tells one of its parties arrived in: "X landed in Y on Tuesday.
    X held talks with Z." A visitor meets where the journey ended."""
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    text = ctx.document.text
    for ev in events:
        if ev.type != "meeting" or ev.location is not None or not ev.actors:
            continue
        k = bisect.bisect_right(starts, ev.evidence.start) - 1
        if k <= 0 or "\n" in text[sents[k - 1].start_char:sents[k].start_char]:
            continue
        place = _arrival(ctx, sents[k - 1], ev.actors)
        if place is not None and (ev.country is None or ev.country == place.country or
                                  len(ev.actors) > 1):
            _set(ev, place)


# Verbs telling where a person lives: "X, a writer who lives in Y", "X resides in Y".
_DWELLING_VERBS = frozenset({"live", "reside"})
# Nouns of a person's dwelling: "found him near X's home".
HOME_NOUNS = frozenset({"home", "house", "residence", "apartment", "flat"})
_NEAR_HOME = frozenset({"near", "outside", "at", "by", "around"})
_IN = frozenset({"in"})


def _residences(ctx: DocContext) -> dict[str, Place]:
    """Where the people a document names live, by the last word of their name: "X Y,
    a journalist who lives in Z" and "X Y lives in Z" (a town or a district; a person
    said to live in two places is left out)."""
    out: dict[str, Place] = {}
    dropped: set[str] = set()
    for verb in span_tokens(ctx.doc[:], pos=("VERB",)):
        if lemma(verb) not in _DWELLING_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subj = verb.head  # "a journalist who lives in Z"
        if subj.pos_ != "PROPN" and subj.dep_ == "appos":
            subj = subj.head  # "X Y, a journalist who ..."
        if subj.pos_ != "PROPN":
            continue
        places = _distinct([p for _prep, obj in prep_objects(verb, _IN) if obj.dep_ == "pobj"
                            for p in _site(ctx, [obj])
                            if p.lat is not None and p.precision in ("town", "district")])
        key = subj.lower_
        if len(places) != 1 or key in dropped:
            continue
        if key in out and out[key] != places[0]:
            dropped.add(key)
            del out[key]
            continue
        out[key] = places[0]
    return out


def _home_named(sent: Span) -> str | None:
    """The last word of the name whose home ``sent`` places its deed by ("found him near
    X's home", "arrested outside the house of X")."""
    for tok in sent:
        if lemma(tok) not in HOME_NOUNS or tok.dep_ != "pobj" or \
                tok.head.lower_ not in _NEAR_HOME:
            continue
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        owners += [o for _p, o in prep_objects(tok, OF)
                   if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if owners:
            return owners[0].lower_
    return None


def target_homes(ctx: DocContext, events: list[Event]) -> None:
    """Place a plot against a person the document says lives somewhere, and that its
    own words leave unplaced or place by a country only, where that person lives: "X,
    a journalist who lives in Z ... were hired by people in Iran to kill X" was aimed at
    Z. An arrest told by its nearness to that person's home ("was arrested after police
    found him near X's home") happened there."""
    homes = _residences(ctx)
    if not homes:
        return
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    for ev in events:
        if ev.location is not None and ev.geo_precision != "country":
            continue
        place = None
        if ev.type == "plot" and ev.target:
            words = [w for w in re.findall(r"[A-Za-z][\w'-]*", ev.target) if w[0].isupper()]
            place = homes.get(words[-1].lower()) if words else None
        elif ev.type == "arrest":
            sent = sents[bisect.bisect_right(starts, ev.evidence.start) - 1]
            owner = _home_named(sent)
            place = homes.get(owner) if owner else None
        if place is not None and (ev.type == "arrest" or ev.location is None or
                                  ev.country == place.country):
            _set(ev, place)
            ev.country = place.country


def refine_places(ctx: DocContext, events: list[Event]) -> None:
    """Give each event placed only by its country, or by a part of one ("in eastern X"),
    the one site the document names for that occurrence in it (see the module doc), after
    :func:`country_level`; changes ``events`` in place."""
    back_references(ctx, events)
    target_homes(ctx, events)
    dateline_places(ctx, events)
    heading_places(ctx, events)
    journey_places(ctx, events)
    episode_places(ctx, events)
    targets_placed_later(ctx, events)
    happened_places(ctx, events)
    caught_places(ctx, events)
    plot_scenes(ctx, events)
    local_sources(ctx, events)
    there_places(ctx, events)
    nearby_places(ctx, events)
    scene_places(ctx, events)
    paragraph_scenes(ctx, events)
    sea_places(ctx, events)
    ship_places(ctx, events)
    country_level(ctx, events)
    broad = [ev for ev in events if ev.country and
             country_wide(ctx, ev.geo_precision, ev.location) and
             not _launch_sites_told_back(ctx, ev)]
    if not broad:
        return
    nouns = _noun_sites(ctx)
    located = _located_sites(ctx)
    for ev in broad:
        kind = _kind(ev.type)
        found = [p for k, p in nouns if k == kind] + (located if kind == "armed" else [])
        found += [Place(o.location, o.location_name or o.location or "", o.lat, o.lon,
                        o.country, o.geo_precision)
                  for o in events if o is not ev and _kind(o.type) == kind and
                  o.geo_precision in SITE_PRECISIONS and o.lat is not None and
                  o.date is not None and o.date == ev.date]
        found += _target_sites(ctx, ev)
        sites = _distinct([p for p in found if p.country == ev.country and _finer(ev, p)])
        if len(sites) != 1 or not (sites[0].precision in SITE_PRECISIONS or
                                   sites[0].precision == "facility"):
            continue
        site = sites[0]
        ev.location = site.entity_id or site.name
        ev.location_name = site.name
        ev.lat, ev.lon, ev.geo_precision = site.lat, site.lon, site.precision


# --- where the text around an event places it ---------------------------------

# Words a heading of places may hold besides the places: "Yemen and the Red Sea",
# "Northern Iraq", "Iraq & Syria".
_HEADING_WORDS = frozenset({"and", "the", "of", "&", "northern", "southern", "eastern",
                            "western", "north", "south", "east", "west", "central"})
MAX_HEADING_TOKENS = 8
# Words of a day a dated heading may hold beside its place.
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "jan", "feb", "mar",
                     "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday"})
_CLOSING = tuple(".!?\"”’'")


@dataclass(frozen=True, slots=True)
class Region:
    """A heading made of place names ("Iraq", "Yemen and the Red Sea") and the text under
    it, up to the next heading: a daily update files each event under the country or sea
    it happened in and does not repeat the place in the event's sentence."""

    start: int
    end: int
    places: tuple[Place, ...]


def _heading_lines(ctx: DocContext) -> list[tuple[int, int]]:
    """The (start, end) of each short line of its own with no sentence ending: the
    headings (the parser may cut one in two: "Yemen | and the Red Sea")."""
    text = ctx.document.text
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        words = line.split()
        stripped = line.rstrip()
        if words and len(words) <= MAX_HEADING_TOKENS and not stripped.endswith(_CLOSING):
            lead = len(line) - len(line.lstrip())
            out.append((start + lead, start + len(stripped)))
        start += len(line) + 1
    return out


def _heading_places(ctx: DocContext, start: int, end: int) -> tuple[Place, ...]:
    """The located places a heading names, when it names nothing else."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ()
    places: list[Place] = []
    for tok in span:
        if tok.is_space or tok.is_punct or tok.lower_ in _HEADING_WORDS:
            continue
        m = ctx.ents.by_token.get(tok.i)
        if m is None and (tok.like_num or tok.lower_.rstrip(".") in _MONTHS or
                          tok.ent_type_ == "DATE"):
            continue  # a dated heading: "X, March 3", "4 May - X"
        if m is None or m.etype not in PLACE_TYPES or m.label == "NORP":
            return ()
        if m.tok_start == tok.i:
            place = ctx.place(m)
            if place.lat is None:
                return ()
            places.append(place)
    return tuple(places)


def regions(ctx: DocContext) -> list[Region]:
    """The document's headings of places with their scope, which ends at the next
    heading or part (computed once per document)."""
    found: list[Region] | None = ctx.memo.get("regions")
    if found is not None:
        return found
    found = []
    bounds = sorted({*(s.start for s in ctx.document.sections), *(
        start for start, _ in _heading_lines(ctx)), len(ctx.document.text)})
    for start, end in _heading_lines(ctx):
        places = _heading_places(ctx, start, end)
        if places:
            found.append(Region(end, next(b for b in bounds if b > end), places))
    ctx.memo["regions"] = found
    return found


def region_at(ctx: DocContext, offset: int) -> tuple[Place, ...]:
    """The places of the heading ``offset`` lies under, if any."""
    for region in regions(ctx):
        if region.start <= offset < region.end:
            return region.places
    return ()


# Prepositions that say where something is or happens: "in Syria", "near the border".
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "across", "outside", "around", "off",
                          "throughout", "within"})


def _told_where(ctx: DocContext, tok: Token) -> bool:
    """Whether ``tok`` names where something is: the object of "in", "near" ..., a
    place joined to one ("in Iraq and Syria") or set beside a named site or town to
    place it ("the X air base, Delaware")."""
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head.lower_ in _WHERE_PREPS
        if tok.dep_ not in ("conj", "appos", "npadvmod") or tok.head.i == tok.i:
            return False
        if tok.dep_ != "conj":
            m = ctx.ents.by_token.get(tok.head.i)
            if m is not None and m.etype == "facility":
                return True
        tok = tok.head
    return False


# Sentences before an arrest's own in which the scene of the catch may be told.
_CATCH_REACH = 2


# Verbs of coming upon those then caught: "boarded a dhow in X", "raided a house in Y".
CATCHING_VERBS = frozenset({"board", "raid", "stop", "intercept", "storm", "search",
                            "surround", "ambush", "corner", "inspect"})


def _scene_holder(tok: Token) -> bool:
    """Whether the word a place phrase hangs on tells where people were come upon: a verb
    of boarding or raiding ("boarded a boat in X") or its object ("raided a warehouse in
    X"), not where sponsors sit ("hired by agents in X") or a court."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass"):
        tok = tok.head
    return tok.pos_ == "VERB" and lemma(tok) in CATCHING_VERBS


def catch_scene(ctx: DocContext, sent: Span) -> Place | None:
    """The one place below a country (a sea included) one of the two sentences before
    ``sent``, in its paragraph, tells things happen in: "Sailors boarded a dhow in the
    X Sea. They found rockets. The six crew members were detained." (and "Police raided a
    warehouse in Y. Three guards were arrested."). Those caught were caught where the
    story that tells of them is; a sentence naming two places says nothing."""
    if _names_place(ctx, sent.start, sent.end):
        return None  # "as he prepared to leave X": its own sentence tells where
    sents = list(ctx.doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start == sent.start), 0)
    text = ctx.document.text
    for j in range(k - 1, k - _CATCH_REACH - 1, -1):
        if j < 0 or "\n" in text[sents[j].end_char:sent.start_char]:
            return None
        found: dict[str, Place] = {}
        for m in ctx.mentions_in(sents[j].start, sents[j].end):
            if m.etype not in PLACE_TYPES or m.label == "NORP":
                continue
            root = ctx.doc[m.tok_start:m.tok_end].root
            if m.etype != "facility" and not _told_where(ctx, root):
                continue
            if root.dep_ == "pobj" and not _scene_holder(root.head.head):
                continue  # "hired by agents in X": where people are, not where it was
            place = ctx.place(m)
            if place.lat is None or place.precision == "country":
                continue
            if place.precision not in _SCENE_PRECISIONS and not is_water(place):
                return None
            found.setdefault(place.entity_id or place.name, place)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def paragraph_countries(ctx: DocContext, sent: Span) -> list[str]:
    """The countries of the places the paragraph tells things happen in ("in Syria",
    "near Erbil", a named base or embassy) up to the end of ``sent``, in order. A place
    that only qualifies a group ("Iran-backed", "the Islamic Resistance in Iraq") says
    nothing of where."""
    return _where_countries(ctx, ctx.document.text.rfind("\n", 0, sent.start_char) + 1,
                            sent.end_char)


def sentence_countries(ctx: DocContext, sent: Span, aside: frozenset[str],
                       elsewhere: frozenset[int] = frozenset()) -> list[str]:
    """The countries of the places ``sent`` tells things happen in, as
    :func:`paragraph_countries` finds them in a paragraph, leaving out those under one of
    the words of ``aside`` ("a day after talks in Qatar": another occasion), in a
    relative clause ("a man who had trained in X": what someone did elsewhere) or among
    the tokens ``elsewhere`` (the clause of another event of the sentence)."""
    return _where_countries(ctx, sent.start_char, sent.end_char, aside, elsewhere)


# Sources a report cites where things happen: "police in Iraq said" tells where, while
# "officials in Cairo said" may speak of anywhere.
LOCAL_SOURCES = frozenset({"police", "policeman", "policemen", "medic", "hospital", "doctor",
                           "resident", "witness", "villager", "eyewitness"})


def _distant_source(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of saying that is not a local source
    ("officials in Cairo said", "a diplomat in Doha told reporters")."""
    return tok.dep_ == "nsubj" and lemma(tok.head) in REPORTING_VERBS and \
        lemma(tok) not in LOCAL_SOURCES


# Participles of where a person is posted: "a diplomat posted in X", "stationed in X".
POSTING = frozenset({"post", "station", "accredit", "assign"})


def _where_countries(ctx: DocContext, start: int, end: int,
                     aside: frozenset[str] = frozenset(),
                     elsewhere: frozenset[int] = frozenset()) -> list[str]:
    out: list[str] = []
    for m in ctx.ents.mentions:
        if m.start < start or m.etype not in PLACE_TYPES or m.label == "NORP":
            continue
        if m.start >= end:
            break
        if m.tok_start in elsewhere:
            continue
        root = ctx.doc[m.tok_start:m.tok_end].root
        if m.etype != "facility" and not _told_where(ctx, root):
            continue
        if aside and any(t.lower_ in aside or t.dep_ == "relcl" or _distant_source(t)
                         for t in root.ancestors):
            continue
        if any(t.dep_ == "acl" and lemma(t) in POSTING for t in root.ancestors):
            continue  # "an Iranian diplomat formerly posted in Vienna": his post, not a scene
        country = ctx.place(m).country
        if country and country not in out:
            out.append(country)
    return out
