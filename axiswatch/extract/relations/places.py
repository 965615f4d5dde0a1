"""Where a facility lies, as its own name or its owner says it: "the US embassy in Baghdad",
"Baghdad's Green Zone"; and where a town or district lies, as the words between it and a
larger division say it: "Zakho, a town of Iraq's Kurdistan Region"."""

from __future__ import annotations

import re

from axiswatch.extract.context import DocContext
from axiswatch.extract.relations.patterns import COMPASS
from axiswatch.geo.admin import MAX_CHAIN
from axiswatch.ids import slugify
from axiswatch.kb.normalize import alias_key
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import fold_quotes

_PLACE_TAIL = re.compile(r"\s(?:in|near|outside)\s+(?:the\s+)?(.+)$", re.I)
_OWNER = re.compile(r"^(.+?)['’]s?\s")  # "Baghdad's Green Zone" named as one
_OWNS_NEXT = re.compile(r"^'s?\s")


def facility_place(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The place a facility's own name ends on ("the US embassy in Baghdad") or that owns
    it ("Baghdad's Green Zone")."""
    if m.etype != "facility" or not m.entity_id:
        return None
    head = ctx.doc[m.tok_end - 1]
    for child in head.children:  # "Baghdad's Green Zone", "Syria's T-4 air base"
        owner = ctx.ents.at(child.i) if child.dep_ == "poss" else None
        if owner is not None and owner.entity_id and owner.etype == "place" and \
                owner.entity_id != m.entity_id and not ctx.is_country(owner.entity_id):
            return owner  # (a country owning it, "Iraq's Ain al-Asad", names it, not where)
    own = fold_quotes(m.text)
    hit = _PLACE_TAIL.search(own)
    if hit and _OWNS_NEXT.match(fold_quotes(ctx.document.text[m.end:m.end + 3])):
        hit = None  # "the embassy in Amman's Rabieh district" lies in the district
    owned = _OWNER.match(own)
    names = [(hit.group(1), True)] if hit else []
    names += [(owned.group(1), False)] if owned else []
    for name, countries in names:
        for pid in ctx.linker.pack.lookup(name):
            if ctx.etype(pid) == "place" and pid != m.entity_id and (
                    countries or not ctx.is_country(pid)):
                return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, name,
                                     "GPE", pid, "place")
    return _town_told(ctx, m, hit.group(1)) if hit else None


# Sizes of a place a facility's name may end on when the pack does not know it.
_TOWN_PRECISIONS = frozenset({"town", "district"})


def _town_told(ctx: DocContext, m: LinkedMention, name: str) -> LinkedMention | None:
    """A town the pack does not know that a facility's name ends on ("the Israeli embassy
    in Oslo", "the synagogue in Essen"): the document's own place of that name, else one
    the geocoder knows as a town ("the embassy in the capital" names none)."""
    if not name[:1].isupper() or not all(w[:1].isupper() for w in name.split()):
        return None
    known = ctx.ents.aliases.get(alias_key(name))
    if known is not None and known != m.entity_id and not ctx.is_country(known):
        if ctx.etype(known) != "place":
            return None
        eid = known
    else:
        found = ctx.linker.geocode(name, ctx.ents.countries[:3])
        if found is None or getattr(found, "precision", None) not in _TOWN_PRECISIONS:
            return None
        eid = slugify(name)
    return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, name, "GPE", eid, "place")




# How fine a place is, finest first; a country is left out (a town's country goes without
# saying), and so is a place of unknown precision.
_RANKS = {"district": 0, "town": 1, "province": 2, "region": 2}
_DIVISION_NOUN = r"(?:district|neighbou?rhood|quarter|suburb|area|town|city|village)"
_AREA = r"(?:the\s+)?(?:(?:" + COMPASS + r"|central|outer)\s+)?"
# The words between a town or district and the larger division it lies in.
_WITHIN = re.compile(
    r"^\s*,\s*(?:the|a)\s+(?:[\w\-]+\s+){0,2}?(?:capital|" + _DIVISION_NOUN + r"s?)\s+(?:of|in)\s+"
    + _AREA + r"$|^\s*(?:" + _DIVISION_NOUN + r"\s+)?of\s+" + _AREA +
    r"(?:suburbs?\s+(?:known\s+as|called)\s+)?$", re.I)
# "the X district of Y", "the X quarter of Y": words that make the first a part of a town.
_NAMED_DISTRICT = re.compile(r"^\s*(?:district|neighbou?rhood|quarter|suburb)\s+of\s", re.I)
# "the town of X in Y": a town told by its kind before its name, and the place it is in.
_DIVISION_NAMED_BEFORE = re.compile(r"\b(?:the|a)\s+(?:small\s+|border\s+)?(?:town|village|"
                                    r"city|district|neighbou?rhood|suburb)\s+of\s+$", re.I)
_IN_AFTER_NAMED = re.compile(r"^\s+in\s+(?:the\s+)?$", re.I)
_LIST_END = re.compile(r"(?:,|\band|\bor)\s*$", re.I)
_IN_PROVINCE = re.compile(r"^\s*,?\s*in\s+(?:the\s+)?$", re.I)
_NOUN_LAST = re.compile(r"\b" + _DIVISION_NOUN + r"$", re.I)
_DATELINE_END = re.compile(r"^\s*[\u2014\u2013\-(]")


def place_within(ctx: DocContext, inner: LinkedMention, outer: LinkedMention, between: str
                 ) -> bool:
    """Whether the words between two places say the first lies in the second: "Zakho, a
    town of Iraq's Kurdistan Region", "the Dora district of southern Baghdad", the dateline
    "ERBIL, Kurdistan Region —" (at the start of a line). The first is finer than the
    second, or the pack places it there; the second is no country."""
    if inner.etype != "place" or outer.etype != "place" or not inner.entity_id or \
            not outer.entity_id or ctx.is_country(outer.entity_id) or \
            ctx.is_country(inner.entity_id):
        return False
    hit = _WITHIN.match(between)
    text = ctx.document.text
    if hit is None and _IN_AFTER_NAMED.match(between) and \
            _DIVISION_NAMED_BEFORE.search(text[max(0, inner.start - 30):inner.start]):
        # "the town of Arman in Sweida province", "the village of X in the Y district"
        town = _RANKS.get(ctx.place(inner).precision or "", _RANKS["town"])
        wider = _RANKS.get(ctx.place(outer).precision or "")
        return _pack_within(ctx, inner.entity_id, outer.entity_id) or (
            wider is not None and town < wider)
    if hit is None and _IN_PROVINCE.match(between):
        # "Jurf al-Sakhar in Babil province", "Kafr Kila, in the Nabatieh governorate": a town
        # or district named right before the province it lies in
        # (not the last of a list, "A and B in Iraq's Anbar province", nor "in north-east
        # Syria", a region no name bounds)
        rank = _RANKS.get(ctx.place(inner).precision or "")
        listed = _LIST_END.search(text[max(0, inner.start - 6):inner.start])
        return rank is not None and rank < _RANKS["province"] and not listed and (
            _pack_within(ctx, inner.entity_id, outer.entity_id) or
            ctx.place(outer).precision == "province")
    if hit is None:
        line = text[text.rfind("\n", 0, inner.start) + 1:inner.start]
        dateline = between.strip() == "," and not line.strip() and \
            _DATELINE_END.match(text[outer.end:outer.end + 3]) is not None
        if not dateline:
            return False
    elif between.lstrip().lower().startswith("of") and not _NOUN_LAST.search(inner.text):
        return False  # "the Dora district of Baghdad", not "the fall of Mosul"
    if _pack_within(ctx, inner.entity_id, outer.entity_id):
        return True
    finer = _RANKS.get(ctx.place(inner).precision or "")
    coarser = _RANKS.get(ctx.place(outer).precision or "")
    if finer is None and coarser is not None and _NAMED_DISTRICT.match(between):
        return True  # "the Hellerup district of Copenhagen": the words rank what nothing does
    return finer is not None and coarser is not None and finer < coarser


def _pack_within(ctx: DocContext, inner: str, outer: str) -> bool:
    """Whether the pack's located_in links lead from one place to the other."""
    entries = ctx.linker.pack.entries
    todo, seen = [inner], 0
    while todo and seen <= MAX_CHAIN:
        entry = entries.get(todo.pop())
        parents = [link.id for link in entry.located_in] if entry is not None else []
        if outer in parents:
            return True
        todo.extend(parents)
        seen += 1
    return False
