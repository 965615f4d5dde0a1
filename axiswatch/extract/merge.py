"""Within one sentence: triggers that tell one occurrence become one draft, and a list of
targets in different places becomes one draft per target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.arguments import SEQUENCE_VERBS, np_span, subtree_tokens
from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import ONE_PER_SENTENCE, VIOLENT, Draft
from axiswatch.extract.places import place_of
from axiswatch.extract.roles import SAYING
from axiswatch.extract.triggers import lemma
from axiswatch.model import ROLE_LISTS
from axiswatch.nlp.linking import PLACE_TYPES, LinkedMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Statement verbs that are their speaker's voice themselves ("denied", "warned").
VOICING = frozenset({"deny", "warn", "vow", "threaten", "reject", "pledge", "promise",
                     "dismiss", "refute"})
# Subtypes that say only that something was declared, not what.
VAGUE_SUBTYPES = frozenset({"announcement"})


def compatible(a: Draft, b: Draft, ctx: DocContext | None = None) -> bool:
    """Whether two drafts of one sentence may tell one occurrence (nothing contradicts)."""
    if a.type != b.type:
        return False
    if a.type == "statement" and ctx is not None and _two_voices(ctx, a, b):
        return False  # "X said A would pay, and Y said B would face revenge"
    if a.type in ONE_PER_SENTENCE:
        return True
    if a.date and b.date and a.date.value != b.date.value:
        return False
    if a.all_actors() and b.all_actors() and not set(a.all_actors()) & set(b.all_actors()):
        return False
    broad = ("country", "region")
    if a.place and b.place and a.place.name != b.place.name and \
            a.place.entity_id != b.place.entity_id and \
            a.place.precision not in broad and b.place.precision not in broad:
        return False
    ta, tb = set(a.target_actors), set(b.target_actors)
    if ctx is not None:
        ta = {t for t in ta if ctx.etype(t) not in PLACE_TYPES}
        tb = {t for t in tb if ctx.etype(t) not in PLACE_TYPES}
    return not (ta and tb and not ta & tb)


def _voice(tok: Token) -> Token | None:
    """The saying verb that declares a statement trigger (itself when it is one)."""
    if tok.pos_ == "VERB" and lemma(tok) in VOICING:
        return tok  # "X denied ..., while Y said ...": the denial is X's own voice
    for cur in (tok, *list(tok.ancestors)[:4]):
        if cur.pos_ == "VERB" and lemma(cur) in SAYING:
            return cur
    return None


def _two_voices(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """Two statements of one sentence that different speakers declare, each under a
    saying verb of its own."""
    if not a.actors or not b.actors or set(a.actors) & set(b.actors):
        return False
    va, vb = _voice(ctx.doc[a.hit.head]), _voice(ctx.doc[b.hit.head])
    return va is not None and vb is not None and va.i != vb.i


def _absorb(into: Draft, other: Draft) -> None:
    for attr in ROLE_LISTS:
        cur = getattr(into, attr)
        cur.extend(x for x in getattr(other, attr) if x not in cur)
    into.target = into.target or other.target
    into.place = into.place or other.place
    into.date = into.date or other.date
    into.weapon = into.weapon or other.weapon
    if into.subtype is None or into.subtype in VAGUE_SUBTYPES:
        # "announced that it had resumed its attacks": the clause tells what was decided
        into.subtype = other.subtype or into.subtype
    into.span = (min(into.span[0], other.span[0]), max(into.span[1], other.span[1]))


def _sequenced(a: Token, b: Token) -> bool:
    """"The strikes followed attacks on shipping": the subject and the object of a verb of
    sequence are two occurrences, one after the other."""
    for first, second in ((a, b), (b, a)):
        verb = first.head
        if first.dep_ == "nsubj" and lemma(verb) in SEQUENCE_VERBS and any(
                second.i in {t.i for t in obj.subtree} for obj in verb.children
                if obj.dep_ in ("dobj", "prep")):
            return True
    return False


def _alternatives(a: Token, b: Token) -> bool:
    """"plotted to kidnap or kill X": verbs joined by "or" are one act's alternatives."""
    first, second = (a, b) if a.i < b.i else (b, a)
    return first.pos_ == second.pos_ == "VERB" and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in first.children if c.i < second.i)


