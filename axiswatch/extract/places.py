"""Where an event happened: the located place its phrases name."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import (
    IN_AT,
    PLACE_PREPS,
    SEQUENCE_VERBS,
    TO,
    np_span,
    prep_objects,
    subtree_tokens,
)
from axiswatch.extract.context import DocContext, Place
from axiswatch.extract.triggers import lemma
from axiswatch.geo.place import haversine_km
from axiswatch.kb.ontology import Ontology
from axiswatch.nlp.linking import DATELINE_TAIL, PLACE_TYPES, LinkedMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Head nouns of "the X of NAME" phrases that name a place: "the border town of al-Qaim",
# "the outskirts of Damascus", "the north of Iraq".
KIND_NOUNS = frozenset({
    "town", "city", "village", "hamlet", "province", "governorate", "district", "subdistrict",
    "region", "area", "outskirts", "outskirt", "suburb", "suburbs", "vicinity", "countryside",
    "neighborhood", "neighbourhood", "quarter", "capital", "port", "municipality", "enclave",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "heart", "centre", "center", "edge", "environs", "desert", "border", "coast", "streets",
    "mountains", "mountain", "hills", "valley", "plain", "plains", "marshes", "front",
    # "the Red Sea resort of X", "the Houthi stronghold of Y", "the Hezbollah bastion of Z"
    "resort", "stronghold", "bastion", "island", "settlement", "kibbutz",
    # "the international airport of X", "the harbour of Y": the town they serve
    "airport", "airfield", "airbase", "harbour", "harbor",
    # "inside the perimeter of the X base", "within the grounds of Y": the site itself
    "perimeter", "grounds", "premises",
})  # "front": "rallied in front of the parliament in X"


# Nouns after which "on" says where, not whom: "on the outskirts of X", "on Iraqi soil".
ON_AREA_NOUNS = frozenset({
    "outskirts", "outskirt", "edge", "edges", "fringes", "soil", "territory", "territories",
    "ground", "border", "frontier", "coast", "shore", "shores", "island", "highway", "road",
    # "on the X seafront", "on the beach in Y": a stretch of shore or street is a place
    "seafront", "waterfront", "beachfront", "promenade", "boardwalk", "beach", "corniche",
    "street", "streets",
    # "on the Lebanese side of the border": a country's side of a line is its land
    "side",
})


# Words that name open water: "the Gulf of Oman", "Bab el-Mandeb Strait", "the Red Sea".
WATER_WORDS = frozenset({"sea", "gulf", "strait", "straits", "ocean", "canal", "bay", "mandeb",
                         "waters", "channel"})
# Nouns a demonym turns into its country's area: "Iraqi soil", "Syrian airspace", "over
# the Lebanese coast" (a country's coast and the sea off it are its own).
NATIONAL_AREA_NOUNS = frozenset({"soil", "territory", "territories", "airspace", "waters",
                                 "coast", "coastline", "side"})


# A transfer happens where it goes: "moved a system to the T-4 base", "smuggled into Iraq";
# so does a march: "protesters marched to the embassy", "drove to the edge of the X".
# "along the Iraq-Syria border", "along the coast": a line the event lies on.
_WHERE_PREPS = PLACE_PREPS | {"along"}
_DESTINATION_PREPS = _WHERE_PREPS | {"to", "into"}
_GOING_TYPES = frozenset({"transfer", "protest"})


# "a blast tore through a market in X": what a blast or a raid passes through is where
# it struck (what a shipment passes through is only on its way).
_STRIKING_PREPS = _WHERE_PREPS | {"through"}
# "marched through central Baghdad": the streets a march passes through are its place.
_MARCHING_PREPS = _DESTINATION_PREPS | {"through"}


def place_preps(event_type: str) -> frozenset[str]:
    """The prepositions whose objects say where an event of this type happened."""
    if event_type == "protest":
        return _MARCHING_PREPS
    return _DESTINATION_PREPS if event_type in _GOING_TYPES else _STRIKING_PREPS


def included_places(holder: Token) -> list[tuple[str, Token]]:
    """The objects of an "including" phrase that tells where, under ``holder``: "fired at
    towns in the north, including in the village of X", "struck targets across the south,
    including the town of Y". A place singled out of a wider area is the finer place."""
    out: list[tuple[str, Token]] = []
    for inc in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "including"):
        for c in inc.children:
            if c.dep_ == "pobj":
                out.append(("including", c))
            elif c.dep_ == "prep" and c.lower_ in _WHERE_PREPS:
                out.extend((c.lower_, o) for o in c.children if o.dep_ == "pobj")
    return out


