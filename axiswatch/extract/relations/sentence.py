"""The relations one sentence states: the cue table and the appositions around a name.

For each pair of linked mentions the words between them are read against the
cue table (:mod:`axiswatch.extract.relations.patterns`); appositions such as
"Y, X's leader" or "X, an Iran-backed militia" are read from the words after
the second name. Titles, unit names and facility names add what they state on
their own. Certainty comes from the hedges of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from axiswatch.extract.context import DocContext
from axiswatch.extract.relations.aid import (
    aid_relations,
    listed_aid,
    patron_relations,
    received_aid,
    reliance_relations,
    staffed_aid,
)
from axiswatch.extract.relations.alliances import alliance_relations
from axiswatch.extract.relations.anaphora import (
    anaphors,
    counted_people,
    designated_pronouns,
    plural_mentions,
    pronoun_mentions,
)
from axiswatch.extract.relations.clauses import (
    collective_backers,
    description_relations,
    negated,
    possessed_units,
    units_of,
    verb_relations,
)
from axiswatch.extract.relations.joint import joint_actors, joint_groups
from axiswatch.extract.relations.listings import listing_relations
from axiswatch.extract.relations.members import member_relations
from axiswatch.extract.relations.patterns import (
    COMPILED,
    HEAD_OF_STATE,
    MAX_GAP,
    ONE_OF_SEVERAL,
    ORGS,
    PERSON,
    PLACES,
    SPONSORS,
    STATES,
    UNITS,
)
from axiswatch.extract.relations.places import facility_place, place_within
from axiswatch.extract.relations.spans import (
    ADJACENT,
    POSSESSIVE,
    RELATIVE,
    conjoined,
    intervening,
    listed,
    possessor_start,
    title_chain,
)
from axiswatch.extract.relations.titles import (
    governed_body,
    head_of_state,
    name_parent,
    office_of,
    titled_person,
)
from axiswatch.extract.roles import GROUP_NOUNS, LEADING_TITLES
from axiswatch.ids import relation_id
from axiswatch.model import Evidence, Relation
from axiswatch.nlp.hedging import certainty_of
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import clean_span, fold_quotes
from axiswatch.nlp.tokens import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _type_ok(m: LinkedMention, types: frozenset[str]) -> bool:
    return m.etype in types


def sentence_relations(ctx: DocContext, sent: Span) -> list[Relation]:
    """The relations one sentence states between its linked mentions."""
    mentions = [m for m in ctx.mentions_in(sent.start, sent.end) if m.entity_id]
    mentions = sorted([*mentions, *anaphors(ctx, sent), *pronoun_mentions(ctx, sent),
                       *plural_mentions(ctx, sent), *counted_people(ctx, sent)],
                      key=lambda m: m.start)
    if not mentions:
        return []
    text = ctx.document.text
    certainty = certainty_of(text_of(sent), allow=("alleged", "assessed", "reported"))
    found: dict[str, Relation] = {}
    for i, left in enumerate(mentions):
        for right in mentions[i + 1:]:
            if right.start - left.end > MAX_GAP:
                break
            if left.entity_id == right.entity_id or left.start == right.start:
                continue  # (the names one "both" stands for are no pair)
            cut = possessor_start(left, right, mentions, text)
            raw = text[left.end:cut]
            if raw.lstrip()[:1] in ("—", "–"):  # "X—a front for Y—": an apposition
                raw = ", " + raw.lstrip()[1:].lstrip()
            between = fold_quotes(raw)
            if RELATIVE.search(between) and not _COMMA.match(between) and \
                    not _APPOSED_AFTER_RELATIVE.search(between):
                between = RELATIVE.sub(",", between).replace(",,", ",")
            chained = title_chain(left, right, mentions, text)
            if chained is not None:
                between = chained  # "Y, deputy head of A and founder of B": Y founded B
            elif intervening(left, right, mentions, text, ctx.ents.backers):
                if left.etype in ORGS and right.etype in ORGS | PERSON and \
                        _IN_SUPPORT.search(between):
                    # "X fights alongside Y in support of Z": Z too, past the Y between
                    _add(ctx, found, left, "allied_with", right, sent, certainty)
                continue
            before = fold_quotes(text[max(sent.start_char, left.start - 60):left.start])
            if _RANK_BETWEEN.match(between) and _RANK_BEFORE.search(before) and \
                    right.etype == "person" and left.etype in ORGS:
                # "senior Hezbollah commander X" is one of its commanders, not its leader
                _add(ctx, found, right, "member_of", left, sent, certainty)
                continue
            if _COMMA.match(between):
                title = _TITLE_OF.search(before)
                if title and title.group(0)[:1] == ",":
                    comma = left.start - len(before) + title.start()
                    if any(m.etype == "person" and m.end <= comma and
                           not text[m.end:comma].strip() for m in mentions):
                        title = None  # "killed A, the founder of X, B took over": A's title
                if title and right.etype == "person" and left.etype in ORGS | PLACES:
                    if "found" in title.group(1).lower():
                        _add(ctx, found, left, "founded_by", right, sent, certainty)
                    elif left.etype in ORGS or HEAD_OF_STATE.search(title.group(1)):
                        # "As head of X, Y"
                        _add(ctx, found, right, "leader_of", left, sent, certainty)
                    continue
                if _ALIGNED_WITH.search(before) and right.etype in ORGS | PERSON:
                    _add(ctx, found, right, "allied_with", left, sent, certainty)
                    continue
            after = fold_quotes(text[right.end:right.end + 40])
            backer = ctx.ents.backers.get(left.entity_id) if left.entity_id else None
            if backer and right.etype in ORGS and _SUCH_AS.match(between):
                # "Iran-backed groups, including A and B": A and B are backed by Iran
                sponsor = LinkedMention(left.start, left.end, left.tok_start, left.tok_end,
                                        left.text, "ORG", backer, ctx.etype(backer))
                for member in (right, *listed(right, mentions, text)):
                    if member.entity_id != backer:
                        _add(ctx, found, member, "sponsored_by", sponsor, sent, certainty)
                continue
            role_noun = _ROLE_AFTER.match(after)
            if role_noun and _ROLE_ARTICLE.match(between) and left.etype == "person" and \
                    right.etype in ORGS:  # "Y, a senior Hezbollah commander"
                role_word = role_noun.group(1).lower()
                said = between + right.text + " " + role_noun.group(0)
                if role_word == "official" and re.search(r"\btop\b", between, re.I):
                    pass  # "the top US military official": a rank, not which body he serves
                elif role_word in ("founder", "co-founder"):
                    _add(ctx, found, right, "founded_by", left, sent, certainty)
                elif role_word in LEADING_TITLES and not ONE_OF_SEVERAL.search(said) and \
                        not between.strip(", ").lower().startswith(("a ", "an ", "one ")):
                    _add(ctx, found, left, "leader_of", right, sent, certainty)
                else:
                    _add(ctx, found, left, "member_of", right, sent, certainty)
                continue
            lead = _LEADER_AFTER.match(after)
            if lead and _ELECTED.match(between) and left.etype == "person" and \
                    right.etype in ORGS:  # "Y was elected X's secretary-general"
                role = "member_of" if ONE_OF_SEVERAL.search(after[:40]) else "leader_of"
                _add(ctx, found, left, role, right, sent, certainty)
                continue
            named = _NAMED_AS.match(after)
            if named and _NAMING.match(between) and left.etype in ORGS and \
                    right.etype == "person":  # "X named Y as its new leader"
                role = "member_of" if ONE_OF_SEVERAL.search(named.group(0)) else "leader_of"
                _add(ctx, found, right, role, left, sent, certainty)
                continue
            if lead and _COMMA.match(between) and left.etype == "person" and \
                    right.etype in ORGS | PLACES:
                if "found" in lead.group(1).lower():
                    _add(ctx, found, right, "founded_by", left, sent, certainty)  # "Y, X's founder"
                elif right.etype in ORGS or HEAD_OF_STATE.search(lead.group(1)):
                    _add(ctx, found, left, "leader_of", right, sent, certainty)  # "Y, X's leader"
                continue
            owned = _owned_role(left, right, between, after)
            if owned is not None:  # "X, Y's armed wing", "Y, X's sponsor", "Y, X's proxy"
                subj, predicate, obj = owned
                _add(ctx, found, subj, predicate, obj, sent, certainty)
                continue
            hit = _BACKED_AFTER.match(after)
            appositive = _APPOSITIVE.match(between) or (
                cut < right.start and _COMMA.match(between))  # "X, Lebanon's Iran-backed"
            if hit and (appositive or _COPULA_ARTICLE.match(between)) and \
                    left.etype in ORGS and right.etype in SPONSORS:  # "X is an Iran-backed"
                predicate = "allied_with" if hit.group(1).lower() in ("aligned", "allied") \
                    else "sponsored_by"
                _add(ctx, found, left, predicate, right, sent, certainty)  # "X, an Iran-backed"
                continue
            described = appositive or _COPULA_ARTICLE.match(between)
            if described and _DESIGNATED_AFTER.match(after) and \
                    left.etype in ORGS | PERSON and right.etype in STATES:
                _add(ctx, found, left, "designated_by", right, sent, certainty)
                continue  # "X, a US-designated terrorist group"
            if _OBJECT_RELATIVE.match(between) and _SPONSORING_AFTER.match(after) and \
                    left.etype in ORGS and right.etype in SPONSORS:
                _add(ctx, found, left, "sponsored_by", right, sent, certainty)  # "X, whom Y arms"
                continue
            if _OF_WHICH.match(between) and _IS_A_PART_AFTER.match(after) and \
                    left.etype in ORGS and right.etype in ORGS:
                _add(ctx, found, right, "part_of", left, sent, certainty)  # "Y, the umbrella
                continue  # of armed groups of which X is a part"
            if _ONE_OF.match(between) and _GROUPS_AFTER.match(after) and \
                    left.etype in ORGS and right.etype in ORGS:
                _add(ctx, found, left, "part_of", right, sent, certainty)  # "X, one of Y's units"
                continue
            people = _PEOPLE_AFTER.match(after)
            if people and _ONE_OF.match(between) and left.etype == "person" and \
                    right.etype in ORGS:  # "Y, one of X's top commanders"
                if people.group(1).lower().startswith(("founder", "co-founder")):
                    _add(ctx, found, right, "founded_by", left, sent, certainty)
                else:
                    _add(ctx, found, left, "member_of", right, sent, certainty)
                continue
            if _UNIT_NAME.match(left.text) and _OF_THE.match(between) and \
                    left.etype in UNITS and right.etype in UNITS:
                _add(ctx, found, left, "part_of", right, sent, certainty)  # "Unit 840 of Y"
                continue
            if left.etype in UNITS and right.etype in UNITS and left.label != "ANAPHOR" and \
                    ADJACENT.match(text[left.end:right.start]):
                _add(ctx, found, right, "part_of", left, sent, certainty)  # "IRGC Quds Force"
                continue
            if left.etype == "facility" and right.etype == "place" and _COMMA.match(between) \
                    and _ADDRESS_END.match(after):
                _add(ctx, found, left, "located_in", right, sent, certainty)  # "X Base, Delaware"
                continue
            if place_within(ctx, left, right, between):
                _add(ctx, found, left, "located_in", right, sent, certainty)  # "Rask, in Y"
                continue
            if right.etype in ORGS and left.etype == "person" and _TITLED_ORG.match(
                    fold_quotes(right.text)) and _BEFORE_TITLE.match(between):
                # "Y, the top official and Chairman of the Joint Chiefs of Staff"
                _add(ctx, found, left, "leader_of", right, sent, certainty)
                continue
            closing = _CLOSING_COMMA_VERB.match(between)
            if closing and _other_subject(ctx, left, left.end + closing.start(1)):
                continue  # "A, leader of B, a militia backed by C, was sanctioned by D":
                # the verb after the closing comma is A's, not the last name's before it
            for predicate, rx, xs, ys, rev in COMPILED:
                subj, obj = (right, left) if rev else (left, right)
                if not (_type_ok(subj, xs) and _type_ok(obj, ys)):
                    continue
                if not rx.search(between) and not (
                        predicate == "part_of" and left.label == "ANAPHOR" and
                        left.text.lower() in ("its", "their") and rx.search("'s" + between)):
                    continue  # "its armed wing, the X Brigades" is the wing of what "its"
                    # stands for, as "Y's armed wing, the X Brigades" is Y's
                if predicate == "sponsored_by" and rev and subj.etype == "organization" \
                        and re.match(r"-?\s*funded\b", between):
                    break  # "the US-funded Voice of America": a broadcaster paid for by a
                    # state is no armed group it sponsors
                if predicate == "leader_of" and obj.etype in PLACES and \
                        not HEAD_OF_STATE.search(between):
                    break  # "Iran commander X" serves Iran; he does not lead it
                if predicate == "part_of" and _A_LAW.search(obj.text + " " + after[:20]):
                    break  # "X, under the Global Magnitsky programme": a law, no body
                if predicate == "located_in" and _PLACE_MODIFIES.match(after):
                    break  # "near the US embassy": the embassy is where, not the US
                if not rev and any(m.start > obj.end and m.etype in ys and (
                        ADJACENT.match(text[obj.end:m.start]) or (
                            predicate != "sponsored_by" and
                            POSSESSIVE.match(text[obj.end:m.start]))) for m in mentions):
                    # "in Syria's Deir ez-Zor province": the province says where;
                    # "backed by the IRGC Quds Force": the Quds Force is the sponsor named
                    # (but one backed by Iran's Quds Force is backed by Iran too)
                    break
                if predicate in ("leader_of", "member_of") and not rev and \
                        _POSSESSOR_AFTER.match(after):
                    if obj.etype in PLACES:
                        break  # "head of Iran's judiciary" does not lead Iran
                    unit = _named_unit(obj, after, mentions)
                    if unit is not None:  # "commander of the Guards' overseas arm, the
                        # Quds Force" commands the Quds Force
                        role = "member_of" if ONE_OF_SEVERAL.search(between) else predicate
                        _add(ctx, found, subj, role, unit, sent, certainty)
                        break
                    if not _LEADING_BODY.match(after):  # "head of X's political bureau" leads
                        predicate = "member_of"  # "head of X's media office" serves X
                if predicate == "leader_of" and not rev and obj.label == "ANAPHOR" and \
                        obj.text.lower() in ("its", "their") and \
                        not _LEADING_BODY.match("'s" + after):
                    predicate = "member_of"  # "head of its executive council" serves it
                if predicate == "leader_of" and (ONE_OF_SEVERAL.search(between) or (
                        rev and obj.etype == "armed_group" and _FIELD_RANK.match(between))):
                    predicate = "member_of"  # "its deputy leader", "a senior commander of",
                    # "Nujaba commander X" (one of a militia's commanders, not its head)
                _add(ctx, found, subj, predicate, obj, sent, certainty)
                # "X and Y received funding from Z", "designated X and its leader, Y"
                # (a title or a founding belongs to its own name only).
                shared = predicate not in ("leader_of", "founded_by", "located_in")
                mates = [*conjoined(ctx, subj, mentions), *listed(subj, mentions, text)]
                for other in mates if shared else ():
                    if other.etype == "person" and _OWN_TITLE.match(
                            fold_quotes(text[other.end:other.end + 60])):
                        continue  # "A, deputy head of X, and B, leader of Y": B has his own
                    if _type_ok(other, xs) and other.entity_id != obj.entity_id:
                        _add(ctx, found, other, predicate, obj, sent, certainty)
                # "a front behind which Y and Z claim attacks": one brand of them all
                fronted = [*conjoined(ctx, obj, mentions), *listed(obj, mentions, text)]
                for other in fronted if predicate == "front_for" else ():
                    if _type_ok(other, ys) and other.entity_id != subj.entity_id:
                        _add(ctx, found, subj, predicate, other, sent, certainty)
                break
    by_token = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
    # "Both groups are designated by Y": a plural word stands for several names, each a
    # mention of the same tokens, of which the parse rules see one.
    several: dict[tuple[int, int], list[LinkedMention]] = {}
    for m in mentions:
        if m.label == "ANAPHOR":
            several.setdefault((m.tok_start, m.tok_end), []).append(m)
    for subj, predicate, obj, hedge in [*verb_relations(sent, by_token),
                                        *description_relations(sent, by_token),
                                        *possessed_units(sent, by_token,
                                                         ctx.linker.pack.entries),
                                        *units_of(sent, by_token),
                                        *aid_relations(sent, by_token),
                                        *patron_relations(sent, by_token),
                                        *reliance_relations(sent, by_token),
                                        *alliance_relations(sent, by_token),
                                        *listed_aid(sent, by_token),
                                        *received_aid(sent, by_token),
                                        *staffed_aid(sent, by_token),
                                        *listing_relations(sent, by_token),
                                        *member_relations(sent, by_token),
                                        *collective_backers(sent, by_token, ctx.ents.backers,
                                                            ctx.etype)]:
        for each in several.get((subj.tok_start, subj.tok_end), [subj]):
            for other in several.get((obj.tok_start, obj.tok_end), [obj]):
                _add(ctx, found, each, predicate, other, sent, hedge or certainty)  # "X is
                # funded by Y"
    for first, second in [*joint_actors(ctx, sent), *joint_groups(ctx, sent)]:
        # "the US and Britain struck", "A and B announced joint operations"
        _add(ctx, found, first, "allied_with", second, sent, certainty)
    for subj, obj in designated_pronouns(ctx, sent):
        _add(ctx, found, obj, "designated_by", subj, sent, certainty)
    for m in mentions:
        led = titled_person(ctx, m)
        if led is not None:  # "Iran's Supreme Leader" names the leader of Iran
            role = "member_of" if ONE_OF_SEVERAL.search(m.text) else "leader_of"
            _add(ctx, found, m, role, led, sent, certainty)
        parent = name_parent(ctx, m)
        if parent is not None:  # "IRGC Quds Force" is part of the IRGC
            _add(ctx, found, m, "part_of", parent, sent, certainty)
        state = head_of_state(ctx, m, text)
        if state is not None and not any(
                r.subject == m.entity_id and r.predicate == "leader_of" for r in found.values()):
            _add(ctx, found, m, "leader_of", state, sent, certainty)  # "President X"
        office = office_of(ctx, m, text)
        if office is not None:  # "Attorney General X" leads the Justice Department
            _add(ctx, found, m, office[0], office[1], sent, certainty)
        where = facility_place(ctx, m)
        if where is not None:  # "the US embassy in Baghdad" lies in Baghdad
            _add(ctx, found, m, "located_in", where, sent, certainty)
    _followed_suit(ctx, found, mentions, sent, certainty)
    return list(found.values())


# "A, who leads B, a group armed by C": the apposition after the relative clause
# describes B, the name that ends it, so the clause is no aside to skip.
_APPOSED_AFTER_RELATIVE = re.compile(r",\s*(?:who|which|that|whose)\b[^,]*,\s*(?:an?|the|one "
                                     r"of)\s", re.I)
# ", was sanctioned by", ", is backed by": a verb after a comma that closes an aside.
_CLOSING_COMMA_VERB = re.compile(r"^\s*,\s*(?:\w+ly\s+)?(is|are|was|were|has|have|had|"
                                 r"remains?|remained)\b", re.I)


def _other_subject(ctx: DocContext, m: LinkedMention, at: int) -> bool:
    """Whether the verb whose word starts at character ``at`` has for subject a name of
    another entity than ``m``: "A, a militia backed by X, was designated" (A's verb, not
    X's); not "X, backed by Y, was designated" nor "groups, such as X, are aligned"."""
    word = next((t for t in ctx.doc[m.tok_end:m.tok_end + 8] if t.idx == at), None)
    if word is None:
        return False
    verb = word.head if word.dep_ in ("aux", "auxpass") else word
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        subject = ctx.ents.at(child.i)
        if subject is not None and subject.entity_id and subject.entity_id != m.entity_id \
                and subject.start < m.start and \
                not _joined_to(ctx.doc[m.tok_end - 1], (child.i, verb.i)):
            return True
    return False


# Words that join a name to the subject it stands beside: "X, along with Y, is".
_BESIDE = frozenset({"with", "along", "together", "like", "and", "as", "including"})


def _joined_to(tok: Token, subject_and_verb: tuple[int, int]) -> bool:
    """Whether a name hangs from the subject (or its verb) only by "and" or "along
    with", so that the subject's verb is said of it too."""
    for _ in range(5):
        if tok.i in subject_and_verb:
            return True
        if tok.dep_ not in ("conj", "pobj", "prep", "cc") or \
                (tok.dep_ == "prep" and tok.lower_ not in _BESIDE) or tok.head is tok:
            return False
        tok = tok.head
    return False


_FOLLOW_SUIT = re.compile(r"^\s+(?:\w+\s+)?(?:following|followed|follows|to follow|will follow)"
                          r"\s+suit\b", re.I)


def _followed_suit(ctx: DocContext, found: dict[str, Relation], mentions: list[LinkedMention],
                   sent: Span, certainty: str) -> None:
    """"X sanctioned Y, with Z following suit": Z designated Y too."""
    text = ctx.document.text
    designated = [r for r in found.values() if r.predicate == "designated_by"]
    for m in mentions:
        if not designated or m.etype not in ("place", "state_body") or \
                not _FOLLOW_SUIT.match(text[m.end:m.end + 40]):
            continue
        for rel in designated:
            if rel.object != m.entity_id and rel.subject != m.entity_id:
                subj = LinkedMention(m.start, m.start, m.tok_start, m.tok_start, rel.subject,
                                     "ORG", rel.subject, ctx.etype(rel.subject))
                _add(ctx, found, subj, "designated_by", m, sent, certainty)


# "Y (the Y), the umbrella of factions of which X is a part": Y is the whole X is part of.
_OF_WHICH = re.compile(r"^(?:\s*\([^()]{1,20}\))?\s*,\s*(?:an?\s+|the\s+)?[^,;.()]{0,60}?"
                       r"\bof which\s+(?:the\s+)?$", re.I)
_IS_A_PART_AFTER = re.compile(r"^\s+(?:is|are|was|were|has been|have been|remains)\s+"
                              r"(?:also\s+|still\s+|now\s+)?(?:a\s+|one\s+)?(?:part|member|"
                              r"component)\b", re.I)
# The name of a law or a sanctions programme ("the Global Magnitsky Act", "... programme").
_A_LAW = re.compile(r"^[^,.;]*?\b(?:act|programmes?|programs?|law|executive order|"
                    r"sanctions)\b", re.I)
_TITLE_OF = re.compile(r"(?:^|\bas\s+|[.;:,]\s*)(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
                       r"(president|leader|head|chief|commander|secretary[- ]general|"
                       r"speaker|chairman|founder|prime minister) of (?:the )?$", re.I)
_RANK_BEFORE = re.compile(r"\b(?:senior|deputy|top|field|local|prominent|veteran|an?)\s+$",
                          re.I)
# A rank between a militia's name and a person's: "Kataib Hezbollah commander X".
_FIELD_RANK = re.compile(r"^\s*commander\s*,?\s*(?:(?:general|gen\.|brigadier|colonel|major)"
                         r"\s+)?$", re.I)
_RANK_BETWEEN = re.compile(r"^\s*(?:commander|official|leader|member|operative|figure)s?"
                           r"\s*,?\s*$", re.I)
_COMMA = re.compile(r"^\s*,\s*$")
_SPONSOR_AFTER = re.compile(r"^['’]s?\s+(?:(?:main|key|chief|principal|biggest|primary|"
                            r"longtime)\s+)?(?:sponsor|backer|patron|supporter|arms supplier)s?\b",
                            re.I)
_PROXY_AFTER = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:proxy|proxies|client|"
                          r"surrogate)\b", re.I)
