"""Does a trigger state an occurrence? Filters for headlines, names and dates, generic
and anaphoric plurals ("attacks against Jewish targets", "these attacks"), and
hypothetical, conditional or negated mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.arguments import (
    first_conjunct,
    governing_verb,
    inherited_subjects,
    is_negated,
    subtree_tokens,
    unbought,
    verb_auxes,
)
from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import ARMED, Draft
from axiswatch.extract.places import RUN_NOUNS
from axiswatch.extract.reference import DEFINITE
from axiswatch.extract.triggers import lemma
from axiswatch.extract.when import ongoing, tense
from axiswatch.model import Event
from axiswatch.nlp.dates import DateMatch
from axiswatch.nlp.linking import PLACE_TYPES
from axiswatch.nlp.tokens import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Verbs above a trigger that make it hypothetical.
BLOCKING_VERBS = frozenset({"prevent", "avoid", "deter", "fear", "risk", "seek", "want",
                            "contemplate", "consider", "threaten", "warn", "urge", "call",
                            "aim", "hope", "need", "intend", "wish", "reject", "eager",
                            "could", "would", "stop", "cease", "halt", "end", "suspend",
                            "pause", "lift", "likely", "expect", "poise", "plan", "prepare",
                            "ready", "prepared", "able", "capable", "allow", "deny", "design",
                            "disavow", "disown", "disclaim", "determined", "willing",
                            "keen", "resolve", "resolved"})
# Verbs whose "to" complement is an act not done: a skill taught ("trained fighters to
# launch drones"), a price put on it ("offered $300,000 to people to kill X").
UNDONE_PURPOSE_VERBS = frozenset({"train", "teach", "instruct", "equip", "offer"})
TERMINAL = (".", "!", "?", '"', "'", ")", "”", "’")


def is_headline(sent: Span) -> bool:
    """A line of its own without final punctuation, with more text after it: a title,
    caption or link. (A text that is one such line, a feed item's title, is kept.)"""
    text = text_of(sent).strip()
    if _bullet_label(sent):
        return True
    if not text or text.endswith(TERMINAL):
        return False
    doc = sent.doc
    if not any(not t.is_space for t in doc[sent.end:]):
        return False  # nothing follows: the line is the report itself
    if sent.start == 0:
        return True
    prev = doc[sent.start - 1]  # the line break may be a space token or whitespace
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


BULLETS = frozenset({"-", "*", "•", "–", "—"})


def _bullet_label(sent: Span) -> bool:
    """"- Strikes in Baghdad. A US drone strike killed ...": the verbless topic label that
    opens a bullet, with the bullet's own sentence after it on the same line."""
    doc = sent.doc
    before = next((t for t in reversed(doc[max(0, sent.start - 2):sent.start])
                   if not t.is_space), None)
    bulleted = text_of(sent).lstrip()[:1] in BULLETS or (
        before is not None and before.text in BULLETS)
    if not bulleted:  # most sentences: their words need no look
        return False
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return sent.end < len(doc) and not doc[sent.end - 1].whitespace_.count("\n") and \
        not doc[sent.end].is_space


def in_name_or_date(ctx: DocContext, tok: Token) -> bool:
    """Whether a trigger word is part of a name ("Strike Group") or a date ("March 3")."""
    m = ctx.ents.at(tok.i)
    if m is not None and m.label != "NORP":
        return True
    return tok.ent_type_ in ("DATE", "TIME")


def dated_subtree(tok: Token, dates: list[DateMatch]) -> bool:
    """Whether a date expression lies in ``tok``'s subtree."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return any(lo <= d.start and d.end <= hi for d in dates)


def _other_between(tok: Token, char: int, heads: frozenset[int]) -> bool:
    """Whether another trigger stands between ``tok`` and character ``char``."""
    return any(tok.i < h and tok.doc[h].idx < char for h in heads)


def _date_pins(draft: Draft, tok: Token, verb: Token | None,
               heads: frozenset[int] = frozenset()) -> tuple[bool, bool]:
    """(date inside the trigger's phrase, date stated for its clause's verb)."""
    d = draft.date
    if d is None:
        return False, False
    doc = tok.doc
    np = subtree_tokens(tok, skip_deps=("conj", "relcl", "appos"))
    in_np = np[0].idx <= d.start and d.end <= np[-1].idx + len(np[-1]) and \
        not (d.start > tok.idx and len(d.text) > 0 and _other_between(tok, d.start, heads))
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    sent_start = tok.sent.start_char
    on_verb = d.start - sent_start <= 12 and d.start < tok.idx  # "Since August 5, ..."
    if span is not None and verb is not None and not on_verb:
        inside = {t.i for t in span}
        for anc in list(span.root.ancestors)[:4]:
            if anc.i == verb.i:
                on_verb = True
                break
            if anc.i not in inside and anc.pos_ in ("NOUN", "PROPN", "VERB"):
                break
    return in_np, on_verb


# Prepositions that aim or place planned attacks ("preparing attacks on X / in Y").
PLOTTED_PREPS = frozenset({"on", "against", "targeting", "in", "at", "near", "inside"})


def is_generic(ctx: DocContext, tok: Token, draft: Draft, killed: bool,
             heads: frozenset[int] = frozenset()) -> bool:
    """Generic or anaphoric: "attacks against Jewish targets", "these attacks",
    "most of the attacks" (with nothing that pins them down)."""
    onto = ctx.ontology
    if _anyone_who(tok if tok.pos_ == "VERB" else governing_verb(tok)):
        return True  # "those who refused were sentenced", "anyone who joins faces arrest"
    if tok.pos_ == "VERB":
        # "have launched dozens of attacks": a count, not an occurrence; but "denied any
        # part in the blast" denies and "would not take part in the talks" refuses,
        # whatever they count
        denial = draft.type == "statement" and draft.subtype in ("denial", "rejection")
        for obj in (c for c in _verb_objects(tok) if not denial):
            if lemma(obj) in onto.quantifiers and not (draft.date and
                                                       draft.date.precision == "day") \
                    and not _salvo(ctx, tok, obj) and not _cargo(ctx, draft, obj) \
                    and not _roundup(ctx, draft, tok, obj):
                return True
        return _frequent(tok) or (draft.type in ARMED and (
            _long_done(tok) or _record_over_time(ctx, tok, draft) or
            _what_a_site_is_used_for(ctx, tok) or _doers_described(ctx, tok, draft)))
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if _spell_of_time(tok) and not killed and not (draft.date and
                                                   draft.date.precision == "day"):
        return True  # "survived weeks of heavy American bombing": a campaign's span
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
    plural = tok.tag_ in ("NNS", "NNPS")
    in_np, on_verb = _date_pins(draft, tok, governing_verb(tok), heads)
    counted = any(c.dep_ == "nummod" for c in tok.children)
    if dets and dets[0] in onto.anaphoric_determiners:
        return True
    if _called_usual(tok):
        return True
    quantified = any(lemma(c) in onto.quantifiers for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in
        onto.quantifiers and tok.head.head.i < draft.hit.start)  # not "list of ..." itself
    if quantified:
        return not counted and not _one_run(ctx, tok, draft, on_verb) and \
            not _several_on_a_day(tok, draft, in_np or on_verb)
    if plural and draft.hit.trigger.verbs:
        # "slapped sanctions on X": the plural of a measure names one act, which its
        # verb tells; only a habit of that verb makes it generic
        verb = governing_verb(first_conjunct(tok))
        return verb is None or _frequent(verb)
    if not plural or draft.type == "meeting":
        return False  # "opened talks": plural in form, one occurrence
    if draft.type == "plot" and draft.hit.trigger.event_type != "plot" and any(
            c.dep_ == "prep" and c.lower_ in PLOTTED_PREPS for c in tok.children):
        return False  # "the cell was preparing attacks on X / in Y": one plot
    if in_np or on_verb or counted or killed or _one_run(ctx, tok, draft, on_verb) or \
            claimed_occurrence(ctx, tok) or _performed_on_named(ctx, tok) or \
            _blows_on_named(ctx, tok) or _reported_on_named(ctx, tok) or \
            _effect_dated(tok, draft) or running_campaign(ctx, tok, draft):
        return False
    return not dets or dets[0] not in ("the", "a", "an")


# Nouns of a span of time whose plural measures a campaign ("weeks of bombing").
TIME_SPANS = frozenset({"hour", "day", "week", "month", "year"})


def _spell_of_time(tok: Token) -> bool:
    """"weeks of heavy American bombing", "months of shelling": blows told as what
    filled a span of days, not as one occurrence."""
    span = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(span) in TIME_SPANS \
        and span.tag_ == "NNS"


# Pronouns that stand for whoever fits a description ("those who refused").
DESCRIBED_PERSONS = frozenset({"those", "anyone", "anybody", "whoever", "everyone",
                               "everybody"})


# Deeds that make people a class a rule is told of ("those who refuse", "anyone who joins").
CLASS_DEEDS = frozenset({"refuse", "decline", "join", "defy"})


def _anyone_who(verb: Token | None) -> bool:
    """Whether the subject of ``verb`` is anyone who fits a description ("those who
    refused to recant were jailed", "anyone who joins faces arrest"): a rule told of a
    class, not of people one could name. Those who did one deed told as such ("those who
    carried out the attack on the embassy have been arrested") are people, not a class."""
    if verb is None:
        return False
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "anyone who joins faces arrest" (the noun parsed as a verb)
    described = [c for c in inherited_subjects(verb) if c.lower_ in DESCRIBED_PERSONS and (
        c.lower_ == "whoever" or any(r.dep_ == "relcl" for r in c.children))]
    if not described:
        return False
    clauses = [r for c in described for r in c.children if r.dep_ == "relcl"]
    return _told_as_rule(verb) or any(lemma(r) in CLASS_DEEDS for r in clauses) or not any(
        _one_deed(r) for r in clauses)


def _told_as_rule(verb: Token) -> bool:
    """"faces arrest", "will be jailed", "are jailed": a verb of what always or will
    happen, not of what was done ("have been arrested", "are being held")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return True
    return verb.tag_ != "VBG" and not any(lemma(a) == "have" for a in auxes) and (
        verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes))


def _one_deed(clause: Token) -> bool:
    """"who carried out the attack on the embassy", "who took part in the rally on
    Friday": a relative clause of one deed, by a thing it names as known or a date."""
    return any(t.ent_type_ == "DATE" or (t.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children))
        for t in clause.subtree)


def _verb_objects(verb: Token) -> list[Token]:
    """A verb's direct objects, or the one it shares with the verb joined after it
    ("kidnapped and killed thousands of people": thousands were kidnapped too; the
    parser may join that object to the first verb as if it were a verb itself)."""
    own = [c for c in verb.children if c.dep_ == "dobj"]
    joined = [c for c in verb.children if c.dep_ == "conj"]
    return own or [c for c in joined if c.pos_ in ("NOUN", "PROPN")] or [
        o for v in joined if v.pos_ == "VERB" for o in v.children if o.dep_ == "dobj"]


def _long_done(verb: Token) -> bool:
    """"Israel has long struck targets in Syria": blows struck over a long time are a
    habit, not one occurrence ("has long been designated" stays a standing measure)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "long"
                                      for c in verb.children) and \
        any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


# Verbs whose "to" complement is what a means is put to ("has used gangs to target critics").
MEANS_VERBS = frozenset({"use", "employ"})


def _what_a_site_is_used_for(ctx: DocContext, verb: Token) -> bool:
    """"Struck a site used to launch drones", "an airfield that had been used to launch
    missiles", "launchers the group uses to fire at ships": what a place or a thing that
    is no weapon serves for is no blow of its own, nor is what someone "used to" do
    ("drones were used to attack the tanker" tells one)."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    means = verb.head
    if lemma(means) not in MEANS_VERBS:
        return False
    used = [c for c in means.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(u.tag_ not in ("WDT", "WP") for u in used if u.dep_ == "dobj"):
        return False  # "the group used drones to attack the tanker": the blow is told
    if means.dep_ in ("acl", "relcl"):
        used.append(means.head)  # "a site used to ...", "a site that X used to ..."
    # (a relative pronoun the parse hangs on no noun stands for the word before it)
    used = [verb.doc[u.i - 1] if u.tag_ in ("WDT", "WP") and u.i > 0 else u for u in used
            if u.tag_ not in ("WDT", "WP") or means.dep_ != "relcl"]
    arms = [(w.start, w.end) for w in ctx.weapons(verb.sent)]
    # (with nothing used, "the group used to launch drones" tells a habit of the past)
    return not any(lo <= t.i < hi for u in used for t in u.subtree
                   if t.i < verb.i for lo, hi in arms)


def _record_over_time(ctx: DocContext, verb: Token, draft: Draft) -> bool:
    """"Since 2021 the group has attacked shipping", "Israel has struck targets in Syria
    since 2017", "Tehran has used gangs to target its critics abroad": blows told in the
    present perfect over a stretch of years, or as the use of a means or what it has been
    or is put to, are a record or a habit, not one occurrence. A day's date still pins
    one ("used a drone to attack X on Monday"), and so do the blows it lists ("have used
    drones in several attacks, including one on X in April": those lend it their means).
    """
    if draft.date is not None and draft.date.precision == "day":
        return False
    if any(t.lower_ == "including" for t in verb.subtree):
        return False
    means = verb.head if verb.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else verb
    if lemma(means) in MEANS_VERBS:  # "has used drones (to strike tankers)"
        _past, perfect = tense(means, ctx.ontology.undated_adverbs)
        return perfect or means.tag_ in ("VBZ", "VBP")
    _past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    return perfect and any(c.dep_ == "prep" and ((c.lower_ in SPAN_PREPS and _years_long(c)) or
                                                 _past_stretch(c)) for c in verb.children)


def _doers_described(ctx: DocContext, verb: Token, draft: Draft) -> bool:
    """"the militias that have attacked US troops since October": blows told in the
    present perfect over a stretch, in a clause that describes who dealt them, say who
    the doers are, not one occurrence (a day's date still pins one)."""
    if verb.dep_ != "relcl" or (draft.date is not None and draft.date.precision == "day"):
        return False
    _past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    return perfect and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


# Spans of time long enough that what was done over them is a record ("the past year";
# "for months" stays the campaign a report follows).
LONG_SPANS = frozenset({"year", "decade"})
# Prepositions that spread what a verb tells over a past stretch.
STRETCH_PREPS = frozenset({"over", "for", "during", "in", "throughout"})


def _past_stretch(prep: Token) -> bool:
    """"over the past year", "for most of the last two years", "in the past decade": a
    stretch of years up to now (not "over the past week", a run of days, nor "during last
    year's war")."""
    return prep.lower_ in STRETCH_PREPS and any(
        lemma(t) in LONG_SPANS and any(a.lower_ in ("past", "last") for a in t.children)
        and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)
        for t in prep.subtree)  # not "during last year's war", one war's days


def _years_long(span: Token) -> bool:
    """"since 2019", "during the 2006 war": a stretch told by a year, a record of years
    ("have fired salvoes at X since October" is the campaign still running)."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in span.subtree)


# Predicates that make events a pattern ("the strikes have become routine").
USUAL_PREDICATES = frozenset({"routine", "common", "commonplace", "frequent", "regular",
                              "rare", "daily", "familiar"})


def _called_usual(tok: Token) -> bool:
    """"The strikes have become routine", "such attacks are common": a pattern is told,
    no occurrence."""
    return tok.dep_ == "nsubj" and lemma(tok.head) in ("be", "become", "remain") and any(
        c.dep_ == "acomp" and c.lower_ in USUAL_PREDICATES for c in tok.head.children)


# Verbs by which a group owns attacks ("claimed two attacks on ships").
CLAIM_VERBS = frozenset({"claim", "endorse"})
# What one claims or takes for a deed ("claimed responsibility for attacks on X").
OWNED_DEEDS = frozenset({"responsibility", "credit"})
# Verbs that take it ("took responsibility for", "assumed responsibility for").
OWNING_VERBS = frozenset({"take", "assume", "accept"})
# Participles that name what attacks were aimed at ("attacks targeting X").
TARGETING_VERBS = frozenset({"target", "hit", "strike"})
# Prepositions that name what attacks hit.
_TARGET_PREPS = frozenset({"on", "against", "at"})
# Prepositions that place claimed attacks.
_SITE_PREPS = frozenset({"in", "near", "outside"})


def claimed_occurrence(ctx: DocContext, tok: Token) -> bool:
    """"The Houthis claimed two attacks on ships", "claimed attacks on two tankers, the X
    and the Y": plural attacks claimed in the simple past that are counted, or aimed at
    targets counted or named, are the news of the day, unlike "groups have claimed
    attacks" or "claimed five attacks since Sunday" (a tally)."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "for" and lemma(verb.head) in OWNED_DEEDS and \
            verb.head.dep_ == "dobj":
        # "claimed responsibility for drone attacks on Eilat and Haifa"
        verb = verb.head.head
        if lemma(verb) not in CLAIM_VERBS | OWNING_VERBS:
            return False
    elif tok.dep_ != "dobj" or lemma(verb) not in CLAIM_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in (*verb.children, *tok.children)):
        return False
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    if not (past or perfect):
        return False
    if past and any(c.dep_ == "nummod" for c in tok.children):
        return True
    targets = [obj for p in tok.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS
               for obj in p.children if obj.dep_ in ("pobj", "pcomp")]
    # "claimed drone attacks targeting Eilat": the participle names what was hit
    targets += [obj for a in tok.children if a.dep_ == "acl" and lemma(a) in TARGETING_VERBS
                for obj in a.children if obj.dep_ == "dobj"]
    if perfect:  # "has claimed attacks on Eilat and Haifa", not "on US forces in Syria"
        return any(_named_site(ctx, t) for t in targets)
    # "claimed the twin bombings in X": attacks placed in a named town are the day's news
    sites = [obj for p in tok.children if p.dep_ == "prep" and p.lower_ in _SITE_PREPS
             for obj in p.children if obj.dep_ in ("pobj", "pcomp")]
    if any(_named_site(ctx, t) for t in sites):
        return True
    return any(any(c.dep_ == "nummod" for c in t.children) or t.pos_ == "PROPN"
               or any(m.entity_id for m in ctx.mentions_of(list(t.subtree)))
               for t in targets)


# Prepositions that name where or on what strikes a verb of doing tells were carried out.
_AIMED_PREPS = frozenset({"on", "against", "at", "in", "near", "across"})


# Verbs of reply whose "with" names the blows they answered with ("retaliated with
# strikes on X").
REPLY_VERBS = frozenset({"respond", "retaliate", "reply", "react", "answer", "hit", "strike"})


# Verbs of saying whose past puts the deed they report in the past perfect.
SAYING = frozenset({"say", "announce", "report", "confirm", "state", "tell", "add"})


def _backshifted(verb: Token) -> bool:
    """"The coalition said it had begun strikes on X": a past perfect that reported
    speech makes of the speaker's simple past (not "has conducted", a record)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and auxes == ["had"] and verb.dep_ == "ccomp" and \
        verb.head.tag_ == "VBD" and lemma(verb.head) in SAYING


def _performed_on_named(ctx: DocContext, tok: Token) -> bool:
    """"Pakistan carried out retaliatory strikes against hideouts in X", "jets conducted
    strikes on Y", "Israel retaliated with strikes on Z", "the president ordered strikes on
    sites used by X": a bare plural a verb of doing, of ordering or of reply tells in the
    simple past, aimed at a named place or party, is the day's news, unlike "has
    conducted strikes in Syria" (a record), "conducted strikes throughout the war" (a
    campaign) or "carries out strikes in X" (a habit)."""
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and lemma(tok.head.head) in REPLY_VERBS:
        verb = tok.head.head  # "Israel retaliated with air strikes on X": the reply
    elif tok.dep_ != "dobj" or lemma(verb) not in DOING_VERBS | ORDERING_BLOWS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in (*verb.children, *tok.children)):
        return False
    if not (verb.tag_ == "VBD" or _backshifted(verb)):
        return False
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    if not _backshifted(verb) and (not past or perfect or any(c.dep_ == "aux"
                                                              for c in verb.children)):
        return False
    aimed = [obj for h in (tok, verb) for p in h.children
             if p.dep_ == "prep" and p.lower_ in _AIMED_PREPS
             for obj in p.children if obj.dep_ in ("pobj", "pcomp")]
    return any(m.entity_id for t in aimed for m in ctx.mentions_of(list(t.subtree)))


# Verbs by which a leader has blows dealt ("the president ordered strikes on X").
ORDERING_BLOWS = frozenset({"order"})


# Verbs of blows landing, whose subject is the blows themselves ("strikes hit X"), and
# the prepositions that place where they landed.
LANDING_VERBS = frozenset({"hit", "target", "strike", "destroy", "pound", "damage", "level",
                           "flatten", "bomb"})
_LANDED_PREPS = _AIMED_PREPS | {"outside", "around"}


def _effect_dated(tok: Token, draft: Draft) -> bool:
    """"Rocket attacks on the Green Zone forced the embassy to sound its alarms on Sunday
    night": blows told as the subject of what they did in the simple past, that effect
    dated to a day, were that day's (unlike "attacks have forced many to flee")."""
    verb = tok.head
    d = draft.date
    if tok.dep_ != "nsubj" or verb.tag_ != "VBD" or d is None or d.precision != "day":
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    told = subtree_tokens(verb, skip_deps=("parataxis", "nsubj"))
    return any(t.idx <= d.start < t.idx + len(t) for t in told)


