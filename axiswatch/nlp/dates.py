"""Date expressions: found with regular expressions, resolved against a reference date.

A reference date is the date of the section the sentence sits in, or the
document's publication date (``YYYY-MM-DD`` or ``YYYY-MM``). Each resolved
expression keeps the precision it was stated in: "on Sunday" is a day,
"last month" a month, "in 2018" a year. Relative expressions need a
reference; absolute ones ("January 3, 2020") do not.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from axiswatch.model import Precision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MONTHS = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = (
    r"(?P<{g}>(?:19|20)\d\d)"
    r"(?![\d\-–]*\s*(?:km|kg|mm|miles|people|fighters|rockets|troops)\b)(?!\d|mm|-caliber)"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"


def _m(g: str) -> str:
    return _MONTH.replace("{g}", g)


def _y(g: str) -> str:
    return _YEAR.replace("{g}", g)


def _d(g: str) -> str:
    return _DAY.replace("{g}", g)


# Order matters: longer, more specific forms first; matches never overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(
        rf"\bbetween\s+{_m('m1')}\s+{_d('d1')}(?:,\s*{_y('y1')})?"
        rf"\s+and\s+{_m('m2')}\s+{_d('d2')}(?:,?\s*{_y('y2')})?", re.I)),
    ("range_month", re.compile(
        rf"\bbetween\s+{_m('m1')}(?:\s+{_y('y1')})?\s+and\s+{_m('m2')}(?:\s+{_y('y2')})?", re.I)),
    ("mdy", re.compile(rf"\b{_m('m')}\s+{_d('d')},?\s+{_y('y')}", re.I)),
    ("dmy", re.compile(rf"\b{_d('d')}\s+{_m('m')},?\s+{_y('y')}", re.I)),
    ("md", re.compile(
        rf"\b{_m('m')}\s+{_d('d')}\b(?![\d,]*\s*(?:km|kg|people|percent|%))", re.I)),
    ("dm", re.compile(rf"\b{_d('d')}\s+{_m('m')}\b", re.I)),
    ("my", re.compile(rf"\b{_m('m')}\s+(?:of\s+)?{_y('y')}", re.I)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    ("previous_day", re.compile(r"\b(?:the\s+(?:previous|preceding)\s+(?:day|evening|night|"
                                r"morning|afternoon)|the\s+day\s+before)\b", re.I)),
    # "had attacked the ship two days earlier", "arrested four men a day before,": days
    # counted from a day the sentence names; "two days before the vote" names its anchor
    ("days_off", re.compile(
        r"\b(?P<n>an?|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>earlier|later"
        r"|before(?=\s*(?:[,.;:)]|$)))", re.I)),
    ("ago", re.compile(
        r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?P<unit>days?|weeks?)\s+ago\b", re.I)),
    # "overnight into Sunday", "overnight Saturday", "overnight on March 11-12": the day named
    ("today", re.compile(r"\b(?:today|tonight|overnight(?!\s+(?:on\s+|into\s+|to\s+|of\s+)?"
                         r"(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                         r"|January|February|March|April|May|June|July|August|September"
                         r"|October|November|December|night|[0-3]?\d\b))"
                         r"|this morning|this evening)\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|during|at)\s+the\s+weekend\b|\bthis\s+past\s+weekend\b",
                           re.I)),
    # "on Tuesday of last week", "Tuesday last week": that day of the calendar week before
    ("weekday_last_week", re.compile(
        r"\b(?:on\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
        r"(?:of\s+)?last\s+week\b", re.I)),
    # "the previous week", "the month before,": the week or month before the day the text
    # tells (see extract.anchors), else before the reference date; "the week before the
    # vote" names its anchor
    ("previous_week", re.compile(r"\bthe\s+(?:previous|preceding)\s+week\b"
                                 r"|\bthe\s+week\s+before(?=\s*(?:[,.;:)]|$))", re.I)),
    ("previous_month", re.compile(r"\bthe\s+(?:previous|preceding)\s+month\b"
                                  r"|\bthe\s+month\s+before(?=\s*(?:[,.;:)]|$))", re.I)),
    ("last_week", re.compile(r"\blast\s+week(?:end)?\b", re.I)),
    ("this_week", re.compile(r"\b(?:this|earlier this)\s+week\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    ("this_month", re.compile(r"\b(?:earlier|later)?\s*this\s+month\b", re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    ("this_year", re.compile(r"\b(?:earlier|later)?\s*this\s+year\b", re.I)),
    ("weekday", re.compile(
        r"\b(?:(?:on|last|early|late|since)\s+(?:on\s+)?)?"
        r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b", re.I)),
    ("month", re.compile(
        # the words before the month in any case ("In January, ..."), the month capitalized
        r"\b(?i:in|since|during|by|from|until|of|last|early|late|mid-?|the)\s+"
        r"(?i:early\s+|late\s+|mid-?)?"
        r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)")),
    ("year", re.compile(rf"(?<![\$£€\d,.])\b{_y('y')}\b")),
]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression in a text, resolved: ISO value of ``precision``."""

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    relative: bool
    kind: str = ""  # which pattern found it: "weekday", "mdy", "year"...
    part_of_day: str = ""  # "late" ("late on Sunday", "Monday night"), "early", or ""