# "Y was elected X's leader", "X named Y as its new secretary-general".
# Nouns a title word may modify, making another office: "X's chief financier", "its head
# negotiator" (not its chief or head).
TITLE_HEADED = (r"(?:financier|negotiator|spokes(?:man|woman|person)|executive|strategist|"
                r"engineer|ideologue|adviser|advisor|officer|of staff|prosecutor|diplomat|"
                r"accountant|recruiter|liaison|representative|envoy|bomb-?maker|of\s)")
_ELECTED = re.compile(r"^\s+(?:(?:was|were|has been|had been|is)\s+(?:\w+\s+)?(?:elected|named|"
                      r"appointed|chosen|picked|selected|confirmed)\s+(?:as\s+)?|"
                      r"(?:(?:has|had)\s+)?(?:became|become|becomes)\s+(?:the\s+)?)$", re.I)
_NAMING = re.compile(r"^\s+(?:has\s+|had\s+)?(?:named|appointed|elected|chose|picked|selected)"
                     r"\s+$", re.I)
_NAMED_AS = re.compile(r"^\s*,?\s*(?:as\s+)?(?:its|their)\s+(?:new\s+|next\s+|acting\s+)?"
                       r"(?:[\w\-]+\s+)?(?:leader|head|chief|commander|secretary[- ]general|"
                       r"president|chairman|spokesman)\b", re.I)
