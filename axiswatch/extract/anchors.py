"""Dates stated relative to another event of the report.

News reports date one event by another: "two days after the attack, the group
announced...", "the sanctions came two days after militants fired rockets...",
"hours later, gunmen opened fire...". The offset phrase ("two days after")
splits the sentence into the anchor (what follows "after"/"before") and the
main clause. An event of the main clause is the anchor's date plus the offset;
an event told inside the anchor is the main clause's date minus the offset.
The other side's date is the date the sentence states there, or the date of
the latest event of the report of the type its head word names ("the attack",
"the sanctions"), or, for a pronoun or "hours later", the latest event whose
date the report stated. "The same day" is the day the text last named, "the previous
day" in a sentence naming no day the day before it, and "the previous week" or "the month
before" the month of the week or month before it.

Hours and counted days give a day; weeks, months and uncounted days ("days
after") give the month around the computed day; uncounted weeks and months
("months after") are too vague to place. Hours after a deed told late in its day
("late on Sunday", "the previous evening") fall on the next day, hours before one
told early in it on the day before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from axiswatch.extract.draft import VIOLENT
from axiswatch.extract.triggers import lemma
from axiswatch.model import Event, Precision
from axiswatch.nlp.dates import DateMatch
from axiswatch.nlp.numbers import WORDS
from axiswatch.nlp.tokens import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from axiswatch.kb.ontology import Ontology

_OFFSET = re.compile(
    r"\b(?:(?P<n>\d{1,2}|an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|a few|a couple of|several)\s+)?(?P<unit>minutes?|hours?|days?|weeks?|months?"
    r"|shortly|soon|immediately|moments?)\s+(?P<dir>afterwards?|after|before|later|earlier)\b",
    re.I)
# "Later that day", "that night": the day of the event last told; "the next day", "the
# following morning": the day after it.
_SAME_DAY = re.compile(
    r"(?:\blater\s+(?:that|the\s+same)\s+(?:day|evening|night)"
    r"|(?:^|,\s*|\bon\s+|\bearlier\s+)that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)"
    r"|\bthe\s+same\s+(?:day|evening|night|morning|afternoon)"
    r"|\b(?:the\s+)?next\s+(?:day|morning|evening|night|afternoon)"
    r"|\bthe\s+following\s+(?:day|morning|evening|night|afternoon))\b", re.I)
# "That same month", "the same year": the month or year the text last named.
_SAME_PERIOD = re.compile(r"\b(?:that\s+same|the\s+same|that)\s+(?P<unit>month|year)\b", re.I)
# Days per unit; a unit of none ("hours after", "shortly after") keeps the anchor's day.
_UNIT_DAYS = {"minute": 0, "hour": 0, "shortly": 0, "soon": 0, "immediately": 0, "moment": 0,
              "day": 1, "week": 7, "month": 30}
# Hours counted after a deed late in its day that reach past midnight ("eight hours
# later"); fewer ("two hours later") stay in its day, uncounted "hours" may pass it.
_DAY_TURNING_HOURS = 6
_VAGUE = 2  # "days after", "several days after": a couple of days, stated as a month
# Days from a deed told by its month within which a deed told relative to it is taken to
# fall in that month ("a day after" a shooting "in early October")
_WITHIN_MONTH = 2
_APPOSED = re.compile(r"^\s*,\s*(?:the|a|just|only)?\s*$", re.I)  # "October 8, the day after"
_PRONOUNS = frozenset({"it", "this", "that", "which"})
# Date kinds that name a day of the calendar ("on May 3", "3 May 2024").
_CALENDAR_DAYS = frozenset({"md", "dm", "mdy", "dmy", "iso"})
# Date kinds told back from the day the text last named ("The previous day, ...", "the
# previous week", "the month before,"), each with the days back and the precision of the
# result; "previous_month" goes back to the last day of the month before, so its days back
# depend on the day named (see :func:`_days_back`).
_BEFORE_NAMED: dict[str, tuple[int | None, Precision]] = {
    "previous_day": (-1, "day"), "previous_week": (-7, "month"), "previous_month": (None, "month")}


def _days_back(kind: str, named_day: str) -> tuple[int, Precision]:
    """Days back from ``named_day`` (ISO) for a date of ``kind``, and the precision."""
    days, precision = _BEFORE_NAMED[kind]
    return (-date.fromisoformat(named_day).day if days is None else days), precision


@dataclass(frozen=True, slots=True)
class _Offset:
    """One offset phrase of a sentence: its span, signed days and the regions it makes."""

    start: int  # character offsets of the phrase ("two days after")
    end: int
    days: int  # signed: after/later +, before/earlier -
    precision: Precision
    marker: Token | None  # "after"/"before" (None for "hours later")
    region: frozenset[int]  # token indices of the anchor ("after the attack")
    host: Token | None  # the word the offset phrase modifies ("came", "announced")
    hours: int = 0  # +1 hours after that may pass midnight ("hours after", "eight hours
    # later"; not "two hours later"), -1 before


@dataclass(slots=True)
class AnchorMemory:
    """The dated events of a report read so far, latest last, by section."""

    seen: list[tuple[str, str, Precision, bool, int]] = field(default_factory=list)
    section: int = 0
    # the day the text last named ("By Friday, ..."), event or not: "the same day"
    named: tuple[str, Precision] | None = None
    named_after: int = 0  # how many events had been recorded when that day was named
    # the month the text last named, by a day or a month: "that same month"
    named_month: str | None = None
    # the days the text told late or early in them ("late on Sunday": "late")
    parts_of_day: dict[str, str] = field(default_factory=dict)
    # the day of things the text dates that are no event ("the truce, which took effect on
    # May 3"), by lemma, for "a day after the truce took effect"
    things: dict[str, tuple[str, Precision]] = field(default_factory=dict)

    def new_section(self) -> None:
        """Start a new dated part of the report (a bundled article)."""
        self.section += 1
        self.named = None
        self.named_month = None

    def name_day(self, dates: list[DateMatch]) -> None:
        """Record the first day a sentence names, for a later "the same day"; "the
        previous day" before any other day of its sentence names the day before the one
        last named ("... on Saturday. The previous day, ... The same day, ...": Friday)."""
        months = [d.value[:7] for d in dates if d.precision in ("day", "month")]
        if months:
            self.named_month = months[0]
        days = [d for d in dates if d.precision == "day"]
        for k, day in enumerate(days):
            value = day.value
            if k == 0 and day.kind == "previous_day" and self.named is not None:
                value = (date.fromisoformat(self.named[0]) - timedelta(days=1)).isoformat()
            if k == 0:
                self.named = (value, "day")
                self.named_after = len(self.seen)
            if day.part_of_day:
                self.parts_of_day[value] = day.part_of_day

    def date_things(self, sent: Span, dates: list[DateMatch]) -> None:
        """Record the day a sentence gives a thing: the subject of the clause a calendar
        day dates, or the noun that clause describes ("The truce, which took effect at
        dawn on May 3, ...", "The deadline expired on May 3"). An event of the report
        that the thing's word names comes first (see :func:`_recall`)."""
        doc = sent.doc
        for d in dates:
            if d.precision != "day" or d.kind not in _CALENDAR_DAYS:
                continue
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            verb = _clause_of(span.root) if span is not None else None
            if verb is None or verb.pos_ != "VERB":
                continue
            if verb.dep_ == "relcl":
                # "the truce between the two sides, which took effect ...": the parse may
                # hang the clause on the noun of the phrase after the one it describes
                things = [verb.head]
                prep = verb.head.head
                if verb.head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
                    things.append(prep.head)
            else:
                subject = _subject(verb)
                things = [subject] if subject is not None and _definite(subject) else []
            for thing in things:
                if thing.pos_ == "NOUN":
                    self.things[lemma(thing)] = (d.value, "day")

    def hours_from(self, value: tuple[str, Precision], off: _Offset, part: str = ""
                   ) -> tuple[str, Precision] | None:
        """The day of an event told hours after or before one of day ``value``: past
        midnight when the other was late in its day ("hours after" a strike late on
        Tuesday is Wednesday), before it when early; ``part``: the part of the day the
        sentence states for the other, else the one the text told for that day."""
        part = part or self.parts_of_day.get(value[0], "")
        turn = 0
        if value[1] == "day" and (off.hours, part) in ((1, "late"), (-1, "early")):
            turn = off.hours
        return _shift(value, off.days + turn, off.precision)

    def remember(self, events: list[Event], stated: set[str]) -> None:
        """Record a sentence's events once they are dated; ``stated``: ids of the
        events whose date the sentence states."""
        for ev in events:
            if ev.date and ev.date_precision in ("day", "month"):
                self.seen.append((ev.type, ev.date, ev.date_precision, ev.id in stated,
                                  self.section))

    def last_told(self) -> tuple[str, Precision] | None:
        """The day the text last named, unless an event told since took another day or
        month, when the date of the last of them ("On January 3, ... In early February, a
        man fired shots ... Police arrested two men shortly afterwards": February)."""
        if self.named is None or self.named_after >= len(self.seen):
            return self.named or self.latest()
        _etype, value, precision, _stated, _section = self.seen[-1]
        if value == self.named[0] or (precision == "month" and
                                      self.named[0].startswith(value)):
            return self.named  # (an event of that month told after the day was named)
        return value, precision

    def latest(self, types: frozenset[str] | None = None) -> tuple[str, Precision] | None:
        """The date of the latest event of ``types`` (any type when ``None``), stated
        dates before dates taken from the context."""
        for stated_only in (True, False):
            for etype, value, precision, stated, _ in reversed(self.seen):
                if (types is None or etype in types) and (stated or not stated_only):
                    return value, precision
        return None

    def last_stated(self, types: frozenset[str]) -> tuple[str, Precision] | None:
        """The stated day of the latest event of ``types`` in this section: the one a
        deed told "also" adds to."""
        for etype, value, precision, stated, section in reversed(self.seen):
            if section == self.section and stated and etype in types and precision == "day":
                return value, precision
        return None

    def leading(self, types: frozenset[str]) -> tuple[str, Precision] | None:
        """The stated date of the first event of ``types`` in this section: the news
        that "the attack" or "the sanctions" refers back to."""
        for etype, value, precision, stated, section in self.seen:
            if section == self.section and stated and etype in types:
                return value, precision
        return None


def _count(text: str | None, unit: str) -> tuple[int, bool]:
    """(how many units, whether counted) of "two", "a", "several" or nothing."""
    if text is None:
        return _VAGUE, False
    key = text.lower()
    if key == "the":  # "the day after the attack"
        return 1, True
    if key.isdigit():
        return int(key), True
    if key in WORDS:
        return WORDS[key], True
    return _VAGUE, False


def _token_at(sent: Span, char: int) -> Token | None:
    for t in sent:
        if t.idx <= char < t.idx + len(t):
            return t
    return None


def _offsets(sent: Span) -> list[_Offset]:
    """The offset phrases of a sentence, with the anchor each one names."""
    base = sent.start_char
    found: list[_Offset] = []
    matches = list(_OFFSET.finditer(text_of(sent)))
    for k, m in enumerate(matches):
        unit = m.group("unit").lower().rstrip("s")
        n, counted = _count(m.group("n"), unit)
        if (m.group("n") or "").lower() == "the" and m.group("unit").lower().endswith("s"):
            n, counted = _VAGUE, False  # "in the weeks after": no count
        if not counted and unit in ("week", "month"):
            continue  # "months after": too vague to place
        sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
        days = sign * n * _UNIT_DAYS[unit] if counted else sign * _VAGUE * _UNIT_DAYS[unit]
        precision: Precision = "day" if _UNIT_DAYS[unit] == 0 or (
            counted and unit in ("day", "week")) else "month"  # "a week later": that day
        marker = _token_at(sent, base + m.start("dir"))
        region: set[int] = set()
        host: Token | None = None
        if marker is not None and marker.lower_ in ("after", "before"):
            governed = marker if marker.dep_ == "prep" else marker.head
            stop = base + matches[k + 1].start() if k + 1 < len(matches) else sent.end_char
            region = {t.i for t in governed.subtree if marker.i <= t.i and t.idx < stop}
            host = marker.head if marker.dep_ == "prep" else marker.head.head
            while base + m.start() <= host.idx < base + m.end() and host.head.i != host.i:
                host = host.head  # "the day after the attack, X announced": "announced"
            if host.i == governed.i:
                host = None
        found.append(_Offset(base + m.start(), base + m.end(), days, precision,
                             marker, frozenset(region), host,
                             sign if unit == "hour" and (not counted or n >= _DAY_TURNING_HOURS)
                             else 0))
    # A conjoined "and five days after X" the parse hangs elsewhere shares the host.
    for k, off in enumerate(found):
        if off.host is not None and any(off.host.i in o.region for o in found if o is not off):
            owner = next(o for o in found if o is not off and off.host.i in o.region)
            found[k] = _Offset(off.start, off.end, off.days, off.precision, off.marker,
                               off.region, owner.host, off.hours)
    return found


def event_types_of(tok: Token, ontology: Ontology) -> list[frozenset[str]]:
    """The event types a word names ("attack", "sanctions", "killing"), then the wider
    family it may stand for ("the Beirut strike" told as a killing); empty if none."""
    pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
    words = [t for t in ontology.triggers_starting(lemma(tok)) if len(t.lemmas) == 1]
    # "the strikes" names a strike, not what the verb "strike" names; "the sanctions",
    # whose word is listed only as a verb, what the verb names
    types = frozenset(t.event_type for t in words if t.pos in (None, pos)) or \
        frozenset(t.event_type for t in words)
    if not types:
        return []
    return [types, types | VIOLENT] if types & VIOLENT else [types]


def _recall(tok: Token | None, ontology: Ontology, memory: AnchorMemory
            ) -> tuple[str, Precision] | None:
    """The date of the earlier event ``tok`` refers to: the first of its type in the
    section (the news the report leads with), the latest one for a word pointed back with
    "that" or "this" ("a day after that shooting"), the latest stated one for a pronoun;
    the day of a thing told before under that word ("the truce") when the word names no
    blow; none for a word that names neither ("the commandos")."""
    if tok is None:
        return None
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return memory.latest()
    families = event_types_of(tok, ontology)
    thing = memory.things.get(lemma(tok)) if _definite(tok) else None
    if thing is not None and not (families and families[0] & VIOLENT):
        return thing  # "the ceasefire", told with its day, rather than a statement's
    if not families:
        return None
    pointed = any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children)
    for types in families if not pointed else []:
        found = memory.leading(types)
        if found is not None:
            return found
    for types in families:
        found = memory.latest(types)
        if found is not None:
            return found
    return thing


