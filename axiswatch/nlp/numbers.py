"""Numbers of people killed and injured stated for an event.

"killing four", "85 people were killed", "at least 550 people were killed",
"two soldiers were killed", "injuring several" (vague: ``None``),
"killing a commander and six other officers" (seven).

A number that belongs to something else is never a count: the day of a date
("the January 28 attack killed three"), a clock time ("6:30 p.m."), a model or
unit name ("F-35", "B-1", "45th Brigade").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "a dozen": 12, "dozen": 12,
}
_NUM = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|a dozen|one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"twenty|thirty|forty|fifty|hundred|an?)")
_ANY_NUM = _NUM.replace("(?P<n>", "(?:")
_QUAL = (r"(?:(?:at least|about|around|some|nearly|more than|over|up to|approximately)"
         r"\s+)?")
# Words between a number and "killed" that show the number counts something else:
# a date ("on 28 January killed") or the events themselves ("two strikes killed").
_NOT_VICTIMS = (r"that|which|who|January|February|March|April|May|June|July|August|September|"
                r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                r"Sunday|attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|drones?|rockets?|"
                r"missiles?|bombs?|bombings?|explosions?|blasts?|shells?|days?|hours?|weeks?")
_NOUNS = (rf"(?:(?!(?:{_NOT_VICTIMS})\b)[A-Za-z\-']+\s+){{0,3}}?"
          # "four crew members of the Eternity C were killed": whose, told by a name
          r"(?:of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3})?")

# Numbers that are part of a date, a time, a designation or an ordinal.
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October"
                r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_NOT_COUNTS = re.compile(
    rf"\b{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"  # January 28, 2024
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAMES}(?:,?\s+\d{{4}}\b)?"   # 28 January
    r"|\b(?:in|since|during|until|by|of|early|late|mid-?)\s+(?:19|20)\d\d\b"  # in 2019
    rf"|\b{_MONTH_NAMES}\s+(?:19|20)\d\d\b"  # January 2020
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|local time\b|hours\b)"
    r"|\b\d{1,2}:\d\d\b"  # 18:30
    r"|\b[A-Z][A-Za-z]{0,7}-\d+[A-Z]?\b"  # F-35, B-1B, MQ-9, Su-24, Shahed-136
    r"|\b\d+(?:st|nd|rd|th)\b",  # 45th Brigade
)


def _mask(text: str) -> str:
    """``text`` with the digits of dates, times and designations blanked out."""
    return _NOT_COUNTS.sub(lambda m: re.sub(r"\d", "#", m.group(0)), text)


# "were also killed", "were reportedly killed"
_BE = (r"(?:(?:were|was|have been|had been|being)\s+(?:also\s+|all\s+|later\s+|"
       r"reportedly\s+|subsequently\s+)?)")
_KILL = r"(?:killed|dead|died|lost their lives)"
_HURT = r"(?:injured|wounded|hurt)"


def _patterns(verb_ing: str, verb_ed: str, passive: str, nouns: str) -> list[re.Pattern[str]]:
    return [
        re.compile(rf"\b(?:(?:{verb_ing})(?:\s+of)?|{verb_ed})\s+{_QUAL}{_NUM}\b(?!\s*(?:%|percent|km|kg))",
                   re.I),
        # "three soldiers and injured 40": a verb after "and" is not this number's passive;
        # "a base in Erbil killed two soldiers": a verb with its own count is active
        # "no one was hurt", "not one soldier was killed": nobody
        re.compile(rf"(?<!\bno )(?<!\bnot )\b{_QUAL}{_NUM}\s+{_NOUNS}"
                   rf"(?:{_BE}|(?<!\band )(?<!\bor )){passive}\b(?!\s+{_QUAL}{_ANY_NUM}\s)", re.I),
        re.compile(rf"\b{_QUAL}{_NUM}\s+(?:confirmed\s+)?{nouns}\b", re.I),
        re.compile(rf"\b(?:death toll|toll)\s+(?:\w+\s+){{0,3}}?(?:to|of|at)\s+{_QUAL}{_NUM}\b",
                   re.I),
    ]


# "lost two soldiers in a strike", "announced the loss of three fighters": people a side
# lost (not "lost two drones", "lost 3 percent", nor "lost two members of parliament in
# the vote": members and men may be lost otherwise than dead)
# Men under arms, lost by a side or killed with others
_FORCES = r"soldiers?|fighters?|troops|commanders?|officers?|personnel|guards?"
_LOST = re.compile(
    rf"\b(?:lost|losing|loss of)\s+{_QUAL}{_NUM}\s+(?:of\s+(?:its|their|his|her)\s+)?"
    rf"(?:[\w\-]+\s+)?(?:{_FORCES}|militants?|servicemen|service\s+members|operatives?)\b",
    re.I)
_KILLED = [*_patterns("killing|shooting dead", "killed|shot dead", _KILL,
                      r"(?:fatalities|fatality|deaths|dead)"), _LOST]
_INJURED = _patterns("injuring|wounding", "injured|wounded", _HURT, r"(?:injuries|wounded)")[:3]
# A word every pattern of a list needs: most sentences state no toll, and one search
# for these spares them the masking and every pattern.
_KILLED_CUE = re.compile(r"kill|dead|died|lost|losing|loss of|fatalit|deaths|toll", re.I)
_INJURED_CUE = re.compile(r"injur|wound|hurt", re.I)


def _value(text: str) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        value = int(text)
        return value if 0 < value < 1_000_000 else None
    return WORDS.get(text)


# "killing a commander and six other officers": the named one and the others.
_OTHERS = re.compile(rf"\s+(?:[\w'\-]+\s+){{0,10}}?and\s+{_NUM}\s+(?:[\w\-]+\s+)?others?\b",
                     re.I)


# "killing two soldiers and a medic", "killing a woman and her two daughters": more
# victims of a kind people are, joined to the first count ("and a number of", "and a
# few" count nothing; "and a guard was wounded", "and two soldiers and a civilian were
# wounded" are another clause)
_VICTIMS = (rf"(?:{_FORCES}|medics?|civilians?|contractors?|children|child|women|woman|"
            r"men|man|boys?|girls?|policem[ae]n|bodyguards?|"
            r"members?|workers?|employees?|passengers?|sailors?|mariners?|advisers?|advisors?|"
            r"drivers?|sons?|daughters?|wife|wives|brothers?|sisters?|"
            r"relatives?|Americans?|people|persons?|residents?|farmers?|interpreters?|"
            r"translators?|journalists?|doctors?|nurses?|students?|pilgrims?|worshippers?|"
            r"villagers?|shepherds?|fishermen|teachers?)")
_OWN_NUM = _NUM.replace("(?P<n>", "(?P<own>")
_MORE_VICTIMS = re.compile(
    rf"\s+(?:[\w'\-]+\s+){{0,4}}?and\s+(?:(?:his|her|their|its)\s+(?:{_OWN_NUM}\s+)?|"
    rf"{_NUM}\s+(?!(?:[\w\-]+\s+)?(?:number|few|handful|couple|lot|host)\b))"
    rf"(?:[\w'\-]+\s+){{0,3}}?{_VICTIMS}\b"
    r"(?!\s+(?:was|were|had|has|have|is|are)\b)"
    r"(?![^,.;]*?\b(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt|killed)\b)", re.I)

# "killing three soldiers, two police officers and a civilian": a list of victims, each
# with its own number, closed by "and" (not "two of them officers", nor the subject of
# another clause: "killing three soldiers, two guards and a driver were wounded")
_ITEM_WORDS = r"(?:(?!(?:of|and)\b)[\w'\-]+\s+){0,3}?"
_LISTED_VICTIMS = re.compile(
    rf"\s+{_ITEM_WORDS}{_VICTIMS}"
    rf"(?P<list>(?:,\s+{_ANY_NUM}\s+{_ITEM_WORDS}{_VICTIMS})+,?\s+and\s+{_ANY_NUM}\s+"
    rf"{_ITEM_WORDS}{_VICTIMS})\b"
    r"(?!\s+(?:was|were|had|has|have|is|are)\b)", re.I)
_LIST_COUNT = re.compile(rf"(?:,|\band)\s+{_NUM}\s", re.I)

_VICTIMS_AND = re.compile(rf"(?:^|\s){_NUM}\s+(?:[\w'\-]+\s+){{0,3}}?{_VICTIMS}\s+and\s+$",
                          re.I)


_NAMED_AND = re.compile(r"[A-Za-z],?\s+and\s+$")
# Where one clause of a sentence ends and the next begins, for the victims of the next
_CLAUSE_BREAK = re.compile(r",|\b(?:while|whereas)\b", re.I)
# "... and five other officers", "... and one of his bodyguards"
_OTHERS_AFTER = re.compile(r"\s+(?:others?\b|of\s+(?:his|her|its|their)\b)", re.I)
# "killing two fighters, and two other people were hurt": the others are not the first
_VERBS = re.compile(r"\b(?:kill|injur|wound|shoot|shot|hurt)\w*", re.I)


# "Seven people, including a senior commander, were killed": a remark on who was among
# them, set off between the count and its verb.
_AMONG = re.compile(r",\s+(?:including|among them|among whom)\s[^,;.]{1,80},")


def _first(patterns: list[re.Pattern[str]], text: str) -> int | None:
    text = _mask(_AMONG.sub("", text))
    best: tuple[int, int, int] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = _value(m.group("n"))
            if value is None:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), value, m.end())
                # "his deputy and five other officers were killed", "X and one of his
                # bodyguards died": the one named too
                before = re.split(r"[.;]", text[:m.start("n")])[-1]
                if _NAMED_AND.search(before) and not _VERBS.search(before) and \
                        _OTHERS_AFTER.match(text, m.end("n")):
                    best = (m.start(), value + 1, m.end())
                # "two soldiers and a civilian were killed": the victims before "and",
                # unless their clause has a verb of harm ("killing two soldiers and a
                # civilian was hurt"); an earlier clause may ("the raid killed three,
                # while two soldiers and a civilian were wounded")
                clause = _CLAUSE_BREAK.split(before)[-1]
                first = _VICTIMS_AND.search(clause)
                if first and not _VERBS.search(clause) and _value(first.group("n")):
                    best = (m.start(), value + (_value(first.group("n")) or 0), m.end())
            break
    if best is None:
        return None
    more = _OTHERS.match(text, best[2]) if not text[best[2]:].startswith(" other") else None
    if more and "," not in more.group(0) and _value(more.group("n")) is not None:
        return best[1] + (_value(more.group("n")) or 0)
    listed = _LISTED_VICTIMS.match(text, best[2])
    if listed:
        return best[1] + sum(_value(m.group("n")) or 0
                             for m in _LIST_COUNT.finditer(listed.group("list")))
    also = _MORE_VICTIMS.match(text, best[2])
    if also and "," not in also.group(0) and not _VERBS.search(also.group(0)):
        count = also.group("n") or also.group("own")
        if count:
            return best[1] + (_value(count) or 0)
        # "a colonel and his driver" is two; "a commander and his bodyguards" is vague
        return None if _plural(also.group(0).split()[-1]) else best[1] + 1
    return best[1]


def _plural(noun: str) -> bool:
    """Whether a noun of people names more than one ("guards", "wives", "people")."""
    low = noun.lower()
    return low in ("people", "wives", "personnel") or (low.endswith("s") and low != "boss")


# "killed Taleb Abdallah, a senior commander, and three other fighters", "X was killed
# in the strike along with three other members": the one named and the others.
# (a name may hold particles: "Saleh al-Arouri", "Abu Baqir al-Saadi"; the others may be
# "six others", "three other fighters" or "two of his bodyguards")
_NAME_WORD = r"(?:[A-Z][\w'\-]+|al-[\w'\-]+|bin|ibn)"
_NAMED_AND_OTHERS = re.compile(
    rf"\b(?:killed|killing)\s+(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}(?:,[^,;.]{{1,80}},)?"
    rf"\s+and\s+{_NUM}\s+(?:other\s+[a-z]+|others\b|of\s+(?:his|her|their)\s+[a-z]+)"
    r"(?![^.;]*?\b(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b)")
_ALONG_WITH_OTHERS = re.compile(
    rf"\b(?:killed|died)\b[^.;]{{0,80}}?,?\s+(?:along|together)\s+with\s+{_NUM}\s+others?\b")


def killed_count(text: str) -> int | None:
    """The number killed that ``text`` states, or ``None`` (also when it is vague)."""
    if not _KILLED_CUE.search(text):
        return None
    found = _first(_KILLED, text)
    if found is None or found == 1:
        for pattern in (_NAMED_AND_OTHERS, _ALONG_WITH_OTHERS):
            m = pattern.search(_mask(text))
            value = _value(m.group("n")) if m is not None else None
            if value is not None:
                return value + 1
    return found


def injured_count(text: str) -> int | None:
    """The number injured that ``text`` states, or ``None`` (also when it is vague)."""
    return _first(_INJURED, text) if _INJURED_CUE.search(text) else None


def counted(noun: Token) -> int | None:
    """How many a noun's number word says ("the two men", "3 attacks"), or ``None``."""
    for c in noun.children:
        if c.dep_ == "nummod":
            low = c.lower_
            if low.isdigit():
                return int(low)
            if low in WORDS:
                return WORDS[low]
    return None
