"""Who declares a statement: the speaker of the saying verb over it.

"A spokesman said the United States would respond" after "The Pentagon
reacted coolly" is the Pentagon's statement; "spokesman X said Iran played no
part and rejected the claims" is X's. A state named as the one who acts in
what its own body or official says is the speaker's voice, not a second party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import NON_STATE
from axiswatch.extract.roles import SAYING, claimants, tokens_actors
from axiswatch.extract.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from axiswatch.model import Event

SPOKESPEOPLE = frozenset({"spokesman", "spokesperson", "spokeswoman", "spokesmen", "official",
                          "officials"})
# Words of a title that name the body its holder speaks for.
BODY_NOUNS = frozenset({"ministry", "police", "army", "military", "department", "office",
                        "mission", "command", "agency"})
SPEAKING = SAYING | frozenset({"warn", "threaten", "vow", "pledge", "promise", "deny",
                               "signal", "stress", "reiterate"})


def saying_verb(tok: Token) -> Token | None:
    """The saying verb whose reported clause holds ``tok`` ("X said Y would respond")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ccomp" and lemma(cur.head) in SPEAKING and cur.head.pos_ == "VERB":
            return cur.head
        if cur.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _last_body_before(ctx: DocContext, token_index: int, sentences: int = 2) -> str | None:
    """The last state body or group named in the few sentences before a token ("The
    Pentagon reacted coolly. A spokesman said ...")."""
    doc = ctx.doc
    start = doc[token_index].sent.start
    for _ in range(sentences - 1):
        if start > 0:
            start = doc[start - 1].sent.start
    best: str | None = None
    for m in ctx.ents.mentions:
        if m.tok_start >= token_index:
            break
        if m.tok_start >= start and m.entity_id and m.etype in ("state_body", *NON_STATE):
            best = m.entity_id
    return best


def speakers(ctx: DocContext, tok: Token) -> list[str]:
    """Who declares what a trigger in a reported clause states: the subject of the
    saying verb, or for "a spokesman" the body named just before."""
    verb = saying_verb(tok)
    if verb is None:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    out = tokens_actors(ctx, subj)
    if not out and any(lemma(s) in SPOKESPEOPLE for s in subj):
        # "A spokesman said"; a body named in the clause said ("the attack bore the
        # hallmarks of X, officials said") is what is said of, not who says it
        clause = min((c.left_edge.i for c in verb.children
                      if c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i),
                     default=subj[0].i)
        body = _last_body_before(ctx, min(subj[0].i, clause))
        if body is not None:
            out.append(body)
    for s in subj:  # "Foreign ministry spokesman X said": X speaks for the ministry
        m = ctx.ents.at(s.i)
        entry = ctx.linker.pack.entries.get(m.entity_id) if m and m.entity_id else None
        if entry is None or not any(lemma(t) in BODY_NOUNS for t in s.subtree if t.i < s.i):
            continue
        for link in [*(getattr(entry, "member_of", None) or ()),
                     *(getattr(entry, "leader_of", None) or ())]:
            if link.id not in out and ctx.etype(link.id) == "state_body":
                out.append(link.id)
    return out


# Possessives by which a reported clause tells of the speaker's own people ("killing two
# of its fighters"): a group telling of its losses claims nothing.
OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def reporting_group(ctx: DocContext, tok: Token) -> list[str]:
    """"Three rockets hit the base, the group said": an armed group that reports an
    attack no one is named to have done is telling of its own deed; a group telling of
    its own losses, or a state or an official reporting, claims nothing."""
    verb = saying_verb(tok)
    if verb is None or any(t.lower_ in OWN_POSSESSIVES for c in verb.children
                           if c.dep_ == "ccomp" for t in c.subtree):
        return []
    # the group named as the sayer, not one guessed for "officials said"; a group's
    # spokesman or leader speaks for it ("..., Yahya Saree said")
    said_by = claimants(ctx, tokens_actors(ctx, [c for c in verb.children
                                                 if c.dep_ == "nsubj"]))
    groups = [a for a in said_by if armed_voice(ctx, a)]
    return groups if len(groups) == 1 else []


def armed_voice(ctx: DocContext, entity_id: str) -> bool:
    """Whether a party telling of an attack tells of its own: an armed or front group,
    or an alliance of one country's factions; a multinational force ("the US-led
    coalition said 30 rockets hit the base"), which has no one country, reports the
    attacks on it."""
    etype = ctx.etype(entity_id)
    return etype in ARMED_GROUPS or (etype in NON_STATE and ctx.country(entity_id) is not None)


