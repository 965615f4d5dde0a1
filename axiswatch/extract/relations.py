"""Relations between entities from text patterns over the parse and the mentions.

Each pattern reads a sentence's linked mentions and the words between or
around them: "X, backed by Y" / "Y-backed X" -> sponsored_by; "X, a front for
Y" -> front_for; "X is part of Y" -> part_of; "X leader Y" -> leader_of;
"operative of X" -> member_of; "founded by" -> founded_by; "alongside" ->
allied_with; "US-designated X" -> designated_by; "FACILITY in PLACE" ->
located_in. Certainty comes from the hedges of the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import prep_objects
from axiswatch.extract.context import DocContext
from axiswatch.ids import relation_id
from axiswatch.model import Evidence, Relation
from axiswatch.nlp.hedging import certainty_of
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import clean_span, fold_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span

GROUPS = frozenset({"armed_group", "front_group", "coalition"})
UNITS = frozenset({"armed_group", "coalition", "state_body"})
ORGS = frozenset({"armed_group", "front_group", "coalition", "state_body", "organization"})
SPONSORS = frozenset({"state_body", "place", "armed_group", "coalition", "person"})
STATES = frozenset({"state_body", "place"})
FACILITY = frozenset({"facility"})
PLACES = frozenset({"place"})
PERSON = frozenset({"person"})
ANY = frozenset({"armed_group", "front_group", "coalition", "state_body", "person",
                 "organization", "place", "facility"})

_W = r"[^.;:!?]{0,40}?"
# (predicate, regex on the text between subject X and object Y, types of X, types of Y,
#  reversed: the object comes first in the text)
BETWEEN: tuple[tuple[str, str, frozenset[str], frozenset[str], bool], ...] = (
    # X ... Y
    ("sponsored_by", r"^,?\s*(?:which is |which are |who are |who is |a group |an? \w+ |both |"
     r"all |also |each )?(?:heavily |closely |"
     r"directly |reportedly |allegedly )?(?:backed|supported|funded|armed|trained|sponsored|"
     r"financed|directed|equipped)(?: and \w+)? by" + _W + r"$", ORGS | PERSON, SPONSORS, False),
    ("sponsored_by", r"received" + _W + r"(?:funding|training|support|weapons|arms|money|"
     r"backing|missiles|rockets|drones)" + _W + r"from" + _W + r"$", ORGS | PERSON, SPONSORS,
     False),
    ("sponsored_by", r"^(?:'s?)?\s*(?:main |key |chief |principal )?(?:supporter|sponsor|"
     r"backer|patron)s?(?: and \w+ \w+)? (?:is|was|are)" + _W + r"$", ORGS, SPONSORS, False),
    ("front_for", r"^,?\s*(?:[\w\-]+\s+){0,4}?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}"
     r"(?:front|façade|facade|brand|cover|proxy name|shell|name|label|banner)\s+"
     r"(?:group\s+|organization\s+)?(?:for|of|used by)" + _W + r"$", ORGS, ORGS, False),
    ("front_for", r"^,?\s*(?:\"|“)?[^,]{0,40}(?:\"|”)?,?\s*(?:a|an)\s+(?:\w+\s+){0,2}"
     r"(?:group|front|militia|outfit)\s+(?:\w+\s+){0,2}(?:link|tie|connect)(?:s|ed)?\s+to"
     + _W + r"$", ORGS, GROUPS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:is|was|are|were|remains)?\s*"
     r"(?:a |an |one |the )?(?:[\w\-]+ ){0,2}?"
     r"(?:part|member|unit|arm|brigade|component|faction|wing|branch|affiliate|subsidiary|"
     r"division|battalion)\s+(?:of|within)" + _W + r"$", ORGS, ORGS, False),
    ("part_of", r"^[^.]{0,60}\b(?:is|are|was|were) (?:a |an )?part of" + _W + r"$",
     ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:is |was |are |were |remains )?one of (?:the )?"
     r"(?:[\w\-]+ ){0,3}?(?:factions|members|units|groups|militias|components|brigades)\s+"
     r"(?:of|within|inside|in)\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}$", ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:operates?|operating|serves?|serving|fights?|"
     r"fighting)\s+(?:within|under|inside|as part of)\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}$",
     ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:\w+ ){0,2}?(?:under|within) (?:the )?(?:(?:umbrella|banner|"
     r"command|auspices) of )?(?:the )?$", ORGS, ORGS, False),
    ("leader_of", r"^,?\s*(?:which is |which was |who is )?(?:led|headed|commanded) by\s*$",
     PERSON, ORGS, True),
    ("leader_of", r"^,?\s*(?:the )?(?:[\w\-]+\s+){0,5}(?:leader|head|chief|commander|founder|"
     r"secretary[- ]general|director|chairman|president|speaker) of (?:the )?$", PERSON,
     ORGS | PLACES, False),
    ("member_of", r"^,?\s*(?:a |an |the )?(?:\w+\s+){0,2}(?:member|operative|fighter|"
     r"commander|official|fellow|officer|spokesman|spokesperson|agent|militant|"
     r"researcher|analyst|member) (?:of|for|at|in|with) (?:the )?$", PERSON, ORGS, False),
    ("sponsored_by", r"^,?\s*(?:which|who)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:armed|"
     r"trained|funded|backed|supported|equipped)(?:\s+and\s+\w+)?\s+with\s*$", ORGS,
     SPONSORS, False),
    ("founded_by", r"^,?\s*(?:which was |that was |was )?(?:founded|established|formed|"
     r"created)(?: in [\w ,]{1,20}?)? by" + _W + r"$", ORGS, PERSON, False),
    ("allied_with", r"^,?\s*(?:\w+\s+){0,2}(?:alongside|together with|allied with|aligned with|"
     r"in alliance with|in coordination with|collaborating with|fights alongside|"
     r"closely aligned with)" + _W + r"$", ORGS | PERSON, ORGS | PLACES, False),
    ("designated_by", r"^,?\s*(?:was|were|has been|had been|is)\s+(?:designated|sanctioned|"
     r"blacklisted|listed)\s+(?:as\s+[^,]{0,40}\s+)?by" + _W + r"$", ANY, STATES, False),
    ("located_in", r"^,?\s*(?:in|near|outside|on the outskirts of|in the city of|"
     r"(?:a|an|the) (?:[\w\-]+ ){0,5}?(?:in|on the outskirts of|near|outside))\s*"
     r"(?:the |western |eastern |northern |southern |central |city of |province of )*$",
     FACILITY, PLACES, False),
    ("allied_with", r"^'s?\s*(?:\w+\s+){0,2}(?:ally|allies|partner),?\s*(?:the\s+)?$",
     ORGS | PLACES, ORGS | PLACES, False),
    ("founded_by", r"^,?\s*(?:who |which )?(?:founded|established|formed|created)\s+(?:the\s+)?"
     r"[\"']?\s*$", ORGS, PERSON, True),
    # Y ... X (object first)
    ("member_of", r"^[^.;]{0,60}?\b(?:officials|commanders|members|operatives|officers|figures|"
     r"leaders)\s+(?:such as|including|like)\s+$", PERSON, ORGS, True),
    ("founded_by", r"^[^.;]{0,80}?\b(?:led to the (?:formation|creation|establishment) of|"
     r"founded|established|created|formed)\s+(?:the\s+)?[\"']?\s*$", ORGS, PERSON, True),
    ("leader_of", r"^(?:'s)?\s*(?:(?:top|senior|former|late|deputy|military|political|"
     r"spiritual|supreme|founding|then|field|overall|new|current)\s+){0,2}"
     r"(?:leader|head|chief|commander|secretary[- ]"
     r"general|director|chairman|president|speaker|supreme leader)\s*,?\s*"
     r"(?:(?:general|gen\.|brigadier|colonel|major|sheikh|sayyed|ayatollah|dr\.)\s+)?$", PERSON,
     ORGS | PLACES, True),
    ("leader_of", r"^\s*(?:and|,)\s+(?:its|their)\s+(?:\w+\s+){0,2}(?:leader|head|chief|"
     r"commander|founder|secretary[- ]general)s?\s*,?\s*$", PERSON, ORGS, True),
    ("leader_of", r"^'s?\s*(?:(?:late|former|then|top|senior)\s+)?(?:leader|chief|commander|"
     r"head|president|supreme leader|secretary[- ]general)\s*,?\s*$", PERSON, ORGS | PLACES,
     True),
    ("sponsored_by", r"^'s?\s*(?:\w+\s+){0,2}(?:proxy|proxies|client|clients)\s*,?\s*"
     r"(?:the\s+)?$", ORGS, SPONSORS, True),
    ("sponsored_by", r"^-?\s*(?:backed|supported|funded|sponsored|armed)\s+(?:\w+\s+){0,3}$",
     ORGS, SPONSORS, True),
    ("designated_by", r"^-?\s*designated\s+(?:\w+\s+){0,2}$", ANY, STATES, True),
    ("allied_with", r"^-?\s*(?:aligned|allied)\s+(?:\w+\s+){0,2}$", ORGS, ORGS | PLACES, True),
    ("member_of", r"^(?:'s)?\s*(?:\w+\s+){0,2}(?:spokesman|spokesperson|spokeswoman|official|"
     r"operative|member|fighter|envoy|representative|ideologue|press secretary)\s*,?\s*"
     r"(?:(?:rear|vice|brigadier|major|lieutenant)\s+)?(?:(?:admiral|general|colonel|"
     r"major|captain|gen\.|col\.)\s+)?$", PERSON, ORGS, True),
    ("part_of", r"^[^.;]{0,50}?\b(?:includes?|including|comprises?|comprising|made up of|"
     r"consists? of|brings together|bringing together)\s+(?:the\s+)?$", ORGS,
     frozenset({"coalition"}), True),
    ("sponsored_by", r"^\s*(?:\w+\s+){0,2}?(?:trains?|arms|funds|finances|supports|backs|"
     r"equips|supplies|sponsors|directs|bankrolls)(?:\s+and\s+\w+)?\s+(?:the\s+)?$",
     ORGS, SPONSORS, True),
    ("designated_by", r"^\s*(?:has |had )?(?:designated|sanctioned|blacklisted)\s+"
     r"(?:the |its )?$", ANY, STATES, True),
    ("part_of", r"^(?:'s)\s*$", frozenset({"state_body"}), frozenset({"state_body"}), True),
)
# A title that makes its holder one of the group's leaders, not the one who leads it.
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:deputy|vice|assistant|second[- ]in[- ]command)\b|"
    r"\b(?:a|an|one|senior|military|field|veteran|regional|local|sector|unit)\s+"
    r"(?:[\w\-]+\s+){0,2}?commanders?\b", re.I)
_COMPILED = tuple((p, re.compile(rx, re.I), xs, ys, rev) for p, rx, xs, ys, rev in BETWEEN)
MAX_GAP = 120


def _type_ok(m: LinkedMention, types: frozenset[str]) -> bool:
    return m.etype in types


def sentence_relations(ctx: DocContext, sent: Span) -> list[Relation]:
    """The relations one sentence states between its linked mentions."""
    mentions = [m for m in ctx.mentions_in(sent.start, sent.end) if m.entity_id]
    mentions = sorted([*mentions, *_anaphors(ctx, sent)], key=lambda m: m.start)
    if not mentions:
        return []
    text = ctx.document.text
    certainty = certainty_of(sent.text, allow=("alleged", "assessed", "reported"))
    found: dict[str, Relation] = {}
    for i, left in enumerate(mentions):
        for right in mentions[i + 1:]:
            if right.start - left.end > MAX_GAP:
                break
            if left.entity_id == right.entity_id:
                continue
            raw = text[left.end:right.start]
            if raw.lstrip()[:1] in ("—", "–"):  # "X—a front for Y—": an apposition
                raw = ", " + raw.lstrip()[1:].lstrip()
            between = fold_quotes(raw)
            if _RELATIVE.search(between) and not _COMMA.match(between):
                between = _RELATIVE.sub(",", between).replace(",,", ",")
            if _intervening(left, right, mentions, text):
                continue
            before = fold_quotes(text[max(sent.start_char, left.start - 60):left.start])
            if _RANK_BETWEEN.match(between) and _RANK_BEFORE.search(before) and \
                    right.etype == "person" and left.etype in ORGS:
                # "senior Hezbollah commander X" is one of its commanders, not its leader
                _add(ctx, found, right, "member_of", left, sent, certainty)
                continue
            if _COMMA.match(between):
                if _TITLE_OF.search(before) and right.etype == "person" and \
                        left.etype in ORGS | PLACES:
                    _add(ctx, found, right, "leader_of", left, sent, certainty)  # "As head of X, Y"
                    continue
                if _ALIGNED_WITH.search(before) and right.etype in ORGS | PERSON:
                    _add(ctx, found, right, "allied_with", left, sent, certainty)
                    continue
            after = fold_quotes(text[right.end:right.end + 40])
            lead = _LEADER_AFTER.match(after)
            if lead and _COMMA.match(between) and left.etype == "person" and \
                    right.etype in ORGS | PLACES:
                _add(ctx, found, left, "leader_of", right, sent, certainty)  # "Y, X's leader"
                continue
            if _PART_AFTER.match(after) and _COMMA_THE.match(between) and \
                    left.etype in ORGS and right.etype in ORGS:
                _add(ctx, found, left, "part_of", right, sent, certainty)  # "X, Y's armed wing"
                continue
            if _SPONSOR_AFTER.match(after) and _COMMA_THE.match(between) and \
                    left.etype in SPONSORS and right.etype in ORGS:
                _add(ctx, found, right, "sponsored_by", left, sent, certainty)  # "Y, X's sponsor"
                continue
            hit = _BACKED_AFTER.match(after)
            if hit and _APPOSITIVE.match(between) and left.etype in ORGS and \
                    right.etype in SPONSORS:
                predicate = "allied_with" if hit.group(1).lower() in ("aligned", "allied") \
                    else "sponsored_by"
                _add(ctx, found, left, predicate, right, sent, certainty)  # "X, an Iran-backed"
                continue
            if right.etype in ORGS and left.etype == "person" and _TITLED_ORG.match(
                    fold_quotes(right.text)) and _BEFORE_TITLE.match(between):
                # "Y, the top official and Chairman of the Joint Chiefs of Staff"
                _add(ctx, found, left, "leader_of", right, sent, certainty)
                continue
            for predicate, rx, xs, ys, rev in _COMPILED:
                subj, obj = (right, left) if rev else (left, right)
                if not (_type_ok(subj, xs) and _type_ok(obj, ys)):
                    continue
                if not rx.search(between):
                    continue
                if predicate == "leader_of" and _ONE_OF_SEVERAL.search(between):
                    predicate = "member_of"  # "its deputy leader", "a senior commander of"
                _add(ctx, found, subj, predicate, obj, sent, certainty)
                # "X and Y received funding from Z", "designated X and its leader, Y"
                # (a title or a founding belongs to its own name only).
                shared = predicate not in ("leader_of", "founded_by", "located_in")
                for other in _conjoined(ctx, subj, mentions) if shared else ():
                    if _type_ok(other, xs) and other.entity_id != obj.entity_id:
                        _add(ctx, found, other, predicate, obj, sent, certainty)
                break
    for subj, obj in _designated_pronouns(ctx, sent):
        _add(ctx, found, obj, "designated_by", subj, sent, certainty)
    for m in mentions:
        led = _titled_person(ctx, m)
        if led is not None:  # "Iran's Supreme Leader" names the leader of Iran
            role = "member_of" if _ONE_OF_SEVERAL.search(m.text) else "leader_of"
            _add(ctx, found, m, role, led, sent, certainty)
        parent = _name_parent(ctx, m)
        if parent is not None:  # "IRGC Quds Force" is part of the IRGC
            _add(ctx, found, m, "part_of", parent, sent, certainty)
        state = _head_of_state(ctx, m, text)
        if state is not None and not any(
                r.subject == m.entity_id and r.predicate == "leader_of" for r in found.values()):
            _add(ctx, found, m, "leader_of", state, sent, certainty)  # "President X"
        where = _facility_place(ctx, m)
        if where is not None:  # "the US embassy in Baghdad" lies in Baghdad
            _add(ctx, found, m, "located_in", where, sent, certainty)
    return list(found.values())


DESIGNATING = frozenset({"designate", "sanction", "blacklist", "list"})


def _designated_pronouns(ctx: DocContext, sent: Span
                         ) -> list[tuple[LinkedMention, LinkedMention]]:
    """"Washington designated it a terrorist organization": the state and the group (or
    person, for "him") the pronoun stands for."""
    out: list[tuple[LinkedMention, LinkedMention]] = []
    for tok in sent:
        if tok.lemma_.lower() == "sanction" and tok.pos_ == "NOUN" and \
                tok.head.lemma_.lower() == "impose" and tok.dep_ == "dobj":
            states = [m for c in tok.head.children if c.dep_ == "nsubj"
                      if (m := ctx.ents.at(c.i)) is not None and m.entity_id and
                      m.etype in STATES]
            for _x, pobj in prep_objects(tok, frozenset({"on", "against"})):
                named = ctx.ents.at(pobj.i)
                if states and named is not None and named.entity_id and \
                        named.etype in ANY - PLACES - FACILITY:
                    out.append((states[0], named))  # "imposed sanctions on X"
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in DESIGNATING:
            continue
        states = [m for c in tok.children if c.dep_ == "nsubj"
                  if (m := ctx.ents.at(c.i)) is not None and m.entity_id and m.etype in STATES]
        if not states:
            continue
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
            named = ctx.ents.at(obj.i)
            if named is not None and named.entity_id and named.etype in ANY - PLACES - FACILITY:
                out.append((states[0], named))  # "the Treasury sanctioned X"
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubj")
                    and c.pos_ == "PRON"):
            low = obj.lower_
            if low not in ("it", "him", "her", "them"):
                continue
            ref = ctx.last_actor_before(obj.i, person=low in ("him", "her"))
            if ref is None or ref == states[0].entity_id:
                continue
            pseudo = LinkedMention(obj.idx, obj.idx + len(obj), obj.i, obj.i + 1, obj.text,
                                   "ANAPHOR", ref, ctx.etype(ref))
            out.append((states[0], pseudo))
    return out


# Titles of a head of state or government, before the name ("President X").
_HEAD_TITLE = re.compile(r"(?:^|[^\w'’])(?<!former )(?<!late )(?<!then[- ])(?<!ex-)"
                         r"(?:president|supreme leader|prime minister|king|emir|sultan)\s+"
                         r"(?:(?:ayatollah|sheikh|sayyed|dr\.)\s+)?$", re.I)
_COUNTRIES: dict[int, dict[str, str]] = {}


def _country_entity(ctx: DocContext, code: str) -> str | None:
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


def _head_of_state(ctx: DocContext, m: LinkedMention, text: str) -> LinkedMention | None:
    """"President X", "Supreme Leader X": the country of X (pack knowledge) X leads."""
    if m.etype != "person" or m.label == "ANAPHOR" or not m.entity_id:
        return None
    before = fold_quotes(text[max(0, m.start - 40):m.start])
    own = fold_quotes(m.text)
    if not (_HEAD_TITLE.search(before) or _HEAD_TITLE.search(
            own[:max(0, len(own) - len(own.split()[-1]))])):
        return None
    if re.search(r"[\w']+\s+(?:\w+\s+)?$", before) and re.search(
            r"(?:'s?|\b[A-Z][a-z]+(?:an|ian|i|ese|ish))\s+(?:\w+\s+)?(?:president|"
            r"supreme leader|prime minister|king|emir|sultan)\s+\S*\s*$", before, re.I):
        return None  # "Iran's President X", "Lebanese Prime Minister X": the name says which
    code = ctx.country(m.entity_id)
    cid = _country_entity(ctx, code) if code else None
    if cid is None:
        return None
    return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, cid, "GPE", cid, "place")


_PLACE_TAIL = re.compile(r"\s(?:in|near|outside)\s+(?:the\s+)?(.+)$", re.I)


def _facility_place(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The place a facility's own name ends on: "the US embassy in Baghdad"."""
    if m.etype != "facility" or not m.entity_id:
        return None
    hit = _PLACE_TAIL.search(fold_quotes(m.text))
    if hit is None:
        return None
    for pid in ctx.linker.pack.lookup(hit.group(1)):
        if ctx.etype(pid) == "place" and pid != m.entity_id:
            return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, hit.group(1),
                                 "GPE", pid, "place")
    return None


