"""Finding event triggers and weapons in a parsed sentence.

A trigger is a word or lemma phrase of the ontology ("attack", "air strike",
"claim responsibility"); a weapon a lemma phrase of the weapon lexicon
("rocket", "one-way attack drone"). Both are matched on lowercase lemmas,
longest phrase first, so "anti-tank missile" wins over "missile".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from axiswatch.kb.ontology import Ontology, Trigger, Weapon
from axiswatch.nlp.tokens import DocTokens, derived, doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB"})
MODIFIER_DEPS = frozenset({"amod", "compound"})
# How the parse hangs a verb's particle: "picked him up" (prt), "took him away" (advmod).
PARTICLE_DEPS = frozenset({"prt", "advmod"})


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_H = TypeVar("_H", bound=_Spanned)


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a sentence: its tokens and the token that heads it."""

    trigger: Trigger
    start: int  # token index of the first token
    end: int  # token index after the last token
    head: int  # the token the parse attaches the phrase by

    @property
    def event_type(self) -> str:
        return self.trigger.event_type


@dataclass(frozen=True, slots=True)
class WeaponHit:
    """A weapon named in a sentence."""

    weapon: Weapon
    start: int
    end: int


def lemma(token: Token) -> str:
    """A token's lowercase lemma, falling back to its lowercase form (worked out once per
    document: the trigger, weapon and cue passes all read it).

    A capitalized plural at the start of a sentence or of a list item that the tagger took
    for a name ("Rockets struck the base", "March 3: Drones hit ...") is read as the
    common noun it is.
    """
    return derived(token.doc, "base_lemma", _lemmas)[token.i]


def _lemmas(table: DocTokens) -> list[str]:
    return [_lemma_of(t, low, lem) for t, low, lem in
            zip(table.tokens, table.lower, table.lemma, strict=True)]


def _lemma_of(token: Token, low: str, value: str) -> str:
    """:func:`lemma` of a token whose lowercase form is ``low`` and lowercase lemma ``value``."""
    if _capital_plural(token) and _starts_line(token) and low.endswith("s") and \
            not low.endswith("ss") and token.ent_type_ in MISTAKEN_LABELS:
        return low[:-1]
    if low in MISREAD_FORMS:
        return MISREAD_FORMS[low]
    return value if value and value != "-pron-" else low


# Forms the lemmatizer takes for another word's: "bases" is read as the plural of
# "basis", where reports of blows mean military bases ("drones struck two US bases");
# "barracks", one building or many, is read now as itself, now as a "barrack"; "staged"
# and "staging" as forms of "stag" ("militants staged attacks on X"); "hoped" and
# "hoping" as forms of "hop" ("the envoy hoped for talks").
MISREAD_FORMS = {"bases": "base", "barracks": "barracks", "staged": "stage",
                 "staging": "stage", "hoped": "hope", "hoping": "hope"}


# Labels the NER gives a capitalized common plural that opens a line ("Mortars hit",
# "Missiles struck"), besides none: never a place's, a group's or a people's.
MISTAKEN_LABELS = frozenset({"", "PRODUCT", "PERSON", "WORK_OF_ART"})


def _capital_plural(token: Token) -> bool:
    """A plural the tagger took for a name: tagged so, or tagged a singular name yet the
    subject of its clause ("Missiles reached the city")."""
    return token.tag_ == "NNPS" or (token.tag_ == "NNP" and token.dep_ in ("nsubj", "nsubjpass"))


# Marks after which a line of a list begins with a capital ("March 3: Rockets hit ...").
LINE_OPENERS = frozenset({":", "-", "\u2013", "\u2014", "\u2022"})


def _starts_line(token: Token) -> bool:
    """Whether a word opens a sentence or an item of a list, where a common noun takes a
    capital."""
    if token.is_sent_start:
        return True
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return i >= 0 and (token.doc[i].text in LINE_OPENERS or _after_dateline(token.doc[i]))


