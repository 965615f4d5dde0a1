"""A definite title that stands for the person named just before it.

"X, who heads Y, gave a televised speech. The cleric said ..." and "X met
reporters in Tehran. The foreign minister warned ..." tell the speaker by a title
made definite: the one person the sentence before has as its subject, in the same
paragraph, when the title's own sentence names no one before it. A title the
pack's record of that person contradicts ("X, the prime minister, spoke. The
defence minister said ...": another man) stands for no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.context import DocContext
from axiswatch.extract.triggers import lemma
from axiswatch.nlp.tokens import sentence_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from axiswatch.nlp.linking import LinkedMention

# Titles any leading or speaking man of a movement or state may be told by again,
# whatever office the pack records for him.
PLAIN_TITLES = frozenset({"cleric", "leader", "commander", "official", "chief", "figure",
                          "militant", "politician"})
# Titles of an office, which stand for a man the pack records in another office only
# when it records none.
OFFICES = frozenset({"minister", "president", "premier", "spokesman", "spokeswoman",
                     "spokesperson", "secretary-general", "ambassador", "envoy", "general"})
# Words that describe a man without naming another office ("the senior commander",
# "the firebrand cleric", "the rebel leader").
DESCRIBING = frozenset({"senior", "top", "veteran", "powerful", "influential", "firebrand",
                        "shiite", "shia", "sunni", "rebel", "militia", "group", "movement",
                        "hardline", "hardliner", "prominent", "former", "longtime", "elderly",
                        "outspoken", "radical", "militant", "religious", "military",
                        "political"})
# Verbs a speaker declares by.
DECLARING = frozenset({"say", "warn", "threaten", "vow", "pledge", "promise", "deny", "add",
                       "declare", "announce", "insist", "stress", "reiterate", "tell",
                       "state", "claim", "signal", "accuse", "urge", "call", "demand",
                       "reject", "refuse", "dismiss", "condemn", "blame", "confirm"})


def titled_person_before(ctx: DocContext, tok: Token) -> str | None:
    """The person a definite title that speaks stands for ("The cleric said"), else
    ``None``."""
    title = lemma(tok)
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or title not in PLAIN_TITLES | OFFICES or \
            tok.dep_ != "nsubj" or lemma(tok.head) not in DECLARING or \
            ctx.ents.at(tok.i) is not None:
        return None
    dets = [c for c in tok.children if c.dep_ == "det"]
    if [d.lower_ for d in dets] != ["the"] or any(
            c.dep_ not in ("det", "amod", "compound") for c in tok.children):
        return None  # "a cleric", "the leader of X", "the cleric, X,": not this rule's
    sent = tok.sent
    before = sentence_before(sent)
    if before is None or any(not _where_told(ctx, m) for m in ctx.mentions_of(
            list(sent[:tok.i - sent.start]))):
        return None  # (a place the title speaks in names no one: "Speaking in Beirut, ...")
    person = _subject_person(ctx, before)
    if person is None:
        return None
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    return person if _fits(ctx, person, title, modifiers) else None


# Prepositions that tell where something was said or done.
WHERE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "inside"})


def _where_told(ctx: DocContext, m: LinkedMention) -> bool:
    """Whether a mention only tells a place: a place, or a country's adjective on a
    place noun, in a phrase of where ("Speaking in the Lebanese capital", "In Tehran,")."""
    root = ctx.doc[m.tok_end - 1]
    if m.etype != "place" and m.label != "NORP":
        return False
    while root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPOSITIONS


def _subject_person(ctx: DocContext, sent: Span) -> str | None:
    """The one person a sentence names as its subject (or in apposition to it): not one
    acted on ("police arrested X. The official said ..." is a police official)."""
    people = [m for m in ctx.mentions_of(list(sent)) if m.etype == "person" and m.entity_id]
    subjects = {m.entity_id for m in people if _subject_name(ctx, m)}
    return subjects.pop() if len(subjects) == 1 else None


def _subject_name(ctx: DocContext, m: LinkedMention) -> bool:
    head = ctx.doc[m.tok_end - 1]
    while head.dep_ in ("appos", "conj", "compound") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj"


def _fits(ctx: DocContext, person: str, title: str, modifiers: list[Token]) -> bool:
    """Whether the pack's record of a person allows the title: an office he is recorded
    to hold (every word of it: "the foreign minister" for a foreign minister), a plain
    title for anyone, and nationality only of his country."""
    entry = ctx.linker.pack.entries.get(person)
    recorded = (getattr(entry, "title", None) or "").lower() if entry is not None else ""
    for mod in modifiers:
        m = ctx.ents.at(mod.i)
        if m is not None:
            if not (m.entity_id and ctx.is_country(m.entity_id) and
                    ctx.country(m.entity_id) == ctx.country(person)):
                return False  # "the Hezbollah leader", "the Iraqi minister" for an Iranian
        elif mod.lower_ not in DESCRIBING and mod.lower_ not in recorded.split():
            return False  # "the defence minister" for a man recorded as prime minister
    return title not in OFFICES or not recorded or title in recorded.split()


# Titles of the one man who leads a body ("its secretary-general", "the group's leader").
HEAD_TITLES = frozenset({"leader", "head", "chief", "chairman", "secretary-general",
                         "general"})


def leader_named_before(ctx: DocContext, head: Token, bodies: list[str]) -> str | None:
    """"X was named to lead the group in October ... The group's secretary-general
    vowed ...": the man a body's leading title stands for is the one named before in
    the report whom the pack records leading that body when the report was written; a
    title made narrower ("deputy leader", "military chief") is another man's."""
    title = lemma(head)
    if title == "general" and not (head.i >= 2 and head.doc[head.i - 1].text == "-" and
                                   head.doc[head.i - 2].lower_ == "secretary"):
        return None
    if title not in HEAD_TITLES or head.dep_ != "nsubj" or \
            lemma(head.head) not in DECLARING or len(bodies) != 1 or any(
                c.dep_ in ("amod", "compound", "appos", "prep", "relcl", "acl") and
                not (c.lower_ == "secretary" and title == "general")
                for c in head.children):
        return None
    published = ctx.document.published or ""
    found: str | None = None
    for m in ctx.ents.mentions:
        if m.tok_start >= head.i:
            break
        entry = ctx.linker.pack.entries.get(m.entity_id or "")
        if m.etype != "person" or entry is None:
            continue
        if any(link.id == bodies[0] and (not link.to or not published or
                                          link.to >= published[:len(link.to)]) and
               (not link.from_ or not published or link.from_[:len(published)] <= published)
               for link in getattr(entry, "leader_of", None) or ()):
            found = m.entity_id
    return found


