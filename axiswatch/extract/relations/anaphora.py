"""Mentions that stand for a group named earlier: "the group", "it", "him"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.arguments import prep_objects
from axiswatch.extract.context import DocContext
from axiswatch.extract.relations.clauses import hypothetical
from axiswatch.extract.relations.patterns import ANY, FACILITY, PLACES, STATES
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import fold_quotes
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DESIGNATING = frozenset({"designate", "sanction", "blacklist", "list"})
# "sanctions imposed on X", "measures against X": who the measure hits.
IMPOSED_ON_PREPS = frozenset({"on", "against"})


def designated_pronouns(ctx: DocContext, sent: Span
                         ) -> list[tuple[LinkedMention, LinkedMention]]:
    """"Washington designated it a terrorist organization": the state and the group (or
    person, for "him") the pronoun stands for."""
    out: list[tuple[LinkedMention, LinkedMention]] = []
    for tok in span_tokens(sent, pos=("NOUN", "VERB")):  # (tested below)
        if tok.lemma_.lower() == "sanction" and tok.pos_ == "NOUN" and \
                tok.head.lemma_.lower() == "impose" and tok.dep_ == "dobj":
            states = [m for c in tok.head.children if c.dep_ == "nsubj"
                      if (m := ctx.ents.at(c.i)) is not None and m.entity_id and
                      m.etype in STATES]
            for _x, pobj in prep_objects(tok, IMPOSED_ON_PREPS):
                named = ctx.ents.at(pobj.i)
                if states and named is not None and named.entity_id and \
                        named.etype in ANY - PLACES - FACILITY:
                    out.append((states[0], named))  # "imposed sanctions on X"
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in DESIGNATING or hypothetical(tok):
            continue
        states = [m for c in tok.children if c.dep_ == "nsubj"
                  if (m := ctx.ents.at(c.i)) is not None and m.entity_id and m.etype in STATES]
        if not states:
            states = _speaker_state(ctx, tok)  # "Washington said it would designate X"
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
            if low == "it":
                found = salient_group(ctx, obj)
                ref = found.entity_id if found is not None else None
            else:
                ref = ctx.last_actor_before(obj.i, person=low in ("him", "her"))
            if ref is None or ref == states[0].entity_id:
                continue
            pseudo = LinkedMention(obj.idx, obj.idx + len(obj), obj.i, obj.i + 1, obj.text,
                                   "ANAPHOR", ref, ctx.etype(ref))
            out.append((states[0], pseudo))
    return out


def _speaker_state(ctx: DocContext, verb: Token) -> list[LinkedMention]:
    """The state a subject "it" of a reported clause stands for: "the United States said
    it would designate X" (the subject of the verb that reports the clause)."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return []
    for up in verb.ancestors:
        for c in up.children:
            if c.dep_ == "nsubj":
                m = ctx.ents.at(c.i)
                if m is not None and m.entity_id and m.etype in STATES:
                    return [m]
                return []
    return []


GROUP_TYPES = frozenset({"armed_group", "front_group", "coalition", "organization",
                         "state_body"})


def _subject_of(ctx: DocContext, sent: Span, before: int | None = None) -> LinkedMention | None:
    """The group a sentence's main clause is about (its subject), if named or "the group";
    with ``before``, only a subject written before that token."""
    # the main clause, then the clauses joined to it ("..., and the group must now doubt")
    for c in (c for verb in (sent.root, *sent.root.conjuncts) for c in verb.children):
        if c.dep_ not in ("nsubj", "nsubjpass") or (before is not None and c.i >= before):
            continue
        m = ctx.ents.at(c.i)
        if m is None and c.lemma_.lower() in ANAPHOR_TYPES:
            m = _antecedent(ctx, c.i, c.lemma_.lower())
        if m is not None and m.entity_id and m.etype in GROUP_TYPES:
            return m
    return None


