"""When an event happened: the date expression that belongs to its trigger.

The date in the trigger's own phrase wins ("the December 31, 2019, assault"),
then the date a when-clause hangs from ("in 2019, when militants stormed X"),
then one in its clause or the phrase it hangs from ("the decision to kill X on
January 3"), then one the sentence states for all it says ("On Sunday, ...").
A sentence with no date takes, in order: the date of the sentence before it in
the same paragraph; for a past-tense report, the day of the news the text
was just telling ("on Sunday" up to ten sentences before; the first of "late on
Saturday and early on Sunday") or the month of the
reference date; a report in the present perfect takes the day of the news when
it falls in that month. Plain background keeps no date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from axiswatch.extract.anchors import AnchorMemory
from axiswatch.extract.arguments import FOUND_VERBS, SEQUENCE_VERBS, subtree_tokens
from axiswatch.nlp.dates import REPORTING_VERBS, DateMatch
from axiswatch.nlp.tokens import doc_tokens, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from axiswatch.model import Precision

# Date patterns that name the day of the news itself ("on Sunday", "yesterday").
NEWS_DAY_KINDS = frozenset({"weekday", "yesterday", "today"})
# Dates that name a calendar day with only the year left to the report: one that heads
# its sentence ("February 19: ...", a bundle entry) dates what follows in its paragraph,
# as a full date does ("in response to the April 1 strike" names another occurrence's).
CALENDAR_KINDS = frozenset({"md", "dm"})
# Dates that name a fixed day or period of the calendar with only the year left to the
# report ("On March 3, ...", "In January, ...", "Last month, ..."): one that opens its
# sentence dates what the paragraph goes on to tell, as a full date does; the day of the
# news ("on Sunday") carries by its own rule.
FIXED_KINDS = CALENDAR_KINDS | {"month", "range", "range_month", "last_week", "last_month",
                                "last_year", "previous_week", "previous_month"}
# Words that make a date the bound of a span ("Since March, ...", "Until May, ..."): it
# dates no deed the paragraph goes on to tell.
SPAN_BOUNDS = ("since", "until", "by", "from")
NEWS_DAY_WINDOW = 10  # sentences during which that day stays the current one


def _inside(dates: list[DateMatch], tokens: list[Token]) -> DateMatch | None:
    """The first date whose first character is in one of ``tokens`` (which need not be
    contiguous: skipped clauses leave gaps)."""
    if not tokens:
        return None
    starts = {t.idx: t.idx + len(t) for t in tokens}
    for d in dates:
        if any(s <= d.start < e for s, e in starts.items()):
            return d
    return None


# Up to two words between a date and the noun it modifies ("the December 31, 2019,
# assault", "a 2018 drone strike", in apposition "on Tuesday, its heaviest barrage"); a
# determiner or a subordinator with no comma before it opens another phrase ("claimed on
# Thursday a drone attack", "said Thursday that a strike").
# The comma and article that open the next item of a list of dated deeds ("an attack on
# X on May 5, a drone attack on Y on May 7").
_NEXT_ITEM = re.compile(r"^\s*,\s*an?\s", re.I)
# Between a noun and the day told right after it ("the designation on January 8").
_ON_AFTER = re.compile(r"^\s+on\s+$", re.I)
_LEFT_OF = re.compile(
    r"^(?:\s*,[\s,]*(?:[\w'\-]+\s+){0,2}|\s*(?:(?!(?:a|an|the|that|which|this|these|those"
    r"|its|their|his|her|our)\b)[\w'\-]+\s+){0,2})$", re.I)


def _own_subtree(tok: Token, others: frozenset[int]) -> list[Token]:
    """``tok``'s subtree without conjuncts, relative clauses, appositions, and without
    the phrases of other triggers."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.i in others and not (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")):
                continue  # "bombed depots used by militias on Monday", "seized a boat
                # carrying rifles on March 2": a participle describes; the date is the deed's
            if c.pos_ == "VERB" and any(g.i in others and g.dep_ in ("nsubj", "nsubjpass")
                                        for g in c.children):
                continue  # "On May 2, an attack wounded X; on May 9, a drone killed Y"
            if t.i == tok.i and c.dep_ in ("conj", "appos"):
                continue
            if t.i == tok.i and c.dep_ == "relcl" and (tok.pos_ == "VERB" or not any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP")
                    for g in c.children)):
                continue  # "a strike that hit X on Monday" tells when; "which X ..." not
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _outside_relatives(own: list[Token], tok: Token) -> list[Token]:
    """``own`` without the relative clauses of its nouns: "a commander, who had survived an
    attempt in 2019, was killed on Saturday" dates the killing by its own clause first."""
    inner = {t.i for r in own if r.dep_ == "relcl" and r.i != tok.i for t in r.subtree}
    return [t for t in own if t.i not in inner] if inner else own