_IN_SUPPORT = re.compile(r"^,?\s*(?:\w+\s+){0,2}(?:fights?|fought|fighting|battles?|battled|"
                         r"deployed|operates?|operating)\b[^.;:]{0,80}?\bin support of\s+"
                         r"(?:the\s+)?$", re.I)
# "Y, a senior Hezbollah commander": an article, ranks, the group's name, a role noun.
_ROLE_ARTICLE = re.compile(r"^\s*,\s*(?:an?|the|another|one)\s+(?:(?:senior|top|former|veteran|"
                           r"prominent|high-ranking|key|local|military|political|field|late|"
                           r"longtime|mid-level|low-level|deputy|[\w\-]+-based)\s+){0,2}$", re.I)
_ROLE_AFTER = re.compile(r"^\s+(?:(?:military|political|senior|field|top|deputy|regional|"
                         r"local|media|security)\s+)?(leader|chief|head|commander|"
                         r"secretary[- ]general|co-founder|founder|member|officer|official|"
                         r"operative|fighter|spokes(?:man|woman|person)|militant|figure|"
                         r"general|envoy|representative|ideologue|cleric|lawmaker|adviser|"
                         r"advisor|negotiator|aide|financier)\b(?!['’\-])",
                         re.I)
_LEADING_BODY = re.compile(r"^['’]s?\s+(?:political bureau|politburo|leadership)\b", re.I)
_SUCH_AS = re.compile(r"^\s*,?\s*(?:including|such as|like|among them|notably)\s+(?:the\s+)?$",
                      re.I)
