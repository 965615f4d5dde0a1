"""Responsibility told apart from the event it concerns.

News reports often tell an attack first and say who is held responsible in a
later sentence: "US officials blamed X for that attack", "the strike bore the
hallmarks of X", "Washington attributed it to X", "X claimed the attack on the
base". ``sentence_blame`` reads such a sentence into a :class:`Blame` (the
parties, how sure the sentence is, and what it says of the event it refers
to: date, place, weapon, kind); ``carry_blame`` gives the parties to the event
the sentence refers to and drops the bare reference ("the strike") that the
sentence would otherwise add as an event of its own.

The event referred to is an earlier violent event of the same section whose
perpetrator is not stated: the one the reference's date, place, weapon and
kind fit best; with nothing to tell them apart, the most recent one after a
demonstrative or a pronoun ("that attack", "attributed it to") and the first
one told after "the attack" (a report's lead event).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import (
    AGAINST,
    REFUSING,
    answered_phrase,
    answering_noun,
    disowned,
    inherited_subjects,
    is_negated,
    prep_objects,
)
from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import ARMED, NON_STATE, VIOLENT
from axiswatch.extract.occurrence import is_headline
from axiswatch.extract.places import NATIONAL_AREA_NOUNS
from axiswatch.extract.records import own_statement_sources
from axiswatch.extract.relations.sentence import is_collective
from axiswatch.extract.roles import (
    ACCUSING,
    ANSWERABLE,
    ARMED_TYPES,
    ATTRIBUTING,
    BANDS,
    CRIMINAL_BANDS,
    HIRELINGS,
    HOLDING,
    PERFORMING,
    SCHEME_NOUNS,
    SUSPECT_NOUNS,
    Roles,
    accusation_charges,
    band_sponsors,
    band_users,
    claimants,
    hand_users,
    hands_used,
    scheme_senders,
    senders_told,
    sentence_roles,
    served_by_accused,
    takes_credit,
    tokens_actors,
)
from axiswatch.extract.speakers import armed_voice, speakers
from axiswatch.extract.triggers import lemma
from axiswatch.model import Event
from axiswatch.nlp.hedging import accused_plot, certainty_of, weaker
from axiswatch.nlp.linking import PLACE_TYPES
from axiswatch.nlp.numbers import counted
from axiswatch.nlp.tokens import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from axiswatch.kb.pack import Pack

DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
# Verbs that lay an event at someone's door even when the sentence does not name it.
BLAMING = frozenset({"blame", "accuse", "attribute", "hold", "claim", "suspect", "pin"})
# Deeds of an accusation that are a part in an act: "accused X of being behind it".
PART_IN_DEED = frozenset({"be", "responsibility", "involvement", "role", "carry", "conduct",
                          "orchestrate", "stage", "plan", "order", "direct", "mastermind"})
# Verbs by which a group tells of its own deed.
SAYING_CLAIMS = frozenset({"say", "state", "announce", "declare", "add", "confirm"})


@dataclass(slots=True)
class Blame:
    """One sentence's statement of who did, claimed or is held responsible for an event
    told elsewhere."""

    sentence: int
    paragraph: int
    roles: Roles
    certainty: str  # how sure the sentence is of the responsibility it states
    date: str | None = None  # what the sentence says of the event it refers to
    places: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    weapon: str | None = None
    kind: str | None = None
    recent: bool = True  # a demonstrative or pronoun points at the most recent event
    parties: list[str] = field(default_factory=list)
    # how many events the reference takes in: "both attacks" 2, "the attacks" every one
    # of its paragraph (ALL), "the attack" one
    count: int = 1
    headline: bool = False  # a title line: it tells the story that follows it
    # whom the reference says the blow fell on ("the killing of protesters": protesters)
    victims: str | None = None
    said: str | None = None  # the date that opens the sentence: when the blame was laid
    # the reference names a run of deeds ("a string of attacks", "dozens of attacks",
    # "more than 80 attacks"): the events a paragraph tells after it are of the run
    series: bool = False
    # the deed a blame names in a phrase of its own ("blamed X for firing a missile at
    # Y"): the kind of its weapon and its places, when every party is blamed for such a
    # phrase only
    deed_weapon: str | None = None
    deed_places: frozenset[str] = frozenset()


def _claims(ctx: DocContext, sent: Span) -> list[str]:
    """"X claimed the attack on the base", "X claimed a drone attack": the subject of
    a claim whose object is a violent event."""
    out: list[str] = []
    for tok in sent:
        if lemma(tok) not in CLAIMING or tok.pos_ != "VERB" or is_negated(tok):
            continue
        announced = lemma(tok) != "claim"  # "X announced the operation": its own, if armed
        if tok.dep_ == "xcomp" and lemma(tok.head) in REFUSING:
            continue  # "X declined to claim the attack": no claim made
        if any(c.dep_ == "auxpass" for c in tok.children):
            continue  # "claimed by X" is read with the other cues
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(_violent_head(ctx, o) or any(_violent_head(ctx, d) for d in _run_heads(o))
               for o in objs):  # "X claimed the attack", "X has claimed dozens of attacks"
            out += [a for a in tokens_actors(ctx, inherited_subjects(tok)) if a not in out
                    and (not announced or armed_voice(ctx, a))]
        elif any(o.lower_ in EVENT_PRONOUNS or _one_operation(o) for o in objs):
            # "X claimed it", "X claimed the operation": an armed group's claim of the
            # event just told
            out += [a for a in tokens_actors(ctx, inherited_subjects(tok))
                    if armed_voice(ctx, a) and a not in out]
    out += [a for a in _told_by_group(ctx, sent) if a not in out]
    if any(h.event_type in VIOLENT for h in ctx.triggers(sent)):
        # "according to a statement by X, the drones hit their targets"
        out += [a for a in sorted(own_statement_sources(ctx, sent)) if a not in out]
    return out


# Verbs by which a party claims an event by naming it: "X claimed the attack", and, from
# an armed group, "X announced the operation".
CLAIMING = frozenset({"claim", "announce"})
# Verbs of a blow a group tells it has dealt ("said it had struck the base").
SELF_STRIKES = frozenset({"strike", "hit", "target", "attack", "bomb", "shell"})
# Verbs of wielding a weapon: "said it had used drones" tells the blow it dealt with them.
WIELDING = frozenset({"use", "employ", "deploy"})
# Pronouns standing for an event told before ("X claimed it").
EVENT_PRONOUNS = frozenset({"it", "them"})
# Nouns of a group's armed act that name no kind of violence ("carried out the operation").
OPERATIONS = frozenset({"operation", "raid", "mission"})


# Nouns of the motive an attack is told with ("the attack was revenge for ...").
MOTIVES = frozenset({"revenge", "retaliation", "response", "reprisal", "answer", "vengeance",
                     "message", "warning", "punishment"})
# Verbs of setting a charge ("said it had planted the device") and the charges set.
PLANTING = frozenset({"plant", "detonate", "place", "lay", "bury", "rig"})
CHARGES = frozenset({"device", "bomb", "explosive", "mine", "charge", "ied", "explosives"})
SELF = frozenset({"it", "they", "we"})
# "said its fighters were responsible": the speaker's own men.
OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def _told_by_group(ctx: DocContext, sent: Span) -> list[str]:
    """An armed group that tells an attack's motive ("X said the attack was revenge for
    the killing of its commanders") or that it set the charge ("X said it had planted
    the device") claims the attack: only its doer tells either. A state's or an
    official's word of the kind explains, it claims nothing."""
    out: list[str] = []
    for tok in sent:
        if tok.dep_ != "ccomp" or lemma(tok.head) not in SAYING_CLAIMS or is_negated(tok):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        motive = lemma(tok) == "be" and any(
            _violent_head(ctx, s) or _one_operation(s) for s in subj) and any(
            lemma(t) in MOTIVES for c in tok.children if c.dep_ in ("attr", "prep", "acomp")
            for t in c.subtree)
        sayers = tokens_actors(ctx, [c for c in tok.head.children if c.dep_ == "nsubj"])
        # "said it had planted the device", "said its members planted the bomb"
        planted = lemma(tok) in PLANTING and (any(s.lower_ in SELF for s in subj) or bool(
            set(sayers) & set(tokens_actors(ctx, subj)))) and any(
            c.dep_ == "dobj" and lemma(c) in CHARGES for c in tok.children)
        if not (motive or planted or _did_it(ctx, tok, subj, sayers)):
            continue
        out += [a for a in sayers if armed_voice(ctx, a) and a not in out]
    return out