def _without_asides(own: list[Token], tok: Token) -> list[Token]:
    """``own`` without the asides that tell who someone in it is ("Saraya al-Zahra, which
    fought Turkish troops after the 2016 offensive, denied a role"): their dates are of
    the deed that identifies them, not of the trigger's."""
    inner = {t.i for r in own if r.dep_ == "relcl" and r.i != tok.i and r.head.i != tok.i and
             aside_relative(r) for t in r.subtree}  # (the trigger's own clause is its own)
    return [t for t in own if t.i not in inner] if inner else own


def _held_by_other(d: DateMatch, tok: Token, others: frozenset[int]) -> bool:
    """Whether a date lies in the phrase of another trigger of the sentence."""
    doc = tok.doc
    for h in others:
        if h == tok.i or _told_result(doc[h], tok):
            continue
        toks = _own_subtree(doc[h], others - {h})
        if toks[0].idx <= d.start and d.end <= toks[-1].idx + len(toks[-1]):
            return True
    return False


def _told_result(other: Token, tok: Token) -> bool:
    """"conducted an airstrike on a car that killed a commander on March 13": a relative
    clause on a thing ("that", "which") in the clause of the trigger's verb tells what the
    trigger's deed did, however the parse hangs it, so its date is the deed's too."""
    if other.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WDT"
                                        for c in other.children):
        return False
    verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
    return verb.pos_ == "VERB" and other.head in verb.subtree and tok.i < other.i




def said_on(d: DateMatch, tok: Token) -> bool:
    """"The army said on Friday it had struck a cell on Thursday": a day told right after
    a verb of saying other than the trigger dates the saying, even where the parse hangs
    it on the reported clause; the trigger takes another date of its phrase first."""
    span = tok.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = tok.doc[span.start - 1]
    return before.i != tok.i and before.pos_ == "VERB" and \
        before.lemma_.lower() in REPORTING_VERBS


def _is_record(tok: Token, records: frozenset[str]) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in records


