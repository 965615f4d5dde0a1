"""Comparing values the way the scorer does: names, evidence, dates, weapons, distances.

Every comparison the scorer makes lives here as a small pure function, so each
rule of ``spec/ANNOTATION.md`` can be read and tested on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from anyascii import anyascii

from axiswatch.geo.place import haversine_km
from axiswatch.kb.normalize import alias_key

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[a-z0-9]+")

# Share of the shorter evidence's tokens that the longer one must contain.
EVIDENCE_MIN_OVERLAP = 0.5
# ...and never fewer shared tokens than this (so "the attack" alone is no overlap).
EVIDENCE_MIN_SHARED = 3
# Evidence is a sentence or a clause: a longer text (a paragraph, a whole report)
# overlaps nothing, so evidence cannot match by sheer size.
EVIDENCE_MAX_TOKENS = 120


def norm_text(text: str) -> str:
    """Evidence text for comparison: NFKC, straight quotes and dashes, one space, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()


def tokens(text: str) -> list[str]:
    """The lowercase ASCII word tokens of ``text`` (apostrophes dropped, so Kata'ib = kataib)."""
    flat = anyascii(norm_text(text)).replace("'", "")
    return _TOKEN.findall(flat)


def evidence_overlap(a: str, b: str) -> float:
    """How much two evidence strings overlap, in [0, 1]; 0 means "no overlap".

    Both are normalized with :func:`norm_text`. Evidence of more than
    :data:`EVIDENCE_MAX_TOKENS` tokens overlaps nothing. When one contains the other the
    overlap is 1.0. Otherwise it is the overlap coefficient of their token sets,
    ``|A ∩ B| / min(|A|, |B|)``, counted only when it reaches
    :data:`EVIDENCE_MIN_OVERLAP` with at least :data:`EVIDENCE_MIN_SHARED` shared
    tokens (or all tokens of a shorter evidence); below that it is 0.
    """
    na, nb = norm_text(a), norm_text(b)
    if not na or not nb:
        return 0.0
    la, lb = tokens(na), tokens(nb)
    if max(len(la), len(lb)) > EVIDENCE_MAX_TOKENS:
        return 0.0
    if na in nb or nb in na:
        return 1.0
    ta, tb = set(la), set(lb)
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    smaller = min(len(ta), len(tb))
    score = shared / smaller
    if score < EVIDENCE_MIN_OVERLAP or shared < min(EVIDENCE_MIN_SHARED, smaller):
        return 0.0
    return score


def name_key(name: str) -> str:
    """The key under which two names of one entity compare equal.

    Uses the knowledge pack's alias normalization (case, quotes, diacritics,
    ``al-``, ``Kata'ib``/``Kataib``, doubled letters, hyphens, a leading "the").
    """
    return alias_key(name)


def name_keys(names: Iterable[str | None]) -> set[str]:
    """The non-empty :func:`name_key` of each name."""
    keys = set()
    for name in names:
        if name:
            key = name_key(name)
            if key:
                keys.add(key)
    return keys


# --- dates -----------------------------------------------------------------

_PRECISION_LEN = {"year": 4, "month": 7, "day": 10}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_precision_of(date: str) -> str:
    """The precision an ISO date string is written at: ``year``, ``month`` or ``day``."""
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "day")


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (and a real day)."""
    if not _DATE.match(value):
        return False
    import datetime as dt

    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def date_correct(gold: str | None, gold_precision: str | None, pred: str | None) -> bool:
    """Whether ``pred`` states ``gold`` at the gold precision (both missing also counts).

    ``pred`` must be at least as precise as the gold value: ``2024-08-25`` is right
    for a gold ``2024-08`` (month), ``2024`` is not right for a gold ``2024-08``.
    """
    if not gold:
        return not pred
    if not pred:
        return False
    size = _PRECISION_LEN.get(gold_precision or date_precision_of(gold), len(gold))
    return len(pred) >= size and pred[:size] == gold[:size]


def dates_agree(a: str | None, b: str | None, *, tolerance_days: int = 1) -> bool:
    """Whether two dates agree for event matching.

    Two day dates agree within ``tolerance_days``; otherwise both are compared at
    the coarser of their precisions (``2024-08`` agrees with ``2024-08-25``).
    Missing dates never agree.
    """
    if not a or not b:
        return False
    if len(a) == 10 and len(b) == 10:
        import datetime as dt

        try:
            da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        except ValueError:
            return a == b
        return abs((da - db).days) <= tolerance_days
    size = min(len(a), len(b))
    return a[:size] == b[:size]


# --- places ----------------------------------------------------------------

def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres, as the geocoder measures it."""
    return haversine_km(lat1, lon1, lat2, lon2)


# --- weapons ---------------------------------------------------------------

# General equivalences between weapon words (not tied to any report).
WEAPON_SYNONYMS: dict[str, str] = {
    "air strike": "airstrike",
    "air raid": "airstrike",
    "uav": "drone",
    "unmanned aerial vehicle": "drone",
    "one way attack drone": "drone",
    "suicide drone": "drone",
    "kamikaze drone": "drone",
    "improvised explosive device": "ied",
    "roadside bomb": "ied",
    "explosive device": "ied",
    "katyusha": "rocket",
    "katyusha rocket": "rocket",
    "gun": "gunfire",
    "gunshot": "gunfire",
    "shooting": "gunfire",
    "small arms": "gunfire",
    "small arms fire": "gunfire",
    "firearm": "gunfire",
    "fire": "arson",
    "incendiary": "arson",
    "shelling": "artillery",
    "shell": "artillery",
    "mortar round": "mortar",
    "explosive": "bomb",
    "explosives": "bomb",
    "car bomb": "bomb",
    "knife": "stabbing",
}

_IRREGULAR_PLURALS = {"missiles": "missile", "knives": "knife"}


def _singular(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def weapon_key(weapon: str | None) -> str:
    """A weapon name reduced to a comparable key: lower case, singular, synonyms folded."""
    if not weapon:
        return ""
    words = [_singular(w) for w in tokens(weapon.replace("-", " "))]
    phrase = " ".join(words)
    return WEAPON_SYNONYMS.get(phrase, phrase)


def weapon_correct(gold: str | None, pred: str | None) -> bool:
    """Whether ``pred`` names the gold weapon (both missing also counts).

    Equal after :func:`weapon_key`, or one is the other with modifiers in front
    of the same head word ("ballistic missile" / "missile").
    """
    g, p = weapon_key(gold), weapon_key(pred)
    if not g or not p:
        return not g and not p
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    return gw[-1] == pw[-1] and (set(gw) <= set(pw) or set(pw) <= set(gw))