_COMMA_THE = re.compile(r"^\s*,\s*(?:the\s+)?$", re.I)
_PART_AFTER = re.compile(r"^'s?\s+(?:[\w\-]+\s+){0,2}(?:arm|wing|branch|unit|division|"
                         r"affiliate|subsidiary)\b", re.I)
# (possessive role noun after the second name, types of the first and second names,
#  predicate, whether the first name is the subject)
_OWNED_ROLES = (
    (_PART_AFTER, ORGS, ORGS, "part_of", True),
    (_SPONSOR_AFTER, SPONSORS, ORGS, "sponsored_by", False),
    (_PROXY_AFTER, ORGS, SPONSORS, "sponsored_by", True),
)
_LEADER_AFTER = re.compile(r"^'s?\s+(?:(?:late|former|top|supreme|founding|current|new)\s+)?"
                           r"(leader|chief|head|commander|founder|secretary[- ]general|"
                           r"president|prime minister)\b(?!\s+" + TITLE_HEADED + r")", re.I)
# What follows "FACILITY, PLACE" when the place is its address, not the next item of a list.
_ADDRESS_END = re.compile(r"^\s*(?:[.;:)]|,\s*(?!and\b|or\b|al-|el-|as-|ad-|ar-)[a-z]+\b|"
                          r"\s+(?:on|last|this|where|which|when|was|is|has|had|were|said)\b)")
