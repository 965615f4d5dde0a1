"""Arguments of an event trigger from the dependency parse.

Pure helpers over spaCy tokens: who did it (subject, passive agent, "by X",
possessor, modifier), to whom or what (object, "on/at/against X"), where
("in/at/near X"), and the span of the clause that states it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from axiswatch.nlp.tokens import doc_tokens, text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
TARGET_PREPS = frozenset({"on", "against", "at", "targeting", "toward", "towards", "into",
                          "upon", "of"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "on",
                         "into", "off", "over", "within", "throughout"})
# Single prepositions and the place pair that rules hand to ``prep_objects``, built once.
OF = frozenset({"of"})
WITH = frozenset({"with"})
FOR = frozenset({"for"})
INTO = frozenset({"into"})
BY = frozenset({"by"})
FROM = frozenset({"from"})
THROUGH = frozenset({"through"})
ON = frozenset({"on"})
TO = frozenset({"to"})
AS = frozenset({"as"})
AT = frozenset({"at"})
AGAINST = frozenset({"against"})
IN_AT = frozenset({"in", "at"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "pcomp",
                         "parataxis"})
# Verbs by which a body is begun ("founded in 2011", "set up by the IRGC").
FOUND_VERBS = frozenset({"found", "establish", "create", "form", "set"})
# Verbs that set an event after, before or in answer to another ("the strike followed
# attacks on X"): their object is that other event, with its own place and date.
SEQUENCE_VERBS = frozenset({"follow", "precede", "coincide", "trail", "answer"})
# Verbs whose object is the event itself: "conducted an attack", "claimed the strike".
LIGHT_VERBS = frozenset({"conduct", "carry", "launch", "stage", "mount", "claim", "execute",
                         "perpetrate", "commit", "undertake", "include", "endorse", "make",
                         "hold", "issue", "orchestrate", "plan", "order", "direct",
                         "ensure", "oversee", "organize", "organise", "facilitate",
                         "coordinate", "arrange", "provide", "lead", "begin", "start",
                         "continue", "resume", "escalate", "intensify", "step", "keep",
                         "offer", "unseal", "announce", "impose", "file", "bring",
                         "commission"})


def subtree_tokens(token: Token, *, skip_deps: Iterable[str] = (), deep: bool = False
                   ) -> list[Token]:
    """The tokens of ``token``'s subtree, leaving out ``token``'s children with
    ``skip_deps`` (every descendant's, when ``deep``)."""
    skip = set(skip_deps)
    table = doc_tokens(token.doc)
    children, dep = table.children, table.dep
    out: list[int] = []
    stack = [token.i]
    while stack:
        i = stack.pop()
        out.append(i)
        stack.extend(c for c in children[i] if dep[c] not in skip or (i != token.i and not deep))
    return [table.tokens[i] for i in sorted(out)]


def governing_verb(token: Token, *, max_steps: int = 6) -> Token | None:
    """The nearest verb (or auxiliary as main verb) above ``token``, itself included."""
    cur = token
    for _ in range(max_steps):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def first_conjunct(tok: Token) -> Token:
    """The first of a list a word closes: "imposed travel bans and sanctions" puts the
    sanctions under the verb only through the bans."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subjects(verb: Token) -> list[Token]:
    """The subject heads of a verb, with their conjuncts ("X and Y launched")."""
    out: list[Token] = []
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or _aux_subjects(verb) or \
        inverted_speaker(verb)
    for child in found:
        if _line_label(child, found):
            continue
        child = _past_dateline(child)
        out.append(child)
        out.extend(child.conjuncts)
        out.extend(_companions(child))
    if out:  # "X, joined by Y, struck": the parse may hang the aside on the verb
        out.extend(_companions(verb, before=verb.i))
    return out


def _aux_subjects(verb: Token) -> list[Token]:
    """"X is today designating Y": with a word between the auxiliary and the verb, the
    parse may hang the subject on the auxiliary; it is the verb's."""
    return [s for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i
            for s in a.children if s.dep_ in SUBJECT_DEPS and s.i < a.i]


# Verbs of saying whose speaker may follow them when the words come first ("'We will
# respond,' warned a spokesman for X"; "..., vowed the group's leader").
INVERTED_SAYING = frozenset({"say", "warn", "vow", "threaten", "add", "insist", "declare",
                             "announce", "pledge", "promise", "stress", "state", "deny"})
# Titles of those who speak for a body ("warned the commander of X").
SPEAKER_TITLES = frozenset({"spokesman", "spokesperson", "spokeswoman", "spokesmen", "commander",
                            "leader", "chief", "head", "minister", "official", "statement",
                            "representative", "secretary-general"})
# What closes the words said before such a verb.
WORDS_CLOSED = frozenset({",", "\"", "'", "\u201d", "\u2019", "''"})


def inverted_speaker(verb: Token) -> list[Token]:
    """"'We will respond,' warned a spokesman for X": the parse may take a speaker put
    after a verb of saying, with the words said before it, for the verb's object; with
    no subject of its own and the words right before it, that object is who speaks."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INVERTED_SAYING or verb.i == 0 or \
            verb.doc[verb.i - 1].text not in WORDS_CLOSED:
        return []
    spoken = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i][:1]
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return spoken
    # "Any attack will be met with force, warned the commander of X": the parse may join
    # the verb to the words as a second clause; only a speaker's title is then taken for
    # the speaker ("struck the base, warned the Americans": whom the doers warned)
    if verb.dep_ in ("parataxis", "dep") and verb.head.i < verb.i:
        return spoken  # "Attacks will keep coming, warned X": the tag hung on the words
    joined = verb.dep_ == "conj" and verb.head.i < verb.i
    return [c for c in spoken if c.lemma_.lower() in SPEAKER_TITLES] if joined else []


# Nouns of acting jointly: "X, in coordination with Y, imposed sanctions".
JOINT_NOUNS = frozenset({"coordination", "conjunction", "concert", "partnership", "tandem"})


def _companions(head: Token, before: int | None = None) -> list[Token]:
    """"X, joined by Y, struck", "X, along with Y, struck", "together with Y", "alongside
    Y", "in coordination with Y": a companion set off beside the subject (``head``) does
    the deed with it; on the verb (``head`` with ``before`` its index), only an aside
    before it counts. The parse may hang the aside on the comma that opens it."""
    out: list[Token] = []
    asides = [g for c in head.children if c.dep_ == "punct" for g in c.children
              if g.dep_ == "prep"]
    for child in [*head.children, *asides]:
        if before is not None and child.i > before:
            continue
        if child.dep_ in ("acl", "advcl") and child.lemma_.lower() == "join" and \
                child.tag_ == "VBN":
            out += [o for a in child.children if a.dep_ == "agent"
                    for o in a.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "along":
            out += [o for w in child.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep" and (child.lower_ == "alongside" or (
                child.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ == "together"
                                               for a in child.children))):
            out += [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "in":
            out += [o for n in child.children if n.dep_ == "pobj" and n.lower_ in JOINT_NOUNS
                    for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj"]
    return [c for o in out for c in (o, *o.conjuncts)]


# Marks that end the label of a bulletin entry ("Iran Update, March 12: ...").
LABEL_MARKS = frozenset({":", "\u2014", "\u2013", "--"})


def _line_label(subj: Token, found: list[Token]) -> bool:
    """"Iran Update, March 12: Kataib Hezbollah threatened ...": the parse may take the
    label that opens a bulletin's entry for a second subject of its first verb; a subject
    closed by a colon or a dash before another subject of the verb labels the line."""
    last = subj.right_edge
    doc = subj.doc
    mark = last if last.text in LABEL_MARKS else (
        doc[last.i + 1] if last.i + 1 < len(doc) else last)
    return mark.text in LABEL_MARKS and any(other.i > mark.i for other in found)


def _past_dateline(subj: Token) -> Token:
    """"SANAA - The Houthis vowed ...": a dateline in capitals opening the sentence,
    which the parse may take for the subject with the real one as its apposition; the
    apposition is the subject."""
    if subj.i != subj.sent.start or not subj.text.isupper() or len(subj.text) < 3:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos"), subj)


def passive_agents(verb: Token) -> list[Token]:
    """The ``by X`` objects of a passive verb, also where the parse hangs them on the
    verb's complement ("was designated (as) a terrorist group by X")."""
    out: list[Token] = []
    holders = [verb, *_passive_complements(verb)]
    for child in (c for h in holders for c in h.children):
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                # "by the end of the year", "by Friday": a time limit, no agent
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME"):
                    out.append(pobj)
                    out.extend(pobj.conjuncts)
    if not out and any(c.dep_ == "auxpass" for c in verb.children):
        # "is armed, funded and trained by X": participles in a row share the last one's "by"
        for part in verb.children:
            if part.dep_ in ("conj", "advcl") and _participle(part) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in part.children):
                out = _shared_agents(part)
                if out:
                    break
    return out