def _did_it(ctx: DocContext, tok: Token, subj: list[Token], sayers: list[str]) -> bool:
    """"X said its fighters carried out the operation", "X said it had conducted the
    attack", "X said its fighters carried it out": a reported clause in which the sayer,
    or its own fighters, performed one act (an attack, an operation of no named kind, or
    the event just told, done and not only vowed) is the sayer's claim of it."""
    if not set(sayers) & set(tokens_actors(ctx, subj)):
        return False
    if lemma(tok) in SELF_STRIKES and _done(tok):
        return any(c.dep_ == "dobj" for c in tok.children)  # "said it had struck the base"
    if lemma(tok) in WIELDING and _done(tok):  # "said it had used drones"
        arms = {i for w in ctx.weapons(tok.sent) for i in range(w.start, w.end)}
        return any(c.dep_ == "dobj" and c.i in arms for c in tok.children)
    return lemma(tok) in PERFORMING and any(
        c.dep_ == "dobj" and (_violent_head(ctx, c) or _one_operation(c) or (
            c.lower_ in EVENT_PRONOUNS and _done(tok))) for c in tok.children)


def _done(verb: Token) -> bool:
    """Whether a reported verb tells a deed done ("it struck", "it had struck"), not one
    threatened or meant ("it would strike", "it will hit")."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and lemma(c) == "have"
                                      for c in verb.children)


def _one_operation(tok: Token) -> bool:
    """"the operation", "the raid": one armed act of no named kind ("operations" may be a
    whole campaign)."""
    return lemma(tok) in OPERATIONS and tok.tag_ == "NN"


def _own_word(ctx: DocContext, sent: Span, roles: Roles) -> None:
    """"X said the attack was carried out by its fighters": a doer who tells of its own
    deed claims it; the event is X's claim, not a charge laid on X by the report."""
    own: set[str] = set()
    for hit in ctx.triggers(sent):
        if hit.event_type not in VIOLENT:
            continue
        tok = sent.doc[hit.head]
        clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else _standing_for(tok)
        own |= set(speakers(ctx, clause))
    for tok in sent:  # "X said it was responsible", the deed left to the sentence before
        if tok.lower_ in ANSWERABLE and tok.dep_ == "acomp" and lemma(tok.head) == "be" and \
                any(c.dep_ == "nsubj" and (c.lower_ in SELF or any(
                    p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in c.children))
                    for c in tok.head.children):
            own |= set(speakers(ctx, tok.head))
    doers = [a for a in [*roles.actors, *roles.attributed_to] if a in own]
    if not doers:
        return
    roles.claimed_by += [a for a in doers if a not in roles.claimed_by]
    roles.actors = [a for a in roles.actors if a not in own]
    roles.attributed_to = [a for a in roles.attributed_to if a not in own]


def _standing_for(tok: Token) -> Token:
    """"(X said) it was behind the attack", "it was responsible for the attack": the verb
    that says who stands behind or answers for an event named by ``tok``, else ``tok``."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    if prep.dep_ == "prep" and prep.lower_ == "behind":
        return prep.head
    if prep.dep_ == "prep" and prep.lower_ == "for" and lemma(prep.head) in ANSWERABLE and \
            prep.head.dep_ == "acomp":
        return prep.head.head
    return tok


def _accused_of_other(ctx: DocContext, verb: Token) -> bool:
    """"Tehran has accused Baku of allowing Israel a foothold": an accusation whose "of"
    names a deed that is no violent act (nor a part in one) blames nobody for the event
    just told."""
    deeds = [g for _x, g in accusation_charges(verb)]
    return bool(deeds) and not any(
        _violent_head(ctx, d) or lemma(d) in PART_IN_DEED or
        any(_violent_head(ctx, c) for c in d.subtree) for d in deeds)


def _violent_head(ctx: DocContext, tok: Token) -> bool:
    return any(t.event_type in VIOLENT for t in ctx.ontology.triggers_starting(lemma(tok)))


def _reference(ctx: DocContext, sent: Span, blame: Blame) -> None:
    """What the blame sentence says of the event it refers to."""
    opening = [d for d in ctx.dates(sent) if d.start - sent.start_char <= 3]
    blame.said = opening[0].value if opening else None
    hits = [h for h in ctx.triggers(sent) if h.event_type in VIOLENT and
            answering_noun(sent.doc[h.head]) is None]  # (not "in revenge for the bombing")
    pronoun = any(t.lower_ == "it" and t.dep_ in ("dobj", "nsubjpass") for t in sent)
    if not hits:
        blame.recent = True
        # "a string of incidents that officials have tied to X": a run of deeds of no kind
        blame.series = any(lemma(t) in TOLD_EVENT_NOUNS and _run_of_deeds(t) for t in sent)
        return
    tok = sent.doc[hits[0].head]
    sub = list(tok.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    blame.kind = hits[0].event_type
    blame.count = _referent_count(tok)
    blame.series = _run_of_deeds(tok)
    blame.victims = next((p.lower_ for c in tok.children if c.dep_ == "prep" and
                          c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and
                          p.pos_ in ("NOUN", "PROPN")), None)
    blame.recent = pronoun or any(c.dep_ in ("det", "poss") and c.lower_ in DEMONSTRATIVES
                                  for c in tok.children)
    # "claimed the attack as revenge for the bombing in X on Monday": the deed answered
    # tells neither the place nor the day of the deed claimed
    answered = [t for p in sub if answered_phrase(p) for t in p.subtree]
    far = {t.idx for t in answered}
    sub = [t for t in sub if t.idx not in far]
    for d in ctx.dates(sent):
        if lo <= d.start < hi and d.start not in far:
            blame.date = d.value
            blame.recent = False
            break
    # ("to strike Israeli targets abroad": a people's adjective names no place, unless
    # it names the people's land, "on Israeli soil")
    named = frozenset(m.entity_id for m in ctx.mentions_of(sub)
                      if m.entity_id and m.etype in PLACE_TYPES and (
                          m.label != "NORP" or
                          ctx.doc[m.tok_end - 1].head.lower_ in NATIONAL_AREA_NOUNS))
    blame.countries = frozenset(c for c in (ctx.country(p) for p in named) if c)
    # "the Erbil attack" refers to the attack on the airport of Erbil too
    sites = _sites_in(ctx.linker.pack)
    blame.places = named.union(*(sites.get(p, frozenset()) for p in named))
    subtree = {t.i for t in sub}
    for w in ctx.weapons(sent):
        if w.start in subtree:
            blame.weapon = w.weapon.name
            break


# The facilities of a pack by the town they lie in, with the pack they were read from.
_SITES: dict[int, tuple[Pack, dict[str, frozenset[str]]]] = {}


def _sites_in(pack: Pack) -> dict[str, frozenset[str]]:
    """The facilities of the pack by the town they lie in (built once per pack)."""
    cached = _SITES.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1]
    by_town: dict[str, set[str]] = {}
    for entry in pack.entries.values():
        if entry.type == "facility":
            for link in entry.located_in:
                by_town.setdefault(link.id, set()).add(entry.id)
    found = {town: frozenset(ids) for town, ids in by_town.items()}
    _SITES[id(pack)] = (pack, found)
    return found


ALL = 0  # a plural reference without a number: every event of its paragraph
# Determiners of a plural reference back ("the attacks", "these strikes", "both attacks").
PLURAL_REFERENCE = frozenset({"the", "these", "those", "both"})


def _referent_count(tok: Token) -> int:
    """How many events a reference names: "both attacks" two, "the two attacks" two,
    "the attacks" all those of its paragraph; a singular noun one."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return 1
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "preconj")}
    number = counted(tok)
    if "both" in dets:
        return 2
    if number is not None and number > 1:
        return number
    return ALL if dets & PLURAL_REFERENCE or any(
        c.dep_ == "poss" for c in tok.children) else 1