def _blows_on_named(ctx: DocContext, tok: Token) -> bool:
    """"Israeli strikes hit Hezbollah positions near X", "airstrikes attributed to Israel
    hit a convoy near Y": bare plural blows of a named side that, in the simple past,
    land on a named place or party are the day's news, as the same blows told by a verb of doing are
    (see :func:`_performed_on_named`), unlike "strikes have hit X" (a record) or "strikes
    hit X throughout the war" (a campaign)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.tag_ != "VBD" or lemma(verb) not in LANDING_VERBS:
        return False
    if any(c.dep_ == "prep" and (c.lower_ in SPAN_PREPS or _over_the_past(c))
           for c in (*verb.children, *tok.children)):
        return False
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    if not past or perfect or any(c.dep_ == "aux" for c in verb.children):
        return False
    # "officials said strikes hit X": blows of no named side that sources speak of are
    # the strikes the report tells, seen from another side, unlike "US strikes hit X"
    owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "acl")]
    if not any(m.entity_id for c in owners for m in ctx.mentions_of(list(c.subtree))) and \
            verb.dep_ == "ccomp":
        return False
    hit = [c for c in verb.children if c.dep_ == "dobj"]
    hit += [obj for h in (verb, *hit) for p in h.children
            if p.dep_ == "prep" and p.lower_ in _LANDED_PREPS
            for obj in p.children if obj.dep_ in ("pobj", "pcomp")]
    return any(m.entity_id for t in hit for m in ctx.mentions_of(list(t.subtree)))


# Verbs by which blows are told as seen or heard of ("strikes were reported on X").
SIGHTED_VERBS = frozenset({"report", "hear", "see", "record", "observe"})


def _reported_on_named(ctx: DocContext, tok: Token) -> bool:
    """"Airstrikes were also reported on the Mazzeh district of Damascus", "explosions
    were heard near the X airport": bare plural blows that a passive verb of report tells,
    in the simple past, on or near a named place are the day's news, unlike "strikes
    have been reported in X since 2019" (a record), "strikes are often reported in X" (a
    habit) or "strikes were reported" with no place named."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or lemma(verb) not in SIGHTED_VERBS or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes) or any(
            a.dep_ == "aux" for a in auxes):
        return False
    if any(c.dep_ == "prep" and (c.lower_ in SPAN_PREPS or _over_the_past(c))
           for c in (*verb.children, *tok.children)):
        return False
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    if not past or perfect:
        return False
    hit = [obj for h in (verb, tok) for p in h.children
           if p.dep_ == "prep" and p.lower_ in _LANDED_PREPS
           for obj in p.children if obj.dep_ in ("pobj", "pcomp")]
    return any(m.entity_id and m.etype in PLACE_TYPES and m.label != "NORP"
               for t in hit for m in ctx.mentions_of(list(t.subtree)))