# The object of "head of X" owns what the title names: "head of X's media office".
_POSSESSOR_AFTER = re.compile(r"^['’]s?\s+[\w\-]", re.I)
# "X is a US-designated group": the copula's complement describes X as an apposition does.
_COPULA_ARTICLE = re.compile(r"^\s+(?:is|are|was|were|remains?|has been|have been)\s+"
                             r"(?:an?|the|one of(?: the)?|among the)\s+(?:[\w\-]+\s+){0,2}$",
                             re.I)
# "X, whom Y arms and trains", "X, which Y has long funded", "X is one of several militias
# that Y funds", "X, a group Y arms".
# The group noun comes after a comma or a copula ("X, a group the IRGC arms", "X is among the
# factions Tehran funds"), not as the object of X's own verb ("X attacked militias Y backs").
_OBJECT_RELATIVE = re.compile(r"^\s*,\s*(?:whom|which)\s+(?:the\s+)?$|^\s*(?:,\s*(?:(?:is|was|are|"
                              r"were|remains)\s+)?|(?:is|was|are|were|remains)\s+)"
                              r"(?:(?:one|another|among)\s+(?:of\s+)?)?"
                              r"(?:the\s+|an?\s+)?(?:(?!and\b|or\b)[\w\-]+\s+){0,2}?(?:groups?|militias?|"
                              r"factions?|movements?|organi[sz]ations?)\s+(?:that\s+|which\s+|"
                              r"whom\s+)?(?:the\s+)?$", re.I)
