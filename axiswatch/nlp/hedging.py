"""Hedging cues: how sure the text is of a fact.

``confirmed`` (stated as fact), ``reported`` ("reportedly", "according to",
"sources said"), ``claimed`` (the perpetrator's own claim), ``assessed``
("likely", "probably", "appears to", "assesses"), ``alleged`` ("accused",
"suspected", "linked to", "blamed").
"""

from __future__ import annotations

import re

# Cue phrases per certainty, weakest first: the first certainty with a cue wins.
CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("claimed", (
        r"claimed responsibility", r"claims? of responsibility", r"claimed by",
        r"took responsibility",
        r"said it (?:had )?(?:launched|carried out|fired|targeted|attacked)",
    )),
    ("alleged", (
        r"accus\w*", r"suspect\w*", r"linked to", r"links? (?:\w+ )?to", r"blam\w*", r"allegedly",
        r"alleg\w*", r"tied to", r"implicated", r"attributed to",
    )),
    ("assessed", (
        r"likely", r"probably", r"appears? to", r"appeared to", r"assess\w*", r"believed",
        r"believes?", r"possibly", r"apparently", r"seems? to", r"suggests?", r"may have",
        r"might have", r"could have",
    )),
    ("reported", (
        r"reportedly", r"according to", r"sources? (?:said|say|told|have confirmed|confirmed)",
        r"reported", r"reports? (?:say|said|indicate|suggest)", r"was quoted", r"citing",
        r"told (?:\w+ ){0,3}(?:news|agency|reuters|press)", r"said to", r"sources familiar",
    )),
)

_COMPILED = tuple(
    (certainty, re.compile(r"\b(?:" + "|".join(cues) + r")\b", re.I)) for certainty, cues in CUES
)


def hedge_cues(text: str) -> list[tuple[str, str]]:
    """Every ``(certainty, cue)`` found in ``text``."""
    found: list[tuple[str, str]] = []
    for certainty, pattern in _COMPILED:
        found.extend((certainty, m.group(0)) for m in pattern.finditer(text))
    return found


ALL_HEDGES = ("claimed", "alleged", "assessed", "reported")


def certainty_of(text: str, *, allow: tuple[str, ...] = ALL_HEDGES) -> str:
    """The certainty ``text`` expresses: the first of claimed, alleged, assessed,
    reported whose cue occurs (and is in ``allow``), else ``confirmed``."""
    for certainty, pattern in _COMPILED:
        if certainty in allow and pattern.search(text):
            return certainty
    return "confirmed"