# Words of a campaign a group keeps up that tell a record or a habit rather than one
# still running ("has carried out repeated attacks").
RECORD_MODIFIERS = frozenset({"repeated", "persistent", "frequent", "regular"})


def running_campaign(ctx: DocContext, tok: Token, draft: Draft) -> bool:
    """"The Houthis have kept up attacks on shipping in the Gulf", "continued Houthi
    attacks on tankers in the Gulf": a campaign of attacks a named group keeps running
    against a place, a party or a target it names is told as one event, with no one date
    and over all its sites, unlike
    "attacks on shipping have continued" (no doer), "has carried out repeated attacks"
    (a record) or "Israel has kept up strikes" (a state's blows, told one by one)."""
    if draft.type != "attack" or not (draft.actors or draft.claimed_by) or not (
            draft.place is not None or draft.target_actors or draft.target):
        return False
    if not ongoing(tok, ctx.ontology.ongoing_modifiers - RECORD_MODIFIERS):
        return False
    if tok.dep_ != "dobj":
        return True  # "continued Houthi attacks on X"
    # "have kept up", "keep up" (still running), not "vowed to keep up attacks"
    past, perfect = tense(tok.head, ctx.ontology.undated_adverbs)
    return (past or perfect or tok.head.tag_ in ("VBZ", "VBP")) and not _long_done(tok.head)