def joined_places(holder: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """The objects of a preposition joined to one of ``preps`` under ``holder``: "struck
    targets in and around X" hangs X on "around", itself joined to "in"."""
    return [(c.lower_, o) for p in holder.children if p.dep_ == "prep" and p.lower_ in preps
            for c in p.children if c.dep_ == "conj" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def counted_places(ctx: DocContext, target: Token) -> list[LinkedMention]:
    """The place of the first share of those counted by where they were: "arrested five
    men, four in X and one in Y" were arrested in X (and Y, a share of its own). The
    parse may hang the shares on the verb whose object the counted are ("arrested four
    members of a cell, three in X and one in Y")."""
    shares = [c for c in target.children if c.dep_ == "appos" and c.pos_ == "NUM"]
    if not shares and target.dep_ == "dobj":
        shares = [c for c in target.head.children if c.dep_ in ("npadvmod", "appos") and
                  c.pos_ == "NUM" and c.i > target.i][:1]
    return [m for c in shares
            for _p, obj in prep_objects(c, frozenset({"in", "at"}))
            for m in ctx.mentions_of(list(obj.subtree))
            if m.etype in PLACE_TYPES and m.label != "NORP"]


def kind_appositions(top: Token) -> list[Token]:
    """The tokens of the names set beside a kind noun under ``top``: "the offices of a
    party in the province's capital, X" (X), "a depot in the port city, Y" (Y): a
    name that says which town the noun is, where other appositions say what a thing is."""
    return [t for noun in top.subtree if noun.lower_ in KIND_NOUNS or lemma(noun) in KIND_NOUNS
            for name in noun.children if name.dep_ == "appos" and name.i > noun.i
            for t in name.subtree]


# Relative pronouns of a person: "a man who had fought in X" tells of his past.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def past_told(top: Token, event_type: str) -> frozenset[int]:
    """The tokens of the relative clauses under ``top`` that tell what a person did, not
    where the event befell them: "killed a commander who had led attacks in X", and any
    relative clause on whom an arrest took ("arrested men who trained in X", "detained
    a cell that plotted attacks in Y"): a detainee's deeds happened elsewhere. Nor does
    the seat of a body the target belongs to: "killed a commander of the X movement,
    which is based in Y"."""
    out: set[int] = set()
    for clause in top.subtree:
        if clause.dep_ != "relcl":
            continue
        if event_type == "arrest" or any(t.lower_ in PERSON_RELATIVES
                                         for t in clause.children if t.i < clause.i) or (
                lemma(clause) in SEAT_VERBS and clause.head.i != top.i):
            out.update(t.i for t in clause.subtree)
    return frozenset(out)


# Verbs of where a body has its seat: "the X movement, which is based in Y".
SEAT_VERBS = frozenset({"base", "headquarter"})


# Participles that tell what a detainee is held for: "a man suspected of X", "two men
# accused of Y", "a woman wanted for Z", "a cell linked to attacks in W".
SUSPECTING_VERBS = frozenset({"suspect", "accuse", "want", "charge", "allege", "believe",
                              "link", "tie", "connect", "involve", "implicate"})


def held_for(top: Token) -> frozenset[int]:
    """The tokens of the participle clauses under ``top`` that tell what a detainee is
    held for: "a man suspected of planning an attack on a synagogue in X"."""
    return frozenset(t.i for clause in top.subtree if clause.dep_ == "acl" and
                     lemma(clause) in SUSPECTING_VERBS for t in clause.subtree)


def based_places(ctx: DocContext, top: Token) -> list[LinkedMention]:
    """The town of an "X-based" word under ``top`` ("arrested an Erbil-based cell"):
    where police arrest those based there, when the sentence names nowhere else. What
    is based somewhere is based in a place, whatever label the NER gave its name."""
    found = [m for based in top.subtree if based.lower_ == "based" and based.i > top.left_edge.i
             for m in ctx.mentions_in(based.left_edge.i, based.i) if m.label != "NORP"]
    found = [m if m.etype in PLACE_TYPES else as_place(m) for m in found]
    return [m for m in found if ctx.place(m).precision in ("town", "district")]


# Verbs of where someone lives or what he does for a living, which tell no scene: "a man
# who had been living in X", "a woman who was working in Y".
STAYING_VERBS = frozenset({"live", "reside", "stay", "work", "study", "serve", "fight",
                           "teach", "train", "settle", "grow"})


def caught_doing_places(ctx: DocContext, top: Token) -> list[LinkedMention]:
    """The place of what a person arrested was doing when caught, told in a clause of
    the person in the progressive ("arrested a man who had been filming the embassy in
    X", "detained a woman photographing a base near Y"): where he was caught. What he
    had done ("a man who had fought in X") or where he lived ("who was living in X")
    tells no scene."""
    found: list[LinkedMention] = []
    for clause in top.children:
        if clause.dep_ not in ("relcl", "acl") or clause.tag_ != "VBG" or \
                lemma(clause) in STAYING_VERBS or clause.i < top.i:
            continue
        if clause.dep_ == "relcl" and not any(
                c.dep_ == "aux" and lemma(c) == "be" for c in clause.children):
            continue
        for tok in clause.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ in STANDS_IN | {"off"} and \
                    _within_clause(tok, clause):
                found += [m for m in ctx.mentions_of(list(tok.subtree))
                          if m.etype in PLACE_TYPES and m.label != "NORP"]
    return found


def _within_clause(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` hangs from ``clause`` with no clause of its own between them."""
    cur = tok.head
    while cur.i != clause.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


# Verbs whose object is a place forces went into: "troops entered X and arrested six".
ENTERING_VERBS = frozenset({"enter", "storm", "raid", "invade", "besiege", "surround",
                            "infiltrate"})


def entered_places(ctx: DocContext, verb: Token) -> list[LinkedMention]:
    """The place forces went into before the act ``verb`` tells, when ``verb`` is joined
    to the going by "and" with no subject of its own ("troops entered X and arrested six
    men", "moved into Y and detained two"): one scene, so the act took place there. A
    town's name the NER took for an organisation is still read as the town."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    objects = [c for c in head.children if c.dep_ == "dobj"] \
        if lemma(head) in ENTERING_VERBS else []
    objects += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "into"
                for o in p.children if o.dep_ == "pobj"]
    found = [m for o in objects for m in ctx.mentions_of(list(o.subtree)) if m.label != "NORP"]
    return [m for m in (m if m.etype in PLACE_TYPES else as_place(m) for m in found)
            if m.etype in PLACE_TYPES and (m.entity_id is not None or
                                           ctx.place(m).precision in ("town", "district"))]


def as_place(m: LinkedMention) -> LinkedMention:
    """A mention read as the name of a place, whatever entity it was linked to (a town
    the NER took for an organisation): the geocoder then resolves its text."""
    return LinkedMention(m.start, m.end, m.tok_start, m.tok_end, m.text, "GPE", None, "place")


# Nouns of a building or seat whose owner may say which town it stands in: "the Zahedan
# police headquarters", "the offices of the Basra Provincial Council".
SEAT_NOUNS = frozenset({"headquarters", "headquarter", "office", "offices", "building",
                        "premises", "compound", "station", "branch", "home", "house",
                        "residence", "directorate", "courthouse", "prison", "barracks"})
# Nouns of a person of a body, through whom a seat belongs to it: "the home of a member
# of the X Council".
_MEMBER_NOUNS = frozenset({"member", "head", "chief", "official", "officer", "director",
                           "chairman", "employee", "judge", "governor", "deputy"})
# Precisions of the town a body's name gives its seat (a country names a state, no seat).
_SEAT_PRECISIONS = frozenset({"town", "district", "province"})


def _owners(noun: Token) -> list[Token]:
    """The words naming whose a seat is: its modifiers ("the Zahedan police
    headquarters") and its "of" object ("the building of the X Asayish"), through a
    person of the body ("the home of a member of the X Council")."""
    owners = [c for c in noun.children
              if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i]
    ofs = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
           for o in p.children if o.dep_ == "pobj"]
    ofs += [o2 for o in ofs if lemma(o) in _MEMBER_NOUNS for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of" for o2 in p.children if o2.dep_ == "pobj"]
    return owners + ofs


# Words of the name of a local body after the town it serves: "the Najaf Provincial
# Council", "the Basra Police", "the Baghdad Operations Command".
LOCAL_BODY_WORDS = frozenset({"provincial", "governorate", "council", "police", "operations",
                              "command", "municipality", "municipal", "asayish", "court",
                              "directorate", "security", "prison", "city", "county"})


def _leading_town(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The place the name of a body opens with, as the NER read it ("the Basra
    Provincial Council", "the Baghdad Operations Command"), or the word before words of
    a local body ("the Najaf Provincial Council"): a local body sits there."""
    for ent in ctx.doc.ents:
        if ent.start == m.tok_start and ent.end < m.tok_end and ent.label_ == "GPE":
            return _town_at(ctx, ent.start, ent.end)
    doc = ctx.doc
    start = m.tok_start + (doc[m.tok_start].lower_ == "the")
    rest = doc[start + 1:m.tok_end]
    if start + 1 < m.tok_end and doc[start].pos_ == "PROPN" and \
            all(t.lower_ in LOCAL_BODY_WORDS for t in rest):
        return _town_at(ctx, start, start + 1)
    return None


def _town_at(ctx: DocContext, start: int, end: int) -> LinkedMention:
    """The tokens [start, end) as the name of a place."""
    span = ctx.doc[start:end]
    return LinkedMention(span.start_char, span.end_char, start, end, span.text, "GPE", None,
                         "place")


def seat_places(ctx: DocContext, nouns: list[Token]) -> list[LinkedMention]:
    """The town whose name qualifies the building or seat among ``nouns`` that an event
    struck: the seat of a local body stands in the town its name opens with ("stormed
    the offices of the Baghdad Operations Command", "a bomb outside the building of the
    Sulaymaniyah Asayish"). Read only when the sentence names no place of its own: a
    body's name says where it sits, not where its people go."""
    out: list[LinkedMention] = []
    for noun in nouns:
        if noun.lower_ not in SEAT_NOUNS and lemma(noun) not in SEAT_NOUNS:
            continue
        for owner in _owners(noun):
            # the owner's own name ("the X Council", "the X Asayish"), not a name
            # qualifying it ("the X Council's delegation")
            found = [m for m in ctx.mentions_in(owner.left_edge.i, owner.i + 1)
                     if m.tok_start <= owner.i < m.tok_end or (
                         ctx.doc[m.tok_end - 1].head.i == owner.i and
                         ctx.doc[m.tok_end - 1].dep_ in ("compound", "amod", "nmod"))]
            towns = [m if m.etype in PLACE_TYPES else _leading_town(ctx, m) for m in found]
            if not found and owner.pos_ == "PROPN" and owner.dep_ in ("compound", "amod"):
                towns.append(_town_at(ctx, owner.i, owner.i + 1))  # a town left untagged
            out += [t for t in towns if t is not None and t.label != "NORP" and
                    ctx.place(t).precision in _SEAT_PRECISIONS]
    return out


# Precisions of a place finer than a province: a site, such as a blow can be aimed at.
SITE_PRECISIONS = frozenset({"facility", "town", "district"})
# Verbs of aiming a blow at a place: "missiles targeting X".
AIMING_VERBS = frozenset({"target", "hit", "strike"})


def aimed_sites(ctx: DocContext, tok: Token, told: list[LinkedMention]) -> list[LinkedMention]:
    """The site or town a blow was aimed at ("airstrikes targeting the X airbase in Y
    province", "launched missiles targeting X, southern Israel"), when the places told
    so far (``told``) are all coarser than a town and none is a sea: the aim names the
    spot within the area they give. Over open water a blow aimed at a town fell short."""
    if any(ctx.place(m).precision in SITE_PRECISIONS or is_water(ctx.place(m))
           for m in told if m.label != "NORP"):
        return []
    carriers = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    carriers += [o for c in carriers for p in c.children if p.dep_ == "prep" and
                 p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # "a barrage of"
    stop = ("conj", "cc", "appos", "relcl", "prep", "acl", "punct")
    return [m for c in carriers for aim in c.children
            if aim.dep_ == "acl" and lemma(aim) in AIMING_VERBS
            for obj in aim.children if obj.dep_ == "dobj"
            for m in ctx.mentions_in(*place_span(obj, stop))
            if m.etype in PLACE_TYPES and m.label != "NORP" and
            ctx.place(m).precision in SITE_PRECISIONS]


def renamed_site(ctx: DocContext, noun: Token) -> list[LinkedMention]:
    """The named facility set off by a comma after a phrase that introduces a site as
    "a base" or "an outpost" ("fired at a base that hosts US troops in X, the Y air
    base, on Friday"): the name says which site it was, however the parse hangs it."""
    if lemma(noun) not in ctx.ontology.site_nouns or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    doc = ctx.doc
    # the name may close the phrase or hang inside it ("a base used by US forces in X,
    # the Y gas field": the parse sets Y beside X)
    for comma in range(noun.i + 1, min(noun.right_edge.i + 2, len(doc) - 1)):
        if doc[comma].text != ",":
            continue
        start = comma + 2 if doc[comma + 1].lower_ == "the" else comma + 1
        m = ctx.ents.by_token.get(start)
        if m is not None and m.tok_start == start and m.etype == "facility":
            return [m]
    return []


def on_area(prep: Token) -> bool:
    """Whether an "on" phrase names an area ("on the outskirts of X", "on US soil")."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lower_ in ON_AREA_NOUNS
                                       for c in prep.children)


# Prepositions after a thing that say where it stands: "a station in X", "a farm near X".
STANDS_IN = frozenset({"in", "near", "outside", "at"})


def kind_name(noun: Token) -> frozenset[int]:
    """The tokens of the name a kind noun stands for: "the Red Sea city of X" is X (not the
    Red Sea), "the border town of X" is X; empty for any other noun, and for "the capital
    of X" (X's capital city, not X)."""
    if not (noun.lower_ in KIND_NOUNS or lemma(noun) in KIND_NOUNS) or noun.lower_ == "capital":
        return frozenset()
    return frozenset(t.i for prep in noun.children if prep.dep_ == "prep" and
                     prep.lower_ == "of" and prep.i > noun.i
                     for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree)


def place_span(pobj: Token, stop: tuple[str, ...]) -> tuple[int, int]:
    """Token bounds [start, end) of the place phrase ``pobj`` heads: its noun phrase,
    with what says where it stands ("a police station in X"), and for a kind noun ("the
    border town of X", "the outskirts of X") the name after "of"."""
    start, end = np_span(pobj, stop=stop)
    kind = pobj.lower_ in KIND_NOUNS or lemma(pobj) in KIND_NOUNS
    for name in pobj.children:  # "the Afghan capital Kabul", "the port city, X": the name
        if kind and name.dep_ == "appos" and name.i in (end, end + 1) and \
                pobj.doc[end].text in (",", name.text):
            end = max(end, np_span(name, stop=stop)[1])
        elif name.dep_ == "appos" and name.i == end + 1 and pobj.doc[end].text == "," and \
                pobj.pos_ == "NOUN" and near_bearing(name):
            # "a checkpoint, north of X": where it stands ("near X, north of the capital"
            # tells where X lies)
            for obj in (o for p in name.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"):
                end = max(end, place_span(obj, stop)[1])
    for clause in pobj.children:  # "a bus carrying officers in X": where the bus was
        if clause.dep_ == "acl" and clause.i == end and lemma(clause) in POSITION_VERBS:
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in STANDS_IN and prep.i > clause.i:
                    for obj in (o for o in prep.children if o.dep_ == "pobj"):
                        end = max(end, place_span(obj, stop)[1])
    for prep in pobj.children:
        if prep.dep_ != "prep" or prep.i < end:
            continue
        # "the town of X"; "a police station in X", "a village near X": where it stands;
        # "the border with X in Y": the border's far side, and where along it
        # "the road between X and Y": a point on a road between two towns is coded at
        # the first one (the other, a conjunct, is not followed), "the road to X" at X;
        # "waters off X";
        # "a police station on the outskirts of X", "a cafe on the X seafront"
        if (prep.lower_ == "of" and kind) or prep.lower_ in STANDS_IN or (
                prep.lower_ == "with" and lemma(pobj) in BORDER_NOUNS) or (
                prep.lower_ == "to" and lemma(pobj) in THRESHOLD_NOUNS) or (
                prep.lower_ in ("between", "to") and lemma(pobj) in ROUTE_NOUNS) or (
                prep.lower_ == "off" and lemma(pobj) in OFFSHORE_NOUNS) or (
                prep.lower_ == "on" and on_area(prep)):
            # "in northern X, near Y": a comma may set off where in X
            joined = prep.i == end or (prep.i == end + 1 and pobj.doc[end].text == "," and
                                       prep.lower_ in STANDS_IN)
            for obj in prep.children:
                if obj.dep_ == "pobj" and joined:
                    end = max(end, place_span(obj, stop)[1])
        elif prep.lower_ == "of" and prep.i == end:
            # "near the residence of the US ambassador in X": where its owner is posted
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                owner_end = np_span(obj, stop=stop)[1]
                for inner in obj.children:
                    if inner.dep_ == "prep" and inner.lower_ in STANDS_IN and \
                            inner.i == owner_end:
                        for place in (o for o in inner.children if o.dep_ == "pobj"):
                            end = max(end, place_span(place, stop)[1])
    return start, end


# Nouns whose "to X" names the place they open on: "a checkpoint at the entrance to X".
THRESHOLD_NOUNS = frozenset({"entrance", "entry", "gate", "gateway", "approach"})
# Nouns of water whose "off X" names the coast it lies off: "in waters off X".
OFFSHORE_NOUNS = frozenset({"water", "waters", "sea", "seas", "coast", "coastline", "shore"})
# Nouns of a border whose "with X" names the country on its far side.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Nouns of a route whose modifiers name its ends: "the Baghdad-Basra highway".
ROUTE_NOUNS = frozenset({"highway", "road", "motorway", "expressway", "route", "railway",
                         "pipeline", "corridor"})


def _far_side(ctx: DocContext, m: LinkedMention) -> bool:
    """A country across a border: "near the border with Iran" lies on the near side."""
    root = ctx.doc[m.tok_end - 1]
    return root.dep_ == "pobj" and root.head.lower_ == "with" and \
        lemma(root.head.head) in BORDER_NOUNS


def border_adjective(ctx: DocContext, m: LinkedMention) -> bool:
    """A country's adjective on a border noun: "near the Syrian border" names a place,
    where "Syrian troops" names none."""
    root = ctx.doc[m.tok_end - 1]
    return m.label == "NORP" and root.dep_ in ("amod", "compound", "nmod") and \
        lemma(root.head) in BORDER_NOUNS


def _border_side(ctx: DocContext, m: LinkedMention) -> Place | None:
    """The border a country's adjective or its "with" phrase names ("near the Syrian
    border", "along the border with Syria"), on the side of the country the sentence
    tells of: a place told in it, else a side named in it, else one of the two countries
    the document is most about ("an Israeli strike killed a Hezbollah commander near the
    Syrian border" is on the Lebanon-Syria border, in Lebanon). ``None`` when the pack
    has no border between them."""
    root = ctx.doc[m.tok_end - 1]
    if not (border_adjective(ctx, m) if m.label == "NORP" else _far_side(ctx, m)):
        return None
    far = ctx.place(m).country
    if far is None or ctx.geocoder is None or ctx.place(m).precision != "country":
        return None
    sent = root.sent
    told = [o for o in ctx.mentions_in(sent.start, sent.end) if o is not m and o.entity_id]
    sides = [ctx.place(o).country for o in told if o.etype in PLACE_TYPES and o.label != "NORP"]
    sides += [ctx.country(o.entity_id) for o in told if o.entity_id]
    sides += list(ctx.ents.countries[:2])
    for near in dict.fromkeys(c for c in sides if c and c != far):
        found = ctx.geocoder.border_place(near, far)
        if found is not None:
            return Place(found.id, found.name, found.lat, found.lon, found.country,
                         found.precision)
    return None


def _route_end(ctx: DocContext, m: LinkedMention) -> bool:
    """A town a route runs to: "along the Baghdad-Basra highway near X" is near X."""
    root = ctx.doc[m.tok_end - 1]
    for _ in range(2):  # "Baghdad" -> ("Basra" ->) "highway"
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.i == root.i:
            return False
        root = root.head
        if lemma(root) in ROUTE_NOUNS:
            return True
    return False


# Participles of a person's origin: "a man born in X" was not necessarily there; verbs of
# where a blow came from: "the strikes originated in X" did not fall there.
ORIGIN_VERBS = frozenset({"bear", "born", "raise", "grow", "hail", "originate", "emanate"})


def _origin(ctx: DocContext, m: LinkedMention) -> bool:
    """A place of birth or upbringing ("a man born in X", "who grew up in X") or where a
    blow came from ("the drones originated in X")."""
    root = ctx.doc[m.tok_end - 1]
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "from"):
        return False
    verb = root.head.head
    return verb.pos_ in ("VERB", "AUX") and (lemma(verb) in ORIGIN_VERBS or
                                            verb.lower_ in ORIGIN_VERBS)


# Nouns of a part of a town that a name qualifies: "the X district of Y", "Y's X quarter".
QUARTER_NOUNS = frozenset({"district", "neighborhood", "neighbourhood", "quarter", "area",
                           "suburb", "subdistrict", "camp", "municipality"})
# A quarter lies within this distance of the town it is told as part of; a namesake
# farther off is another place ("the Sheikh Saad neighbourhood of X" is no town abroad).
PART_KM = 40.0
# A district of a province lies within this distance of the province's centre ("the X
# district of Erbil province").
WIDE_PART_KM = 150.0


def _town_of_quarter(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The town a quarter's name is told as part of: "the X neighbourhood of Y",
    "Y's X district" (Y), if the phrase names one."""
    root = ctx.doc[m.tok_end - 1]
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or noun.i < m.tok_end or \
            lemma(noun) not in QUARTER_NOUNS:
        return None
    towns = [c for c in noun.children if c.dep_ == "poss"]
    towns += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    for tok in towns:
        town = ctx.ents.by_token.get(tok.i)
        if town is not None and town is not m and town.etype in PLACE_TYPES and \
                town.label != "NORP":
            return town
    return None


def _stray_quarter(ctx: DocContext, m: LinkedMention) -> bool:
    """Whether a quarter's name resolved to a place that does not lie in the town the
    phrase names as the quarter's: the name is then only the quarter's, and the town
    says where."""
    town = _town_of_quarter(ctx, m)
    if town is None:
        return False
    part, whole = ctx.place(m), ctx.place(town)
    if part.lat is None or part.lon is None or whole.lat is None or whole.lon is None:
        return False
    reach = WIDE_PART_KM if whole.precision in ("province", "region") else PART_KM
    return part.country != whole.country or \
        haversine_km(part.lat, part.lon, whole.lat, whole.lon) > reach


def _told_aside(ctx: DocContext, mentions: list[LinkedMention]) -> list[LinkedMention]:
    """Drop the places a phrase names only to tell where another lies (a country across
    the border, the ends of a road) when the phrase names another place too, the
    places a person comes from, and a quarter's namesake far from its town."""
    mentions = [m for m in mentions if not _origin(ctx, m) and not _stray_quarter(ctx, m)]
    kept = [m for m in mentions if not (_far_side(ctx, m) or _route_end(ctx, m))]
    return kept or mentions


# Things a state owns wherever they stand: "a US base", "a British warship".
OWNED_NOUNS = frozenset({"embassy", "consulate", "position", "convoy", "patrol"})
# Nouns of people a country's name qualifies by nationality or allegiance ("US officials",
# "Iraqi soldiers"): where they are is not said, however the parse hangs the phrase.
PEOPLE_NOUNS = frozenset({"official", "soldier", "troop", "force", "personnel", "citizen",
                          "national", "diplomat", "sailor", "crew", "contractor", "hostage",
                          "officer", "lawmaker", "minister", "leader", "investigator",
                          "prosecutor", "authority", "analyst", "source", "commander"})


# Participles that join a place to a ship or firm as its flag, port of registry or
# owner's seat ("an Erbil-registered tanker", "a Greece-owned carrier").
REGISTRY_WORDS = frozenset({"flagged", "registered", "owned", "operated", "managed"})


def names_owner(ctx: DocContext, m: LinkedMention) -> bool:
    """A whole country naming whose base, embassy or ship it is ("a US base", "a
    Panama-flagged tanker"), or any place naming a ship's registry ("an Erbil-registered
    tanker as it sailed in the Gulf of Oman" was hit at sea)."""
    doc = ctx.doc
    if m.tok_end + 1 < len(doc) and doc[m.tok_end].text == "-" and \
            doc[m.tok_end + 1].lower_ in REGISTRY_WORDS:
        return True
    tok = doc[m.tok_end - 1]
    if tok.dep_ not in ("compound", "amod", "nmod", "npadvmod") or \
            ctx.place(m).precision != "country":
        return False
    for _ in range(2):  # "Panama" -> "flagged" -> "tanker"
        if tok.dep_ not in ("compound", "amod", "nmod", "npadvmod") or tok.head.i < m.tok_end:
            return False
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            noun = lemma(tok)
            return noun in OWNED_NOUNS or noun in PEOPLE_NOUNS or \
                noun in ctx.ontology.site_nouns or noun in ctx.ontology.vessels
    return False


# Prefixes that mark a ship's name ("the USS X", "the MV Y", "HMS Z").
SHIP_PREFIXES = frozenset({"uss", "hms", "mv", "m/v", "mt", "m/t", "ins", "hmcs", "fs"})


def names_vessel(ctx: DocContext, m: LinkedMention) -> bool:
    """A name told as a ship's: "struck the X Y, another US-owned ship, southeast of Z",
    "hit the tanker X", "the bulk carrier X", "the USS X". A ship is what was hit or
    who acted, never where: the place of the blow is the one its sentence tells."""
    doc = ctx.doc
    vessels = ctx.ontology.vessels
    head = doc[m.tok_end - 1]
    if m.tok_start > 0 and (lemma(doc[m.tok_start - 1]) in vessels or
                            doc[m.tok_start - 1].lower_ in SHIP_PREFIXES):
        return True  # "the tanker X", "the USS X"
    if doc[m.tok_start].lower_ in SHIP_PREFIXES:
        return True
    if any(c.dep_ == "appos" and lemma(c) in vessels for c in head.children):
        return True  # "X, a Greek-owned tanker"
    if m.tok_end < len(doc) and doc[m.tok_end].text == ",":
        # "X, another US-owned ship," even when the parse hangs the apposition elsewhere
        for t in doc[m.tok_end + 1:m.tok_end + 7]:
            if t.is_punct and t.text != "-":
                break
            if t.tag_ == "NN" and lemma(t) in vessels:
                return True
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "NUM"):
                break
    return head.dep_ in ("appos", "compound") and lemma(head.head) in vessels and \
        head.head.i < m.tok_start  # "a tanker, the X"


def place_of(ctx: DocContext, mentions: list[LinkedMention]) -> Place | None:
    """The most specific located place: a facility with coordinates, a town, a province,
    a country; a facility nobody can locate only when nothing else is named."""
    # "Iraqi" is a people, but "on Iraqi soil" is a place; "a US base" is the base of a
    # state, which may stand abroad.
    # "near the Syrian border", "near the border with Syria": a border, on the near side,
    # when nothing else is told of where ("in north-eastern Jordan near the Syrian border"
    # is in Jordan, where a site the text names may place it better)
    borders = {m.tok_start: b for m in mentions if (b := _border_side(ctx, m)) is not None}
    mentions = [m for m in mentions if (m.label != "NORP" or m.tok_start in borders or
                ctx.doc[m.tok_end - 1].head.lower_ in NATIONAL_AREA_NOUNS)
                and not names_owner(ctx, m)]
    mentions = _told_aside(ctx, mentions)
    resolved = [(m, ctx.place(m)) for m in mentions if m.tok_start not in borders]
    if not any(p.lat is not None for _m, p in resolved):
        resolved += [(m, borders[m.tok_start]) for m in mentions if m.tok_start in borders]
    rank = {"facility": 0, "town": 1, "district": 2, "province": 3, "region": 5, "country": 6}

    def key(item: tuple[LinkedMention, Place]) -> tuple[int, int]:
        m, p = item
        if p.lat is None:
            return (9, 0)
        if m.etype == "facility":
            return (0, 0)
        return (rank.get(p.precision or "", 4), 0)

    if not resolved:
        return None
    chosen, best = sorted(resolved, key=key)[0]
    if best.precision == "town" and best.lat is not None and best.lon is not None:
        return _quarter_of(best, [p for _m, p in resolved]) or best
    side = _side_country(ctx, mentions, chosen)
    if side is not None and best.precision != "country":
        return Place(best.entity_id, best.name, best.lat, best.lon, side, best.precision)
    return best


def _side_country(ctx: DocContext, mentions: list[LinkedMention], place: LinkedMention
                  ) -> str | None:
    """"On the Syrian side of Mount Hermon": the country whose side of a place astride a
    line the phrase names (the place's own country in the pack may be the other's)."""
    for m in mentions:
        side = ctx.doc[m.tok_end - 1].head
        if m.label == "NORP" and side.lower_ == "side" and any(
                p.dep_ == "prep" and p.lower_ == "of" and
                any(place.tok_start <= o.i < place.tok_end for o in p.children)
                for p in side.children):
            return ctx.place(m).country
    return None


# A quarter named with its town lies this close to the town's centre.
QUARTER_KM = 12.0


def _quarter_of(town: Place, places: list[Place]) -> Place | None:
    """A named quarter of ``town`` among ``places`` ("Damascus's Mezzeh neighbourhood",
    "the Dahiyeh district of Beirut"): finer than the town it lies in."""
    assert town.lat is not None and town.lon is not None
    for p in places:
        if p.precision == "district" and p.lat is not None and p.lon is not None and \
                p.country == town.country and \
                haversine_km(town.lat, town.lon, p.lat, p.lon) <= QUARTER_KM:
            return p
    return None


# Verbs whose subject underwent an event told after "under": "the X air base came under
# rocket fire", "the town remained under bombardment".
UNDERGOING_VERBS = frozenset({"come", "be", "fall", "remain", "stay"})


def undergone_site(ctx: DocContext, tok: Token) -> list[LinkedMention]:
    """The place or site that came under the event ``tok`` names: "the X base near Y
    came under attack" happened at the base, though no preposition says so. The trigger
    may be the verb itself ("came under fire") or hang on it as the parse has it."""
    stop = ("conj", "cc", "appos", "relcl", "prep", "acl", "punct")
    if tok.dep_ == "dobj" and lemma(tok.head) in REPELLING:
        # "US forces at the X base repelled a drone attack": the blow fell where those
        # who beat it off stand
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        return [m for m in [
            *(m for s in subjects for m in ctx.mentions_in(*place_span(s, stop))),
            *ctx.mentions_of([t for s in subjects for _x, p in prep_objects(s, IN_AT)
                              for t in p.subtree])]
            if m.etype in PLACE_TYPES and m.label != "NORP"]
    verb = next((v for v in (tok, tok.head, tok.head.head, tok.head.head.head)
                 if _undergoing(v, tok)), None)  # "X was the target of an attack"
    if verb is None:
        return []
    return [m for subj in verb.children if subj.dep_ in ("nsubj", "nsubjpass")
            for m in ctx.mentions_in(*place_span(subj, stop))
            if m.etype in PLACE_TYPES and m.label != "NORP"]


# Verbs by which the side attacked beats a blow off ("repelled a drone attack").
REPELLING = frozenset({"repel", "repulse"})
# Nouns whose "of" names what befell the subject: "X was the target of a drone attack",
# "the base became the scene of clashes".
UNDERGONE_NOUNS = frozenset({"target", "scene", "site"})


def _undergoing(verb: Token, tok: Token) -> bool:
    """Whether ``verb`` is "come", "remain"... with "under" right after it, and ``tok``
    (the verb itself or a word after it) what the subject came under; or "be" with the
    trigger after "the target of"."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in UNDERGOING_VERBS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "attr" and \
            lemma(tok.head.head) in UNDERGONE_NOUNS and tok.head.head.head.i == verb.i:
        return True
    after = verb.doc[verb.i + 1:max(tok.i, verb.i + 1) + 1]
    return len(after) <= 5 and any(t.lower_ == "under" for t in after)


# Verbs of what goes before an act, done elsewhere: "an attack planned in X", "a strike
# ordered from Y", "a plot funded in Z".
# Verbs of engaging hands for a deed: their place is the sponsor's, not the deed's.
HIRING_VERBS = frozenset({"hire", "pay", "recruit", "contract", "commission", "task",
                          "enlist", "employ", "instruct"})
PREPARING_VERBS = frozenset({"plan", "prepare", "order", "organize", "organise", "fund",
                             "finance", "direct", "mastermind", "approve", "authorize",
                             "authorise", "announce", "claim", "condemn", "report"})


# Nouns that gather events into one episode ("a series of blasts hit the base").
RUN_NOUNS = frozenset({"series", "string", "wave", "spate", "volley"})
# Nouns that count the events they are "of" ("a pair of drone attacks": two of them).
PAIR_NOUNS = frozenset({"pair", "couple"})


def _run_of(tok: Token) -> Token | None:
    """The noun that gathers a trigger into a run ("a string of strikes", "a wave of
    attacks"), if one does."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in RUN_NOUNS:
        return tok.head.head
    return None


def place_holders(tok: Token, verb: Token | None, ontology: Ontology) -> list[Token]:
    """Words whose "in/at/near X" phrases say where: the trigger, its verb, and the
    verb's casualty clause ("..., killing two soldiers in the Golan Heights")."""
    out = [tok]
    for c in tok.children:  # "an attack targeting X in Eilat" ("planned in X": not there)
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and lemma(c) not in PREPARING_VERBS:
            out.append(c)
            out.extend(o for o in c.children if o.dep_ == "dobj")
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        out.append(tok.head)  # "forced its way into X and shot dead a guard": one scene
        # ("a drone hit X, and gunmen stormed Y": a clause of its own, its own scene)
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            lemma(tok.head) not in HIRING_VERBS:
        out.append(tok.head)  # "took to the streets of X to protest": its purpose, there
        # ("were hired by people in X to kill Y": who hired them hatched it, elsewhere)
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
            tok.head.lemma_ == "be":
        # "were in Crimea helping the troops", "were on the ground in Crimea helping
        # them": where those doing it were
        out.append(tok.head)
        out.extend(o for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "on"
                   for o in c.children if o.dep_ == "pobj" and o.lower_ == "ground")
    if tok.pos_ == "VERB" and tok.lemma_ in ("teach", "train"):
        # "taught the soldiers to fly the drones in Crimea": taught there
        out.extend(c for c in tok.children if c.dep_ == "xcomp")
    if verb is not None and _told_as_cause(tok, verb):
        verb = None  # "protested in X against the strikes": X is the protest's place
    if verb is not None and verb.i != tok.i:
        out.append(verb)
        subject = _run_of(tok) or tok  # "a string of strikes hit positions in X"
        if subject.dep_ == "nsubj" and subject.head.i == verb.i and \
                lemma(verb) not in SEQUENCE_VERBS:
            # "the strike hit a depot in X" ("the attack followed protests in X": not there)
            out.extend(o for o in verb.children if o.dep_ == "dobj")
    if tok.pos_ == "VERB":  # "a drone strike in X killed a commander": the strike's place
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        # "BAGHDAD, a drone strike ... killed": a dateline parsed as the subject
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
        out.extend(c for c in subjects if c.pos_ == "NOUN"
                   and ontology.triggers_starting(lemma(c)))
    for holder in list(out):  # "killed X in an airstrike in southern Lebanon"
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "with", "by", "during"):
                # ("in retaliation for the war in Gaza": what the deed answers, elsewhere)
                out.extend(o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                           and o.i != tok.i and ontology.triggers_starting(lemma(o))
                           and lemma(o) not in ANSWERING_NOUNS)
    if tok.pos_ == "VERB":  # "rockets were fired from X, and two of them landed in Y"
        landed = [c for c in tok.children if _munitions_came_down(c)]
        out.extend(landed)  # "... and its warhead hit a clinic in Y": the clinic's place
        out.extend(o for c in landed for o in c.children if o.dep_ == "dobj")
    out.extend(_passive_agents(out))
    out.extend(_named_objects(out))
    out.extend(_hung_on_date(tok))
    out.extend(_craft_taken_from(tok, ontology))
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and lemma(tok.head) in ontology.carriers and \
            tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ == "VERB":
        out.append(tok.head.head)  # "two ships carrying arms sank off X": where the load was
    things = [h for h in out if h.pos_ in ("NOUN", "PROPN")]  # "hit a ship anchored off X"
    things += [o for h in out if h.pos_ == "VERB" for o in h.children if o.dep_ == "dobj"]
    out.extend(c for h in things for c in h.children
               if c.dep_ == "acl" and lemma(c) in POSITION_VERBS)
    out.extend(c for h in list(out) for c in h.children if _on_its_way(c))
    if verb is not None:
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma(c) not in OCCASION_VERBS:
                out.append(c)  # "..., killing two soldiers in the Golan Heights"
                out.extend(o for o in c.children if o.dep_ == "dobj")
    for h in [tok, *([verb] if verb is not None else [])]:
        # "detained a man, identified only as X, in Y": the parse may hang the deed's
        # place on the aside that names whom it befell
        out.extend(c for c in h.children if _naming_aside(c))
    clause = verb if verb is not None else tok if tok.pos_ == "VERB" else None
    if clause is not None and _toll_told_first(clause):
        out.append(clause.head)  # "two soldiers were wounded in X when a drone hit them"
    return out


# Verbs of an aside that names a person: "identified only as X", "named as Y".
NAMING_VERBS = frozenset({"identify", "name", "describe", "know", "list"})


def _naming_aside(clause: Token) -> bool:
    """A participle set off by a comma that names someone "as" X ("a man, identified
    only as X, ..."), whose place phrase comes after the name."""
    doc = clause.doc
    return clause.dep_ in ("advcl", "acl") and clause.tag_ == "VBN" and \
        lemma(clause) in NAMING_VERBS and clause.i > 0 and doc[clause.i - 1].text == "," and \
        any(c.dep_ == "prep" and c.lower_ == "as" and c.i > clause.i for c in clause.children)


# Verbs of a toll whose clause may come first, with the blow told after it in a "when"
# clause: "two soldiers were wounded in X when a drone struck their post".
_TOLL_FIRST_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die"})
# Words that join the blow's clause to the toll's: "when", "as", "after" (not "after" for
# a death: "died in hospital in X after a blast" may be far from the blast).
_TOLL_FIRST_MARKS = frozenset({"when", "as", "after"})


def _toll_told_first(clause: Token) -> bool:
    """Whether ``clause`` tells the blow that caused the toll of the clause it hangs on:
    "three guards were killed in X when gunmen stormed the post", "two soldiers were
    hurt in Y as rockets slammed into the base". The toll's place is the blow's."""
    head = clause.head
    if clause.dep_ != "advcl" or head.pos_ != "VERB" or lemma(head) not in _TOLL_FIRST_VERBS:
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    if lemma(head) == "die":
        marks.discard("after")
    return bool(marks & _TOLL_FIRST_MARKS)


# Verbs of fired munitions coming down or going over a line: "two of them landed in X".
_LANDING_VERBS = frozenset({"land", "fall", "cross", "crash", "impact", "explode", "hit",
                            "strike"})
# Words that stand for what was just fired: "they", "most", "two of them".
_SHARE_WORDS = frozenset({"they", "it", "some", "most", "several", "many", "one", "all",
                          "both", "others"})
# Parts of what was fired that come down after an interception: "its warhead fell on Y".
_MUNITION_PARTS = frozenset({"warhead", "debris", "fragment", "shrapnel", "wreckage",
                             "remains", "piece", "part", "payload", "interceptor"})
_OWNING_PRONOUNS = frozenset({"its", "their"})


def _munitions_came_down(clause: Token) -> bool:
    """Whether a clause joined to a verb of firing tells where some of what was fired
    came down: "six rockets were fired from X, and three of them crossed into Y", "...
    and most landed in open areas near Z". "None of them" came down nowhere."""
    if clause.dep_ != "conj" or clause.pos_ != "VERB" or lemma(clause) not in _LANDING_VERBS \
            or any(c.dep_ == "neg" for c in clause.children):
        return False
    if _part_of_fired(clause):
        return True
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and (
        subjects[0].lower_ in _SHARE_WORDS or subjects[0].pos_ == "NUM" or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                o.lower_ in ("them", "which", "these", "those") for o in p.children)
            for p in subjects[0].children)) and subjects[0].lower_ != "none"


def _part_of_fired(clause: Token) -> bool:
    """"..., and its warhead fell on a school in X", "and their debris landed in Y": the
    words just before the verb are a part of what was fired, owned by a pronoun standing
    for it. The words are read in order, as the parse often takes the part for a modifier."""
    doc = clause.doc
    j = clause.i - 1
    while j >= 0 and doc[j].pos_ == "ADV":
        j -= 1
    if j < 1 or doc[j].lower_.removesuffix("s") not in _MUNITION_PARTS:
        return False
    return doc[j - 1].lower_ in _OWNING_PRONOUNS or (
        doc[j - 1].pos_ in ("ADJ", "NUM") and j > 1 and doc[j - 2].lower_ in _OWNING_PRONOUNS)


# Nouns of a reprisal: "in retaliation for X", "in response to Y" tell what a deed
# answers, not where it was done.
ANSWERING_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "retribution",
                             "vengeance", "answer"})


# Verbs by which a speaker names what was hit: "struck what the military called X".
CALLING_VERBS = frozenset({"call", "describe", "term", "label", "brand"})


def _named_objects(holders: list[Token]) -> list[Token]:
    """"Its forces struck what the military called hideouts of X, near Y": the parse hangs
    the things struck, and their place, on the verb that names them."""
    return [o for h in holders if h.pos_ == "VERB" for c in h.children
            if c.dep_ == "ccomp" and lemma(c) in CALLING_VERBS and
            any(w.lower_ == "what" for w in c.children)
            for o in c.children if o.dep_ in ("dobj", "oprd")]


_ABOARD_PREPS = frozenset({"from", "aboard", "on"})


def _craft_taken_from(tok: Token, ontology: Ontology) -> list[Token]:
    """"seized rifles from a dhow in the Gulf of Aden": a load taken off a boat or a
    truck is moved where the craft was, so the craft's place is the delivery's."""
    if tok.pos_ != "VERB" or not any(t.event_type == "transfer"
                                     for t in ontology.triggers_starting(lemma(tok))):
        return []
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in _ABOARD_PREPS
            for o in p.children if o.dep_ == "pobj" and lemma(o) in ontology.carriers]


# Verbs of going a clause of time may tell of what was hit: "struck a convoy as it crossed
# into Syria at X", "killed him while he drove near Y".
PASSING_VERBS = frozenset({"cross", "drive", "travel", "pass", "sail", "leave", "enter",
                           "head", "return", "move", "ride", "walk", "transit", "approach"})
_TIME_MARKS = frozenset({"as", "while", "when"})
_PASSER_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _on_its_way(clause: Token) -> bool:
    """Whether ``clause`` tells where what was hit was going or stood ("as it crossed at
    X", "while anchored off Y"): a clause of time whose subject is a pronoun for the thing
    hit and whose verb one of going, or a participle of position with no subject of its
    own. Other clauses of time tell another act ("as talks were held in X")."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                         for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma(clause) in PASSING_VERBS and any(c.lower_ in _PASSER_PRONOUNS for c in subjects):
        return True
    return lemma(clause) in POSITION_VERBS and not subjects


# Prepositions that tell an event as the cause or occasion of the clause's own act:
# "rallied in X against the strikes", "arrested in Y over the bombing".
CAUSE_PREPS = frozenset({"against", "over", "after", "following", "despite", "amid", "for"})


def _told_as_cause(tok: Token, verb: Token) -> bool:
    """Whether the event noun ``tok`` is told only as what the verb's act answers."""
    return tok.dep_ == "pobj" and tok.head.lower_ in CAUSE_PREPS and tok.head.head.i == verb.i


# Participles of the occasion a speaker told of an event on ("Speaking in X, the
# minister condemned the killing"): where the speaker was, not where it happened.
OCCASION_VERBS = frozenset({"speak", "talk", "address", "comment", "testify", "brief",
                            "visit", "travel", "meet", "respond", "react", "write"})
# Participles that say where a thing stood: "a ship anchored off X", "troops stationed
# near Y", "a tanker moored at Z".
POSITION_VERBS = frozenset({"anchor", "dock", "moor", "station", "base", "locate", "park",
                            "deploy", "position", "sail", "situate", "berth",
                            # a site astride a line: "posts straddling the border near X"
                            "straddle",
                            # a vehicle on its way: "a truck carrying arms near X"
                            "carry", "transport", "travel", "drive", "ride"})


def stood_at(noun: Token) -> list[Token]:
    """The words of the participles of position on a noun that say where it stood ("sites
    straddling the border near X", "a truck parked outside Y"), without their own
    clauses."""
    return [t for c in noun.children if c.dep_ == "acl" and c.i > noun.i and
            lemma(c) in POSITION_VERBS
            for t in subtree_tokens(c, skip_deps=("relcl", "acl", "appos"), deep=True)]


# Prepositions whose object a date after an event noun may wrongly take from the noun:
# "the attack in February of US positions at X", "a strike on Monday on a depot in Y".
_HIT_PREPS = frozenset({"of", "on", "against"})


def _hung_on_date(tok: Token) -> list[Token]:
    """What an event noun hit when the parse hangs it on the noun's date: "the attack in
    February of US positions at X" (the positions, whose "at X" says where)."""
    if tok.pos_ != "NOUN":
        return []
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "on", "during")
            for d in p.children if d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME")
            for q in d.children if q.dep_ == "prep" and q.lower_ in _HIT_PREPS
            for o in q.children if o.dep_ == "pobj"]


def _passive_agents(holders: list[Token]) -> list[Token]:
    """"A convoy was hit by a drone near X": the parser hangs the place phrase of a passive
    clause on its agent, yet it says where the clause's event happened."""
    return [o for h in holders if h.pos_ == "VERB" and any(c.dep_ == "auxpass"
                                                           for c in h.children)
            for a in h.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj"]


# Nouns of a journey whose "to X" names where its talks were held: "during a visit to
# X", "on a trip to X", "on a tour of X".
TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stop", "stopover"})
# Verbs whose object is the place gone to: "visited Baghdad", "toured the base".
TRAVEL_VERBS = frozenset({"visit", "tour"})
_TRAVEL_PREPS = frozenset({"to", "of", "in"})
# Verbs of going whose purpose clause ("flew to X to meet Y") meets where they went.
GOING_VERBS = frozenset({"travel", "fly", "go", "head", "come", "arrive", "return",
                         "journey", "rush", "land"})
_GONE_PREPS = frozenset({"to", "in"})


# Verbs of leaving a scene: "opened fire and fled towards X" tells where the gunman went,
# not where he fired.
_LEAVING_VERBS = PASSING_VERBS | GOING_VERBS | {"flee", "escape", "retreat", "withdraw",
                                                "run", "hide", "vanish", "disappear"}


# Events of a blow, whose verbs may go on with one scene.
_BLOW_TYPES = frozenset({"attack", "strike", "killing"})


def scene_conjuncts(tok: Token, verb: Token | None, ontology: Ontology) -> list[Token]:
    """Verbs joined after the deed's own with no subject of their own, which go on with
    the same scene: "a gunman opened fire and wounded a guard outside the consulate in
    X", "two grenades were thrown and exploded outside the embassy in Y". Their place
    phrases place the deed when the verb is itself one of a blow; not those of a verb of
    leaving ("fired and fled to Z"), nor of another act ("used missiles in the war and
    has deployed them again, including X": X is no place). The
    deed is the verb or its object ("opened fire"), not a subject whose toll the verbs
    tell ("the strikes killed 16 and wounded 25 in X" may sum up blows told before)."""
    heads = [t for t in (tok, verb) if t is not None and t.pos_ == "VERB" and (
        t.i == tok.i or (tok.dep_ == "dobj" and tok.head.i == t.i))]
    return [c for h in dict.fromkeys(heads) for c in h.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > h.i and
            lemma(c) not in _LEAVING_VERBS and any(
                t.event_type in _BLOW_TYPES for t in ontology.triggers_starting(lemma(c))) and
            not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)]


def travel_places(ctx: DocContext, holders: list[Token]) -> list[LinkedMention]:
    """The place a meeting's journey went to: the object of "visited X", the "to X" of
    a journey noun that is the trigger or frames its clause ("met Y during a visit to
    X"), or of a verb of going whose purpose or sequel is the meeting ("flew to X to meet
    Y", "flew to X and met Y") or that tells the guest ("Y, who flew to X, met Z"). A
    visitor meets where they went, not in the country they came from."""
    out: list[LinkedMention] = []
    for holder in holders:
        if holder.pos_ == "VERB" and lemma(holder) in TRAVEL_VERBS:
            for obj in (c for c in holder.children if c.dep_ == "dobj"):
                out += [m for m in ctx.mentions_of([obj]) if m.etype in PLACE_TYPES
                        and m.label != "NORP"]
        journeys = [holder] if holder.pos_ == "NOUN" and lemma(holder) in TRAVEL_NOUNS else []
        journeys += [o for p in holder.children if p.dep_ == "prep"
                     for o in p.children if o.dep_ == "pobj" and lemma(o) in TRAVEL_NOUNS]
        journeys += [o for o in holder.children  # "made a trip to X", "paid a visit to X"
                     if o.dep_ == "dobj" and lemma(o) in TRAVEL_NOUNS]
        if holder.pos_ == "VERB" and holder.dep_ in ("advcl", "xcomp") and \
                lemma(holder.head) in GOING_VERBS:  # "travelled to X to meet Y"
            out += _places_after(ctx, holder.head, _GONE_PREPS)
        if holder.pos_ == "VERB" and holder.dep_ in ("advcl", "xcomp"):
            journeys += [o for o in holder.head.children  # "made a trip to X to meet Y"
                         if o.dep_ == "dobj" and lemma(o) in TRAVEL_NOUNS]
        if holder.dep_ == "acl" and lemma(holder.head) in TRAVEL_NOUNS:
            journeys.append(holder.head)  # "a trip to X to meet Y": the trip's purpose
        if holder.pos_ == "VERB" and holder.dep_ == "conj" and lemma(holder.head) in GOING_VERBS \
                and not any(c.dep_ == "nsubj" for c in holder.children):
            out += _places_after(ctx, holder.head, _GONE_PREPS)  # "flew to X and met Y"
        if holder.pos_ == "NOUN" and holder.dep_ == "pobj" and holder.head.lower_ == "for" \
                and lemma(holder.head.head) in GOING_VERBS:
            out += _places_after(ctx, holder.head.head, _GONE_PREPS)  # "flew to X for talks"
        if holder.pos_ == "VERB":  # "X, who arrived in Y on Friday, met Z": the guest's going
            out += [m for s in holder.children if s.dep_ == "nsubj"
                    for c in s.children if c.dep_ == "relcl" and lemma(c) in GOING_VERBS
                    for m in _places_after(ctx, c, _GONE_PREPS)]
        for journey in journeys:
            out += _places_after(ctx, journey, _TRAVEL_PREPS)
    return out


def sent_to(ctx: DocContext, holders: list[Token]) -> list[LinkedMention]:
    """The places an extradition sends its man to, told with "to" under ``holders``
    ("was extradited from X to Y", "extradited him to Y"): he is handed over to face the
    courts there, so the handover belongs to where he is sent."""
    return [m for h in holders for m in _places_after(ctx, h, TO)]


def _places_after(ctx: DocContext, word: Token, preps: frozenset[str]) -> list[LinkedMention]:
    """The places named in the phrases of ``word``'s prepositions ``preps``."""
    out: list[LinkedMention] = []
    for obj in (o for p in word.children if p.dep_ == "prep" and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj"):
        start, end = place_span(obj, stop=("conj", "cc", "appos", "relcl", "prep", "acl",
                                           "punct"))
        out += [m for m in ctx.mentions_in(start, end) if m.etype in PLACE_TYPES
                and m.label != "NORP"]
    return out


# Verbs of the act a plot intended whose place is the plot's: "a plot by agents targeting
# the embassy in X", "a cell trained to bomb a station in X".
PLOTTED_ACT_TYPES = frozenset({"attack", "strike", "killing", "plot"})


def plotted_acts(ontology: Ontology, tok: Token) -> list[Token]:
    """The verbs of the intended act under a plot's trigger, with their objects: a plot
    happens where its target stands, even when the parse hangs the act on the plotters."""
    out: list[Token] = []
    for t in tok.subtree:
        if t.i == tok.i or t.pos_ != "VERB" or t.dep_ not in ("acl", "xcomp", "advcl"):
            continue
        if any(tr.event_type in PLOTTED_ACT_TYPES and len(tr.lemmas) == 1
               for tr in ontology.triggers_starting(lemma(t))):
            out.append(t)
            out.extend(o for o in t.children if o.dep_ == "dobj")
    return out


# Participles telling where a doer was as it acted: "the destroyer X, sailing in the
# northern Red Sea, shot down ...", "operating in the Arabian Sea, the carrier's jets ...".
STATIONED_FORMS = frozenset({"sailing", "patrolling", "operating", "cruising", "steaming",
                             "transiting", "deployed", "stationed", "positioned"})
_STATIONED_PREPS = frozenset({"in", "at", "off", "near", "through"})


def stationed_places(ctx: DocContext, verb: Token) -> list[LinkedMention]:
    """The places a participle tells the subject of ``verb`` was in as it acted ("the
    frigate X, patrolling the Gulf of Aden, intercepted two drones", "operating off Y,
    the destroyer shot down ..."): where the deed was done when its sentence names no
    other place. A clause of what the subject did before ("which had sailed from X")
    is none."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    parts = [c for s in subjects for c in s.children if c.dep_ in ("acl", "appos", "relcl")]
    parts += [c for s in subjects for a in s.children if a.dep_ == "appos"
              for c in a.children if c.dep_ in ("acl", "relcl")]
    parts += [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    out: list[LinkedMention] = []
    for part in parts:
        if part.lower_ not in STATIONED_FORMS:
            continue
        objs = [o for _p, o in prep_objects(part, _STATIONED_PREPS)]
        if part.lower_ in ("patrolling", "transiting", "cruising"):
            objs += [c for c in part.children if c.dep_ == "dobj"]
        out += [m for o in objs for m in ctx.mentions_of(list(o.subtree))
                if m.etype in PLACE_TYPES and m.label != "NORP"]
    return out


# Prepositions that set a deed after another it follows: "detained him after the X attack".
_SEQUEL_PREPS = frozenset({"after", "following"})
# Spans of time an "after" may hang on: "in the days after the attack".
_SPAN_NOUNS = frozenset({"day", "hour", "week", "minute", "moment", "aftermath", "wake"})
# The preposition that names the deed in "in connection with": "held in connection with
# the bombing in X".
_LINK_PREPS = frozenset({"with"})
# How finely a deed's place must be told to be the scene of those caught after it.
_SCENE_PRECISIONS = frozenset({"town", "district", "facility"})


def sequel_scene(ctx: DocContext, holders: list[Token]) -> list[LinkedMention]:
    """The town or site of the deed an arrest is told after, when the arrest names no
    place of its own: "police detained him in the days after the X attack" (X), "held
    dozens of people after scuffles near the embassy" (the embassy), "arrested two men
    following the bombing in Y" (Y): those caught on the heels of a deed are caught
    where it happened. A country or a province is no scene ("after the attacks in
    Iraq"), and what a relative clause tells is another deed."""
    deeds = [o for h in holders for _p, o in prep_objects(h, _SEQUEL_PREPS)]
    deeds += [o for h in holders for _p, span in prep_objects(h, frozenset({"in", "within"}))
              if lemma(span) in _SPAN_NOUNS for _q, o in prep_objects(span, _SEQUEL_PREPS)]
    deeds += [o for h in holders for _p, link in prep_objects(h, frozenset({"in"}))
              if lemma(link) == "connection" for _q, o in prep_objects(link, _LINK_PREPS)]
    for deed in deeds:
        found = [m for m in ctx.mentions_of(subtree_tokens(deed, skip_deps=("relcl", "acl"),
                                                           deep=True))
                 if m.etype in PLACE_TYPES and m.label != "NORP"]
        found = [m for m in found if ctx.place(m).precision in _SCENE_PRECISIONS]
        if found:
            return found[:1]
    return []


# Verbs that tell where a body was come upon: "whose body was found in X".
_FOUND_VERBS = frozenset({"find", "discover", "recover", "dump", "dumped"})
# Prepositions that tell where a body lay.
_LAY_PREPS = frozenset({"in", "at", "near", "outside", "on"})


def body_found_places(ctx: DocContext, target: Token) -> list[LinkedMention]:
    """Where the body of the one killed was found, told in a clause on the victim: "the
    killing of X, a rabbi whose body was found on Sunday in the city of Y", "the murder of
    a man who was found dead near Z", "a journalist found dead in W": a killing no phrase
    of its own places happened where its victim was found. What a clause tells the victim
    did ("who had lived in Y") is no such place."""
    out: list[LinkedMention] = []
    for clause in target.subtree:
        if lemma(clause) not in _FOUND_VERBS or not (clause.dep_ in ("relcl", "acl") or (
                # the parse may hang "whose body was found" as a clause of its own
                clause.dep_ == "ccomp" and any(
                    s.dep_ == "nsubjpass" and any(w.lower_ == "whose" for w in s.children)
                    for s in clause.children))):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or \
            (clause.dep_ == "acl" and clause.tag_ == "VBN")
        if not passive:
            continue
        for _p, obj in prep_objects(clause, _LAY_PREPS):
            if _p == "on" and not on_area(obj.head):
                continue  # "found on Sunday"
            start, end = place_span(obj, stop=("conj", "cc", "appos", "relcl", "acl",
                                               "punct"))
            out += [m for m in ctx.mentions_in(start, end)
                    if m.etype in PLACE_TYPES and m.label != "NORP"]
    return out


def antecedent_place(ctx: DocContext, tok: Token) -> list[LinkedMention]:
    """The place or facility a relative clause hangs from: "X, which was bombed"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl":
            m = ctx.ents.at(cur.head.i)
            if m is not None and m.etype in PLACE_TYPES and m.label != "NORP":
                return [m]
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in cur.children):
                return _last_place_before(ctx, cur)  # "went to X on Monday, where he met"
            return []
        if cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def _last_place_before(ctx: DocContext, clause: Token) -> list[LinkedMention]:
    """The last place named before a "where" clause in its sentence: the parse may hang
    the clause on a date or a noun after the place ("flew to X on Monday, where ...")."""
    before = [m for m in ctx.mentions_in(clause.sent.start, clause.left_edge.i)
              if m.etype in PLACE_TYPES and m.label != "NORP"]
    return before[-1:]


# Verbs of speaking whose "from" tells where the speaker spoke ("announced from Najaf").
SPEAKING_FROM = frozenset({"say", "announce", "declare", "speak", "tell", "warn", "vow",
                           "proclaim", "address"})


def said_in(ctx: DocContext, tok: Token, own: bool = True) -> Place | None:
    """Where a declaration was made, when the text says so: "said in Tehran", "announced
    at a news conference in Baghdad" (a town or a facility, under the speech verb itself).
    Without ``own``, only the verbs the trigger's clause hangs on count: "ministers agreed
    in Brussels to list the group" (but "listed a money changer in Beirut": whom it listed)."""
    verbs = [tok] if own and tok.pos_ in ("VERB", "AUX") else []
    cur = tok
    while not own and cur.pos_ not in ("VERB", "AUX") and cur.dep_ in ("pobj", "prep", "dobj"):
        cur = cur.head  # "agreed in X to put them on its list of terrorist groups"
    for _ in range(3):  # "said in Tehran that Iran would respond": the clause's speaker
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            verbs.append(cur)
    found: list[LinkedMention] = []
    for holder in verbs:
        for prep in holder.children:
            if prep.dep_ != "prep" or (prep.lower_ not in ("in", "at") and not (
                    prep.lower_ == "from" and lemma(holder) in SPEAKING_FROM)):
                continue  # ("announced from Najaf"; "evacuated its staff from Sanaa" is none)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                start, end = np_span(obj, stop=("conj", "cc", "appos", "relcl", "prep",
                                                "acl", "punct"))
                found += [m for m in ctx.mentions_in(start, end) if m.etype in PLACE_TYPES
                          and m.label != "NORP" and m.tok_start <= obj.i < m.tok_end]
    place = place_of(ctx, found)
    if place is None or place.lat is None or place.precision not in ("town", "district",
                                                                     "facility"):
        return None
    return place


# Verbs that tell where a thing was pointed or bound, not where it was: "missiles aimed
# into the Red Sea", "a tanker bound for the Suez Canal", "drones headed toward X".
AIMING_VERBS = frozenset({"aim", "point", "direct", "bind", "destine", "head", "target"})


def aimed_away(word: Token, obj: Token) -> bool:
    """Whether ``word`` under ``obj`` is told by a verb of aiming between them ("missiles
    that officials said were aimed into the Red Sea"): where they were pointed."""
    while word.i != obj.i and word.head.i != word.i:
        word = word.head
        if word.pos_ in ("VERB", "AUX", "ADJ") and lemma(word) in AIMING_VERBS:
            return True
    return False


def open_waters(ctx: DocContext, objects: list[Token]) -> list[LinkedMention]:
    """A sea or strait named anywhere under the objects, even where the parse hangs it
    on a clause about them ("a ship linked to a firm in the Gulf of Oman"): a ship's
    owner is not at sea, so a sea there is where the event happened. A sea the objects
    were aimed or bound for ("missiles aimed into the Red Sea") is not where they were."""
    out: list[LinkedMention] = []
    for obj in objects:
        for m in ctx.mentions_of(list(obj.subtree)):
            if m.etype != "place" or m.label == "NORP" or m in out:
                continue
            if aimed_away(ctx.doc[m.tok_end - 1], obj):
                continue
            place = ctx.place(m)
            words = set(place.name.lower().replace("-", " ").split())
            if place.lat is not None and place.country is None and words & WATER_WORDS:
                out.append(m)
    return out


# Compass words whose "of" names the place a distance or side is told from: "10 km south
# of X", "east of X".
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})


# Kilometres in one unit of distance; a place farther than NEAR_KM from the one its
# bearing is told from is not near it ("66 nautical miles southwest of X" is at sea).
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometre": 1.0, "mile": 1.609,
            "mi": 1.609, "meter": 0.001, "metre": 0.001, "m": 0.001}
NEAR_KM = 30.0


def _distance_km(bearing: Token) -> float | None:
    """The distance told before a compass word ("10 km south"), in km, if any."""
    for unit in bearing.children:
        if unit.dep_ not in ("npadvmod", "nmod", "advmod") or lemma(unit) not in _UNIT_KM:
            continue
        nums = [c for c in unit.children if c.dep_ == "nummod" and c.like_num]
        try:
            value = float(nums[0].text.replace(",", "")) if nums else 1.0
        except ValueError:
            return None
        nautical = any(c.lower_ == "nautical" for c in unit.children)
        return value * (1.852 if nautical else _UNIT_KM[lemma(unit)])
    return None


def near_bearing(tok: Token) -> bool:
    """Whether ``tok`` is a compass word whose "of X" lies near X: "south of X", "10 km
    south of X", not "180 km south of X"."""
    return tok.lower_ in BEARINGS and (_distance_km(tok) or 0.0) <= NEAR_KM


# Verbs whose "to" phrase names a site's holder: "a depot belonging to a brigade at X".
OWNING_VERBS = frozenset({"belong"})


def users_place(ctx: DocContext, target: Token) -> list[LinkedMention]:
    """Where the last of those said to use or hold a site stand, when the parse hangs the
    site's place on them: "struck a depot used by the IRGC and its allies in X", "hit a
    base run by A and B near Y", "a depot belonging to a brigade at the Z base": the site
    stands there."""
    out: list[LinkedMention] = []
    for clause in (c for c in target.children if c.dep_ == "acl" and (
            c.tag_ == "VBN" or lemma(c) in OWNING_VERBS)):
        for agent in (a for a in clause.children if a.dep_ == "agent" or (
                a.dep_ == "prep" and lemma(clause) in OWNING_VERBS)):
            for user in (o for o in agent.children if o.dep_ == "pobj"):
                for last in (user, *user.conjuncts)[-1:]:
                    for _p, obj in prep_objects(last, frozenset({"in", "near", "at"})):
                        start, end = place_span(obj, stop=("conj", "cc", "appos", "relcl",
                                                           "acl", "punct"))
                        out += [m for m in ctx.mentions_in(start, end)
                                if m.etype in PLACE_TYPES and m.label != "NORP"]
    return out


def sea_over_bearing(ctx: DocContext, mentions: list[LinkedMention]) -> list[LinkedMention]:
    """Leave out a port a bearing with no distance starts from when a sea is named too:
    "hit a ship in the Gulf of X east of Y" was hit in that gulf, somewhere east of Y,
    not at Y (a bearing alone, "struck a ship east of Y", still places the blow near Y)."""
    doc = ctx.doc
    undistanced = [m for m in mentions if doc[m.tok_end - 1].dep_ == "pobj" and
                   doc[m.tok_end - 1].head.lower_ == "of" and
                   doc[m.tok_end - 1].head.head.lower_ in BEARINGS and
                   _distance_km(doc[m.tok_end - 1].head.head) is None]
    if undistanced and any(is_water(ctx.place(m)) and not _shore_of(doc[m.tok_end - 1])
                           for m in mentions if m not in undistanced):
        return [m for m in mentions if m not in undistanced]
    return mentions


# Nouns of the land along a sea: "the Red Sea coast".
SHORE_NOUNS = frozenset({"coast", "coastline", "shore", "seaboard"})


def _shore_of(name: Token) -> bool:
    """Whether a sea's name tells the land along it: "a radar site on the Red Sea coast
    north of X" stands on that coast, near X."""
    return name.dep_ in ("compound", "nmod", "amod") and lemma(name.head) in SHORE_NOUNS


# Words whose "to X" says a place lies by X: "close to X", "next to X".
NEAR_TO = frozenset({"close", "next", "adjacent", "near"})


def bearing_objects(holder: Token) -> list[Token]:
    """The objects of "(N km) south of X" and "close to X" under ``holder``: a place
    told by its bearing from another ("killed two men 10 km south of X", "a site east
    of X") lies near X, unless the distance says it lies far from it."""
    return [obj for c in holder.children if c.dep_ in ("advmod", "npadvmod", "amod", "prep")
            and (near_bearing(c) or c.lower_ in NEAR_TO)
            for prep in c.children if prep.dep_ == "prep" and
            prep.lower_ == ("to" if c.lower_ in NEAR_TO else "of")
            for obj in prep.children if obj.dep_ == "pobj"]


# Compass words to degrees clockwise from north.
_DEGREES = {"north": 0.0, "northeast": 45.0, "north-east": 45.0, "east": 90.0,
            "southeast": 135.0, "south-east": 135.0, "south": 180.0, "southwest": 225.0,
            "south-west": 225.0, "west": 270.0, "northwest": 315.0, "north-west": 315.0}
_EARTH_KM = 6371.0
# A sea centroid farther than this from a point at sea does not name the sea it lies in;
# a strait or canal is narrow, and holds only points this close to it.
SEA_KM = 900.0
NARROWS_KM = 60.0
_NARROWS = frozenset({"strait", "straits", "mandeb", "canal", "channel"})


def _destination(lat: float, lon: float, degrees: float, km: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on the great circle of bearing ``degrees``."""
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(degrees)
    delta = km / _EARTH_KM
    phi2 = math.asin(math.sin(phi) * math.cos(delta) +
                     math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi),
                            math.cos(delta) - math.sin(phi) * math.sin(phi2))
    return round(math.degrees(phi2), 4), round(math.degrees(lam2), 4)


def _nautical_km(bearing: Token) -> float | None:
    """The distance in nautical miles told with a compass word, in km: the unit hangs
    under the word ("60 nautical miles southwest") or the word under the unit ("a vessel
    70 nautical miles east of X"), as the parse has it."""
    units = [u for u in bearing.children if u.dep_ in ("npadvmod", "nmod", "advmod")]
    units.append(bearing.head)
    for unit in units:
        if lemma(unit) not in ("mile", "nm") or not (
                lemma(unit) == "nm" or any(c.lower_ == "nautical" for c in unit.children)):
            continue
        nums = [c for c in unit.children if c.dep_ == "nummod" and c.like_num]
        before = unit.doc[max(0, unit.i - 2):unit.i]  # "70 nautical miles", parsed apart
        nums = nums or [t for t in before if t.like_num]
        try:
            return float(nums[0].text.replace(",", "")) * 1.852 if nums else None
        except ValueError:
            return None
    return None


def country_wide(ctx: DocContext, precision: str | None, entity_id: str | None) -> bool:
    """Whether a place (its precision and entity) is a whole country or a compass part of
    one that stands for a wide area ("eastern Syria"): too broad to tell occurrences
    apart, and a site the document names may place an event told there better."""
    if precision == "country":
        return True
    entry = ctx.linker.pack.entries.get(entity_id or "")
    return precision == "region" and entry is not None and entry.country_part


def is_water(place: Place) -> bool:
    """Whether a place is a sea, a gulf or a strait (water words, no country)."""
    words = set(place.name.lower().replace("-", " ").split())
    return place.lat is not None and place.country is None and bool(words & WATER_WORDS)


def offshore_point(ctx: DocContext, scope: list[Token]) -> Place | None:
    """The point at sea a distance in nautical miles from a port tells: "hit a ship 60
    nautical miles southwest of X" happened out there, in the sea nearest to it (one the
    document names first), not in X and in no country."""
    for bearing in (t for t in scope if t.lower_ in _DEGREES):
        km = _nautical_km(bearing)
        if km is None:
            continue
        port = place_of(ctx, [m for prep in bearing.children if prep.dep_ == "prep"
                              and prep.lower_ == "of" for obj in prep.children
                              if obj.dep_ == "pobj" for m in ctx.mentions_of([obj])
                              if m.etype in PLACE_TYPES and m.label != "NORP"])
        if port is None or port.lat is None or port.lon is None:
            continue
        lat, lon = _destination(port.lat, port.lon, _DEGREES[bearing.lower_], km)
        sea = _named_sea(ctx, lat, lon)
        if sea is not None:
            return Place(sea.entity_id, sea.name, lat, lon, None, sea.precision)
        # A sea's centroid says little of its extent: the spot itself, unnamed.
        told = f"{km / 1.852:g} nautical miles {bearing.lower_} of {port.name}"
        return Place(None, told, lat, lon, None, "region")
    return None


def _named_sea(ctx: DocContext, lat: float, lon: float) -> Place | None:
    """The sea a point lies in, when the document names only one sea that may hold it
    (a strait or canal only when the point lies close to it): a sea's centroid says
    too little of its shape to choose between two."""
    def dist(p: Place) -> float:
        assert p.lat is not None and p.lon is not None
        return haversine_km(lat, lon, p.lat, p.lon)

    def holds(p: Place) -> bool:
        narrow = set(p.name.lower().replace("-", " ").split()) & _NARROWS
        return dist(p) <= (NARROWS_KM if narrow else SEA_KM)

    named = {p.name: p for p in (ctx.place(m) for m in ctx.ents.mentions
                                 if m.etype == "place" and m.label != "NORP")
             if is_water(p) and holds(p)}
    return next(iter(named.values())) if len(named) == 1 else None


def dateline_place(ctx: DocContext, sent: Span) -> tuple[Place, int] | None:
    """The town of a dateline opening the sentence ("BAGHDAD --", "Erbil, Iraq (AP) --",
    with a dash), and where the dateline ends: a wire report's opening event happened
    where it is filed from, unless its sentence says otherwise (the caller asks only when
    no place is named). The parser may split "BAGHDAD (Reuters) -" off as a sentence of
    its own: a sentence that is only a dateline, on the same line, heads the one after it."""
    found = _dateline_of(ctx, sent)
    if found is None:
        return None
    place = ctx.place(found[0])
    if place.lat is None or place.precision not in ("town", "district", "facility"):
        return None
    return place, found[1]


def _dateline_of(ctx: DocContext, sent: Span) -> tuple[LinkedMention, int] | None:
    """The town of the dateline opening ``sent`` or the line it goes on, and where the
    dateline ends. The parser may split "ANTWERP, Belgium, Feb. 4 (X) -" into sentences
    of their own: those that are only a dateline, on the same line, head the one after."""
    m = _dateline_town(ctx, sent)
    before = sent
    for _ in range(3):  # the line's opening name, "ANTWERP" before ", Belgium"
        if before.start == 0 or "\n" in ctx.doc[before.start - 1].text_with_ws:
            break
        before = ctx.doc[before.start - 1].sent
        town = _dateline_town(ctx, before)
        if town is not None and _dateline_only(ctx, town, before, sent):
            m = town
    if m is None:
        return None
    tail = DATELINE_TAIL.match(ctx.document.text, m.end)
    return m, tail.end() if tail is not None else m.end


def _dateline_only(ctx: DocContext, town: LinkedMention, before: Span, sent: Span) -> bool:
    """Whether ``before`` is nothing but a dateline opening the line ``sent`` goes on."""
    tail = DATELINE_TAIL.match(ctx.document.text, town.end)
    return tail is not None and tail.end() >= sent.start_char - 1 and \
        "\n" not in ctx.document.text[town.end:sent.start_char]


# "Hodeidah, Yemen: US forces destroyed ...", "Erbil: police arrested ...": a town (and
# its country) set off by a colon, as daily updates open an entry with where it happened.
LOCATOR_TAIL = re.compile(r"(?:,\s*[A-Z][\w.'\u2019 -]{1,30}?)?:\s")


def _dateline_town(ctx: DocContext, sent: Span) -> LinkedMention | None:
    """The place whose name opens ``sent`` before a dateline's dash (or a town and its
    country before a colon), if any."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return None
    m = ctx.ents.at(first.i)
    if m is None or m.tok_start != first.i or m.etype not in PLACE_TYPES or m.label == "NORP":
        return None
    text = ctx.document.text
    opens_line = text[text.rfind("\n", 0, m.start) + 1:m.start].strip() == ""
    return m if DATELINE_TAIL.match(text, m.end) is not None or (
        opens_line and LOCATOR_TAIL.match(text, m.end) is not None) else None