def record_date(d: DateMatch, doc: Doc, records: frozenset[str]) -> bool:
    """Whether a date gives the day of a record (``records``: "report", "trial"...)
    rather than of what the record tells: "a report published on Monday", "said in a
    report on Tuesday", "whose trial opened on Monday", "is due to go on trial on Tuesday".
    A report reveals or sums up what happened earlier, a court sits after the deed."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    gov = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if gov.i == root.i:
        return False
    if _is_record(gov, records) or (gov.dep_ == "acl" and _is_record(gov.head, records)):
        return True  # "a tally on Thursday", "the report, published on Monday"
    holders = [gov, gov.head] if gov.dep_ == "xcomp" else [gov]  # "set to open on March 20"
    for h in holders:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_record(c, records):
                return True  # "the trial began on Monday", "released a study on Tuesday"
            if c.dep_ == "prep" and c.i != root.head.i and any(
                    g.dep_ == "pobj" and _is_record(g, records) for g in c.children):
                return True  # "said in a report on Tuesday", "go on trial on Tuesday"
    return False


def _when_clause(dates: list[DateMatch], tok: Token) -> DateMatch | None:
    """"since January, when a drone strike killed X": the date a when-clause hangs from."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("relcl", "advcl") and any(c.dep_ == "advmod" and c.lower_ == "when"
                                                 for c in t.children):
            head = t.head
            return next((d for d in dates if d.start <= head.idx < d.end), None)
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _described(tok: Token) -> bool:
    """"the drone attack that killed three soldiers": an occurrence the reader knows,
    named by what it did; the date of the clause around it is not its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return definite and any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in tok.children)


def pick_date(dates: list[DateMatch], tok: Token, verb: Token | None, sent: Span,
              others: frozenset[int] = frozenset()) -> DateMatch | None:
    """The date expression of a trigger (see the module doc), or ``None``.

    ``others``: head tokens of the sentence's other triggers, whose phrases hold
    their own dates."""
    head = next((d for d in dates if _entry_head(d, sent)), None)
    if head is not None:  # "March 8: X fired missiles on Thursday": Thursday is the day
        rest = [d for d in dates if d is not head]
        return _pick_date(rest, tok, verb, sent, others) if rest else head
    return _pick_date(dates, tok, verb, sent, others)


# Words that open a relative day told right after a noun's phrase ("last month").
_LAST_WORDS = frozenset({"last", "earlier", "previous"})


# What follows the day of an entry head: a colon or a dash (which parsing reads as a comma).
_ENTRY_MARK = re.compile(r"^\s*(?::|—|–|-{1,2}|,(?=\s+[A-Z]))\s")


def _entry_head(d: DateMatch, sent: Span) -> bool:
    """"March 8: ...", "12 March — ...": a day that opens its sentence as the head of a
    bundle entry, the day the entry is told from rather than a phrase of its clause."""
    if d.start != sent.start_char or d.kind not in CALENDAR_KINDS | {"mdy", "dmy"}:
        return False
    base = sent.start_char
    return bool(_ENTRY_MARK.match(text_of(sent)[d.end - base:d.end - base + 4]))


def _pick_date(dates: list[DateMatch], tok: Token, verb: Token | None, sent: Span,
               others: frozenset[int]) -> DateMatch | None:
    dates = [d for d in dates if not origin_date(d, sent.doc) and not _deadline(d, tok)]
    if not dates:
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        sent_text, base = text_of(sent), sent.start_char
        own_day = _inside(dates, [t for p in tok.children if p.dep_ == "prep" and
                                  p.lower_ == "on" for t in p.subtree])
        for d in dates:  # "the December 31, 2019, assault", "a 2018 strike"
            between = sent_text[d.end - base:tok.idx - base]
            if d.end <= tok.idx and _LEFT_OF.match(between) and not (
                    own_day is not None and _NEXT_ITEM.match(between)):
                # (but "an attack on X on January 5, a drone attack on Y on January 7":
                # the next item of a list of dated deeds has a day of its own)
                return d
        after = tok.idx + len(tok)
        for d in dates:  # "the designation on January 8 of X": the day right after it
            if d.start >= after and _ON_AFTER.match(sent_text[after - base:d.start - base]):
                return d
        end = tok.right_edge.idx + len(tok.right_edge)
        for d in dates:  # "the strike on the port last month": a relative day right
            # after the noun's phrase, however the parse hangs it
            if d.start >= end and not sent_text[end - base:d.start - base].strip() and \
                    sent_text[d.start - base:].split(" ", 1)[0].lower() in _LAST_WORDS:
                return d
    own = _without_asides(_own_subtree(tok, others - {tok.i}), tok)
    mine = [d for d in dates if not _span_start(d, sent.doc, {tok.i} | (
        {verb.i} if verb is not None else set()))]
    spoken = [d for d in mine if not said_on(d, tok)]
    found = _inside(spoken, _outside_relatives(own, tok)) or _inside(spoken, own) or \
        _inside(mine, own) or _when_clause(dates, tok)
    if found:
        return found
    if _described(tok):
        return None  # "the attack that killed three soldiers": a known occurrence
    scopes: list[Token] = []
    sequenced = verb is not None and tok.dep_ == "nsubj" and tok.head.i == verb.i and \
        verb.lemma_.lower() in SEQUENCE_VERBS  # "the strike followed attacks on Monday"
    if sequenced and verb is not None:  # the rest of the clause dates the other event;
        # a date before the verb is the subject's own ("his arrest last month followed ...")
        return next((d for d in dates if tok.idx < d.start and d.end <= verb.idx), None)
    if verb is not None and verb.i != tok.i:
        scopes.append(verb)
    head = tok.head
    for _ in range(2):
        if head.i == head.head.i:
            break
        if head not in scopes and head.pos_ in ("NOUN", "VERB", "AUX"):
            scopes.append(head)
        head = head.head
    for scope in scopes:
        if scope is not verb:  # "since May, nurses have staged protests" starts its own span
            dates = [d for d in dates if not _span_start(d, sent.doc, {scope.i})]
        found = _inside(dates, subtree_tokens(scope, skip_deps=("conj", "relcl", "acl"),
                                              deep=True))
        if found:
            return found
    dates = [d for d in dates if not _span_start(d, sent.doc)]
    if _anterior_relative(tok):
        return None
    dates = [d for d in dates if not _other_clause(d, tok)]
    if len(dates) == 1 and not _held_by_other(dates[0], tok, others):
        return dates[0]  # the sentence's one date holds for all it tells
    root = sent.root
    top = {c.i for c in root.children} | {root.i}
    doc = sent.doc
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.i in top or (head.head.i in top and head.head.pos_ == "ADP"):
            return d
    return None


def _deadline(d: DateMatch, tok: Token) -> bool:
    """"No group claimed the attack by Tuesday morning": a "by" date in the clause of a
    noun of the deed is the time by which something was done or not (a claim, a count),
    not the deed's date, however the parse hangs it ("by Tuesday, rockets had hit three
    towns" keeps its day for a verb's own deed)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    span = tok.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    if word.dep_ == "compound" and word.head.pos_ == "NOUN":
        word = word.head  # "by Tuesday morning"
    return word.dep_ == "pobj" and word.head.lower_ == "by"


# Verbs by which a plot is said to have begun ("the plot began in 2021", "a scheme
# hatched last year"): with the words of intent of the ontology, what dates a plot.
PLOT_ORIGIN_VERBS = frozenset({"begin", "start", "hatch", "conceive", "devise", "organise",
                               "organize", "originate", "launch"})
# What ends a plot rather than dating it ("foiled in October").
PLOT_ENDS = frozenset({"foiled", "foil", "thwarted", "thwart", "disrupt"})
# Verbs that tell the planning itself, whoever their subject ("the suspects planned the
# attack in May"), unlike "hire" or "pay", which make a plot only around its aim.
PLANNING_VERBS = frozenset({"plan", "plot", "conspire", "scheme", "prepare", "hatch",
                            "devise", "conceive"})