def parse_reference(ref: str | None) -> tuple[date, Precision] | None:
    """``"2024-08-26"`` -> (date, "day"); ``"2024-08"`` -> (first of month, "month")."""
    if not ref:
        return None
    parts = ref.split("-")
    try:
        if len(parts) >= 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2])), "day"
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1), "month"
        return date(int(parts[0]), 1, 1), "year"
    except ValueError:
        return None


def choose_reference(section_ref: str | None, published: str | None) -> str | None:
    """The most precise reference consistent with both: a section's month takes the
    publication day when that day falls in the month."""
    if section_ref and published and len(section_ref) < len(published):
        if published.startswith(section_ref):
            return published
        return section_ref
    return section_ref or published


def _fmt(d: date, precision: Precision) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# Days a day and month without a year may lie after the date it is read against and still
# be of that year: a daily update headed "October 20" tells a strike "on October 21" of the
# same year, not of the year before (a report is often filed a day or two after its heading).
YEARLESS_AHEAD_DAYS = 7


def _day_of_month_near(ref: tuple[date, Precision], month: int, day: int) -> date | None:
    """A day and month without a year, in the year that puts it on or before the reference
    (or at most :data:`YEARLESS_AHEAD_DAYS` after a day-precise one); a reference of month
    precision takes any day of its month."""
    base, precision = ref
    d = _safe_date(base.year, month, day)
    if d is None:
        return None
    last = base + timedelta(days=YEARLESS_AHEAD_DAYS) if precision == "day" else (
        date(base.year, 12, 31) if precision == "year" or base.month == 12
        else date(base.year, base.month + 1, 1) - timedelta(days=1))
    if d > last:
        return _safe_date(base.year - 1, month, day) or d
    return d


def _month_before(ref: date, month: int, *, strict: bool) -> date:
    """The most recent ``month`` before (``strict``) or on ``ref``'s month."""
    year = ref.year
    if month > ref.month or (strict and month == ref.month):
        year -= 1
    return date(year, month, 1)