def salient_group(ctx: DocContext, pronoun: Token) -> LinkedMention | None:
    """The group "it" or "its" stands for: for "its" the last group named before it in its
    sentence; the subject of its own sentence ("the group said it...", "In a statement by
    its leader, the group said"), else the subject
    of one of the two sentences before whose subject is no other named actor. None when
    there is no such group."""
    sent = pronoun.sent
    if pronoun.lower_ == "its":  # "X and its leader", "X said its fighters"
        near = [m for m in ctx.mentions_in(sent.start, pronoun.i)
                if m.entity_id and m.etype in GROUP_TYPES]
        if near:
            return near[-1]
    own = _subject_of(ctx, sent)
    if own is not None and not (pronoun.dep_ in ("nsubj", "nsubjpass") and
                                pronoun.head == sent.root):
        return own
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = pronoun.doc[sent.start - 1].sent
        found = _subject_of(ctx, sent)
        if found is not None:
            return found
        only = _only_group(ctx, sent)
        if only is not None and pronoun.dep_ in ("nsubj", "nsubjpass"):
            return only  # "Washington blamed X, a militia. It is one of the factions of Y"
        if not any(t.pos_ == "PRON" and t.lower_ == "it" and t.dep_ in ("dobj", "pobj", "dative")
                   for t in sent):
            return None  # a sentence about another actor, not one that speaks of the group
            # as its object ("Washington designated it ...")
    return None


def _only_group(ctx: DocContext, sent: Span) -> LinkedMention | None:
    """The one named group a sentence speaks of (None when it names none or several)."""
    groups = {m.entity_id: m for m in ctx.mentions_in(sent.start, sent.end)
              if m.entity_id and m.etype in NAMED_GROUPS}
    return next(iter(groups.values())) if len(groups) == 1 else None


def pronoun_mentions(ctx: DocContext, sent: Span) -> list[LinkedMention]:
    """"It receives weapons from X", "its secretary-general, Y": the group the pronoun
    stands for, as a mention (an "it" that stands for nothing, "it is unclear", is none)."""
    out: list[LinkedMention] = []
    for tok in span_tokens(sent, pos=("PRON",), words=("it", "its", "their")):
        low = tok.lower_
        if tok.pos_ != "PRON" or low not in ("it", "its", "their"):
            continue
        if low == "their":
            owner = _plural_owner(ctx, tok) if tok.dep_ == "poss" else None
            if owner is not None and owner.entity_id:
                out.append(LinkedMention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1,
                                         tok.text, "ANAPHOR", owner.entity_id, owner.etype))
            continue
        if low == "it":
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if tok.head.lemma_ == "be" and not any(c.dep_ == "attr" for c in tok.head.children):
                continue  # "it is unclear whether", "it was too late"
        elif tok.dep_ != "poss":
            continue
        found = salient_group(ctx, tok)
        if found is not None and found.entity_id:
            out.append(LinkedMention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1,
                                     tok.text, "ANAPHOR", found.entity_id, found.etype))
    return out


def _plural_owner(ctx: DocContext, pronoun: Token) -> LinkedMention | None:
    """The group "their" stands for: one whose name is a plural ("the Houthis", "the
    Popular Mobilization Forces"), named last before it in its sentence or as the subject
    the sentence or one before it is about; none when a plural common noun ("officials",
    "fighters") comes before it, which it more likely stands for."""
    sent = pronoun.sent
    if any(t.tag_ == "NNS" and t.pos_ == "NOUN" and ctx.ents.at(t.i) is None
           for t in sent.doc[sent.start:pronoun.i]):
        return None
    near = [m for m in ctx.mentions_in(sent.start, pronoun.i)
            if m.entity_id and m.etype in NAMED_GROUPS]
    found = near[-1] if near else salient_group(ctx, pronoun)
    if found is None or found.etype not in NAMED_GROUPS or \
            not fold_quotes(found.text).rstrip().endswith("s"):
        return None
    return found


# Nouns that, with "the" or "this", stand for the group named before ("the group is part of").
ANAPHOR_NOUNS = frozenset({"group", "militia", "organization", "organisation", "movement",
                           "university", "company", "party", "network", "front", "faction"})