_SPONSORING_AFTER = re.compile(r"^\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|long\s+)?"
                               r"(?:arm|fund|train|back|support|financ|equip|sponsor|bankroll|"
                               r"direct)(?:s|es|ed|ed)?\b", re.I)
# "X, one of Y's brigades": X is one of the units Y is made of.
_ONE_OF = re.compile(r"^\s*,?\s*(?:which is |that is |is |was )?(?:one|another|two|both|all) "
                     r"of\s+(?:the\s+)?$", re.I)
_GROUPS_AFTER = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:brigades|factions|units|"
                           r"member groups|groups|militias|components|battalions|divisions|"
                           r"wings|branches|affiliates|members)\b", re.I)
# "Y, one of X's senior commanders": one of the people X is made of.
_PEOPLE_AFTER = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,3}?(commanders|leaders|officials|"
                           r"members|operatives|officers|figures|founders|co-founders|"
                           r"spokesmen|ideologues|financiers)\b", re.I)
# "Unit 840 of the Quds Force", "Department 400 of the IRGC": a numbered unit of its body.
_UNIT_NAME = re.compile(r"^(?:the\s+)?(?:unit|department|brigade|division|battalion|"
                        r"directorate|corps|regiment|branch)\s+\d+$", re.I)
_OF_THE = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
_DESIGNATED_AFTER = re.compile(r"^-(?:designated|sanctioned|blacklisted)\b", re.I)
_BACKED_AFTER = re.compile(r"^-(backed|sponsored|funded|supported|aligned|allied)\b", re.I)
_APPOSITIVE = re.compile(r"^\s*,\s*(?:an?|the|one|another|one of the|among the)\s+"
                         r"(?:(?!for\b|of\b|by\b|with\b)[\w\-]+\s+){0,3}$", re.I)
