"""Who did it, who claimed it, who is held responsible: actors from the parse.

``token_actors`` reads the actors a noun phrase names (its head, the head's
conjuncts, possessors and name modifiers; pronouns resolved to the last named
actor, "the group" to the last named group, a relative pronoun to the name it
describes). ``sentence_roles`` reads the cues that assign responsibility in a
sentence: "X was behind", "blamed X for", "held X responsible for", "X was
responsible for", "accused X of", "bore the hallmarks of X", "the work of X",
"X as the probable perpetrator", "claimed by X", "X claimed responsibility",
"linked to X", "carried out by X"; a cue with an event after "for"/"of" holds
for that event only. Responsibility stated in another sentence is carried by
:mod:`axiswatch.extract.blame`; the speakers of statements are read by
:mod:`axiswatch.extract.speakers`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import (
    AGAINST,
    AS,
    DENYING,
    FOR,
    FROM,
    OF,
    ON,
    TO,
    WITH,
    direct_objects,
    disowned,
    first_conjunct,
    inherited_subjects,
    inverted_speaker,
    is_negated,
    is_to_infinitive,
    passive_agents,
    prep_objects,
)
from axiswatch.extract.context import GROUP_ANAPHORA, PERSON_ANAPHORA, DocContext
from axiswatch.extract.draft import NON_STATE, STATE_TYPES, VIOLENT
from axiswatch.extract.titles import (
    DECLARING,
    collective_speaker,
    hyphen_title,
    leader_named_before,
    owned_collective_speaker,
    titled_person_before,
)
from axiswatch.extract.triggers import lemma
from axiswatch.nlp.linking import PERSON_NOUNS, PLACE_TYPES, LinkedMention
from axiswatch.nlp.metonymy import BACKING_PARTICIPLES, SEATED_OFFICIALS, capital_country
from axiswatch.nlp.numbers import WORDS as NUMBER_WORDS
from axiswatch.nlp.numbers import counted
from axiswatch.nlp.tokens import sentence_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

POSSESSIVE_GROUP = frozenset({"its", "their"})
POSSESSIVE_PERSON = frozenset({"his", "her"})
ATTRIBUTING = frozenset({"link", "tie", "attribute", "blame", "accuse", "suspect", "implicate",
                         "connect"})
# Nouns that refer to deeds of no kind ("linked X to a string of incidents").
INCIDENTS = frozenset({"incident"})
AVENGING = frozenset({"punish", "avenge", "retaliate", "hold", "condemn", "fault"})
PERFORMING = frozenset({"undertake", "carry", "conduct", "perpetrate", "commit", "launch",
                        "execute", "orchestrate", "stage", "mount"})
# "targets linked to X", "ties with X": the owner.
LINK_PREPS = frozenset({"to", "with"})
# "on behalf of X", "at X's behest", "under the orders of X": who sent the actor.
BEHALF_PREPS = frozenset({"on", "at", "under"})
# "talks with X", "a deal between X and Y": the partners.
PARTNER_PREPS = frozenset({"with", "between"})


@dataclass(slots=True)
class Roles:
    """Entity ids by role."""

    actors: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    attributed_to: list[str] = field(default_factory=list)
    # Token indices of the event phrases a party is blamed for ("blamed X for the
    # attack"): the blame holds for the events there only. A party blamed without one
    # ("X was behind the strike") is held responsible for every event of the sentence.
    scopes: dict[str, frozenset[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.actors or self.claimed_by or self.attributed_to)

    def blame(self, parties: list[str], scope: frozenset[int] = frozenset()) -> None:
        """Hold ``parties`` responsible, for the events within ``scope`` if given."""
        for party in parties:
            unscoped = party in self.attributed_to and party not in self.scopes
            self.attributed_to.append(party)
            if scope and not unscoped:
                self.scopes[party] = self.scopes.get(party, frozenset()) | scope
            elif not scope:
                self.scopes.pop(party, None)

    def holds_for(self, party: str, trigger: int) -> bool:
        """Whether the blame of ``party`` covers the event whose trigger is at ``trigger``."""
        scope = self.scopes.get(party)
        return scope is None or trigger in scope


SAYING = frozenset({"say", "announce", "state", "claim", "declare", "confirm", "admit",
                    "acknowledge", "report", "tell", "add", "insist"})
# Verbs that hold their object to be what the small clause after it says: "officials
# believe X responsible".
BELIEVING = frozenset({"believe", "consider", "deem", "think", "find", "judge", "hold"})


def _actor_ok(ctx: DocContext, m: LinkedMention | None) -> bool:
    return ctx.can_act(m)


def _acting(ctx: DocContext, m: LinkedMention) -> str:
    """The actor a mention stands for: "US forces", "Israeli warplanes" act as the state."""
    assert m.entity_id
    if m.entity_id in ctx.ents.owners:
        return ctx.ents.owners[m.entity_id]  # "Iran's embassy in Brussels denied": Iran
    if m.etype == "state_body":
        state = ctx.linker.state_forces(m.text)
        if state is not None:
            return state
    return m.entity_id


def _saying_subject(tok: Token) -> Token | None:
    """The subject of the saying verb whose reported clause ``tok`` (a pronoun) is the
    subject of ("the militia" in "the militia said it would ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or lemma(clause.head) not in SAYING:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _speaker_of_clause_before(ctx: DocContext, tok: Token) -> str | None:
    """"Iran does not seek war with Washington, its foreign minister said": the owner of
    the speaker after a clause it reports is the named subject of that clause, not the
    last party the clause names."""
    owner = tok.head
    said = owner.head
    if tok.dep_ != "poss" or owner.dep_ != "nsubj" or said.pos_ != "VERB" or \
            lemma(said) not in SAYING:
        return None
    told = [s for c in said.children if c.dep_ == "ccomp" and c.i < owner.i
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    named = [m for s in told if (m := ctx.ents.at(s.i)) is not None and ctx.can_act(m)]
    return named[0].entity_id if len(named) == 1 else None


def _subject_of_own_clause(ctx: DocContext, tok: Token) -> str | None:
    """"Other factions held their fire since Israel began its strikes on Gaza": a
    possessive on a deed the verb's named subject does is that subject's, a country
    included, not the last group named before it (but "Israel struck its launchers":
    what a blow hits is the other side's)."""
    owner = tok.head
    if tok.dep_ != "poss" or owner.dep_ != "dobj" or owner.head.pos_ != "VERB" or \
            not ctx.ontology.triggers_starting(lemma(owner)):
        return None
    subj = [s for s in owner.head.children if s.dep_ == "nsubj"]
    m = ctx.ents.at(subj[0].i) if len(subj) == 1 else None
    if m is None or not m.entity_id or not ctx.can_act(m) or m.etype == "person":
        return None
    return _acting(ctx, m)


def _sayer_of(ctx: DocContext, tok: Token) -> str | None:
    """"Israel said it killed X": the named subject of the saying verb whose reported
    clause ``tok`` (a pronoun) is the subject of."""
    subj = _saying_subject(tok)
    m = ctx.ents.at(subj.i) if subj is not None else None
    if m is not None and ctx.can_act(m) and m.entity_id:
        return m.entity_id
    if m is None and subj is not None and subj.pos_ == "NOUN" and \
            lemma(subj) in FORCE_NOUNS | BODY_HEADS and any(
                _nationality(ctx, c) for c in subj.children if c.dep_ in ("amod", "compound")):
        # "Jordanian security services said they had arrested ...": the bodies a
        # people's adjective names, as in "Jordanian security services arrested ..."
        found = token_actors(ctx, subj)
        return found[0] if len(found) == 1 else None
    return None


# Nouns that, made definite, stand for the group named before ("the militia", "the
# rebels", "the militants": a movement's fighters told as one body, as in "the rebels
# vowed ..."; "the network", "the gang", "the cell": a band named by its kind).
GROUP_NOUNS = frozenset({"group", "militia", "faction", "movement", "organization",
                         "organisation", "rebel", "militant", "network", "gang",
                         "cell"})


def _last_group_before(ctx: DocContext, token_index: int) -> str | None:
    """The group "the group" stands for: the nearest one named in the few sentences
    before a token, not across a heading. A sentence naming several groups leaves
    "the militia" to the one it has as subject; two subjects ("X and Y fired"), or
    none, leave it undecided, and so does another group named in the window ("X
    fired. Y launched drones. The group said ..."): a guess between them would hand
    one group's words to the other."""
    start = _window_start(ctx, token_index)
    by_sentence: dict[int, list[LinkedMention]] = {}
    for m in ctx.ents.mentions:
        if m.tok_start >= token_index:
            break
        if m.tok_start >= start and m.entity_id is not None and m.etype in NON_STATE and \
                not coalition_of_states(ctx, m.entity_id):
            by_sentence.setdefault(ctx.doc[m.tok_start].sent.start, []).append(m)
    if not by_sentence:
        return None
    chosen = {_group_of_sentence(ctx, named) for named in by_sentence.values()}
    last = _group_of_sentence(ctx, by_sentence[max(by_sentence)])
    if chosen != {last} and last is not None and any(
            m.entity_id == last and _introduced_as(ctx, m, ctx.doc[token_index])
            for m in by_sentence[max(by_sentence)]):
        return last  # "X denied it. A group calling itself Y claimed it. The group warned"
    return last if chosen == {last} else None


# Words that point back to several things told just before: "these militias".
PLURAL_POINTERS = frozenset({"these", "those", "both"})


def groups_told_before(ctx: DocContext, tok: Token) -> list[str]:
    """"Kataib Hezbollah and Nujaba operate in Iraq. These militias receive rockets": a
    plural group noun pointed back with "these", "those" or "both" stands for the groups
    the nearest sentence before it names."""
    if lemma(tok) not in GROUP_NOUNS or tok.tag_ != "NNS" or not any(
            c.dep_ in ("det", "predet") and c.lower_ in PLURAL_POINTERS for c in tok.children):
        return []
    start = _window_start(ctx, tok.i)
    by_sentence: dict[int, list[str]] = {}
    for m in ctx.ents.mentions:
        if m.tok_start >= tok.sent.start:
            break
        if m.tok_start >= start and m.entity_id is not None and m.etype in NON_STATE and \
                not coalition_of_states(ctx, m.entity_id):
            by_sentence.setdefault(ctx.doc[m.tok_start].sent.start, []).append(m.entity_id)
    return list(dict.fromkeys(by_sentence[max(by_sentence)])) if by_sentence else []


def coalition_of_states(ctx: DocContext, entity_id: str) -> bool:
    """Whether an entity is a coalition of states' forces ("the US-led coalition"), which
    acts as a state ("the coalition struck X") and which "the group" or "the militia"
    never stands for."""
    entry = ctx.linker.pack.entries.get(entity_id)
    return entry is not None and bool(getattr(entry, "of_states", False))


# Verbs that put a name on a noun introduced indefinitely ("a group calling itself X").
NAMING_VERBS = frozenset({"call", "name", "dub", "style", "identify", "describe"})


def _introduced_as(ctx: DocContext, mention: LinkedMention, noun: Token) -> bool:
    """Whether a mention names a group brought in by an indefinite noun of the same
    word as the definite one that points back ("a group calling itself X", "a militia
    called X", "a little-known group, X"): "the group" then repeats that noun."""
    root = ctx.doc[mention.tok_end - 1]
    word = lemma(noun)
    head = root.head
    if root.dep_ == "appos" and lemma(head) == word:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    if root.dep_ in ("oprd", "attr", "dobj", "xcomp") and lemma(head) in NAMING_VERBS and \
            head.dep_ == "acl" and lemma(head.head) == word:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.head.children)
    return False


def _group_named_before(ctx: DocContext, token_index: int) -> bool:
    """Whether any group is named in the sentences a group noun may point back into."""
    start = _window_start(ctx, token_index)
    return any(start <= m.tok_start < token_index and m.entity_id is not None and
               m.etype in NON_STATE for m in ctx.ents.mentions)


def _group_of_sentence(ctx: DocContext, named: list[LinkedMention]) -> str | None:
    """The one group a sentence names, or the one it has as subject; else ``None``."""
    if len({m.entity_id for m in named}) == 1:
        return named[-1].entity_id
    subjects = {m.entity_id for m in named if _is_subject(ctx.doc[m.tok_end - 1])}
    return subjects.pop() if len(subjects) == 1 else None


# How many sentences before its own a definite group noun may reach back to.
GROUP_WINDOW = 3


def _window_start(ctx: DocContext, token_index: int) -> int:
    """The first token of the sentences a group noun may point back into: up to
    GROUP_WINDOW sentences before its own, cut after the last heading or section start
    before the token (what follows a heading begins a new account)."""
    doc = ctx.doc
    start = doc[token_index].sent.start
    for _ in range(GROUP_WINDOW):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    lo, hi = doc[start].idx, doc[token_index].idx
    cut = max((s.start for s in ctx.document.sections if lo < s.start <= hi), default=lo)
    offset = lo
    # whole lines before the token's own (the span's text: a Doc's is rebuilt per access)
    for line in doc[start:token_index].text_with_ws.split("\n")[:-1]:
        offset += len(line) + 1
        if _is_heading(line):
            cut = max(cut, offset)
    if cut == lo:
        return start
    return next((t.i for t in doc[start:token_index] if t.idx >= cut), token_index)


def _is_heading(line: str) -> bool:
    """A Markdown heading, or a short line with no sentence ending ("Reaction in Iraq")."""
    text = line.strip().strip("*_ ")
    if not text:
        return False
    return line.lstrip().startswith("#") or (
        text[-1] not in _SENTENCE_ENDS and len(text.split()) <= 12)


_SENTENCE_ENDS = frozenset('.!?"\'\u201d)')


def _is_subject(tok: Token) -> bool:
    """Whether a name's head is a subject, or joined to one ("X and Y fired")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _nationality(ctx: DocContext, tok: Token) -> bool:
    """Whether a modifier is a country's adjective ("Yemeni", "Iraqi")."""
    m = ctx.ents.at(tok.i)
    return m is not None and m.label == "NORP" and ctx.is_country(m.entity_id or "")


# Pronouns that, as the subject of a sentence naming no actor before them, continue the
# subject of the sentence before ("X threatened US forces. On Tuesday it fired ...").
SUBJECT_PRONOUNS = frozenset({"it", "they"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _sentence_before_unnamed(ctx: DocContext, tok: Token) -> Span | None:
    """The sentence before ``tok``'s, when ``tok``'s own sentence names no actor before it
    (so a word there may continue what the sentence before told); ``None`` otherwise.
    The words a speaker is quoted saying before him are his, not another speaker
    ("'We will strike the American bases,' a spokesman said")."""
    sent = tok.sent
    quoted = {t.i for c in _quoted_before(tok) for t in c.subtree}
    if sent.start == 0 or any(ctx.can_act(m) for m in ctx.mentions_of(
            [t for t in sent[:tok.i - sent.start] if t.i not in quoted])):
        return None
    return ctx.doc[sent.start - 1].sent


def _quoted_before(tok: Token) -> list[Token]:
    """The words a subject of saying is told to say before him, opening his sentence
    and set off only by punctuation ("'We will strike,' a spokesman said")."""
    said = tok.head
    if tok.dep_ != "nsubj" or lemma(said) not in SAYING:
        return []
    doc, start = tok.doc, tok.sent.start
    return [c for c in said.children if c.dep_ == "ccomp" and c.i < tok.i and
            all(t.is_punct for t in doc[start:c.left_edge.i]) and
            all(t.is_punct or t.i in (said.i, *[d.i for d in tok.subtree])
                for t in doc[c.right_edge.i + 1:tok.i])]


def _subject_before(ctx: DocContext, tok: Token) -> str | None:
    """The actor a subject pronoun continues: when its own sentence names no actor
    before it, the actor that is the subject of the sentence before, if that sentence
    has one ("it" never stands for a plural noun such as "US forces"). ``None`` leaves
    the pronoun to the last actor named."""
    before = _sentence_before_unnamed(ctx, tok)
    if before is None:
        return None
    for m in ctx.mentions_of(list(before)):
        # (the word a body's name hangs on: "mission" in "Iran's mission to the UN said";
        # a post abroad, "Iran's embassy in London", is a building the linking keeps)
        head = _mention_head(ctx, m) if m.etype != "facility" else ctx.doc[m.tok_end - 1]
        if not ctx.can_act(m) or m.etype == "person" or not _is_subject(head) or m.modifier:
            continue
        if tok.lower_ == "it" and head.tag_ in PLURAL_TAGS and m.etype == "state_body":
            continue  # "US forces ... it": not the forces
        return _acting(ctx, m)
    return None


# Verbs that lay a deed at a party's door ("accused Iran of", "blamed the group for").
BLAMING = frozenset({"accuse", "blame", "charge", "implicate", "suspect"})


# Verbs that label what they take ("called the claims baseless", "described the claims as
# lies"), and the charges whose label disowns them.
LABELLING = frozenset({"call", "describe", "brand", "label", "term"})
CHARGES = frozenset({"accusation", "allegation", "charge", "claim"})


def _charge_labelled(verb: Token) -> bool:
    """"It called the accusations baseless": a verb labelling a charge, which disowns it."""
    return lemma(verb) in LABELLING and any(lemma(o) in CHARGES
                                                   for o in direct_objects(verb))


# Verbs by which a party alleges what another did ("Britain says Iran ordered it").
ALLEGING = frozenset({"say", "allege", "claim", "assert", "believe", "suspect", "assess",
                      "conclude"})


def _accused_before(ctx: DocContext, tok: Token) -> str | None:
    """"Israel accused Hezbollah of the attack. It denied any role", "... blamed the group
    for the blast, but they denied it": a pronoun that denies stands for the party the
    clause before (its first conjunct, or the sentence before) accused, not its accuser."""
    verb = tok.head
    clauses = [first_conjunct(verb)] if verb.dep_ == "conj" else []
    before = _sentence_before_unnamed(ctx, tok)
    if before is not None:
        clauses.append(before.root)
    for clause in clauses:
        if clause.i == verb.i:
            continue
        if lemma(clause) in BLAMING:
            charged = direct_objects(clause)
        elif lemma(clause) in ALLEGING and clause.pos_ == "VERB":
            # "Britain says Iran ordered the stabbing. It has denied the allegations": the
            # doer of the deed said, not whoever says it
            charged = [s for c in clause.children if c.dep_ == "ccomp"
                       for s in c.children if s.dep_ == "nsubj"]
        else:
            continue
        accused = [m for m in ctx.mentions_of([t for o in charged for t in o.subtree])
                   if ctx.can_act(m) and m.etype != "person" and not m.modifier]
        if len(accused) == 1:
            return _acting(ctx, accused[0])
    return None


def _subject_body_before(ctx: DocContext, tok: Token) -> str | None:
    """"X fighters fired rockets on Monday. A spokesman warned ...": the one body the
    main subject of the sentence before acts as, when it is no name of its own (its
    fighters, members or gunmen), in the same paragraph."""
    before = _sentence_before_unnamed(ctx, tok)
    if before is None or sentence_before(tok.sent) is None:
        return None
    for subj in (c for c in before.root.children if c.dep_ == "nsubj"):
        if ctx.ents.at(subj.i) is not None or lemma(subj) not in MEMBER_NOUNS:
            continue
        bodies = {a for a in token_actors(ctx, subj) if ctx.etype(a) != "person"}
        if len(bodies) == 1:
            return bodies.pop()
    return None


def _subject_owner_before(ctx: DocContext, tok: Token) -> str | None:
    """"Pakistan's answer came on Thursday. Its forces struck ...": the owner of the
    subject of the sentence before, when the sentence of ``tok`` names no actor before it
    and the sentence before has none as its subject."""
    before = _sentence_before_unnamed(ctx, tok)
    if before is None:
        return None
    for m in ctx.mentions_of(list(before)):
        head = ctx.doc[m.tok_end - 1]
        if ctx.can_act(m) and m.etype != "person" and head.dep_ == "poss" and \
                _is_subject(head.head):
            return _acting(ctx, m)
    return None


def _state_subject_before(ctx: DocContext, tok: Token) -> str | None:
    """"Iraq recalled its ambassador ... The government said it would complain": "the
    government" continues the state (or state body) that the sentence before has as its
    subject, when its own sentence names no actor before it."""
    before = _sentence_before_unnamed(ctx, tok)
    if before is not None:
        told = _main_clause_state(ctx, before)
        if told is not None:
            return told
    told = _subject_before(ctx, tok)
    return told if told is not None and ctx.etype(told) in STATE_TYPES else None


def _state_named_before(ctx: DocContext, tok: Token) -> str | None:
    """The one state named in the few sentences before ``tok`` ("the regime"), by its
    name, its capital or one of its bodies ("Syria's intelligence service"); two states
    named there leave it undecided."""
    start = _window_start(ctx, tok.i)
    named = {ctx.linker.country_entity.get(code, "") for m in ctx.ents.mentions
             if start <= m.tok_start < tok.i and m.entity_id and (
                 ctx.is_country(m.entity_id) or m.etype == "state_body")
             and (code := ctx.country(m.entity_id))}
    return named.pop() or None if len(named) == 1 else None


# Nouns of a state's people and arms that a country's adjective makes that state's
# ("Israeli officials", "the Iraqi army").
STATE_VOICES = frozenset({"official", "authority", "minister", "spokesman", "spokeswoman",
                          "spokesperson", "army", "military", "navy", "police", "force",
                          "ministry", "government", "leader", "leadership", "cabinet"})


# Bodies that sit in a state's capital, told by a definite noun alone ("the parliament").
SEATED_BODIES = frozenset({"parliament", "government", "cabinet"})


def _seat_opening(ctx: DocContext, tok: Token) -> str | None:
    """"In Tehran, the parliament backed a motion to close the strait": a body told only by
    its noun, in a clause that opens by placing it in a capital, is that capital's
    state's; a capital named elsewhere in the clause ("the parliament in Baghdad said
    Tehran ...") or a city that is no capital tells none."""
    verb = tok.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 and c.i < tok.i):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            code = capital_country(place.text)
            if code is not None:
                return ctx.linker.country_entity.get(code) or None
    return None


def state_body_named(ctx: DocContext, state: str, noun: str) -> str | None:
    """The pack's body of a state that a noun names ("parliament" of Iran: the Iranian
    parliament), by the state's adjective or name before the noun or "of" it after."""
    entry = ctx.linker.pack.entries.get(state)
    if entry is None:
        return None
    owners = [entry.name, *(getattr(entry, "demonyms", ()) or ())]
    for name in [f"{o} {noun}" for o in owners] + [f"{noun} of {entry.name}"]:
        for eid in ctx.linker.pack.lookup(name):
            if ctx.etype(eid) == "state_body" and ctx.country(eid) == ctx.country(state):
                return str(eid)
    return None


def _state_voiced_before(ctx: DocContext, tok: Token) -> str | None:
    """The one state the few sentences before ``tok`` tell through its bodies, or by its
    adjective on its officials or forces ("Israeli officials said ... the Israeli
    navy ..."); a country only placed or owning a thing ("Argentina's war") tells none,
    and two states leave it undecided."""
    start = _window_start(ctx, tok.i)
    named: set[str] = set()
    for m in ctx.ents.mentions:
        if m.tok_start >= tok.i:
            break
        if m.tok_start < start or not m.entity_id:
            continue
        root = ctx.doc[m.tok_end - 1]
        voiced = m.etype == "state_body" or (
            m.label == "NORP" and ctx.is_country(m.entity_id) and root.dep_ == "amod" and
            lemma(root.head) in STATE_VOICES)
        code = ctx.country(m.entity_id)
        if code and (voiced or ctx.is_country(m.entity_id) or m.etype == "person"):
            named.add(code if voiced else "?" + code)
    voices = {c for c in named if not c.startswith("?")}
    if len(voices) != 1 or any(c[1:] not in voices for c in named if c.startswith("?")):
        return None  # (another state named there, even only placed, leaves it open)
    return ctx.linker.country_entity.get(voices.pop()) or None


def _main_clause_state(ctx: DocContext, sent: Span) -> str | None:
    """The state a sentence's main clause has as its subject, named, placed or speaking
    through one of its bodies ("officials in Yerevan said Iran had ignored warnings":
    Armenia, not Iran, whose name is the subject of what they said)."""
    for verb in (sent.root, *sent.root.conjuncts):
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for m in ctx.mentions_of(list(subj.subtree)):
                if not m.entity_id:
                    continue
                if ctx.can_act(m) and m.etype in STATE_TYPES | {"place"}:
                    # a ministry's state: "the foreign ministry said ... The government"
                    acting = _acting(ctx, m)
                    return ctx.linker.country_entity.get(ctx.country(acting) or "", acting)
                state = ctx.linker.capital_state(m.text) if m.etype == "place" else None
                if state is not None:
                    return state
    return None


# Heads of a state body's name that, made definite, name the body named before ("Iran's
# foreign ministry ... The ministry rejected the claims").
BODY_HEADS = frozenset({"ministry", "embassy", "department", "army", "police", "military",
                        "mission", "consulate", "council", "office", "command"})


# Heads by which a body named by another head is named again: "the Israel Defense
# Forces ... the army", "the Israeli military ... the army", "Britain's Foreign Office
# ... the ministry".
BODY_HEADS_ALIKE = {"army": frozenset({"military", "forces"}),
                    "military": frozenset({"army", "forces"}),
                    "ministry": frozenset({"office"})}


def _last_body_before(ctx: DocContext, tok: Token) -> str | None:
    """The state body whose name ends in ``tok``'s noun, named last in the few sentences
    before (the same window as "the group")."""
    start = _window_start(ctx, tok.i)
    found: str | None = None
    so_named: set[str] = set()  # bodies the text has named with this noun
    alike = BODY_HEADS_ALIKE.get(tok.lower_, frozenset()) | {tok.lower_}
    for m in ctx.ents.mentions:
        if m.tok_start >= tok.i:
            break
        if m.entity_id and m.etype == "state_body" and (
                ctx.doc[m.tok_end - 1].lower_ in alike or
                _mention_head(ctx, m).lower_ in alike or
                (m.tok_end < tok.i and ctx.doc[m.tok_end].lower_ == tok.lower_)):
            # (or its head: "the Iranian mission to the UN"; or the noun the name is
            # written before: "the Treasury Department" named as "Treasury")
            so_named.add(m.entity_id)
        if m.tok_start >= start and m.entity_id in so_named:
            # ("the US Treasury Department imposed ... a Treasury official said ...
            # the department warned": the same body, named more briefly since)
            found = m.entity_id
    return found


# A state's arms a report may name by their noun alone, in the state it is filed from.
HOME_ARMS = frozenset({"army", "military"})


def _home_arm(ctx: DocContext, tok: Token) -> str | None:
    """The pack's army of the state whose capital opens the report's dateline ("BEIRUT,
    Oct 15 - ... the army said"), when the text has named no body of another state
    before ``tok``; a report filed elsewhere leaves it untold."""
    if tok.lower_ not in HOME_ARMS:
        return None
    state = _dateline_state(ctx, tok)
    if state is None or any(
            m.entity_id and m.etype == "state_body" and ctx.country(m.entity_id) !=
            ctx.country(state) for m in ctx.ents.mentions if m.tok_start < tok.i):
        return None
    return state_body_named(ctx, state, tok.lower_)


def _dateline_state(ctx: DocContext, tok: Token) -> str | None:
    """The state whose capital, in capitals, opens the last line before ``tok`` that
    begins with a dateline ("BEIRUT, Oct 15 (X) -", "ABU DHABI -")."""
    doc = tok.doc
    found: str | None = None
    for t in doc[:tok.i]:
        if not (t.i == 0 or _line_break(doc[t.i - 1])) or not t.is_upper or not t.is_alpha:
            continue
        end = t.i
        while end < len(doc) and doc[end].is_alpha and doc[end].is_upper:
            end += 1
        if end < len(doc) and doc[end].text in DATELINE_DASHES | {"("}:
            code = capital_country(doc[t.i:end].text)
            entity = ctx.linker.country_entity.get(code or "")
            if entity:
                found = entity
    return found


def _mention_head(ctx: DocContext, m: LinkedMention) -> Token:
    """The word a mention's phrase hangs on ("mission" in "Iran's mission to the UN")."""
    span = ctx.doc[m.tok_start:m.tok_end]
    return span.root


# Nouns of a state's armed might or security arm: "its forces", "its jets", "its
# security service" after a sentence about a state are the state's, though a group
# was named since ("Pakistan accused X of ... Its forces struck hideouts").
FORCE_NOUNS = frozenset({"force", "troop", "army", "navy", "jet", "warplane", "aircraft",
                         "artillery", "military", "commando", "soldier", "warship",
                         "destroyer", "bomber", "drone", "missile", "tank", "gunboat",
                         "police", "service", "agency"})


def _forces_owner(ctx: DocContext, poss: Token) -> str | None:
    """Whose "its forces" are: the body or state speaking the clause they act in ("X
    said its jets struck"), the subject named before them in their own sentence, else the subject of
    the sentence before, a country included; ``None`` leaves "its" to the usual rule."""
    said_by = _saying_subject(poss.head)
    m = ctx.ents.at(said_by.i) if said_by is not None else None
    if m is not None and m.entity_id and ctx.can_act(m) and m.etype != "person":
        return _acting(ctx, m)  # a spokesman's "its forces" are not his own
    sent = poss.sent
    own = [m for m in ctx.mentions_of(list(sent[:poss.i - sent.start]))
           if m.entity_id and ctx.can_act(m) and m.etype != "person" and not m.modifier
           and _is_subject(ctx.doc[m.tok_end - 1])]
    told = _acting(ctx, own[-1]) if own else (
        _subject_before(ctx, poss) or _subject_owner_before(ctx, poss))
    # a think tank or news outlet has no forces: "its forces" are not the source's
    return told if told is not None and ctx.etype(told) in ARMED_TYPES else None


ARMED_TYPES = STATE_TYPES | NON_STATE


def _conjunct_subject(ctx: DocContext, tok: Token) -> str | None:
    """"Israel struck X on Tuesday, and on Wednesday it hit Y": the subject pronoun of a
    joined clause continues the subject of the clause it is joined to, a country too."""
    clause = tok.head
    if clause.dep_ != "conj":
        return None
    for subj in (c for c in first_conjunct(clause).children if c.dep_ in ("nsubj", "nsubjpass")):
        m = ctx.ents.at(subj.i)
        if m is None or not m.entity_id or not ctx.can_act(m) or m.etype == "person":
            continue
        if tok.lower_ == "it" and subj.tag_ in PLURAL_TAGS and m.etype == "state_body":
            continue  # "US forces ... it": not the forces
        return _acting(ctx, m)
    return None


# Craft of a state's armed forces that a clause may name bare: "a submarine fired".
WAR_CRAFT = frozenset({"submarine", "destroyer", "warship", "frigate", "cruiser", "warplane",
                       "bomber", "gunboat", "corvette"})


def _craft_owner(ctx: DocContext, tok: Token) -> str | None:
    """"The United States struck 30 targets, and a submarine fired cruise missiles at Y",
    "US jets bombed X and a destroyer shelled Y": a craft of no named owner doing a clause
    joined to one whose subject is a state, or a body of one, is that state's (a group
    owns no submarine)."""
    clause = tok.head
    if clause.dep_ != "conj":
        return None
    first = first_conjunct(clause)
    told = {a for s in first.children if s.dep_ == "nsubj"
            for a in token_actors(ctx, s) if ctx.is_state(a)}
    return told.pop() if len(told) == 1 else None


def _backer_named(ctx: DocContext, tok: Token) -> bool:
    """Whether a modifier names who backs the noun ("the Iran-backed militia", "the
    Tehran-aligned faction"): it describes the group told before, it names no other."""
    return tok.lower_ in BACKING_PARTICIPLES and any(
        c.i < tok.i and ctx.ents.at(c.i) is not None for c in tok.children)


def _backed_as_told(ctx: DocContext, group: str, modifiers: list[Token]) -> bool:
    """Whether the backers a description names ("the Iran-backed militia") fit the group
    it would stand for: a group the pack knows the sponsors of is backed by their
    countries only ("the US-backed militia" is not a group Iran's forces sponsor)."""
    entry = ctx.linker.pack.entries.get(group)
    sponsors = {ctx.country(link.id) for link in entry.sponsored_by} if entry else set()
    backers = [m.entity_id for c in modifiers if _backer_named(ctx, c) for b in c.children
               if (m := ctx.ents.at(b.i)) is not None and m.entity_id]
    return not sponsors or all(ctx.country(b) in sponsors for b in backers)


# Words a fighting group is told by as the side it fights for ("the resistance vowed").
RESISTANCE_NOUNS = frozenset({"resistance"})


def _anaphor(ctx: DocContext, tok: Token) -> str | None:
    low = tok.lower_
    pronoun = tok.pos_ == "PRON"
    if pronoun and low in POSSESSIVE_GROUP and tok.dep_ == "poss" and \
            lemma(tok.head) in FORCE_NOUNS:
        owner = _forces_owner(ctx, tok)
        if owner is not None:
            return owner
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                     for c in tok.children)
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    # "aid groups" is not one; "the Yemeni group" is
    definite = determined and all(_nationality(ctx, c) for c in modifiers)
    if pronoun and low in ("it", "them"):
        told = _accused_object(ctx, tok)  # "sanctioned X, accusing it of ...": X
        if told is not None:
            return told
    if pronoun and low in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass") and \
            tok.head.dep_ == "conj" and first_conjunct(tok.head).dep_ == "ccomp":
        # "X said that Iran was behind A, and that it had also been behind B": the
        # subject of the reported clause it is joined to, not the speaker
        told = _conjunct_subject(ctx, tok)
        if told is not None:
            return told
    if pronoun and low in ("it", "they", "we"):
        sayer = _sayer_of(ctx, tok)
        if sayer is not None:
            return sayer
        said_by = _saying_subject(tok)
        if said_by is not None and lemma(said_by) in GROUP_NOUNS and said_by.pos_ == "NOUN":
            # "the militia said it would ...": "it" is the militia, whoever that is
            return _last_group_before(ctx, said_by.i)
        if said_by is not None and said_by.pos_ == "NOUN" and (
                lemma(said_by) in BODY_HEADS or lemma(said_by) == "government"):
            # "the government said it would ...": "it" is whom "the government" stands for
            # ("his government said it would ...": whom the owner's government is)
            told = _anaphor(ctx, said_by) or next(iter(token_actors(ctx, said_by, depth=1)),
                                                  None)
            if told is not None:
                return told
        if said_by is not None and low == "we" and (
                said_by.lower_ in ("it", "they") or lemma(said_by) in DOCUMENT_NOUNS):
            # "'We will not halt our operations,' it said": "we" are whom "it" stands for
            told = _anaphor(ctx, said_by)
            if told is not None:
                return told
    if lemma(tok) in DOCUMENT_NOUNS and definite and tok.dep_ == "nsubj":
        issuer = _issuer_before(ctx, tok)  # "X issued a statement. The statement warned ..."
        if issuer is not None:
            return issuer
        if not _named_before(ctx, tok) and _author_untold(tok):
            # "X struck a tanker. The statement warned ...": no statement told before, so
            # the group the story is about put it out (a state's is left unsaid)
            told = _last_group_before(ctx, tok.i)
            if told is not None:
                return told
    if low in RESISTANCE_NOUNS and determined and not modifiers and tok.dep_ == "nsubj" and \
            lemma(tok.head) in DECLARING:
        # "X fired rockets at a base. The resistance vowed ...": the group told before
        group = _last_group_before(ctx, tok.i)
        if group is not None:
            return group
    if lemma(tok) in GROUP_NOUNS and determined and not pronoun and all(
            _nationality(ctx, c) or _backer_named(ctx, c) for c in modifiers):
        # "the group", "the Iran-backed militia": a group, not "US troops" or the
        # ministry named last
        group = _last_group_before(ctx, tok.i)
        if group is None:  # "the Iraqi factions warned": the pack's label for them all
            return collective_speaker(ctx, tok, _group_named_before(ctx, tok.i))
        return group if _backed_as_told(ctx, group, modifiers) else None
    if lemma(tok) in BODY_HEADS and definite and not pronoun and tok.lower_ == lemma(tok):
        # "the ministry": the ministry named before; "BEIRUT, May 2 - ... The army
        # said": with none, the army of the state whose capital the dateline names
        return _last_body_before(ctx, tok) or _home_arm(ctx, tok)
    if lemma(tok) in SEATED_BODIES and definite and not modifiers and \
            tok.dep_ in ("nsubj", "nsubjpass"):
        seat = _seat_opening(ctx, tok)  # "In Tehran, the parliament backed a motion"
        if seat is not None:
            # the state's own body of that name where the pack knows one
            return (None if low == "government" else state_body_named(ctx, seat, low)) or seat
    if lemma(tok) == "government" and definite and tok.lower_ == "government" and \
            tok.dep_ in ("nsubj", "nsubjpass"):
        # (else the one state whose bodies or officials the sentences before tell:
        # "Israeli officials gave their account ... and the government declared ...")
        return _last_body_before(ctx, tok) or _state_subject_before(ctx, tok) or \
            _state_voiced_before(ctx, tok)
    if low == "regime" and definite and tok.dep_ in ("nsubj", "nsubjpass"):
        return _state_named_before(ctx, tok)  # "X accused Iran ... The regime denied"
    if pronoun and low in ("it", "they") and tok.dep_ == "nsubj" and (
            lemma(tok.head) in DENYING | {"refute"} or _charge_labelled(tok.head)):
        told = _accused_before(ctx, tok)  # "X accused Y of ... It denied": Y denies
        if told is not None:
            return told
    if lemma(tok) in WAR_CRAFT and tok.dep_ == "nsubj" and not pronoun and not any(
            c.dep_ == "poss" or ctx.ents.at(c.i) is not None for c in tok.children):
        told = _craft_owner(ctx, tok)  # "X struck Y, and a submarine fired missiles at Z"
        if told is not None:
            return told
    if pronoun and low in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        told = _conjunct_subject(ctx, tok) or _subject_before(ctx, tok)
        if told is not None:
            return told
    if pronoun and low in POSSESSIVE_GROUP:
        told = _speaker_of_clause_before(ctx, tok)  # "X will not ..., its minister said"
        if told is not None:
            return told
        told = _subject_of_own_clause(ctx, tok)  # "Israel began its strikes on Gaza"
        if told is not None:
            return told
    if (pronoun and (low in GROUP_ANAPHORA or low in POSSESSIVE_GROUP)) or (
            lemma(tok) in GROUP_ANAPHORA and definite):
        return ctx.last_actor_before(tok.i, singular=low in ("it", "its"))
    bodies = [c for c in tok.children if c.dep_ == "compound" and lemma(c) in BODY_HEADS and
              c.lower_ == lemma(c) and ctx.ents.at(c.i) is None]
    if lemma(tok) in VOICE_NOUNS and tok.dep_ == "nsubj" and len(bodies) == 1:
        told = _last_body_before(ctx, bodies[0])  # "a ministry spokesman denied ..."
        if told is not None:
            return told
    if lemma(tok) in VOICE_NOUNS and tok.dep_ == "nsubj" and all(
            c.dep_ == "det" and c.lower_ in VOICE_DETERMINERS for c in tok.children):
        # "X fired rockets on Sunday. A spokesman warned ...": a spokesman for no one
        # named speaks for the subject of the sentence before ("X fighters fired ...
        # A spokesman warned": the body its fighters act as)
        told = _subject_before(ctx, tok) or _subject_body_before(ctx, tok)
        if told is not None:
            return told
    titled = titled_person_before(ctx, tok)  # "X spoke on Friday. The cleric said ..."
    if titled is not None:
        return titled
    if low in PERSON_ANAPHORA and tok.dep_ == "nsubj":
        told = _unnamed_holder_before(ctx, tok)
        if told is not None:
            return told
    if low in PERSON_ANAPHORA or low in POSSESSIVE_PERSON:
        return ctx.last_actor_before(tok.i, person=True)
    return None


def _accused_object(ctx: DocContext, tok: Token) -> str | None:
    """"The Treasury sanctioned X, accusing it of moving money to Y": the pronoun a
    participle of accusing takes, hung on a clause with an object of its own, stands for
    that object (whom the clause acts on is whom it accuses), not the party named last."""
    verb = tok.head
    if tok.dep_ != "dobj" or lemma(verb) != "accuse" or verb.tag_ != "VBG" or \
            verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    objects = [o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i]
    if len(objects) != 1:
        return None
    found = token_actors(ctx, objects[0])
    return found[0] if len(found) == 1 else None


def _unnamed_holder_before(ctx: DocContext, tok: Token) -> str | None:
    """"A spokesman for X spoke to reporters. He denied ...": a subject "he" whose own
    sentence names no one before it continues the subject of the sentence before, in
    the same paragraph; an unnamed official, spokesman or commander there speaks for
    the body his title names (a named one is left to the usual rule)."""
    sent = tok.sent
    before = sentence_before(sent)  # (another paragraph begins another account)
    if before is None or ctx.mentions_of(list(sent[:tok.i - sent.start])):
        return None
    for subj in (c for c in before.root.children if c.dep_ == "nsubj"):
        if lemma(subj) not in PERSON_NOUNS | VOICE_NOUNS | LEADING_TITLES or \
                ctx.ents.at(subj.i) is not None or any(
                    ctx.etype_of_token(t) == "person" for t in subj.subtree):
            continue
        bodies = [a for a in token_actors(ctx, subj) if ctx.etype(a) != "person"]
        if len(bodies) == 1:
            return bodies[0]
    return None


def token_actors(ctx: DocContext, tok: Token, *, weapons: frozenset[int] = frozenset(),
                 depth: int = 0) -> list[str]:
    """The actors one noun phrase head names: itself, its name modifiers, possessor, or
    the body its members belong to ("fighters of X")."""
    out: list[str] = []
    if _dateline(ctx, tok) or _line_label(tok):
        return out
    heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i and not _listed_after_colon(tok, c)
                    and not _joined_to_inner_noun(tok, c)]]
    for head in heads:
        m = ctx.ents.at(head.i)
        if m is not None and m.entity_id:
            if _actor_ok(ctx, m):
                out.append(_acting(ctx, m))
                if m.etype == "person" and depth < 2:
                    out.extend(_voiced_bodies(ctx, head, depth))
            for child in head.children:  # "US and British forces": the US too
                if child.i < m.tok_start and child.dep_ in MODIFIER_DEPS and any(
                        m.tok_start <= c.i < m.tok_end for c in child.conjuncts):
                    cm = ctx.ents.at(child.i)
                    if cm is not None and cm.entity_id and _actor_ok(ctx, cm):
                        out.append(_acting(ctx, cm))
            continue
        if head.i in weapons:
            # "Houthi missiles", "Israeli F-35 jets": the modifier fires them; but
            # "Iranian-made rockets" names the maker; "an IDF fighter jet": the modifier
            # of a word inside the weapon's name.
            inner = [g for c in head.children if c.i in weapons and c.i < head.i
                     for g in c.children]
            # "Hezbollah-fired rockets", "a Houthi-launched drone": the launcher named on
            # the participle
            inner += [g for c in head.children if c.dep_ == "amod" and c.i < head.i and
                      c.lower_ in LAUNCH_PARTICIPLES for g in c.children if g.i < c.i]
            # "British and American jets": the adjectives joined to a modifier fire too
            inner += [j for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i
                      for j in c.conjuncts if j.i < head.i]
            for child in [*head.children, *inner]:
                cm = ctx.ents.at(child.i)
                made = child.i + 2 < len(child.doc) and child.doc[child.i + 1].text == "-" \
                    and child.doc[child.i + 2].lower_ in ("made", "built", "designed",
                                                          "supplied", "produced", "manufactured")
                # ("Turkey's drones": the possessor flies them)
                if child.dep_ in ("compound", "amod", "nmod", "npadvmod", "conj", "poss") and \
                        child.i < head.i and cm is not None and _actor_ok(ctx, cm) and \
                        not made and cm.entity_id and not _origin_of_group(ctx, cm, head):
                    out.append(_acting(ctx, cm))
                elif child.dep_ == "poss" and child.i < head.i and (
                        child.pos_ == "PRON" or lemma(child) in GROUP_NOUNS):
                    ref = _anaphor(ctx, child)  # "its jets", "the group's drones": whose
                    if ref:
                        out.append(ref)
            if not out and depth < 2:  # "gunmen from X": the weapon's bearers are X's
                out.extend(_members_of(ctx, head, depth))
            continue
        renamed = _named_in_apposition(ctx, head)
        if renamed:
            out.extend(renamed)
            continue
        # "Police held A and B. They had ...": the people, not a group told before (looked
        # up here for "they" only, and once)
        people = _persons_told_before(ctx, head) if head.lower_ == "they" else None
        if people:
            out.extend(people)
            continue
        pointed = groups_told_before(ctx, head)
        if pointed:  # "these militias": the groups told just before
            out.extend(pointed)
            continue
        ref = _anaphor(ctx, head)
        if ref:
            out.append(ref)
            continue
        told = (_persons_told_before(ctx, head) if people is None else people) or \
            _group_of_those_held(ctx, head) or _the_defendant(ctx, head)
        if told:
            out.extend(told)
            continue
        label = owned_collective_speaker(ctx, head, _group_named_before(ctx, head.i))
        if label:  # "Iraq's armed factions warned": the pack's label for them all
            out.append(label)
            continue
        found: list[str] = []
        for child in _modifiers(head):
            if child.dep_ in ("poss", "compound", "amod", "nmod", "conj") and child.i < head.i:
                cm = ctx.ents.at(child.i)
                if cm is not None and cm.entity_id and _actor_ok(ctx, cm) and \
                        not _origin_of_group(ctx, cm, head):
                    found.append(_acting(ctx, cm))
                elif child.dep_ == "poss":
                    ref = _anaphor(ctx, child)
                    if ref:
                        found.append(ref)
                elif _own_group_title(head, child):
                    group = _last_group_before(ctx, child.i)  # "Group officials warned"
                    if group:
                        found.append(group)
        if not found and depth < 2:
            found = _members_of(ctx, head, depth) or _issuers_of(ctx, head, depth)
        leader = leader_named_before(ctx, head, found) if found else None
        if leader is not None:  # "the group's secretary-general": the leader named before
            found = [leader, *found]
        out.extend(found)
    return list(dict.fromkeys(out))


