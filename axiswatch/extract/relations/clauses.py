"""Relations a clause states through its grammar, wherever the two names stand.

The cue table reads the words between two names; a clause can put many words, or
other names, between them: "Kataib Hezbollah, which is part of the PMF, is funded
and trained by the Quds Force", "Saraya X, a little-known group widely seen as a
front for Y", "The group is led by Z", "Iran arms and funds the Houthis". This
module follows the dependency parse instead: the subject and the agent of a
passive verb, the subject and object of an active one, the subject of a copula and
the noun it is said to be ("a front for Y", "part of Y"), and an apposition's
description of a name.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import FOUND_VERBS
from axiswatch.extract.relations.patterns import GROUPS, ORGS, PERSON, SPONSORS, STATES
from axiswatch.extract.roles import LEADING_TITLES
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.tokens import doc_tokens, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verb lemmas by the relation they state, subject -> object as the active voice reads:
# "Y funds X" (X sponsored_by Y), "Y leads X" (Y leader_of X), "Y founded X",
# "Y designated X".
SPONSOR_VERBS = frozenset({"back", "support", "fund", "arm", "train", "sponsor", "finance",
                           "equip", "bankroll", "direct", "supply", "provide", "oversee", "pay"})
# Verbs whose aid goes "to" the one supported: "Iran supplies drones to the Houthis".
GIVING_VERBS = frozenset({"supply", "provide", "send", "ship", "transfer", "smuggle"})
LEAD_VERBS = frozenset({"lead", "head", "command", "run", "chair", "preside"})
# "chaired a meeting of Y": the body whose meeting it was.
SESSION_NOUNS = frozenset({"meeting", "session"})
DESIGNATE_VERBS = frozenset({"designate", "sanction", "blacklist", "list", "proscribe"})
# Who lists a group: a state, or a union of states acting as one ("the EU listed X").
DESIGNATORS = STATES | frozenset({"organization"})
# "X joined Y": a group joins a coalition, a person any body; "joined Y in attacking"
# joins Y's action, not Y.
JOIN_VERBS = frozenset({"join"})
JOINED_ACTIONS = frozenset({"attack", "war", "fight", "fighting", "strike", "campaign",
                            "effort", "call", "condemn", "condemnation", "operation", "talk"})
RECEIVE_OBJECTS = frozenset({"funding", "training", "support", "weapon", "arm", "money",
                             "backing", "missile", "rocket", "drone", "fund", "equipment"})
# Nouns a group is said to be of another: "a front for Y", "part of Y", "an arm of Y".
ROLE_NOUNS: Mapping[str, str] = {
    "front": "front_for", "façade": "front_for", "facade": "front_for", "cover": "front_for",
    "brand": "front_for", "proxy": "sponsored_by", "part": "part_of", "member": "part_of",
    "unit": "part_of", "arm": "part_of", "wing": "part_of", "branch": "part_of",
    "affiliate": "part_of", "faction": "part_of", "component": "part_of",
    "subsidiary": "part_of", "ally": "allied_with", "core": "part_of", "backbone": "part_of",
}
# Their plurals, said of several names at once ("A and B, fronts for Y"); not "arms" or
# "parts", which are more often weapons and regions.
PLURAL_ROLE_NOUNS = frozenset({"fronts", "façades", "facades", "proxies", "members", "units",
                               "wings", "branches", "affiliates", "factions", "components",
                               "subsidiaries", "allies"})
ROLE_PREPS = frozenset({"for", "of", "within", "to"})
# A state is a member of a coalition of states, not of a group: "the UAE, part of the
# Saudi-led coalition".
STATES_IN_COALITIONS = frozenset({"place"})
COALITIONS = frozenset({"coalition"})
# Role nouns whose possessor is the other side: "Y's arm", "Y's proxy", "Y's ally".
POSSESSED_ROLES = frozenset({"arm", "wing", "branch", "unit", "affiliate", "proxy", "proxies",
                             "ally", "allies", "front", "subsidiary"})
# Role nouns whose adjective or modifier names the other side: "an Iranian proxy".
NAMED_SIDE_ROLES = frozenset({"proxy", "ally"})
# Part nouns whose modifying name is the whole they belong to: "a PMF faction", "an IRGC
# unit" (only organizations: "an Iraqi faction" names no whole).
NAMED_WHOLE_ROLES = frozenset({"faction", "unit", "component", "affiliate", "wing", "branch"})
# Ranks: one of several holders, or the one who leads ("the commander of X").
RANKS = frozenset({"general", "commander", "colonel", "brigadier"})
LEADING_RANKS = frozenset({"commander"})
SERVING_WORDS = frozenset({"senior", "deputy", "former", "top", "military", "field", "local",
                           "regional", "assistant", "veteran", "a", "an", "one"})
# Nouns of a person's place in an organization: "X, the group's spokesman".
PERSON_ROLES = frozenset({"spokesman", "spokesperson", "spokeswoman", "official", "member",
                          "operative", "officer", "envoy", "representative", "negotiator",
                          "adviser", "advisor", "aide", "ideologue", "fighter", "militant"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# Verbs above a clause that make it one party's word or an analyst's judgement.
ALLEGING = frozenset({"claim", "accuse", "allege", "insist", "charge"})
# Verbs whose object is said to do what "of" + a gerund says: "accused Iran of arming X".
ACCUSING = frozenset({"accuse", "suspect", "charge", "blame"})
REPORTING = frozenset({"say", "report", "tell", "state", "add"})
ASSESSING = frozenset({"see", "believe", "regard", "consider", "think", "view", "suspect",
                       "assess", "likely", "describe"})
LISTING = frozenset({"including", "like", "as"})  # "such as" hangs on "as"
UNIT_TYPES = frozenset({"armed_group", "front_group", "coalition", "state_body"})
# Links from a name to the noun said of it: apposition, a copula's complement,
# "seen as", "known as", "regarded as".
_DESCRIBE = frozenset({"appos", "attr", "acl", "relcl", "prep", "pobj", "oprd", "xcomp",
                       "advcl", "ccomp", "acomp"})


def mention_of(tok: Token, by_token: Mapping[int, LinkedMention]) -> LinkedMention | None:
    """The mention a noun phrase head names (its own tokens, or a compound before it)."""
    m = by_token.get(tok.i)
    if m is not None:
        return m
    for child in tok.children:  # "the Quds Force commander": not the head's own name
        if child.dep_ == "compound" and child.i in by_token and tok.pos_ == "PROPN":
            return by_token[child.i]
    return None


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def names_of(toks: list[Token], by_token: Mapping[int, LinkedMention]) -> list[LinkedMention]:
    """The names the noun phrases headed by ``toks`` stand for, with their conjuncts and
    the antecedents of relative pronouns."""
    out: list[LinkedMention] = []
    for tok in toks:
        if tok.lower_ in RELATIVE_PRONOUNS:
            tok = _antecedent(tok) or tok  # "Hezbollah, which Washington designated"
        for t in _with_conjuncts(tok):
            m = mention_of(t, by_token)
            if m is None and t.pos_ == "NOUN":  # "the late commander X led Y": X
                m = next((n for c in t.children if c.dep_ == "appos"
                          if (n := mention_of(c, by_token)) is not None), None)
            if m is not None and m not in out:
                out.append(m)
    return out


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for, through reporting verbs ("a group that
    Iran says is backed by Y") and up an apposition to the name it describes."""
    verb = pronoun.head
    while verb.dep_ in ("prep", "pobj") and verb.head is not verb:
        verb = verb.head  # "Y, of which X is a member": up from "of" to the clause
    for _ in range(3):
        if verb.dep_ == "relcl":
            noun = verb.head
            if noun.dep_ == "appos" and noun.pos_ == "NOUN":
                noun = noun.head  # "Jaish al-Adl, a Sunni group that ...": the name
            return noun
        if verb.dep_ not in ("ccomp", "xcomp", "conj"):
            return None
        verb = verb.head
    return None