# Nouns and quantities of a run of deeds: "a string of attacks", "dozens of attacks",
# "most of the attacks".
RUN_NOUNS = frozenset({"series", "string", "spate", "wave", "run", "spree", "campaign",
                       "number", "dozen", "dozens", "score", "scores", "hundred", "hundreds",
                       "most", "many", "several"})
# Counts of deeds above which a reference is a tally of a campaign, not the events told.
TALLY = 5
# Words that count a plural of deeds as a run of no set number ("several attacks").
RUN_QUANTIFIERS = frozenset({"several", "many", "numerous", "multiple", "countless"})


def _kind_of_deed(ctx: DocContext, sent: Span) -> bool:
    """"Washington has in the past blamed such attacks on militias backed by Iran": the
    deed the blame names is a kind ("such attacks"), a charge about deeds like it, which
    lays no deed told before at anyone's door."""
    for h in ctx.triggers(sent):
        tok = sent.doc[h.head]
        if h.event_type in VIOLENT and tok.dep_ in ("dobj", "nsubjpass") and \
                lemma(tok.head) in BLAMING and any(
                    c.lower_ == "such" and c.dep_ in ("amod", "det", "predet")
                    for c in tok.children):
            return True  # (not "suspect X, which has threatened such strikes")
    return False


def _run_of_deeds(tok: Token) -> bool:
    """"a string of attacks", "dozens of attacks", "more than 80 attacks": a plural
    reference that takes in a run of deeds (not "the attacks", "both attacks")."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in RUN_NOUNS:
        return True
    if any(c.dep_ in ("amod", "det") and c.lower_ in RUN_QUANTIFIERS for c in tok.children):
        return True  # "has claimed several rocket barrages since October"
    number = counted(tok)
    return number is not None and number > TALLY and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _run_heads(tok: Token) -> list[Token]:
    """The deeds a run's noun takes in ("dozens of attacks": attacks), else nothing."""
    if tok.lower_ not in RUN_NOUNS:
        return []
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS")]


def sentence_blame(ctx: DocContext, sent: Span, index: int, paragraph: int = 0,
                   references: list[Event] | None = None) -> Blame | None:
    """The responsibility a sentence states for a violent event, if it states any.

    ``references``: the sentence's bare references back ("X probably conducted the
    attack"), whose parties are the responsibility when no cue states one."""
    if _blame_to_come(ctx, sent):
        return None
    roles = sentence_roles(ctx, sent)
    roles.actors += [a for a in _run_doers(ctx, sent) if a not in roles.actors]
    claims = _claims(ctx, sent)
    roles.claimed_by = claimants(ctx, [*roles.claimed_by, *claims])
    titled = [] if roles else _title_doers(ctx, sent)
    roles.actors += titled
    if not (roles.attributed_to or roles.claimed_by or roles.actors):
        for ref in references or []:
            roles.actors += [a for a in ref.actors if a not in roles.actors]
            roles.claimed_by += [a for a in ref.claimed_by if a not in roles.claimed_by]
            roles.attributed_to += [a for a in ref.attributed_to
                                    if a not in roles.attributed_to]
    if not (roles.attributed_to or roles.claimed_by or roles.actors):
        return None
    _own_word(ctx, sent, roles)
    blame = Blame(index, paragraph, roles,
                  certainty_of(text_of(sent), allow=("alleged", "assessed")))
    _reference(ctx, sent, blame)
    if titled:
        blame.kind = "attack"  # a group's blow, whatever the title's verb
    _deed_named(ctx, roles, blame)
    if _kind_of_deed(ctx, sent):
        return None
    if blame.kind is None and not blame.series:
        # Nothing names the event: only a blame said outright ("Iran blamed Israel",
        # "officials attributed it to X") refers to the event just told.
        if not any((lemma(t) in BLAMING and t.pos_ == "VERB" and
                    not _accused_of_other(ctx, t)) or lemma(t) in ANSWERABLE or
                   takes_credit(t) or _behind_it(t) for t in sent) and not claims:
            return None
        roles.actors = []
    blame.parties = [*roles.actors, *roles.claimed_by, *roles.attributed_to]
    blame.headline = is_headline(sent)
    return blame


def _title_doers(ctx: DocContext, sent: Span) -> list[str]:
    """"Houthis strike cargo ship in Red Sea", "Hezbollah drone hits base near Safed": the
    armed groups a title tells dealing the first blow it names, whose the attack the story
    below tells with no doer of its own is."""
    if not is_headline(sent):
        return []
    hits = [h for h in ctx.triggers(sent) if h.event_type in VIOLENT]
    if not hits:
        return []
    verb = sent.doc[hits[0].head]
    if verb.pos_ != "VERB" or disowned(verb) or _put_in_doubt(verb):
        return []
    doers = tokens_actors(ctx, [s for s in verb.children if s.dep_ == "nsubj"])
    return [a for a in doers if ctx.etype(a) in NON_STATE]


def _deed_named(ctx: DocContext, roles: Roles, blame: Blame) -> None:
    """The weapon and places of the phrase every party of a blame is blamed for ("blamed
    X for firing a missile at Ain al-Asad": a missile, Ain al-Asad)."""
    parties = [*roles.actors, *roles.claimed_by, *roles.attributed_to]
    if roles.actors or roles.claimed_by or not parties or \
            not all(p in roles.scopes for p in parties):
        return
    scope = frozenset().union(*(roles.scopes[p] for p in parties))
    arms = [w.weapon for w in ctx.weapons(ctx.doc[min(scope)].sent) if w.start in scope]
    # the kind of arm it is ("a ballistic missile" is told again as "the missile")
    blame.deed_weapon = arms[0].subtypes.get("attack", arms[0].name) if arms else None
    blame.deed_places = frozenset(m.entity_id for m in ctx.mentions_of(
        [ctx.doc[i] for i in sorted(scope)]) if m.entity_id and m.etype in PLACE_TYPES)


def _run_doers(ctx: DocContext, sent: Span) -> list[str]:
    """"Officials say X has carried out most of the attacks", "X conducted dozens of
    attacks": the doers of a run of deeds, done and not denied nor doubted."""
    out: list[str] = []
    arms = {i for w in ctx.weapons(sent) for i in range(w.start, w.end)}
    for tok in sent:
        if lemma(tok) not in PERFORMING or tok.pos_ != "VERB" or disowned(tok) or \
                any(c.dep_ == "auxpass" for c in tok.children) or not _done(tok) or \
                _put_in_doubt(tok):
            continue
        if lemma(tok) == "carry" and not any(c.dep_ == "prt" for c in tok.children):
            continue  # "carried them to port" performs nothing
        if not any(c.dep_ == "dobj" and any(
                _violent_head(ctx, d) and _run_of_deeds(d) and d.i not in arms
                for d in [c, *_run_heads(c)]) for c in tok.children):
            continue  # ("launched dozens of drones" counts arms, not deeds)
        out += [a for a in tokens_actors(ctx, inherited_subjects(tok)) if a not in out]
    return out


# Words that leave in doubt what hangs below them ("doubted that X had done it", "it is
# unlikely that X did it", "did not say whether X did it").
DOUBTING = frozenset({"doubt", "question", "wonder", "ask", "unlikely", "unclear", "uncertain",
                      "doubtful", "investigate", "probe", "examine"})


