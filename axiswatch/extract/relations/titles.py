"""Relations a person's title or a unit's name states on its own.

"President X" leads the country of X, "Iran's Supreme Leader" leads Iran,
"IRGC Intelligence" is part of the IRGC.
"""

from __future__ import annotations

import re
from functools import cache

from axiswatch.extract.context import DocContext
from axiswatch.extract.relations.cues import load_cues
from axiswatch.extract.relations.patterns import ORGS, PLACES, UNITS
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import fold_quotes

# Titles of a head of state or government, before the name ("President X"); "then-President
# X" led the country at the time the report speaks of, "former President X" is no leader now.
_HEAD_TITLE = re.compile(r"(?:^|[^\w'’])(?<!former )(?<!late )(?<!ex-)"
                         r"(?:president|supreme leader|prime minister|king|emir|sultan)\s+"
                         r"(?:(?:ayatollah|sheikh|sayyed|dr\.)\s+)?$", re.I)
# ... or after it, as an apposition: "X, then-Supreme Leader, ..." (not "X, president of Y").
_HEAD_AFTER = re.compile(r"^\s*,\s*(?:the\s+)?(?:then[- ]|current\s+|sitting\s+)?"
                         r"(?:president|supreme leader|prime minister|king|emir|sultan)"
                         r"(?![\w'’\-]|\s+of\b)", re.I)
_COUNTRIES: dict[int, dict[str, str]] = {}


def country_entity(ctx: DocContext, code: str) -> str | None:
    """The pack's country entity of an ISO code."""
    pack = ctx.linker.pack
    table = _COUNTRIES.get(id(pack))
    if table is None:
        table = {}
        for eid, entry in pack.entries.items():
            if getattr(entry, "precision", None) == "country" and entry.type == "place" \
                    and entry.country and entry.country not in table:
                table[entry.country] = eid
        _COUNTRIES[id(pack)] = table
    return table.get(code)


def head_of_state(ctx: DocContext, m: LinkedMention, text: str) -> LinkedMention | None:
    """"President X", "Supreme Leader X": the country of X (pack knowledge) X leads."""
    if m.etype != "person" or m.label == "ANAPHOR" or not m.entity_id:
        return None
    before = fold_quotes(text[max(0, m.start - 40):m.start])
    own = fold_quotes(m.text)
    after = fold_quotes(text[m.end:m.end + 40])
    if not (_HEAD_TITLE.search(before) or _HEAD_AFTER.match(after) or _HEAD_TITLE.search(
            own[:max(0, len(own) - len(own.split()[-1]))])):
        return None
    if re.search(r"[\w']+\s+(?:\w+\s+)?$", before) and re.search(
            r"(?:'s?|\b[A-Z][a-z]+(?:an|ian|i|ese|ish))\s+(?:\w+\s+)?(?:president|"
            r"supreme leader|prime minister|king|emir|sultan)\s+\S*\s*$", before, re.I):
        return None  # "Iran's President X", "Lebanese Prime Minister X": the name says which
    code = ctx.country(m.entity_id)
    cid = country_entity(ctx, code) if code else None
    if cid is None:
        return None
    return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, cid, "GPE", cid, "place")



_TITLED_PERSON = re.compile(r"^(.+?)(?:'s?)? (?:\w+ )?(?:supreme leader|leader|president|head|"
                            r"chief|commander|secretary[- ]general|speaker|director)\b", re.I)


def titled_person(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The place or organization a person's title names: "Iran's Supreme Leader"."""
    if m.etype != "person":
        return None
    hit = _TITLED_PERSON.match(fold_quotes(m.text))
    if hit is None:
        return None
    for pid in ctx.linker.pack.lookup(hit.group(1)):
        if ctx.etype(pid) in ORGS | PLACES:
            return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, hit.group(1),
                                 "ORG", pid, ctx.etype(pid))
    return None


def name_parent(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The organization a unit's name begins with: "IRGC Intelligence" -> the IRGC."""
    if m.etype not in UNITS or m.label == "ANAPHOR":
        return None
    words = re.split(r"[\s\-]+", m.text)  # "IRGC Quds Force", "IRGC-Quds Force"
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        owner = re.sub(r"['’]s?$", "", prefix)  # "Hezbollah's Radwan Force"
        ids = ctx.linker.pack.lookup(owner)
        for pid in ids:
            if pid != m.entity_id and ctx.etype(pid) in UNITS and (
                    ctx.etype(pid) == "state_body" or prefix.isupper() or owner != prefix):
                return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, words[0],
                                     "ORG", pid, ctx.etype(pid))
    return None



# A title that names its body itself: "foreign ministry spokesman", "government spokesman".
_NAMES_BODY = re.compile(r"\b(?:ministry|government|department)\b", re.I)
_NOT_NOW = re.compile(r"\b(?:former|ex|late|then)[- ]?\s*$", re.I)


def _title_country(ctx: DocContext, at: int, text: str) -> str | None:
    """The country named right before a title that starts at ``at``: "US Defense
    Secretary", "Iran's foreign minister"."""
    for mm in ctx.ents.mentions:
        if mm.end <= at and re.fullmatch(r"[ \t]*(?:['’]s?)?[ \t]*", text[mm.end:at]) and \
                mm.entity_id and mm.etype in ("place", "state_body"):
            return ctx.country(mm.entity_id)
        if mm.start >= at:
            break
    return None


@cache
def _title_patterns(title: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An office title opening a name ("Attorney General X") and ending the text before
    one ("..., the attorney general, X"); compiled once per title, since every person
    mention of every sentence is tried against every title."""
    word = r"(?:^|(?<=[^\w]))" + re.escape(title)
    return re.compile(word + r"\s+", re.I), re.compile(word + r"\s*,?\s*$", re.I)


def office_of(ctx: DocContext, m: LinkedMention, text: str) -> tuple[str, LinkedMention] | None:
    """"Attorney General X", "Iraqi government spokesman X": the state body the title
    names (pack cue data) and whether X leads or serves it, when the report names that
    body too."""
    if m.etype != "person" or m.label == "ANAPHOR" or not m.entity_id:
        return None
    offices = load_cues().offices
    before = fold_quotes(text[max(0, m.start - 60):m.start])
    own = fold_quotes(m.text)
    for office in offices:
        for title in office.titles:
            lead, tail_rx = _title_patterns(title)
            at: int | None = None
            hit = lead.match(own)
            if hit is not None and hit.end() < len(own):
                at = m.start
                prior = before
            else:
                tail = tail_rx.search(before)
                if tail is not None:
                    at = m.start - len(before) + tail.start()
                    prior = before[:tail.start()]
            if at is None or _NOT_NOW.search(prior):
                continue
            country = _title_country(ctx, at, text) or ctx.country(m.entity_id)
            if country != office.country:
                continue
            if not _NAMES_BODY.search(title) and not any(
                    x.entity_id == office.body for x in ctx.ents.mentions):
                continue  # a body the report never names is no entity of it
            body = LinkedMention(m.start, m.start, m.tok_start, m.tok_start, office.body, "ORG",
                                 office.body, "state_body")
            return office.role, body
    return None


def governed_body(ctx: DocContext, person: str, place: str) -> str | None:
    """The body a person leads for a region that is no country: "the prime minister of the
    Kurdistan Region" heads its regional government (the pack's knowledge of the person),
    not the land. None for a country, or when the pack knows no single such body."""
    if ctx.is_country(place):
        return None
    entry = ctx.linker.pack.entries.get(person)
    bodies = [link.id for link in getattr(entry, "leader_of", ())
              if ctx.etype(link.id) == "state_body"]
    return bodies[0] if len(bodies) == 1 else None