def _shift(value: tuple[str, Precision], days: int, precision: Precision
           ) -> tuple[str, Precision] | None:
    text, base_precision = value
    if base_precision != "day":
        # "a day after" a deed told by its month: most likely that month too
        return (text[:7], "month") if base_precision == "month" and \
            abs(days) <= _WITHIN_MONTH else None
    day = date.fromisoformat(text) + timedelta(days=days)
    if precision == "day":
        return day.isoformat(), "day"
    return f"{day.year:04d}-{day.month:02d}", "month"


def _in(d: DateMatch, tokens: frozenset[int], sent: Span) -> bool:
    tok = _token_at(sent, d.start)
    return tok is not None and tok.i in tokens


def _dates_clause(d: DateMatch, sent: Span, host: Token, subject: Token | None) -> bool:
    """Whether a date expression tells when the clause of ``host`` happened ("the raid
    on Friday came...", "came on Friday", "began firing on Friday": the verb a clause's
    verb complements is one act with it), not when something it names did."""
    tok = _token_at(sent, d.start)
    stops = {host.i} | ({subject.i} if subject is not None else set())
    while tok is not None:
        if tok.i in stops:
            return True
        if (tok.pos_ in ("VERB", "NOUN") and tok.dep_ not in ("pobj", "npadvmod", "xcomp")) or \
                tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _definite(noun: Token) -> bool:
    """Whether a noun is told as one the reader knows ("the truce", "its deadline")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in noun.children)


def _clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` is told in (``tok`` itself for a verb)."""
    return next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), tok.sent.root)