# Marks of a condition and modals of a mere possibility: "if Iran armed X, ...",
# "Washington could designate X" (a bare infinitive; "may have armed" is a hedged fact).
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
POSSIBILITY_MODALS = frozenset({"could", "might", "should"})


def hypothetical(verb: Token) -> bool:
    """Whether a verb states no fact but a condition or a possibility, itself or through
    the verb it is joined to ("if Iran armed and funded X")."""
    table = doc_tokens(verb.doc)
    dep, lower = table.dep, table.lower
    for tok in (verb.i, table.head[verb.i] if dep[verb.i] == "conj" else verb.i):
        if any(dep[c] == "mark" and lower[c] in CONDITION_MARKS for c in table.children[tok]):
            return True
        auxes = {lower[c] for c in table.children[tok] if dep[c] in ("aux", "auxpass")}
        if auxes & POSSIBILITY_MODALS and "have" not in auxes:
            return True
    return False


def _verb_args(verb: Token) -> tuple[list[Token], list[Token], list[Token], bool]:
    """(subjects, objects, agents, passive) of a verb, sharing the subject of the verb it is
    coordinated with ("Iran funds and arms X")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    head = verb
    while not subjects and head.dep_ == "conj" and head.head is not head:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        passive = passive or any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
    if not subjects and head.dep_ == "acomp" and verb.tag_ == "VBN":
        # "X are armed and supported by Y": a participle after "be" is a passive
        subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        passive = True
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "of" and \
            verb.head.head.lemma_.lower() in ACCUSING:
        # "Washington accused Iran of arming X": the accused is who arms
        subjects = [c for c in verb.head.head.children if c.dep_ in ("dobj", "obj")]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.lemma_.lower() in ("chair", "preside"):
        objects += [g for o in objects if o.lemma_.lower() in SESSION_NOUNS
                    for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        objects += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "over"
                    for g in p.children if g.dep_ == "pobj"]  # "presided over Y"
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if passive and not agents:  # "X is funded and trained by Y": the agent hangs
        # from the last verb
        for other in [*verb.conjuncts]:
            agents += [g for c in other.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pobj"]
    if passive and not agents:  # "X was designated a terrorist group by Y": "by" read as
        # the complement's
        agents = [g for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
                  for g in p.children if g.dep_ == "pobj"]
    return subjects, objects, agents, passive


def _from_objects(verb: Token) -> list[Token]:
    """"receives weapons and money from Y", "gets most of its arms from Y": Y, when the
    object (or what the object is a share of) is aid."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and
                p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    has_aid = any(t.lemma_.lower() in RECEIVE_OBJECTS or t.lemma_.lower() in AID_WORDS
                  for c in objects for t in _with_conjuncts(c))
    if not has_aid:
        return []
    return [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]