def _resolve(kind: str, m: re.Match[str], ref: tuple[date, Precision] | None
             ) -> tuple[date, Precision, bool] | None:
    g = m.groupdict()
    if kind in ("mdy", "dmy", "iso"):
        month = int(g["m"]) if kind == "iso" else MONTHS[g["m"].lower().rstrip(".")]
        d = _safe_date(int(g["y"]), month, int(g["d"]))
        return (d, "day", False) if d else None
    if kind == "my":
        return date(int(g["y"]), MONTHS[g["m"].lower().rstrip(".")], 1), "month", False
    if kind == "year":
        return date(int(g["y"]), 1, 1), "year", False
    if kind in ("range", "range_month"):
        year = g.get("y1") or g.get("y2")
        month = MONTHS[g["m1"].lower().rstrip(".")]
        if kind == "range":
            day = int(g["d1"])
            if year:
                d = _safe_date(int(year), month, day)
                return (d, "day", False) if d else None
            if ref is None:
                return None
            d = _day_of_month_near(ref, month, day)
            return (d, "day", True) if d else None
        if year:
            return date(int(year), month, 1), "month", False
        if ref is None:
            return None
        return _month_before(ref[0], month, strict=False), "month", True
    if ref is None:
        return None
    base, base_precision = ref
    if kind in ("md", "dm"):
        d = _day_of_month_near(ref, MONTHS[g["m"].lower().rstrip(".")], int(g["d"]))
        return (d, "day", True) if d else None
    if kind == "month":
        strict = m.group(0).lower().startswith(("since", "last"))
        return _month_before(base, MONTHS[g["m"].lower()], strict=strict), "month", True
    if kind == "weekday":
        if base_precision != "day":
            return base, "month", True
        back = (base.weekday() - WEEKDAYS[g["w"].lower()]) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        return base - timedelta(days=back), "day", True
    if kind == "weekday_last_week":
        if base_precision != "day":
            return base - timedelta(days=7), "month", True
        monday = base - timedelta(days=base.weekday() + 7)
        return monday + timedelta(days=WEEKDAYS[g["w"].lower()]), "day", True
    if kind == "days_off":  # counted from the day the text names before it, below
        return (base, "day", True) if base_precision == "day" else None
    if kind == "previous_day":  # moved to the day before a day the text names, below
        if base_precision != "day":
            return None
        return base - timedelta(days=1), "day", True
    if kind == "yesterday":
        if base_precision != "day":
            return base, "month", True
        return base - timedelta(days=1), "day", True
    if kind == "today":
        return base, base_precision if base_precision != "year" else "year", True
    if kind in ("last_week", "previous_week"):
        return base - timedelta(days=7), "month", True
    if kind in ("ago", "weekend") and base_precision != "day":
        return base, base_precision, True
    if kind == "ago":  # "three days ago" a day, "two weeks ago" its month
        n = int(g["n"]) if g["n"].isdigit() else _COUNTS[g["n"].lower()]
        if g["unit"].lower().startswith("week"):
            return base - timedelta(days=7 * n), "month", True
        return base - timedelta(days=n), "day", True
    if kind == "weekend":  # the month of the last weekend's Saturday
        back = (base.weekday() - 5) % 7 or 7
        return base - timedelta(days=back), "month", True
    if kind in ("this_week", "this_month"):
        return base, "month" if base_precision != "year" else "year", True
    if kind in ("last_month", "previous_month"):
        first = base.replace(day=1)
        return (first - timedelta(days=1)).replace(day=1), "month", True
    if kind == "last_year":
        return date(base.year - 1, 1, 1), "year", True
    if kind == "this_year":
        return date(base.year, 1, 1), "year", True
    return None


_PREFILTER = re.compile(
    r"\d|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week|month|year|night|morning|evening",
    re.I,
)


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
# Words one of which each kind of expression contains (in lowercase): a pattern whose
# words the sentence lacks cannot match, and is not run.
_NEEDS: dict[str, tuple[str, ...]] = {
    "range": ("between",), "range_month": ("between",),
    "mdy": _MONTH_STEMS, "dmy": _MONTH_STEMS, "md": _MONTH_STEMS, "dm": _MONTH_STEMS,
    "my": _MONTH_STEMS, "month": _MONTH_STEMS, "iso": ("19", "20"), "year": ("19", "20"),
    "yesterday": ("yesterday", "last night"), "previous_day": ("previous", "preceding", "before"),
    "ago": ("ago",), "days_off": ("earlier", "later", "before"),
    "today": ("today", "tonight", "overnight", "this morning", "this evening"),
    "weekend": ("weekend",), "weekday_last_week": ("last week",), "last_week": ("week",),
    "previous_week": ("week",), "previous_month": ("month",),
    "this_week": ("week",),
    "last_month": ("month",), "this_month": ("month",), "last_year": ("year",),
    "this_year": ("year",), "weekday": ("day",),
}


