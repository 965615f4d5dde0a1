"""A state's bodies named by their country and a common noun.

Reports name ministries, missions and armed forces by their country rather than
by a proper name: "Lebanon's health ministry", "the Iraqi foreign ministry",
"Iran's mission to the United Nations", "Azerbaijan's embassy in Tehran",
"Iraq's armed forces". The statistical NER sees only the country in them, so the
body would be lost or taken for the state itself. :func:`body_spans` finds these
phrases and gives each one canonical name ("Lebanese Health Ministry") so that
every spelling of one body links to one entity, in the pack or a candidate.

A bare "the foreign ministry" after one country's foreign ministry was named is
the same body (:func:`bare_kinds`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from axiswatch.nlp.tokens import span_tokens, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Ministry kinds as reports write them, to the word of the canonical name.
MINISTRY_KINDS = {
    "foreign": "Foreign", "health": "Health", "defence": "Defense", "defense": "Defense",
    "interior": "Interior", "intelligence": "Intelligence", "finance": "Finance",
    "justice": "Justice", "oil": "Oil", "information": "Information", "economy": "Economy",
    "energy": "Energy", "culture": "Culture", "education": "Education",
    "transport": "Transport", "trade": "Trade", "treasury": "Treasury",
}
# "Ministry of Foreign Affairs", "Ministry of Defence": the words after "of".
_OF_KINDS = {"foreign": "Foreign", "defence": "Defense", "defense": "Defense",
             "health": "Health", "interior": "Interior", "intelligence": "Intelligence",
             "finance": "Finance", "justice": "Justice", "oil": "Oil"}
_UN = {"un", "u.n.", "united"}
# Services of a state named by a common noun ("Cypriot police", "Pakistan's army",
# "German federal prosecutors"), to the words of the canonical name; a "military" is
# its armed forces. A state's "forces", "security forces" among them, act for the state.
SERVICE_KINDS = {
    ("police",): "Police", ("army",): "Army", ("military",): "Armed Forces",
    ("navy",): "Navy", ("air", "force"): "Air Force", ("coast", "guard"): "Coast Guard",
    ("intelligence", "service"): "Intelligence Service",
    ("intelligence", "services"): "Intelligence Service",
    ("intelligence", "agency"): "Intelligence Service", ("intelligence",): "Intelligence Service",
    ("prosecutors",): "Prosecutors",
    ("prosecution",): "Prosecutors", ("judiciary",): "Judiciary",
    ("central", "bank"): "Central Bank",
    ("criminal", "court"): "Criminal Court", ("appeals", "court"): "Appeals Court",
    ("revolutionary", "court"): "Revolutionary Court", ("military", "court"): "Military Court",
    ("court",): "Court",
}
# Plural nouns for people who act for a body: "Pakistani intelligence officials" are the
# service's officials, so the service is named (unlike "police chief", one person's title).
MEMBER_NOUNS = frozenset({"officials", "officers", "agents", "sources", "operatives",
                          "personnel"})
# Words that may stand between the owner and a service: "German federal prosecutors".
SERVICE_QUALIFIERS = frozenset({"federal", "national", "state", "counter-terrorism",
                                "counterterrorism", "regional"})
# The nouns that end or head a body phrase.
BODY_NOUNS = frozenset({"ministry", "forces", "mission", "embassy", "consulate"}) | {
    words[-1] for words in SERVICE_KINDS}
_POSSESSIVE = {"'s", "'"}
# Kinds of bodies that are a state's buildings in another state's town: facilities.
POSTS_ABROAD = ("Embassy in", "Consulate in", "Mission in")


@dataclass(frozen=True, slots=True)
class BodySpan:
    """A phrase naming a body of a state: tokens [start, end) and its canonical names,
    most specific first ("Lebanese Health Ministry", "Lebanon Health Ministry")."""

    start: int
    end: int
    names: tuple[str, ...]
    kind: str  # "Health Ministry", "Armed Forces", "Mission to the UN", "Embassy in Tehran"
    country: str  # the country entity's id


def _kind_after(doc: Doc, i: int) -> tuple[int, str] | None:
    """The body noun phrase starting at token ``i``: (end token, canonical kind)."""
    n = len(doc)
    low = doc[i].lower_
    if low in MINISTRY_KINDS and i + 1 < n and doc[i + 1].lower_ == "ministry":
        return i + 2, f"{MINISTRY_KINDS[low]} Ministry"
    if low == "ministry" and i + 2 < n and doc[i + 1].lower_ == "of" and \
            doc[i + 2].lower_ in _OF_KINDS:
        end = i + 3
        if end < n and doc[end].lower_ == "affairs":
            end += 1
        return end, f"{_OF_KINDS[doc[i + 2].lower_]} Ministry"
    if low == "armed" and i + 1 < n and doc[i + 1].lower_ == "forces":
        return i + 2, "Armed Forces"
    service = _service_after(doc, i)
    if service is not None:
        return service
    if low == "mission" and i + 3 < n and doc[i + 1].lower_ == "to" and (
            doc[i + 2].lower_ in _UN or doc[i + 3].lower_ in _UN):
        end = i + 3 if doc[i + 2].lower_ in ("un", "u.n.") else i + 4
        if doc[end - 1].lower_ == "united" and end < n and doc[end].lower_ == "nations":
            end += 1
        return end, "Mission to the UN"
    at = i + 1 if low == "diplomatic" else i  # "the US diplomatic mission in Baghdad"
    post = doc[at].lower_ if at < n else ""
    if post in ("embassy", "consulate", "mission") and at + 2 < n and \
            doc[at + 1].lower_ == "in" and doc[at + 2].pos_ == "PROPN":
        end = at + 3
        while end < n and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        return end, f"{post.capitalize()} in {text_of(doc[at + 2:end])}"
    return None


def _service_after(doc: Doc, i: int) -> tuple[int, str] | None:
    """A service noun phrase at token ``i`` ("police", "federal prosecutors", "air
    force"), not the first words of a longer name ("the Army Reserve", "police chief")."""
    n = len(doc)
    at = i + 1 if doc[i].lower_ in SERVICE_QUALIFIERS and i + 1 < n else i
    if at == i and i + 3 < n and doc[i + 1].text == "-" and \
            f"{doc[i].lower_}-{doc[i + 2].lower_}" in SERVICE_QUALIFIERS:
        at = i + 3  # "counter-terrorism police", split by the tokenizer
    for words, kind in SERVICE_KINDS.items():
        end = at + len(words)
        if end <= n and tuple(t.lower_ for t in doc[at:end]) == words:
            last = doc[end - 1]
            if last.dep_ in ("compound", "nmod", "amod") and last.head.i >= end and \
                    last.head.lower_ not in MEMBER_NOUNS:
                return None  # "police chief", "army commander": a person's title
            if end < n and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                return None  # "the Army Reserve": a name of its own
            return end, kind
    return None


def body_spans(doc: Doc, country_of: Callable[[str], str | None],
               demonym_of: Callable[[str], str],
               owners: Mapping[int, tuple[int, str, str]] | None = None) -> list[BodySpan]:
    """Every "<country>'s <body>" and "<demonym> <body>" phrase of a parsed text.

    ``country_of(text)`` gives the country entity a name or demonym stands for (or
    ``None``); ``demonym_of(country_id)`` its adjective ("Lebanese"). ``owners`` maps the
    first token of a description naming a country again ("the kingdom") to its end
    token, country entity and the country's name: "the kingdom's interior ministry" is
    that country's.
    """
    owners = owners or {}
    out: list[BodySpan] = []
    # Only tokens a few words before a body noun can begin a body phrase.
    starts = sorted({i for t in span_tokens(doc[:], words=BODY_NOUNS)
                     for i in range(max(0, t.i - 6), t.i)})
    i = 0
    for i0 in starts:
        if i0 < i:
            continue
        i = i0
        found = _described_owner(doc, i, owners) or _owner_and_body(doc, i, country_of)
        if found is None:
            continue
        start, body_start, country = found
        end, kind = _kind_after(doc, body_start) or (0, "")
        owner = owners[start][2] if start in owners else \
            text_of(doc[start:body_start]).removesuffix("'s").rstrip("' ")
        dem = demonym_of(country)
        forms = [kind]
        if kind.endswith(" Ministry"):  # "Defense Ministry" is also "Ministry of Defense"
            forms.append("Ministry of " + kind.removesuffix(" Ministry"))
        names = tuple(dict.fromkeys(f"{who} {form}" for who in (dem, owner) if who
                                    for form in forms))
        out.append(BodySpan(start, end, names, kind, country))
        i = end
    return out


def _owner_and_body(doc: Doc, i: int, country_of: Callable[[str], str | None]
                    ) -> tuple[int, int, str] | None:
    """(first token, first body token, country id) of a body phrase whose owner
    begins at token ``i``: "Lebanon 's health ministry", "the Iraqi foreign ministry"."""
    if doc[i].lower_ == "the":
        return None  # the owner starts at the next token
    start = i
    for width in (3, 2, 1):
        j = i + width
        if j >= len(doc) or not all(_owner_word(t) for t in doc[i:j]):
            continue
        country = country_of(text_of(doc[i:j]))
        if country is None:
            continue
        body = j + 1 if doc[j].text in _POSSESSIVE else j
        if body < len(doc) and _kind_after(doc, body) is not None:
            return start, body, country
    return None


def _described_owner(doc: Doc, i: int, owners: Mapping[int, tuple[int, str, str]]
                     ) -> tuple[int, int, str] | None:
    """(first token, first body token, country id) of a body phrase whose owner is a
    description naming a country again: "the kingdom's interior ministry"."""
    if i not in owners:
        return None
    end, country, _name = owners[i]
    body = end + 1 if end < len(doc) and doc[end].text in _POSSESSIVE else end
    if body < len(doc) and _kind_after(doc, body) is not None:
        return i, body, country
    return None


def _owner_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_punct


def bare_kinds(doc: Doc, bodies: list[BodySpan],
               country_near: Callable[[int], str | None] | None = None,
               demonym_of: Callable[[str], str] | None = None
               ) -> list[tuple[int, int, BodySpan]]:
    """"the foreign ministry" with no owner: (start, end, the body it stands for) for
    each such phrase. It refers back to the last body of its kind named before; with
    none, ``country_near(token)`` may give the country its sentence is set in ("In
    Tehran, foreign ministry spokesman X said")."""
    out: list[tuple[int, int, BodySpan]] = []
    inside = {i for b in bodies for i in range(b.start, b.end)}
    for tok in span_tokens(doc[:], words=MINISTRY_KINDS):
        if tok.i in inside or tok.lower_ not in MINISTRY_KINDS:
            continue
        found = _kind_after(doc, tok.i)
        if found is None or not found[1].endswith("Ministry"):
            continue
        earlier = [b for b in bodies if b.end <= tok.i and b.kind == found[1]]
        if earlier:
            out.append((tok.i, found[0], earlier[-1]))
            continue
        country = country_near(tok.i) if country_near is not None else None
        if country is not None and demonym_of is not None:
            dem = demonym_of(country)
            names = (f"{dem} {found[1]}",) if dem else ()
            if names:
                out.append((tok.i, found[0], BodySpan(tok.i, found[0], names, found[1],
                                                      country)))
    return out
