"""Within one sentence: triggers that tell one occurrence become one draft, and a list of
targets, sites or days in different places or on different days becomes one draft per
occurrence."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import (
    DISTINCT_MARKERS,
    LATER_ORDINALS,
    SEQUENCE_VERBS,
    answering_noun,
    np_span,
    subtree_tokens,
)
from axiswatch.extract.context import DocContext, Place
from axiswatch.extract.draft import ARMED, ONE_PER_SENTENCE, VIOLENT, Draft
from axiswatch.extract.occurrence import CLAIM_VERBS, DOING_VERBS
from axiswatch.extract.places import PAIR_NOUNS, country_wide, place_of
from axiswatch.extract.reference import DEFINITE
from axiswatch.extract.roles import RELATIVE_PRONOUNS, SAYING
from axiswatch.extract.triggers import lemma
from axiswatch.model import ROLE_LISTS
from axiswatch.nlp.dates import DateMatch
from axiswatch.nlp.linking import PLACE_LABELS, PLACE_TYPES, LinkedMention
from axiswatch.nlp.numbers import counted
from axiswatch.nlp.tokens import text_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from axiswatch.extract.triggers import WeaponHit
    from axiswatch.kb.ontology import Weapon


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
    if a.type == "statement" and _voiced_on_two_days(a, b, ctx):
        return False  # "X warned on Tuesday ..., and on Friday it threatened ..."
    if a.type == "statement" and ctx is not None and \
            _aside_of(ctx.doc[a.hit.head]) != _aside_of(ctx.doc[b.hit.head]):
        return False  # "The group, which suspended its attacks in January, warned ..."
    if a.type == "arrest" and (_arrests_apart(a, b) or (
            ctx is not None and _held_later(ctx, a, b))):
        return False
    if a.type in ONE_PER_SENTENCE:
        return True
    if _dated_apart(a, b):
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


def _arrests_apart(a: Draft, b: Draft) -> bool:
    """"Police arrested one suspect in Hamburg, while a second was detained in Vienna",
    "arrested him in May and his brother in July": arrests in two towns or countries, or
    on two dates, are two (one place in the other's country, or one undated, may be the
    same)."""
    if _dated_apart(a, b):
        return True
    if a.place is None or b.place is None or _same_place(a.place, b.place) or \
            "extradition" in (a.subtype, b.subtype):
        return False  # (where a man is sent to is not where he was caught)
    if a.place.country != b.place.country:
        return True
    return a.place.precision not in _WIDE and b.place.precision not in _WIDE


# Adverbs that put a seizure after another one told before it: "was later arrested".
LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward", "then"})


def _held_later(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """"Police detained several suspects, and a man suspected of being the gunman was
    later arrested in X": a seizure told as coming after another, in its own clause, is
    another arrest."""
    first, second = sorted((a, b), key=lambda d: d.hit.head)
    verb = ctx.doc[second.hit.head]
    held = [ctx.doc[d.target_token] for d in (first, second) if d.target_token is not None]
    if sent_on_after(verb, ctx.doc[first.hit.head]):
        return True
    return verb.pos_ == "VERB" and ctx.doc[first.hit.head].pos_ == "VERB" and \
        any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in verb.children) and \
        len(held) == 2 and not any(t.pos_ == "PRON" or _definite(t) for t in held[1:])


# Verbs by which those held are sent on to another state: "handed over", "extradited".
SENDING_ON = frozenset({"hand", "extradite", "deport", "transfer"})


def sent_on_after(verb: Token, first: Token) -> bool:
    """"Were detained in Istanbul before being handed over to the Emirati authorities":
    people held, then sent on to another state, by a clause of "before" or "after" on
    the verb of the first seizure: two acts."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after") and \
        verb.head.head.i == first.i and lemma(verb) in SENDING_ON


def _definite(tok: Token) -> bool:
    """Whether a noun is told as one already known ("the man", "the suspects")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _dated_apart(a: Draft, b: Draft) -> bool:
    """Whether two drafts are each dated, on different dates."""
    return a.date is not None and b.date is not None and a.date.value != b.date.value


def _voice(tok: Token) -> Token | None:
    """The saying verb that declares a statement trigger: itself when it is one; else a
    verb of saying above it; else itself when it is a verb with a subject of its own (a
    deciding verb: "X ordered its men to halt, a day after Y vowed to respond")."""
    if tok.pos_ == "VERB" and lemma(tok) in VOICING:
        return tok  # "X denied ..., while Y said ...": the denial is X's own voice
    for cur in (tok, *list(tok.ancestors)[:4]):
        if cur.pos_ == "VERB" and lemma(cur) in SAYING:
            return cur
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
        return tok
    return None


def _two_voices(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """Two statements of one sentence that different speakers declare, each under a
    saying verb of its own."""
    if a.actors and b.actors and set(a.actors) & set(b.actors):
        return False
    va, vb = _voice(ctx.doc[a.hit.head]), _voice(ctx.doc[b.hit.head])
    if a.actors and b.actors and va is not None and vb is not None and va.i != vb.i:
        return True
    # "the army declared a curfew, and the premier suspended the sessions": two clauses
    # joined, each with a subject of its own (named as a party or not)
    da, db = _decider(ctx.doc[a.hit.head]), _decider(ctx.doc[b.hit.head])
    return da is not None and db is not None and db.i in {t.i for t in da.conjuncts}


def _decider(tok: Token) -> Token | None:
    """The verb that declares a statement trigger with a subject of its own: the trigger
    itself ("suspended the sessions") or the verb it is the object of ("declared a
    curfew"); none without such a subject."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in (
            "WDT", "WP") for c in verb.children):
        return verb
    return None


def _voiced_on_two_days(a: Draft, b: Draft, ctx: DocContext | None) -> bool:
    """Two verbs of declaring, each its own voice with a day of its own: one speaker's
    two declarations on two days are two statements, however the sentence joins them."""
    if ctx is None or a.date is None or b.date is None or a.date.value == b.date.value or \
            a.date.precision != "day" or b.date.precision != "day":
        return False
    ta, tb = ctx.doc[a.hit.head], ctx.doc[b.hit.head]
    return _voice(ta) is ta and _voice(tb) is tb


def told_aside(tok: Token) -> bool:
    """"The group, which suspended its attacks in January, warned ...": a verb told in the
    past in a relative clause of its doer, a deed of its own beside the sentence's."""
    return tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children)


def _aside_of(tok: Token) -> int | None:
    """The relative clause told aside (:func:`told_aside`) a trigger stands in, if any."""
    return next((t.i for t in (tok, *tok.ancestors) if told_aside(t)), None)


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


# Words of a target that point back at one already told ("the same base"): an act there
# may be the one the report tells in full elsewhere.
_SAME_WORDS = frozenset({"same", "that", "this", "its"})


def _told_before(a: Token, b: Token) -> bool:
    """"Hit the airport with a drone, a day after its fighters shelled a position near X":
    a clause set before another act by "after" or "before", with its own doer and its own
    object, tells an act of its own ("three days after a barrage on the same base killed
    ..." names no new target, and may be an act the report tells in full)."""
    for clause, main in ((a, b), (b, a)):
        if clause.pos_ != "VERB" or clause.dep_ != "advcl" or clause.head.i != main.i or \
                not any(c.dep_ == "mark" and c.lower_ in ("after", "before")
                        for c in clause.children) or \
                not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if objects and all(o.pos_ in ("NOUN", "PROPN") and not any(
                lemma(t) in _SAME_WORDS for t in o.children) for o in objects):
            return True
    return False