def _over_the_past(prep: Token) -> bool:
    """"over the past year", "over the last two weeks": a stretch of time, not a day."""
    return prep.lower_ == "over" and any(a.lower_ in ("past", "last") for o in prep.children
                                         for a in o.children)


def _named_site(ctx: DocContext, target: Token) -> bool:
    """Whether a target names a town or a site (not a country, a region or a force)."""
    for t in (target, *target.conjuncts):
        for m in ctx.mentions_of([t]):
            if m.etype in ("place", "facility") and ctx.place(m).precision in (
                    "facility", "town", "district"):
                return True
    return False


# Verbs that carry out the run they take as object ("conducted a series of strikes").
DOING_VERBS = frozenset({"conduct", "carry", "launch", "mount", "stage", "unleash", "fire",
                         "begin"})


# Words that count a few acts of one episode: "several attacks on Israeli troops on Monday".
FEW_OF_A_DAY = frozenset({"several", "multiple"})


def _several_on_a_day(tok: Token, draft: Draft, dated: bool) -> bool:
    """"Hezbollah claimed several attacks on Israeli troops on Monday": a few blows its
    phrase or its verb dates to one day are the day's episode, unlike "several attacks
    since October" or "most of the attacks"."""
    return dated and draft.type in ARMED and draft.date is not None and \
        draft.date.precision == "day" and any(c.dep_ == "amod" and lemma(c) in FEW_OF_A_DAY
                                              for c in tok.children)