# Nouns that name a plot when a later sentence refers back to it ("the scheme began").
PLOT_NOUNS = frozenset({"plot", "scheme", "conspiracy", "plan", "attack", "attempt"})


def tells_plot(t: Token, intent: Mapping[str, str]) -> bool:
    """Whether a word tells the hatching of a plot: a word of intent that makes one
    (``intent``), not one that ends it, or a verb of its beginning."""
    word = t.lemma_.lower()
    return (word in intent and word not in PLOT_ENDS) or word in PLOT_ORIGIN_VERBS


def _plot_words(tok: Token, intent: Mapping[str, str]) -> list[Token]:
    """The words that tell a plot itself: its trigger, the words of intent or origin above
    it ("plotted in 2021 to kill X", "the plot began in May", "a 2022 plot to bomb X"),
    and a participle that describes it ("the plot, hatched in early 2023, ...")."""
    out = [] if tok.lemma_.lower() in PLOT_ENDS else [tok]  # "foiled in May": its end
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "conj", "relcl"):
            break
        cur = cur.head
        if not tells_plot(cur, intent):
            break
        out.append(cur)
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 2].pos_ == "NOUN" and \
            tells_plot(doc[tok.i - 2], intent) and doc[tok.i - 2] not in out:
        out.append(doc[tok.i - 2])  # "a 2022 plot to bomb X", however the parse hangs it
    after = tok.right_edge.i + 1
    for t in [*tok.children, *(doc[after + 1:after + 3] if after < len(doc) and
                                doc[after].lower_ == "," else [])]:
        if t.tag_ == "VBN" and tells_plot(t, intent) and t not in out:
            out.append(t)  # "a plot, first hatched in May," however the parse hangs it
    return out


def plot_period(tok: Token, dates: list[DateMatch], picked: DateMatch | None,
                intent: Mapping[str, str]) -> DateMatch | None:
    """The period a sentence states for a plot itself, when the date picked for it is the
    day of something else the sentence tells: "arrested two men on Tuesday over a 2022
    plot", "charged on Monday with plotting in 2021 to kill X", "according to an
    indictment unsealed on Monday, the plot began in June". A plot is dated by when it
    was hatched or tried, not by its arrests, charges, trials or announcements, which
    come later. ``intent``: the words of intent that make a plot ("plan", "plot")."""
    if picked is not None and plot_own_date(picked, tok, intent):
        return None
    return next((d for d in dates if d is not picked and plot_own_date(d, tok, intent)), None)


def plot_own_date(d: DateMatch, tok: Token, intent: Mapping[str, str]) -> bool:
    """Whether a date tells when the plot of trigger ``tok`` was hatched or tried: it
    hangs from the plot's own words (see :func:`plot_period`), not from its foiling,
    arrests or charges."""
    doc = tok.doc
    host = _modified(doc, d.start, d.end)
    if host is None or host.i not in {t.i for t in _plot_words(tok, intent)}:
        return False
    # "have plotted since 2023" tells when it began; "the first plot since 2020" not
    since = _since_word(d, doc)
    return since is None or (host.pos_ == "VERB" and not _ranked_before(since))


def plot_repicked(dates: list[DateMatch], tok: Token, picked: DateMatch | None,
                  sent: Span, intent: Mapping[str, str]) -> DateMatch | None:
    """A plot's date picked again without one told in a relative clause the plot is not
    in ("arrested four men on Monday over a plot to bomb the embassy, which opened in
    1993"): that clause says what its noun is, not when the plot was hatched, unless it
    tells the hatching ("a plot that began in 2022"). ``intent``: the words of intent
    that make a plot."""
    def aside(d: DateMatch) -> bool:
        clause = _relative_of(d, tok.doc)
        return bool(clause) and _other_clause(d, tok) and not any(
            tells_plot(t, intent) for t in clause)

    if picked is None or not aside(picked):
        return picked
    rest = [d for d in dates if d is not picked and not aside(d)]
    return pick_date(rest, tok, _verb_of(tok), sent) if rest else None


def _relative_of(d: DateMatch, doc: Doc) -> list[Token]:
    """The words from a date up to the verb of the relative clause it is told in ("which
    police say was organised in 2023": organised, say), or none outside one."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return []
    path: list[Token] = []
    for a in [span.root, *span.root.ancestors]:
        path.append(a)
        if a.dep_ == "relcl":
            return path
    return []


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above ``tok``, itself included."""
    return next((t for t in [tok, *list(tok.ancestors)[:6]] if t.pos_ in ("VERB", "AUX")),
                None)


# Words that point back at what was just told: "the plot", "this scheme", "they".
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _told_before(word: Token) -> bool:
    """Whether a subject or object points back at someone or something already told."""
    return word.tag_ == "PRP" or any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS
                                     for c in word.children)