# Verbs of forces taking hold of a craft or a place and of those in it.
SEIZING = frozenset({"seize", "board", "intercept", "raid", "storm", "capture"})


def seizers_before(ctx: DocContext, tok: Token) -> list[str]:
    """"Navy SEALs boarded the dhow at night. The 14 crew members were detained": a
    detention told with no one who made it is made by the state's forces that, in the
    few sentences before, boarded, seized or stormed where those held were; the nearest
    such deed decides, and one by no state's forces leaves the detention to no one."""
    doc = ctx.doc
    for verb in reversed(doc[_window_start(ctx, tok.i):tok.sent.start]):
        if verb.pos_ != "VERB" or lemma(verb) not in SEIZING or is_negated(verb):
            continue
        doers = tokens_actors(ctx, [c for c in verb.children if c.dep_ == "nsubj"])
        if doers:
            return doers if all(ctx.is_state(a) for a in doers) else []
    return []


def _joined_to_inner_noun(tok: Token, conj: Token) -> bool:
    """"Drone attacks on US bases in Iraq and Syria": a conjunct the parse joined to the
    first noun whose "and" it hung on a noun inside that noun's own phrase, where the
    conjunct belongs (Syria is where the bases are, not who attacks)."""
    before = conj.doc[conj.i - 1] if conj.i > 0 else conj
    return before.dep_ == "cc" and before.head.i != tok.i and \
        tok.i < before.head.i < conj.i and before.head.dep_ == "pobj" and \
        tok in before.head.ancestors