# A day or month told without its year, then "last year" ("July 7 last year").
_YEARLESS_KINDS = frozenset({"md", "dm", "month"})
_LAST_YEAR_AFTER = re.compile(r",?\s+last\s+year\b", re.I)


def find_dates(text: str, reference: str | None = None, *, offset: int = 0) -> list[DateMatch]:
    """Every date expression in ``text``, resolved against ``reference``.

    Offsets are ``offset`` plus the position in ``text``. Expressions that
    need a reference and have none are left out.
    """
    if not _PREFILTER.search(text):
        return []
    ref = parse_reference(reference)
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    low = text.lower()
    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not any(word in low for word in needs):
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "md" and m.group("m").lower() == "may" and not text[s:e][:1].isupper():
                continue
            if kind == "month" and m.group("m") == "May" and text[s:e].startswith("may"):
                continue
            resolved = _resolve(kind, m, ref)
            if resolved is None:
                continue
            d, precision, relative = resolved
            after = _LAST_YEAR_AFTER.match(text, e) if kind in _YEARLESS_KINDS else None
            if after is not None and ref is not None:
                # "on July 7 last year", "in March last year": of the year before the
                # reference date's, whichever is the nearer July 7
                d = _safe_date(ref[0].year - 1, d.month, d.day) or d
                e = after.end()
            taken.append((s, e))
            found.append(DateMatch(offset + s, offset + e, text[s:e], _fmt(d, precision),
                                   precision, relative, kind,
                                   _part_of_day(m.group(0), text[e:e + 12])
                                   if precision == "day" else ""))
    found.sort(key=lambda x: x.start)
    found = [_first_of_days(d, text, offset) for d in found]
    return _day_before_named(_calendar_over_weekday(found, text, offset))


# A day before a day and its month that opens the span they tell: "on the night of 3-4
# March", "3 and 4 March" ("March 3-4" is read from its first day already).
_FIRST_DAY = re.compile(r"\b(?P<d>[0-3]?\d)\s*(?:-|\u2013|and|to)\s*$", re.I)


def _first_of_days(d: DateMatch, text: str, offset: int) -> DateMatch:
    """A span of days told before their month ("3-4 March") dates from its first day."""
    if d.kind not in ("dm", "dmy") or d.precision != "day":
        return d
    m = _FIRST_DAY.search(text[:d.start - offset])
    if m is None:
        return d
    last = date.fromisoformat(d.value)
    first = _safe_date(last.year, last.month, int(m["d"]))
    if first is None or first >= last:
        return d
    return replace(d, start=offset + m.start(), text=text[m.start():d.end - offset],
                   value=first.isoformat())


_LATE = re.compile(r"\b(?:late|evening|night|tonight)\b", re.I)
_EARLY = re.compile(r"\b(?:early|morning|dawn)\b", re.I)
_LATE_AFTER = re.compile(r"^\s+(?:evening|night)\b", re.I)
_EARLY_AFTER = re.compile(r"^\s+(?:morning|at\s+dawn)\b", re.I)


def _part_of_day(expression: str, after: str) -> str:
    """"late" for a day told late in it ("late on Sunday", "the previous evening",
    "on Monday night"), "early" for one told early in it ("early on Friday", "on
    Tuesday morning"), else ""; ``after``: the words that follow the expression."""
    if _LATE.search(expression) or _LATE_AFTER.match(after):
        return "late"
    if _EARLY.search(expression) or _EARLY_AFTER.match(after):
        return "early"
    return ""


# What may stand between a weekday and the calendar day that says which it is.
_WEEKDAY_GLUE = re.compile(r"^[\s,(]*$")