def _subject(host: Token) -> Token | None:
    for h in (host, host.head if host.dep_ == "conj" else host):
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    return None


def _as_anchor(off: _Offset, others: list[DateMatch], sent: Span, memory: AnchorMemory,
               ontology: Ontology) -> tuple[str, Precision] | None:
    """An event told inside the anchor: the main clause's date minus the offset, or the
    date the offset phrase stands in apposition to ("on October 8, the day after the
    assault"), wherever the parse hangs the phrase."""
    text, base_char = text_of(sent), sent.start_char
    apposed = [d for d in others if d.end <= off.start and
               _APPOSED.match(text[d.end - base_char:off.start - base_char])]
    if apposed and apposed[-1].precision == "day":
        return _shift((apposed[-1].value, "day"), -off.days, off.precision)
    if off.host is None:
        return None
    subject = _subject(off.host)
    main = [d for d in others if _dates_clause(d, sent, off.host, subject)]
    base = (main[0].value, main[0].precision) if main else _recall(subject, ontology, memory)
    return _shift(base, -off.days, off.precision) if base else None


def _from_anchor(off: _Offset, dates: list[DateMatch], sent: Span, memory: AnchorMemory,
                 ontology: Ontology) -> tuple[str, Precision] | None:
    """An event of the main clause: the anchor's date plus the offset."""
    inside = [d for d in dates if _in(d, off.region, sent)]
    if inside:
        return memory.hours_from((inside[0].value, inside[0].precision), off,
                                 inside[0].part_of_day)
    marker = off.marker
    if marker is None:
        return None
    if marker.dep_ == "prep":
        head = next((c for c in marker.children if c.dep_ == "pobj"), None)
    else:  # "hours before the barrage began": the occurrence its subject names
        head = _subject(marker.head)
        if head is not None and not any(c.dep_ in ("det", "poss") and
                                        c.lower_ not in ("a", "an") for c in head.children):
            head = None  # "after militants fired rockets": a new report, dated by itself
    if head is None or head.pos_ == "PRON":
        return None
    base = _recall(head, ontology, memory)
    return memory.hours_from(base, off) if base else None