def _own_group_title(head: Token, child: Token) -> bool:
    """"Group officials", "militia leaders": a bare group noun before a title names the
    group told before; "aid group officials" or "rights group leaders" name another."""
    return child.dep_ == "compound" and child.i == head.i - 1 and \
        lemma(child) in GROUP_NOUNS and not list(child.children) and \
        lemma(head) in BODY_TITLES


def _voiced_bodies(ctx: DocContext, name: Token, depth: int) -> list[str]:
    """"Pentagon spokesman X", "IDF spokesman X", "X, the spokesman for Iran's foreign
    ministry": a spokesman speaks for the state body his title names, which is a party
    to what he says beside him. Other titles ("deputy leader X") name the person only, and
    so does a group's adjective ("Houthi spokesman X"): the person is the group's voice,
    his claims are the group's (see :func:`claimants`)."""
    titles = [c for c in name.children if lemma(c) in VOICE_NOUNS and (
        (c.dep_ in MODIFIER_DEPS and c.i < name.i) or (c.dep_ == "appos" and c.i > name.i))]
    out: list[str] = []
    for title in titles:
        for child in _modifiers(title):
            cm = ctx.ents.at(child.i)
            if child.dep_ in ("poss", "compound", "amod", "nmod") and cm is not None and \
                    cm.entity_id and cm.etype == "state_body" and _actor_ok(ctx, cm):
                out.append(_acting(ctx, cm))
        out += [a for _x, p in prep_objects(title, VOICE_PREPS | frozenset({"of"}))
                for a in token_actors(ctx, p, depth=depth + 1)
                if ctx.etype(a) == "state_body"]
    return out


# Participles that introduce the name of a party told by a common noun ("the man,
# identified as X", "a suspect named as X", "a group called X", "a group calling itself X").
NAMING = frozenset({"identify", "name", "call", "dub", "know"})
NAME_DEPS = frozenset({"oprd", "attr", "dobj"})


def _listed_after_colon(head: Token, name: Token) -> bool:
    """"Attacks on three ships: A, B and C": names after a colon list what the noun was
    aimed at, however the parse joins them to it, and never rename its doers."""
    return any(t.text == ":" for t in head.doc[head.i + 1:name.i])


def _named_in_apposition(ctx: DocContext, head: Token) -> list[str]:
    """"Two men, X and Y, were charged", "the suspect, X, planned", "the man, identified
    as X": a common noun renamed by the names after it acts as the names. A body named on
    the noun stays an actor ("an IRGC officer, X"); a country's adjective only describes
    the person ("an Iranian diplomat, X" is X, not Iran)."""
    if head.pos_ != "NOUN" and not hyphen_title(head):
        return []
    names = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and
             not _listed_after_colon(head, c)]
    # "X's secretary-general, Y, warned": the parse may take the name set off by commas
    # after a hyphened title for an adverbial noun
    names += [c for c in head.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and
              c.i > head.i and head.doc[head.i + 1].text == "," and hyphen_title(head)]
    for acl in (c for c in head.children if c.dep_ == "acl" and lemma(c) in NAMING):
        names += [p for _x, p in prep_objects(acl, AS)]
        names += [c for c in acl.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]
    named: list[str] = []
    for name in [n for c in names for n in (c, *c.conjuncts)]:
        m = ctx.ents.at(name.i)
        if m is not None and m.entity_id and _actor_ok(ctx, m):
            named.append(_acting(ctx, m))
    if not named:
        return []
    office = lemma(head) in OFFICE_TITLES
    leading = lemma(head) in GROUP_HEAD_TITLES or head.doc[head.i + 1:head.i + 3].text in (
        "-general", "- general")  # "secretary-general" parsed with "general" its modifier
    for child in _modifiers(head):
        cm = ctx.ents.at(child.i)
        if child.dep_ in ("poss", "compound", "amod", "nmod") and cm is not None and \
                cm.entity_id and _actor_ok(ctx, cm) and not _nationality(ctx, child) and \
                not (office and ctx.is_country(cm.entity_id)) and \
                not (leading and ctx.etype(cm.entity_id) in NON_STATE):
            named.append(_acting(ctx, cm))
    named += [g for g in title_owner(ctx, head) if g not in named]
    return list(dict.fromkeys(named))


def title_owner(ctx: DocContext, head: Token) -> list[str]:
    """"Its spokesman, X": the group a spokesman's possessive pronoun stands for, whose
    voice its named holder is (a leader named so, "its leader X", speaks as himself)."""
    if lemma(head) not in VOICE_NOUNS:
        return []
    out: list[str] = []
    for child in _modifiers(head):
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_GROUP:
            ref = _anaphor(ctx, child)
            if ref is not None and ctx.etype(ref) in NON_STATE:
                out.append(ref)
    return out


# Offices a country's name before the title only places ("Iran's president, X", "Iraq's
# foreign minister X"): the holder speaks and acts as himself, as with "Iranian
# President X".
OFFICE_TITLES = frozenset({"president", "minister", "premier", "leader", "spokesman",
                           "spokesperson", "spokeswoman", "ambassador", "envoy", "king",
                           "emir", "adviser", "advisor", "secretary"})


# Titles of those who lead a group: the holder named after its group's possessive speaks
# and acts as himself ("Hezbollah's secretary-general, X, warned"; "X's spokesman, Y"
# still speaks for X).
GROUP_HEAD_TITLES = frozenset({"leader", "general", "chief", "head", "chairman", "founder"})


# Nouns that, made definite, stand for the people the sentence before named ("police
# arrested X and Y. The two men had planned ..."), and how many each says when it says.
SUSPECT_NOUNS = frozenset({"man", "woman", "suspect", "defendant", "brother", "individual",
                           "pair", "couple", "duo", "trio", "accused", "detainee"})
COLLECTIVE_COUNTS = {"pair": 2, "couple": 2, "duo": 2, "trio": 3}


# Verbs of taking people into custody (a raid told with one is the way they were taken).
DETAINING = frozenset({"arrest", "detain", "seize", "capture", "apprehend", "nab", "hold",
                       "round", "pick", "abduct", "kidnap"})
# Verbs whose object the law holds: taken, charged, tried or let go.
HOLDING = DETAINING | frozenset({"release", "free", "charge", "indict", "convict", "sentence",
                                 "extradite", "jail"})


def _held(tok: Token) -> bool:
    """Whether a noun for people is told as held: the object or passive subject of a verb
    of holding ("detained eleven members of X", "all but one of the X members were
    freed"), or described by its participle ("the X members seized last week")."""
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in HOLDING for c in tok.children):
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.tag_ in ("VBN", "VBD") and lemma(after) in HOLDING and \
            not any(c.dep_ == "dobj" for c in after.children):
        return True  # the participle the parse took for a verb ("members seized last week")
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        tok = tok.head.head  # "all but one of the members"
    return tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in HOLDING


def _group_of_those_held(ctx: DocContext, tok: Token) -> list[str]:
    """"Police detained eleven members of X. ... The suspects had planned ...": "the
    suspects", "the men", "the detainees" stand for the people held in the few sentences
    before; told as members of one group, and of no other, they act as that group."""
    if tok.pos_ != "NOUN" or lemma(tok) not in SUSPECT_NOUNS or tok.tag_ not in PLURAL_TAGS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    start = _window_start(ctx, tok.i)
    groups: set[str] = set()
    for held in ctx.doc[start:tok.sent.start]:
        if held.pos_ == "NOUN" and lemma(held) in MEMBER_NOUNS | SUSPECT_NOUNS and _held(held):
            groups.update(a for a in token_actors(ctx, held) if ctx.etype(a) in NON_STATE)
    return [groups.pop()] if len(groups) == 1 else []