def _shared_agents(part: Token) -> list[Token]:
    """The ``by X`` of the last participle of a row ("armed, funded and trained by X"),
    through the participles the parse hangs on one another."""
    for child in part.children:
        if child.dep_ == "agent":
            return [p for o in child.children if o.dep_ == "pobj" for p in (o, *o.conjuncts)]
    for child in part.children:
        if child.dep_ in ("conj", "advcl") and _participle(child):
            found = _shared_agents(child)
            if found:
                return found
    return []


def _participle(tok: Token) -> bool:
    """A past participle, also one the tagger takes for an adjective ("armed")."""
    return tok.tag_ == "VBN" or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))


# Nouns of a security operation whose "by X" names who carried it out.
OPERATION_NOUNS = frozenset({"operation", "raid", "sweep", "crackdown", "swoop", "roundup"})


def _passive_complements(verb: Token) -> list[Token]:
    """What a passive verb names its subject: "was designated a group", "was listed as
    a group" (none for an active verb, whose object's "by" phrase is its own)."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    out = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    # "were detained in an operation by X": the operation's doer did it
    out += [obj for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for obj in p.children if obj.dep_ == "pobj" and obj.lemma_.lower() in
            OPERATION_NOUNS]
    # "was added to the list of terrorist organisations by X": the list's "by" is the
    # listing's
    out += [obj for p in verb.children if p.dep_ == "prep" and p.lower_ in LIST_PREPS
            for obj in p.children if obj.dep_ == "pobj" and obj.lemma_.lower() in LIST_NOUNS]
    return out + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]


# Registers a party is put on, and the prepositions that put it there.
LIST_NOUNS = frozenset({"list", "blacklist", "register", "registry", "roster"})
LIST_PREPS = frozenset({"to", "on", "onto"})


def inherited_subjects(verb: Token, *, max_steps: int = 3) -> list[Token]:
    """Subjects of ``verb``, or of the verbs it hangs from (xcomp, conj, advcl)."""
    cur = verb
    for _ in range(max_steps):
        found = subjects(cur) or _joined_in(cur)
        if found:
            return found
        if cur.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or cur.head.i == cur.i:
            return []
        if _aim_of_noun(cur):
            return []
        if cur.dep_ == "ccomp":
            # "the FBI said X, acting for Y, offered ...": the parse takes the subject of
            # the clause reported for the object of the verb of saying
            told = [c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i]
            if told:
                return told
        cur = cur.head
    return []


def is_to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to attack", "to be carried out")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _aim_of_noun(verb: Token) -> bool:
    """"a plot Israeli officials linked to Iran to attack X": an infinitive the parse hangs
    on a relative clause whose subject is no relative pronoun is the noun's aim, not
    something the clause's subject (who linked it) set out to do."""
    head = verb.head
    return verb.dep_ == "advcl" and head.dep_ == "relcl" and is_to_infinitive(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
        for c in head.children)