def period_next(sent: Span, dates: list[DateMatch], intent: Mapping[str, str]
                ) -> DateMatch | None:
    """"Police charged a man on Monday with plotting to kill X. The plot was hatched in
    May 2023": the period the next sentence gives the plot just told, by a word of intent
    or origin whose subject or object points back at it ("the plot was organised in
    2023", "the suspects planned the attack in November", "he began plotting in 2022").

    ``dates``: the date expressions of the next sentence; ``intent``: the words of
    intent that make a plot."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    for d in dates:
        host = _modified(doc, d.start, d.end)
        if host is None or host.pos_ != "VERB" or _since_word(d, doc) is not None or \
                not tells_plot(host, intent):
            continue
        clause = [host, host.head] if host.dep_ == "xcomp" else [host]
        back = [c for v in clause for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _told_before(c)]
        planning = any(v.lemma_.lower() in PLANNING_VERBS for v in clause)
        if any(planning or c.lemma_.lower() in PLOT_NOUNS for c in back):
            return d  # "the suspects planned it in May", "the plot was organised in 2023"
    return None


def still_to_come(tok: Token, verb: Token | None, intent: Mapping[str, str]) -> bool:
    """"Hezbollah is preparing to attack X in the coming days": a plot told in the present
    progressive of a word of intent, still to come on the day of the report."""
    for v in (verb, tok.head if tok.dep_ in ("xcomp", "advcl") else None):
        if v is not None and v.tag_ == "VBG" and v.lemma_.lower() in intent and \
                v.lemma_.lower() not in PLOT_ENDS and any(
                    c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re")
                    for c in v.children):
            return True
    return False


def passive_description(verb: Token) -> bool:
    """"the journalist, arrested in Ahvaz", "an officer who was detained in Turkey": a
    passive participle or relative clause that describes a noun by what was done to it."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    return verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in verb.children)


def aside_relative(verb: Token) -> bool:
    """"Kataib Hezbollah, which attacked a US outpost in Jordan, said on Monday ...", "the
    group, whose fighters seized a ship, said ...", "the militia, which Washington blamed
    for a drone attack, said ...": a relative clause set off by a comma that tells who
    someone is by a deed of theirs or one laid at their door."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0:
        return False
    opener = verb.doc[verb.left_edge.i - 1]
    return opener.lower_ == "," and any(
        c.dep_ in ("nsubj", "dobj") and (c.tag_ in ("WDT", "WP") or any(
            g.dep_ == "poss" and g.tag_ == "WP$" for g in c.children)) for c in verb.children)


def simple_present(verb: Token) -> bool:
    """"provides", "arm": a verb in the simple present, with no auxiliary."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def lent_date(d: DateMatch, tok: Token, verb: Token | None) -> bool:
    """Whether a trigger's date lies outside its own phrase and its verb's clause: the
    sentence lends it ("X funds Y, officials said on Tuesday")."""
    if _inside([d], _own_subtree(tok, frozenset())):
        return False
    return verb is None or verb.i == tok.i or _inside([d], subtree_tokens(
        verb, skip_deps=("conj", "relcl", "acl"), deep=True)) is None


def _other_clause(d: DateMatch, tok: Token) -> bool:
    """"a plot to kill an envoy, a case that officials cited on Tuesday": a date in a
    relative clause the trigger is not in dates that clause's verb."""
    span = tok.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    for anc in [span.root, *span.root.ancestors]:
        if anc.dep_ == "relcl":
            return not (anc.left_edge.i <= tok.i <= anc.right_edge.i or _told_result(anc, tok))
    return False


def _span_start(d: DateMatch, doc: Doc, holders: set[int] | frozenset[int] = frozenset()
                ) -> bool:
    """"a plot to kill a lawmaker, one of several such cases since 2021": a "since" date
    in an apposition or a noun's clause, below none of ``holders`` (the trigger, its
    verb), starts the span of something else (a count, a campaign), not this event;
    with no holders, any "since" date does."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    since = next((t for t in span if t.lower_ == "since"), None)
    if since is None and span.root.dep_ == "pobj" and span.root.head.lower_ == "since":
        since = span.root.head
    if since is None:
        return False
    if since.head.i not in holders and _ranked(since.head):
        return True  # "foiled a plot, the latest of many cases since 2020"
    for anc in since.ancestors:  # "a plot ..., one of several cases since 2021"
        if anc.i in holders:
            return False
        if anc.dep_ in ("appos", "relcl", "acl"):
            return True
    return not holders


def compared_since(d: DateMatch, doc: Doc) -> bool:
    """Whether ``d`` is a year or month a comparison runs from ("the largest barrage since
    the 2006 war", "the first since 2019"): the start of a span, not the time the
    sentences after it go on telling."""
    if d.precision == "day":
        return False
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and any(
        t.lower_ == "since" for t in [span.root, *span.root.ancestors][:3])


def named_by_year(d: DateMatch, doc: Doc) -> bool:
    """Whether ``d`` is a year that names a thing it stands before ("the 1974
    disengagement agreement", "the 2015 nuclear deal"): part of a name, not the time the
    sentences after it go on telling."""
    if d.precision != "year":
        return False
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "nummod", "amod") and \
        span.root.head.pos_ == "NOUN" and span.root.head.i > span.root.i


def origin_date(d: DateMatch, doc: Doc) -> bool:
    """Whether ``d`` dates when a body was founded or formed ("X, founded in 2011,
    fired rockets ...", "X was established in 2014."): the history of who acts, not
    the day of an event told beside it or in the next sentence."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    for anc in span.root.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc.tag_ == "VBN" and anc.lemma_.lower() in FOUND_VERBS and (
                anc.lemma_.lower() != "set" or any(c.dep_ == "prt" for c in anc.children))
    return False


# Words that rank one occurrence among others: "the first since", "the latest of".
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last",
                      "one", "deadliest", "biggest", "largest", "worst", "heaviest"})