def _one_run(ctx: DocContext, tok: Token, draft: Draft, on_verb: bool) -> bool:
    """"A series of blasts hit the base on Sunday", "jets carried out a series of strikes
    on X": a run of events its verb dates to one day, or that a verb of doing tells in the
    simple past, is one episode, unlike "a series of attacks since October", "has
    conducted a string of" or "the strikes answered a series of attacks"."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and
            lemma(tok.head.head) in RUN_NOUNS):
        return False
    if on_verb and draft.date is not None and draft.date.precision == "day":
        return True
    run = tok.head.head
    verb = run.head
    if run.dep_ != "dobj" or lemma(verb) not in DOING_VERBS or any(
            c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in verb.children):
        return False  # "the strikes answered a series of attacks": a reference back
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    return past and not perfect


def _cargo(ctx: DocContext, draft: Draft, obj: Token) -> bool:
    """"shipped hundreds of drones", "received missile parts": what a transfer counts is
    its load, not a number of transfers (unless the count is of transfers: "dozens of
    shipments")."""
    if draft.type != "transfer":
        return False
    counted = [c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj"]
    return not any(t.event_type == "transfer" for c in counted
                   for t in ctx.ontology.triggers_starting(lemma(c)))


def _roundup(ctx: DocContext, draft: Draft, verb: Token, obj: Token) -> bool:
    """"arrested dozens of people": an arrest counts its detainees, not arrests, and told
    in the simple past (or as what a verb in the simple past did) it is one roundup;
    "has detained hundreds since 2019" stays a campaign, and "carried out dozens of
    arrests" counts arrests."""
    if draft.type != "arrest":
        return False
    counted = [c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj"]
    if any(ctx.ontology.triggers_starting(lemma(c)) for c in counted):
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        verb = verb.head  # "broke up the rally, arresting dozens": told in its verb's tense
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    return past and not perfect and not any(
        c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in verb.children)


# Prepositions that spread what a verb tells over a period: a campaign, not one salvo.
SPAN_PREPS = frozenset({"since", "during", "throughout"})


def _salvo(ctx: DocContext, verb: Token, obj: Token) -> bool:
    """"fired dozens of rockets at X": the count is of munitions, not of attacks, and told
    in the simple past it is one salvo. "has fired thousands of rockets since 2006" or
    "fired hundreds of rockets during the war" stay a campaign."""
    counted = [c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj"]
    lo, hi = obj.i, obj.right_edge.i + 1
    munition = bool(counted) and any(lo <= w.start < hi for w in ctx.weapons(verb.sent))
    if not munition or any(ctx.ontology.triggers_starting(lemma(c)) for c in counted):
        return False
    past, _perfect = tense(verb, ctx.ontology.undated_adverbs)
    return past and not any(c.dep_ == "prep" and c.lower_ in SPAN_PREPS
                            for c in verb.children)


# Adverbs of frequency: with a verb in the present they tell a habit ("often fires").
FREQUENCY_ADVERBS = frozenset({"often", "usually", "typically", "sometimes", "regularly",
                               "routinely", "frequently", "repeatedly"})


def _frequent(verb: Token) -> bool:
    """"Hezbollah often fires rockets at the north", "his speeches often warned Israel": a
    habit, no occurrence ("has repeatedly denied" in the past stays a standing statement)."""
    if verb.tag_ == "VBD":  # "his speeches often warned Israel": a habit of the past
        return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS - {"repeatedly"}
                   for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in verb.children)


# Conjunctions that open a clause of its own time, told as having happened whatever the
# clause it hangs on plans or tries.
OWN_TIME_MARKS = frozenset({"when", "as", "after", "before"})


def is_blocked(ctx: DocContext, tok: Token, event_type: str) -> bool:
    """Hypothetical, negated or embedded under a word that makes it no occurrence."""
    if is_negated(tok):
        return True
    if tok.dep_ in ("xcomp", "advcl") and lemma(tok.head) in UNDONE_PURPOSE_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not (
            event_type == "plot" and lemma(tok.head) in ctx.ontology.plot_modifiers and
            not unbought(tok.head, tok)):
        return True  # but "instructed two men to kill X": the act they were to do
    if event_type != "statement" and _conditional(tok):
        return True  # "if Israel strikes Iran, ..."
    verb = governing_verb(tok)
    if verb is not None and event_type != "statement" and not (
            event_type == "plot" and forestalled(verb)):
        auxes = verb_auxes(verb)
        if any(a in ctx.ontology.modals or a in ctx.ontology.future for a in auxes):
            return True
    below = tok
    for anc in list(tok.ancestors)[:6]:
        if below.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and
                                         c.lower_ in OWN_TIME_MARKS for c in below.children):
            break  # "were planning to kill X when they were detained": the arrest happened
        low = lemma(anc)
        # "an attack on the field halted production": what a verb's subject does, not
        # what the verb stops or prevents
        if low in BLOCKING_VERBS and event_type not in ("statement", "plot") and \
                below.dep_ != "nsubj" and not _done_beside(below, verb) and \
                not judged_done(anc, below):
            return True
        if low == "mean" and event_type != "statement" and below.dep_ == "xcomp" and \
                any(c.dep_ == "auxpass" for c in anc.children):
            return True  # "the arms were meant to stay in X for sabotage": an aim
        if below.dep_ == "prep" and below.lower_ in TRUCE_PREPS and below.i > 0 and \
                lemma(below.doc[below.i - 1]) in TRUCE_NOUNS | HALT_NOUNS:
            return True  # "announced a truce on attacks", "a halt to attacks on X",
            # however the parse hangs the preposition
        if low == "be" and event_type != "statement" and _feared_course(ctx, anc, below):
            return True
        below = anc
        if event_type == "meeting" and low in ctx.ontology.pending_verbs:
            return True
        if anc.pos_ == "NOUN" and low in ctx.ontology.generic_heads:
            return True
    return False


def _feared_course(ctx: DocContext, copula: Token, clause: Token) -> bool:
    """"The risk is that a single strike pushes both sides further", "the fear is that
    the militias will retaliate": a course set out as what a risk or fear is, not one
    that happened."""
    return clause.dep_ in ("ccomp", "attr") and any(
        c.dep_ == "nsubj" and lemma(c) in ctx.ontology.generic_heads for c in copula.children)


# Verbs of catching men that forestall what they were about to do.
CATCHING = frozenset({"arrest", "detain", "catch", "apprehend", "capture", "intercept", "stop",
                      "kill", "seize", "nab"})


def forestalled(verb: Token) -> bool:
    """"The men were arrested before they could carry out an attack on X": the act of a
    clause of what one could do before one was caught was stopped, a foiled plot."""
    return verb.dep_ == "advcl" and lemma(verb.head) in CATCHING and any(
        c.dep_ == "mark" and c.lower_ == "before" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("could", "can") for c in verb.children)


# Agreements that stop the acts they are on ("a truce on attacks", "a ceasefire in strikes").
TRUCE_NOUNS = frozenset({"truce", "ceasefire", "armistice"})
TRUCE_PREPS = frozenset({"on", "in", "against", "to"})
# Nouns of a halt put to acts ("a halt to attacks", "a pause in strikes", "an end to raids").
HALT_NOUNS = frozenset({"halt", "pause", "end", "stop", "suspension", "moratorium", "freeze",
                        "cessation"})


# Words that join victims to one told before: "two aides were killed with him".
COMPANION_PREPS = frozenset({"with", "alongside", "beside"})
PERSON_PRONOUNS = frozenset({"him", "her", "them"})


def _done_beside(joined: Token, verb: Token | None) -> bool:
    """"planned and carried out the attack": a verb in the past joined to the blocking one
    that itself tells the act (``verb``, the act's governing verb) tells it done, not
    planned or feared ("planned and hoped to carry out" still tells a hope)."""
    return joined.dep_ == "conj" and joined.tag_ == "VBD" and verb is not None and \
        joined.i == verb.i


# Auxiliaries of a clause told as done: "that X had carried out the attack".
PERFECT_AUXES = frozenset({"had", "has", "have"})


def judged_done(judged: Token, clause: Token) -> bool:
    """"Britain said it was highly likely that Iran carried out the attack": a deed in the
    past that a "that" clause under "likely" tells, an act judged done, not one foreseen
    ("X is likely to strike again", "it is likely that X will strike" stay undone)."""
    return judged.lower_ == "likely" and clause.dep_ == "ccomp" and clause.pos_ == "VERB" and (
        clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in PERFECT_AUXES for c in clause.children)))