# Types an anaphoric noun takes alike, the latest named first.
ARMED_ALIKE = frozenset({"armed_group", "front_group"})
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
    # "the name is a front for Y", "the banner is used by Y": the brand named before (an
    # umbrella a report calls a front too)
    "name": ("front_group", "coalition"),
    "banner": ("front_group", "coalition"),
    "university": ("organization",),
    "company": ("organization",),
    "rebel": ("armed_group",),
    "militant": ("armed_group",),
    "insurgent": ("armed_group",),
    "base": ("facility",),
    "site": ("facility",),
    "outpost": ("facility",),
    "garrison": ("facility",),
    "compound": ("facility",),
    "facility": ("facility",),
}


# Plural nouns that, with "the", stand for a group whose name is a plural: "the Houthis
# ... the rebels", "the Yemeni rebels".
PLURAL_ANAPHORS = frozenset({"rebel", "militant", "insurgent"})


def anaphors(ctx: DocContext, sent: Span) -> list[LinkedMention]:
    """"The group", "this university": mentions of the last entity of a fitting type
    named before (a noun followed by a name, "the group Kataib Hezbollah", is not one)."""
    out: list[LinkedMention] = []
    for tok in span_tokens(sent, pos=("NOUN",), lemmas=ANAPHOR_TYPES):
        noun = tok.lemma_.lower()
        if noun not in ANAPHOR_TYPES or tok.pos_ != "NOUN" or ctx.ents.at(tok.i) is not None:
            continue
        plural = tok.tag_ in ("NNS", "NNPS")
        if plural != (noun in PLURAL_ANAPHORS):
            continue  # ("the groups" are several; "the rebels" stand for "the Houthis")
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            continue
        nxt = tok.i + 1
        if nxt < len(tok.doc) and ctx.ents.at(nxt) is not None:
            continue  # "the Iranian-backed group Kataib Hezbollah"
        if any(c.dep_ in ("prep", "acl", "relcl") and c.i > tok.i and
               tok.doc[c.left_edge.i - 1].text != "," for c in tok.children):
            # "the group of ...", "the group that ...": a new description (but "the
            # group, which ..." still stands for the group named before)
            continue
        found = _antecedent(ctx, tok.i, noun)
        if found is not None and plural and \
                not fold_quotes(found.text).rstrip().endswith("s"):
            found = None  # "the rebels" after a group whose name is no plural
        if found is not None:
            det = next(c for c in tok.children if c.dep_ == "det")
            named_between = any(ctx.ents.at(i) is not None for i in range(det.i, tok.i))
            start = tok.idx if named_between else det.idx  # "the group" from "the"
            out.append(LinkedMention(start, tok.idx + len(tok.text), tok.i, tok.i + 1,
                                     tok.text, "ANAPHOR", found.entity_id, found.etype))
    return out


def _antecedent(ctx: DocContext, before: int, noun: str) -> LinkedMention | None:
    """The last mention before a token whose type the anaphoric noun prefers; armed groups
    and the fronts they claim under rank alike ("The Houthis denied any role. A group
    calling itself X claimed the attack ... the group is a front": X)."""
    prefs = ANAPHOR_TYPES[noun]
    best: LinkedMention | None = None
    best_rank = len(prefs)
    for m in ctx.ents.mentions:
        if m.tok_start >= before:
            break
        if not m.entity_id or m.etype not in prefs:
            continue
        rank = 0 if noun in m.text.lower() or m.etype in ARMED_ALIKE else prefs.index(m.etype)
        if rank <= best_rank:
            best, best_rank = m, rank
    return best




# Words that stand for several groups named before: "both", "they", "both groups",
# "the two militias".
PLURAL_PRONOUNS = frozenset({"both", "they"})
# "the two militias": the determiners of a plural that counts two.
THE_TWO = frozenset({"the", "two"})
PLURAL_NOUNS = frozenset({"groups", "militias", "factions", "organizations", "organisations",
                          "movements"})
NAMED_GROUPS = frozenset({"armed_group", "front_group", "coalition"})
# "the three", "the four men": a count of people named before.
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
PEOPLE_NOUNS = frozenset({"men", "women", "suspects", "defendants", "brothers", "accused"})