def _after_dateline(mark: Token) -> bool:
    """Whether a comma closes a dateline in capitals opening the sentence ("DAMASCUS --",
    whose dash the parse reads as a comma, see nlp/text.py)."""
    if mark.text != "," or mark.i == mark.sent.start:
        return False
    opening = mark.doc[mark.sent.start:mark.i]
    # "ERBIL, Iraq --", "GAZA, March 3 (Reuters) --": a town in capitals, then its
    # country, date or wire credit as the NER names them
    return opening[0].text.isupper() and len(opening) <= DATELINE_LENGTH and all(
        t.text.isupper() or not t.is_alpha or t.ent_type_ in DATELINE_PARTS for t in opening)


# The longest dateline before its dash, in tokens ("BAGHDAD, March 14 (Reuters)").
DATELINE_LENGTH = 8
# What follows the town of a dateline: its country or region, the date, the wire.
DATELINE_PARTS = frozenset({"GPE", "LOC", "DATE", "ORG"})


def _matches(keys: Sequence[tuple[str, ...]], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(keys):
        return False
    return all(part in keys[i + k] for k, part in enumerate(phrase))


# Quotation marks a writer may put inside a phrase ('had "nothing to do" with').
QUOTES = frozenset({'"', "“", "”", "‘", "’", "``", "''"})


def _phrase_length(keys: Sequence[tuple[str, ...]], i: int,
                   phrase: tuple[str, ...]) -> int | None:
    """How many tokens from ``i`` the phrase takes, quotation marks inside it counted
    ('had "nothing to do" with' is "have nothing to do with"), or ``None`` when the
    tokens there do not spell it."""
    j = i
    for k, part in enumerate(phrase):
        while k > 0 and j < len(keys) and keys[j][-1] in QUOTES:
            j += 1
        if j >= len(keys) or part not in keys[j]:
            return None
        j += 1
    return j - i


def _split_particle(keys: Sequence[tuple[str, ...]], tokens: Sequence[Token], i: int,
                    phrase: tuple[str, ...]) -> bool:
    """Whether a verb and its particle ("pick up", "take away") stand on either side of a
    pronoun object: "picked him up", "took them away"."""
    if len(phrase) != 2 or i + 2 >= len(keys) or phrase[0] not in keys[i]:
        return False
    verb, obj, particle = tokens[i], tokens[i + 1], tokens[i + 2]
    return verb.pos_ in VERB_POS and obj.pos_ == "PRON" and obj.head.i == verb.i and \
        particle.head.i == verb.i and particle.dep_ in PARTICLE_DEPS and \
        particle.lower_ == phrase[1]


def _answered_with(trigger: Trigger, token: Token) -> bool:
    """A blow's noun that counts only as what its verbs answer with ("answered with
    artillery and drone fire") is found only there: "the fire at a depot" is no blow."""
    if trigger.event_type not in ("attack", "strike") or not trigger.verbs:
        return True
    verb = next((a for a in token.ancestors if a.pos_ in VERB_POS), None)
    return verb is not None and verb.lemma_.lower() in trigger.verbs and any(
        a.lower_ == "with" and a.dep_ == "prep" for a in token.ancestors)


def _pos_ok(trigger: Trigger, token: Token) -> bool:
    if not _answered_with(trigger, token):
        return False
    if trigger.pos == "NOUN":
        return token.pos_ in NOUN_POS
    if trigger.pos == "VERB":
        return token.pos_ in VERB_POS
    if trigger.pos == "ADP":  # "said they were not behind the blast"
        return token.pos_ == "ADP"
    if trigger.pos == "ADV":  # "said the aircraft had been hit unintentionally"
        return token.pos_ == "ADV"
    return token.pos_ in NOUN_POS or token.pos_ in VERB_POS or token.pos_ == "ADJ"


def lemma_keys(sent: Span) -> list[tuple[str, ...]]:
    """Each token's lemma and lowercase form (one when they agree): what trigger and
    weapon phrases are matched on, computed once per sentence for both."""
    lemmas = derived(sent.doc, "base_lemma", _lemmas)[sent.start:sent.end]
    lowers = doc_tokens(sent.doc).lower[sent.start:sent.end]
    return [(lem,) if lem == low else (lem, low) for lem, low in
            zip(lemmas, lowers, strict=True)]


def _longest_first(count: int, best_at: Callable[[int], _H | None]) -> list[_H]:
    """The hits of a left-to-right scan over ``count`` tokens: at each position the
    longest phrase starting there (``best_at``), none overlapping the one before."""
    hits: list[_H] = []
    i = 0
    while i < count:
        found = best_at(i)
        if found is not None:
            hits.append(found)
            i += found.end - found.start
        else:
            i += 1
    return hits


def find_triggers(sent: Span, ontology: Ontology,
                  keys: Sequence[tuple[str, ...]] | None = None) -> list[TriggerHit]:
    """Every trigger in ``sent``, longest phrase first, never overlapping (``keys``: the
    sentence's :func:`lemma_keys`, when already at hand)."""
    tokens = doc_tokens(sent.doc).tokens[sent.start:sent.end]
    found_keys = keys if keys is not None else lemma_keys(sent)

    def best_at(i: int) -> TriggerHit | None:
        found: TriggerHit | None = None
        for key in found_keys[i]:
            for trig in ontology.triggers_starting(key):
                if _split_particle(found_keys, tokens, i, trig.lemmas):
                    if (found is None or found.end - found.start < 3) and _pos_ok(trig, tokens[i]):
                        found = TriggerHit(trig, tokens[i].i, tokens[i].i + 3, tokens[i].i)
                    continue
                length = _phrase_length(found_keys, i, trig.lemmas)
                if length is None:
                    continue
                n = length
                # Verb phrases ("claim responsibility") head on the verb, noun
                # phrases ("air strike") on their last word.
                # A participle that modifies the phrase's last word ("targeted killing")
                # does not make it a verb phrase.
                verbal = tokens[i].pos_ in VERB_POS and tokens[i].dep_ not in MODIFIER_DEPS
                # A noun with its preposition ("attempt on") heads on the noun.
                with_prep = n > 1 and tokens[i + n - 1].pos_ == "ADP"
                head = tokens[i] if verbal or with_prep else tokens[i + n - 1]
                if not _pos_ok(trig, head):
                    continue
                if n > 1 and not verbal and head.pos_ not in NOUN_POS:
                    continue  # "a drone struck": not the noun "drone strike"
                if found is None or n > found.end - found.start:
                    found = TriggerHit(trig, tokens[i].i, tokens[i].i + n, head.i)
        return found

    return _longest_first(len(tokens), best_at)


# Warships a weapon's name may describe ("aircraft carrier", "missile cruiser"): the
# words name the ship, which is what is struck, not what struck it.
PLATFORM_NOUNS = frozenset({"carrier", "destroyer", "cruiser", "frigate", "corvette"})


def _names_platform(tokens: Sequence[Token], after: int) -> bool:
    """Whether the token at ``after``, just past a weapon's words, is a warship those
    words describe."""
    return after < len(tokens) and tokens[after].lemma_.lower() in PLATFORM_NOUNS and \
        tokens[after - 1].dep_ == "compound" and tokens[after - 1].head.i == tokens[after].i


def _common_noun(tok: Token) -> bool:
    """Whether a word stands as a common noun of its own ("shells struck the road"), not
    as a name ("Shell") or a modifier of another noun ("shell companies")."""
    return tok.pos_ == "NOUN" and tok.dep_ != "compound" and (
        tok.is_sent_start or not tok.text[:1].isupper())


def find_weapons(sent: Span, ontology: Ontology,
                 keys: Sequence[tuple[str, ...]] | None = None) -> list[WeaponHit]:
    """Every weapon named in ``sent``, longest phrase first, never overlapping."""
    tokens = doc_tokens(sent.doc).tokens[sent.start:sent.end]
    found_keys = keys if keys is not None else lemma_keys(sent)

    def best_at(i: int) -> WeaponHit | None:
        best: WeaponHit | None = None
        for key in found_keys[i]:
            for term, weapon in ontology.weapons_starting(key):
                if weapon.proper and not tokens[i].text[:1].isupper():
                    continue  # "a typhoon hit the coast": the storm, not the jet
                if weapon.common and not _common_noun(tokens[i]):
                    continue  # "shell companies", "Shell's tanker": no munition
                if _matches(found_keys, i, term) and _names_platform(tokens, i + len(term)):
                    continue  # "the aircraft carrier", "a guided-missile destroyer": a ship
                if _matches(found_keys, i, term) and (best is None or
                                                        len(term) > best.end - best.start):
                    best = WeaponHit(weapon, tokens[i].i, tokens[i].i + len(term))
        return best

    return _longest_first(len(tokens), best_at)