def fellow_victims(tok: Token) -> bool:
    """"Two aides and a driver were killed with him": more victims of the blow that
    killed the one the pronoun points at, told before, and no occurrence of their own."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in COMPANION_PREPS and any(
        p.dep_ == "pobj" and p.lower_ in PERSON_PRONOUNS for p in c.children)
        for c in tok.children)


def _conditional(tok: Token) -> bool:
    """Whether ``tok`` sits in an "if"/"unless" clause."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("dobj", "pobj", "prep", "advcl", "xcomp",
                                                   "ccomp", "conj", "nsubj", "nsubjpass"):
            return False
        cur = cur.head
    return False


# Words that give an explosion its cause: "officials blamed an airstrike", "attributed to
# a drone strike", "caused by", "the result of", "said jets had carried out a strike".
EXPLAINING = frozenset({"blame", "attribute", "cause", "result", "say", "report", "suspect",
                        "believe", "confirm", "add", "due", "because"})
# Strikes that explain a blast: a state's blow, or a munition of the air.
_AIR_WEAPONS = frozenset({"airstrike", "drone"})


def _root_of(ctx: DocContext, ev: Event) -> Token | None:
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    return None if span is None else span.root


def _told_blast(ctx: DocContext, ev: Event) -> bool:
    """"A blast ripped through a depot", "explosions shook the base": an event told by an
    explosion, its author unnamed."""
    if ev.type not in ("attack", "strike") or ev.actors or ev.claimed_by:
        return False
    root = _root_of(ctx, ev)
    if root is None:
        return False
    nouns = [root, *[c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]]
    return any(lemma(t) in ctx.ontology.blast_nouns for t in nouns)