Found = tuple[LinkedMention, str, LinkedMention, str | None]


def verb_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """(subject, predicate, object, certainty) for each relation a verb of the sentence
    states; the certainty is ``None`` when the clause does not hedge it."""
    for verb in span_tokens(sent, pos=("VERB", "AUX")):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lem = verb.lemma_.lower()
        if hypothetical(verb):
            continue  # "if Iran armed X", "Washington could designate X"
        subjects, objects, agents, passive = _verb_args(verb)
        described: list[LinkedMention] = []
        if not subjects:
            described = _participle_subjects(verb, by_token)
            agents = agents or [g for other in verb.conjuncts for c in other.children
                                if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not described or not agents:
                continue
            passive = True  # "X, an Iraqi militia backed by Iran"
        # An apposition's hedges are its own ("police blamed X, a militia backed by Y").
        hedge = (clause_certainty(verb, stop=verb.doc[described[0].tok_end - 1]) or
                 "confirmed") if described else clause_certainty(verb)
        doers = names_of(agents, by_token) if passive else names_of(subjects, by_token)
        dones = described or (names_of(subjects, by_token) if passive else
                              names_of(objects, by_token))
        if lem in GIVING_VERBS and not passive and not described and _gives_aid(verb):
            dones = [*dones, *names_of(_prep_objects(verb, "to"), by_token)]
        if lem in SPONSOR_VERBS or (lem in GIVING_VERBS and not passive and
                                    _gives_aid(verb)):
            if not passive and not described:  # "Y provides most of X's budget"
                dones = [*dones, *names_of(_aid_owners(objects), by_token)]
            yield from pairs(dones, "sponsored_by", doers, ORGS | PERSON, SPONSORS, hedge)
            if not passive and not described:  # "Y arms X through its Quds Force": that too
                means = [g for v in (verb, *verb.conjuncts) for p in ("through", "via")
                         for g in _prep_objects(v, p)]
                yield from pairs(dones, "sponsored_by", names_of(means, by_token),
                                  ORGS | PERSON, SPONSORS, hedge)
        elif lem in LEAD_VERBS and not (lem == "run" and not passive):
            if not passive and not described:  # "led the political bureau of Hamas"
                dones = [*dones, *names_of(_led_bodies(objects), by_token)]
            yield from pairs(doers, "leader_of", dones, PERSON, ORGS, hedge)
        elif lem in FRONTING_VERBS and not passive and _as_front(verb):
            # "Y created X as a front", "Y uses X as a cover"
            yield from pairs(names_of(objects, by_token), "front_for",
                              names_of(subjects, by_token), ORGS, ORGS, hedge)
        elif lem in FOUND_VERBS and (lem != "set" or any(
                c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
            yield from pairs(dones, "founded_by", doers, ORGS, PERSON, hedge)
            # "the group was set up by the IRGC": a state that creates a group sponsors it
            yield from pairs(dones, "sponsored_by", doers, GROUPS, STATES, hedge)
        elif lem in DESIGNATE_VERBS:
            yield from pairs(dones, "designated_by", doers, ORGS | PERSON, DESIGNATORS, hedge)
        elif lem in CALLING_VERBS and not passive:  # "a group that Iran calls terrorist"
            yield from pairs(_called_terrorist(verb, by_token), "designated_by",
                              names_of(subjects, by_token), ORGS | PERSON, DESIGNATORS, hedge)
        elif lem in ANSWERING and not passive:  # "X answers to Y": Y directs X
            yield from pairs(names_of(subjects, by_token), "sponsored_by",
                              names_of(_prep_objects(verb, "to"), by_token), ORGS, SPONSORS,
                              hedge)
        elif lem == "add" and not passive and _onto_list(verb):  # "Y added X to its
            # terrorist list"
            yield from pairs(names_of(objects, by_token), "designated_by",
                              names_of(subjects, by_token), ORGS | PERSON, DESIGNATORS, hedge)
        elif lem in SUCCEEDING and not passive:  # "X succeeded Y as head of Z"
            yield from pairs(names_of(subjects, by_token), "leader_of",
                              names_of(_office_bodies(verb), by_token), PERSON, ORGS, hedge)
        elif lem in JOIN_VERBS and not passive and not _joins_action(verb):
            joiners, joined = names_of(subjects, by_token), names_of(objects, by_token)
            yield from pairs(joiners, "part_of", joined, GROUPS, COALITIONS, hedge)
            yield from pairs(joiners, "member_of", joined, PERSON, ORGS, hedge)
        elif lem in ("receive", "get", "obtain", "accept") and not passive:
            yield from pairs(names_of(subjects, by_token), "sponsored_by",
                              names_of(_from_objects(verb), by_token), ORGS | PERSON, SPONSORS,
                              hedge)


# A state calling a group a terrorist organization lists it as one: "a group that Iran
# calls a terrorist organisation", "Israel considers X a terrorist group".
CALLING_VERBS = frozenset({"call", "consider", "brand", "label", "deem", "classify"})
TERROR_NOUNS = frozenset({"organization", "organisation", "group", "entity", "movement",
                          "militia"})


def _called_terrorist(verb: Token, by_token: Mapping[int, LinkedMention]
                      ) -> list[LinkedMention]:
    """The name a calling verb says is a terrorist organization (none for "called the
    shooting a terrorist act")."""
    said = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    said += [a for c in said if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
    terms = [c for c in said if c.lemma_.lower() in TERROR_NOUNS and
             any(t.lower_.startswith("terror") for t in c.children)]
    if not terms:
        return []
    named = [m for c in verb.children if c.dep_ == "dobj" and c not in terms
             if (m := mention_of(c, by_token)) is not None]
    # (the parser hangs the name on the term as its subject or as a modifier)
    named += [m for t in terms for c in t.children if c.dep_ in ("nsubj", "nmod")
              if (m := mention_of(c, by_token)) is not None]
    if not named and verb.dep_ == "relcl":  # "X, a group that Iran calls a terrorist ..."
        noun = verb.head
        m = mention_of(noun, by_token) or (
            mention_of(noun.head, by_token) if noun.dep_ == "appos" else None)
        named = [m] if m is not None else []
    return named


# Words that pick some of a plural noun's members: "two of the factions backed by Iran".
_PARTITIVES = frozenset({"one", "two", "three", "four", "both", "some", "all", "each",
                         "several", "many", "most"})


def _participle_subjects(verb: Token, by_token: Mapping[int, LinkedMention]
                         ) -> list[LinkedMention]:
    """The names a past participle is said of: "X, an Iraqi militia backed by Iran" (X);
    "X and Y, two of the factions backed by Iran" (both); "militias backed by Iran" (the
    noun's own name). None unless the participle modifies a noun."""
    while verb.dep_ == "conj" and verb.head is not verb:  # "a militia armed and backed by"
        verb = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    noun = verb.head
    own = mention_of(noun, by_token)
    if own is not None and own.tok_start <= verb.i < own.tok_end:
        return []  # "factions backed by Iran" named as one collective: its backer is known
    return apposed_names(noun, by_token) or ([own] if own is not None else [])


def apposed_names(noun: Token, by_token: Mapping[int, LinkedMention], *,
                  collective: bool = False) -> list[LinkedMention]:
    """The names a description stands in apposition to: "X, an Iraqi militia"; "X and Y,
    two of the most powerful factions" (every name of the list, when the noun is plural);
    or is said of by a copula: "X is an Iraqi militia", "X is one of several Iran-backed
    militias". ``collective``: the noun heads an unnamed collective's mention ("Iran-backed
    militias"), which describes names as a plain noun does (another name would not)."""
    plural = noun.tag_ in ("NNS", "NNPS")
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PARTITIVES:
        tok = tok.head.head  # "two of the factions"
        plural = tok.lower_ != "one"
    plain = collective or mention_of(noun, by_token) is None
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and plain:
        return names_of([c for c in tok.head.children if c.dep_ == "nsubj"], by_token)
    if tok.dep_ != "appos" or (tok is noun and not plain):
        return []
    if plural:
        return names_of([tok.head], by_token)
    named = mention_of(tok.head, by_token)
    return [named] if named is not None else []


def pairs(subjects: list[LinkedMention], predicate: str, objects: list[LinkedMention],
           subject_types: frozenset[str], object_types: frozenset[str],
           hedge: str | None = None) -> Iterator[Found]:
    for s in subjects:
        for o in objects:
            if s.entity_id != o.entity_id and s.etype in subject_types and \
                    o.etype in object_types:
                yield s, predicate, o, hedge


def clause_certainty(tok: Token, stop: Token | None = None) -> str | None:
    """How sure the clauses above ``tok`` make what it states: "reported" under a saying
    ("a group that Iran says is backed by Y"), "alleged" under a claim or accusation,
    "assessed" under believing or seeing ("widely seen as a front for Y"), else
    ``None``. The walk up the parse ends at ``stop`` (the name an apposition describes).
    """
    for _ in range(6):
        if tok is stop:
            return None
        lem = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lem in ALLEGING:
            return "alleged"
        if tok.pos_ in ("VERB", "AUX") and lem in REPORTING:
            return "reported"
        if tok.pos_ in ("VERB", "AUX", "ADJ") and lem in ASSESSING:
            return "assessed"
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def description_relations(sent: Span, by_token: Mapping[int, LinkedMention]
                          ) -> Iterator[Found]:
    """"X, a group seen as a front for Y", "X is part of Y", "X, an arm of Y": the role
    noun said of a name, and the name the noun's preposition gives."""
    for noun in span_tokens(sent, pos=("NOUN", "PROPN")):  # (tested below)
        person_role = noun.lower_ in PERSON_ROLES or noun.lower_ in RANKS or (
            noun.tag_ == "NNS" and noun.lower_ not in PLURAL_ROLE_NOUNS and
            noun.lemma_.lower() in PERSON_ROLES | RANKS)  # "one of the commanders of X"
        predicate = _person_predicate(noun) if person_role else ROLE_NOUNS.get(
            noun.lemma_.lower() if noun.lower_ in PLURAL_ROLE_NOUNS else noun.lower_)
        if predicate is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        preps = ROLE_PREPS | {"in"} if person_role else ROLE_PREPS
        objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ in ("pobj", "pcomp")]
        objects += [n for g in objects for n in _called(g)]  # "of what Tehran calls Y"
        if not person_role and noun.lower_ in POSSESSED_ROLES:  # "X is Y's armed wing"
            objects += [c for c in noun.children if c.dep_ == "poss"]
        if noun.lemma_.lower() in NAMED_SIDE_ROLES:  # "an Iranian proxy", "a Hamas ally"
            objects += [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                        and c.i in by_token]
        elif not person_role and noun.lower_ in NAMED_WHOLE_ROLES:  # "X, a PMF faction"
            objects += [c for c in noun.children if c.dep_ == "compound" and c.i in by_token]
        if person_role:  # "X, the Houthis' spokesman", "X, the group's spokesman",
            # "accused X of being a Hezbollah operative"
            objects += [c for c in noun.children if c.dep_ == "poss" or (
                c.dep_ == "nmod" and c.i + 1 < len(sent.doc) and sent.doc[c.i + 1].text in
                ("'", "'s")) or (c.dep_ == "compound" and c.i in by_token)]
        if not objects and noun.dep_ == "attr":  # "Y, of which X is a member": the
            # preposition hangs on the copula
            objects = [g for c in noun.head.children if c.dep_ == "prep" and c.lower_ in preps
                       for g in c.children if g.dep_ == "pobj" and
                       g.lower_ in RELATIVE_PRONOUNS]
        obj_names = names_of(objects, by_token)
        if not obj_names:
            continue
        subject = described_name(noun, by_token)
        if subject is None and person_role:  # "A spokesman for X, Y, said" (the name
            # may hang from the role noun or, misparsed, from X)
            named = [c for t in (noun, *objects) for c in t.children if c.dep_ == "appos"]
            named += [g for c in noun.children if c.dep_ == "acl" and
                      c.lemma_.lower() in ("name", "call", "identify")
                      for g in c.children if g.dep_ in ("oprd", "dobj")]  # "a member of X
            # named Y"
            people = [m for m in names_of(named, by_token) if m.etype == "person"]
            subject = people[0] if people else None
        if subject is None:
            continue
        if person_role and subject.etype not in PERSON and noun.lower_ in ROLE_NOUNS:
            person_role, predicate = False, ROLE_NOUNS[noun.lower_]  # a group as a member
        if person_role:
            types = (PERSON, ORGS)
        elif predicate == "sponsored_by":
            types = (ORGS, SPONSORS)
        else:
            types = (ORGS, ORGS)
        # An apposition's hedges are its own: "X, a group seen as a front for Y, claimed
        # the attack" is assessed, not claimed.
        hedge = clause_certainty(noun, stop=sent.doc[subject.tok_end - 1])
        subjects = [subject]
        if noun.tag_ in ("NNS", "NNPS") and not person_role:
            # "A and B, which analysts regard as fronts for Y": every name of the list
            subjects = names_of([sent.doc[subject.tok_end - 1]], by_token) or subjects
        yield from pairs(subjects, predicate, obj_names, *types, hedge or "confirmed")
        if predicate == "part_of" and not person_role:  # "the UAE is part of the coalition"
            yield from pairs(subjects, predicate, obj_names, STATES_IN_COALITIONS,
                              COALITIONS, hedge or "confirmed")


NAMING_VERBS = frozenset({"call", "dub", "term", "know", "describe", "style"})
# Verbs of being something in function: "X serves as a front for Y".
ACTING_AS = frozenset({"serve", "act", "operate", "function", "work"})


def _called(tok: Token) -> list[Token]:
    """The name a naming clause gives: "what Tehran calls the Axis of Resistance", "the
    alliance Tehran calls Y", "the network known as Y"."""
    verbs = [tok] if tok.dep_ == "pcomp" else [
        c for c in tok.children if c.dep_ in ("relcl", "acl")]
    return [n for v in verbs if v.lemma_.lower() in NAMING_VERBS for c in v.children
            for n in ([c] if c.dep_ == "oprd" else
                      [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and
                      c.lower_ == "as" else [])]


def _person_predicate(noun: Token) -> str:
    """"the commander of X" leads X; "a senior commander of X", "a general in X" and every
    spokesman or official serve it."""
    if noun.doc[noun.i:noun.i + 5].text[:18].lower().replace(" ", "-") == "commander-in-chief":
        return "leader_of"  # (a slice of tokens: the whole text of a Doc is rebuilt per call)
    if noun.lower_ not in LEADING_RANKS:  # (a plural: one of several holders)
        return "member_of"
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "compound")}
    if any(c.dep_ == "poss" for c in noun.children):
        words.add("the")  # "CENTCOM's commander" is the one, as "the commander of" is
    return "leader_of" if "the" in words and not words & SERVING_WORDS else "member_of"


def described_name(noun: Token, by_token: Mapping[int, LinkedMention]) -> LinkedMention | None:
    """The name a role noun is said of: up the apposition, copula or "seen as" chain from
    the noun, at most six steps ("X, described by media as one of the commanders of Y"),
    to a named head or a copula's subject."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in _DESCRIBE:
            return None
        head = tok.head
        if head is tok:
            return None
        if tok.dep_ in ("appos",):
            return mention_of(head, by_token)
        if tok.dep_ in ("attr", "oprd", "acomp") or head.lemma_.lower() == "be":
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and
                        c.lower_ not in REFLEXIVES]
            if not subjects and head.dep_ == "conj" and head.head.dep_ == "ROOT":
                # "X controls Y and is (itself) part of Z" (a main clause's subject only)
                subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and head.dep_ == "xcomp":  # "a group believed to be a front"
                tok = head
                continue
            if not subjects and head.dep_ == "pcomp" and head.head.lower_ == "of" and \
                    head.head.head.lemma_.lower() in ACCUSING:
                # "X, whom Washington accused of being one of Y's donors": the accused
                accused = names_of([c for c in head.head.head.children
                                    if c.dep_ in ("dobj", "obj")], by_token)
                return accused[0] if accused else None
            if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS:
                # "X, which US officials say is a front for Y": the name the pronoun
                # stands for, through the reporting verb
                subjects[0] = _antecedent(subjects[0]) or subjects[0]
            return mention_of(subjects[0], by_token) if subjects else None
        if tok.dep_ in ("acl", "relcl"):
            m = mention_of(head, by_token)
            if m is not None:
                return m
        if tok.dep_ == "prep" and tok.lower_ == "as" and head.pos_ == "VERB" and \
                head.lemma_.lower() in ASSESSING | NAMING_VERBS | ACTING_AS:
            # "X is widely seen as Y's proxy", "analysts regard X as a front for Y",
            # "X serves as a front for Y", "X is believed to operate as a front for Y"
            said = [m for c in head.children if c.dep_ in ("nsubjpass", "dobj") or (
                c.dep_ == "nsubj" and head.lemma_.lower() in ACTING_AS)
                if (m := mention_of(c, by_token)) is not None]
            if not said and head.dep_ == "xcomp" and head.lemma_.lower() in ACTING_AS:
                said = [m for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        if (m := mention_of(c, by_token)) is not None]
            if said:  # (else "A, which analysts regard as fronts for Y": up to A)
                return said[0]
        tok = head
    return None


# Nouns that make the possessor another party, not the owner: "Hezbollah's rival X".
OTHER_SIDE = frozenset({"rival", "rivals", "enemy", "enemies", "foe", "foes", "adversary",
                        "opponent", "opponents", "nemesis", "competitor", "ally", "allies",
                        "partner", "partners", "counterpart", "target"})


# "Hezbollah's al-Manar", "its news agency X": an outlet, association or company a group
# or a state body owns is one of its parts (a state's own is a state company, no part).
OUTLETS = frozenset({"organization"})
OWNERS_OF_OUTLETS = frozenset({"armed_group", "front_group", "coalition", "state_body"})
OUTLET_NOUNS = frozenset({"television", "tv", "channel", "station", "radio", "agency",
                          "website", "newspaper", "outlet", "network"})


def possessed_units(sent: Span, by_token: Mapping[int, LinkedMention],
                    known: Container[str] = ()) -> Iterator[Found]:
    """"Hezbollah's elite Radwan Force", "the PMF's Kataib Hezbollah": a group or body
    owned by another group or body is part of it (a state owning one is no group), and
    a group a person owns ("Muqtada al-Sadr's Saraya al-Salam") is one he leads; so is
    an outlet or association of ``known`` (the pack's) it owns, or one named with its
    kind ("its X website")."""
    for tok in sent:
        unit = by_token.get(tok.i)
        if unit is None or unit.etype not in UNIT_TYPES | OUTLETS or tok.i != unit.tok_end - 1:
            continue
        outlet = tok.dep_ == "compound" and tok.head.lower_ in OUTLET_NOUNS
        if unit.etype in OUTLETS and not (outlet or unit.entity_id in known):
            continue  # an organization the pack does not know, told as no outlet
        # (the parse may hang the possessor on any word of a long name)
        owners = [c for t in sent.doc[unit.tok_start:unit.tok_end] for c in t.children]
        if outlet:
            owners += tok.head.children  # "Hezbollah's al-Manar television"
        for child in owners:
            owner = by_token.get(child.i) if child.dep_ == "poss" else None
            if child.dep_ == "poss" and child.lower_ == "whose":  # "the IRGC, whose Quds
                # Force ...": the name the relative clause describes
                verb = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                owner = by_token.get(verb.head.i) if verb is not None else None
            if owner is not None and any(t.lower_ in OTHER_SIDE for t in
                                         sent.doc[owner.tok_end:unit.tok_start]):
                continue  # "Hezbollah's rival X", "Iran's enemy X": not its unit
            if owner is not None and owner.etype in UNIT_TYPES and \
                    owner.entity_id != unit.entity_id and owner is not unit and \
                    (unit.etype in UNIT_TYPES or owner.etype in OWNERS_OF_OUTLETS):
                yield unit, "part_of", owner, None
            elif owner is not None and owner.etype == "person" and unit.etype in GROUPS and \
                    owner.label != "ANAPHOR" and child.i == owner.tok_end - 1:
                yield owner, "leader_of", unit, None  # "Qais al-Khazali's Asaib Ahl al-Haq"


# Words that add a collective to the names before it: "A, B and other factions".
_OTHER = frozenset({"other", "further", "more", "similar"})


def _listed_before(sent: Span, m: LinkedMention, by_token: Mapping[int, LinkedMention]
                  ) -> list[LinkedMention]:
    """The names listed right before mention ``m``, parted by commas and "and":
    "A, B and other factions" -> A and B."""
    out: list[LinkedMention] = []
    i = m.tok_start - 1
    while i >= sent.start:
        gap = i
        while i >= sent.start and sent.doc[i].lower_ in (",", "and", "as well as"):
            i -= 1
        named = by_token.get(i)
        if named is None or i == gap or named.entity_id is None:
            break
        out.append(named)
        i = named.tok_start - 1
    return out


def collective_backers(sent: Span, by_token: Mapping[int, LinkedMention],
                       backers: Mapping[str, str], etype_of: Callable[[str], str | None]
                       ) -> Iterator[Found]:
    """"Iran-backed militias, including A and B", "A and B, two of the factions backed by
    Iran": the named groups a collective describes are sponsored by its backer."""
    seen: set[str] = set()
    for tok in sent:
        m = by_token.get(tok.i)
        eid = m.entity_id if m is not None else None
        if m is None or eid is None or eid not in backers or eid in seen:
            continue
        seen.add(eid)
        backer = backers[eid]
        sponsor = replace(m, entity_id=backer, etype=etype_of(backer))
        # "X and Y, two of the factions backed by Iran": the names it describes are too.
        for named in apposed_names(sent.doc[m.tok_start:m.tok_end].root, by_token,
                                   collective=True):
            if named.etype in ORGS | PERSON and named.entity_id not in (backer, eid):
                yield named, "sponsored_by", sponsor, None
        # "A, B and other factions backed by Iran": the names it is joined to are of them.
        root = sent.doc[m.tok_start:m.tok_end].root
        if root.dep_ == "conj" and any(c.lower_ in _OTHER for c in root.children
                                       if c.dep_ in ("amod", "advmod")):
            for named in _listed_before(sent, m, by_token):
                if named.etype in ORGS | PERSON and named.entity_id not in (backer, eid):
                    yield named, "sponsored_by", sponsor, None
        # "Iran-backed groups, including A and B": the groups listed are backed too.
        head = sent.doc[m.tok_end - 1]
        listed = [g for c in head.children if c.dep_ == "prep" and c.lower_ in LISTING
                  for g in c.children if g.dep_ == "pobj"]
        for named in names_of(listed, by_token):
            if named.etype in ORGS | PERSON and named.entity_id != backer:
                yield named, "sponsored_by", sponsor, None


def units_of(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """"the Quds Force of Iran's Revolutionary Guards": a unit named with "of" and its
    parent body is part of it."""
    for tok in sent:
        unit = by_token.get(tok.i)
        if unit is None or unit.etype not in UNIT_TYPES or tok.i != unit.tok_end - 1 or \
                tok.pos_ != "PROPN":  # "the coalition of militias" lists its members
            continue
        parents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        for parent in names_of(parents, by_token):
            if parent.etype in UNIT_TYPES and parent.entity_id != unit.entity_id:
                yield unit, "part_of", parent, None


# Verbs that take back what the clause under them states: "X denies receiving arms from
# Y", "X rejected claims that it takes orders from Y".
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "disavow"})
# Links that carry a clause up to the verb that says or denies it (not a name's own role
# in its clause: "X, backed by Y, did not attack" still backs X).
_CLAUSAL = frozenset({"ccomp", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "advcl",
                      "conj", "attr", "acomp"})


def _root(doc: Doc, start: int, end: int) -> Token:
    """The token of a span whose head lies outside it."""
    for tok in doc[start:end]:
        if not start <= tok.head.i < end or tok.head.i == tok.i:
            return tok
    return doc[max(start, end - 1)]


def _negates(tok: Token) -> bool:
    return tok.lemma_.lower() in DENYING or any(c.dep_ == "neg" for c in tok.children)


def negated(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the clause that joins two names denies or negates what it says of them:
    "Washington has not designated X", "X said it was not part of Y", "X denies receiving
    weapons from Y", or states it only as a condition or a possibility ("if Iran armed
    X", "Washington could designate X"). The walk goes from where their paths meet up
    through clausal links only."""
    a, b = _root(doc, *first), _root(doc, *second)
    above = {a.i}
    tok = a
    for _ in range(12):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        above.add(tok.i)
    meet = b
    path = [b]
    for _ in range(12):
        if meet.i in above or meet.head.i == meet.i:
            break
        meet = meet.head
        path.append(meet)
    if meet.i not in above:
        return False
    if meet.pos_ in ("VERB", "AUX") and hypothetical(meet):
        return True
    tok = a
    for _ in range(12):  # the first name's side of the path, up to the meeting point
        if tok.i == meet.i:
            break
        path.append(tok)
        tok = tok.head
    if any(_negates(t) for t in path if t.pos_ in ("VERB", "AUX")):
        return True
    tok, below = meet, meet
    for _ in range(6):
        if _negates(tok) and tok.pos_ in ("VERB", "AUX") and not _denies_other(tok, below):
            return True
        if tok.dep_ not in _CLAUSAL or tok.head.i == tok.i:
            return False
        tok, below = tok.head, tok
    return False


def _denies_other(verb: Token, below: Token) -> bool:
    """"X arms Y, a charge Z denies": the denial's own object is the charge the reporter
    relays, not the clause below it (whatever the parse hangs there)."""
    return verb.i != below.i and any(c.dep_ in ("dobj", "obj") and c.i != below.i
                                     for c in verb.children)


# "X answers to Y", "X reports to Y": Y directs X.
ANSWERING = frozenset({"answer"})
# "X succeeded Y as head of Z", "X replaced Y as commander of Z": X now leads Z.
SUCCEEDING = frozenset({"succeed", "replace"})
# "added X to its terrorist list", "to the sanctions list", "to a blacklist".
_LIST_WORDS = frozenset({"terror", "terrorist", "terrorism", "sanction", "sanctions",
                         "blacklist", "designation"})


# The body that leads a group: whoever leads it leads the group ("led the political bureau
# of Hamas"), unlike one office of it ("headed the media office of X").
_LEADING_BODIES = frozenset({"politburo", "leadership"})


def _led_bodies(objects: list[Token]) -> list[Token]:
    """The group whose leading body a verb's object names: "the political bureau of X"."""
    return [g for o in objects
            if o.lemma_.lower() in _LEADING_BODIES or (
                o.lemma_.lower() in ("bureau", "office", "council") and
                any(c.lower_ == "political" for c in o.children))
            for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _prep_objects(verb: Token, prep: str) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]


def _onto_list(verb: Token) -> bool:
    """Whether "add" puts its object on a terrorist or sanctions list."""
    return any((g.lower_ in ("list", "blacklist") and (
        g.lower_ == "blacklist" or any(c.lemma_.lower() in _LIST_WORDS or c.lower_ in
                                       _LIST_WORDS for c in g.children)))
               for g in _prep_objects(verb, "to"))


def _office_bodies(verb: Token) -> list[Token]:
    """"... as head of Z": the body the leading title of the "as" phrase names (a deputy's
    or a member's title names none)."""
    titles = [t for t in _prep_objects(verb, "as") if t.lower_ in LEADING_TITLES and not any(
        c.lower_ in ("deputy", "vice", "assistant") for c in t.children)]
    return [g for t in titles for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


# "Y created X as a front", "Y uses X as a brand": X is Y's front.
FRONTING_VERBS = frozenset({"create", "set", "form", "establish", "use", "employ", "launch"})


# What a sponsor pays for or supplies of a group's own: "funds X's operations".
_OWNED_AID = frozenset({"budget", "operation", "activity", "arsenal", "program", "programme",
                        "salary", "payroll", "weapon", "arm", "fighter", "network"})


def _aid_owners(objects: list[Token]) -> list[Token]:
    """"funds X's operations", "provides most of X's budget": the owner X of the aid."""
    owned = [*objects, *(g for o in objects for p in o.children if p.dep_ == "prep" and
                         p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
    return [c for o in owned if o.lemma_.lower() in _OWNED_AID or o.lemma_.lower() in AID_WORDS
            for c in o.children if c.dep_ == "poss"]


def _joins_action(verb: Token) -> bool:
    """"joined Y in attacking Z", "joined Y in the war": the joiner shares an action."""
    return any(g.tag_ == "VBG" or g.lemma_.lower() in JOINED_ACTIONS
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
               for g in c.children if g.dep_ in ("pobj", "pcomp"))


def _as_front(verb: Token) -> bool:
    return any(ROLE_NOUNS.get(g.lower_) == "front_for" for g in _prep_objects(verb, "as"))


def _gives_aid(verb: Token) -> bool:
    """Whether what a giving verb gives is aid ("drones", "funding"), or the one given
    it comes first ("provides X with money")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(t.lemma_.lower() in RECEIVE_OBJECTS or t.lemma_.lower() in AID_WORDS
               for o in objects for t in _with_conjuncts(o)) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


# Aid a sponsor gives besides the words of RECEIVE_OBJECTS ("$700 million", "engines").
AID_WORDS = frozenset({"dollar", "cash", "component", "part", "technology", "expertise",
                       "advice", "intelligence", "ammunition", "munition", "explosive",
                       "budget", "salary", "fighter", "adviser", "advisor", "million",
                       "billion", "engine", "launcher", "warhead"})