def _measured_from(a: Token, b: Token) -> bool:
    """"the deadliest attack since the strike on the refinery ..., and came after Israel
    struck targets in Yemen": the occurrence a "since" measures from is none told outside
    its phrase."""
    for inner, outer in ((a, b), (b, a)):
        since = next((t for t in inner.ancestors if t.lower_ == "since" and t.dep_ == "prep"),
                     None)
        if since is not None and outer not in since.subtree:
            return True
    return False


# Measures of the short while between a volley's landing and the word of its launch.
_SHORT_WHILE = frozenset({"hour", "minute", "moment", "shortly"})
# Places wide enough to hold the site a launch was aimed at.
_WIDE = frozenset({"country", "region", "province"})


def _kin_weapons(ctx: DocContext, a: str | None, b: str | None) -> bool:
    """Two weapons of one kind of munition ("ballistic missiles", "missiles")."""
    if a is None or b is None:
        return False
    wa, wb = ctx.ontology.weapon(a), ctx.ontology.weapon(b)
    kind_a = wa.subtypes.get("attack") if wa is not None else None
    return a == b or (kind_a is not None and wb is not None and
                      kind_a == wb.subtypes.get("attack"))


def _landing_of_launch(ctx: DocContext, launch: Draft, landing: Draft) -> bool:
    """"The Guards said they had launched missiles at X, hours after a volley of missiles
    struck the city": a blow no one is named dealing, told in a clause of "after" by the
    munitions that fell a short while before, of the weapon the launch fired and at no
    other named place, is that launch seen where it landed."""
    if launch.type not in ARMED or landing.type not in ARMED or landing.all_actors() or \
            not launch.all_actors() or not _kin_weapons(ctx, landing.weapon, launch.weapon):
        return False
    tok, other = ctx.doc[landing.hit.head], ctx.doc[launch.hit.head]
    clause = tok.head if tok.dep_ == "nsubj" else tok  # "a barrage of missiles hit X"
    if clause.pos_ != "VERB" or clause.dep_ != "advcl" or \
            clause.head.i not in (other.i, other.head.i) or \
            not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children) or \
            not any(lemma(m) in _SHORT_WHILE for c in clause.children
                    for m in (c, *c.children) if c.dep_ in ("mark", "npadvmod", "advmod")):
        return False  # "hours after", "shortly after"
    there, aimed = landing.place, launch.place
    return there is None or aimed is None or _same_place(there, aimed) or (
        there.precision in _WIDE and there.country == aimed.country)


LAUNCHING = frozenset({"fire", "launch"})


def _flight_and_landing(ctx: DocContext, a: Token, b: Token) -> bool:
    """"The missile fired from Yemen on Sunday struck an orchard", parsed as a munition
    that "fired" and then "struck": a weapon does not fire, so the launch verb is the
    munition's own participle and the verb joined to it, with no subject of its own,
    tells where that one munition fell."""
    first, second = (a, b) if a.i < b.i else (b, a)
    if lemma(first) not in LAUNCHING or first.pos_ != "VERB" or \
            any(c.dep_ in ("dobj", "auxpass") for c in first.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return False
    arms = {i for w in ctx.weapons(first.sent) for i in range(w.start, w.end)}
    return any(c.dep_ == "nsubj" and c.i in arms for c in first.children)


def _alternatives(a: Token, b: Token) -> bool:
    """"plotted to kidnap or kill X": verbs joined by "or" are one act's alternatives."""
    first, second = (a, b) if a.i < b.i else (b, a)
    return first.pos_ == second.pos_ == "VERB" and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in first.children if c.i < second.i)


# Adverbs of a verb that tell its act apart from the one before ("separately, ...").
DISTINCT_ADVERBS = frozenset({"separately", "again"})


def _one_more(tok: Token) -> bool:
    """Whether a trigger tells one more act: its noun, or its verb's subject or object,
    is "a second ..." or "another ...", or its verb is "separately" or "again" done."""
    nouns = [tok]
    if tok.pos_ == "VERB":
        if any(c.dep_ == "advmod" and c.lower_ in DISTINCT_ADVERBS for c in tok.children):
            return True
        nouns = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(c.dep_ in ("amod", "det") and c.lower_ in DISTINCT_MARKERS
               for n in nouns for c in n.children)


# Links from an intended act up to the word of intent that carries its doer ("a second
# cell planned to bomb X", "a separate plan by Y to kill Z").
INTENT_LINKS = frozenset({"xcomp", "acl", "relcl", "advcl"})


def _intending(tok: Token) -> list[Token]:
    """The words of intent above an intended act, nearest first ("planned" above "to
    bomb", "plan" above "to kill")."""
    out: list[Token] = []
    cur = tok
    for _ in range(2):
        if cur.dep_ not in INTENT_LINKS or cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def _one_more_plot(tok: Token) -> bool:
    """"a separate group plotted to bomb X", "a second plan by Y to kill Z": the word of
    intent above the act, or its doer, tells one more plot."""
    return any(_one_more(up) for up in _intending(tok))