def _put_in_doubt(verb: Token) -> bool:
    """Whether a clause is said in doubt: asked of ("whether X did it"), or under a
    negated word or a word of doubt."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return True
    cur = verb
    while cur.head.i != cur.i and cur.dep_ != "relcl":
        cur = cur.head
        if lemma(cur) in DOUBTING or cur.lower_ in DOUBTING or is_negated(cur):
            return True
    return False


# Modals of a blame to come: "would hold Iran responsible", "will blame X for any attack".
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})
# Determiners of deeds not yet done: "for every shot fired", "for any attack".
ANY_DEEDS = frozenset({"every", "any"})


def _blame_to_come(ctx: DocContext, sent: Span) -> bool:
    """"Trump said he would hold Iran responsible for every shot fired by the Houthis": a
    warning of blame for deeds to come lays no told event at anyone's door."""
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in BLAMING:
            continue
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)
        deeds = [t for t in tok.subtree if t.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ANY_DEEDS for c in t.children)]
        if future and (deeds or not any(h.event_type in VIOLENT for h in ctx.triggers(sent))):
            return True
        if any(_violent_head(ctx, d) or lemma(d) in ("shot", "strike", "attack") for d in deeds):
            return True
    return False


# Nouns a definite article makes a word for the event just told, though they name no
# kind of it ("behind the rocket fire", "behind the incident").
TOLD_EVENT_NOUNS = frozenset({"fire", "barrage", "salvo", "volley", "incident", "operation"})


def _behind_it(tok: Token) -> bool:
    """"X was likely behind it", "is believed to be behind them", "was behind the rocket
    fire": a party said to stand behind the event just told, named by a pronoun or by a
    definite word for it."""
    return tok.lower_ == "behind" and any(
        c.dep_ == "pobj" and (c.lower_ in EVENT_PRONOUNS or (
            lemma(c) in TOLD_EVENT_NOUNS and
            any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES | {"the"} for d in c.children)
            and (lemma(c) != "fire" or any(d.dep_ == "compound" for d in c.children))))
        for c in tok.children)  # (a fire with no arms named may be a blaze)


def _dates_agree(a: str | None, b: str | None) -> bool | None:
    if a is None or b is None:
        return None
    return a.startswith(b) or b.startswith(a)


def _elsewhere(blame: Blame, ev: Event) -> bool:
    """The blame names places in other countries than the one the event's own words place
    it in. A country an unplaced event was only given (its doer's, its target's, the
    country the report is about) is a guess that names no place: it rules nothing out."""
    return bool(blame.countries) and ev.location is not None and \
        ev.country is not None and ev.country not in blame.countries


def _referent(blame: Blame, candidates: list[Event],
              paragraph_of: Callable[[Event], int]) -> Event | None:
    """The event a blame sentence refers to among the earlier events of its section:
    the best fit by date, place, weapon and kind; among equals, after "the attack" the
    latest of the sentence's own paragraph, else the first (the report's lead), and
    after "that attack" or "it" the latest."""
    best: tuple[int, int, int] | None = None
    found: Event | None = None
    for order, ev in enumerate(candidates):
        if _dates_agree(blame.date, ev.date) is False:
            continue
        if _elsewhere(blame, ev):
            continue  # "launches against bases in Syria" is not the attack in Jordan
        if blame.victims and ev.target and blame.victims not in ev.target.lower():
            continue  # "for their role in the killing of protesters" is not X's killing
        if blame.said and ev.date and blame.said[:len(ev.date)] < ev.date[:len(blame.said)]:
            continue  # "Last December, X was blamed for ..." tells of no later event
        score = 4 if _dates_agree(blame.date, ev.date) else 0
        if blame.places & {ev.location, *ev.target_actors}:
            score += 2
        if blame.weapon is not None and ev.weapon == blame.weapon:
            score += 1
        if blame.kind is not None and ev.type == blame.kind:
            score += 1
        near = int(paragraph_of(ev) == blame.paragraph)
        key = (score, 0, order) if blame.recent else (score, near, order if near else -order)
        if best is None or key > best:
            best, found = key, ev
    return found


def carry_blame(events: list[Event], blames: list[Blame], *,
                own: dict[int, list[tuple[str, str]]],
                sentence_of: Callable[[Event], int],
                section_of: Callable[[Event], object],
                section_of_sentence: Callable[[int], object],
                paragraph_of: Callable[[Event], int],
                is_person: Callable[[str], bool] = lambda _eid: False) -> list[Event]:
    """The events of a document (before repeats are merged) with the responsibility
    stated in other sentences carried to them. A plot whose only doers are persons is
    still open to the bodies a later sentence blames for it ("X was charged with plotting
    to kill Y. Prosecutors blamed Iran for the plot"); ``is_person`` tells persons apart.

    ``own`` lists, per sentence index, the ids of the violent events the sentence told,
    each as ``own``, ``reference`` (a bare reference back: "the attack") or
    ``continuation`` (more of a story told before: "X claimed a drone attack on the
    base"); a sentence that told an event of its own has already given it its roles, a
    bare reference in a blame sentence joins the event it refers to here rather than the
    latest of its kind, and a continuation is left for repeats to merge (a claim it
    states still makes the event it refers to a claimed one).
    """
    dropped: set[str] = set()
    for blame in blames:
        told = own.get(blame.sentence, [])
        if blame.series and _run_told_after(blame, events, told, sentence_of, paragraph_of):
            continue
        if blame.count > 1 and _tells_ahead(blame, events, told, sentence_of, paragraph_of):
            continue
        if blame.headline and not told:
            _headline_story(blame, events, sentence_of, section_of_sentence, section_of)
            continue
        if _told_next(blame, events, told, sentence_of, section_of, section_of_sentence):
            continue
        if any(kind == "own" for _id, kind in told):
            continue  # the sentence's own event took the roles
        if any(kind == "continuation" for _id, kind in told) and (
                blame.roles.attributed_to or blame.roles.actors):
            continue  # more of a story told before: repeats merge it with its roles
        parties = set(blame.parties)
        here = section_of_sentence(blame.sentence)
        # a run of deeds claimed in a paragraph of its own claims no one deed told in
        # another ("Its branch has claimed several barrages since October")
        candidates = [
            ev for ev in events
            if ev.type in VIOLENT and ev.id not in dropped
            and sentence_of(ev) < blame.sentence and section_of(ev) == here
            and not parties & set(ev.target_actors)
            and (not ev.actors or parties & set(ev.actors) or (
                ev.type == "plot" and all(map(is_person, ev.actors)) and
                not any(map(is_person, parties))) or _claimed_by_umbrella(blame, ev))
            and not (blame.series and blame.roles.claimed_by and
                     paragraph_of(ev) != blame.paragraph)]
        targets = _referents(blame, candidates, paragraph_of)
        if not targets:
            continue
        if len(targets) == 1 and blame.count == 1:
            # "Drones struck A and B on Saturday. The Houthis claimed responsibility": one
            # deed told at two sites, with the same parties so far, is claimed (or
            # blamed) at both
            one = targets[0]
            targets = [ev for ev in candidates if ev is one or (
                sentence_of(ev) == sentence_of(one) and ev.type == one.type and
                ev.date == one.date and ev.weapon == one.weapon and
                {*ev.actors, *ev.claimed_by, *ev.attributed_to} <=
                {*one.actors, *one.claimed_by, *one.attributed_to})]
        told_here = [ev for ev in events if any(ev.id == i for i, _k in told)]
        # a reference whose own phrase names no place ("said the attack was revenge for
        # strikes in Gaza") was placed by the sentence's other words
        if len(targets) == 1 and blame.places and any(
                ev.location and ev.location != targets[0].location for ev in told_here):
            continue  # the claim tells launches elsewhere, not the event before
        for target in targets:
            _give(target, blame)
        for ev in events:
            if any(ev.id == i and kind == "reference" for i, kind in told):
                for target in targets:
                    _fill_in(target, ev)
                dropped.add(ev.id)
            elif not told and _bare(blame) and ev.type == "statement" and \
                    ev.subtype == "claim" and sentence_of(ev) == blame.sentence:
                dropped.add(ev.id)  # "X claimed responsibility": the claim of that deed
    return [ev for ev in events if ev.id not in dropped]