def _joined_in(verb: Token) -> list[Token]:
    """"X joined Y in striking Z": the gerund's doers are who joined and whom they
    joined, both taking part."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in" or \
            prep.head.lemma_.lower() != "join":
        return []
    joined = [o for c in prep.head.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return [*subjects(prep.head), *joined] if joined else []


def prep_objects(token: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """``(preposition, object)`` pairs under ``token``: "attack on X" -> ("on", X)."""
    out: list[tuple[str, Token]] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    out.append((child.lower_, pobj))
    return out


# Who is no party declaring when a clause is told "according to" them: what is heard or
# read, and those who forecast ("according to sources", "according to analysts").
HEARSAY_NOUNS = frozenset({"source", "report", "reporting", "media", "outlet", "witness",
                           "resident", "estimate", "assessment", "intelligence", "document",
                           "indictment", "complaint", "filing", "court", "data", "footage",
                           "analyst", "expert", "observer", "commentator", "researcher",
                           "scholar", "tank", "pundit", "forecaster"})


def according_voice(tok: Token) -> list[Token]:
    """"Attacks will go on, according to X", "according to a statement by X, the group
    will halt its attacks": whom the clause of ``tok`` is told after, as if by a verb of
    saying."""
    for head in (tok, *list(tok.ancestors)[:2]):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "according"):
            voices = [p for _x, p in prep_objects(prep, TO)]
            if voices and not any(v.lemma_.lower() in HEARSAY_NOUNS for v in voices):
                return voices
        if head.pos_ == "VERB" and head is not tok:
            break
    return []


def named_prep_objects(token: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """Like :func:`prep_objects`, an object told as a free relative ("killed in what
    officials called a drone strike") taken for the noun the relative names."""
    out: list[tuple[str, Token]] = []
    for prep, obj in prep_objects(token, preps):
        named = _relative_named(obj) if obj.left_edge.lower_ == "what" else None
        out.append((prep, named if named is not None else obj))
    return out


def direct_objects(verb: Token) -> list[Token]:
    """The direct objects of a verb, with their conjuncts; an object told as a free
    relative ("struck what the army called a depot") is the noun the relative names."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd"):
            out.append(child)
        elif child.dep_ == "ccomp" and child.left_edge.lower_ == "what" and \
                child.left_edge.i > verb.i:
            named = _relative_named(child)
            if named is not None:
                out.append(named)
    return out or _object_taken_as_subject(verb)


# Conjunctions that open a clause of time told before the clause it hangs on.
_TIME_OPENERS = frozenset({"after", "when", "before", "once", "as"})


def _object_taken_as_subject(verb: Token) -> list[Token]:
    """"After a strike killed X, the founder of Y, Z took over": the parser may read the
    object of a clause of time told first as the subject of the main clause, when the
    object is the very next word; the noun is the object of the verb it follows."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or not any(
            c.dep_ == "mark" and c.lower_ in _TIME_OPENERS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i and
            c.left_edge.i == verb.i + 1 and c.pos_ in ("NOUN", "PROPN")]