def _persons_told_before(ctx: DocContext, tok: Token, depth: int = 1) -> list[str]:
    """The people "the two men", "the suspects", "the pair", "the suspect" or a subject
    "they" stand for: those named in the sentence before, in the same paragraph, when
    their number fits (as many as the phrase counts; two or more for a plural; one for a
    singular)."""
    low = lemma(tok)
    they = tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass")  # "Police held A
    # and B. They had ...", "They are suspected of ..."
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "both", "all")
                     for c in tok.children)
    # "charged A, B and C ... the three were hired to kill X": a count told bare
    bare = NUMBER_WORDS.get(tok.lower_) if tok.pos_ == "NUM" and determined and \
        tok.dep_ in ("nsubj", "nsubjpass") else None
    if not they and bare is None and (tok.pos_ != "NOUN" or low not in SUSPECT_NOUNS or
                                      not determined):
        return []
    want = bare if bare is not None else None if they else \
        counted(tok) or COLLECTIVE_COUNTS.get(low)
    plural = they or tok.tag_ == "NNS" or want is not None
    sent = tok.sent
    before = sentence_before(sent)  # (another paragraph begins another account)
    if before is None or any(m.etype == "person" for m in ctx.mentions_of(list(sent[
            :tok.i - sent.start]))):
        return []
    named = [m for m in ctx.mentions_of(list(before)) if m.etype == "person" and m.entity_id]
    if not named and depth > 0:
        # "... named the men as A, B, C and D. According to prosecutors, the four have been
        # members of X. Since the spring, they allegedly sought ...": those the sentence
        # before told again by a count or "they"
        told = [people for t in before if t.dep_ in ("nsubj", "nsubjpass") and
                (people := _persons_told_before(ctx, t, depth - 1))]
        return told[0] if len(told) == 1 and (want is None or len(told[0]) == want) and \
            (len(told[0]) >= 2 if plural else len(told[0]) == 1) else []
    if not named:
        return []
    # The people must be one list ("X, Y and Z"), all of it named persons: a name the
    # tagger took for a place leaves the count short, and then no guess is made.
    first = ctx.doc[named[0].tok_end - 1]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first, *first.conjuncts]
    people = [m.entity_id for m in named if any(
        m.tok_start <= t.i < m.tok_end for t in members) and m.entity_id]
    if len(people) != len(members) or len(set(people)) != len(people):
        return []
    if (want is not None and len(people) != want) or (want is None and (
            len(people) < 2 if plural else len(people) != 1)):
        return []
    return people


# Nouns by which a report on a trial calls the one person on trial.
DEFENDANT_NOUNS = frozenset({"defendant", "accused"})
# Verbs of a court's or a prosecutor's dealing with the person on trial.
TRYING = frozenset({"convict", "sentence", "jail", "charge", "indict", "try", "prosecute",
                    "acquit"})


def _the_defendant(ctx: DocContext, tok: Token) -> list[str]:
    """"The court convicted the man, identified only as X, ... The handler asked the
    defendant to ...": "the defendant", "the accused" stand for the one person the report
    tells before as convicted, sentenced, charged or tried (none when it tells of more)."""
    if tok.pos_ != "NOUN" or lemma(tok) not in DEFENDANT_NOUNS or tok.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    # (the clause of the verb, its subject aside: "convicted a man, identified only as
    # X, of arson", the parse hanging the name on the verb)
    clauses = [c for verb in ctx.doc[:tok.sent.start] if verb.pos_ == "VERB" and
               lemma(verb) in TRYING for c in verb.children if c.dep_ not in ("nsubj", "agent")]
    if any(c.conjuncts for c in clauses if c.dep_ in ("dobj", "nsubjpass")):
        return []  # "convicted X and Y": more than one on trial
    people = {m.entity_id for m in ctx.mentions_of([t for c in clauses for t in c.subtree])
              if m.etype == "person" and m.entity_id}
    return list(people) if len(people) == 1 else []


# Participles that, joined to a name by a hyphen, say who launched a weapon.
LAUNCH_PARTICIPLES = frozenset({"fired", "launched"})
# Nouns for the people of a body: "fighters of X", "X's gunmen" act as X.
MEMBER_NOUNS = frozenset({"fighter", "member", "militant", "gunman", "operative", "commando",
                          "trooper", "soldier", "unit", "element", "personnel", "officer",
                          "agent", "cadre", "force", "troop", "official", "spokesman",
                          "spokesperson", "representative", "handler"})
# Nouns that count what follows "of": "dozens of fighters" are fighters.
COUNT_NOUNS = frozenset({"one", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                         "score", "scores", "number", "handful", "squad", "team", "band",
                         "contingent", "detachment", "cell"})
# "Armed men of X": men told as bearing arms are a body's fighters.
ARMED_MEN_MODIFIERS = frozenset({"armed", "masked", "uniformed"})


# Titles of those who lead a body: "the head of X", "the commander of X".
LEADING_TITLES = frozenset({"head", "leader", "chief", "commander", "secretary-general",
                            "secretary general", "chairman", "director"})
# Titles of those who speak or act for a body: "group officials", "movement leaders".
BODY_TITLES = MEMBER_NOUNS | LEADING_TITLES | OFFICE_TITLES


def _active_subject(tok: Token) -> bool:
    """Whether a noun is the subject of an active verb, or joined to one ("X and Y
    said"): the one who acts, not one acted on ("Y was killed")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # "'...,' warned the commander of X": a speaker put after the verb of saying
    return tok.dep_ == "nsubj" or (tok.dep_ == "dobj" and tok in inverted_speaker(tok.head))


# "fighters of X", "militants from X": the body they come from.
MEMBER_PREPS = frozenset({"of", "from"})
# Words by which members hold to the body they belong to ("fighters loyal to X").
ADHERING = frozenset({"loyal", "belong", "affiliate", "affiliated"})
# "a spokesman for X": the body a voice speaks for.
VOICE_NOUNS = frozenset({"spokesman", "spokesperson", "spokeswoman", "representative"})
VOICE_DETERMINERS = frozenset({"a", "an", "the"})
VOICE_PREPS = frozenset({"for"})


def _members_of(ctx: DocContext, head: Token, depth: int) -> list[str]:
    """"Fighters of the X service", "militants from X", "dozens of X fighters": a noun for
    the people of a body, or a count of them, acts as the body named after "of" or
    "from"; so does an unnamed holder of a body's leading title who acts or speaks ("the
    commander of X vowed revenge"), not one who is acted on ("killed the commander of
    X" kills a man, not the body)."""
    if lemma(head) not in MEMBER_NOUNS and head.lower_ not in COUNT_NOUNS and \
            not _armed_men(head) and not (lemma(head) in LEADING_TITLES and _active_subject(head)):
        return []
    # "fighters from Iraq" come from a country, they are not its forces
    preps = MEMBER_PREPS | VOICE_PREPS if lemma(head) in VOICE_NOUNS else MEMBER_PREPS
    objs = [p for x, p in prep_objects(head, preps)
            if x != "from" or ctx.etype_of_token(p) not in PLACE_TYPES]
    # "fighters of the elite X" may be parsed with X in apposition to "fighters"
    objs += [c for c in head.children if c.dep_ == "appos" and objs]
    if lemma(head) in MEMBER_NOUNS or _armed_men(head):
        # "fighters loyal to X", "gunmen belonging to X", "militants affiliated with X"
        objs += [p for c in head.children if c.dep_ in ("amod", "acl") and
                 lemma(c) in ADHERING for _x, p in prep_objects(c, LINK_PREPS)]
    found = [a for p in objs for a in token_actors(ctx, p, depth=depth + 1)]
    if not found and lemma(head) in MEMBER_NOUNS | LEADING_TITLES:
        # "a commander in the group", "fighters in Hezbollah": a group's, not a place's
        found = [a for _x, p in prep_objects(head, frozenset({"in"}))
                 for a in token_actors(ctx, p, depth=depth + 1) if ctx.etype(a) in NON_STATE]
    if not found and lemma(head) in SEATED_OFFICIALS:
        # "officials in Tehran denied ...": a capital read as its government
        found = [m.entity_id for _x, p in prep_objects(head, frozenset({"in"}))
                 if (m := ctx.ents.at(p.i)) is not None and m.entity_id and
                 ctx.is_country(m.entity_id) and capital_country(m.text)]
    return found


def _armed_men(head: Token) -> bool:
    """"Armed men", "masked men": men told by the arms or garb of fighters."""
    return lemma(head) == "man" and any(c.dep_ == "amod" and c.lower_ in ARMED_MEN_MODIFIERS
                                        for c in head.children)


# Nouns of what a party puts out, which speak with its voice ("a statement from X
# claimed the attack"), and the participles naming its author ("attributed to X").
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "video", "post",
                            "message", "announcement", "footage", "bulletin", "recording"})
AUTHOR_PREPS = frozenset({"from", "by"})
ISSUING = frozenset({"attribute", "issue", "release", "publish", "post", "sign", "circulate"})
# "in the name of X", "on behalf of X": the party a document speaks for.
NAME_PREPS = frozenset({"in", "on"})
VOICED_NAMES = frozenset({"name", "behalf"})


def _issuer_before(ctx: DocContext, tok: Token) -> str | None:
    """"Kataib Hezbollah issued a statement on Monday. The statement warned ...": a
    document named again speaks with the voice of whoever put it out when it was first
    named in the few sentences before (its author by "from"/"by", else the subject of
    the verb it hangs on: "X issued a statement", "in a statement, X said")."""
    doc = ctx.doc
    for prev in reversed(doc[_window_start(ctx, tok.i):tok.i]):
        if lemma(prev) != lemma(tok) or prev.pos_ != "NOUN":
            continue
        by = _issuers_of(ctx, prev, 1)
        if by:
            return by[0]
        verb = prev
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        said_by = [a for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i
                   for a in token_actors(ctx, c, depth=2)]
        return said_by[0] if said_by else None
    return None


def _named_before(ctx: DocContext, tok: Token) -> bool:
    """Whether ``tok``'s noun was named in the few sentences before it."""
    return any(lemma(prev) == lemma(tok) and prev.pos_ == "NOUN"
               for prev in ctx.doc[_window_start(ctx, tok.i):tok.i])


def _issuers_of(ctx: DocContext, head: Token, depth: int) -> list[str]:
    """"A statement from X", "a video released by X", "a statement attributed to X": a
    party's statement says what the party says."""
    if lemma(head) not in DOCUMENT_NOUNS:
        return []
    objs = [p for _x, p in prep_objects(head, AUTHOR_PREPS)]
    acls = [c for c in head.children if c.dep_ == "acl" and lemma(c) in ISSUING]
    # "a post in the name of X", "a statement issued on behalf of X": whose voice it is
    objs += [p for h in (head, *acls) for _x, name in prep_objects(h, NAME_PREPS)
             if lemma(name) in VOICED_NAMES for _y, p in prep_objects(name, OF)]
    for acl in acls:
        objs += passive_agents(acl) + [p for _x, p in prep_objects(acl, TO)]
    if not objs:
        # "a statement on its Telegram channel", "posted on the group's website": the
        # owner of the channel it was put out on
        objs = [o for h in (head, *acls) for _x, p in prep_objects(h, ON)
                for o in p.children if o.dep_ == "poss"]
    return [a for p in objs for a in token_actors(ctx, p, depth=depth + 1)
            if ctx.etype(a) not in PLACE_TYPES]


def _author_untold(head: Token) -> bool:
    """Whether a document's noun names no author: no "from"/"by", and a verb of issuing
    on it, if any, has no agent ("the statement, posted on Telegram, ...")."""
    return not any(c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS for c in head.children) \
        and all(c.dep_ == "acl" and lemma(c) in ISSUING and not passive_agents(c) and
                not prep_objects(c, TO) for c in head.children if c.dep_ == "acl")


def _origin_of_group(ctx: DocContext, m: LinkedMention, head: Token) -> bool:
    """"Iraqi factions", "Syrian militias": a country's adjective on a group noun says
    where the groups come from; the state is not one of them ("Iraqi forces" are). So
    does it on a private person ("a Syrian man", "an Iranian-born national") and on a
    crowd ("Iraqi protesters", "Lebanese demonstrators"): a people takes to the streets,
    not its state."""
    return ((lemma(head) in GROUP_NOUNS or lemma(head) in PRIVATE_PERSONS or
            lemma(head) in ctx.ontology.crowd_nouns or
            lemma(head) in IRREGULARS or head.lower_ in IRREGULARS) and \
        _nationality(ctx, ctx.doc[m.tok_start])) or _country_owns_group(ctx, m, head)


def _country_owns_group(ctx: DocContext, m: LinkedMention, head: Token) -> bool:
    """"Iraq's armed factions", "Syria's militias": a country named as the owner of
    groups says where they are, as its adjective does; the state is none of them."""
    owner = ctx.doc[m.tok_end - 1]
    return (lemma(head) in GROUP_NOUNS or lemma(head) in IRREGULARS or
            head.lower_ in IRREGULARS) and owner.dep_ == "poss" and \
        owner.head.i == head.i and m.label == "GPE" and ctx.is_country(m.entity_id or "")


# Nouns of private people, whose nationality names no state acting; those hired for a
# deed ("an Azerbaijani hitman", "a Moldovan criminal gang") act for whoever pays them,
# not for their country.
PRIVATE_PERSONS = frozenset({"man", "woman", "national", "citizen", "resident", "refugee",
                             "student", "dissident", "journalist", "businessman", "teenager",
                             "youth", "migrant", "asylum", "emigre", "expatriate",
                             "hitman", "killer", "assassin", "criminal", "gangster", "gang",
                             "mobster", "smuggler", "trafficker", "mercenary"})
# Armed men outside a state's forces: "Iraqi militiamen attacked the embassy" tells an
# attack by militia, not a strike by Iraq.
IRREGULARS = frozenset({"militiaman", "militiamen", "gunman", "gunmen", "insurgent",
                        "jihadist", "tribesman", "tribesmen", "guerrilla", "extremist",
                        "terrorist", "assailant", "attacker"})


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# The dash after a dateline; the parser reads an em dash as a comma (nlp/text.py).
DATELINE_DASHES = frozenset({"\u2014", "\u2013", "-", "--", ","})
DATELINE_TOKENS = 4  # "ERBIL, Iraq —": the longest dateline before its dash


def _dateline(ctx: DocContext, tok: Token) -> bool:
    """"ERBIL, Iraq — X fired ...": a line opening with a place in capitals, then a
    comma and the place's country before a dash, is the report's dateline (parsed as a
    subject), not who acts."""
    doc = tok.doc
    start = tok.i
    while start > tok.sent.start and tok.i - start < DATELINE_TOKENS and not _line_break(
            doc[start - 1]):
        start -= 1
    opener = doc[start]
    if not (start == tok.sent.start or _line_break(doc[start - 1])) or not (
            opener.text.isupper() and len(opener.text) >= 4) or start + 1 >= len(doc) or \
            doc[start + 1].text != ",":
        return False
    after = tok.i + 1
    if after < len(doc) and doc[after].text == "(":  # "ERBIL, Iraq (AP) --": the agency
        after = next((t.i + 1 for t in doc[after:after + 5] if t.text == ")"), after)
    return tok.i == start or (ctx.etype_of_token(tok) in PLACE_TYPES and any(
        t.text in DATELINE_DASHES for t in doc[after:after + 2]))


# How many words a line's label may take before its colon ("Iran International:").
LABEL_TOKENS = 5


def _line_label(tok: Token) -> bool:
    """"Reuters: The Houthis fired ...", "Iraq: Kataib Hezbollah said ...": the few words
    before a colon that opens a line label it by its source or topic. The parse may take
    the label for a second subject of the verb whose own subject follows the colon; it
    is not who acts."""
    doc = tok.doc
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    colon = next((t.i for t in doc[tok.i + 1:tok.i + 3] if t.text == ":"), None)
    if colon is None:
        return False
    start = tok.i
    while start > tok.sent.start and tok.i - start < LABEL_TOKENS and not _line_break(
            doc[start - 1]):
        start -= 1
    if not (start == tok.sent.start or _line_break(doc[start - 1])) or \
            colon - start > LABEL_TOKENS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > colon for c in tok.head.children)


def _line_break(tok: Token) -> bool:
    return tok.is_space or tok.text_with_ws.endswith("\n")


def _modifiers(head: Token) -> list[Token]:
    """The left modifiers of a noun phrase head, with those of a noun modifier ("US
    drone strike") and the conjuncts of a modifier ("American and British forces")."""
    out: list[Token] = []
    for child in head.children:
        if child.i > head.i:
            continue
        out.append(child)
        if child.dep_ not in MODIFIER_DEPS:
            continue
        out.extend(c for c in child.conjuncts if c.i < head.i)
        if child.pos_ in ("NOUN", "PROPN"):
            out.extend(g for g in child.children if g.dep_ in MODIFIER_DEPS and g.i < child.i)
        if child.pos_ in ("NOUN", "PROPN") and child.i + 2 == head.i and \
                head.doc[child.i + 1].text == "-":
            # "its secretary-general", "the group's commander-in-chief" parsed with the
            # possessor on the title's first word
            out.extend(g for g in child.children if g.dep_ == "poss" and g.i < child.i)
    return out


def tokens_actors(ctx: DocContext, toks: list[Token], *, weapons: frozenset[int] = frozenset()
                  ) -> list[str]:
    """Actors named by several noun phrase heads, in order, without repeats."""
    out: list[str] = []
    for t in toks:
        out.extend(a for a in token_actors(ctx, t, weapons=weapons) if a not in out)
    return out


def claimants(ctx: DocContext, ids: list[str]) -> list[str]:
    """Who claims: a group's spokesman or leader claims for the group ("X, the group's
    spokesman, claimed the attack" is the group's claim)."""
    out: list[str] = []
    for i in ids:
        group = _group_voiced(ctx, i) if ctx.etype(i) == "person" else None
        out.append(group or i)
    return list(dict.fromkeys(out))


def _group_voiced(ctx: DocContext, person: str) -> str | None:
    """The armed group a person of the pack leads or belongs to, if only one."""
    entry = ctx.linker.pack.entries.get(person)
    if entry is None:
        return None
    groups = {link.id for link in [*(getattr(entry, "leader_of", None) or ()),
                                   *(getattr(entry, "member_of", None) or ())]
              if ctx.etype(link.id) in NON_STATE}
    return groups.pop() if len(groups) == 1 else None