def _bare(blame: Blame) -> bool:
    """Whether a blame sentence says nothing but who answers for the deed ("X claimed
    responsibility"), not what the deed was ("for the drone attack on the base") nor on
    which day the claim was made ("On Tuesday, X took responsibility"), which is news of
    its own."""
    return not (blame.places or blame.weapon or blame.kind or blame.date or blame.victims
                or blame.said)


def _claimed_by_umbrella(blame: Blame, ev: Event) -> bool:
    """"Kataib Hezbollah fired rockets at X. The Islamic Resistance in Iraq later claimed
    responsibility": a group's attack told with its doers may still be claimed by
    another name, which a claim with nothing else to say adds to it."""
    return ev.type == "attack" and bool(blame.roles.claimed_by) and not (
        blame.roles.actors or blame.roles.attributed_to)


def claims_alone(events: list[Event]) -> None:
    """"A drone struck Eilat on Sunday. X said in a statement that it had attacked a vital
    target in Eilat": an attack whose doers only its claimants name is known by their word,
    however the report told the blow, unless a source it cites reports it."""
    for ev in events:
        if ev.type == "attack" and ev.claimed_by and not ev.actors and \
                ev.certainty == "confirmed":
            ev.certainty = "claimed"


def _headline_story(blame: Blame, events: list[Event], sentence_of: Callable[[Event], int],
                    section_of_sentence: Callable[[int], object],
                    section_of: Callable[[Event], object]) -> None:
    """"X claims rocket attack on Ain al-Asad", then "Rockets struck Ain al-Asad air base
    on Monday": a title that states who did, claimed or is blamed for an event gives its
    parties to the first events of its kind the story below tells with none of their
    own, as many as it counts, at the place it names if it names one."""
    here = section_of_sentence(blame.sentence)
    below = [ev for ev in events if ev.type in VIOLENT and sentence_of(ev) > blame.sentence
             and section_of(ev) == here and (blame.kind is None or ev.type == blame.kind)]
    if blame.places:
        below = [ev for ev in below if blame.places & {ev.location, *ev.target_actors}]
    for ev in below[:blame.count if blame.count > 1 else 1]:
        if not ev.all_actors():
            _give(ev, blame)


def _tells_ahead(blame: Blame, events: list[Event], told: list[tuple[str, str]],
                 sentence_of: Callable[[Event], int],
                 paragraph_of: Callable[[Event], int]) -> bool:
    """"X claimed two attacks on Monday. A drone targeted A, and rockets hit B": a counted
    claim or charge with no place of its own, told before the events it counts in the
    same paragraph, gives its parties to the first as many of them that name none."""
    if any(ev.location for ev in events if any(ev.id == i for i, _k in told)):
        return False
    ahead = [ev for ev in events if ev.type in VIOLENT and sentence_of(ev) > blame.sentence
             and paragraph_of(ev) == blame.paragraph and not ev.all_actors()]
    if len(ahead) < blame.count:
        return False
    for ev in ahead[:blame.count]:
        _give(ev, blame)
    return True


NEXT = 3  # sentences within which a blame told ahead of its deed finds it


def _told_next(blame: Blame, events: list[Event], told: list[tuple[str, str]],
               sentence_of: Callable[[Event], int], section_of: Callable[[Event], object],
               section_of_sentence: Callable[[int], object]) -> bool:
    """"US jets struck X's bases, hours after X was blamed for firing a missile at Ain
    al-Asad", then "The missile hit the base on Tuesday evening": a blame for a deed
    named in a phrase of its own (its weapon and place), which no event of its sentence
    took and no earlier sentence of its section told, is of the first violent event told
    in the next few sentences, when it has no doers of its own and its weapon and place
    are those of the phrase (its place may be no more than "the base")."""
    if blame.deed_weapon is None or not blame.deed_places or not told:
        return False
    parties = set(blame.parties)
    here = section_of_sentence(blame.sentence)
    if any(parties & set(ev.all_actors()) for ev in events if any(ev.id == i for i, _k in told)):
        return False  # the sentence's own event took the blame
    kin = [ev for ev in events if ev.type in VIOLENT and section_of(ev) == here]
    if any(sentence_of(ev) <= blame.sentence and ev.subtype == blame.deed_weapon and
           blame.deed_places & {ev.location, *ev.target_actors} for ev in kin):
        return False  # the deed was told before: the blame refers back to it
    later = [ev for ev in kin if blame.sentence < sentence_of(ev) <= blame.sentence + NEXT]
    if not later:
        return False
    first = later[0]
    if first.all_actors() or first.subtype != blame.deed_weapon or \
            parties & set(first.target_actors) or \
            (first.location is not None and first.location not in blame.deed_places):
        return False
    _give(first, blame)
    return True


# The kinds of deed a run told of no kind takes in ("a string of incidents").
RUN_KINDS = ("attack", "plot")


def _run_told_after(blame: Blame, events: list[Event], told: list[tuple[str, str]],
                    sentence_of: Callable[[Event], int],
                    paragraph_of: Callable[[Event], int]) -> bool:
    """"Police have linked the gang to a string of attacks last year. In March, shots
    were fired at a synagogue ...": a run of deeds laid at someone's door (or claimed)
    before its paragraph tells them one by one gives its parties to the events of its
    kind told after it in the paragraph with no doer of their own, where its date and
    country allow; a run of "incidents" takes in attacks and plots alike ("a grenade was
    found near the embassy")."""
    if any(ev.location for ev in events if any(ev.id == i for i, _k in told)):
        return False
    parties = set(blame.parties)
    kinds = (blame.kind,) if blame.kind else RUN_KINDS
    ahead = [ev for ev in events if ev.type in VIOLENT and ev.type in kinds
             and sentence_of(ev) > blame.sentence and paragraph_of(ev) == blame.paragraph
             and not ev.all_actors() and not parties & set(ev.target_actors)
             and _dates_agree(blame.date, ev.date) is not False and not _elsewhere(blame, ev)]
    for ev in ahead:
        _give(ev, blame)
    return bool(ahead)


def _referents(blame: Blame, candidates: list[Event],
               paragraph_of: Callable[[Event], int]) -> list[Event]:
    """The events a blame refers to: one (see :func:`_referent`); for "both attacks" or
    "the two strikes" the latest as many that fit its date and country; for "the
    attacks" every fitting one of its own paragraph, when there are two or more."""
    if blame.count != 1:
        fit = [ev for ev in candidates if _dates_agree(blame.date, ev.date) is not False
               and not _elsewhere(blame, ev)]
        if blame.count == ALL:
            fit = [ev for ev in fit if paragraph_of(ev) == blame.paragraph]
            if len(fit) >= 2:
                return fit
        elif len(fit) >= blame.count:
            return fit[-blame.count:]
        else:
            # "X has claimed more than 80 attacks since November": a tally of a campaign
            # counts more events than were told before it, and is said of none of them
            return []
    found = _referent(blame, candidates, paragraph_of)
    return [] if found is None else [found]


def _give(ev: Event, blame: Blame) -> None:
    """The blame's parties on the event, and the event as sure as the blame says."""
    stated = bool(ev.actors)
    for attr, found in (("claimed_by", blame.roles.claimed_by),
                        ("attributed_to", [*blame.roles.actors, *blame.roles.attributed_to])):
        cur: list[str] = getattr(ev, attr)
        cur.extend(x for x in found if x not in cur and x not in ev.actors)
    if stated:
        return
    if blame.roles.claimed_by and ev.certainty != "reported":
        # the perpetrator's word is all there is; a source the event's own sentence
        # cites ("according to the Pentagon") still reports it
        ev.certainty = "claimed"
    elif blame.roles.attributed_to or blame.roles.actors:
        ev.certainty = weaker(ev.certainty, blame.certainty)


def _fill_in(ev: Event, reference: Event) -> None:
    """What a reference adds to the event it refers to ("the drone attack": a drone)."""
    ev.weapon = ev.weapon or reference.weapon
    ev.subtype = ev.subtype or reference.subtype
    ev.killed = ev.killed if ev.killed is not None else reference.killed
    ev.injured = ev.injured if ev.injured is not None else reference.injured