def _named_before(start: int, tok: Token, dates: list[DateMatch]
                  ) -> tuple[str, Precision] | None:
    """"On Thursday, Israel struck Tyre, the same day that Hezbollah fired rockets at
    Safed": the day named before "the same day", for an event told after it."""
    if tok.idx < start:
        return None
    days = [d for d in dates if d.end <= start and d.precision == "day"]
    return (days[-1].value, days[-1].precision) if days else None


def anchored_date(sent: Span, tok: Token, own: DateMatch | None, dates: list[DateMatch],
                  memory: AnchorMemory, ontology: Ontology) -> tuple[str, Precision] | None:
    """The date of the event whose trigger is ``tok`` when the sentence dates it by
    another event (see the module doc), else ``None``.

    ``own``: the date expression already picked for the event; ``dates``: the
    sentence's date expressions."""
    if own is not None and own.kind in _BEFORE_NAMED and memory.named is not None and not any(
            d.precision == "day" and d.end <= own.start for d in dates):
        # "... on Saturday. The previous day, ...", "... The previous week, ..."
        return _shift(memory.named, *_days_back(own.kind, memory.named[0]))
    offsets = _offsets(sent)
    period = _SAME_PERIOD.search(text_of(sent))
    if not offsets and period is not None and own is None and not dates and \
            memory.named_month is not None:
        # "In February 2023 the channel moved to Washington. ... That same month,
        # officers arrested a man": the month last named, across a paragraph too
        if period.group("unit").lower() == "year":
            return memory.named_month[:4], "year"
        return memory.named_month, "month"
    if not offsets:
        same_day = _SAME_DAY.search(text_of(sent))
        base = memory.last_told() if same_day and own is None and not dates \
            else None
        start = sent.start_char + (same_day.start() if same_day is not None else 0)
        if same_day is not None and dates and (own is None or own.end <= start):
            base = _named_before(start, tok, dates)  # (a day lent from before the phrase)
        if same_day is None or base is None:
            return None
        next_day = re.search(r"next|following", same_day.group(0), re.I) is not None
        return _shift(base, 1 if next_day else 0, "day")
    others = [d for d in dates if not any(o.start <= d.start < o.end for o in offsets)]
    for off in offsets:
        if off.marker is None or not off.region:  # "hours later", "two days earlier"
            if own is not None or off.host is not None or any(
                    _dates_clause(d, sent, clause, None) for d in others
                    for clause in [_clause_of(tok)]):
                continue  # a date of its own clause; not one of a conjoined clause
            # counted from the day the text last named, event or not ("On October 1,
            # the envoy arrived. A day later, grenades exploded"), else the latest event
            base = memory.last_told()
            return memory.hours_from(base, off) if base else None
        if tok.i in off.region:
            if own is not None and _in(own, off.region, sent):
                return None  # "after the January 28 attack": the anchor's own date
            return _as_anchor(off, others, sent, memory, ontology)
        host = off.host
        if host is None or any(tok.i in o.region for o in offsets):
            continue
        subject = _subject(host)
        if subject is not None and tok.i in {t.i for t in subject.subtree} and \
                _definite(subject):
            continue  # "the strikes came two days after...": the reference back itself
        # ("a day after that shooting, two explosions were heard": a new deed)
        if tok.i != host.i and host not in tok.ancestors:
            continue
        if own is not None and not _in(own, off.region, sent):
            return None  # the event states its own date
        found = _from_anchor(off, dates, sent, memory, ontology)
        if found is not None:
            return found
    return None