def _calendar_over_weekday(found: list[DateMatch], text: str, offset: int) -> list[DateMatch]:
    """"on Friday, March 8": the calendar day says which Friday; the weekday, resolved
    against the reference date, could name another week's."""
    calendar_days = [d for d in found if d.kind in ("md", "dm", "mdy", "dmy", "iso")]
    if not calendar_days:
        return found
    return [d for d in found if not (d.kind == "weekday" and any(
        c.start >= d.end and _WEEKDAY_GLUE.match(text[d.end - offset:c.start - offset])
        for c in calendar_days))]


def _day_before_named(found: list[DateMatch]) -> list[DateMatch]:
    """"said on Wednesday that ... the previous evening": the day before the day named
    earlier in the text, not before the reference date."""
    out: list[DateMatch] = []
    for d in found:
        if d.kind == "days_off":
            shifted = _days_from_named(d, out)
            if shifted is not None:
                out.append(shifted)
            continue
        if d.kind == "previous_day":
            named = [x for x in out if x.precision == "day" and x.kind != "previous_day"]
            if named:
                day = date.fromisoformat(named[-1].value) - timedelta(days=1)
                d = replace(d, value=day.isoformat(), precision="day", relative=True)
        out.append(d)
    return out


_DAYS_OFF = re.compile(r"(?P<n>\w+)\s+days?\s+(?P<dir>\w+)", re.I)


def _days_from_named(d: DateMatch, before: list[DateMatch]) -> DateMatch | None:
    """"said on Tuesday that it had hit the tanker two days earlier": the days counted
    from the last day named before the phrase; with none named, the phrase counts from
    an event told before, which the text's dates do not give (see extract.anchors)."""
    named = [x for x in before if x.precision == "day" and x.kind not in ("previous_day",
                                                                          "days_off")]
    m = _DAYS_OFF.match(d.text)
    if not named or m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
    sign = 1 if m["dir"].lower() == "later" else -1
    day = date.fromisoformat(named[-1].value) + timedelta(days=sign * n)
    return replace(d, value=day.isoformat(), precision="day", relative=True)


# Words that put what their clause tells after the time of speaking: "will strike on
# Sunday", "plans to meet on Monday", "is due to open on March 20".
_AHEAD_AUX = frozenset({"will", "'ll", "shall"})
_AHEAD_FRAMES = frozenset({"plan", "intend", "expect", "schedule", "due", "set", "prepare",
                           "aim", "poise", "slate"})


def _ahead(verb: Token) -> bool:
    """Whether ``verb`` or a verb it hangs from tells a time still to come."""
    for v in [verb, *list(verb.ancestors)[:3]]:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _AHEAD_AUX for a in auxes):
            return True
        if v.lemma_.lower() in _AHEAD_FRAMES and v.tag_ != "VBD" and not any(
                a.tag_ == "VBD" or a.lower_ == "had" for a in auxes) and not (
                v.lemma_.lower() == "set" and not any(c.dep_ == "xcomp" for c in v.children)) \
                and not (v.tag_ == "VBG" and v.dep_ == "pcomp"):
            # "is set to open" looks ahead; "set fire to", "set off" are deeds; "suspected
            # of planning an attack" tells what was done, not what is to come
            return True
        if v.dep_ not in ("xcomp", "acomp") and v.pos_ in ("VERB", "AUX"):
            break
    return False


def looking_ahead(dates: list[DateMatch], sent: Span, reference: str | None
                  ) -> list[DateMatch]:
    """Relative days of a clause told in the future ("is planning to strike on Saturday",
    "the talks will resume on May 3") name the next such day after the reference date,
    not the last one before it."""
    ref = parse_reference(reference)
    if ref is None or ref[1] != "day" or not any(
            d.kind in _FORWARD_KINDS and d.value < ref[0].isoformat() for d in dates):
        return dates
    out: list[DateMatch] = []
    doc = sent.doc
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if d.kind in _FORWARD_KINDS and d.value < ref[0].isoformat() and span is not None:
            head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
            if head.pos_ in ("VERB", "AUX", "ADJ") and _ahead(head):
                d = _forward(d, ref[0])
        out.append(d)
    return out