def _ranked(word: Token) -> bool:
    """"the latest of many cases", "one of several", "the third such attack": a phrase
    that ranks or counts an occurrence among others."""
    return word.lower_ in ORDINALS or word.tag_ == "JJS" or any(
        c.dep_ in ("amod", "nummod") and (c.lower_ in ORDINALS or c.tag_ == "JJS")
        for c in word.children)


def _modified(doc: Doc, start: int, end: int) -> Token | None:
    """The word a phrase at characters [start, end) modifies: the head above the phrase
    and the preposition that takes it ("fired since October" -> "fired")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    cur = span.root
    while cur.head.i != cur.i and (span.start <= cur.head.i < span.end or (
            cur.head.dep_ == "prep" and cur.dep_ == "pobj")):
        cur = cur.head
    return None if cur.head.i == cur.i else cur.head


def date_host(doc: Doc, d: DateMatch) -> Token | None:
    """The word a date expression modifies ("charged on Tuesday" -> "charged")."""
    return _modified(doc, d.start, d.end)


def at_the_time(verb: Token | None) -> bool:
    """Whether a clause is told "at the time" ("Gantz warned at the time that ...",
    "police said at the time"): then, not when the report tells it ("at the time of the
    attack" names its own time). The parse may take the "that" clause reported for one
    describing the time."""
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(
            p.dep_ == "pobj" and p.lower_ == "time" and all(
                r.dep_ == "relcl" and r.left_edge.lower_ == "that" for r in p.rights) and
            any(x.dep_ == "det" and x.lower_ == "the" for x in p.children)
            for p in c.children)
        for c in verb.children)


def _since_word(d: DateMatch, doc: Doc) -> Token | None:
    """The "since" that opens a date ("since October 7", "since Monday"), if any."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    if span[0].lower_ == "since":
        return span[0]
    before = doc[span.start - 1] if span.start > 0 else None
    return before if before is not None and before.lower_ == "since" else None


def _perfect(verb: Token) -> bool:
    """"have fired", "had been jailed": a verb in a perfect tense."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                      for c in verb.children)


def spanned(tok: Token, verb: Token | None, date: DateMatch | None, dates: list[DateMatch],
            spans: list[tuple[int, int]]) -> bool:
    """Whether the clause of a trigger stretches over time up to the report: "have struck
    convoys in recent weeks", "have fired missiles since October", "have attacked ships
    since the war began". What it tells is a campaign, not one dated occurrence; a state
    that began then ("has been held since March 3") keeps the day it began, and so does a
    burst that began on a day of the news ("since Tuesday, militants have fired rockets").

    ``date``: the trigger's own date, which wins when it is neither lent by the sentence
    nor a span's start ("have become deadlier in recent months, killing two soldiers last
    month"), unless it is itself a stretch of months ("between October and January");
    ``spans``: the stretches of time the sentence states (:func:`time_spans`)."""
    doc = tok.doc
    if date is not None and date.kind == "range_month":
        return True  # "the attacks on US bases between October and January"
    if date is not None and not lent_date(date, tok, verb) and \
            _since_word(date, doc) is None and not any(s <= date.start < e for s, e in spans):
        return False
    hosts: list[Token | None] = [_modified(doc, s, e) for s, e in spans]
    if verb is not None and _perfect(verb):  # "since" counts from a start to the report
        for d in dates:
            since = _since_word(d, doc)
            if since is not None and not _ranked_before(since) and d.kind not in NEWS_DAY_KINDS:
                hosts.append(_modified(doc, d.start, d.end))
        hosts += [t.head.head for t in verb.subtree if t.lower_ == "since" and
                  t.dep_ == "mark" and t.head.dep_ == "advcl" and not _ranked_before(t)]
    if not hosts:
        return False
    own = {tok.i}
    if verb is not None:
        if any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ != "VBD":
            return False  # "has been held since March 3": the state began that day
        own.add(verb.i)
        if verb.dep_ in ("conj", "xcomp"):
            own.add(verb.head.i)
    return any(h is not None and h.i in own and (
        h.pos_ in ("VERB", "AUX") or h.tag_ in ("NNS", "NNPS")) for h in hosts)


def _ranked_before(since: Token) -> bool:
    """"for the first time since 2006", "the heaviest since May": a comparison, not a
    stretch of time."""
    before = since.doc[max(since.i - 3, 0):since.i]
    return any(t.lower_ in ORDINALS or t.tag_ == "JJS" for t in before)


def _anterior_relative(tok: Token) -> bool:
    """"X was arrested last month outside the home of Y, whom prosecutors had earlier said
    agents planned to kidnap": a relative clause in the past perfect tells an earlier
    time than its sentence's date."""
    for anc in [tok, *list(tok.ancestors)[:5]]:
        if anc.dep_ == "relcl":
            return anc.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in anc.children)
    return False