ARMED_GROUPS = frozenset({"armed_group", "front_group"})


def bodies_of(ctx: DocContext, person: str) -> set[str]:
    """The groups and bodies a person of the pack leads or belongs to."""
    entry = ctx.linker.pack.entries.get(person)
    if entry is None:
        return set()
    return {link.id for link in [*(getattr(entry, "member_of", None) or ()),
                         *(getattr(entry, "leader_of", None) or ())]}


def with_speaker(ctx: DocContext, tok: Token, found: list[str]) -> list[str]:
    """The actors of a statement: a state named as the subject of what its own body or
    official says ("a Pentagon spokesman said the United States would respond", "the
    spokesman said Iran played no part and rejected ...") is the speaker's voice; the
    speaker declares it. A state's act told first, with its body's word after it
    ("Iraq recalled its ambassador, the foreign ministry said"), is declared by both;
    what the state will do, so told, is the body's word alone. A member or leader who
    says what their own group will do ("its spokesman said the group would keep up its
    attacks") declares it with the group."""
    said_by = speakers(ctx, tok)
    if len(said_by) > 1 and set(found) < set(said_by) and _told_as_they(tok):
        found = said_by  # "Iran and Iraq said they would ...": all who say it
    members = [a for a in said_by if ctx.etype(a) == "person" and a not in found
               and bodies_of(ctx, a) & set(found)]
    found = [*members, *found]
    voices = {ctx.country(a) for a in said_by if not ctx.is_country(a)} - {None}
    if not voices or not any(ctx.is_country(a) and ctx.country(a) in voices for a in found):
        return found
    verb = saying_verb(tok)
    if verb is not None and verb.i > tok.i and not any(
            c.dep_ == "ccomp" and _modal(c) for c in verb.children):
        # "Iraq recalled its ambassador, the foreign ministry said": the state's own act,
        # which its body tells after it; both declare it ("Iran will not stand idle, the
        # ministry said" is the body's word on what its state will do)
        return list(dict.fromkeys([*found, *said_by]))
    kept = [a for a in found if not (ctx.is_country(a) and ctx.country(a) in voices)]
    return list(dict.fromkeys([*said_by, *kept]))


def _told_as_they(tok: Token) -> bool:
    """Whether the clause a saying verb reports, holding ``tok``, has the sayers as its
    subject again ("X and Y said they would ...", "... that we will ...")."""
    verb = saying_verb(tok)
    return verb is not None and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("they", "we")
        for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i
        for s in c.children)