RELATIVE_PRONOUNS = frozenset({"that", "who", "whom", "which"})
# Nouns that say whose deed an event was: "bore the hallmarks of X", "the work of X".
HALLMARKS = frozenset({"hallmark", "hallmarks", "signature", "fingerprint", "fingerprints",
                       "footprint", "footprints", "work"})
HALLMARK_VERBS = frozenset({"bear", "have", "carry", "show", "be"})
# "named X as the likely perpetrator": the noun after "as" that makes X the doer.
PERPETRATORS = frozenset({"perpetrator", "culprit", "operator", "attacker", "organizer",
                          "organiser", "mastermind", "author", "instigator"})
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the militia that Washington blames": the
    militia), through an apposition to the name it describes ("X, the militia that...")."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.tag_ not in ("WDT", "WP", "IN"):
        return tok
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = cur.head
            if tok.lower_ in PERSONAL_RELATIVES and not _person_noun(head):
                head = _person_before(head, tok) or head
            return head.head if head.dep_ == "appos" else head
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return tok


# Relative pronouns that stand for people only.
PERSONAL_RELATIVES = frozenset({"who", "whom"})


def _person_noun(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or lemma(tok) in PRIVATE_PERSONS or \
        lemma(tok) in MEMBER_NOUNS or lemma(tok) in PERSON_NOUNS


def _person_before(head: Token, pronoun: Token) -> Token | None:
    """"a man with ties to X who ...", parsed with the clause on "ties" (or on a verb's
    object): "who" stands for the nearest person named before it, with no verb between."""
    for t in reversed(head.doc[head.sent.start:pronoun.i]):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ in ("NOUN", "PROPN") and _person_noun(t):
            return t
    return None


def accusation_charges(verb: Token) -> list[tuple[str, Token]]:
    """What a verb of accusing charges its object with: "accused X of the attack", with
    "of" under the verb or, as the parse may hang it, under the accused ("suspects the
    IRGC of orchestrating the attack")."""
    return prep_objects(verb, OF) or [
        pair for o in _objects(verb) for pair in prep_objects(o, OF)]


def _behind_told(deed: Token) -> bool:
    """"accused X of being behind it": a part in the deed just told, named by a pronoun."""
    return lemma(deed) == "be" and any(
        c.dep_ == "prep" and c.lower_ == "behind" and any(
            g.dep_ == "pobj" and g.lower_ in ("it", "them", "this", "that")
            for g in c.children) for c in deed.children)


def _refers_to_event(ctx: DocContext, tok: Token) -> bool:
    """Whether a phrase (a "for"/"of" object and what hangs from it) names an event."""
    return any(ctx.ontology.triggers_starting(lemma(t)) and t.pos_ in ("NOUN", "VERB", "PROPN")
               for t in tok.subtree)


def _answerable_for(ctx: DocContext, tok: Token) -> bool:
    """"responsible for the attack": an answerable adjective with an event after "for",
    or with nothing after it ("officials said X was likely responsible"), which answers
    for the event just told."""
    if lemma(tok) not in ANSWERABLE or disowned(tok):
        return False
    if not any(c.dep_ == "prep" for c in tok.children):
        # ("holds X responsible" may be parsed with the adjective a modifier of X); a
        # sentence that tells a blow after the adjective tells what it answers for, one
        # that told its blows before it ("X planned attacks on Y, and officials said Z
        # was responsible") answers for those
        return tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "dobj", "amod") and \
            not any(h.event_type in VIOLENT and h.head > tok.i for h in ctx.triggers(tok.sent))
    return any(_refers_to_event(ctx, p) for _x, p in prep_objects(tok, FOR))


def _answerable_words(ctx: DocContext, verb: Token) -> list[Token]:
    """The answerable adjectives of "hold X (chiefly) responsible for the attack",
    under the verb or, as the parse may hang one, after its object ("holds X
    responsible", the adjective a modifier of X)."""
    words = [c for c in verb.children
             if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "dobj")]
    words += [a for o in verb.children if o.dep_ == "dobj"
              for a in o.children if a.dep_ == "amod" and a.i > o.i]
    return [w for w in words if _answerable_for(ctx, w)]


def _held_answerable(ctx: DocContext, verb: Token) -> bool:
    """"hold X (chiefly) responsible for the attack"."""
    return bool(_answerable_words(ctx, verb))


def _objects(tok: Token) -> list[Token]:
    """Direct objects of a verb, relative pronouns replaced by what they stand for."""
    objs = [antecedent(c) for c in tok.children if c.dep_ == "dobj"]
    if not objs and tok.dep_ == "relcl":  # "the faction (that) officials hold responsible"
        head = tok.head
        objs = [head.head if head.dep_ == "appos" else head]
    return objs


def _subjects_of(tok: Token) -> list[Token]:
    """Subjects of a verb, relative pronouns replaced by what they stand for."""
    return [antecedent(s) for s in inherited_subjects(tok)]


# Nouns that, set beside a clause, name again the deed it tells ("X was killed by a car
# bomb, an operation attributed to Y").
RESTATING_NOUNS = frozenset({"operation", "incident", "act"})


def _restating_noun(tok: Token) -> bool:
    """Whether ``tok`` names again the deed of the clause it is set beside."""
    return lemma(tok) in RESTATING_NOUNS and tok.dep_ in ("npadvmod", "appos") and \
        tok.i > 1 and tok.doc[tok.left_edge.i - 1].text == ","  # (the parse may hang it
    # on the clause's subject)


def event_noun(ctx: DocContext, tok: Token) -> bool:
    """Whether a noun names a violent event ("the attack", "the bombing"), not a thing
    ("a ship", "targets")."""
    return any(t.event_type in VIOLENT and t.pos in (None, "NOUN")
               for t in ctx.ontology.triggers_starting(lemma(tok)))


def _bare_participle(ctx: DocContext, tok: Token) -> bool:
    """"targets in Iraq and Syria linked to X" parsed as a clause "Syria linked to X" or
    as a verb coordinated with the main one: a verb of linking with no auxiliary and no
    event for object, whose subject is a place or a target (or that has neither subject
    nor object), says who owns that place or target."""
    if tok.dep_ in ("acl", "amod", "relcl") or any(
            c.dep_ in ("aux", "auxpass") or (c.dep_ == "dobj" and (
                c.pos_ == "PRON" or ctx.ontology.triggers_starting(lemma(c))))
            for c in tok.children):
        return False  # "was linked to X", "linked the attack to X", "tied it to X"
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects:  # a transitive verb with no subject nor object: a participle
        return not any(c.dep_ == "dobj" for c in tok.children)
    return any(lemma(c) == "target" or ctx.etype_of_token(c) in PLACE_TYPES
               for c in subjects)


# Verbs and objects by which a party owns a deed: "took credit for", "assumed
# responsibility" ("claimed responsibility" is read with the other senses of "claim").
CREDIT_TAKING = frozenset({"take", "assume", "announce", "accept"})
CREDIT = frozenset({"credit", "responsibility"})


def _describing_participle(tok: Token) -> bool:
    """"the cell's members, some of them linked to X, were arrested": a participle with no
    auxiliary and no object whose parse subject is the people it describes ties them,
    no deed, to X ("officials linked the attack to X" has its object; "operations linked
    to X" are deeds, no people)."""
    return tok.tag_ == "VBN" and not _objects(tok) and \
        any(c.dep_ == "nsubj" and (c.pos_ in ("PRON", "NUM") or
                                   lemma(c) in SUSPECT_NOUNS | MEMBER_NOUNS)
            for c in tok.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def takes_credit(tok: Token) -> bool:
    """Whether a verb tells a party taking credit or responsibility for a deed ("X took
    credit for the strike", "X assumed responsibility"), not denying it ("did not
    take responsibility")."""
    return lemma(tok) in CREDIT_TAKING and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and lemma(c) in CREDIT for c in tok.children) and not is_negated(tok)


def _blamed_subjects(ctx: DocContext, tok: Token) -> list[Token]:
    """"X was blamed for the attack (by US officials)": a passive blame lays the event at
    its subject's door, unless the subject is the event itself ("the attack was blamed
    on X", read with "on")."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [antecedent(c) for c in tok.children
            if c.dep_ == "nsubjpass" and not event_noun(ctx, c)]


# Verbs that lay a deed "on" whom they blame: "blamed the attack on X", "pinned it on X".
LAYING_ON = frozenset({"blame", "pin"})
# What is laid on someone besides the deed itself: "pinned the blame on X".
BLAME_NOUNS = frozenset({"blame", "responsibility"})


def blamed_on_deed(ctx: DocContext, noun: Token) -> list[Token]:
    """"Washington blamed the attack on X": the parse may hang "on X" on the deed, as if X
    were what it hit; the object of "blame", a violent deed, with "on" after it names
    the one blamed when the verb has no "on" of its own."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) not in LAYING_ON or not event_noun(ctx, noun) or \
            _blamed_on(verb):
        return []
    return [p for _x, p in prep_objects(noun, ON)]


def _blamed_on(verb: Token) -> list[Token]:
    """Whom a verb of blaming lays a deed on ("blamed it on X"), not the day it was said
    ("blamed X for the attack on Monday")."""
    return [p for _x, p in prep_objects(verb, ON) if p.ent_type_ not in ("DATE", "TIME")]


def blamers_hung_on_deed(noun: Token) -> bool:
    """"X was blamed for the attack by US officials": the parse hangs the blamers' "by"
    on the deed, which a passive verb of blaming with no agent of its own has after
    "for" or "of"; they are not the deed's doers."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of"):
        return False
    verb = noun.head.head
    return (lemma(verb) in ATTRIBUTING or lemma(verb) == "hold") and any(
        c.dep_ == "auxpass" for c in verb.children) and not passive_agents(verb)


def _scope(tok: Token, preps: frozenset[str]) -> frozenset[int]:
    """The token indices of the phrases after ``preps`` under ``tok`` ("for the attack");
    none (no restriction) after a relative pronoun ("for which X blamed Y")."""
    objs = [p for _x, p in prep_objects(tok, preps)]
    if any(p.lower_ in RELATIVE_PRONOUNS for p in objs):
        return frozenset()
    return frozenset(t.i for p in objs for t in p.subtree)


ATTEMPTS = frozenset({"attempt", "effort", "bid", "try", "seek"})


def _doing_verb(ctx: DocContext, tok: Token) -> bool:
    """Whether a verb does a violent deed itself ("fired", "attacked") or carries one out
    ("carried out the attack"); an infinitive ("plotted to bomb X at Y's behest") tells
    a plan, whose principal the plot's own rules read."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return tok.pos_ == "VERB" and (lemma(tok) in PERFORMING or any(
        t.event_type in VIOLENT for t in ctx.ontology.triggers_starting(lemma(tok))))