def state_blasts(ctx: DocContext, events: list[Event]) -> None:
    """"Devices exploded across the south; Beirut blamed Israel": a blast of no known
    kind or weapon that no one claims and only states are held responsible for is a
    state's sabotage, a strike (the guideline's military force by a state); changes
    ``events`` in place."""
    for ev in events:
        if ev.type != "attack" or ev.subtype is not None or ev.weapon is not None or \
                ev.claimed_by or ev.actors or not ev.attributed_to:
            # a bombing ("the 1994 bombing, attributed to Iran") is an attack whoever
            # sent the bombers
            continue
        if all(ctx.is_state(a) for a in ev.attributed_to):
            ev.type, ev.subtype = "strike", "sabotage"


def campaign_strikers(ctx: DocContext, events: list[Event],
                      sentence_of: Callable[[Event], int]) -> None:
    """"The United States carried out a wave of air strikes across Yemen on Saturday.
    Strikes hit Sanaa and Saada": strikes no one is named dealing, told within two
    sentences after a state's strikes of the same day, are that state's; changes
    ``events`` in place."""
    ordered = sorted(events, key=lambda e: e.evidence.start)
    for i, ev in enumerate(ordered):
        if ev.type != "strike" or ev.actors or ev.claimed_by or ev.attributed_to or \
                ev.date is None:
            continue
        dealt = [o for o in ordered[:i] if o.type == "strike" and o.actors and
                 all(ctx.is_state(a) for a in o.actors) and o.date == ev.date and
                 0 <= sentence_of(ev) - sentence_of(o) <= 2]
        if dealt:
            ev.actors = list(dealt[-1].actors)


# Nouns of a run of deeds that a sentence can take up again as its subject ("the campaign
# peaked when ...").
CAMPAIGN_NOUNS = frozenset({"campaign", "offensive", "wave", "spree", "spate"})


def _campaign_subject(sent: Span) -> Token | None:
    """"The campaign peaked on January 28, when a drone killed three soldiers", "Its
    campaign reached a climax with the strike on X": a definite or owned run of deeds
    that is the subject of the sentence, whose blows are of that run (not "the campaign
    against X", whose doer the phrase leaves untold)."""
    for tok in sent:
        if lemma(tok) in CAMPAIGN_NOUNS and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" \
                and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in
                                             DEMONSTRATIVES | {"the"}) for c in tok.children) \
                and not prep_objects(tok, AGAINST):
            return tok
    return None


def campaign_deeds(ctx: DocContext, events: list[Event], blames: list[Blame],
                   sentence_of: Callable[[Event], int],
                   paragraph_of: Callable[[Event], int]) -> None:
    """"X claimed more than 150 attacks on US bases. The campaign peaked on January 28,
    when a drone killed three soldiers": a blow with no doers told as the moment of a
    campaign is of the campaign's owner ("its campaign", "the group's campaign") or,
    for "the campaign", of the parties of the blows its paragraph told (or laid at
    someone's door) before, when they all had the same; changes ``events`` in place."""
    sents = list(ctx.doc.sents)
    for ev in events:
        if ev.type not in VIOLENT or ev.all_actors():
            continue
        index = sentence_of(ev)
        run = _campaign_subject(sents[index])
        if run is None:
            continue
        owners = tokens_actors(ctx, [c for c in run.children if c.dep_ == "poss"])
        if owners:
            ev.actors = owners
            continue
        before = [o for o in events if o.type in VIOLENT and o.all_actors() and
                  sentence_of(o) < index and paragraph_of(o) == paragraph_of(ev)]
        told = {(tuple(o.actors), tuple(o.claimed_by), tuple(o.attributed_to))
                for o in before}
        told |= {(tuple(b.roles.actors), tuple(b.roles.claimed_by),
                  tuple(b.roles.attributed_to)) for b in blames
                 if b.sentence < index and b.paragraph == paragraph_of(ev)}
        if len(told) == 1:
            actors, claimed_by, attributed_to = (list(x) for x in told.pop())
            if not {*actors, *claimed_by, *attributed_to} & set(ev.target_actors):
                ev.actors, ev.claimed_by, ev.attributed_to = actors, claimed_by, attributed_to


# Words a launch's origin hangs on: "a missile fired from Yemen", "drone attacks from Iraq".
LAUNCH_HEADS = frozenset({"fire", "launch", "attack", "strike"})


def _launched_from(ctx: DocContext, ev: Event) -> str | None:
    """The country a blow was launched from, as its own words say ("a missile fired from
    Yemen", "drone attacks from Iraq")."""
    told = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    for tok in told if told is not None else []:
        if tok.lower_ != "from" or tok.dep_ != "prep" or lemma(tok.head) not in LAUNCH_HEADS:
            continue
        for p in tok.children:
            m = ctx.ents.at(p.i) if p.dep_ == "pobj" else None
            if m is not None and m.entity_id and ctx.is_country(m.entity_id):
                return ctx.country(m.entity_id)
    return None


def launched_from_home(ctx: DocContext, events: list[Event],
                       sentence_of: Callable[[Event], int],
                       paragraph_of: Callable[[Event], int]) -> None:
    """"The militias in Iraq tried to strike Israel with a drone. Since then, drone attacks
    from Iraq have grown": a blow with no doers launched from a country is of the one
    armed group of that country its paragraph told dealing, claiming or plotting blows
    before it; changes ``events`` in place."""
    for ev in events:
        if ev.type not in ARMED or ev.all_actors():
            continue
        home = _launched_from(ctx, ev)
        if home is None:
            continue
        groups = {a for o in events if o.type in VIOLENT and sentence_of(o) < sentence_of(ev)
                  and paragraph_of(o) == paragraph_of(ev) for a in [*o.actors, *o.claimed_by]
                  if ctx.etype(a) in NON_STATE and ctx.country(a) == home}
        if len(groups) == 1 and not groups & set(ev.target_actors):
            ev.actors = list(groups)


def named_over_collective(ctx: DocContext, events: list[Event]) -> None:
    """"US officials said the strike bore the hallmarks of X ... the attack was carried out
    by Iran-backed militias": an unnamed collective held responsible beside a named group
    is the kind of that group, not another party (a claimant stays apart: the brand that
    claims is not the one blamed); changes ``events`` in place."""
    for ev in events:
        if not any(ctx.etype(a) in NON_STATE and not is_collective(ctx, a)
                   for a in [*ev.actors, *ev.attributed_to]):
            continue
        ev.attributed_to = [a for a in ev.attributed_to if not is_collective(ctx, a)]


def plot_senders_told_after(ctx: DocContext, events: list[Event]) -> None:
    """"X was charged with plotting to kill Y. Prosecutors said he was acting on behalf of
    Z": the body a later sentence of the plot's paragraph says its plotter served or was
    sent by is held responsible for the plot too, when that sentence tells no plot of its
    own and none is told between. The plotter is the one the plot names, or the one a
    pronoun ("he", "the suspect") points back to; a plot that names no person is the
    plot of the person that sentence names. The persons an arrest in such a sentence
    holds over the plot ("Two men, X and Y, were arrested over the plot") are held
    responsible for it too."""
    described = _plotters_named_beside(ctx, events)
    plots = [ev for ev in events if ev.type == "plot"]
    # (a pronoun points back to a plot that names no plotter of its own)
    for sent in ctx.doc.sents:
        held = {id(ev): len(ev.attributed_to) for ev in plots}
        _senders_in(ctx, sent, plots, events)
        grown = [ev for ev in plots if len(ev.attributed_to) > held[id(ev)] and
                 ev.certainty == "confirmed"]
        if grown and accused_plot(text_of(sent)):
            # "Officials said the suspects were directed by a handler in Iran": whom
            # those who pursue a plot hold behind it is what they allege
            for ev in grown:
                ev.certainty = "alleged"
    for plot, states in described:
        # "an Iranian diplomat" named after and told to act for a body: the body, not
        # the state the holder's adjective named
        if any(ctx.etype(p) != "person" and p not in states
               for p in [*plot.actors, *plot.attributed_to]):
            plot.actors = [a for a in plot.actors if a not in states]
            plot.attributed_to = [a for a in plot.attributed_to if a not in states]