def acted_on(verb: Token) -> list[Token]:
    """What a verb is done to: its direct objects, or the subjects of its passive ("seized
    rifles", "rifles were seized")."""
    return direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]


def _relative_named(clause: Token, depth: int = 0) -> Token | None:
    """The noun a free relative names: "what they called X", "what officials described
    as X", "what they said were X"."""
    # "what the military called hideouts": the parse may make the name a second object
    # of the verb of naming, beside the "what" it names
    wh_object = any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)
    for child in clause.children:
        if child.dep_ in ("attr", "oprd") and child.pos_ in ("NOUN", "PROPN"):
            return child
        if wh_object and child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    if depth < 2:
        for child in clause.children:
            if child.dep_ == "ccomp":
                return _relative_named(child, depth + 1)
    return None


def np_span(token: Token, *, stop: Iterable[str] = ("conj", "cc", "appos", "relcl", "punct",
                                                   "acl", "advcl")) -> tuple[int, int]:
    """Token bounds [start, end) of a noun phrase without its coordinated or appended parts."""
    toks = subtree_tokens(token, skip_deps=stop, deep=True)
    return toks[0].i, toks[-1].i + 1


# Tags of a verb with its own tense: a conjunct in one is a clause of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


# Ordinals that count an act after the first ("a second drone", "the third on C").
LATER_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})
# Words that tell an act as one more, not the same one told again ("a second drone
# struck", "another rocket landed", "a separate attack").
DISTINCT_MARKERS = LATER_ORDINALS | {"another", "separate"}
# Words that say no one did it ("no group has claimed the attack", "none of them").
NONE_WORDS = frozenset({"no", "nobody", "none"})