_TITLED_PERSON = re.compile(r"^(.+?)(?:'s?)? (?:\w+ )?(?:supreme leader|leader|president|head|"
                            r"chief|commander|secretary[- ]general|speaker|director)\b", re.I)


def _titled_person(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
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


def _name_parent(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The organization a unit's name begins with: "IRGC Intelligence" -> the IRGC."""
    if m.etype not in UNITS or m.label == "ANAPHOR":
        return None
    words = re.split(r"[\s\-]+", m.text)  # "IRGC Quds Force", "IRGC-Quds Force"
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        ids = ctx.linker.pack.lookup(prefix)
        for pid in ids:
            if pid != m.entity_id and ctx.etype(pid) in UNITS and (
                    ctx.etype(pid) == "state_body" or prefix.isupper()):
                return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, words[0],
                                     "ORG", pid, ctx.etype(pid))
    return None


_TITLE_OF = re.compile(r"(?:^|\bas\s+|[.;:,]\s*)(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
                       r"(?:president|leader|head|chief|commander|secretary[- ]general|"
                       r"speaker|chairman|founder) of (?:the )?$", re.I)
_RANK_BEFORE = re.compile(r"\b(?:senior|deputy|top|field|local|prominent|veteran|an?)\s+$",
                          re.I)
_RANK_BETWEEN = re.compile(r"^\s*(?:commander|official|leader|member|operative|figure)s?"
                           r"\s*,?\s*$", re.I)
_COMMA = re.compile(r"^\s*,\s*$")
_SPONSOR_AFTER = re.compile(r"^['’]s?\s+(?:(?:main|key|chief|principal|biggest|primary|"
                            r"longtime)\s+)?(?:sponsor|backer|patron|supporter|arms supplier)s?\b",
                            re.I)
_COMMA_THE = re.compile(r"^\s*,\s*(?:the\s+)?$", re.I)
_PART_AFTER = re.compile(r"^'s?\s+(?:[\w\-]+\s+){0,2}(?:arm|wing|branch|unit|division|"
                         r"affiliate|subsidiary)\b", re.I)
_LEADER_AFTER = re.compile(r"^'s?\s+(?:(?:late|former|top|supreme|founding|current|new)\s+)?"
                           r"(?:leader|chief|head|commander|founder|secretary[- ]general)\b",
                           re.I)
_BACKED_AFTER = re.compile(r"^-(backed|sponsored|funded|supported|aligned|allied)\b", re.I)
_APPOSITIVE = re.compile(r"^\s*,\s*(?:an?|the|one|another)\s+"
                         r"(?:(?!for\b|of\b|by\b|with\b)[\w\-]+\s+){0,2}$", re.I)
_ALIGNED_WITH = re.compile(r"\b(?:aligned|allied|allies)(?: closely)? with (?:the )?$", re.I)
_TITLED_ORG = re.compile(r"^(?:the )?(?:chairman|chairwoman|head|chief|leader|commander|president|"
                         r"speaker|director|secretary[- ]general) of ", re.I)
_BEFORE_TITLE = re.compile(r"^,?\s*(?:the\s+)?(?:[\w\-]+\s+){0,6}?(?:and\s+)?$")
# Nouns that, with "the" or "this", stand for the group named before ("the group is part of").
ANAPHOR_NOUNS = frozenset({"group", "militia", "organization", "organisation", "movement",
                           "university", "company", "party", "network", "front", "faction"})


# Which entity types each anaphoric noun prefers, best first.
ANAPHOR_TYPES: dict[str, tuple[str, ...]] = {
    "group": ("armed_group", "front_group", "coalition", "organization"),
    "militia": ("armed_group", "front_group", "coalition"),
    "movement": ("armed_group", "coalition", "organization"),
    "faction": ("armed_group", "front_group"),
    "front": ("front_group", "armed_group"),
    "network": ("armed_group", "organization"),
    "organization": ("armed_group", "organization", "coalition"),
    "organisation": ("armed_group", "organization", "coalition"),
    "party": ("organization", "armed_group"),
    "university": ("organization",),
    "company": ("organization",),
}


def _anaphors(ctx: DocContext, sent: Span) -> list[LinkedMention]:
    """"The group", "this university": mentions of the last entity of a fitting type
    named before (a noun followed by a name, "the group Kataib Hezbollah", is not one)."""
    out: list[LinkedMention] = []
    for tok in sent:
        noun = tok.lemma_.lower()
        if noun not in ANAPHOR_TYPES or tok.pos_ != "NOUN" or ctx.ents.at(tok.i) is not None:
            continue
        if tok.tag_ in ("NNS", "NNPS"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            continue
        nxt = tok.i + 1
        if nxt < len(tok.doc) and ctx.ents.at(nxt) is not None:
            continue  # "the Iranian-backed group Kataib Hezbollah"
        if any(c.dep_ in ("prep", "acl", "relcl") and c.i > tok.i for c in tok.children):
            continue  # "the group of ...", "the group that ...": a new description
        found = _antecedent(ctx, tok.i, noun)
        if found is not None:
            det = next(c for c in tok.children if c.dep_ == "det")
            named_between = any(ctx.ents.at(i) is not None for i in range(det.i, tok.i))
            start = tok.idx if named_between else det.idx  # "the group" from "the"
            out.append(LinkedMention(start, tok.idx + len(tok.text), tok.i, tok.i + 1,
                                     tok.text, "ANAPHOR", found.entity_id, found.etype))
    return out


def _antecedent(ctx: DocContext, before: int, noun: str) -> LinkedMention | None:
    """The last mention before a token whose type the anaphoric noun prefers."""
    prefs = ANAPHOR_TYPES[noun]
    best: LinkedMention | None = None
    best_rank = len(prefs)
    for m in ctx.ents.mentions:
        if m.tok_start >= before:
            break
        if not m.entity_id or m.etype not in prefs:
            continue
        rank = 0 if noun in m.text.lower() else prefs.index(m.etype)
        if rank <= best_rank:
            best, best_rank = m, rank
    return best


_POSSESSIVE = re.compile(r"^\s*['’]s?\s*(?:(?:so-called|own|main|new|former|state-funded|"
                         r"state-backed|official|largest|powerful)\s+)?$")


_RELATIVE = re.compile(r",\s*(?:who|which|that|whose)\b[^,]*,", re.I)


def _intervening(left: LinkedMention, right: LinkedMention, mentions: list[LinkedMention],
                 text: str) -> bool:
    """Another mention between the two, other than the possessor of the right one
    ("backed by Iran's IRGC Quds Force": Iran does not block the Quds Force)."""
    skipped = [(left.end + x.start(), left.end + x.end())
               for x in _RELATIVE.finditer(text[left.end:right.start])]
    for m in mentions:
        if m.start >= left.end and m.end <= right.start and m is not left and m is not right:
            if any(a <= m.start and m.end <= b for a, b in skipped):
                continue  # "X, who control most of Yemen, are part of Y"
            if _POSSESSIVE.match(text[m.end:right.start]) or m.label == "NORP" or (
                    m.entity_id in (left.entity_id, right.entity_id)) or m.modifier:
                continue
            return True
    return False


def _conjoined(ctx: DocContext, m: LinkedMention, mentions: list[LinkedMention]
               ) -> list[LinkedMention]:
    doc = ctx.doc
    head = doc[m.tok_end - 1]
    out = []
    for conj in head.conjuncts:
        for tok in [conj, *[c for c in conj.children if c.dep_ == "appos"]]:
            other = ctx.ents.at(tok.i)
            if other is not None and other is not m and other in mentions and \
                    other not in out:
                out.append(other)
    return out


def _add(ctx: DocContext, found: dict[str, Relation], subj: LinkedMention, predicate: str,
         obj: LinkedMention, sent: Span, certainty: str) -> None:
    assert subj.entity_id and obj.entity_id
    rid = relation_id(subj.entity_id, predicate, obj.entity_id)
    if rid in found:
        return
    s, e = clean_span(ctx.document.text, sent.start_char, sent.end_char)
    evidence = Evidence(ctx.document.id, s, e, ctx.document.text[s:e], ctx.extractor)
    found[rid] = Relation(rid, subj.entity_id, predicate, obj.entity_id, certainty, evidence,
                          ctx.extractor)