def _senders_in(ctx: DocContext, sent: Span, plots: list[Event], events: list[Event]) -> None:
    """The bodies and persons ``sent`` holds behind the plot it tells again or the plot
    told last before it (see :func:`plot_senders_told_after`)."""
    text = ctx.document.text
    inside = [ev for ev in plots if sent.start_char <= ev.evidence.start < sent.end_char]
    if inside:
        # "The Justice Department charged X with plotting to kill Y. Prosecutors said
        # the IRGC tasked X with the killing": the plot told again by its plotter's
        # name is also sent by the body that sends him
        # "Police said the plot to bomb X was ordered by Y": the plot the sentence
        # tells is sent by whom it says sent the plot
        schemers = [b for verb in sent for b in scheme_senders(ctx, verb)]
        told_senders = senders_told(ctx, sent)
        for plot in inside:
            parties = {*plot.actors, *plot.attributed_to}
            plot.attributed_to += [b for b in dict.fromkeys(
                [b for people, _p, bodies in told_senders
                 if people & parties for b in bodies] + schemers)
                if b not in parties]
        return
    told = [ev for ev in plots if ev.evidence.end <= sent.start_char]
    if not told:
        return
    plot = max(told, key=lambda ev: ev.evidence.start)
    # another paragraph tells another account, unless it names the plotter again
    apart = "\n" in text[plot.evidence.end:sent.start_char]
    parties = {*plot.actors, *plot.attributed_to}
    unnamed = not any(ctx.etype(p) == "person" for p in parties)
    if apart:
        # (a pronoun or "the suspect" opening the very next paragraph points back too)
        before = ctx.doc[sent.start - 1].sent if sent.start else None
        next_one = before is not None and \
            before.start_char <= plot.evidence.start < before.end_char
        plot.attributed_to += [b for people, pointing, bodies in senders_told(ctx, sent)
                               if people & parties or (pointing and next_one and not people)
                               for b in bodies
                               if b not in parties and b not in plot.attributed_to]
        return
    before = ctx.doc[sent.start - 1].sent if sent.start else None
    just_told = before is not None and before.start_char <= plot.evidence.start < before.end_char
    if _recalls_plot(sent) or (unnamed and just_told and _suspects_held(sent)):
        # "Two men, X and Y, were arrested over the plot": whom the arrest holds; "Police
        # foiled a plot to kill X. The suspect, Y, was arrested at the airport": the
        # suspect held in the very next sentence is the plot's
        aimed_at = _plot_target_ids(ctx, plot)
        plot.attributed_to += list(dict.fromkeys(
            a for ev in events if ev.type == "arrest" and
            sent.start_char <= ev.evidence.start < sent.end_char
            for a in ev.target_actors if ctx.etype(a) == "person" and
            a not in aimed_at and a not in parties))
    for people, pointing, bodies in senders_told(ctx, sent):
        if people and unnamed and not people & _plot_target_ids(ctx, plot):
            # "Police charged a man with plotting to kill X. Prosecutors said Y had
            # been recruited by Z": the plot that named no one is Y's, sent by Z (a
            # state or an armed group; "hired by a broadcaster" is a job)
            senders = [b for b in bodies if ctx.etype(b) in ARMED_TYPES]
            bodies = [*sorted(people), *senders] if senders else []
        elif not (people & parties or (pointing and (unnamed or not people))):
            # (a pronoun that stands for no person named points back to the plotters)
            continue
        plot.attributed_to += [b for b in bodies
                               if b not in plot.actors and b not in plot.attributed_to]


def hired_bands(ctx: DocContext, events: list[Event]) -> None:
    """"A criminal network working for Iran was behind the attempted attack", "the plot
    was carried out by the X gang, which police say is paid by Y", "a gunman hired by a
    network acting for Y tried to shoot Z": a plot or a blow done by a band or a hireling
    told, in its sentence, to act for a state or an armed body is laid on that sponsor;
    a band the pack does not know ("the X gang") then gives way to its sponsor. A plot
    that names its doers keeps them ("Hezbollah", a band of the pack), and a band told
    with no sponsor stays its doer."""
    for ev in events:
        if ev.type not in ("plot", "attack"):
            continue
        span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        parties = [*ev.actors, *ev.claimed_by, *ev.attributed_to]
        aimed = set(ev.target_actors)
        for band in (t for t in span.sent if _band_doing(ctx, t)):
            ids = tokens_actors(ctx, [band])
            if parties and not set(ids) & set(parties):
                continue
            if ids and lemma(band) in ANAPHORIC_BANDS and all(
                    a in ctx.linker.pack.entries and ctx.etype(a) in NON_STATE for a in ids):
                continue  # "the Iran-backed group" named before: a militia, no hireling
            found = band_sponsors(ctx, band)
            if band.dep_ == "dobj":  # "Iran used a criminal network to attack X"
                found += [b for b in hand_users(ctx, band.head)
                          if ctx.etype(b) in ARMED_TYPES or ctx.is_country(b)]
            sponsors = [b for b in dict.fromkeys(found) if b not in ids and b not in aimed]
            if not sponsors:
                continue
            # (a band's name the linking took for a person's or a firm's, "the X
            # network", is the band's; a man's name taken for a firm's stays his)
            hired = {a for a in ids if a not in ctx.linker.pack.entries and
                     (ctx.etype(a) in NON_STATE or lemma(band) in BANDS)}
            ev.actors = [a for a in ev.actors if a not in hired]
            ev.claimed_by = [a for a in ev.claimed_by if a not in hired]
            ev.attributed_to = [a for a in ev.attributed_to if a not in hired]
            ev.attributed_to += [b for b in sponsors
                                 if b not in ev.actors and b not in ev.attributed_to]
    _bands_give_way(ctx, events)


# Common nouns of a band that often stand for an armed group named before ("the group").
ANAPHORIC_BANDS = frozenset({"group", "organization"})


def _bands_give_way(ctx: DocContext, events: list[Event]) -> None:
    """"The X Network tried to bomb Y. The security service said the network works for
    Iran": a criminal band the pack does not know gives way to the state the report
    lays its plot on; and a plot laid on such a band alone goes to the one state the
    report says uses such bands ("Iran uses criminal networks to attack ...", "criminal
    networks such as X working for Iran")."""
    users: list[str] = []
    for tok in ctx.doc:
        if lemma(tok) in CRIMINAL_BANDS and tok.pos_ in ("NOUN", "PROPN"):
            users += band_users(ctx, tok)
    users = list(dict.fromkeys(users))
    for ev in events:
        if ev.type not in ("plot", "attack"):
            continue
        parties = [*ev.actors, *ev.claimed_by, *ev.attributed_to]
        bands = {a for a in parties if _unknown_band(ctx, a)}
        if ev.type == "plot":
            # "X planned attacks on Y, and officials said Iranian agents were behind
            # them": a plotting group the pack does not know gives way to the state
            bands |= {a for a in parties if a not in ctx.linker.pack.entries and
                      ctx.etype(a) in NON_STATE}
        if not bands:
            continue
        if not any(ctx.is_state(a) and a not in ev.target_actors for a in parties):
            if set(parties) != bands or len(users) != 1 or users[0] in ev.target_actors or \
                    not all(_unknown_band(ctx, a) for a in bands):
                continue
            ev.attributed_to += users
        ev.actors = [a for a in ev.actors if a not in bands]
        ev.claimed_by = [a for a in ev.claimed_by if a not in bands]
        ev.attributed_to = [a for a in ev.attributed_to if a not in bands]


def _unknown_band(ctx: DocContext, entity_id: str) -> bool:
    """Whether an entity is a criminal band the pack does not know: named so ("the X
    Network") or told with such a noun ("the X gang")."""
    if entity_id in ctx.linker.pack.entries or ctx.etype(entity_id) not in \
            NON_STATE | {"organization", "person"}:
        return False
    for m in ctx.ents.mentions:
        if m.entity_id != entity_id:
            continue
        last = ctx.doc[m.tok_end - 1]
        if lemma(last) in CRIMINAL_BANDS or (
                last.dep_ == "compound" and lemma(last.head) in CRIMINAL_BANDS):
            return True
    return False