_ALIGNED_WITH = re.compile(r"\b(?:aligned|allied|allies)(?: closely)? with (?:the )?$", re.I)
_TITLED_ORG = re.compile(r"^(?:the )?(?:chairman|chairwoman|head|chief|leader|commander|president|"
                         r"speaker|director|secretary[- ]general) of ", re.I)
_BEFORE_TITLE = re.compile(r"^,?\s*(?:the\s+)?(?:[\w\-]+\s+){0,6}?(?:and\s+)?$")


# A place name that qualifies the noun after it: "the US embassy", "Iraqi forces".
_PLACE_MODIFIES = re.compile(r"^\s+(?:[a-z\-]+\s+)?(?:embassy|consulate|base|forces|troops|"
                             r"military|army|navy|jets|warships|officials|diplomats|"
                             r"ambassador|mission|compound|facility|facilities)\b")
# "X's overseas arm, the Y": the unit of X named in apposition.
_UNIT_NAMED = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:arm|wing|branch|unit|division)"
                         r"\s*,\s*(?:the\s+)?", re.I)


def _named_unit(owner: LinkedMention, after: str, mentions: list[LinkedMention]
                ) -> LinkedMention | None:
    """The unit named in apposition to "X's arm" right after the owner X, if any."""
    hit = _UNIT_NAMED.match(after)
    if hit is None:
        return None
    at = owner.end + hit.end()
    return next((m for m in mentions if m.start == at and m.etype in ORGS), None)


# A person's own title after the name: "B, leader of Y".
_OWN_TITLE = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:leader|head|chief|"
                        r"commander|member|founder|spokes(?:man|woman|person)|official|"
                        r"secretary[- ]general|director|officer)\b", re.I)


_STATE_OBJECTS = frozenset({"sponsored_by", "designated_by", "allied_with", "member_of"})


def _owned_role(left: LinkedMention, right: LinkedMention, between: str, after: str
                ) -> tuple[LinkedMention, str, LinkedMention] | None:
    """"X, Y's armed wing" (X part of Y), "Y, X's sponsor" (X sponsored by Y), "Y, X's
    proxy" (Y sponsored by X): a name followed by another's possessive role noun."""
    if not _COMMA_THE.match(between):
        return None
    for rx, left_types, right_types, predicate, subject_is_left in _OWNED_ROLES:
        if rx.match(after) and left.etype in left_types and right.etype in right_types:
            return (left, predicate, right) if subject_is_left else (right, predicate, left)
    return None