def _explains(ctx: DocContext, ev: Event) -> bool:
    """A strike with no place of its own told as the cause of what came before it
    ("officials blamed an airstrike", "militia leaders said it was caused by a drone
    strike")."""
    if ev.location is not None or not (ev.type == "strike" or ev.weapon in _AIR_WEAPONS):
        return False
    root = _root_of(ctx, ev)
    if root is None:
        return False
    if root.pos_ == "VERB" and lemma(root) not in EXPLAINING:  # "an aircraft struck it"
        return any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in root.children)
    return any(lemma(a) in EXPLAINING or a.lower_ in EXPLAINING
               for a in [root, *list(root.ancestors)[:4]])


def explained_blasts(ctx: DocContext, events: list[Event]) -> list[Event]:
    """An unexplained blast told first and explained in the same or the next sentence as
    a strike is that strike, one occurrence: "A blast ripped through a depot near X;
    officials blamed an airstrike" (the strike takes the blast's place and day, the blast
    the strike's kind and doers)."""
    gone: set[str] = set()
    for i, blast in enumerate(events):
        if blast.id in gone or not _told_blast(ctx, blast):
            continue
        at = ctx.doc.char_span(blast.evidence.start, blast.evidence.end, alignment_mode="expand")
        if at is None:
            continue
        sents = {at.sent.start}
        nxt = at.sent.end
        if nxt < len(ctx.doc):
            sents.add(ctx.doc[nxt].sent.start)
        for cause in events[i + 1:]:
            root = _root_of(ctx, cause)
            if cause.id in gone or root is None or root.sent.start not in sents or \
                    not _same_day(blast, cause) or _told_blast(ctx, cause) or \
                    not _explains(ctx, cause):
                continue
            _as_cause(blast, cause)
            gone.add(cause.id)
            break
    return [ev for ev in events if ev.id not in gone]


def _same_day(a: Event, b: Event) -> bool:
    """Whether two events' dates (of any precision) may be one day."""
    return not (a.date and b.date) or a.date.startswith(b.date) or b.date.startswith(a.date)


def _as_cause(blast: Event, cause: Event) -> None:
    blast.type = "strike" if cause.type == "strike" else cause.type
    blast.subtype = cause.subtype
    blast.weapon = cause.weapon or blast.weapon
    blast.actors = blast.actors or cause.actors
    blast.attributed_to.extend(a for a in cause.attributed_to if a not in blast.attributed_to)
    blast.attributed_to = [a for a in blast.attributed_to if a not in blast.actors]