def _band_doing(ctx: DocContext, tok: Token) -> bool:
    """Whether a word names a band or a hireling where a doer is told: the subject of a
    clause, the agent of a passive ("carried out by a gang"), the maker of a plot ("a plot
    by the X gang") or whom a deed is linked to ("linked the bombing to a gang")."""
    m = ctx.ents.at(tok.i)
    named = m is not None and m.entity_id is not None and ctx.doc[m.tok_end - 1].i == tok.i \
        and m.entity_id not in ctx.linker.pack.entries and m.etype in NON_STATE | {
            "organization"}
    if not (named or (lemma(tok) in HIRELINGS and tok.pos_ == "NOUN")):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "members of the X gang"
    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "by"):
        return True
    if tok.dep_ == "dobj" and any(hands_used(c) for c in tok.head.children):
        return True  # "Iran used a criminal network to attack X"
    if tok.dep_ == "ROOT" and tok.pos_ == "NOUN":
        return True  # "The X network, which police say ..., planned to ...", misparsed
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    return any(lemma(a) in ATTRIBUTING and a.pos_ == "VERB" for a in tok.ancestors)


# Verbs whose subject tells of a plot rather than acts in it ("prosecutor X said").
TELLING = frozenset({"say", "tell", "add", "state", "announce", "confirm", "allege", "testify",
                     "write", "report", "believe", "accuse", "charge"})
# Nouns by which an arrest, charge or sentence tells its holder without a name.
HOLDER_NOUNS = SUSPECT_NOUNS | frozenset({"diplomat", "national", "citizen", "official",
                                          "officer", "agent", "operative", "resident"})


def _plotters_named_beside(ctx: DocContext, events: list[Event]
                           ) -> list[tuple[Event, set[str]]]:
    """"A court sentenced an Iranian diplomat for plotting to bomb X. Prosecutors said
    Y, a secretary at Iran's embassy, handed a bomb to ...": a plot whose holder an
    arrest, charge or sentence of its sentence tells only by a noun ("an Iranian
    diplomat", "a man", "the suspect") is the plot of the person the sentence next to it
    names as a doer (not one who speaks or accuses, nor one the plot is aimed at), when
    that sentence tells no plot of its own; a state that only describes the holder gives
    way to a body he is told to act for (the plots and those states are returned)."""
    described: list[tuple[Event, set[str]]] = []
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    for ev in events:
        if ev.type != "plot" or any(ctx.etype(a) == "person"
                                    for a in [*ev.actors, *ev.attributed_to]):
            continue
        held = [a for a in events if a.type == "arrest" and
                a.evidence.start <= ev.evidence.start and ev.evidence.end <= a.evidence.end and
                not any(ctx.etype(t) == "person" for t in a.target_actors)]
        holders = [t for a in held for t in ctx.doc.char_span(
            a.evidence.start, a.evidence.end, alignment_mode="expand") or ()
            if t.dep_ in ("dobj", "nsubjpass") and lemma(t) in HOLDER_NOUNS]
        # "a complaint accusing an Afghan national of working for Y on a plan to kill Z":
        # the accused, and the bodies he is said to serve
        plot_sent = ctx.doc.char_span(ev.evidence.start, ev.evidence.end,
                                      alignment_mode="expand")
        accusing = [t for t in (plot_sent.sent if plot_sent is not None else ())
                    if t.pos_ == "VERB" and lemma(t) in ACCUSING]
        holders += [c for v in accusing for c in v.children
                    if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in HOLDER_NOUNS]
        served = {b for v in accusing for b in served_by_accused(ctx, v)}
        states = {m.entity_id for h in holders for c in h.children
                  if (m := ctx.ents.at(c.i)) is not None and m.entity_id and
                  ctx.is_country(m.entity_id)}
        if not holders or \
                not {*ev.actors, *ev.claimed_by, *ev.attributed_to} <= states | served:
            continue  # "X was arrested outside the home of Y, whom agents of Z plotted to
            # kidnap": the plot names its own makers, not the one arrested
        at = max(i for i, start in enumerate(starts) if start <= ev.evidence.start)
        aimed = _plot_target_ids(ctx, ev) | {a for o in events if o.type == "plot"
                                             for a in o.target_actors}
        for j in (at + 1, at - 1):
            if not 0 <= j < len(sents) or any(
                    o.type == "plot" and sents[j].start_char <= o.evidence.start <
                    sents[j].end_char for o in events):
                continue
            named = [p for p in _doers_named(ctx, sents[j]) if p not in aimed]
            if named:
                described.append((ev, states))
                ev.attributed_to += [p for p in named if p not in ev.attributed_to]
                break
    return described


def _doers_named(ctx: DocContext, sent: Span) -> list[str]:
    """The persons a sentence names as the subject of a deed ("X handed a bomb to Y",
    "the suspect, X, had surveilled ..."), not of telling."""
    out: list[str] = []
    for m in ctx.ents.mentions:
        if not m.entity_id or ctx.etype(m.entity_id) != "person" or \
                not sent.start <= m.tok_start < sent.end:
            continue
        head = ctx.doc[m.tok_end - 1]
        if head.dep_ == "appos":
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") and \
                lemma(head.head) not in TELLING and m.entity_id not in out:
            out.append(m.entity_id)
    return out


# Verbs that tell a plot again: "charged with plotting", "accused of conspiring".
PLOTTING = frozenset({"plot", "conspire"})


def _recalls_plot(sent: Span) -> bool:
    """Whether a sentence speaks of a plot again: "over the plot", "in connection with the
    plan", "charged with conspiracy to murder", "accused of plotting"."""
    return any((t.pos_ == "NOUN" and lemma(t) in SCHEME_NOUNS) or
               (t.pos_ == "VERB" and lemma(t) in PLOTTING) for t in sent)


# Words for those held as a plot's doers ("the suspect", "two suspects", "the alleged
# ringleader").
PLOTTER_NOUNS = frozenset({"suspect", "ringleader", "plotter", "conspirator", "accused",
                           "defendant", "mastermind"})


def _suspects_held(sent: Span) -> bool:
    """Whether a sentence holds suspects: "The suspect, Y, was arrested", "Two suspects,
    A and B, were detained", "Police arrested the alleged ringleader, Y"."""
    if any(t.lower_ in OTHER_CASE for t in sent):
        return False  # "In a separate case, the suspect ... was detained"
    return any(t.pos_ == "NOUN" and lemma(t) in PLOTTER_NOUNS and
               t.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma(t.head) in HOLDING and
               any((c.dep_ == "det" and c.lower_ in ("the", "both")) or c.dep_ == "nummod"
                   for c in t.children) for t in sent)


# Words that tell another case than the one just told.
OTHER_CASE = frozenset({"separate", "separately", "unrelated", "another", "other"})


def _plot_target_ids(ctx: DocContext, ev: Event) -> set[str]:
    """The parties a plot is aimed at: named among its targets, within the words of its
    target, or a person set beside a noun of the target ("Reza Karimi, the diplomat")."""
    ids = set(ev.target_actors)
    target = ev.target or ""
    start = ctx.document.text.find(target, ev.evidence.start) if target else -1
    if start < 0:
        return ids
    span = ctx.doc.char_span(start, start + len(target), alignment_mode="expand")
    nouns = {lemma(t) for t in span or () if t.pos_ == "NOUN"}
    for m in ctx.ents.mentions:
        if not m.entity_id:
            continue
        head = ctx.doc[m.tok_end - 1]
        beside = [c for c in head.children if c.dep_ == "appos"] + \
            ([head.head] if head.dep_ == "appos" else [])
        if (start <= m.start and m.end <= start + len(target)) or \
                any(lemma(b) in nouns for b in beside):
            ids.add(m.entity_id)
    return ids