_FORWARD_KINDS = frozenset({"weekday", "md", "dm"})


def _forward(d: DateMatch, ref: date) -> DateMatch:
    past = date.fromisoformat(d.value)
    if d.kind == "weekday":
        ahead = past + timedelta(days=7)
    else:
        ahead = _safe_date(past.year + 1, past.month, past.day) or past
    return replace(d, value=ahead.isoformat())


# A wire dateline that opens a report: "BAGHDAD, March 5 (Reuters) -", "Sanaa, Yemen,
# Jan. 9, 2024 (AP) --": a town in capitals or a name, a day, an agency, a dash.
_DATELINE = re.compile(
    rf"(?m)^[A-Z][A-Za-z .'\-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'\-]{{1,30}})?,\s+"
    rf"(?:{_m('m')}\s+{_d('d')}|{_d('d2')}\s+{_m('m2')})(?:,?\s*{_y('y')})?\s*"
    r"(?:\([A-Za-z .]{1,30}\)\s*)?(?:-+|—|–)")
DATELINE_REACH = 400  # characters into a report within which its dateline stands
DATELINE_LAG = 31  # days a dateline may lie before the reference date


def dateline_day(text: str, start: int, reference: str | None
                 ) -> tuple[int, int, str] | None:
    """Where a report's opening dateline starts and ends, and the day it gives, resolved
    against ``reference``: the report is told from that day, which a feed's publication
    date may follow by days. ``start``: where the report begins in ``text``."""
    m = _DATELINE.search(text, start, min(len(text), start + DATELINE_REACH))
    ref = parse_reference(reference)
    if m is None or ref is None:
        return None
    month = MONTHS[(m.group("m") or m.group("m2")).lower().rstrip(".")]
    number = int(m.group("d") or m.group("d2"))
    if m.group("y"):
        day = _safe_date(int(m.group("y")), month, number)
    else:
        day = _safe_date(ref[0].year, month, number)
        if day is not None and ref[1] == "day" and day > ref[0]:
            day = _safe_date(ref[0].year - 1, month, number)
    if day is None or (ref[1] == "day" and not 0 <= (ref[0] - day).days <= DATELINE_LAG) or (
            ref[1] != "day" and day.replace(day=1) != ref[0].replace(day=1)):
        return None  # a day far from the reference is no dateline of this report
    return m.start(), m.end(), day.isoformat()


def resolve_date(expression: str, reference: str | None = None) -> tuple[str, Precision] | None:
    """The value and precision of one date expression (the first found in it)."""
    matches = find_dates(expression, reference)
    if not matches:
        return None
    return matches[0].value, matches[0].precision


# Phrases that stretch what a clause tells over a stretch of time up to the report: "in
# recent weeks", "over the past year", "during the last few months", "throughout the past
# four months"; or between two months ("between October and January", "from March to
# May 2023"). What they modify is a campaign or a state, not one dated occurrence. A month
# ends at a word's end, so that "July 4" is never read as "Jul" and a stretch ending there.
_SPAN_MONTH = (rf"(?:early\s+|late\s+|mid-?)?(?-i:{_MONTH.replace('(?P<{g}>', '(?:')})"
               rf"(?![A-Za-z])(?:\s+{_YEAR.replace('(?P<{g}>', '(?:')})?")
_TIME_SPAN = re.compile(
    r"\b(?:in|over|during|throughout)\s+(?:recent|the\s+(?:past|last|previous))\s+"
    r"(?:(?:few|several|couple\s+of|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|eighteen)\s+)?(?:days|weeks|months|year|years|decade|week|month)\b"
    rf"|\b(?:between\s+{_SPAN_MONTH}\s+and|from\s+{_SPAN_MONTH}\s+(?:to|until|through))"
    rf"\s+{_SPAN_MONTH}(?!\s*\d)", re.I)