def plural_mentions(ctx: DocContext, sent: Span) -> list[LinkedMention]:
    """"Both receive weapons from Y", "they take their orders from Y", "both groups are
    part of Y", "Y arms both groups": one mention for each group of the list of named
    groups the subject (or the counted object) stands for (the last list before it in its
    sentence, else in the sentence before)."""
    out: list[LinkedMention] = []
    for tok in span_tokens(sent, deps=("nsubj", "nsubjpass", "dobj")):
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or ctx.ents.at(tok.i) is not None:
            continue
        low = tok.lower_
        if low in PLURAL_PRONOUNS and tok.dep_ != "dobj":
            start = tok
        elif low in PLURAL_NOUNS and _counts_two(tok):  # (also "Iran funds both groups")
            start = next(c for c in tok.children if c.dep_ in ("det", "predet", "nummod"))
        else:
            continue
        for group in _named_list(ctx, sent, tok.i) or _previous_list(ctx, sent):
            out.append(LinkedMention(start.idx, tok.idx + len(tok.text), start.i, tok.i + 1,
                                     tok.text, "ANAPHOR", group.entity_id, group.etype))
    return out


def counted_people(ctx: DocContext, sent: Span) -> list[LinkedMention]:
    """"The indictment charges A, B and C ... the three belong to Y", "the four men have
    been members of Y": one mention for each person a counted subject stands for (the
    people of the last sentence, among the three before, naming just that many)."""
    out: list[LinkedMention] = []
    doc = sent.doc
    for tok in sent:  # (by words: the parser reads "the three belong" as a noun phrase)
        if tok.lower_ not in COUNTS or tok.i + 1 >= sent.end or tok.i == sent.start or \
                doc[tok.i - 1].lower_ != "the" or ctx.ents.at(tok.i) is not None:
            continue
        start, end = doc[tok.i - 1], doc[tok.i + 1]
        if end.lower_ in PEOPLE_NOUNS:
            end = doc[end.i + 1] if end.i + 1 < sent.end else end
        elif end.tag_ in ("NNS", "NNPS", "JJ", "CD", "POS") or end.lower_ in ("of", "-"):
            continue  # "the three rockets", "the three of them"
        if end.lower_ in ("of", "'s") or (end.pos_ == "PUNCT" and end.lower_ != ","):
            continue
        last = doc[end.i - 1]
        for person in _people_named(ctx, sent, COUNTS[tok.lower_]):
            out.append(LinkedMention(start.idx, last.idx + len(last.text), start.i, last.i + 1,
                                     last.text, "ANAPHOR", person.entity_id, person.etype))
    return out


def _people_named(ctx: DocContext, sent: Span, count: int) -> list[LinkedMention]:
    """The people named in the last of the three sentences before ``sent`` to name
    exactly ``count`` of them."""
    at = sent.start
    for _ in range(3):
        if at == 0:
            break
        before = sent.doc[at - 1].sent
        people: dict[str, LinkedMention] = {}
        for m in ctx.mentions_in(before.start, before.end):
            if m.entity_id and m.etype == "person":
                people.setdefault(m.entity_id, m)
        if len(people) == count:
            return list(people.values())
        at = before.start
    return []


def _counts_two(noun: Token) -> bool:
    """"both groups", "the two militias": a plural noun that counts two."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")}
    return "both" in words or words >= THE_TWO


def _previous_list(ctx: DocContext, sent: Span) -> list[LinkedMention]:
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    return _named_list(ctx, before, before.end)


def _named_list(ctx: DocContext, sent: Span, before: int) -> list[LinkedMention]:
    """The last list of two or more named groups joined by "and" before token ``before``."""
    found: list[LinkedMention] = []
    for tok in sent:
        if tok.i >= before:
            break
        head = ctx.ents.at(tok.i)
        if head is None or tok.i != head.tok_end - 1 or head.etype not in NAMED_GROUPS:
            continue
        joined = [head]
        for conj in tok.conjuncts:
            m = ctx.ents.at(conj.i)
            if conj.i > tok.i and conj.i < before and m is not None and m.entity_id and \
                    m.etype in NAMED_GROUPS and all(m.entity_id != j.entity_id for j in joined):
                joined.append(m)
        if len(joined) > 1 and tok.dep_ != "conj":
            found = joined
    return found
