"""Taking a location phrase apart: the name, the feature word, direction and nearness.

"some 10 km west of Deir ez-Zor" -> name "Deir ez-Zor", near;
"western Anbar province" -> name "Anbar", feature "province";
"Iraq's Kurdistan region" -> owner "Iraq", name "Kurdistan region";
"Baghdad, Iraq" -> name "Baghdad", owner "Iraq".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIRECTION = (r"(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|"
              r"south[- ]?west)")
_DIRECTION_ADJ = (r"(?:northern|southern|eastern|western|central|north[- ]?eastern|"
                  r"north[- ]?western|south[- ]?eastern|south[- ]?western|upper|lower|"
                  r"rural|greater|downtown|coastal|outer|semi-autonomous|autonomous|occupied|"
                  r"restive|war-torn|besieged|remote|mountainous|volatile|oil-rich|disputed)")
_DISTANCE = r"(?:\d+(?:[.,]\d+)?\s*(?:-\s*)?(?:km|kms|kilometers|kilometres|miles|mi|m)\b)"
_NEAR_WORDS = (r"(?:near|nearby|outside|around|close\s+to|next\s+to|adjacent\s+to|"
               r"on\s+the\s+outskirts\s+of|the\s+outskirts\s+of|outskirts\s+of|"
               r"in\s+the\s+vicinity\s+of|the\s+vicinity\s+of|vicinity\s+of|"
               r"in\s+the\s+area\s+of|the\s+area\s+of|area\s+of|"
               r"the\s+countryside\s+of|countryside\s+of|off\s+the\s+coast\s+of|"
               r"off\s+the\s+coast\s+of|off|along)")
_FILLER = r"(?:in|at|on|inside|within|across|into|from|to|toward|towards|the|of|just|some|" \
          r"about|approximately|roughly|nearly|almost|an|a|area|region\s+of)"

_NEAR = re.compile(rf"^\s*(?:{_NEAR_WORDS}|{_DISTANCE}\s*(?:to\s+the\s+)?{_DIRECTION}\s+of|"
                   rf"(?:to\s+the\s+)?{_DIRECTION}\s+of)\b\s*", re.I)
_LEADING = re.compile(rf"^\s*(?:{_FILLER}|{_DIRECTION_ADJ})\b\s*", re.I)
_FEATURE = re.compile(r"\s+(province|governorate|district|subdistrict|city|town|village|"
                      r"region|area|countryside|outskirts|suburbs|desert|border\s+area)\s*$",
                      re.I)
_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+(.+)$")
# "the southern Lebanese town of Khiam", "the Red Sea port of Hodeidah", "the city of Erbil",
# "the international airports of Damascus and Aleppo" (the town it serves).
_KIND_OF = re.compile(r"^(?:the\s+)?(?P<adj>(?:[\w’'-]+\s+){0,3}?)"
                      r"(?P<kind>town|city|village|port\s+city|ports?|capital|province|governorate|"
                      r"state|region|area|district|neighbou?rhood|suburb|base|air\s*bases?|camp|"
                      r"(?:international\s+)?airports?|airfields?|harbou?rs?|"
                      r"border\s+crossing|crossing|island|strait|gulf|sea|oasis|enclave|desert)"
                      r"\s+of\s+(?P<name>.+)$", re.I)
# "the Lebanese capital Beirut", "the port city Hodeidah".
_KIND_NAME = re.compile(r"^(?:the\s+)?(?P<adj>(?:[\w’'-]+\s+){0,3}?)"
                        r"(?P<kind>capital|city|town|village|port\s+city|port)\s*,?\s+"
                        r"(?P<name>[A-Z].+)$")
# "the Tal Afar district of Nineveh", "the Dora neighbourhood of Baghdad": a named part
# of a town or province, the name before the kind word and its owner after "of".
_PART_OF = re.compile(r"^(?:the\s+)?(?P<name>(?:al-|el-|ad-|as-|ash-)?[A-Z][\w’'-]*"
                      r"(?:\s+(?:al-|el-)?[A-Z][\w’'-]*){0,3})\s+"
                      r"(?:district|subdistrict|neighbou?rhood|quarter|suburb|area)\s+of\s+"
                      r"(?P<owner>.+)$")
# Feature words of a first-level division: "X province", "the governorate of X".
_DIVISIONS = frozenset({"province", "governorate"})
_FEATURE_OF = {"province": "province", "governorate": "province", "region": "region",
               "district": "district", "capital": "town", "city": "town", "town": "town",
               "village": "town", "port city": "town", "port": "town"}
_TRAILING = re.compile(r"[\s,.;:]+$")
# "X Air Force Base", "X airport": a facility named after the town it serves.
_FACILITY = re.compile(r"^(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+"
                       r"(?:international\s+)?(?:air\s*force\s+base|air\s*base|airbase|airport|airfield|air\s+field|"
                       r"military\s+base|naval\s+base|base|garrison|(?:refugee\s+)?camp|cemetery|shrine|"
                       r"mosque|hospital|prison|port|harbou?r|stadium|market|bazaar|refinery|"
                       r"oil\s+field|gas\s+field|power\s+plant|border\s+crossing|crossing)$",
                       re.I)
# "X in Y": a thing named with the place it stands in (the last "in" wins).
_WITHIN = re.compile(r"^(.+\S)\s+in\s+(?!the\s+(?:area|vicinity)\b)(\S.*?)$")


@dataclass(slots=True)
class ParsedPhrase:
    """The parts of a location phrase, and the names to try in order."""

    text: str
    core: str = ""
    feature: str | None = None
    near: bool = False
    owners: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    within: str | None = None  # "Turkey's embassy in Tehran" -> "Tehran": where it stands
    within_of: str | None = None  # "the Green Zone in Baghdad" -> "the Green Zone"
    named_after: str | None = None  # "Dover Air Force Base" -> "Dover": the town it is named for


def _strip_modifiers(text: str) -> tuple[str, bool]:
    near = False
    while True:
        m = _NEAR.match(text)
        if m and m.end() < len(text):
            text, near = text[m.end():], True
            continue
        m = _LEADING.match(text)
        if m and m.end() < len(text):
            text = text[m.end():]
            continue
        return text.strip(), near


def parse_phrase(text: str) -> ParsedPhrase:
    """Split ``text`` into name, feature word, nearness, owners and names to try."""
    parsed = ParsedPhrase(text=text)
    head, *rest = [p.strip() for p in text.split(",") if p.strip()] or [""]
    parsed.owners.extend(rest)
    head = _TRAILING.sub("", head)
    head, parsed.near = _strip_modifiers(head)
    facility = _FACILITY.match(head)
    if facility:
        parsed.named_after = facility.group(1).strip()
    inside = _WITHIN.match(head)
    if inside:  # "a car in eastern Baghdad", "the embassy compound in Damascus"
        parsed.within = inside.group(2).strip()
        parsed.within_of = inside.group(1).strip()
    stated = ""
    kind = _KIND_OF.match(head) or _KIND_NAME.match(head)
    part = _PART_OF.match(head)
    if part:  # "the Tal Afar district of Nineveh": Tal Afar, in Nineveh
        parsed.owners.insert(0, part.group("owner").strip())
        head = part.group("name").strip()
        kind = None
    if kind and kind.group("kind").lower() not in ("strait", "gulf", "sea"):
        # "the Syrian city of Deir ez-Zor": the adjectives may name the country.
        parsed.owners.extend(w for w in kind.group("adj").split() if w[:1].isupper())
        head = kind.group("name").strip()
        feature = kind.group("kind").lower()
        if feature in _DIVISIONS:
            head = f"{head} {feature}"
        elif feature == "state":  # "the state of Victoria": the state's own name first
            stated = f"{head} state"
    names = [stated, head] if stated else [head]
    m = _POSSESSIVE.match(head)
    if m:
        parsed.owners.insert(0, m.group(1).strip())
        inner, near = _strip_modifiers(m.group(2))
        parsed.near = parsed.near or near
        names.append(inner)
    candidates: list[str] = []
    core = names[-1]
    for name in names:
        candidates.append(name)
        fm = _FEATURE.search(name)
        if fm:
            feature = fm.group(1).lower()
            bare = name[: fm.start()].strip()
            bare, _ = _strip_modifiers(bare)
            parsed.feature = feature
            core = bare
            if feature in _DIVISIONS:
                candidates += [f"{bare} Province", f"{bare} Governorate"]
            elif feature in ("outskirts", "suburbs", "countryside", "area", "border area"):
                parsed.near = True
                candidates.append(bare)
            else:
                candidates.append(bare)
    parsed.core = core
    seen: list[str] = []
    for c in candidates:
        if c and c not in seen:
            seen.append(c)
    parsed.candidates = seen
    return parsed