_SPAN_NEEDS = ("recent", "past", "last", "previous", "between", "from")


def time_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Where ``text`` states a stretch of time up to the report ("in recent weeks",
    "over the past year"); offsets are ``offset`` plus the position in ``text``."""
    low = text.lower()
    if not any(word in low for word in _SPAN_NEEDS):
        return []
    return [(offset + m.start(), offset + m.end()) for m in _TIME_SPAN.finditer(text)]


# A day that heads a bundle entry ("March 8: ...", "12 March — ...") or stands as a line
# of its own over the entries below it ("Thursday, March 7"): what the entry tells,
# "on Wednesday" included, is told from that day.
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_HEAD = re.compile(
    rf"(?m)^[ \t]*(?:{_WEEKDAY_NAMES},?\s+)?(?P<date>{_m('m')}\s+{_d('d')}(?:,?\s*{_y('y')})?"
    rf"|{_d('d2')}\s+{_m('m2')}(?:,?\s*{_y('y2')})?)"
    r"(?P<end>[ \t]*$|[ \t]*(?::|—|–|-{1,2})[ \t]+(?=\S))")


def day_headings(text: str, reference: str | None) -> list[tuple[int, int, str]]:
    """The days that head entries of ``text``, resolved against ``reference``: (start,
    end, day) of the stretch of text each one dates. A heading line dates the paragraphs
    below it up to the next heading line; a day that opens a paragraph ("March 8: ...")
    dates that paragraph."""
    if reference is None or not any(m in text.lower() for m in _MONTH_STEMS):
        return []
    lines: list[tuple[int, str]] = []
    heads: list[tuple[int, int, str]] = []
    for m in _DAY_HEAD.finditer(text):
        found = find_dates(m.group("date"), reference)
        if not found or found[0].precision != "day":
            continue
        day = found[0].value
        if m.group("end").strip():
            stop = text.find("\n", m.end())
            heads.append((m.start(), len(text) if stop < 0 else stop, day))
        else:
            lines.append((m.start(), day))
    spans = [(s, lines[k + 1][0] if k + 1 < len(lines) else len(text), day)
             for k, (s, day) in enumerate(lines)]
    return sorted(heads + spans)


# Verbs of saying whose day, told right after them, is when the report was made.
REPORTING_VERBS = frozenset({"say", "tell", "add", "state", "announce", "confirm", "report",
                             "claim", "acknowledge", "admit", "deny", "disclose", "reveal"})


def said_days(sent: Span, dates: list[DateMatch]) -> list[tuple[Token, DateMatch]]:
    """"Hezbollah confirmed on Saturday that ...": each verb of saying of a sentence
    with the day it is told on, for a statement the report recalls later ("In its
    statement, the group said ...")."""
    doc = sent.doc
    out = []
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or d.precision != "day":
            continue
        head = span.root.head
        if span.root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in REPORTING_VERBS:
            out.append((head, d))
    return out


# Date kinds counted back from the day of the news ("overnight", "today": none; "last
# night", "yesterday": one).
DAYS_BEFORE_NEWS = {"today": 0, "yesterday": 1}


def from_day_told(sent: Span, dates: list[DateMatch]) -> list[DateMatch]:
    """"Gunmen attacked a checkpoint overnight, officials said on Monday": the words
    that count from the day of the news ("overnight", "last night", "earlier today")
    count from the day the sentence is told on, not from the report's date."""
    if not any(d.kind in DAYS_BEFORE_NEWS and d.precision == "day" for d in dates):
        return dates
    told = [d for _, d in said_days(sent, dates) if d.kind not in DAYS_BEFORE_NEWS]
    if not told:
        return dates
    day = date.fromisoformat(told[0].value)
    return [replace(d, value=(day - timedelta(days=DAYS_BEFORE_NEWS[d.kind])).isoformat())
            if d.kind in DAYS_BEFORE_NEWS and d.precision == "day" else d for d in dates]