def _state_of_capital(ctx: DocContext, m: LinkedMention) -> LinkedMention:
    """The country a capital's name stands for (GeoNames capitals), else the mention."""
    if m.etype != "place" or m.label == "ANAPHOR":
        return m
    country = ctx.linker.capital_state(fold_quotes(m.text).strip())
    if country is None or country == m.entity_id or ctx.etype(country) != "place":
        return m
    return LinkedMention(m.start, m.end, m.tok_start, m.tok_end, m.text, m.label, country,
                         "place")


def _country_of_part(ctx: DocContext, m: LinkedMention) -> LinkedMention:
    """The country a compass part of it stands for ("eastern Syria": Syria), else the
    mention."""
    entry = ctx.linker.pack.entries.get(m.entity_id or "")
    if entry is None or not entry.country_part or not entry.country or ctx.geocoder is None:
        return m
    country = ctx.geocoder.country_place(entry.country)
    if country is None:
        return m
    return replace(m, entity_id=country.id)


# Nouns a group's name may modify and still name the group ("the Houthi movement").
_GROUP_HEADS = GROUP_NOUNS | {"network", "force", "forces", "brigade"}


def names_itself(ctx: DocContext, m: LinkedMention) -> bool:
    """Whether a mention names its entity as such, not as the modifier of someone else's
    noun: "Hezbollah" in "OFAC designated Hezbollah", not in "designated Hezbollah
    financier X" or "the Quds Force commander" (a designation of X or of the commander)."""
    if not m.modifier:
        return True
    return ctx.doc[m.tok_end - 1].head.lemma_.lower() in _GROUP_HEADS


def designators(ctx: DocContext, body: str) -> list[str]:
    """Who a designation by ``body`` is by: the body, then the state it lists for, if
    another (the reference sets code a ministry's listing either way)."""
    state = designating_state(ctx, body)
    return [body] if state is None or state == body else [body, state]


def designating_state(ctx: DocContext, body: str) -> str | None:
    """The state a government body designates for ("the State Department" for the
    United States): a listing by a ministry is the state's listing."""
    if ctx.etype(body) != "state_body":
        return None
    country = ctx.linker.country_entity.get(ctx.country(body) or "")
    return country if country and country != body else None


def is_collective(ctx: DocContext, entity_id: str) -> bool:
    """An unnamed collective ("Iran-backed militias"): its backer is in its name, and no
    other link of it names anyone; a network of named actors leaves it out."""
    return entity_id in ctx.ents.backers and entity_id not in ctx.linker.pack.entries


def _add(ctx: DocContext, found: dict[str, Relation], subj: LinkedMention, predicate: str,
         obj: LinkedMention, sent: Span, certainty: str) -> None:
    if predicate in _STATE_OBJECTS:  # "Tehran-backed": the capital stands for the state
        obj = _state_of_capital(ctx, obj)
        if predicate == "allied_with":
            subj = _state_of_capital(ctx, subj)
    if predicate == "located_in":  # "the X base in eastern Syria" lies in Syria
        obj = _country_of_part(ctx, obj)
    assert subj.entity_id and obj.entity_id
    if predicate == "designated_by" and not names_itself(ctx, subj):
        return  # "sanctioned Hezbollah financier X": X is listed, not Hezbollah
    body = governed_body(ctx, subj.entity_id, obj.entity_id) if (
        predicate == "leader_of" and obj.etype == "place") else None
    if body is not None:  # "the prime minister of the Kurdistan Region"
        obj = LinkedMention(obj.start, obj.end, obj.tok_start, obj.tok_end, obj.text, "ORG",
                            body, "state_body")
    assert obj.entity_id
    if subj.entity_id == obj.entity_id or is_collective(ctx, subj.entity_id) or \
            is_collective(ctx, obj.entity_id):
        return
    if subj.tok_end > subj.tok_start and obj.tok_end > obj.tok_start and negated(
            ctx.doc, (subj.tok_start, subj.tok_end), (obj.tok_start, obj.tok_end)):
        return  # "X denies receiving arms from Y", "Y has not designated X"
    rid = relation_id(subj.entity_id, predicate, obj.entity_id)
    if rid in found:
        return
    for state in designators(ctx, obj.entity_id)[1:] if predicate == "designated_by" else []:
        if state != subj.entity_id:  # the Treasury lists for its state
            _add(ctx, found, subj, predicate, replace(obj, entity_id=state, etype="place"),
                 sent, certainty)
    found[rid] = Relation(rid, subj.entity_id, predicate, obj.entity_id, certainty,
                          sentence_evidence(ctx, sent), ctx.extractor)


def sentence_evidence(ctx: DocContext, sent: Span) -> Evidence:
    """A whole sentence as the evidence of a fact it states (trimmed of spaces)."""
    s, e = clean_span(ctx.document.text, sent.start_char, sent.end_char)
    return Evidence(ctx.document.id, s, e, ctx.document.text[s:e], ctx.extractor)