def merge_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """Triggers of one sentence that describe one occurrence become one draft."""
    out: list[Draft] = []
    for d in drafts:
        for o in out:
            if not compatible(o, d, ctx):
                continue
            if _sequenced(ctx.doc[o.hit.head], ctx.doc[d.hit.head]):
                continue
            # Coordinated noun triggers each with their own target or date stay apart.
            conj = d.hit.head in {t.i for t in ctx.doc[o.hit.head].conjuncts}
            if conj and d.type in VIOLENT and (d.target or d.date) and (o.target or o.date) \
                    and not _alternatives(ctx.doc[o.hit.head], ctx.doc[d.hit.head]):
                continue
            nouns = ctx.doc[d.hit.head].pos_ != "VERB" and ctx.doc[o.hit.head].pos_ != "VERB"
            if d.type in VIOLENT and nouns and d.target_token is not None \
                    and o.target_token is not None \
                    and d.target_token != o.target_token \
                    and d.target_token not in o.target_tokens \
                    and o.target_token not in d.target_tokens:
                continue
            if (d.date and not o.date) or (d.target and not o.target):
                d, o = o, d
                out[out.index(d)] = o
            _absorb(o, d)
            break
        else:
            out.append(d)
    return out


def _colon_list(ctx: DocContext, first: Token) -> list[LinkedMention]:
    """The places a target lists after a colon, without the areas that locate them."""
    colon = next((c for c in first.children if c.dep_ == "punct" and c.text == ":"), None)
    if colon is None:
        return []
    return [m for m in ctx.mentions_in(colon.i + 1, first.right_edge.i + 1)
            if m.etype in PLACE_TYPES and m.label != "NORP" and
            ctx.doc[m.tok_end - 1].dep_ != "pobj"]


def split_targets(ctx: DocContext, drafts: list[Draft], sent: Span) -> list[Draft]:
    """One event per coordinated target: "attacks on X in A and Y in B"."""
    out: list[Draft] = []
    doc = sent.doc
    heads = {d.hit.head for d in drafts}
    for d in drafts:
        out.append(d)
        if d.target_token is None or d.type not in VIOLENT:
            continue
        first = doc[d.target_token]
        trig = doc[d.hit.head]
        items = _colon_list(ctx, first)
        if len(items) >= 2:  # "three bases: A and B on the frontier and C in the north"
            for k, m in enumerate(items):
                one = d if k == 0 else Draft(
                    d.hit, d.type, d.subtype, d.span, actors=list(d.actors),
                    claimed_by=list(d.claimed_by), attributed_to=list(d.attributed_to),
                    date=d.date, weapon=d.weapon, inherited_date=d.inherited_date)
                one.target, one.target_token = m.text, m.tok_start
                one.target_actors = [m.entity_id] if m.entity_id else []
                one.place = place_of(ctx, [m]) or d.place
                if k:
                    out.append(one)
            continue
        # "attacks on X in A and Y in B"; the parse may hang Y on the trigger itself.
        extra = [c for c in trig.children if c.dep_ == "conj" and c.i > first.i and
                 c.i not in heads and
                 c.pos_ in ("NOUN", "PROPN") and not ctx.ontology.weapons_starting(lemma(c))
                 and not ctx.ontology.triggers_starting(lemma(c))]
        for conj in [*first.conjuncts, *extra]:
            if conj.i < first.i:
                continue
            ms = ctx.mentions_of(subtree_tokens(conj, skip_deps=("conj", "cc")))
            places = [m for m in ms if m.etype in PLACE_TYPES]
            clone = Draft(d.hit, d.type, d.subtype, (d.span[0], conj.right_edge.i + 1),
                          actors=list(d.actors), claimed_by=list(d.claimed_by),
                          attributed_to=list(d.attributed_to))
            s, e = np_span(conj, stop=("conj", "cc", "appos", "punct", "relcl"))
            clone.target = doc[s:e].text
            clone.target_token = conj.i
            clone.target_actors = list(dict.fromkeys(m.entity_id for m in ms if m.entity_id))
            clone.place = place_of(ctx, places) or d.place
            if clone.place is None or d.place is None or clone.place.name == d.place.name:
                continue  # one occurrence with several targets; a second place is a second event
            clone.date, clone.weapon, clone.inherited_date = d.date, d.weapon, d.inherited_date
            out.append(clone)
            d.span = (d.span[0], min(d.span[1], s))
    return out