def hyphen_title(tok: Token) -> bool:
    """Whether a word ends a title written with hyphens, which the tagger may take for a
    name or an adjective ("secretary-general", "commander-in-chief")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].pos_ == "NOUN" and \
        doc[tok.i - 2].head.i in (tok.i, tok.i - 2) and not tok.ent_type_


# Plural nouns of a country's armed groups told as one ("the Iraqi factions").
COLLECTIVE_NOUNS = frozenset({"faction", "militia"})
# How the pack names a country's armed groups as one ("Iraqi armed factions").
COLLECTIVE_NAMES = ("{} armed factions", "{} militias", "{} armed groups")


def collective_speaker(ctx: DocContext, tok: Token, named_before: bool) -> str | None:
    """"The Iraqi factions warned that they would ...": a country's factions or
    militias told as one, speaking, with no group named before them, are the label the
    pack keeps for that country's armed groups ("Iraqi armed factions"); after a group
    is named they may be that group's allies or the group itself, and are left alone."""
    if named_before or lemma(tok) not in COLLECTIVE_NOUNS or tok.tag_ != "NNS" or \
            tok.dep_ != "nsubj" or lemma(tok.head) not in DECLARING or \
            ctx.ents.at(tok.i) is not None:
        return None
    modifiers = [c for c in tok.children if c.dep_ not in ("det", "punct")]
    if len(modifiers) != 1 or modifiers[0].dep_ != "amod" or any(
            c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
        return None
    m = ctx.ents.at(modifiers[0].i)
    if m is None or m.label != "NORP" or not m.entity_id or not ctx.is_country(m.entity_id):
        return None
    return _collective_label(ctx, m.entity_id, (modifiers[0].text,))


def _collective_label(ctx: DocContext, country_id: str, adjectives: tuple[str, ...]) -> str | None:
    """The one armed group the pack names as a country's armed groups told as one."""
    country = ctx.country(country_id)
    found = {i for adj in adjectives for form in COLLECTIVE_NAMES
             for i in ctx.linker.pack.lookup(form.format(adj))
             if ctx.etype(i) == "armed_group" and ctx.country(i) == country}
    return found.pop() if len(found) == 1 else None


def owned_collective_speaker(ctx: DocContext, tok: Token, named_before: bool) -> str | None:
    """"Iraq's armed factions warned that ...", "Syria's militias vowed ...": a country's
    factions or militias told with its name as owner, speaking, with no group named
    before them, are the label the pack keeps for that country's armed groups, told by
    the country's adjective; the country itself is not among them."""
    if named_before or lemma(tok) not in COLLECTIVE_NOUNS or tok.tag_ != "NNS" or \
            tok.dep_ != "nsubj" or lemma(tok.head) not in DECLARING or \
            ctx.ents.at(tok.i) is not None:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    others = [c for c in tok.children if c.dep_ not in ("poss", "punct") and
              not (c.dep_ == "amod" and c.lower_ == "armed")]
    if len(owners) != 1 or others:
        return None
    m = ctx.ents.at(owners[0].i)
    if m is None or m.label != "GPE" or not m.entity_id or not ctx.is_country(m.entity_id):
        return None
    entry = ctx.linker.pack.entries.get(m.entity_id)
    adjectives = tuple(getattr(entry, "demonyms", ()) or ())
    return _collective_label(ctx, m.entity_id, adjectives) if adjectives else None