def _purpose_of_noun(tok: Token) -> bool:
    """"attempts to attribute it to X", "efforts to blame X", "tried to link it to X": an
    infinitive after a noun or a verb of trying tells an aim, not a blame the sentence
    states."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return tok.dep_ == "acl" or (tok.dep_ == "xcomp" and lemma(tok.head) in ATTEMPTS)


def _suspects_named(ctx: DocContext, tok: Token) -> bool:
    """"Officials suspect X", "investigators suspected X and Y": an active verb of
    suspecting whose object is a party, with no "of" naming what it is suspected of
    ("suspect X of smuggling arms" is read with "accuse") and no clause it reports;
    "do not suspect X" suspects no one."""
    if is_negated(tok) or any(c.dep_ in ("auxpass", "ccomp", "xcomp") for c in tok.children):
        return False
    objs = _objects(tok)
    return bool(objs) and not any(prep_objects(o, OF) for o in objs) and \
        not prep_objects(tok, OF) and bool(tokens_actors(ctx, objs))


def _hallmark_owners(ctx: DocContext, tok: Token) -> list[Token]:
    """"the strike bore the hallmarks of X", "the attack was the work of X"."""
    if tok.dep_ not in ("dobj", "attr", "pobj") or lemma(tok.head) not in HALLMARK_VERBS | {
            "as"}:
        return []
    if lemma(tok) == "work" and lemma(tok.head) not in ("be", "as"):
        return []
    return [p for _x, p in prep_objects(tok, OF)]


def sentence_roles(ctx: DocContext, sent: Span) -> Roles:
    """Responsibility cues that hold for every violent event of a sentence."""
    roles = Roles()
    for tok in sent:
        low = lemma(tok)
        if tok.lower_ == "behind" and tok.dep_ == "prep":
            verb = tok.head
            if lemma(verb) == "be" and not is_negated(verb):  # "was not behind it" denies
                roles.attributed_to += tokens_actors(ctx, _subjects_of(verb))
        elif (low in ATTRIBUTING or low == "blame") and _purpose_of_noun(tok):
            continue  # "attempts to attribute it to X" lay nothing at X's door
        elif low in LAYING_ON and tok.pos_ == "VERB":
            # "blamed it (the attack) on X": with "on", the object is the event; "an attack
            # Washington blamed on X": the relative clause's noun is
            on = _blamed_on(tok) or [
                p for o in _objects(tok) for p in blamed_on_deed(ctx, o)]
            if low != "blame" and not any(
                    event_noun(ctx, o) or o.lower_ in ("it", "them") or lemma(o) in BLAME_NOUNS
                    for o in _objects(tok)):
                on = []  # "pinned their hopes on X" lays nothing on X
            told = tok.dep_ == "relcl" and event_noun(ctx, tok.head)
            objs = on or ([] if told or low != "blame" else
                          _objects(tok) or _blamed_subjects(ctx, tok))
            roles.blame(tokens_actors(ctx, objs), _scope(tok, FOR))
        elif low == "suspect" and tok.pos_ == "VERB" and _suspects_named(ctx, tok):
            # "Officials suspect X." after the deed is told: X is held responsible (a
            # suspicion of unnamed "Iran-backed militias" names no one)
            roles.blame([a for a in tokens_actors(ctx, _objects(tok))
                         if not (a in ctx.ents.backers and a not in ctx.linker.pack.entries)])
        elif low in ("accuse", "suspect") and tok.pos_ == "VERB" and any(
                _refers_to_event(ctx, p) or _behind_told(p) for _x, p in accusation_charges(tok)):
            # "accused X of the bombing", "X, whom it accused of a role in the attack"
            accused = _objects(tok) or [antecedent(c) for c in tok.children
                                        if c.dep_ == "nsubjpass"]
            hung = [o for o in _objects(tok) if prep_objects(o, OF)]
            roles.blame(tokens_actors(ctx, accused), _scope(hung[0] if hung and not
                                                            prep_objects(tok, OF) else tok, OF))
        elif low in ATTRIBUTING and tok.pos_ == "VERB" and not (
                tok.dep_ in ("acl", "amod") and not event_noun(ctx, tok.head) and
                not _restating_noun(tok.head)) and \
                not _bare_participle(ctx, tok) and not _describing_participle(tok):
            # "targets linked to X" says who owns the targets
            objs = [p for _x, p in prep_objects(tok, LINK_PREPS)]
            # "attributed the attack to X" with "to X" parsed under the event it blames
            objs += [p for o in _objects(tok) if event_noun(ctx, o) or o.lower_ in ("it", "them")
                     for _x, p in prep_objects(o, LINK_PREPS) if p not in objs]
            found = tokens_actors(ctx, objs)
            if not found and any(c.dep_ == "auxpass" for c in tok.children) and \
                    not disowned(tok) and any(_refers_to_event(ctx, p) for p in objs):
                # "X was linked to the bombings": the subject is whom the deed is laid on
                found = tokens_actors(ctx, [c for c in tok.children if c.dep_ == "nsubjpass"])
            elif not found and not any(c.dep_ == "auxpass" for c in tok.children) and \
                    not disowned(tok) and any(event_noun(ctx, t) or lemma(t) in INCIDENTS
                                              for p in objs for t in p.subtree):
                # "police have linked the gang to a string of attacks", "to a string of
                # incidents near the embassy": the object is whom the deeds are laid on
                found = tokens_actors(ctx, [o for o in _objects(tok) if not event_noun(ctx, o)])
            if found:
                roles.attributed_to += found
                for _x, p in prep_objects(tok, FOR):
                    roles.attributed_to += tokens_actors(ctx, [p])
        elif low == "hold" and tok.pos_ == "VERB" and _held_answerable(ctx, tok):
            # "Washington holds X responsible for the attack", "the group that they hold
            # responsible for ..."
            answerable = _answerable_words(ctx, tok)
            held = _objects(tok) + [antecedent(s) for c in answerable
                                    for s in c.children if s.dep_ == "nsubj"]
            roles.blame(tokens_actors(ctx, held), frozenset().union(
                *(_scope(c, FOR) for c in answerable)))
        elif low in ANSWERABLE and tok.dep_ in ("acomp", "attr") and \
                lemma(tok.head) == "be" and _answerable_for(ctx, tok):
            # "X was responsible for the rocket that struck ..."
            roles.blame(tokens_actors(ctx, _subjects_of(tok.head)), _scope(tok, FOR))
        elif low in ANSWERABLE and tok.dep_ in ("ccomp", "oprd", "xcomp") and \
                lemma(tok.head) in BELIEVING and _answerable_for(ctx, tok):
            # "officials believe X responsible (for the attack)": the adjective's own subject
            roles.blame(tokens_actors(ctx, [c for c in tok.children if c.dep_ == "nsubj"]),
                        _scope(tok, FOR))
        elif low == "involve" and tok.pos_ == "VERB" and not disowned(tok) and \
                any(c.dep_ == "auxpass" for c in tok.children) and \
                any(_refers_to_event(ctx, p) for _x, p in prep_objects(tok, IN_PREP)):
            # "officials said X was involved in the bombing", "in the plot to bomb Y" (the
            # parse may hang the act planned on the verb)
            roles.blame(tokens_actors(ctx, [c for c in tok.children if c.dep_ == "nsubjpass"]))
        elif tok.lower_ in HALLMARKS and tok.pos_ == "NOUN":
            roles.attributed_to += tokens_actors(ctx, _hallmark_owners(ctx, tok))
        elif low in PERPETRATORS and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            # "singled out X as the probable perpetrator"
            verb = tok.head.head
            if verb.pos_ == "VERB":
                roles.attributed_to += tokens_actors(ctx, _objects(verb))
            elif verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
                roles.attributed_to += tokens_actors(ctx, [verb])  # "as" under the object
        elif low in AVENGING and tok.pos_ == "VERB" and any(
                ctx.ontology.triggers_starting(lemma(p))
                for _x, p in prep_objects(tok, FOR)):
            # "vowed to punish X for the strike": X is held responsible
            roles.blame(tokens_actors(ctx, _objects(tok)), _scope(tok, FOR))
        elif low == "claim" and tok.pos_ == "VERB":
            agents = passive_agents(tok) + _banners_claimed_under(tok)
            if agents:
                roles.claimed_by += tokens_actors(ctx, agents)
            elif any(lemma(c) in CREDIT for c in tok.subtree) and \
                    not is_negated(tok):
                roles.claimed_by += tokens_actors(ctx, inherited_subjects(tok))
        elif takes_credit(tok):
            # "X took credit for the strike", "X assumed responsibility"; a minister who
            # "took responsibility for the failure" answers for it, he claims no deed
            roles.claimed_by += [a for a in claimants(ctx, tokens_actors(
                ctx, inherited_subjects(tok))) if ctx.etype(a) in NON_STATE]
        elif low in ("involvement", "role", "hand", "complicity") and tok.pos_ == "NOUN":
            owners = [c for c in tok.children if c.dep_ == "poss"]
            roles.attributed_to += tokens_actors(ctx, owners)  # "Iran's involvement in X"
        elif low in PERFORMING and tok.pos_ == "VERB":
            agents = passive_agents(tok)
            if agents:
                roles.actors += tokens_actors(ctx, agents)
        elif low in FACADES and _describes_a_name(tok):
            # "X, a front for Y, claimed the attack", "X, seen as a cover for Y, ...", "X,
            # a front group for Y", "X, a group believed to front for Y": the fronted group
            # is held responsible
            holders = [tok, tok.head] if tok.dep_ in ("amod", "compound") else [tok]
            roles.attributed_to += tokens_actors(ctx, [p for h in holders
                                                       for _x, p in prep_objects(h, FRONTED)])
        elif low == "name" and tok.pos_ == "NOUN":
            roles.attributed_to += _users_of_name(ctx, tok, sent)
        elif low in SHOWING and tok.pos_ == "VERB":
            roles.actors += _fighters_shown(ctx, tok)
        elif low in PRINCIPAL_NOUNS and tok.dep_ == "pobj" and \
                tok.head.lower_ in BEHALF_PREPS and _doing_verb(ctx, tok.head.head):
            # "X fired the rockets on behalf of Y", "carried out the attack at Y's behest":
            # who sent the doers is held responsible with them (but a brand that "claims
            # operations on behalf of" groups tells whose they are, not who sent them)
            roles.attributed_to += tokens_actors(ctx, _on_behalf_of(tok.head.head))
    roles.actors = list(dict.fromkeys(roles.actors))
    roles.claimed_by = claimants(ctx, roles.claimed_by)
    roles.attributed_to = list(dict.fromkeys(
        a for a in roles.attributed_to if a not in roles.claimed_by))
    return roles


# Verbs by which a video shows what it filmed.
SHOWING = frozenset({"show", "depict"})
# Verbs by which a party puts out a video of its own.
AIRING = ISSUING | frozenset({"air", "broadcast", "share", "distribute"})


def _fighters_shown(ctx: DocContext, verb: Token) -> list[str]:
    """"X's media released a video showing fighters boarding the ship", "a video published
    by X shows masked fighters on its deck": the armed group that puts out a video of
    fighters it does not say are anyone else's shows its own."""
    shown = [o for o in _objects(verb) if lemma(o) in MEMBER_NOUNS and not token_actors(ctx, o)]
    videos = [verb.head] if verb.dep_ == "acl" else [
        c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "amod" and lemma(verb.head) in MEMBER_NOUNS and \
            not token_actors(ctx, verb.head):
        # "a video showing fighters" parsed as fighters described by "video" and "showing"
        shown = videos = [verb.head]
    if not shown:
        return []
    out: list[str] = []
    for video in videos:
        if lemma(video) not in DOCUMENT_NOUNS and not any(
                c.dep_ == "compound" and lemma(c) in DOCUMENT_NOUNS for c in video.children):
            continue
        issuers = _issuers_of(ctx, video, 0)
        if not issuers and video.dep_ == "dobj" and lemma(video.head) in AIRING:
            # "X released", "X media released", "X's television aired"
            airers = [c for c in video.head.children if c.dep_ == "nsubj"]
            issuers = tokens_actors(ctx, airers) or tokens_actors(ctx, [
                m for a in airers for m in a.children if m.dep_ in ("compound", "amod", "poss")])
        out += [a for a in issuers if ctx.etype(a) in NON_STATE and a not in out]
    return out


# Nouns of the name a deed is claimed under: "claimed under the banner of X".
BANNER_NOUNS = frozenset({"banner", "name", "flag", "label"})
BANNER_PREPS = frozenset({"under", "in"})


def _banners_claimed_under(verb: Token) -> list[Token]:
    """"An attack claimed under the banner of X", "claimed under the X banner", "claimed
    in the name of X": the name a claim is put out under is its claimant."""
    out: list[Token] = []
    for _x, p in prep_objects(verb, BANNER_PREPS):
        if lemma(p) in BANNER_NOUNS:
            # "the banner of X"; "the X banner" (the name modifies the noun)
            out += [o for _y, o in prep_objects(p, OF)] or \
                [c for c in p.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        elif any(c.dep_ == "appos" and lemma(c) in BANNER_NOUNS for c in p.children):
            out.append(p)  # "under the X banner" parsed with the noun set beside the name
    return out


def _users_of_name(ctx: DocContext, tok: Token, sent: Span) -> list[str]:
    """"X, a name used by Y, claimed the attack", "X claimed it; analysts believe the name
    is used by Y": the group that uses another's name is held responsible, when the
    name is a group's named beside it or in the sentence."""
    uses = [c for c in tok.children if c.dep_ == "acl" and lemma(c) == "use"]
    if tok.dep_ == "nsubjpass" and lemma(tok.head) == "use":
        uses.append(tok.head)
    # a named group, not "an umbrella name used by Iran-aligned groups"
    users = tokens_actors(ctx, [a for u in uses for a in passive_agents(u) if a.pos_ == "PROPN"])
    users = [a for a in users if ctx.etype(a) in NON_STATE]
    named = {m.entity_id for m in ctx.mentions_of(list(sent))
             if m.entity_id and m.etype in NON_STATE} - set(users)
    if not users or not (_describes_a_name(tok) or (named and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children))):
        return []
    return users


def _describes_a_name(tok: Token) -> bool:
    """Whether a word stands in a description set beside a name: "X, a front for Y",
    "X, a front group for Y", "X, a group believed to front for Y", "X, seen as a cover
    for Y"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "appos" or (cur.dep_ == "pobj" and cur.head.lower_ == "as"):
            return True
        if cur.dep_ not in ("amod", "compound", "xcomp", "acl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Nouns of a name used for another group ("X, a front for Y") and their prepositions.
FACADES = frozenset({"front", "facade", "façade", "cover", "brand"})
FRONTED = frozenset({"for", "of"})


# Verbs by which one party serves another: "a man acting for X", "agents working on behalf
# of X", "a cell directed by X".
SERVING = frozenset({"act", "work", "operate", "spy"})
DIRECTED = frozenset({"direct", "send", "recruit", "hire", "task", "dispatch", "run", "control",
                      "handle", "employ", "guide", "instruct", "order", "pay"})
# Verbs by which a body sends its man on a deed, and those of telling or asking him to do
# it ("was told by a Quds Force officer to devise a plan to kill X").
SENDING = DIRECTED | frozenset({"tell", "ask"})
# Verbs of plotting together: "conspired with X to kill" makes X a plotter too.
COLLUDING = frozenset({"conspire", "collude", "plot", "scheme", "work", "cooperate",
                       "coordinate"})


# Nouns that name whom one acts for: "on behalf of X", "at X's behest", "on the orders
# of X", "at the direction of X".
PRINCIPAL_NOUNS = frozenset({"behalf", "behest", "order", "direction", "instruction",
                             "instigation", "command", "request"})
# "on orders from X", "on instructions from X": the principal after "from".
PRINCIPAL_PREPS = frozenset({"of", "from"})


def _on_behalf_of(tok: Token) -> list[Token]:
    """"on behalf of X", "at X's behest", "on the orders of X" under ``tok``: X."""
    return [p for _x, b in prep_objects(tok, BEHALF_PREPS)
            if lemma(b) in PRINCIPAL_NOUNS
            for p in [*(c for c in b.children if c.dep_ == "poss"),
                      *(q for _y, q in prep_objects(b, PRINCIPAL_PREPS))]]


# Nouns of one used as another's means: "acts as a proxy for X", "X, an Iranian proxy".
PROXY_NOUNS = frozenset({"proxy", "surrogate", "hireling", "tool", "instrument"})


def served_by(verb: Token) -> list[Token]:
    """Whom a verb of serving names as served: "working for X", "acting on behalf of X",
    "acting as agents of X", "operating as an agent for X", "acting as a proxy for X";
    "spied on exiles for X", the parse hanging "for" on those spied on."""
    return [*(p for _x, p in prep_objects(verb, FOR)), *_on_behalf_of(verb),
            *(p for _x, o in prep_objects(verb, ON) for _y, p in prep_objects(o, FOR)),
            *(p for _x, a in prep_objects(verb, AS) if lemma(a) in MEMBER_NOUNS | PROXY_NOUNS
              for _y, p in prep_objects(a, MEMBER_PREPS | FOR))]


def principal_phrases(tok: Token) -> list[Token]:
    """The prepositions of "on behalf of X", "on the orders of X" and the remark ", directed
    by X" under ``tok``: who sent the doer, never part of what the deed was done to."""
    return [*(b.head for _x, b in prep_objects(tok, BEHALF_PREPS)
              if lemma(b) in PRINCIPAL_NOUNS), *_directing_remarks(tok)]


def _directing_remarks(tok: Token) -> list[Token]:
    """"to kill an exile, directed by X": the parse hangs the remark on who sent the
    plotters on the act's object."""
    return [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and
            lemma(c) in DIRECTED and c.i > tok.i and _set_off(c)]


def capital_states(ctx: DocContext, parties: Sequence[Token]) -> list[str]:
    """The states whose capitals are named as parties ("money from Tehran")."""
    out: list[str] = []
    for subj in parties:
        m = ctx.ents.at(subj.i)
        state = ctx.linker.capital_state(m.text) if m is not None and \
            m.etype in PLACE_TYPES else None
        if state is not None and state not in out:
            out.append(state)
    return out


def bodies_named(ctx: DocContext, heads: Sequence[Token]) -> list[str]:
    """The bodies (no persons) noun phrases name as whom someone acts for: "working for
    X", "directed by X"; a capital stands for its state ("on behalf of Tehran")."""
    found = [a for a in tokens_actors(ctx, list(heads)) if ctx.etype(a) != "person"]
    return list(dict.fromkeys([*found, *capital_states(ctx, heads)]))


# Verbs of a relative clause that reports what someone is ("X, which police say works for
# Y", "X, which they believe was recruited by Y").
REPORTING = SAYING | frozenset({"believe", "think", "suspect", "allege"})
# Verbs by which one body uses another for its deeds, as a relative or participle on the
# one used says it: "a gang used by X", "a network funded by X".
HIRING = DIRECTED | frozenset({"use", "enlist", "contract", "commission", "fund", "finance"})
# Verbs of steering from afar, whose "from" names the state steering: "a network directed
# from Iran", "a cell run from Tehran".
STEERING = frozenset({"direct", "run", "control", "guide", "handle", "instruct", "order"})


def _told_clauses(clause: Token) -> list[Token]:
    """The clause a relative or participle tells of its noun: itself, or the clause it
    reports ("X, who prosecutors say was hired by Y"; "which police say works for Y",
    the parse taking "works" for the object of "say", or even for a noun)."""
    if lemma(clause) not in REPORTING:
        return [clause]
    return [c for c in clause.children if c.dep_ == "ccomp" or (
        c.dep_ == "dobj" and (c.pos_ == "VERB" or lemma(c) in SERVING | {"serve"}))]


def principals(ctx: DocContext, plotter: Token, depth: int = 1) -> list[str]:
    """The body a plotter acts for, as the phrase naming the plotter says it: "a man
    acting for X", "the cell, directed by X", "agents working on behalf of X", "a gang
    which police say works for X", "a network directed from X"; "a gunman hired by a
    network acting for X": X, whom the unnamed hirers serve."""
    heads: list[Token] = []
    described = [plotter, *(c for c in plotter.children if c.dep_ == "appos")]
    # "X, a man with ties to Y", "two Y-linked men"; "the Iran-backed X", the linking
    # taking the tie for the unnamed bands Iran backs: their backer
    nested = [ctx.ents.backers.get(b, b) if b not in ctx.linker.pack.entries else b
              for b in bodies_named(ctx, [h for noun in described for h in _ties_of(noun)])]
    # "X, an IRGC officer", "X, a member of the Quds Force": the body the plotter serves;
    # "X, an Iranian proxy", "X, a proxy for Y"
    heads += [c for c in described[1:] if lemma(c) in MEMBER_NOUNS | PROXY_NOUNS]
    heads += [p for c in described[1:] if lemma(c) in PROXY_NOUNS
              for _x, p in prep_objects(c, FOR | OF)]
    for child in (c for n in described for c in n.children):
        if child.dep_ not in ("acl", "relcl"):
            continue
        # "X, which is led by Y and works for Z": each clause joined in the relative
        for clause in (c for t in _told_clauses(child) for c in [t, *t.conjuncts]):
            if lemma(clause) in SERVING | {"serve"}:
                heads += served_by(clause)
            elif lemma(clause) in HIRING:
                # "recruited by a gang on behalf of X": whom the recruiters served too
                agents = passive_agents(clause)
                heads += [*agents, *_on_behalf_of(clause)]
                if lemma(clause) in STEERING:
                    heads += [p for _x, p in prep_objects(clause, FROM)
                              if (m := ctx.ents.at(p.i)) is not None and m.entity_id and
                              ctx.is_country(m.entity_id)]
                if depth > 0:
                    nested += [b for a in agents if a.pos_ == "NOUN" and
                               not tokens_actors(ctx, [a]) for b in principals(ctx, a, depth - 1)]
    heads += _on_behalf_of(plotter)
    return list(dict.fromkeys([*bodies_named(ctx, heads), *nested]))


# Nouns of a band that may do a deed for another ("a gang working for X", "a criminal
# network paid by X"), and of a hireling ("a gunman hired by X").
BANDS = frozenset({"cell", "network", "ring", "gang", "squad", "team", "group", "mafia",
                   "cartel", "syndicate", "clan", "crew", "organization"})
# Nouns of a criminal band ("the X gang", "the X Network"), which a state may hire.
CRIMINAL_BANDS = frozenset({"network", "gang", "ring", "mafia", "cartel", "syndicate", "clan",
                            "crew", "mob"})
# Verbs by which a state uses bands for its deeds: "Iran uses criminal networks".
USING = frozenset({"use", "hire", "recruit", "employ", "pay", "enlist", "contract", "exploit",
                   "task"})
HIRELINGS = BANDS | frozenset({"gunman", "hitman", "assassin", "killer", "mercenary",
                               "criminal", "teenager", "youth", "member", "man", "suspect"})


def band_sponsors(ctx: DocContext, band: Token) -> list[str]:
    """The states and armed bodies a band or hireling is told to act for: "a gang working
    for X", "the X gang, which police say is paid by Y", "the gang had been hired by X",
    "members of a network directed from X"; a sponsor denied ("was not hired by X") is
    none."""
    held = [band]
    if band.dep_ == "pobj" and band.head.lower_ == "of" and lemma(band.head.head) in \
            MEMBER_NOUNS | COUNT_NOUNS:
        held.append(band.head.head)  # "members of the X gang, which police say ..."
    found: list[str] = []
    for tok in held:
        found += principals(ctx, tok)
        verb = tok.head
        if is_negated(verb) or verb.i == tok.i:
            continue
        if tok.dep_ == "nsubjpass" and lemma(verb) in HIRING:
            found += bodies_named(ctx, passive_agents(verb))
        elif tok.dep_ == "nsubj" and lemma(verb) in SERVING:
            found += bodies_named(ctx, served_by(verb))
        elif tok.dep_ == "nsubj":  # "the X gang carried out the attack on behalf of Y"
            found += bodies_named(ctx, _on_behalf_of(verb))
    return [b for b in dict.fromkeys(found)
            if ctx.etype(b) in ARMED_TYPES or ctx.is_country(b)]


def band_users(ctx: DocContext, band: Token) -> list[str]:
    """The states a sentence says use a band: "Iran uses criminal networks to attack X",
    "accused Iran of hiring the X gang", "criminal networks used by Iran"."""
    if band.dep_ != "dobj":
        return [b for b in band_sponsors(ctx, band) if ctx.is_state(b)]
    return [b for b in hand_users(ctx, band.head) if ctx.is_state(b)]


def hand_users(ctx: DocContext, verb: Token) -> list[str]:
    """The bodies an active verb of using says use its object: "Iran uses criminal
    networks", "accused Iran of hiring a gang" (a use denied is none)."""
    if lemma(verb) not in USING or is_negated(verb) or \
            any(c.dep_ == "auxpass" for c in verb.children):
        return []
    users = [s for s in inherited_subjects(verb) if s.dep_ == "nsubj"]
    if not users and verb.dep_ == "pcomp" and lemma(verb.head.head) in ACCUSING:
        users = [c for c in verb.head.head.children if c.dep_ == "dobj"]  # "accused X of using"
    return bodies_named(ctx, users)


def hands_used(verb: Token) -> list[Token]:
    """"Iran used criminal networks to attack X", "accused Iran of hiring a gang to bomb
    X": the bands or hirelings a verb of using sends to do the deed its infinitive
    tells, who do it."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "advcl") or \
            not is_to_infinitive(verb):
        return []
    user = verb.head
    if lemma(user) not in USING or any(c.dep_ == "auxpass" for c in user.children):
        return []
    return [o for o in direct_objects(user) if lemma(o) in HIRELINGS]


# Nouns of a tie between a person and a body: "a man with ties to X".
TIE_NOUNS = frozenset({"tie", "link", "connection"})


def _ties_of(noun: Token) -> list[Token]:
    """The bodies a noun phrase ties its person to: "X-linked", "linked to X", "backed by
    X", "with ties to X"."""
    heads = [c for b in noun.children if b.dep_ == "amod" and lemma(b) in TIED
             for c in b.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")]
    for acl in (c for c in noun.children if c.dep_ == "acl" and lemma(c) in TIED):
        heads += passive_agents(acl) + [p for _x, p in prep_objects(acl, LINK_PREPS)]
    ties = [t for _x, t in prep_objects(noun, WITH)]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in WITH and after.dep_ == "prep" and \
            after.head in noun.ancestors:
        # "charges against a man with ties to X", the parse hanging "with" on "charges"
        ties += [c for c in after.children if c.dep_ == "pobj"]
    heads += [p for t in ties if lemma(t) in TIE_NOUNS for _y, p in prep_objects(t, LINK_PREPS)]
    return heads


def _conjoined_principals(ctx: DocContext, verb: Token) -> list[str]:
    """"plotted to kill X and were hired by Y", "were spying for Y and planning to kill
    X": a verb of serving or of being sent joined to the plot verb names who sent the
    plotters."""
    out: list[Token] = []
    for conj in verb.conjuncts:
        if lemma(conj) in SERVING:
            out += served_by(conj)
        elif lemma(conj) in DIRECTED and any(c.dep_ == "auxpass" for c in conj.children):
            out += passive_agents(conj)
    return bodies_named(ctx, out)


# Verbs that accuse someone "of" a deed ("accused two IRGC members of conspiring to kill")
# or punish him "for" it ("sentenced X to ten years for plotting to kill Y").
ACCUSING = frozenset({"accuse", "suspect", "convict", "charge", "indict", "arrest", "detain",
                      "sentence", "jail", "imprison", "prosecute"})
ACCUSED_PREPS = frozenset({"of", "with", "for"})
# Units of a span of time ("accused X for years of ...").
SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def past_time_span(word: Token) -> Token:
    """The word a phrase hangs on, past a span of time the parse puts between them:
    "accused" for "years" in "accused Iran for years of supplying X"."""
    if word.dep_ == "pobj" and lemma(word) in SPAN_UNITS and word.head.lower_ == "for":
        return word.head.head
    return word
# Nouns of the charges a person is held to a deed by: "charges against X for plotting",
# "X faces charges of conspiring to kill Y".
CHARGE_NOUNS = frozenset({"charge", "indictment", "complaint", "count"})
# Nouns of the grounds a person is held on: "arrested X on suspicion of plotting".
GROUND_NOUNS = CHARGE_NOUNS | {"suspicion", "accusation", "allegation"}


def _charged_persons(charges: Token) -> list[Token]:
    """Whom charges are brought against: "charges against X", or the one who faces them
    ("X faces charges")."""
    held = [p for _x, p in prep_objects(charges, AGAINST)]
    if not held and charges.dep_ == "dobj" and lemma(charges.head) == "face":
        held = [s for s in charges.head.children if s.dep_ == "nsubj"]
    return held


def accused_doers(ctx: DocContext, verb: Token) -> list[str]:
    """"accused two IRGC members of conspiring to murder X", "were charged with plotting
    to kill Y", "accused Tehran of supplying drones", "charges against X for plotting to
    kill Y", "X pleaded guilty to plotting ...": whom a verb or noun of accusing holds to
    the deed are its doers."""
    held = _accused_of(verb)
    # "an indictment against X, accusing him of plotting": the person named before, in
    # the same sentence
    named = [people[-1] for h in held if h.lower_ in ("him", "her") and (people := [
        m.entity_id for m in ctx.mentions_of(list(h.doc[h.sent.start:h.i]))
        if m.etype == "person" and m.entity_id])]
    # "accuse him of working for X, and of gathering information on Y": whom he served
    served = [b for judge in {h.head.i: h.head for h in held if h.dep_ in ("dobj", "nsubjpass")
                              and lemma(h.head) in ACCUSING}.values()
              for b in served_by_accused(ctx, judge)]
    return list(dict.fromkeys([*tokens_actors(ctx, held), *named, *served,
                               *(a for h in held for a in principals(ctx, h))]))


def _accused_of(verb: Token) -> list[Token]:
    """The words naming whom a verb or noun of accusing holds to the deed ``verb`` tells."""
    for _ in range(2):  # "accused X of offering money to kill Y": the act's purpose
        if verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
            break
        act, verb = verb, verb.head
        if lemma(verb) in ACCUSING and verb.pos_ == "VERB":
            # "charged X with planning to murder Y", the parse hanging the act on the
            # verb of accusing: the accused plots; "detained two men to foil a plot",
            # told after no "with", "of" or "for", is the purpose of those who hold them
            charged = any(c.dep_ == "prep" and c.lower_ in ACCUSED_PREPS and c.i < act.i
                          for c in verb.children)
            return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] \
                if charged or not is_to_infinitive(act) else []
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ACCUSED_PREPS | {"to"}:
        return []
    while prep.dep_ == "conj" and prep.head.i != prep.i and prep.head.lower_ == prep.lower_:
        prep = prep.head  # "accuse him of working for X, and of gathering ...": the first
    if prep.lower_ == "to":  # "pleaded guilty to plotting": the one who pleads
        plea = prep.head.head if lemma(prep.head) == "guilty" else prep.head
        return [c for c in plea.children if c.dep_ == "nsubj"] if lemma(plea) == "plead" else []
    judge = past_time_span(prep.head)
    if lemma(judge) in ACCUSING and judge.pos_ == "VERB":
        return [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]
    if prep.head.dep_ in ("dobj", "nsubjpass") and lemma(prep.head.head) in ACCUSING:
        return [prep.head]  # the parse hangs "of plotting" on the accused
    if lemma(prep.head) in GROUND_NOUNS and prep.head.dep_ == "pobj" and \
            lemma(prep.head.head.head) in ACCUSING:
        # "arrested X on suspicion of planning", "detained X on charges of plotting"
        return [c for c in prep.head.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma(prep.head) in CHARGE_NOUNS:  # "faces charges of conspiring to kill X"
        return _charged_persons(prep.head)
    # "unsealed charges against X for plotting", the parse hanging "for" on the verb
    return [h for o in direct_objects(prep.head) if lemma(o) in CHARGE_NOUNS
            for h in _charged_persons(o)]


def sponsors_of_plot(ctx: DocContext, tok: Token) -> list[str]:
    """Who sent or backed a plot, as its noun phrase or the clause it is the subject of
    says: "an attack on X on behalf of Y", "an Iranian-backed plot", "a plot directed by
    Y", "the attempt on his life was ordered by Y"."""
    heads = _on_behalf_of(tok)
    heads += [c for b in tok.children if b.dep_ == "amod" and lemma(b) in BACKED
              for c in b.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")]
    if tok.pos_ == "NOUN":
        heads += [a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                  lemma(c) in ORDERED_DEEDS for a in passive_agents(c)]
    if tok.dep_ == "nsubjpass" and lemma(tok.head) in ORDERED_DEEDS:
        heads += passive_agents(tok.head)
    return bodies_named(ctx, heads)


def _scheme_sponsors(ctx: DocContext, scheme: Token) -> list[str]:
    """Who made or sent a scheme a deed is told as done in: its modifiers ("in an Iranian
    plot"), its sponsors ("in a plan directed by X") and the agent of a relative clause
    ("in a plot that was directed by X", "in a plot prosecutors say was run by X")."""
    heads = [c for c in scheme.children if c.i < scheme.i]
    for clause in (c for c in scheme.children if c.dep_ == "relcl"):
        told = [c for c in clause.children if c.dep_ == "ccomp"] \
            if lemma(clause) in SAYING else [clause]
        heads += [a for c in told if lemma(c) in ORDERED_DEEDS | {"run"} and
                  any(x.dep_ == "auxpass" for x in c.children) for a in passive_agents(c)]
    return [*bodies_named(ctx, heads), *sponsors_of_plot(ctx, scheme)]


# "charged in a plot", "arrested over a plot", "convicted for a plot".
CHARGED_IN_PREPS = frozenset({"in", "over", "for", "on"})


IN_PREPS = frozenset({"in"})


def schemes_joined(verb: Token) -> list[Token]:
    """The scheme nouns a deed is told as done in or as part of: "plotted to bomb X in
    an Iranian-backed scheme", "as part of a plot directed by Y", "in what investigators
    described as an Iran-directed plan"."""
    found: list[Token] = []
    for _x, p in prep_objects(verb, IN_PREPS):
        if p.pos_ in ("VERB", "AUX") and p.i > 0 and p.doc[p.i - 1].lower_ != "in" and \
                any(t.lower_ == "what" for t in p.subtree):
            # "in what X described as a plot", "in what X called a plot", "in what X
            # said was a plot"
            for clause in [p, *(c for c in p.children if c.dep_ == "ccomp")]:
                found += [q for _y, q in prep_objects(clause, AS)]
                found += [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")]
        else:
            found.append(p)
    for _x, p in prep_objects(verb, AS):
        if lemma(p) == "part":  # "as part of a plan"
            found += [q for _y, q in prep_objects(p, OF)]
    return [n for n in found if lemma(n) in JOINED_SCHEMES and n.pos_ == "NOUN"]


# Nouns of a scheme a deed may be told as done in: "in an operation run by X".
JOINED_SCHEMES = frozenset({"plot", "plan", "conspiracy", "scheme", "operation"})
# Words that make a deed one of a run of others: "the latest in a series of X plots".
SERIES_PLACES = frozenset({"latest", "last", "one", "part", "another"})
SERIES_NOUNS = frozenset({"series", "string", "spate", "wave", "run", "number", "line"})
SERIES_KINDS = frozenset({"plot", "plan", "conspiracy", "scheme", "attempt"})
# Participles that tie plots to whom they are laid on: "plots linked to X".
LAID_ON = frozenset({"attribute", "link", "blame", "tie", "connect"})


def series_makers(ctx: DocContext, verb: Token) -> list[str]:
    """"plotted to bomb X, the latest in a series of Iran-backed plots", "the latest in a
    string of plots linked to Y": a deed told as one of a run of plots that others made
    or backed is laid on them too."""
    out: list[str] = []
    for place in (t for t in verb.subtree if t.lower_ in SERIES_PLACES and
                  t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," and
                  t.dep_ in ("dobj", "appos", "npadvmod")):
        runs = [q for _x, q in prep_objects(place, IN_PREPS | OF) if lemma(q) in SERIES_NOUNS]
        kinds = [k for r in runs for _y, k in prep_objects(r, OF) if lemma(k) in SERIES_KINDS]
        kinds += [k for _x, k in prep_objects(place, OF)
                  if lemma(k) in SERIES_KINDS and k.tag_ == "NNS"]  # "one of several plots"
        for kind in kinds:
            out += [a for c in kind.children if c.i < kind.i and c.dep_ in ("amod", "compound")
                    for a in token_actors(ctx, c)]
            out += sponsors_of_plot(ctx, kind)
            out += bodies_named(ctx, [p for c in kind.children if c.dep_ == "acl" and
                                      lemma(c) in LAID_ON for _y, p in prep_objects(c, TO)])
    return list(dict.fromkeys(out))


def _part_of_scheme(noun: Token) -> Token | None:
    """"spied on X for Y as part of a plan to attack them": the verb whose deed is told
    as part of the scheme ``noun``."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is None or lemma(part) != "part" or part.dep_ != "pobj" or \
            part.head.lower_ != "as" or part.head.head.pos_ != "VERB":
        return None
    return part.head.head


def scheme_makers(ctx: DocContext, noun: Token) -> list[str]:
    """Who made a plot, as its noun tells: its modifiers ("an Iranian plot"), its sponsors
    ("a plot directed by X") and those charged in it ("X was charged in a plot")."""
    held: list[Token] = []
    served: list[str] = []
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in CHARGED_IN_PREPS \
        else None
    if verb is not None and lemma(verb) in SERVING and verb.pos_ == "VERB":
        # "working for Y on a plan to kill Z": Y; and the one accused of that work
        served += _bodies_served(ctx, [verb])
        if verb.dep_ == "pcomp" and verb.head.lower_ in ACCUSED_PREPS:
            up = verb.head.head
            verb = up.head if up.dep_ in ("dobj", "nsubjpass") else up
    if verb is not None and lemma(verb) in ACCUSING:
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        served += served_by_accused(ctx, verb)
    part = _part_of_scheme(noun)
    if part is not None:
        # "a man spied on X for the Quds Force as part of a plan to attack them": the one
        # who did the deed, and whom he served, made the plan
        held += [c for c in part.children if c.dep_ == "nsubj"] or (
            [part.head] if part.dep_ == "acl" and part.tag_ == "VBD" else [])  # misparsed
        served += _bodies_served(ctx, [part]) if lemma(part) in SERVING else []
    return list(dict.fromkeys([*token_actors(ctx, noun), *sponsors_of_plot(ctx, noun),
                               *tokens_actors(ctx, held), *served]))


def served_by_accused(ctx: DocContext, accusing: Token) -> list[str]:
    """The bodies a verb of accusing says the accused served: "accusing X of working for
    Y", "charged X with acting on behalf of Y", or as the phrase naming X says it."""
    held = [c for c in accusing.children if c.dep_ in ("dobj", "nsubjpass")]
    serving = [s for h in [accusing, *held] for _x, s in prep_objects(h, ACCUSED_PREPS)
               if lemma(s) in SERVING]
    return [*_bodies_served(ctx, serving), *(a for h in held for a in principals(ctx, h))]


def _bodies_served(ctx: DocContext, serving: list[Token]) -> list[str]:
    """The bodies verbs of serving name: "working for Y", "acting on behalf of Y"."""
    return bodies_named(ctx, [p for s in serving for p in served_by(s)])


def backers_of_plotters(ctx: DocContext, tok: Token) -> list[str]:
    """Whom a plot's makers are said to be tied to: "a plot by a Hamas-linked cell", "a
    cell backed by X planning attacks": the plotters' backers are held responsible."""
    makers = [p for _x, p in prep_objects(tok, BY)] if tok.pos_ == "NOUN" else []
    verb = tok.head
    if tok.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        makers += [p for _x, p in prep_objects(verb, BY)]  # "foiled a plot by X", misparsed
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
        makers.append(tok.head)  # "a cell planning attacks"
    heads: list[Token] = []
    for maker in makers:
        heads += [c for b in maker.children if b.dep_ == "amod" and lemma(b) in TIED
                  for c in b.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")]
        for acl in (c for c in maker.children if c.dep_ == "acl" and lemma(c) in TIED):
            heads += passive_agents(acl) + [p for _x, p in prep_objects(acl, LINK_PREPS)]
    return bodies_named(ctx, heads)


BY = frozenset({"by"})
# Participles that tie a cell to a backer ("Hamas-linked", "backed by X", "trained by X").
TIED = frozenset({"link", "linked", "tie", "tied", "affiliate", "affiliated", "back", "backed",
                  "train", "trained", "sponsor", "sponsored", "direct", "directed"})
# Participles of backing in "X-backed", "X-sponsored", "X-directed" before a plot's noun.
BACKED = frozenset({"back", "backed", "sponsor", "sponsored", "direct", "directed", "order",
                    "ordered", "finance", "financed", "fund", "funded"})
# Verbs whose passive agent sent a plot: "was ordered / organised / masterminded by X".
ORDERED_DEEDS = frozenset({"order", "organize", "organise", "mastermind", "orchestrate",
                           "direct", "commission", "plan", "sponsor", "finance", "fund"})


def plotters(ctx: DocContext, verb: Token, subjects: list[Token]) -> list[str]:
    """Who plots besides the subjects of a plot verb: the body they act for, one they
    conspire with ("conspired with X to kill"), the one the act is done for ("planned to
    bomb a school on behalf of X")."""
    out: list[str] = []
    for subj in subjects:
        out += principals(ctx, subj) + _principals_told_before(ctx, subj)
    out += _sent_to_plot(ctx, verb) + _sent_there(ctx, verb)
    colluding = [verb]
    if verb.dep_ in ("advcl", "xcomp") and is_to_infinitive(verb):
        colluding.append(verb.head)  # "conspired with X to kill Y"
    out += tokens_actors(ctx, [p for v in colluding if lemma(v) in COLLUDING
                               for _x, p in prep_objects(v, WITH)])
    if lemma(verb) in DIRECTED:  # "he had been hired by Iran to kill X": Iran plots
        out += bodies_named(ctx, passive_agents(verb))
    if verb.dep_ in ("advcl", "xcomp") and lemma(verb.head) in DIRECTED and is_to_infinitive(verb):
        # "was recruited by X to surveil targets": the purpose of the recruiting
        out += bodies_named(ctx, passive_agents(verb.head))
    out += _conjoined_principals(ctx, verb)
    out += _hired_to_plot(ctx, verb)
    out += accused_doers(ctx, verb)
    clause = verb
    for _ in range(3):  # "they were acting on Tehran's orders when they tried to kill X"
        if clause.dep_ not in ("advcl", "conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
        out += tokens_actors(ctx, _on_behalf_of(clause))
    out += _serving_clauses(ctx, verb)
    cur = verb
    for _ in range(3):  # "planned to travel to X to bomb Y on behalf of Z"
        out += tokens_actors(ctx, _on_behalf_of(cur))
        joined = [cur]
        if cur.i == verb.i:
            out += series_makers(ctx, cur)
            if cur.dep_ == "pcomp" and lemma(cur.head.head) in ACCUSING:
                joined.append(cur.head.head)  # "was charged with plotting X, in a plot ..."
        for scheme in (s for v in joined for s in schemes_joined(v)):
            # "plotted to bomb X in an Iran-directed plan"
            out += _scheme_sponsors(ctx, scheme)
        # "to kill a dissident on the orders of X", "to kill an exile, directed by X": the
        # parse hangs the principal on the act's object, whom no one orders or directs
        out += tokens_actors(ctx, [p for o in direct_objects(cur) for p in _on_behalf_of(o)])
        out += bodies_named(ctx, [a for o in direct_objects(cur) for c in _directing_remarks(o)
                                  for a in passive_agents(c)])
        nxt = [c for c in cur.children if c.dep_ == "xcomp"]
        if not nxt:
            break
        cur = nxt[0]
    return list(dict.fromkeys(out))


def _set_off(tok: Token) -> bool:
    """Whether a participle is set off by a comma before it ("an exile, directed by X"),
    as a remark on the whole clause is; "a journalist employed by X" says who the
    journalist is."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _serving_clauses(ctx: DocContext, verb: Token) -> list[str]:
    """"Acting on behalf of X, the suspect planned ...", "the suspect, working for X,
    planned ...": a participle clause of serving or of being sent, opening the sentence or
    set off by a comma, beside the plot verb (or the act planned, or the verb of saying
    that reports the plot, where the parse hangs it) names whom the plotters act for."""
    holders = [verb]
    up = verb
    for _ in range(3):  # "X said Y, acting for Z, offered money to kill W": the act's purpose
        if up.dep_ == "ccomp" and lemma(up.head) in SAYING:
            holders.append(up.head)
            break
        if up.dep_ not in ("advcl", "xcomp") or up.head.i == up.i:
            break
        up = up.head
    cur = verb
    for _ in range(2):  # "plotted to kill X, directed by Y": hung on the planned act
        cur = next((c for c in cur.children if c.dep_ == "xcomp"), cur)
        holders.append(cur)
    heads: list[Token] = []
    for clause in (c for h in dict.fromkeys(holders) for c in h.children if c.dep_ == "advcl"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in
               clause.children) or not (_set_off(clause) or clause.i == clause.sent.start):
            # a clause of its own ("while he was working for X"), or a participle run on
            # from the object it describes ("to stab a presenter working for X")
            continue
        if lemma(clause) in SERVING and clause.tag_ == "VBG":
            heads += served_by(clause)
        elif lemma(clause) in DIRECTED and clause.tag_ == "VBN":
            heads += passive_agents(clause)
    return bodies_named(ctx, heads)


def _principals_told_before(ctx: DocContext, pronoun: Token) -> list[str]:
    """"X was recruited by Y in 2022. He then plotted ...", "X worked for Y. He plotted
    ...", "... Y, which had used X to recruit the defendant. X asked the defendant to
    ...": a plotter told by a pronoun, or a person told by name, acts for the body the
    sentence before, in the same paragraph, says he served, was sent by or was used by."""
    if pronoun.pos_ == "PRON" and pronoun.lower_ in ("he", "she", "they"):
        people = set(token_actors(ctx, pronoun))
    elif pronoun.pos_ == "PROPN":
        people = {a for a in token_actors(ctx, pronoun) if ctx.etype(a) == "person"}
    else:
        return []
    before = sentence_before(pronoun.sent)  # (another paragraph begins another account)
    if not people or before is None:
        return []
    heads: list[Token] = []
    for verb in (t for t in before if t.pos_ == "VERB"):
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if lemma(verb) in USING and not passive and \
                _named_or_meant(ctx, direct_objects(verb)) & people:
            heads += [antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not set(tokens_actors(ctx, subj)) & people:
            continue
        if lemma(verb) in SERVING:
            heads += served_by(verb)
        elif lemma(verb) in DIRECTED and passive:
            heads += passive_agents(verb)
    return bodies_named(ctx, heads)


def _named_or_meant(ctx: DocContext, heads: Sequence[Token]) -> set[str]:
    """The actors noun phrases name, "him" or "her" standing for the last person named."""
    found = set(tokens_actors(ctx, list(heads)))
    for tok in heads:
        if tok.pos_ == "PRON" and tok.lower_ in ("him", "her"):
            found.add(ctx.last_actor_before(tok.i, person=True) or "")
    return found - {""}


# Words by which a later sentence goes on about a plotter told before ("he was acting
# for X", "the suspects had been recruited by X").
PLOTTER_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
# Nouns of the band that carried a plot, told again with "the": "the cell was run by X",
# "the network had been hired by X".
PLOTTER_BANDS = frozenset({"cell", "network", "ring", "gang", "squad", "team"})
# "Iran was behind the plot": the plot whose author the sentence names.
BEHIND_PREPS = frozenset({"behind"})
# Nouns of a plot ("the plot was run by X", "X was behind the scheme"); as the doer of a
# blow they make the blow intended ("a plot targeted").
SCHEME_NOUNS = frozenset({"plot", "plan", "conspiracy", "scheme"})


# "the attempt", "the assassination attempt", "the failed attempt": an attempt told again,
# by the deed it tried or how it ended ("the attempt to broker a truce" is another kind).
ATTEMPT_NOUNS = frozenset({"attempt"})
ATTEMPT_MODIFIERS = frozenset({"assassination", "murder", "kidnapping", "abduction", "bombing",
                               "arson", "attack", "failed", "foiled", "thwarted", "botched"})


def _told_scheme(tok: Token) -> bool:
    """Whether a word is a plot told before: "the plot", "the scheme", "the attempt"; a
    plan of another kind ("the evacuation plan", "the security plan"), or an attempt at
    something told after it ("the attempt to broker a truce"), is not."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                     for c in tok.children):
        return False
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if lemma(tok) in ATTEMPT_NOUNS:
        return all(lemma(c) in ATTEMPT_MODIFIERS for c in modifiers) and not any(
            c.dep_ in ("acl", "relcl", "prep") for c in tok.children)
    return lemma(tok) in SCHEME_NOUNS and not modifiers


# Relative pronouns by which a clause tells of the noun it hangs on.
_RELATIVES = frozenset({"which", "that"})


def _passive_scheme(verb: Token) -> bool:
    """Whether a passive verb tells of a plot told before: "the plot was run by X"; "the
    plot, which officials said was directed by X" (through the relative clause); "said
    the plot to bomb Y was ordered by X" however the parse hangs the plot (as the
    subject of a clausal subject, or of the clause before, beside the verb)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    # (the plot taken for the subject of its own clause: "the plot to bomb Y" as a
    # clausal subject whose subject is "the plot")
    subjects += [s for c in verb.children if c.dep_ in ("csubjpass", "csubj")
                 for s in c.children if s.dep_ == "nsubj"]
    if any(_told_scheme(c) for c in subjects):
        return True
    if any(c.lower_ in _RELATIVES for c in subjects):
        up = verb
        while up.dep_ == "ccomp" and up.head is not up:
            up = up.head
        return up.dep_ == "relcl" and _told_scheme(up.head)
    if subjects or verb.dep_ != "ccomp":
        return False
    before = [t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(before) and _told_scheme(before[-1]) and before[-1].head.head == verb.head


def scheme_senders(ctx: DocContext, verb: Token) -> list[str]:
    """"The plot was run by X", "the scheme had been ordered by X", "X was behind the
    plot": the bodies a sentence says sent a plot told before; "the plot was not ordered
    by X" names no sender."""
    heads: list[Token] = []
    if is_negated(verb):
        return []
    if lemma(verb) in DIRECTED | ORDERED_DEEDS and _passive_scheme(verb):
        heads = passive_agents(verb)
        if not heads and lemma(verb) in STEERING | ORDERED_DEEDS:
            # "the plot was directed from Iran", "was orchestrated from Tehran": the state
            # it was steered from (a country or its capital)
            heads = [p for _x, p in prep_objects(verb, FROM)
                     if (m := ctx.ents.at(p.i)) is not None and m.entity_id and (
                         ctx.is_country(m.entity_id) or capital_states(ctx, [p]))]
    elif lemma(verb) == "be" and any(_told_scheme(p) for _x, p in prep_objects(verb, BEHIND_PREPS)):
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    return bodies_named(ctx, heads)


def senders_told(ctx: DocContext, sent: Span) -> list[tuple[set[str], bool, list[str]]]:
    """The clauses of a sentence that say whom someone serves or was sent by ("he was
    acting on behalf of X", "Carter had been recruited by X"): for each, the persons its
    subject names, whether the subject only points back (a pronoun or "the suspect"),
    and the bodies it names."""
    out: list[tuple[set[str], bool, list[str]]] = []
    for verb in (t for t in sent if t.pos_ in ("VERB", "AUX") and not is_negated(t)):
        schemers = scheme_senders(ctx, verb)
        if schemers:
            out.append((set(), True, schemers))
            continue
        sent_ones = inherited_subjects(verb)
        if lemma(verb) in SERVING:
            bodies = bodies_named(ctx, served_by(verb))
        elif lemma(verb) in DIRECTED and any(c.dep_ == "auxpass" for c in verb.children):
            bodies = _senders(ctx, passive_agents(verb))
        elif lemma(verb) in DIRECTED and verb.pos_ == "VERB":
            # "the Revolutionary Guards had hired him", "the IRGC tasked X with the
            # killing": the sender is the subject (an armed body or a state), the one
            # sent the object
            bodies = [b for b in bodies_named(ctx, sent_ones) if ctx.etype(b) in ARMED_TYPES]
            sent_ones = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            continue
        for subj in sent_ones:
            people = {a for a in token_actors(ctx, subj) if ctx.etype(a) == "person"} or \
                _surname_told_before(ctx, subj)
            pointing = subj.lower_ in PLOTTER_PRONOUNS or (
                lemma(subj) in SUSPECT_NOUNS | PLOTTER_BANDS and subj.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in subj.children))
            if bodies and (people or pointing):
                out.append((people, pointing, bodies))
    return out


def _surname_told_before(ctx: DocContext, tok: Token) -> set[str]:
    """"Omid Rahimi ... the IRGC hired Rahimi": a lone name the linking left bare is the
    person named before in full whose last word it is."""
    if tok.pos_ != "PROPN" or ctx.ents.at(tok.i) is not None or any(
            c.dep_ == "compound" for c in tok.children):
        return set()
    return {m.entity_id for m in ctx.ents.mentions
            if m.entity_id and m.tok_end <= tok.i and m.tok_end - m.tok_start > 1 and
            ctx.etype(m.entity_id) == "person" and ctx.doc[m.tok_end - 1].text == tok.text}


def _senders(ctx: DocContext, agents: list[Token]) -> list[str]:
    """Who sent or hired someone, as the agents of "was hired by X" name them: a body, or
    a person with the body the phrase says he works for ("hired by X, a gang leader
    working for Y": X and Y)."""
    people = [a for a in tokens_actors(ctx, agents) if ctx.etype(a) == "person"]
    found = [*bodies_named(ctx, agents), *people, *_handlers_based(ctx, agents)]
    if people:
        found += [b for a in agents for b in principals(ctx, a)]
    return list(dict.fromkeys(found))


# Participles of where an unnamed sender sits: "a handler based in Iran".
IN_PREP = frozenset({"in"})
BASED = frozenset({"base", "station", "locate"})


def _handlers_based(ctx: DocContext, agents: list[Token]) -> list[str]:
    """"Directed by a handler based in X", "recruited by an officer stationed in X": the
    country an unnamed sender is told to sit in sends the one he directs (a town names
    none)."""
    places = [p for a in agents if a.pos_ == "NOUN" and not tokens_actors(ctx, [a])
              for c in a.children if c.dep_ == "acl" and lemma(c) in BASED
              for _x, p in prep_objects(c, IN_PREP)]
    return [a for a in tokens_actors(ctx, places) if ctx.is_country(a)]


def _hired_to_plot(ctx: DocContext, verb: Token) -> list[str]:
    """"The Quds Force hired X to kill Y", "Z directed X to bomb the embassy", "Z asked
    X to set fire to the synagogue": the one an active verb of sending or asking hires,
    sends or asks to do the deed plots too (a person or a group; a state sent is no
    hireling)."""
    sender = verb
    if lemma(verb) not in DIRECTED and verb.dep_ in ("advcl", "xcomp") and is_to_infinitive(verb):
        sender = verb.head
    if lemma(sender) not in SENDING or any(c.dep_ == "auxpass" for c in sender.children):
        return []
    return [a for a in tokens_actors(ctx, direct_objects(sender))
            if ctx.etype(a) == "person" or ctx.etype(a) in NON_STATE]


def _sent_to_plot(ctx: DocContext, verb: Token) -> list[str]:
    """"X had been recruited by Y to attack Z", "X was tasked by Y with planning the
    murder of Z": the one recruited, hired or sent plots, and so does the sender."""
    sender = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        sender = verb.head.head
    else:
        # "was told by Y to set aside other work and devise a plan to surveil and kill
        # Z": the infinitives, and the verbs joined to them, climb to the verb of sending
        for _ in range(5):
            if sender.dep_ == "conj" and sender.head.pos_ == "VERB" and \
                    sender.head.i < sender.i:
                sender = sender.head
            elif sender.dep_ == "acl" and is_to_infinitive(sender) and \
                    sender.head.dep_ == "dobj" and sender.head.head.pos_ == "VERB":
                sender = sender.head.head  # "to draw up a plan to kill Z"
            elif sender.dep_ in ("advcl", "xcomp") and is_to_infinitive(sender) and \
                    sender.head.pos_ == "VERB":
                sender = sender.head
                if lemma(sender) in SENDING:
                    break
            else:
                break
    if lemma(sender) not in SENDING or \
            not any(c.dep_ == "auxpass" for c in sender.children):
        return []
    sent = tokens_actors(ctx, [c for c in sender.children if c.dep_ == "nsubjpass"])
    return sent + bodies_named(ctx, passive_agents(sender))


def _sent_there(ctx: DocContext, verb: Token) -> list[str]:
    """"X sent Y to Z, where he planned to kill W", "Y was sent to Z by X, where ...": the
    plot told in a clause on the place someone was sent to is the sender's too."""
    place = verb.head
    if verb.dep_ != "relcl" or place.dep_ != "pobj" or place.head.dep_ not in ("prep", "dative"):
        return []
    sender = place.head.head
    if lemma(sender) not in DIRECTED:
        return []
    if any(c.dep_ == "auxpass" for c in sender.children):
        return bodies_named(ctx, passive_agents(sender))
    return bodies_named(ctx, [c for c in sender.children if c.dep_ == "nsubj"])


# Verbs whose object is the other party of a meeting: "met X", "received X", "hosted X".
MEETING_PARTNER_VERBS = frozenset({"meet", "receive", "host", "welcome", "call", "phone"})
# Prepositions of time whose "-ing" clause tells a meeting done by the main verb's subject
# ("signed it after receiving the envoy").
TIME_PREPS = frozenset({"after", "before", "upon", "on"})
# What one holds with a partner: "held talks with X", "had a meeting with Y".
TALK_WORDS = frozenset({"talk", "meeting", "discussion", "consultation", "negotiation",
                        "conversation", "call"})


def named_party(ctx: DocContext, tok: Token) -> str | None:
    """The named person or body a meeting party's phrase stands for: the person in
    apposition ("the IRGC commander, X") before the body that titles him, else the
    phrase's own name; a bare title ("Iraqi officials") names no party. An apposition
    whose name also covers a word joined to the phrase is that other party's name, torn
    in two by the parse ("X and Asaib Ahl al-Haq met": "al-Haq" is no title of X)."""
    for cand in (*(c for c in tok.children if c.dep_ == "appos"), tok):
        m = ctx.ents.at(cand.i)
        if cand is not tok and m is not None and any(
                m.tok_start <= c.i < m.tok_end for c in tok.conjuncts):
            continue
        if m is not None and m.entity_id and ctx.can_act(m) and m.tok_end - 1 == cand.i:
            return _acting(ctx, m)
    return None


def meeting_parties(ctx: DocContext, tok: Token, verb: Token | None) -> tuple[list[str],
                                                                                list[str]]:
    """The hosts and the partners of a meeting: "X spoke by telephone with Y", "X chaired a
    meeting of the Y committee", "X met Y", "X and Y opened talks"."""
    hosts: list[Token] = []
    partners: list[Token] = []
    if verb is not None:
        hosts += [s for s in inherited_subjects(verb) if s.dep_ != "nsubjpass"]
        if not hosts and verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS and \
                verb.head.head.pos_ in ("VERB", "AUX"):
            # "X signed the letter after receiving Y": the one who signs received Y
            hosts += [s for s in inherited_subjects(verb.head.head) if s.dep_ != "nsubjpass"]
        if lemma(verb) in MEETING_PARTNER_VERBS:
            partners += direct_objects(verb)
        partners += [p for _x, p in prep_objects(verb, WITH)]
        if lemma(verb) == "hand":  # "handed their letters to the mediator, X"
            partners += [p for c in verb.children if c.dep_ in ("prep", "dative") and
                         c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        for c in verb.children:  # "spoke by telephone with X", "met in Doha with X"
            if c.dep_ in ("prep", "agent"):
                partners += [p for o in c.children if o.dep_ == "pobj"
                             for _x, p in prep_objects(o, WITH)]
        # "held talks with X": the parse may hang the "with" on the talks
        partners += [p for o in direct_objects(verb) if lemma(o) in TALK_WORDS
                     for _x, p in prep_objects(o, WITH)]
    if tok.pos_ in ("NOUN", "PROPN"):
        partners += [p for _x, p in prep_objects(tok, PARTNER_PREPS)]
        partners += [p for _x, p in prep_objects(tok, OF)
                     if ctx.etype_of_token(p) in ("state_body", "coalition")]
    partners += [c for p in partners for c in p.conjuncts]
    # "with his Russian and Turkish counterparts, X and Y": every name the apposition lists
    listed = [a for p in partners for a in [*(c for c in p.children if c.dep_ == "appos"),
                                            *_names_after_title(p)]]
    partners += [n for a in listed for n in (a, *a.conjuncts) if n not in partners]
    hosts += [c for h in hosts for c in h.conjuncts if c not in hosts]
    hosts += [e for e in envoys_of(ctx, hosts) if e not in hosts]
    partners += envoys_of(ctx, partners)
    partner_ids = [p for t in partners if (p := named_party(ctx, t))]
    return list(dict.fromkeys(party_ids(ctx, hosts))), list(dict.fromkeys(partner_ids))


def _names_after_title(title: Token) -> list[Token]:
    """"met with his counterparts, X and Y": the name told after a comma that follows a
    title, which the parse may hang on the verb rather than on the title."""
    doc = title.doc
    if title.pos_ != "NOUN" or title.i + 2 >= len(doc) or doc[title.i + 1].text != ",":
        return []
    name = doc[title.i + 2]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return [name] if name.pos_ == "PROPN" and name.dep_ in ("npadvmod", "appos") and \
        name.head.i in (title.i, title.head.i, title.head.head.i) else []


def envoys_of(ctx: DocContext, tokens: list[Token]) -> list[Token]:
    """"Representatives of X and Y", "a delegation from X", "Hezbollah officials": the
    words for the parties whose envoys a bare title names (a title with the name of its
    holder beside it names that person instead)."""
    out: list[Token] = []
    for tok in tokens:
        if lemma(tok) not in ctx.ontology.official_nouns or any(
                c.dep_ == "appos" for c in tok.children):
            continue  # "Iran's foreign minister, X": the person named is the party
        sent = [p for _x, p in prep_objects(tok, OF | FROM)]
        sent += [c for p in sent for c in p.conjuncts]
        out += sent + [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")]
    return [t for t in out if ctx.can_act(ctx.ents.at(t.i))]


def party_ids(ctx: DocContext, tokens: list[Token]) -> list[str]:
    """The parties some words stand for: the party each names ("the Hamas delegation"),
    else the actors the word links to."""
    out: list[str] = []
    for tok in tokens:
        named = named_party(ctx, tok)
        out += [named] if named else token_actors(ctx, tok)
    return out