@dataclass(slots=True)
class DateContext:
    """What the sentences read so far say about time, for undated reports."""

    previous: tuple[str, str] | None = None  # last date of the previous sentence
    previous_paragraph: int = -1
    news_day: tuple[str, str] | None = None
    news_day_sentence: int = -10
    # a calendar day the events of a sentence took, and the paragraph it dates
    told_day: tuple[str, str, int] | None = None
    paragraph: int = 0  # the paragraph of the sentence being read
    # the report's dated events, for dates told relative to them (kept across sections)
    anchors: AnchorMemory = field(default_factory=AnchorMemory)
    # the day each speaker was last told to speak on ("X confirmed on Saturday ...")
    voices: dict[str, tuple[str, Precision]] = field(default_factory=dict)
    # the last date the sentence before named, whatever it dates ("The crisis deepened in
    # June, when ...")
    named_before: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        self.anchors.new_section()

    def update(self, sentence_index: int, paragraph: int, dates: list[DateMatch],
               sentence_start: int | None = None, taken: frozenset[str] = frozenset(),
               *, eventless: bool = False) -> None:
        """Record a sentence's dates once its events are read; ``sentence_start`` (its
        first character) lets a day that heads it ("March 5: ...") date what follows;
        ``taken``: the dates its events took. "X said on Tuesday that its forces had
        seized a cargo on January 11" tells the news of January 11: a day the events
        took is the day the report goes on telling, not the day of saying. The calendar
        day of a sentence that told no event (``eventless``: "The first reply came on
        Saturday, January 6.") is the day the next sentence tells."""
        absolute = [d for d in dates if not d.relative or (
            d.kind in FIXED_KINDS and sentence_start is not None and
            d.start <= sentence_start < d.end and not d.text.lower().startswith(SPAN_BOUNDS))
            or (eventless and d.kind in CALENDAR_KINDS and d.precision == "day")]
        if absolute:
            last = absolute[-1]
            self.previous = (last.value, last.precision)
        else:
            self.previous = None
        news = [d for d in dates if d.kind in NEWS_DAY_KINDS and d.precision == "day"]
        if news:  # "late on Saturday and early on Sunday": the day it began
            day = news[0].value
            if day not in taken:
                day = next((d.value for d in dates if d.precision == "day" and
                            d.value in taken), day)
            self.news_day = (day, "day")
            self.news_day_sentence = sentence_index
        # "X claimed two attacks on October 19. It said it targeted A and B": a calendar day
        # the sentence's events took is the day the rest of its paragraph goes on telling
        told = [d.value for d in dates if d.kind in CALENDAR_KINDS and d.precision == "day"
                and d.value in taken]
        if told:
            self.told_day = (told[0], "day", paragraph)
        elif self.told_day is not None and self.told_day[2] != paragraph:
            self.told_day = None
        self.named_before = (dates[-1].value, dates[-1].precision) if dates else None
        self.previous_paragraph = paragraph
        self.anchors.name_day(dates)

    def then(self) -> tuple[str, str] | None:
        """The time "at the time" refers to: the last date the sentence before named, in
        the same paragraph, else the date of the deed told last."""
        if self.named_before is not None and self.previous_paragraph == self.paragraph:
            return self.named_before
        return self.anchors.last_told()

    def inherited(self, paragraph: int) -> tuple[str, str] | None:
        """The date of the sentence before, when it is in the same paragraph."""
        return self.previous if paragraph == self.previous_paragraph else None

    def fallback(self, sentence_index: int, reference: str | None, *, past: bool,
                 perfect: bool, entry: str | None = None, ahead: str | None = None,
                 news: bool = True) -> tuple[str, str] | None:
        """The date an undated past-tense report gets from its context; ``entry``: the
        day of the bundle entry it is told in, the day of what the entry tells; ``ahead``:
        the first day the next sentence names. A report in the present perfect ("X has
        charged Y") takes the day of the news in the month of the report, the one told
        so far or, in a lead that names none, the one the next sentence names ("A
        complaint unsealed on Wednesday ..."); ``news``: false for an event named as one
        the reader knows ("a punishment for Israel's attack") and for a stance held ("Iran
        has denied any role"), which keep the month."""
        recent = self.news_day is not None and \
            sentence_index - self.news_day_sentence <= NEWS_DAY_WINDOW
        if past and recent:
            return self.news_day
        if past and self.told_day is not None and self.told_day[2] == self.paragraph:
            return self.told_day[0], self.told_day[1]
        if (past or perfect) and entry:
            return entry, "day"
        if (past or perfect) and reference:
            if len(reference) < 7:
                return reference[:4], "year"
            month = reference[:7]
            if not news:
                return month, "month"
            if perfect and recent and self.news_day is not None and \
                    self.news_day[0].startswith(month):
                return self.news_day
            if perfect and self.news_day is None and ahead is not None and \
                    ahead.startswith(month):
                return ahead, "day"
            return month, "month"
        return None