def _modal(verb: Token) -> bool:
    """Whether a clause tells what will or would be done ("will not stand idle")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# Nouns by which a leader or spokesman names, as the subject of what he says, the group
# he speaks for ("said the group would ...", "warned that his movement would ...").
OWN_GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction", "organization",
                             "organisation", "party"})
OWN_GROUP_DETERMINERS = frozenset({"the", "his", "her", "our"})


def _names_own_group(subj: Token) -> bool:
    """Whether a reported clause's subject is the speaker's group told again ("the
    group", "his movement"), not a group named by name or a possessor's thing ("the
    group's response")."""
    return lemma(subj) in OWN_GROUP_NOUNS and subj.pos_ == "NOUN" and \
        subj.tag_ == "NN" and any(c.dep_ in ("det", "poss") and
                                  c.lower_ in OWN_GROUP_DETERMINERS for c in subj.children)


def _titled_group(ctx: DocContext, verb: Token, person: str) -> str | None:
    """The group or body the speaker's title names ("Houthi leader X", "X, the leader of
    Y", "Y's secretary-general X"), else the one group the pack says he leads or
    belongs to."""
    named = {m.entity_id for s in verb.children if s.dep_ == "nsubj"
             for m in ctx.mentions_of(list(s.subtree))
             if m.entity_id and m.entity_id != person and
             ctx.etype(m.entity_id) in ("state_body", *NON_STATE)}
    if len(named) == 1:
        return named.pop()
    # "its secretary-general, X, said the group would ...": the group the title's
    # possessor stands for
    owners = {a for s in verb.children if s.dep_ == "nsubj" for t in s.subtree
              if t.dep_ == "poss" and ctx.ents.at(t.i) is None and
              (t.pos_ == "PRON" or lemma(t) in OWN_GROUP_NOUNS)
              for a in tokens_actors(ctx, [t]) if ctx.etype(a) in NON_STATE}
    if not named and len(owners) == 1:
        return owners.pop()
    own = {b for b in bodies_of(ctx, person) if ctx.etype(b) in NON_STATE}
    return own.pop() if len(own) == 1 else None


def with_own_group(ctx: DocContext, tok: Token, actors: list[str]) -> list[str]:
    """The actors of a statement whose speaker tells what his own group will do: "X's
    leader Y warned that the group would escalate" declares it for the group as well as
    for the man who speaks (a president telling what "the government" will do, or a
    leader telling what "the group's response" is, speaks for himself)."""
    verb = tok if lemma(tok) in SPEAKING and tok.pos_ == "VERB" else saying_verb(tok)
    if verb is None:
        return actors
    told = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")]
    if not any(_names_own_group(s) for s in told):
        return actors
    out = list(actors)
    for person in [a for a in actors if ctx.etype(a) == "person"]:
        group = _titled_group(ctx, verb, person)
        if group is not None and group not in out:
            out.append(group)
    return out


def _sentence_of(ctx: DocContext, ev: Event) -> Span | None:
    """The parsed sentence an event's evidence begins in."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    return None if span is None or not len(span) else span[0].sent


def voices_told_after(ctx: DocContext, events: list[Event]) -> None:
    """"Iran denied any role. A spokesman for its foreign ministry said ...": a state's
    statement whose next sentence, in the same paragraph and telling no event of its
    own, gives the word of one of the state's bodies is declared by that body too."""
    doc = ctx.doc
    told = {sent.start for sent in (_sentence_of(ctx, ev) for ev in events) if sent}
    for ev in events:
        states = {ctx.country(a) for a in ev.actors}
        sent = _sentence_of(ctx, ev)
        if ev.type != "statement" or not ev.actors or sent is None or \
                not all(ctx.is_country(a) for a in ev.actors) or sent.end >= len(doc):
            continue
        after = doc[sent.end].sent
        if after.start in told or "\n" in doc[sent.end - 1:after.start + 1].text or \
                lemma(after.root) not in SPEAKING:
            continue
        said_by = tokens_actors(ctx, [c for c in after.root.children if c.dep_ == "nsubj"])
        ev.actors += [a for a in said_by if ctx.etype(a) == "state_body" and
                      ctx.country(a) in states and a not in ev.actors]


# Words by which a body's word after a blow refers back to it: "the strike", "the attack".
BLOW_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "operation", "killing",
                        "assassination", "barrage", "salvo", "death"})
OWN_DOERS = frozenset({"it", "its", "they", "their", "we", "our"})


def _tells_of_blow(root: Token) -> bool:
    """Whether a body's word refers back to a blow just told: "said it carried out the
    strike", "said its jets struck ...", "said the attack was a response to ...",
    "announced his death"."""
    told = [t for c in root.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree]
    return any(lemma(t) in BLOW_NOUNS and t.pos_ == "NOUN" and any(
        d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "his", "their", "its")
        for d in t.children) for t in told) or any(
        t.lower_ in OWN_DOERS and t.dep_ in ("nsubj", "poss") and t.head.dep_ in (
            "ccomp", "nsubj") for t in told)


def blow_voices_told_after(ctx: DocContext, events: list[Event]) -> None:
    """"A US drone strike killed a senior commander. US Central Command said it carried
    out the strike": a state's killing whose next sentences (the next paragraph's
    opening, after a lede) give the word of one of the state's bodies on that blow is
    done by that body too."""
    doc = ctx.doc
    for ev in events:
        states = {ctx.country(a) for a in ev.actors}
        sent = _sentence_of(ctx, ev)
        if ev.type != "killing" or not ev.actors or sent is None or \
                not all(ctx.is_country(a) for a in ev.actors):
            continue
        end = sent.end
        for _ in range(2):  # the lede's blow, its doer's word opening the next paragraph
            if end >= len(doc):
                break
            after = doc[end].sent
            end = after.end
            if lemma(after.root) not in SPEAKING or not _tells_of_blow(after.root):
                continue
            said_by = tokens_actors(ctx, [c for c in after.root.children
                                          if c.dep_ == "nsubj"])
            bodies = [a for a in said_by if ctx.etype(a) == "state_body" and
                      ctx.country(a) in states and a not in ev.actors]
            ev.actors += bodies
            if bodies:
                break