def _doer(tok: Token) -> Token | None:
    """The subject a verb has or inherits from the verb it is joined to or governed by."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _plotters_apart(a: Token, b: Token) -> bool:
    """"One suspect planned to attack A while another plotted to kill B": two intended
    acts of different subjects are two plots (one subject's "planned to kidnap or kill
    X" stays one)."""
    if a.pos_ != "VERB" or b.pos_ != "VERB":
        return False
    da, db = _doer(a), _doer(b)
    return da is not None and db is not None and da.i != db.i and \
        db.i not in {t.i for t in da.conjuncts}


def _own_object(a: Token, b: Token) -> bool:
    """"foiled a separate plot", "carried out another attack": a verb and the noun it
    takes as its object tell one act, whatever marks it as one more."""
    return any(n.dep_ == "dobj" and n.head.i == v.i for v, n in ((a, b), (b, a)))


def _one_blow(ctx: DocContext, a: Draft, b: Draft) -> None:
    """"The Guards fired a barrage of missiles at X": a noun of force that is the object
    of a verb of force is the same blow; told by the verb's doer, it takes the type its
    doer gives the verb (a state's strike), having no doer of its own."""
    if {a.type, b.type} != ARMED:
        return
    for verb, noun in ((a, b), (b, a)):
        tok = ctx.doc[noun.hit.head]
        if tok.dep_ == "dobj" and tok.head.i == verb.hit.head and verb.all_actors() and \
                not noun.all_actors():
            noun.type, noun.subtype = verb.type, verb.subtype
            return


def _object_site(ctx: DocContext, a: Draft, b: Draft) -> None:
    """"Fired missiles at A and launched a strike on B": a verb whose object is a noun of
    force that names its own site acts there, not where the verb before it did."""
    if a.type not in ARMED or b.type not in ARMED:
        return
    for verb, noun in ((a, b), (b, a)):
        tok = ctx.doc[noun.hit.head]
        if tok.dep_ == "dobj" and tok.head.i == verb.hit.head and noun.place is not None \
                and verb.place is not None and not _same_place(verb.place, noun.place):
            verb.place = noun.place
            return


def _joined(a: Token, b: Token) -> bool:
    """Two verbs joined by "and", also when the parse hangs the second on the saying verb
    above the first ("claimed it struck A and shelled B")."""
    pairs = ((a, b), (b, a))
    return any(y in x.conjuncts or (x.dep_ == "ccomp" and y in x.head.conjuncts and
                                    x.i < y.i) for x, y in pairs)


def _armed_apart(a: Token, b: Token, da: Draft, db: Draft) -> bool:
    """"Targeted a destroyer with missiles and attacked a ship with drones": two verbs
    joined by "and", each hitting an object of its own with a weapon of its own, tell two
    acts ("struck the base with rockets and killed two soldiers" names one weapon; "fired
    rockets and drones at the base" is one verb)."""
    if a.pos_ != "VERB" or b.pos_ != "VERB" or not da.weapon or not db.weapon or \
            da.weapon == db.weapon or not _joined(a, b):
        return False
    objects = [[c.i for c in t.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
               for t in (a, b)]
    return all(objects) and not set(objects[0]) & set(objects[1])


def _listed_apart(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """"The group claimed two attacks: a drone strike on A and a missile attack on B": a
    counted noun whose apposition lists the acts one by one is told by them; each listed
    act without a doer of its own takes the counted noun's doers, claimants and type."""
    doc = ctx.doc
    by_head = {d.hit.head: d for d in drafts}
    told: set[int] = set()
    for c in drafts:
        tok = doc[c.hit.head]
        if c.type not in VIOLENT or tok.tag_ not in ("NNS", "NNPS") or (counted(tok) or 0) < 2:
            continue
        appos = [a for a in tok.children if a.dep_ == "appos"]
        items = {t.i for a in appos for x in (a, *a.conjuncts) for t in x.subtree}
        listed = [d for h, d in by_head.items() if h in items and d.type in VIOLENT and
                  doc[h].pos_ in ("NOUN", "PROPN")]
        if len(listed) < 2:
            continue
        for one in listed:
            _take_doers(ctx, one, c)
        told.add(c.hit.head)
    return [d for d in drafts if d.hit.head not in told]


def _take_doers(ctx: DocContext, one: Draft, counted_draft: Draft) -> None:
    """A listed act takes what the counted noun it details was told with."""
    one.date = one.date or counted_draft.date
    one.inherited_date = one.inherited_date or counted_draft.inherited_date
    if one.all_actors() or not counted_draft.all_actors():
        return
    one.actors = list(counted_draft.actors)
    one.claimed_by = list(counted_draft.claimed_by)
    one.attributed_to = list(counted_draft.attributed_to)
    if one.type != counted_draft.type and {one.type, counted_draft.type} <= ARMED:
        one.type = counted_draft.type  # whose act it is decides strike or attack
        w = ctx.ontology.weapon(one.weapon) if one.weapon else None
        one.subtype = w.subtypes.get(one.type) if w is not None else None


def _day_after(tok: Token, others: set[int]) -> bool:
    """"The attack on Tuesday was a reprisal for a bombing in X on Monday": the sentence
    tells a day after the deed ``tok``, other than the days at ``others`` (where the
    sentence's other deeds are dated)."""
    sent = tok.sent
    return any(t.ent_type_ == "DATE" and t.ent_iob_ == "B" and t.idx not in others and
               t.i > tok.i for t in sent) and bool(others)


def _answered_by_kin(ctx: DocContext, d: Draft, drafts: list[Draft]) -> bool:
    """"X claimed the attack in retaliation for a bombing in Baghdad that killed 32": a
    deed a blow of its own kind answers, with no day of its own here, is told where it
    happened; told here it would pass for the blow it is answered by."""
    tok = ctx.doc[d.hit.head]
    noun = answering_noun(tok)
    if noun is None or (d.date is not None and
                        tok.left_edge.idx <= d.date.start <= tok.right_edge.idx):
        return False
    if _day_after(tok, {o.date.start for o in drafts if o.date is not None}):
        return False  # "was a reprisal for a bombing in X on Monday": a day of its own
    return any(o is not d and o.type == d.type and ctx.doc[o.hit.head] not in noun.subtree
               for o in drafts)


def _told_apart(ctx: DocContext, own: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether a plot's mention told again after a comma, apart from its own words ("to
    prepare attacks on X, in an operation that officials said had disrupted a plot"),
    stays out of the plot's evidence: its words are the telling of another clause."""
    if other[0] < own[1]:
        return False
    return any(t.text in (",", ";", "\u2014") for t in ctx.doc[own[1]:other[0]])


def merge_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """Triggers of one sentence that describe one occurrence become one draft."""
    drafts = [d for d in _listed_apart(ctx, drafts) if not _answered_by_kin(ctx, d, drafts)]
    out: list[Draft] = []
    for d in drafts:
        for o in out:
            if _landing_of_launch(ctx, d, o):
                out[out.index(o)] = d
                d, o = o, d
            if _landing_of_launch(ctx, o, d):
                _absorb(o, d)  # the volley seen where it landed is the launch told
                break
            _one_blow(ctx, o, d)
            _object_site(ctx, o, d)
            if not compatible(o, d, ctx):
                continue
            if d.type in VIOLENT and (_one_more(ctx.doc[d.hit.head]) or
                                      _one_more(ctx.doc[o.hit.head])) and \
                    not _own_object(ctx.doc[o.hit.head], ctx.doc[d.hit.head]):
                continue  # "a drone hit A; a second drone struck B": two acts
            if _measured_from(ctx.doc[o.hit.head], ctx.doc[d.hit.head]):
                continue
            if _sequenced(ctx.doc[o.hit.head], ctx.doc[d.hit.head]) or (
                    d.type in VIOLENT and _told_before(ctx.doc[o.hit.head],
                                                       ctx.doc[d.hit.head])):
                continue
            if d.type == "plot" and (
                    _one_more_plot(ctx.doc[d.hit.head]) or _one_more_plot(ctx.doc[o.hit.head])
                    or _plotters_apart(ctx.doc[o.hit.head], ctx.doc[d.hit.head])):
                continue  # two plots of one report, by different plotters
            # Coordinated noun triggers each with their own target or date stay apart.
            conj = d.hit.head in {t.i for t in ctx.doc[o.hit.head].conjuncts} and \
                not _flight_and_landing(ctx, ctx.doc[o.hit.head], ctx.doc[d.hit.head])
            if conj and d.type in VIOLENT and (d.target or d.date) and (o.target or o.date) \
                    and not _alternatives(ctx.doc[o.hit.head], ctx.doc[d.hit.head]) and \
                    not _target_told_again(ctx, d):
                continue
            if conj and d.type in VIOLENT and d.place and o.place and \
                    not _same_place(d.place, o.place) and \
                    not _alternatives(ctx.doc[o.hit.head], ctx.doc[d.hit.head]):
                continue  # "fired at a tanker in the Red Sea and attacked a ship in the Gulf
                # of Aden": each act at its own place, however wide the places
            if d.type in VIOLENT and _armed_apart(ctx.doc[o.hit.head], ctx.doc[d.hit.head],
                                                  o, d):
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
            own = o.span
            _absorb(o, d)
            if d.type == "plot" and _told_apart(ctx, own, d.span):
                o.span = own
            break
        else:
            out.append(d)
    return out


# Pronouns by which a second verb takes the object of the first ("and set it on fire").
OBJECT_PRONOUNS = frozenset({"it", "them"})


def _target_told_again(ctx: DocContext, later: Draft) -> bool:
    """"Gunmen raided the office and set it on fire": a verb joined to another whose
    object is a pronoun for that one's object tells more of the same act."""
    return later.target_token is not None and \
        ctx.doc[later.target_token].lower_ in OBJECT_PRONOUNS


def _colon_list(ctx: DocContext, first: Token) -> list[LinkedMention]:
    """The places a target lists after a colon, without the areas that locate them."""
    colon = next((c for c in first.children if c.dep_ == "punct" and c.text == ":"), None)
    if colon is None:
        return []
    return [m for m in ctx.mentions_in(colon.i + 1, first.right_edge.i + 1)
            if m.etype in PLACE_TYPES and m.label != "NORP" and
            ctx.doc[m.tok_end - 1].dep_ != "pobj"]


# Words that join the names of a list ("A, B and C").
_LIST_JOINS = frozenset({",", "and"})
# Words that may open a listed name without being part of it.
_NAME_OPENERS = frozenset({"the", "mv", "m/v"})


def _name_at(ctx: DocContext, i: int, end: int) -> int:
    """The end of the capitalized name that starts at token ``i`` (``i`` when none does):
    a linked name whole ("Ain al-Asad"), else a run of capitalized words."""
    m = ctx.ents.at(i)
    if m is not None and m.tok_start == i:
        return m.tok_end
    j = i
    while j < end and ctx.doc[j].text[:1].isupper() and ctx.doc[j].pos_ in ("PROPN", "NOUN"):
        j += 1
    return j


def _named_craft(ctx: DocContext, first: Token) -> list[tuple[int, int]]:
    """The names a plural craft or site noun lists after it ("two ships, the MSC Sky and
    the Maersk Yorktown", "the tankers Pollux and Verbena", "two bases, A and B"): each a
    craft or site of its own, hit in an occurrence of its own (the guideline's one event
    per occurrence); "five targets including radars" names none."""
    if first.tag_ != "NNS" or not (lemma(first) in ctx.ontology.vessels or
                                   lemma(first) in ctx.ontology.site_nouns):
        return []
    end = first.sent.end
    i = first.i + 1
    if i < end and ctx.doc[i].text in (",", ":"):  # "three ships: A, B and C"
        i += 1
    spans: list[tuple[int, int]] = []
    while i < end:
        while i < end and ctx.doc[i].lower_ in _NAME_OPENERS:
            i += 1
        j = _name_at(ctx, i, end)
        if j == i:
            break
        spans.append((i, j))
        i = j
        if i + 1 < end and ctx.doc[i].text == "," and (
                ctx.doc[i + 1].lower_ in _LIST_JOINS | _NAME_OPENERS or
                ctx.doc[i + 1].text[:1].isupper()):
            i += 1
        if i < end and ctx.doc[i].lower_ == "and":
            i += 1
        elif i < end and spans[-1][1] == i:
            break  # the list ends ("..., in the Red Sea")
    return spans if len(spans) >= 2 else []


def _first_target(ctx: DocContext, d: Draft) -> Token | None:
    """The target noun of a draft, or the object its verb hits."""
    if d.target_token is not None:
        return ctx.doc[d.target_token]
    trig = ctx.doc[d.hit.head]
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    objs += [p for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
             for p in c.children if p.dep_ == "pobj"]
    return objs[0] if objs else None


def _split_named(ctx: DocContext, d: Draft) -> list[Draft]:
    """One draft per craft or site a target names ("two ships, A and B"), or none."""
    aim = _first_target(ctx, d)
    named = _named_craft(ctx, aim) if aim is not None else []
    out: list[Draft] = []
    for k, (s0, e0) in enumerate(named):
        one = d if k == 0 else _clone(d)
        one.target, one.target_token = text_of(ctx.doc[s0:e0]), e0 - 1
        ms = ctx.mentions_in(s0, e0)
        one.target_actors = list(dict.fromkeys(m.entity_id for m in ms if m.entity_id))
        if k:
            out.append(one)
    return out


def _clone(d: Draft) -> Draft:
    """A copy of a draft for another target of one sentence."""
    return Draft(d.hit, d.type, d.subtype, d.span, actors=list(d.actors),
                 claimed_by=list(d.claimed_by), attributed_to=list(d.attributed_to),
                 date=d.date, weapon=d.weapon, inherited_date=d.inherited_date,
                 place=d.place)


# Words that stand for one of the acts a counted noun sums up ("two attacks, one on A and
# one on B", "another on C"), and those that do after "the" or "a" ("the other on D");
# unlike DISTINCT_MARKERS, "one" counts and "separate" stands for no act.
_EACH_WORDS = frozenset({"one", "another"})
_EACH_AFTER_ARTICLE = LATER_ORDINALS | {"other"}
# Prepositions that tell the target or site of one of them.
_EACH_PREPS = frozenset({"on", "at", "against", "targeting", "in", "near"})
# Nouns for a time, not a target or site: "one in the morning and another at night".
TIME_NOUNS = frozenset({"day", "night", "morning", "evening", "afternoon", "dawn", "dusk",
                        "midnight", "noon", "week"})


def _acts_counted(tok: Token) -> int:
    """How many acts a plural trigger counts: "two attacks", "a pair of attacks"; 0 when
    it counts none."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return 0
    if (n := counted(tok)) is not None:
        return n
    of = tok.head
    return 2 if of.lower_ == "of" and tok.dep_ == "pobj" and lemma(of.head) in PAIR_NOUNS \
        else 0


def _each_item(ctx: DocContext, sent: Span, t: Token) -> Token | None:
    """The target of "one on A" (or "another against B", "the other at C"), when ``t`` is
    the word that stands for the act; ``None`` otherwise (and for "one on Tuesday" or
    "one in the morning")."""
    doc = ctx.doc
    if not (t.lower_ in _EACH_WORDS or (t.lower_ in _EACH_AFTER_ARTICLE and t.i > 0 and
                                        doc[t.i - 1].lower_ in ("the", "a"))):
        return None
    if t.i + 1 >= sent.end or doc[t.i + 1].lower_ not in _EACH_PREPS:
        return None
    aim = next((p for p in doc[t.i + 1].children if p.dep_ == "pobj"), None)
    if aim is None or aim.pos_ not in ("NOUN", "PROPN"):
        return None
    if aim.ent_type_ in ("DATE", "TIME") or lemma(aim) in TIME_NOUNS:
        return None
    if any(m.start <= aim.idx < m.end for m in ctx.dates(sent)):
        return None
    return aim


def _each_told(ctx: DocContext, d: Draft) -> list[Draft]:
    """"Claimed two attacks, one on a tanker in A and one on a ship in B": one draft per
    act a counted noun goes on to tell by its target, the first being ``d`` itself; none
    when the noun lists no such acts. The words are read in order, as the parse may hang
    the second act on the first one's target."""
    doc = ctx.doc
    tok = doc[d.hit.head]
    count = _acts_counted(tok)
    if count < 2:
        return []
    sent = tok.sent
    items: list[tuple[Token, Token]] = []
    for t in doc[tok.i + 1:sent.end]:
        if not items and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return []  # "two attacks hit the base; one on ..." tells them in a clause of its own
        aim = _each_item(ctx, sent, t)
        if aim is not None:
            items.append((t, aim))
    if not 2 <= len(items) <= count:
        return []
    out: list[Draft] = []
    for k, (item, aim) in enumerate(items):
        s, e = np_span(aim, stop=("conj", "cc", "appos", "punct", "relcl"))
        end = e if k + 1 == len(items) else min(e, items[k + 1][0].i)
        one = d if k == 0 else _clone(d)
        one.target, one.target_token = text_of(doc[s:e]), aim.i
        ms = ctx.mentions_in(item.i, end)
        one.target_actors = list(dict.fromkeys(m.entity_id for m in ms if m.entity_id and
                                               m.etype not in PLACE_TYPES))
        one.place = place_of(ctx, [m for m in ms if m.etype in PLACE_TYPES]) or d.place
        first = item.i - 1 if item.lower_ in _EACH_AFTER_ARTICLE else item.i
        one.span = (d.span[0] if k == 0 else first, end)
        out.append(one)
    return out


# Forces posted in several places at once ("took up positions on X and in Y").
POSTING = ("take", "up", "position")


def split_targets(ctx: DocContext, drafts: list[Draft], sent: Span) -> list[Draft]:
    """One event per coordinated target: "attacks on X in A and Y in B"."""
    out: list[Draft] = []
    doc = sent.doc
    heads = {d.hit.head for d in drafts}
    for d in drafts:
        out.append(d)
        if d.campaign:
            continue  # "kept up attacks on ships in A and B": one campaign
        each = _each_told(ctx, d) if d.type in VIOLENT else []
        if each:  # "two attacks, one on A and one on B"
            out.extend(each[1:])
            continue
        # ("three bases: A and B on the frontier and C in the north" lists places, each
        # placed below by its own name)
        in_list = d.target_token is not None and len(_colon_list(ctx, doc[d.target_token])) >= 2
        more = _split_named(ctx, d) if d.type in VIOLENT and not in_list else []
        if more:  # "targeted two ships, the MSC Sky and the Maersk Yorktown"
            out.extend(more)
            continue
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
        # (a conjunct that is itself a trigger tells its own act)
        listed = [a for a in first.children if a.dep_ == "appos" and _listed(a)]
        listed += [c for a in listed for c in a.conjuncts]  # "A, B, C and D"
        conjs = sorted({c.i: c for c in [*first.conjuncts, *extra, *listed]
                        if c.i > first.i and c.i not in heads}.values(), key=lambda c: c.i)
        days = _days_of_targets(ctx, sent, d, [first, *conjs])
        if days:
            d.date = days[0]
        if not conjs and not days:
            out.extend(_one_per_place(ctx, d, first))  # "two US bases in Syria and Iraq"
        for k, conj in enumerate(conjs, start=1):
            ms = ctx.mentions_of(subtree_tokens(conj, skip_deps=("conj", "cc")) +
                                 _phrase_after(conj))
            places = [m for m in ms if m.etype in PLACE_TYPES]
            clone = Draft(d.hit, d.type, d.subtype, (d.span[0], conj.right_edge.i + 1),
                          actors=list(d.actors), claimed_by=list(d.claimed_by),
                          attributed_to=list(d.attributed_to))
            s, e = np_span(conj, stop=("conj", "cc", "appos", "punct", "relcl"))
            clone.target = text_of(doc[s:e])
            clone.target_token = conj.i
            clone.target_actors = list(dict.fromkeys(m.entity_id for m in ms if m.entity_id))
            clone.place = place_of(ctx, places) or d.place
            if not days and (clone.place is None or d.place is None or
                             clone.place.name == d.place.name):
                continue  # one occurrence with several targets; a second place is a second event
            clone.date = days[k] if days else d.date
            clone.weapon, clone.inherited_date = d.weapon, d.inherited_date
            out.append(clone)
            d.span = (d.span[0], min(d.span[1], s))
    return out


def split_added_sites(ctx: DocContext, drafts: list[Draft], sent: Span) -> list[Draft]:
    """"Jets struck the port of A, through which most fuel passes, and a cement factory
    at B", "struck the ports of A and C, as well as the D and E power stations": a site
    added after the first target's own clause, which the parse rarely hangs on the verb,
    is hit too, one blow for each site named, in the sentence's words after the
    joining word ("as well as", "and" after a comma)."""
    out = list(drafts)
    for head in dict.fromkeys(d.hit.head for d in drafts):
        kin = [d for d in drafts if d.hit.head == head]
        if kin[0].type not in ARMED or kin[0].campaign:
            continue
        added = _added_sites(ctx, kin[0], sent)
        if not added:
            continue
        # (a site told by a draft of its own, the parse having hung it on the verb, or
        # one told with its own day, is told already)
        told = {d.place.name for d in kin[1:] if d.place is not None}
        added = [site for site in added if site[3].name not in told]
        if not added:
            continue
        first = added[0][0]
        names = {p.name for _s, _b, _e, p in added}
        before = place_of(ctx, [m for m in ctx.mentions_in(sent.start, first)
                                if m.etype in PLACE_TYPES])
        for d in kin:
            d.span = (d.span[0], min(d.span[1], first))
            if d.place is not None and d.place.name in names:
                d.place = before or d.place
        for start, begin, end, place in added:
            one = _clone(kin[0])
            one.span, one.place = (start, end), place
            one.target, one.target_token = text_of(ctx.doc[begin:end]), end - 1
            out.append(one)
    return out


# Words that join a further object to a verb after the first one's clause.
ADDING_WORDS = (("as", "well", "as"), (",", "and"))


def _added_sites(ctx: DocContext, d: Draft, sent: Span
                 ) -> list[tuple[int, int, int, Place]]:
    """The sites a blow's verb hits after its first target's clause, each as the token
    range of its words (from the joining word, then from the words after it) and its
    place; none when the words after the joining word tell a clause of their own ("...,
    and the army said"), an act of their own ("as well as a drone attack on B") or no
    place by its name."""
    doc = ctx.doc
    verb = doc[d.hit.head]
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return []
    heads = {h.head for h in ctx.triggers(sent)}
    words = [t.lower_ for t in doc[verb.i:sent.end]]
    for k in range(1, len(words)):
        joined = next((w for w in ADDING_WORDS if tuple(words[k:k + len(w)]) == w), None)
        if joined is None:
            continue
        start = verb.i + k
        begin = start + len(joined)
        end = next((t.i for t in doc[begin:sent.end] if t.is_punct), sent.end)
        phrase = doc[begin:end]
        if not len(phrase) or phrase[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or \
                any(t.i in heads or (t.pos_ in ("VERB", "AUX") and t.dep_ not in (
                    "amod", "compound")) for t in phrase) or _last_of_list(ctx, phrase):
            return []
        parts: list[list[Token]] = [[]]
        for t in phrase:
            if t.lower_ == "and":
                parts.append([])
            else:
                parts[-1].append(t)
        sites = []
        for part in parts:
            place = place_of(ctx, [m for m in ctx.mentions_of(part)
                                   if m.etype in PLACE_TYPES and _by_name(ctx, m)])
            if place is None:
                return []
            sites.append((start, begin, end, place))
        return sites
    return []


def _last_of_list(ctx: DocContext, phrase: Span) -> bool:
    """Whether words after ", and" end a list of names told before ("in A, B, and C"),
    which the coordination of the first target tells already."""
    roots = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
    return any(t.dep_ == "conj" and (t.head.pos_ == "PROPN" or t.head.i in ctx.ents.by_token)
               for t in roots)


def _by_name(ctx: DocContext, m: LinkedMention) -> bool:
    """Whether a place is told by its name ("Bajil", "the Hezyaz power station"), not by
    a noun ("the capital") nor by its people's adjective ("Yemeni")."""
    return m.label != "NORP" and any(t.text[:1].isupper() and t.pos_ != "DET"
                                     for t in ctx.doc[m.tok_start:m.tok_end])


def _phrase_after(conj: Token) -> list[Token]:
    """"A US base in Syria and another in Iraq": the place phrase of "another", which the
    parse may hang on the first target instead."""
    doc = conj.doc
    if conj.lower_ not in _EACH_WORDS | _EACH_AFTER_ARTICLE or conj.i + 1 >= len(doc):
        return []
    prep = doc[conj.i + 1]
    if prep.lower_ not in _EACH_PREPS or prep.dep_ != "prep" or prep.head.i == conj.i:
        return []
    return list(prep.subtree)


def _one_per_place(ctx: DocContext, d: Draft, first: Token) -> list[Draft]:
    """"Attacked two US bases in Syria and Iraq": a counted target placed in as many
    places, joined by "and", is one target in each, one act each (the first being ``d``,
    placed in the first); none otherwise."""
    n = counted(first) if first.tag_ in ("NNS", "NNPS") else None
    where = [p for c in first.children if c.dep_ == "prep" and c.lower_ in ("in", "near")
             for p in c.children if p.dep_ == "pobj"]
    if n is None or n < 2 or len(where) != 1:
        return []
    sites = [where[0], *where[0].conjuncts]
    places = [place_of(ctx, [m for m in ctx.mentions_of([t]) if m.etype in PLACE_TYPES])
              for t in sites]
    if len(sites) != n or any(p is None for p in places) or \
            len({p.name for p in places if p is not None}) != n:
        return []
    d.place = places[0]
    out: list[Draft] = []
    for place in places[1:]:
        one = _clone(d)
        one.target, one.target_token = d.target, d.target_token
        one.target_actors = list(d.target_actors)
        one.place = place
        out.append(one)
    return out


def _days_of_targets(ctx: DocContext, sent: Span, d: Draft, targets: list[Token]
                     ) -> list[DateMatch]:
    """"Attacked a bulk carrier on Tuesday and a tanker on Thursday": the day told after
    each of a trigger's coordinated targets, before the next one, when each has one and
    the days differ (each target hit on its day is an occurrence of its own); none
    otherwise."""
    if len(targets) < 2:
        return []
    doc = ctx.doc
    # the last target's day may hang on it, past the clause the trigger's span ends with
    last = doc[max(d.span[1], targets[-1].right_edge.i + 1) - 1]
    ends = [t.left_edge.idx for t in targets[1:]] + [last.idx + len(last)]
    days = [m for m in ctx.dates(sent) if m.precision == "day"]
    out: list[DateMatch] = []
    for target, end in zip(targets, ends, strict=True):
        own = [m for m in days if target.idx < m.start and m.end <= end]
        if len(own) != 1:
            return []
        out.append(own[0])
    return out if len({m.value for m in out}) == len(out) else []


# Dependencies that open another clause: a coordination below one belongs to that clause.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})
# Prepositions of a route or an origin, not of the site hit ("launched from A and B").
_ROUTE_PREPS = frozenset({"from", "to", "toward", "towards", "via", "through", "between",
                          "across", "into"})
# How far up from a place a coordination may lie and still belong to the trigger.
_PATH_STEPS = 10


def _path_up(tok: Token, top: Token, heads: set[int], through: frozenset[int] = frozenset(),
             strays: frozenset[int] = frozenset()) -> list[Token] | None:
    """The tokens from ``tok`` up to ``top`` (without it), or ``None`` when ``tok`` does
    not hang from ``top`` within one clause (or the clauses ``through``, which tell the
    same act) and without another trigger between; ``strays`` are words the parse hung
    elsewhere that belong to ``top``."""
    path: list[Token] = []
    cur = tok
    for _ in range(_PATH_STEPS):
        if cur.i == top.i:
            return path
        if cur.i in strays:
            return [*path, cur]
        if cur.i in heads or (cur.dep_ in _CLAUSE_DEPS and cur.i not in through) or \
                cur.head.i == cur.i:
            return None
        path.append(cur)
        cur = cur.head
    return path if cur.i == top.i else None


def _names_site(prep: Token) -> bool:
    """Whether a preposition's object is the name of a site or place ("at Harir"; not "at
    dawn", "on Friday" or "at US forces")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS for c in prep.children)


def _listed(t: Token) -> bool:
    """Whether ``t`` is a later item of a list that the parse took for something else: a
    repeated preposition ("at A with drones, at B with rockets") or one after a later
    object ("one man in A and another in B"), a second object ("the
    tanker in A, a container ship in B and a destroyer in C") or an apposition that is
    no description of its head but an item like it: a name after a name ("Eilat, Haifa
    and the Golan") or a site told like the one before ("a site in A, a station in B and
    an airfield in C"; not "Ain al-Asad, a base in Anbar, and Harir")."""
    head = t.head
    if t.dep_ == "prep":
        # (or right after a later object: "one man in A and another in B")
        return _names_site(t) and ((t.i > 0 and t.doc[t.i - 1].dep_ == "conj") or any(
            c.dep_ == "prep" and c.lower_ == t.lower_ and c.i < t.i and _names_site(c)
            for c in head.children))
    before = t.left_edge.i - 1
    if before < 0 or t.doc[before].text != ",":
        return False
    if t.dep_ == "dobj":
        return any(c.dep_ == "dobj" and c.i < t.i for c in head.children)
    if t.dep_ != "appos" or not any(c.dep_ == "conj" for c in (*t.children, *head.children)):
        return False
    if t.ent_type_ in PLACE_LABELS and head.ent_type_ in PLACE_LABELS:
        return True
    return head.dep_ == "pobj" and any(c.dep_ == "prep" and c.lower_ == head.head.lower_
                                       for c in t.children)


def _coordinated(path: list[Token]) -> bool:
    """Whether a place or date is a later conjunct of what its trigger tells ("at A on
    Monday and at B on Tuesday", "sites in A, B and C", "a site in A, a station in B and
    an airfield in C")."""
    return any(t.dep_ == "conj" or _listed(t) for t in path) and not any(
        t.dep_ == "prep" and t.lower_ in _ROUTE_PREPS for t in path)


def _doing_verb(tok: Token, heads: set[int]) -> Token:
    """The verb a noun trigger is the subject of ("Israeli strikes killed three people in
    A and two in B") or the object of ("claimed drone attacks on A on Monday and on B on
    Tuesday", where the parse may hang the later sites and days on the verb), which
    tells where its blows fell; the trigger itself otherwise."""
    verb = tok.head
    if tok.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i in heads:
        return tok
    if tok.dep_ in ("nsubj", "nsubjpass") or (
            tok.dep_ == "dobj" and lemma(verb) in DOING_VERBS | CLAIM_VERBS):
        return verb  # (not "placed the strikes around A and B": a report of where)
    return tok


def _stray_conjuncts(verb: Token, heads: set[int]) -> list[Token]:
    """"Said it attacked A on Monday, and a post near B on Tuesday", "said it had struck
    A, and at B on Sunday": the later objects or sites of a reported verb that the parse
    hangs on the reporting verb, conjuncts with no verb of their own."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp":
        return []
    return [c for c in _later_conjuncts(verb.head, verb, ("NOUN", "PROPN", "ADP"), heads)
            if not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)]


def _later_conjuncts(under: Token, verb: Token, pos: tuple[str, ...], heads: set[int]
                     ) -> list[Token]:
    """The conjuncts hung on ``under`` after ``verb``, of the parts of speech ``pos``,
    that are no trigger themselves."""
    return [c for c in under.children if c.dep_ == "conj" and c.i > verb.i and
            c.pos_ in pos and c.i not in heads]


def _told_span(ctx: DocContext, d: Draft, heads: set[int], strays: list[Token]
               ) -> tuple[int, int]:
    """A draft's span with the objects a verb trigger goes on to coordinate ("said it
    struck a ship on Monday and a tanker on Tuesday", where the parse may hang the
    second object on the verb, out of the clause, or on the reporting verb: ``strays``,
    the trigger's stray conjuncts)."""
    verb = ctx.doc[d.hit.head]
    if verb.pos_ != "VERB":
        return d.span
    objects = _later_conjuncts(verb, verb, ("NOUN", "PROPN"), heads) + strays
    return d.span[0], max([d.span[1], *(c.right_edge.i + 1 for c in objects)])


def _reach(ctx: DocContext, d: Draft, heads: set[int], trig: Token, strays: list[Token]
           ) -> tuple[int, int]:
    """The words a draft's sites may be told in: its span with the objects its verb
    coordinates, and for a noun subject the clause of its verb (``trig``, the draft's
    doing verb, with ``strays``, its stray conjuncts)."""
    if trig.i == d.hit.head:
        return _told_span(ctx, d, heads, strays)
    return d.span[0], max(d.span[1], trig.right_edge.i + 1,
                          *(c.right_edge.i + 1 for c in strays))


# Plural nouns of areas that names joined before them share: "in A and B provinces".
_AREAS_NOUNS = frozenset({"provinces", "governorates", "districts", "regions"})


def _shared_area_noun(root: Token) -> bool:
    """Whether a name is the later of names that one plural area noun follows ("struck
    positions in A and B provinces"): the areas a single operation spanned, as "in Iraq
    and Syria" is, not sites of separate ones."""
    first = root.head if root.dep_ == "conj" else None
    return first is not None and first.i < root.i and \
        first.dep_ in ("nmod", "compound") and first.head.lower_ in _AREAS_NOUNS and \
        first.head.i > root.i


def _own_places(ctx: DocContext, d: Draft, heads: set[int], trig: Token,
                strays: list[Token], reach: tuple[int, int]
                ) -> list[tuple[LinkedMention, Place]]:
    """The places of a draft's clause (``reach``) coordinated with the place it was given,
    each a site or town of its own: the sites of separate occurrences (``trig``, the
    draft's doing verb, with ``strays``, its stray conjuncts)."""
    doc = ctx.doc
    # a plot aimed at several countries is one plot in each: each country's police
    # and courts deal with their own (unlike one operation of strikes that spanned two);
    # a plot on two sites of one country ("rockets at the Green Zone and the airport")
    # stays one
    plot = d.type == "plot"
    # so are arrests in several countries ("arrested one man in Germany and another in
    # Austria"); two sites of one country are two arrests as they are two blows
    # places too broad to tell occurrences apart: "strikes on targets in Iraq and eastern
    # Syria" is one operation told by the countries it spanned
    broad = not (plot or d.type == "arrest")
    if d.place is None or (broad and country_wide(ctx, d.place.precision, d.place.entity_id)):
        return []
    found: list[tuple[LinkedMention, Place]] = []
    # (another trigger, or the verb another noun trigger is the subject of, is its act)
    blocked = {i for h in heads - {d.hit.head} for i in (h, _doing_verb(doc[h], heads).i)}
    # "claimed drone attacks, hitting A, B and C": a participle of a blow that tells them
    told = frozenset(c.i for c in trig.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
                     ctx.ontology.triggers_starting(lemma(c)))
    stray = frozenset(c.i for c in strays)
    # verbs of the same kind of act, merged into this draft ("detained A, and held B")
    kin = {h.head for h in ctx.triggers(trig.sent) if h.event_type == d.type}
    named = [m for m in ctx.mentions_in(*reach)
             if m.etype in PLACE_TYPES and m.label != "NORP"]
    for m in named:
        root = doc[m.tok_end - 1]
        while root.head.i != root.i and m.tok_start <= root.head.i < m.tok_end:
            root = root.head
        path = _path_up(root, trig, blocked, told, stray)
        if path is None or not _coordinated(path):
            continue
        if d.type == "arrest" and any(
                t.dep_ == "conj" and t.pos_ == "VERB" and t.i not in kin for t in path):
            continue  # "arrested a man in A and seized rifles in B": B is the other act's
            # (a blow's joined verb, "struck A, and hit tunnels in B", tells a blow still)
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and any(
                f.tok_start <= root.head.head.i < f.tok_end for f in named):
            continue  # "and at Harir air base in Erbil": the town the site is in
        if _shared_area_noun(root):
            continue  # "in A and B provinces": one operation told by the areas it spanned
        place = ctx.place(m)
        if place.lat is None or (broad and country_wide(ctx, place.precision, place.entity_id)) or \
                _same_place(place, d.place) or \
                any(_same_place(place, p) for _m, p in found):
            continue
        if (plot or (d.type == "arrest" and "country" in
                     (place.precision, d.place.precision))) and \
                (not place.country or place.country in
                 {d.place.country, *(p.country for _m, p in found)}):
            continue
        found.append((m, place))
    return found


def _same_place(a: Place, b: Place) -> bool:
    return a.name == b.name or (a.entity_id is not None and a.entity_id == b.entity_id)


# Acts whose occurrences a month or a year tells apart as well as a day: "designated
# the group in 2017 and its leader in 2020" are two listings (unlike blows, told by the
# day).
DATED_ACTS = frozenset({"sanction"})


def _day_dates(ctx: DocContext, sent: Span, d: Draft, heads: set[int], trig: Token,
               strays: list[Token], told: tuple[int, int]) -> list[DateMatch]:
    """The dates of single days a draft's trigger tells (not another trigger's, nor
    another clause's) within its span ``told``, in order, one per day; for a listing, of
    months and years too (``trig``, the draft's doing verb, with ``strays``, its stray
    conjuncts)."""
    doc = ctx.doc
    stray = frozenset(c.i for c in strays)
    others = heads - {trig.i, d.hit.head}  # (a day on the trigger noun is on the verb too)
    start, end = told
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    out: list[DateMatch] = []
    for m in ctx.dates(sent):
        if (m.precision != "day" and d.type not in DATED_ACTS) or \
                not (lo <= m.start and m.end <= hi) or \
                any(o.value == m.value for o in out):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _path_up(span.root, trig, others, strays=stray) is not None:
            out.append(m)
    return out


# Words that join two days into one night ("late on Saturday and early on Sunday").
NIGHT_WORDS = frozenset({"late", "early", "overnight", "night", "into"})


# How many words may tell the next target between two joined days ("on Tuesday and a
# Liberian-flagged tanker on Thursday").
_TARGET_WORDS = 9
# Dependencies of a verb form that only describes a noun ("a Greek-owned ship").
_DESCRIBING_DEPS = frozenset({"amod", "compound", "npadvmod"})


def _joined_days(between: Span) -> bool:
    """Whether the words between two days join them: "and" (or "and again") alone, or
    "and" with the next target and no verb of another clause ("on Tuesday and a tanker
    on Thursday", "on Monday and at a post on Tuesday")."""
    words = [t for t in between if not t.is_punct]
    if any(t.lower_ == "and" for t in words) and len(words) <= 4:
        return True
    return bool(words) and words[0].lower_ == "and" and len(words) <= _TARGET_WORDS and \
        not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in _DESCRIBING_DEPS for t in words)


def _coordinated_days(ctx: DocContext, dates: list[DateMatch], d: Draft) -> bool:
    """"On March 3 and again on March 7", "on Monday and Tuesday", "a ship on Monday and a
    tanker on Tuesday": days joined by "and" with nothing but the joining words or the
    next target between, each a day of its own occurrence (not "between March 3 and
    March 7", a span)."""
    doc = ctx.doc
    for a, b in pairwise(dates):
        between = doc.char_span(a.end, b.start, alignment_mode="expand")
        if between is None or not _joined_days(between):
            return False
        both = doc.char_span(a.start, b.end, alignment_mode="expand")
        if both is None or any(t.lower_ in NIGHT_WORDS for t in
                               doc[max(0, both.start - 2):both.end]):
            return False  # "late on Saturday and early on Sunday": one night's salvo
        before = doc.char_span(a.start, a.end, alignment_mode="expand")
        if before is None or (before.start > 0 and doc[before.start - 1].lower_ in (
                "between", "from")) or d.hit.head in range(between.start, between.end):
            return False  # a span of days, or days on each side of the trigger
    return True


def _site_weapons(ctx: DocContext, sent: Span, d: Draft, more: list[LinkedMention]
                  ) -> list[Weapon | None]:
    """The weapon told with each site of a draft, when each site has its own: "targeted a
    ship off A with drones and a warship in B with a missile" (each after its site) or
    "fired drones at A and missiles at B" (each before it); ``None`` for a site that has
    none of its own ("struck sites in A, B and C with missiles" share one)."""
    doc = ctx.doc
    none: list[Weapon | None] = [None] * (len(more) + 1)
    first = next((m for m in ctx.mentions_in(d.span[0], more[0].tok_start)
                  if m.etype in PLACE_TYPES and d.place is not None and
                  _same_place(ctx.place(m), d.place)), None)
    if first is None or not d.weapon:
        return none
    sites = [first, *more]
    hits = [w for w in ctx.weapons(sent) if d.span[0] <= w.start and w.end <= d.span[1] and
            doc[w.end - 1].dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj")]
    starts = [m.tok_start for m in sites[1:]] + [d.span[1]]
    ends = [d.hit.head + 1] + [m.tok_end for m in sites]
    own = [m.tok_end for m in sites]

    def told(lo: int, hi: int) -> Weapon | None:
        return next(iter(_weapons_between(hits, lo, hi)), None)

    if (w := told(own[0], starts[0])) is not None and w.name == d.weapon:
        return [None, *(told(own[k], starts[k]) for k in range(1, len(sites)))]
    if (w := told(ends[0], sites[0].tok_start)) is not None and w.name == d.weapon:
        return [None, *(told(own[k - 1], sites[k].tok_start) for k in range(1, len(sites)))]
    return none


def _weapons_between(hits: Sequence[WeaponHit], start: int, end: int) -> list[Weapon]:
    """The weapons named within the tokens ``start`` to ``end``, in order."""
    return [w.weapon for w in hits if start <= w.start and w.end <= end]


def _copy(d: Draft, span: tuple[int, int]) -> Draft:
    return Draft(d.hit, d.type, d.subtype, span, actors=list(d.actors),
                 claimed_by=list(d.claimed_by), attributed_to=list(d.attributed_to),
                 target=d.target, target_actors=list(d.target_actors), weapon=d.weapon,
                 place=d.place, date=d.date, inherited_date=d.inherited_date,
                 target_token=d.target_token, target_tokens=d.target_tokens)


def split_occurrences(ctx: DocContext, drafts: list[Draft], sent: Span) -> list[Draft]:
    """One event per site or per day that one trigger coordinates: "attacked US forces at
    A on Monday and at B on Tuesday", "struck sites in A, B and C", "fired rockets at A
    on March 3 and again on March 7". An occurrence is one act at one place and time, so
    each coordinated site (a town, a district, a base; not a country) or day is one; a
    clause that gives as many days as sites pairs them in order."""
    out: list[Draft] = []
    heads = {d.hit.head for d in drafts}
    split = {h for h in heads if sum(d.hit.head == h for d in drafts) > 1}
    for d in drafts:
        out.append(d)
        # "arrested three men in Istanbul and two in Ankara": arrests at two places too
        if d.type not in ARMED | DATED_ACTS | {"arrest", "plot"} or d.hit.head in split or \
                d.campaign or d.hit.trigger.lemmas == POSTING:
            continue  # ("took up positions on A and in B": one posting of forces)
        trig = _doing_verb(ctx.doc[d.hit.head], heads)
        strays = _stray_conjuncts(trig, heads)
        reach = _reach(ctx, d, heads, trig, strays)
        places = _own_places(ctx, d, heads, trig, strays, reach)
        if d.type == "arrest" and places and all(
                ctx.doc[m.tok_end - 1].dep_ == "conj" for m, _p in places):
            places = []  # "arrested six men in raids in A, B and C": one sweep, one arrest
        if places:
            d.span = reach
        told = _told_span(ctx, d, heads, strays)
        dates = _day_dates(ctx, sent, d, heads, trig, strays, told)
        if places:
            first = d.place
            assert first is not None
            sites: list[tuple[Place, int | None]] = [(first, None)]
            sites += [(p, m.tok_end) for m, p in places]
            paired = len(dates) == len(sites)
            later = [] if paired else _days_after(ctx, dates, [m for m, _p in places])
            weapons = _site_weapons(ctx, sent, d, [m for m, _p in places])
            for k, (place, end) in enumerate(sites[1:], start=1):
                one = _copy(d, (d.span[0], d.span[1] if k == len(sites) - 1 else end or
                                d.span[1]))
                if (w := weapons[k]) is not None:
                    one.weapon = w.name
                    one.subtype = w.subtypes.get(one.type) or one.subtype
                _move_to(one, first.entity_id, place)
                one.date = dates[k] if paired else later[k - 1] if later else d.date
                out.append(one)
            if paired:
                d.date = dates[0]
            d.span = (d.span[0], places[0][0].tok_start)
        elif len(dates) > 1 and _coordinated_days(ctx, dates, d):
            d.span = told
            for k, date in enumerate(dates[1:], start=1):
                one = _copy(d, d.span if k == len(dates) - 1 else (
                    d.span[0], _token_after(ctx, dates[k].end)))
                one.date = date
                if _site_before_day(ctx, one, _token_after(ctx, dates[k - 1].end), date):
                    one.target, one.target_token = None, None  # (the target is another site's)
                out.append(one)
            _site_before_day(ctx, d, d.hit.head + 1, dates[0])  # (its target is its own)
            d.date = dates[0]
            d.span = (d.span[0], _token_after(ctx, dates[0].end))
    return out


def _days_after(ctx: DocContext, dates: list[DateMatch], sites: list[LinkedMention]
                ) -> list[DateMatch]:
    """"At A and B on Sunday, and at C on Monday": the day told after each later site,
    the first one after it, when the days are more than one and each site has one;
    none otherwise (the days tell no sites apart)."""
    if len(dates) < 2:
        return []
    out: list[DateMatch] = []
    for m in sites:
        end = ctx.doc[m.tok_end - 1].idx
        day = next((x for x in dates if x.start > end), None)
        if day is None:
            return []
        out.append(day)
    return out


def _site_before_day(ctx: DocContext, d: Draft, start: int, day: DateMatch) -> bool:
    """"Drones hit A on Saturday and B on Sunday", "attacked a base in A with rockets on
    Monday and the embassy in B with drones on Tuesday": the site told between the day
    before (or the trigger) and a draft's own day is where it fell, and the weapon told
    there what it fell with (none there: "at A on Monday and again on Tuesday", the same
    site and means). Whether the draft moved to another site."""
    end = ctx.doc.char_span(day.start, day.end, alignment_mode="expand")
    if end is None:
        return False
    hits = {w.name: w for w in _weapons_between(ctx.weapons(end.sent), start, end.start)}
    if len(hits) == 1:
        weapon = next(iter(hits.values()))
        d.weapon = weapon.name
        d.subtype = weapon.subtypes.get(d.type) or d.subtype
    places = [m for m in ctx.mentions_in(start, end.start) if m.etype in PLACE_TYPES]
    place = place_of(ctx, places)
    if place is None or (d.place is not None and _same_place(place, d.place)):
        return False
    _move_to(d, d.place.entity_id if d.place is not None else None, place)
    return True


def _move_to(d: Draft, old: str | None, place: Place) -> None:
    """Place a draft at ``place`` instead of the place ``old``: a blow's site is whom it
    hit too, so ``old`` leaves the draft's targets and ``place`` joins them (where people
    were arrested is not whom)."""
    d.target_actors = [t for t in d.target_actors if old is None or t != old]
    if place.entity_id and place.entity_id not in d.target_actors and d.type in ARMED:
        d.target_actors.append(place.entity_id)
    d.place = place


def _token_after(ctx: DocContext, char: int) -> int:
    """The index of the token after the one that ends at character ``char``."""
    span = ctx.doc.char_span(char - 1, char, alignment_mode="expand")
    return span.end if span is not None else len(ctx.doc)