def denied_by_no(token: Token) -> bool:
    """Whether ``token`` carries the determiner "no" ("no rockets", "no part in it")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def is_negated(token: Token) -> bool:
    """Whether ``token`` or the verb governing it is negated."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.dep_ == "conj" and any(c.dep_ == "neg" for c in token.head.children) and \
            not (token.tag_ in FINITE_TAGS and token.head.tag_ != token.tag_) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "did not confirm or deny" ("did not claim it and denied it" denies); a joined
        # clause with its own subject keeps its own polarity ("said the move would not
        # change its stance and that the attacks would continue")
        return True
    verb = governing_verb(token)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


# Verbs of refusing whose "to" course is the subject's own position, told by the refusal
# itself ("refused to negotiate with X", "declined to take part in the talks").
REFUSING = frozenset({"refuse", "decline"})
# Verbs that deny what hangs below them ("denied that it was responsible").
DENYING = frozenset({"deny", "reject", "dismiss", "disavow", "disown", "disclaim"})


def disowned(tok: Token) -> bool:
    """Whether a word is negated or said under a verb of denial within a few steps
    ("was not responsible", "denied it was responsible"); a relative clause tells its
    own speaker's view, not what the verb it hangs under denies."""
    if is_negated(tok):
        return True
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl" or cur.head.i == cur.i:
            return False  # "X, which Y holds responsible, denied any role": Y's view
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in DENYING:
            return True
    return False


def verb_auxes(verb: Token) -> list[str]:
    """Lowercase auxiliaries of a verb (and of the verb it is an xcomp of)."""
    out = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        out += [c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return out


def ancestors_upto(token: Token, limit: int = 8) -> list[Token]:
    """Up to ``limit`` ancestors of ``token``, nearest first."""
    out: list[Token] = []
    for anc in token.ancestors:
        out.append(anc)
        if len(out) >= limit:
            break
    return out


def span_text(sent: Span, start: int, end: int) -> tuple[int, int, str]:
    """Character offsets and text of tokens [start, end) of the sentence's document."""
    doc = sent.doc
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return s, e, text_of(doc[start:end])


# Verbs that buy a deed only when a price is what they give, and only a deed done to a
# person: "offered $40,000 to a courier to kill X" (one who "offered drones to strike X"
# arms, one who "offered to help" helps, one who "offered a group money to attack X"
# funds it).
PRICED_MEANS = frozenset({"offer"})
PRICE_NOUNS = frozenset({"money", "payment", "sum", "bounty", "reward", "cash", "fee"})
DEEDS_ON_PERSONS = frozenset({"kill", "murder", "assassinate", "kidnap", "abduct", "shoot"})


def unbought(verb: Token, act: Token) -> bool:
    """Whether a verb that buys a deed only with a price ("offer") gives none, or buys no
    deed done to a person with it."""
    if verb.lemma_.lower() not in PRICED_MEANS:
        return False
    priced = any(t.tag_ == "$" or t.ent_type_ == "MONEY" or t.lemma_.lower() in PRICE_NOUNS
                 for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
    return not priced or act.lemma_.lower() not in DEEDS_ON_PERSONS


# Nouns of paying a deed back, whose "for" or "to" names the deed answered ("in
# retaliation for a bombing", "in response to a strike").
ANSWERING = frozenset({"retaliation", "response", "revenge", "reprisal", "retribution",
                       "reply", "answer", "vengeance"})
ANSWERED_PREPS = frozenset({"for", "to"})


def answering_noun(tok: Token) -> Token | None:
    """The noun of paying back whose "for" or "to" names the deed of ``tok`` ("in
    retaliation for a bombing in X that killed 32": "retaliation"), if ``tok`` is such a
    deed; else None."""
    for prep in tok.ancestors:
        if prep.dep_ == "prep" and prep.lower_ in ANSWERED_PREPS and \
                prep.head.lemma_.lower() in ANSWERING:
            return prep.head
        if prep.pos_ == "VERB":
            return None  # the deed's own clause ends at a verb
    return None


def answered_phrase(prep: Token) -> bool:
    """"for a bombing in X" of "in retaliation for a bombing in X": the phrase naming the
    deed a blow answers."""
    return prep.dep_ == "prep" and prep.lower_ in ANSWERED_PREPS and \
        prep.head.lemma_.lower() in ANSWERING