def _next_in_paragraph(sent: Span) -> Span | None:
    """The sentence after ``sent`` when the paragraph goes on with it."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if "\n" in doc_tokens(doc).text[sent.start_char:following.start_char].lstrip():
        return None
    return following


# Plain verbs of telling, by which a third party passes a fact on or sources what the
# sentence before stated ("A spokesman said on Monday ...").
SOURCING_VERBS = frozenset({"say", "tell", "add", "state"})


def sourced_next(sent: Span, dates: list[DateMatch]) -> DateMatch | None:
    """"Iran denied any role. A spokesman for its foreign ministry said on Monday that...":
    the day on which the next sentence of the paragraph sources an undated statement.

    ``dates``: the date expressions of the next sentence."""
    doc = sent.doc
    following = _next_in_paragraph(sent)
    if following is None or following.root.lemma_.lower() not in SOURCING_VERBS:
        return None
    root = following.root
    own = []
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and d.precision == "day" and (
                span.root.head.i == root.i or (span.root.head.head.i == root.i and
                                               span.root.head.dep_ == "prep")):
            own.append(d)
    return own[0] if len(own) == 1 else None


# Verbs by which a sentence tells only when something told before happened.
OCCURRING_VERBS = frozenset({"happen", "occur", "take"})


def timed_next(sent: Span, dates: list[DateMatch]) -> DateMatch | None:
    """"A bomb hit a convoy near X. The blast happened on Wednesday evening": the day on
    which the next sentence of the paragraph says the thing just told took place.

    ``dates``: the date expressions of the next sentence."""
    following = _next_in_paragraph(sent)
    if following is None:
        return None
    root = following.root
    if root.lemma_.lower() in REPORTING_VERBS:  # "The blast happened on X, sources said"
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    if root.lemma_.lower() not in OCCURRING_VERBS or (
            root.lemma_.lower() == "take" and not any(c.lower_ == "place"
                                                      for c in root.children)):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
        return None  # "the blast", "this attack": what was just told
    own = [d for d in dates if d.precision == "day" and _inside(
        [d], [t for t in root.subtree if t.i not in {x.i for x in subject.subtree}])]
    return own[0] if len(own) == 1 else None


def ongoing(tok: Token, modifiers: frozenset[str]) -> bool:
    """Whether a plural event noun names a campaign ("continued attacks on shipping",
    "have kept up attacks on shipping"), which has no one date."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    before = tok.doc[tok.left_edge.i:tok.i]  # "continued Houthi missile and drone attacks"
    if any(t.dep_ in ("amod", "compound") and t.lower_ in modifiers for t in before):
        return True
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    verb = tok.head  # "kept up attacks", "stepped up attacks", "continued its attacks"
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
    return f"{verb.lemma_.lower()} {particle}".strip() in modifiers


# Spans of time a report counts back by ("earlier in the week", "two days earlier").
RECENT_SPANS = frozenset({"hour", "day", "week", "weekend", "month"})


def lately_told(verb: Token) -> bool:
    """"had warned earlier in the week", "had vowed two days earlier": a past perfect
    placed a short span before the report's own time, not left undated."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "earlier" and (
                any(n.lemma_.lower() in RECENT_SPANS for n in c.children
                    if n.dep_ == "npadvmod") or
                any(p.lemma_.lower() in RECENT_SPANS for x in verb.children
                    if x.dep_ == "prep" and x.lower_ == "in"
                    for p in x.children if p.dep_ == "pobj")):
            return True
    return False


def tense(verb: Token | None, undated: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """(simple past, present perfect) of the verb that states an event.

    Neither for background: a past perfect in the main clause ("the United States had
    offered a reward"), or a verb with an adverb of ``undated`` ("has previously denied").
    """
    if verb is None:
        return False, False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "advmod" and c.lower_ in undated for c in verb.children):
        return False, False
    if verb.dep_ == "ROOT" and verb.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes):
        return lately_told(verb), False  # "had warned earlier in the week": as the past
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True, False
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ")
                                  for a in auxes):
        return False, True
    return False, False
