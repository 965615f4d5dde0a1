"""Entity linking within one document.

Each named span (the pack's entity ruler, then the statistical NER) is linked
to an entity: the pack's id when the ruler found it, else by exact alias key,
else by fuzzy match, else by coreference inside the document (a surname or a
shortened form after the full name, "also known as X" and "(X)" aliases,
acronyms), else to a *candidate* entity with a slug id, typed from the NER
label and cue words ("militia", "ministry", "university"...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from axiswatch.ids import slugify
from axiswatch.kb.normalize import alias_key
from axiswatch.model import Entity, Mention
from axiswatch.nlp.bodies import POSTS_ABROAD, BodySpan, bare_kinds, body_spans
from axiswatch.nlp.capitals import capital_phrases
from axiswatch.nlp.collectives import CollectiveSpan, collective_spans
from axiswatch.nlp.definite import Named, head_references
from axiswatch.nlp.descriptions import Description, DescriptionIndex
from axiswatch.nlp.descriptions import Named as NamedCountry
from axiswatch.nlp.facilities import TownMention, facility_phrases
from axiswatch.nlp.metonymy import capital_country, speaks_for_state
from axiswatch.nlp.tokens import doc_tokens, span_tokens, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The label of a body or collective phrase until the NER's modifier split has run.
PHRASE = "PHRASE"
# NER labels that name entities worth linking.
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})
ACTOR_TYPES = frozenset({"armed_group", "front_group", "coalition", "state_body", "person",
                         "organization"})
PLACE_TYPES = frozenset({"place", "facility"})
# How many of the countries a document names most hint where its unknown places lie.
HINT_COUNTRIES = 3
# A place this populous is the one its name means wherever the document's other places lie.
CITY_OF_NOTE = 100_000
# Unnamed armed forces of a state: "US forces", "Israeli warplanes" act as the state.
FORCE_NOUNS = frozenset({"forces", "troops", "warplanes", "jets", "bombers", "aircraft",
                         "warships"})
# Words of a kind of craft or force between its owner and its noun ("US fighter jets").
CRAFT_KINDS = frozenset({"fighter", "combat", "attack", "stealth", "military", "navy", "naval",
                         "special", "ground"})
# Entity types a pack match may have, per NER label.
LABEL_TYPES: Mapping[str, frozenset[str] | None] = {
    "PERSON": frozenset({"person"}),
    "GPE": frozenset({"place", "state_body"}),
    "LOC": frozenset({"place", "facility"}),
    "FAC": frozenset({"facility", "place"}),
    "ORG": None,
    "NORP": None,
}
TITLES = ("general", "gen.", "president", "minister", "dr.", "mr.", "mrs.", "ms.", "sheikh",
          "commander", "colonel", "col.", "lieutenant", "major", "brigadier", "admiral",
          "secretary", "spokesman", "spokesperson", "prime minister", "vice president",
          "speaker", "ayatollah", "chief", "senator", "judge", "defense secretary",
          "foreign minister", "chairman", "leader", "cleric", "then-supreme leader",
          "rear admiral", "vice admiral", "major general", "brigadier general",
          "lieutenant general", "lieutenant colonel", "sergeant", "specialist", "captain",
          "private", "corporal", "staff sergeant", "master sergeant", "ambassador")
# Single words of titles and ranks that open a person's name in reports.
TITLE_WORDS = frozenset({"general", "gen", "president", "minister", "speaker", "chief",
                         "commander", "leader", "supreme", "secretary", "defense", "defence",
                         "foreign", "prime", "vice", "ayatollah", "sheikh", "dr", "mr", "mrs",
                         "ms", "brigadier", "colonel", "col", "major", "lieutenant", "admiral",
                         "senator", "judge", "then-supreme", "former", "late", "deputy",
                         "spokesman", "spokesperson", "ambassador", "envoy", "cleric",
                         "sergeant", "sgt", "specialist", "spc", "private", "pvt", "corporal",
                         "cpl", "staff", "captain", "capt", "master", "rear", "maj", "lt",
                         "brig"})
# Words that, with titles, make a bare office ("Prime Minister", "Defence Minister").
OFFICE_WORDS = TITLE_WORDS | frozenset({"defence", "interior", "intelligence", "army", "navy",
                                        "air", "force", "prime", "foreign", "finance", "state",
                                        "first", "national", "security", "adviser", "advisor"})
# Cue words typing a candidate organization (head words, lowercase).
ORG_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("facility", ("hospital", "cemetery", "airport", "airbase", "base", "embassy", "consulate",
                  "mosque", "synagogue", "church", "shrine", "prison", "port", "crossing",
                  "compound", "headquarters", "center", "centre", "camp", "barracks",
                  "refinery", "warehouse", "farm", "factory", "plant", "stadium")),
    ("armed_group", ("militia", "militias", "brigade", "brigades", "battalion", "battalions",
                     "group", "front", "resistance", "movement", "army", "companies", "saraya",
                     "kataib", "harakat", "league", "guardians", "revolutionaries", "fighters",
                     "jihad", "faction", "cell", "network", "mujahideen", "islamic state")),
    ("state_body", ("ministry", "government", "forces", "military", "police", "council",
                    "parliament", "commission", "commissions", "department", "corps", "guard",
                    "command", "authorities", "authority", "cabinet", "office", "administration",
                    "navy", "treasury", "pentagon", "idf", "centcom", "intelligence",
                    "regime", "judiciary", "court", "embassy")),
    ("organization", ("university", "company", "co.", "co", "inc", "inc.", "ltd", "institute",
                      "news", "center", "centre", "foundation", "bank", "agency", "channel",
                      "times", "post", "television", "tv", "press", "committee", "association",
                      "party", "seminary", "bureau", "organization", "organisation", "school")),
)
_ALIAS_BRIDGE = re.compile(
    r"^\s*(?:,\s*)?(?:\(|also known as\s+|also called\s+|known as\s+|a\.k\.a\.?\s+|aka\s+|"
    r"or\s+|dubbed\s+|called\s+|identified as\s+)[\"']?\s*$",
    re.I,
)
RESOLVE_CACHE = 50_000
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9\-]{1,7}s?$")


@dataclass(slots=True)
class LinkedMention:
    """A named span of a parsed document and the entity it names."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    label: str
    entity_id: str | None
    etype: str | None
    score: float = 1.0
    modifier: bool = False  # names a modifier of another noun ("US forces", "Iranian-made")


@dataclass(slots=True)
class DocEntities:
    """The linked mentions of one document, with lookups by token and by alias."""

    mentions: list[LinkedMention] = field(default_factory=list)
    by_token: dict[int, LinkedMention] = field(default_factory=dict)
    candidates: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    # An unnamed collective's entity id -> its backer's ("Iran-backed militias" -> Iran).
    backers: dict[str, str] = field(default_factory=dict)
    # A state's embassy or consulate entity id -> the state's ("Iran's embassy in
    # Brussels" speaks for Iran).
    owners: dict[str, str] = field(default_factory=dict)
    # A facility named by its noun and town ("the old synagogue in Hamburg") -> the
    # town's entity id: where the facility is, as precisely as the report places it.
    sites: dict[str, str] = field(default_factory=dict)

    def at(self, token_index: int) -> LinkedMention | None:
        """The mention covering a token, if any."""
        return self.by_token.get(token_index)

    def as_mentions(self, doc_id: str, extractor: str) -> list[Mention]:
        """The mentions as model records (deduplicated by start offset)."""
        out: dict[int, Mention] = {}
        for m in self.mentions:
            out.setdefault(m.start, Mention(doc_id, m.start, m.end, m.text, m.label,
                                            m.entity_id, round(m.score, 3)))
        _ = extractor
        return list(out.values())


# Articles before a common noun that make it any such thing, not a name.
INDEFINITE = frozenset({"a", "an", "another"})


# Particles inside an Arabic or Persian name ("al-", "bin", "ibn", "abu").
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "-"})


def _name_tail(doc: Doc, end: int) -> int:
    """The end of a person's name whose last part the tagger left outside the mention
    ("[Abu Fadak] al-Mohammedawi"): the proper words and name particles that follow it
    up to the word the mention's last token modifies."""
    head = doc[end - 1].head
    if doc[end - 1].dep_ != "compound" or head.i < end or head.pos_ != "PROPN" or \
            head.i - end > 3:
        return end
    if all(t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES for t in doc[end:head.i + 1]):
        return head.i + 1
    return end


# Head words of the capitalized categories of a designation: "a Foreign Terrorist
# Organization", "a Specially Designated Global Terrorist".
CATEGORY_HEADS = frozenset({"organization", "organisation", "terrorist", "entity"})


def _listed_category(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalized span after "a" or "an" ends in a category word: the kind of
    listing a designation gives, not a named organization."""
    if doc[end - 1].lower_ not in CATEGORY_HEADS:
        return False
    i = start - 1
    while i >= 0 and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        i -= 1
    return i >= 0 and doc[i].lower_ in INDEFINITE


# Lowercase words that open a relative clause, which no name holds.
_RELATIVE_WORDS = frozenset({"where", "which", "who", "whom", "whose", "when", "while"})


def _strip_span(span: Span) -> tuple[int, int]:
    """Token bounds of ``span`` without a leading determiner, a trailing possessive or
    preposition, and without a relative clause the tagger ran on into ("Kerman where
    Soleimani")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an") :
        start += 1
    end = next((t.i for t in doc[start + 1:end] if t.text in _RELATIVE_WORDS), end)
    while end > start and (doc[end - 1].text in ("'s", "'", "-", ",", ".", '"') or (
            doc[end - 1].pos_ in ("ADP", "CCONJ") and doc[end - 1].text.islower())):
        end -= 1  # nor a lowercase word that joins what follows ("the ministry on Sunday")
    return start, end


_BACKED = frozenset({"backed", "aligned", "sponsored", "funded", "supported", "allied",
                     "affiliated", "linked", "led", "designated", "based", "made"})


def _split_backed(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                  ) -> list[tuple[int, int, str, str | None]]:
    """Split a name that swallowed its modifier: "Iran-backed Houthis" is Iran and the
    Houthis (the modifier becomes its own mention; the head keeps the span's label).
    A "-led" name the pack lists whole stays whole: "the US-led coalition" is one body."""
    out: list[tuple[int, int, str, str | None]] = []
    for start, end, label, ent_id in spans:
        if label == PHRASE:
            out.append((start, end, "ORG", ent_id))
            continue
        cut = None
        for j in range(start + 1, end - 1):
            if doc[j].text == "-" and doc[j + 1].lower_ in _BACKED and j + 2 < end and not (
                    ent_id and doc[j + 1].lower_ == "led"):
                cut = j
                break
        if cut is None:
            out.append((start, end, label, ent_id))
            continue
        out.append((start, cut, "GPE" if label != "PERSON" else label, None))
        out.append((cut + 2, end, label, None))
    return out


# The head nouns of a government body's name ("the Department of State") that stand
# alone for it when told again ("the Department").
BODY_HEADS = frozenset({"department", "ministry"})


# Head nouns that, bare and lowercase, name again the body last named with them.
TOLD_AGAIN_HEADS = frozenset({"coalition", "alliance"})


def _named_with_head(out: DocEntities, head: str) -> str | None:
    """The entity of the last name told that ends in ``head`` ("the Saudi-led coalition"
    for "the coalition"), if any."""
    for m in reversed(out.mentions):
        if m.entity_id and alias_key(m.text).endswith(" " + head):
            return m.entity_id
    return None


def _shortened(out: DocEntities, key: str) -> str | None:
    """The entity of an earlier, longer name that begins with ``key`` (a candidate's
    shortened form)."""
    if not key or len(key) < 4:
        return None
    for m in reversed(out.mentions):
        mkey = alias_key(m.text)
        if m.entity_id and key in BODY_HEADS and mkey.startswith(key + " of "):
            return m.entity_id  # "the Department of State ... the Department is also"
        if not m.entity_id or mkey == key or m.entity_id not in out.candidates:
            continue
        if mkey.startswith(key + " "):
            return m.entity_id
        words = m.text.split()
        if mkey.endswith(" " + key) and 2 <= len(words) <= 3 and \
                all(w[:1].isupper() for w in words):
            cand = out.candidates[m.entity_id]
            if cand.type == "organization" and candidate_type("ORG", m.text) == "organization":
                cand.type = "person"  # "Pouria Esfandiari ... Esfandiari": a person's name
                for other in out.mentions:
                    if other.entity_id == cand.id:
                        other.etype = "person"
            return m.entity_id
    return None


def _proper_sequences(doc: Doc, covered: set[int]) -> list[tuple[int, int, str, str | None]]:
    """Runs of capitalized words the NER left out or cut short ("Revolutionary Tribunal",
    "Families of the Disappeared", "Refugee Council"), as organization spans. A run may
    take in single words the statistical NER labeled on their own, never a knowledge-pack
    name."""
    out: list[tuple[int, int, str, str | None]] = []
    n = len(doc)
    skip_types = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "PERSON",
                  "QUANTITY")

    def usable(k: int) -> bool:
        t = doc[k]
        if not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
        if t.ent_type_ in skip_types or t.ent_id_:
            return False
        if k in covered:  # a lone word of the statistical NER ("Jewish", "Agency")
            return (k == 0 or doc[k - 1].ent_iob_ != "I") and (
                k + 1 >= n or doc[k + 1].ent_iob_ != "I")
        return True

    i = 0
    while i < n:
        lead = _place_leading_name(doc, i, usable)
        if lead is not None:
            out.append((i, lead, "ORG", None))  # "Ukraine International Airlines"
            i = lead
            continue
        if not usable(i) or doc[i].is_sent_start:
            i += 1
            continue
        j = i + 1
        while j < n:
            if usable(j) or (doc[j].lower_ == "of" and j + 1 < n and usable(j + 1)):
                j += 1
            else:
                break
        end = j
        while end > i and doc[end - 1].lower_.rstrip(".") in OFFICE_WORDS:
            end -= 1  # "Parliament Speaker Ghalibaf": the title goes with the person
        run = range(i, end)
        if (end - i >= 2 and doc[end - 1].lower_ != "of" and
                any(doc[k].pos_ == "PROPN" for k in run) and
                any(k not in covered for k in run) and doc[i].pos_ != "ADJ") or (
                    end - i >= 2 and doc[i].ent_type_ == "NORP" and
                    doc[end - 1].pos_ == "PROPN"):
            out.append((i, end, "ORG", None))
        i = max(j, i + 1)
    return out


def _place_leading_name(doc: Doc, i: int, usable: Callable[[int], bool]) -> int | None:
    """The end of an organization's name that begins with a single-word place the
    knowledge pack knows ("Ukraine International Airlines", "Kuwait Petroleum
    Corporation"): two or more capitalized words after it, the last a proper noun. The
    pack's ruler tags the place alone, and the NER then never sees the whole name."""
    t = doc[i]
    if not t.ent_id_ or t.ent_iob_ != "B" or t.ent_type_ != "GPE" or \
            (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return None
    j = i + 1
    while j < len(doc) and usable(j) and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
        j += 1
    while j > i and doc[j - 1].lower_.rstrip(".") in OFFICE_WORDS:
        j -= 1  # "Iraq Prime Minister X": a title, not a name
    if j - i < 3 or doc[j - 1].pos_ != "PROPN":
        return None
    return j


# Lowercase nouns that end a facility's name after its proper words: "the AMIA Jewish
# community center", "the Or Avner synagogue".
# (An organization's "offices" or "headquarters" stay the organization's name.)
FACILITY_HEADS = frozenset({"center", "centre", "synagogue", "mosque", "church", "hospital",
                            "shipyard", "embassy", "consulate", "school", "cemetery", "shrine",
                            "hotel", "restaurant", "compound", "refinery", "terminal", "plant",
                            "factory", "warehouse"})
# Words of the facility noun phrase between the proper words and the head.
_FACILITY_FILLERS = frozenset({"community", "cultural", "religious", "jewish", "islamic",
                               "medical", "trade", "business", "main", "regional"})


# Facility nouns that make a facility of the name before them even with no town after
# ("the Khurais oil field", "the Imam Ali shrine", "Evin prison"): a site, never a body.
SITE_HEADS: tuple[tuple[str, ...], ...] = (
    ("oil", "field"), ("gas", "field"), ("oilfield",), ("gasfield",), ("refinery",),
    ("processing", "facility"), ("processing", "plant"), ("pumping", "station"),
    ("power", "plant"), ("power", "station"), ("shrine",), ("prison",), ("air", "base"),
    ("airbase",), ("naval", "base"), ("military", "base"), ("border", "crossing"),
)


_SITE_FIRST = frozenset(words[0] for words in SITE_HEADS)


def _site_head_end(lowers: list[str], j: int) -> int | None:
    """The end of a site noun of :data:`SITE_HEADS` starting at token ``j`` (``lowers``:
    the document's lowercase words), if any."""
    if lowers[j] not in _SITE_FIRST:
        return None
    for words in SITE_HEADS:
        end = j + len(words)
        if tuple(lowers[j:end]) == words:
            return end
    return None


# Warplane and armed drone models ("F-35s", "F/A-18", "MQ-9", "Su-24", "B-52") and the
# names forces give them: the craft, never a group named after it (the same models
# are weapon terms of the ontology, which makes their blows air strikes).
_CRAFT_DESIGNATION = re.compile(r"^(?:[A-Z]{1,2}|[A-Z][a-z])-\d{1,3}[A-Z]?s?$")
_CRAFT_NAMES = frozenset({"typhoon", "tornado", "rafale", "reaper", "predator", "hornet",
                          "raptor", "bayraktar", "tb2"})


# Kinds of craft a model name may go before ("TB2 drones", "F-16 jets").
_CRAFT_KINDS = frozenset({"drone", "jet", "warplane", "fighter", "bomber", "aircraft",
                          "helicopter", "plane"})


def _craft_model(tok: Token) -> bool:
    """Whether a token spells a warplane or armed drone model ("F-35s", "Typhoons"); a
    slash only inside one ("F/A-18")."""
    text = tok.text
    if text == "/":
        return 0 < tok.i < len(tok.doc) - 1 and bool(_CRAFT_DESIGNATION.match(
            tok.doc[tok.i + 1].text))
    return bool(_CRAFT_DESIGNATION.match(text)) or (
        text[:1].isupper() and text.lower().removesuffix("s") in _CRAFT_NAMES)


def _craft_tails(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                 ) -> list[tuple[int, int, str, str | None]]:
    """"British Typhoons", "Israeli F-35s", "MQ-9 Reapers": a state's aircraft the NER
    took for one organization. The craft model goes (it names no actor); what is left
    before it ("British", "US", "the Royal Air Force") is the owner, named on its own."""
    out: list[tuple[int, int, str, str | None]] = []
    for start, end, label, eid in spans:
        cut = end
        if not eid and cut - start >= 2 and doc[cut - 1].lemma_.lower() in _CRAFT_KINDS and \
                _craft_model(doc[cut - 2]):
            cut -= 1  # "Bayraktar TB2 drones", "F-16 jets"
        while not eid and cut > start and _craft_model(doc[cut - 1]) and (
                cut < end or doc[cut - 1].text != "/"):
            cut -= 1
        if cut == end:
            out.append((start, end, label, eid))
        elif cut > start:
            last = doc[cut - 1]
            owner = "NORP" if last.pos_ == "ADJ" or last.ent_type_ == "NORP" or (
                cut - start == 1 and last.text.endswith(("ish", "ian", "ese", "li"))) else (
                "GPE" if cut - start == 1 else label)
            out.append((start, cut, owner, None))
    return out


def _site_names(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                ) -> list[tuple[int, int, str, str | None]]:
    """A name and a site noun as one facility: "the Khurais oil field" (a word the NER
    left out), "the Imam Ali shrine" (a person's name the shrine bears)."""
    covered = {i for s0, e0, _l, _e in spans for i in range(s0, e0)}
    by_end = {e0: k for k, (_s0, e0, _l, _e) in enumerate(spans)}
    out = list(spans)
    lowers = doc_tokens(doc).lower
    for j in range(1, len(doc)):
        end = _site_head_end(lowers, j)
        if end is None or doc[j].is_title or j in covered:
            continue
        if j in by_end:  # a span the NER found: unless the pack knows it, the site is named
            k = by_end[j]
            start, _e, label, eid = spans[k]
            if not eid and label in ("ORG", "PERSON", "FAC", "GPE", "LOC"):
                out[k] = (start, end, "FAC", None)
            continue
        start = j
        while start > 0 and start - 1 not in covered and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
            start -= 1
        if start < j:
            out.append((start, end, "FAC", None))
    return sorted(out, key=lambda s: (s[0], -s[1]))


def _named_facilities(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                      ) -> list[tuple[int, int, str, str | None]]:
    """A proper name that goes on with a facility noun and the town it stands in ("the
    AMIA Jewish community center in Buenos Aires", "the Hanwha shipyard in Geoje"): the
    facility, not an organization. A country's adjective alone ("the
    Israeli embassy") is left to the rules for embassies."""
    out = list(spans)
    for k, (start, end, label, eid) in enumerate(spans):
        if eid or label not in ("ORG", "NORP", "PERSON", "FAC") or end >= len(doc):
            continue
        j = end
        while j < len(doc) and doc[j].lower_ in _FACILITY_FILLERS and not doc[j].is_title:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in FACILITY_HEADS or doc[j].is_title:
            continue
        if j + 2 >= len(doc) or doc[j + 1].lower_ != "in" or not doc[j + 2].text[:1].isupper():
            continue
        if label == "NORP" and end - start == 1:
            continue
        out[k] = (start, j + 1, "FAC", None)
    return out


# Facility heads a country's bodies own, named by the rules for embassies and missions.
_BODY_SITES = frozenset({"embassy", "consulate"})
# Place labels of the NER (a span after a facility's "in" among them).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _described_facilities(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                          ) -> tuple[list[tuple[int, int, str, str | None]],
                                     dict[tuple[int, int], tuple[str, int]]]:
    """A common facility noun before the town it stands in: "the old synagogue in
    Hamburg", "a Jewish community centre in Munich". Reports name a target this way when
    it has no proper name, so the noun is a facility mention whose name is the whole
    phrase (its span -> that name and the town's first token); the town stays a mention
    of its own."""
    covered = {i for s0, e0, _l, _e in spans for i in range(s0, e0)}
    starts = {sp[0]: sp for sp in spans}
    out = list(spans)
    names: dict[tuple[int, int], tuple[str, int]] = {}
    for j in range(len(doc) - 2):
        head = doc[j]
        if head.lower_ not in FACILITY_HEADS or head.lower_ in _BODY_SITES or \
                head.is_title or j in covered or doc[j + 1].lower_ != "in":
            continue
        town = starts.get(j + 2)
        if town is None or town[2] not in PLACE_LABELS:
            continue
        start = j
        while start > 0 and doc[start - 1].head.i == j and \
                doc[start - 1].dep_ in ("amod", "compound") and (
                    doc[start - 1].is_lower or doc[start - 1].lower_ in _FACILITY_FILLERS):
            start -= 1
        out = [sp for sp in out if not (start <= sp[0] and sp[1] <= j)]
        out.append((start, j + 1, "FAC", None))
        names[(start, j + 1)] = (text_of(doc[start:town[1]]), town[0])
    return sorted(out, key=lambda s: (s[0], -s[1])), names


def _join_split_names(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                      ) -> list[tuple[int, int, str, str | None]]:
    """"Sergeant William" + "Jerome Rivers": a person span right after a person or
    a title and name, neither from the pack, is one name the NER cut in two."""
    out: list[tuple[int, int, str, str | None]] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span[2] == "PERSON" and prev[1] == span[0] and \
                prev[3] is None and span[3] is None and (
                    prev[2] == "PERSON" or doc[prev[0]].lower_.rstrip(".") in TITLE_WORDS):
            out[-1] = (out[-1][0], span[1], "PERSON", None)
        else:
            out.append(span)
    return out


# Nouns only a person is: a name in apposition to one is a person's, whatever the NER's
# label ("X, a senior Hezbollah official": not a facility).
PERSON_NOUNS = frozenset({"official", "commander", "leader", "financier", "spokesman",
                          "spokeswoman", "spokesperson", "operative", "officer", "adviser",
                          "advisor", "aide", "envoy", "minister", "cleric", "businessman",
                          "businesswoman", "smuggler", "facilitator", "deputy", "founder",
                          "general", "colonel", "brigadier", "militant", "fighter",
                          # callings and kin: "X, a presenter for a Persian-language channel"
                          "presenter", "journalist", "reporter", "correspondent", "editor",
                          "columnist", "blogger", "activist", "dissident", "campaigner",
                          "lawyer", "scientist", "physicist", "engineer", "professor",
                          "academic", "researcher", "student", "writer", "author", "poet",
                          "singer", "rapper", "actor", "actress", "athlete", "wrestler",
                          "diplomat", "lawmaker", "politician", "national", "citizen",
                          "resident", "father", "mother", "son", "daughter", "wife",
                          "husband", "brother", "sister", "man", "woman", "teenager"})


def _people_by_apposition(doc: Doc, spans: list[tuple[int, int, str, str | None]]
                          ) -> list[tuple[int, int, str, str | None]]:
    """A name the pack does not know, in apposition to a noun only a person is ("X, a
    senior Hezbollah official"; "the group's financier, X"), is a person's name."""
    out = list(spans)
    for k, (start, end, label, eid) in enumerate(spans):
        if eid or label in ("PERSON", PHRASE) or end - start < 2:
            continue
        root = doc[start:end].root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        if any(n.pos_ == "NOUN" and n.lower_ in PERSON_NOUNS and n.i not in range(start, end)
               for n in nouns):
            out[k] = (start, end, "PERSON", None)
    return out


def _overridden(doc: Doc, start: int, end: int, bodies: Mapping[tuple[int, int], Any]) -> bool:
    """Whether span [start, end) overlaps a body phrase and adds no name of its own."""
    for b0, b1 in bodies:
        if start < b1 and b0 < end:
            return not any(doc[i].pos_ == "PROPN" for i in range(start, end)
                           if not b0 <= i < b1)
    return False


# How alike (0-100) a name must be to a town's own name to be that town's name.
_SAME_NAME = 80.0
# A city this large is a place wherever it lies (Dushanbe, Hamburg).
_CITY = 100_000
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "at", "around", "inside", "across",
                                 "throughout", "off", "between", "toward", "towards"})
# "south of X", "the outskirts of X": words whose "of" names a place.
_PLACE_OF_HEADS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                             "southeast", "southwest", "outskirts", "outskirt", "vicinity",
                             "countryside", "suburbs", "environs", "edge", "residents",
                             "inhabitants", "mayor", "governor", "entrance",
                             # "the X district of Y": Y is the town the quarter lies in
                             "area", "district", "neighborhood", "neighbourhood", "quarter",
                             "suburb", "subdistrict"})
# "the X countryside", "X governorate": a name these nouns follow is a place's.
_AREA_HEADS = frozenset({"countryside", "area", "governorate", "province", "district",
                         "outskirts", "suburbs", "suburb", "neighborhood", "neighbourhood",
                         "subdistrict", "municipality"})
# "the X and Y provinces": the names a plural area noun follows are each a place's.
_AREAS_HEADS = frozenset({"governorates", "provinces", "districts"})


def _after_place_preposition(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "outside", "at")


# What follows a dateline's town before the story: ", Pakistan", ", May 2", " (AP)", then
# a dash (the parser's copy of the text reads an em dash as a comma, with a space before).
DATELINE_TAIL = re.compile(r"\s*(?:,\s*[A-Z][\w.'\u2019 -]{1,30}?){0,2}\s*"
                           r"(?:\([A-Za-z .]{1,40}\)\s*)?(?:\u2014|\u2013|--| - | , |-(?=\s))")


def _drop_wire_credits(doc: Doc, out: DocEntities) -> None:
    """The agency a wire dateline credits ("BAGHDAD (AP) --", "Kabul, Afghanistan, March 3
    (Reuters) -") filed the report; it is no party to what the report tells, so it is no
    mention an event could take as a doer. A dateline is a name opening its line that
    :data:`DATELINE_TAIL` follows."""
    text = doc_tokens(doc).text
    credits: list[tuple[int, int]] = []
    for m in out.mentions:
        before = m.start
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before > 0 and text[before - 1] != "\n":
            continue  # not the name opening its line
        tail = DATELINE_TAIL.match(text, m.end)
        opening = text.find("(", m.end, tail.end()) if tail is not None else -1
        if tail is not None and opening >= 0:
            credits.append((opening, tail.end()))
    gone = [m for m in out.mentions if any(s <= m.start and m.end <= e for s, e in credits)]
    if not gone:
        return
    out.mentions = [m for m in out.mentions if m not in gone]
    for m in gone:
        for t in range(m.tok_start, m.tok_end):
            if out.by_token.get(t) is m:
                del out.by_token[t]


def _dateline_named(span: Span) -> bool:
    """"Quetta, Pakistan (AP) --": a name that opens its line before a dateline's dash is
    where the report was filed, a town whatever the tagger took it for."""
    doc = span.doc
    if span.start > 0 and "\n" not in doc[span.start - 1].text_with_ws:
        return False
    return DATELINE_TAIL.match(doc_tokens(doc).text, span.end_char) is not None


def _area_named(span: Span) -> bool:
    """"the X neighbourhood of Y", "the X countryside": a name an area noun follows."""
    root = span.root
    if root.dep_ == "conj" and root.head.i < root.i:  # "in X and Y provinces": Y too
        root = root.head
    return (root.dep_ in ("compound", "poss") and root.head.lower_ in _AREA_HEADS) or (
        root.dep_ in ("compound", "nmod") and root.head.lower_ in _AREAS_HEADS and
        root.head.i > root.i)


# Nouns of a site a town's name may qualify: "the Kerman cemetery", "the Shiraz shrine".
_SITE_HEADS = frozenset({"cemetery", "shrine", "mosque", "prison", "jail", "airport", "port",
                         "harbour", "harbor", "university", "hospital", "refinery", "market",
                         "bazaar", "stadium", "garrison", "airbase", "synagogue", "church",
                         "cathedral", "temple", "school", "museum", "station"})


def _site_named(span: Span) -> bool:
    """"the X cemetery", "the X shrine": a name that qualifies a site noun, which the
    tagger may take for a people's adjective (a town's name is no demonym)."""
    root = span.root
    return root.dep_ in ("compound", "amod") and root.head.lower_ in _SITE_HEADS and \
        root.head.i > root.i


# Nouns of an occurrence a town's name may qualify: "the Aarhus arrest", "the Hamburg
# stabbing".
_EVENT_HEADS = frozenset({"arrest", "arrests", "detention", "detentions", "raid", "raids",
                          "stabbing", "stabbings", "shooting", "shootings", "bombing",
                          "bombings", "attack", "attacks", "plot", "plots", "protest",
                          "protests", "killing", "killings", "blast", "explosion"})


def _event_named(span: Span) -> bool:
    """"The Aarhus arrest follows ...": a name that qualifies an occurrence's noun, which
    the tagger may take for a people's adjective (a town's name is no demonym)."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in _EVENT_HEADS and \
        root.head.i == span.end


# Verbs whose object is a place drawn near to or gone into: "a drone approaching X",
# "troops entered Y".
_APPROACH_VERBS = frozenset({"approach", "near", "enter", "reach"})


def _in_place_position(span: Span) -> bool:
    """"in X", "near X", "south of X", "the X countryside", "X's western countryside",
    "a drone approaching X": a name where a place goes."""
    if _area_named(span):
        return True
    root = span.root
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and \
            root.head.lemma_.lower() in _APPROACH_VERBS:
        return True
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _PLACE_PREPOSITIONS or (
        prep.lower_ == "of" and prep.head.lower_ in _PLACE_OF_HEADS)


# Verbs of a blow whose object (or passive subject) may be a town: "rockets hit X",
# "X was shelled".
_STRUCK_VERBS = frozenset({"hit", "strike", "target", "shell", "bomb", "pound", "attack",
                           "raid", "storm", "rock", "bombard", "besiege", "struck"})


def _struck_position(span: Span) -> bool:
    """"rockets hit X", "X was shelled": a name where a blow fell, which may be a town
    or a person, so a name there counts as a town only when it is one by its name."""
    root = span.root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and (
        root.head.lemma_.lower() in _STRUCK_VERBS or root.head.lower_ in _STRUCK_VERBS)


SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "capital", "settlement",
                              "kibbutz", "suburb"})


def _settlement_named(span: Span) -> bool:
    """"the Israeli town of X", "the northern city of X": the name a settlement noun
    introduces is a place, whatever the tagger took it for."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and \
        root.head.head.lemma_.lower() in SETTLEMENT_NOUNS


# Labels of the tagger's that a town's name may wrongly get ("Turbat" as a date).
_MISTAKEN_LABELS = frozenset({"", "DATE", "PRODUCT", "EVENT", "LANGUAGE", "LAW"})
# Words of the calendar, never a town in a place's position ("in March", "in May").
_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _dateline_word(tok: Token, covered: set[int]) -> bool:
    """A word in capitals no named span holds, as a dateline's town is written."""
    return tok.i not in covered and tok.is_alpha and tok.is_upper and len(tok) > 2


def _bare_name_word(tok: Token, covered: set[int]) -> bool:
    """A capitalized proper noun no named span holds, and no calendar word."""
    return tok.i not in covered and tok.pos_ == "PROPN" and tok.text[:1].isupper() and \
        tok.ent_type_ in _MISTAKEN_LABELS and tok.lower_ not in _CALENDAR


# Spellings of the Arabic article, assimilated or not: "as-Sakhar", "ad-Dawr", "el-Arish".
_ARTICLES = frozenset({"al", "el", "as", "ad", "ash", "at", "az", "an", "ar", "ath", "adh",
                       "ul", "ud", "us"})


def _extend_article(doc: Doc, end: int) -> int:
    """The end of a name that goes on with an Arabic article and a capitalized word
    ("Jurf as-Sakhar", "Deir ad-Dhahab"), which the tagger may leave out: the name to
    look up (the mention keeps the tagger's tokens, which the parse hangs things on)."""
    while end + 2 < len(doc) and doc[end].lower_ in _ARTICLES and not doc[end].whitespace_ \
            and doc[end + 1].text == "-" and not doc[end + 1].whitespace_ \
            and doc[end + 2].text[:1].isupper() and doc[end - 1].whitespace_:
        end += 3
    return end


def _extend_of(doc: Doc, end: int) -> int:
    """The end of a name continued by "of (the) Capitalized Words", also when the NER
    kept the "of" and left the words after it ("Central Bank of" + "Iran")."""
    i = end - 1 if end > 1 and doc[end - 1].lower_ == "of" else end
    if i < len(doc) and doc[i].lower_ == "of":
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and \
                doc[k].ent_type_ != "DATE":
            k += 1
        if k > j:
            return k
    return end


def _surnames_told_first(out: DocEntities, persons: Mapping[str, str]) -> None:
    """"Kanaani said ... Nasser Kanaani is the spokesman": a lone surname told before
    the full name became a candidate of its own; it is the person the full name names
    (the candidate goes when nothing else names it)."""
    moved: set[str] = set()
    for m in out.mentions:
        cand = out.candidates.get(m.entity_id or "")
        if cand is None or cand.type not in ("person", "organization") or \
                m.tok_end - m.tok_start != 1:
            continue  # a town that shares a surname stays a town
        eid = persons.get(alias_key(m.text))
        if eid is None or eid == m.entity_id or len(m.text) < 3:
            continue
        moved.add(m.entity_id or "")
        m.entity_id, m.etype, m.label = eid, "person", "PERSON"
    for gone in moved - {m.entity_id for m in out.mentions}:
        out.candidates.pop(gone, None)
        for key in [k for k, v in out.aliases.items() if v == gone]:
            del out.aliases[key]


def _strip_title(text: str) -> str:
    low = text.lower()
    for title in sorted(TITLES, key=len, reverse=True):
        if low.startswith(title + " ") and len(text.split()) > len(title.split()) + 0:
            rest = text[len(title) + 1:].strip()
            if rest and rest[0].isupper():
                return rest
    return text


def candidate_type(label: str, text: str) -> str:
    """The entity type of a name not in the pack, from its NER label and cue words."""
    words = text.lower().replace("-", " ").split()
    last = words[-1] if words else ""
    if label == "PERSON":
        # "Zahra Cemetery", "Al-Nour University": the NER took a place for a person.
        for etype, cues in ORG_CUES:
            if last in cues and len(words) > 1:
                return etype
        return "person"
    if label in ("GPE", "LOC"):
        return "place"
    if label == "FAC":
        return "facility"
    for etype, cues in ORG_CUES:
        if last in cues:
            return etype
    for etype, cues in ORG_CUES:
        if any(w in cues for w in words):
            return etype
    return "organization"


class Linker:
    """Links the named spans of parsed documents to the pack, or to candidates."""

    def __init__(self, pack: Any, geocoder: Any = None) -> None:
        self.pack = pack
        self.geocoder = geocoder
        self._resolved: dict[tuple[str, str | None], tuple[str, float] | None] = {}
        self._places: dict[tuple[str, tuple[str, ...]], Any] = {}
        self.demonyms: dict[str, str] = {}
        self.country_entity: dict[str, str] = {}
        self.descriptions = DescriptionIndex.from_entries(pack.entries.values())
        for eid, entry in pack.entries.items():
            if entry.type == "place" and getattr(entry, "precision", None) == "country":
                if entry.country:
                    self.country_entity.setdefault(entry.country, eid)
                for dem in getattr(entry, "demonyms", ()) or ():
                    self.demonyms[alias_key(dem)] = eid
                    self.demonyms[alias_key(dem + "s")] = eid

    def entity_type(self, entity_id: str, doc_entities: DocEntities | None = None) -> str | None:
        """The type of an entity id, pack or candidate."""
        ent = self.pack.entities.get(entity_id)
        if ent is not None:
            return str(ent.type)
        if doc_entities is not None and entity_id in doc_entities.candidates:
            return doc_entities.candidates[entity_id].type
        return None

    def entity_country(self, entity_id: str, doc_entities: DocEntities | None = None
                       ) -> str | None:
        """The country of an entity id, pack or candidate."""
        ent = self.pack.entities.get(entity_id)
        if ent is None and doc_entities is not None:
            ent = doc_entities.candidates.get(entity_id)
        return None if ent is None else ent.country

    def resolve(self, surface: str, label: str | None = None) -> tuple[str, float] | None:
        """The pack entity a surface names: exact alias key, demonym, then fuzzy (cached)."""
        key = (surface, label)
        if key not in self._resolved:
            if len(self._resolved) > RESOLVE_CACHE:
                self._resolved.clear()
            self._resolved[key] = self._resolve(surface, label)
        return self._resolved[key]

    def _resolve(self, surface: str, label: str | None) -> tuple[str, float] | None:
        ids = self.pack.lookup(surface)
        stem, _, kind = surface.rpartition(" ")
        if not ids and stem and kind.lower() in ("province", "governorate"):
            # "Sistan-Baluchestan province": the province of that name, however spelled
            ids = [i for i in self.pack.lookup(stem)
                   if getattr(self.pack.entries.get(i), "precision", None) == "province"]
        types = LABEL_TYPES.get(label or "", None)
        if ids:
            if types is not None:
                typed = [i for i in ids if self.pack.entities[i].type in types]
                if typed:
                    return typed[0], 1.0
            return ids[0], 1.0
        dem = self.demonyms.get(alias_key(surface))
        if dem is not None:
            return dem, 1.0
        state = self.state_forces(surface)
        if state is not None:
            return state, 1.0
        if len(surface) >= 6 and label in ("ORG", "PERSON", "FAC"):
            hit = self.pack.match(surface, types=sorted(types) if types else None, min_score=92)
            if hit is not None:
                return hit[0], hit[1] / 100.0
        return None

    def link(self, doc: Doc, *, extra_spans: list[tuple[int, int, str]] | None = None
             ) -> DocEntities:
        """Link every named span of a parsed document."""
        out = DocEntities()
        spans: list[tuple[int, int, str, str | None]] = []
        full_text: dict[int, str] = {}
        for ent in doc.ents:
            if ent.label_ not in NAMED_LABELS:
                continue
            start, end = _strip_span(ent)
            label0 = ent.label_
            if label0 == "ORG" and not ent.ent_id_ and end - start >= 2 and \
                    doc[start].lower_.rstrip(".") in TITLE_WORDS and \
                    all(t.pos_ == "PROPN" for t in doc[start + 1:end]):
                label0 = "PERSON"  # "Sergeant William Rivers" taken for an organization
            if label0 == "PERSON" and not ent.ent_id_:
                titled = start
                while start + 1 < end and doc[start].lower_.rstrip(".") in TITLE_WORDS and \
                        doc[start + 1].text[:1].isupper():
                    start += 1
                if start != titled:
                    full_text[start] = text_of(doc[titled:end])
            if ent.label_ == "ORG" and not ent.ent_id_:
                end = _extend_of(doc, end)  # "Islamic Propaganda Bureau of the Qom Seminary"
            if start >= end:
                continue
            label = label0
            if label == "WORK_OF_ART":
                if not all(t.text[:1].isupper() or t.is_punct or t.lower_ in ("of", "the")
                           for t in doc[start:end]) or end - start > 5:
                    continue
                label = "ORG"  # a quoted name: "Death Commissions"
            if label == "NORP" and end - start >= 2 and all(
                    t.pos_ == "PROPN" or t.is_punct for t in doc[start:end]):
                label = "PERSON"  # "Firouzeh Mojrian-Sharq" taken for a nationality
            spans.append((start, end, label, ent.ent_id_ or None))
        for start, end, label in extra_spans or []:
            spans.append((start, end, label, None))
        spans = self._dateline_runs(doc, spans)
        spans += self._untagged_towns(doc, spans)
        spans += _proper_sequences(doc, {i for s0, e0, _l, _i in spans for i in range(s0, e0)})
        described = self._descriptions(doc, spans)
        owned_by = {d.end - 1: d.country for d in described}
        if described:  # the NER's "kingdom" of "the kingdom" gives way to the description
            spans = [sp for sp in spans if not any(
                d.start <= sp[0] and sp[1] <= d.end for d in described)]
        found = body_spans(doc, self.country_named, self.demonym, owners={
            d.start: (d.end, d.country, self.short_name(d.country)) for d in described})
        bodies: dict[tuple[int, int], BodySpan] = {(b.start, b.end): b for b in found}
        near: dict[int, str | None] = {}  # sentence start -> its country, once

        def country_near(i: int) -> str | None:
            start = doc[i].sent.start
            if start not in near:
                near[start] = self._sentence_country(doc, i)
            return near[start]

        bodies.update({(s0, e0): b for s0, e0, b in bare_kinds(
            doc, found, lambda i: self._reporting_country(doc, i) or country_near(i),
            self.demonym)})
        groups = {(c.start, c.end): c for c in collective_spans(
            doc, self.backer_named, self.country_code)}
        if bodies or groups:  # a phrase wins over a name that only adds common words to it
            phrases = {**bodies, **groups}
            spans = [sp for sp in spans if not _overridden(doc, sp[0], sp[1], phrases)]
            spans += [(s0, e0, PHRASE, None) for s0, e0 in phrases]
        spans.sort(key=lambda s: (s[0], -s[1]))
        spans = _join_split_names(doc, spans)
        spans = _people_by_apposition(doc, spans)
        spans = _named_facilities(doc, spans)
        spans, facility_names = _described_facilities(doc, spans)
        spans = _site_names(doc, spans)
        persons: dict[str, str] = {}  # last name / first name key -> entity id
        acronyms: dict[str, str] = {}
        previous: LinkedMention | None = None
        last_end = -1
        spans = _split_backed(doc, spans)
        spans = _craft_tails(doc, spans)
        spans = self._paired_departments(doc, spans)
        for start, end, label, ent_id in spans:
            if start < last_end:
                continue
            span = doc[start:end]
            text = text_of(span)
            if end - start == 1 and label not in ("PERSON", "NORP") and not ent_id and (
                    doc[start].lower_.rstrip(".") in TITLE_WORDS or (
                        doc[start].pos_ != "PROPN" and not self._town_in_place(span, label) and
                        alias_key(text) not in self.demonyms and
                        not (label == "GPE" and _dateline_named(span)))
            ) and (start, end) not in facility_names:
                continue  # "Supreme", "Groups": a word, not a name ("Emirati" opening a
                # sentence, which the tagger may take for a noun, is a people's)
            if start > 0 and doc[start - 1].lower_ in INDEFINITE and text.islower() and \
                    (start, end) not in facility_names:
                continue  # "a coalition that includes X": any coalition, not the one named
            if text.islower() and end + 1 < len(doc) and doc[end].lower_ == "of" and \
                    doc[end + 1].text[:1].isupper() and (start, end) not in facility_names:
                continue  # "the southern province of X": the kind of place X is, no name
            if _listed_category(doc, start, end):
                continue  # "as a Specially Designated Global Terrorist": a list, no name
            if end - start == 1 and not ent_id and doc[start].tag_ in ("NNS", "NNPS") and \
                    doc[start].is_sent_start and self.pack.lookup(text) == [] and \
                    alias_key(text) not in self.demonyms and \
                    not (label == "GPE" and _dateline_named(span)):
                continue  # "Missiles struck ...": a plural noun opening a sentence
                # ("DÜSSELDORF --", a dateline the tagger reads as a plural, is a town)
            office = all(t.lower_.rstrip(".") in OFFICE_WORDS or t.is_punct for t in span)
            if (office and not ent_id) or (office and label == "PERSON"):
                continue  # "Prime Minister", "Defence Minister": a title, not a name
            if office and previous is not None and previous.etype == "person" and \
                    re.fullmatch(r"\s*,\s*(?:the\s+)?(?:then|former|late)?-?\s*",
                                 doc_tokens(doc).text[previous.end:span.start_char] if
                                 span.start_char - previous.end < 20 else "x"):
                continue  # "Khomeini, then-Supreme Leader,": his title, not another person
            if not ent_id and label in ("ORG", "PERSON") and self.geocoder is not None and \
                    self.geocoder.country_of(text) and not self.pack.lookup(text):
                label = "GPE"  # "Barbados" taken for an organization
            if not ent_id and label in ("ORG", "PERSON") and end - start == 1 and (
                    text.isupper() or _dateline_named(span)) and \
                    start == span.sent.start and end < len(doc) and doc[end].is_punct and \
                    self._only_places(text) and self._is_town(text):
                label = "GPE"  # "NAJAF — ...", "Quetta, Pakistan —", "BAGHDAD (Reuters)
                # -": a dateline, not an organization
            score = 1.0
            entity_id = ent_id if ent_id in self.pack.entities else None
            if text.islower() and alias_key(text) in TOLD_AGAIN_HEADS:
                # "the Saudi-led coalition ... the coalition": the one named before, not
                # the body the bare word names in the pack
                entity_id = _named_with_head(out, alias_key(text)) or entity_id
            if (start, end) in bodies:
                entity_id = self._body_entity(out, bodies[(start, end)], text)
            elif (start, end) in groups:
                entity_id = self._collective_entity(out, groups[(start, end)])
            elif (start, end) in facility_names:  # "the old synagogue" in Hamburg
                site_name, _town = facility_names[(start, end)]
                entity_id = self._candidate(out, site_name, "FAC")
                if entity_id is not None:
                    out.aliases.setdefault(alias_key(site_name), entity_id)
            tail = _extend_article(doc, end)
            if entity_id is None and tail > end:  # "Jurf" + "as-Sakhar": the whole name
                hit = self.resolve(text_of(doc[start:tail]), label)
                if hit is not None:
                    entity_id, score = hit
            if entity_id is None:
                key = alias_key(text)
                entity_id = out.aliases.get(key)
                if entity_id is None:
                    hit = self.resolve(text, label)
                    if hit is None and label == "PERSON":
                        hit = self.resolve(_strip_title(text), label)
                    if hit is None and label == "ORG":
                        hit = self._owned_body(doc, start, text, owned_by)
                    if hit is not None:
                        entity_id, score = hit
                if entity_id is None:  # a surname after the full name, whatever its label
                    entity_id = persons.get(alias_key(_strip_title(text)))
                if entity_id is None and label not in ("PERSON", "NORP") and not (
                        label == "GPE" and self.geocoder is not None and
                        self.geocoder.country_of(text)):  # "Ukraine" is no shortened
                    # "Ukraine International Airlines"; "Zahra" after "Zahra Cemetery" is
                    entity_id = _shortened(out, alias_key(text))
                if entity_id is None and _ACRONYM.match(text):
                    entity_id = acronyms.get(text.rstrip("s"))
                if entity_id is None and previous is not None and label != "NORP":
                    bridge = doc[previous.tok_end:start].text_with_ws if \
                        previous.tok_end <= start else ""
                    if _ALIAS_BRIDGE.match(bridge) and previous.entity_id:
                        entity_id = previous.entity_id
                if entity_id is None and ((
                        label == "PERSON" and end - start == 1 and
                        _after_place_preposition(span) and self._is_town(text)) or (
                        label in ("ORG", "PERSON", "PRODUCT") and _in_place_position(span)
                        and self._is_known_town(text, country_near(start))) or (
                        label in ("PERSON", "ORG") and _settlement_named(span) and
                        self._is_town(text)) or (
                        # "the Bochum synagogue": a city's name qualifying a site
                        label in ("PERSON", "ORG") and (_site_named(span) or
                                                        _event_named(span)) and
                        self._is_known_town(text, country_near(start))) or (
                        label in ("ORG", "PERSON", "NORP") and _struck_position(span) and
                        alias_key(text) not in self.demonyms and
                        self._is_town_by_name(text)) or (
                        label == "NORP" and self._town_of_named_country(text, out)) or (
                        label == "NORP" and alias_key(text) not in self.demonyms and
                        (_settlement_named(span) or _in_place_position(span) or
                         _site_named(span) or _event_named(span)) and
                        self._is_known_town(text, country_near(start)))):
                    # "a bakery in Izmir", "near Saravan", "arrested in Dushanbe", "the
                    # town of X": a town taken for a name, an organization or a people
                    label = "GPE"
                    hit = self.resolve(text, label)
                    if hit is not None:
                        entity_id, score = hit
                if entity_id is None and label != "NORP":
                    entity_id = self._candidate(out, text, label)
                    score = 0.5
            if entity_id is None:
                continue
            etype = self.entity_type(entity_id, out)
            if etype == "person" and _name_tail(doc, end) > end:
                out.aliases.setdefault(alias_key(text), entity_id)
                end = _name_tail(doc, end)  # "Abu Fadak al-Mohammedawi": one man's name
                span = doc[start:end]
                text = text_of(span)
            root = doc[end - 1]
            modifier = root.dep_ in ("compound", "amod", "nmod", "npadvmod") and not (
                start <= root.head.i < end) and root.head.i > root.i
            mention = LinkedMention(span.start_char, span.end_char, start, end, text, label,
                                    entity_id, etype, score, modifier)
            out.mentions.append(mention)
            for i in range(start, end):
                out.by_token[i] = mention
            out.aliases.setdefault(alias_key(text), entity_id)
            if start in full_text:  # "General Charles Brown" names him too
                out.aliases.setdefault(alias_key(full_text[start]), entity_id)
            if label == "PERSON" or etype == "person":
                name = _strip_title(text).split()
                if len(name) >= 2 and name[-1].lower() not in OFFICE_WORDS:
                    persons.setdefault(alias_key(name[-1]), entity_id)
                    persons.setdefault(alias_key(" ".join(name[1:])), entity_id)
                    out.aliases.setdefault(alias_key(_strip_title(text)), entity_id)
            words = [w for w in re.split(r"[\s\-]+", text) if w]
            if len(words) >= 2:
                initials = "".join(w[0] for w in words if w[0].isupper())
                if len(initials) >= 2:
                    acronyms.setdefault(initials, entity_id)
            previous = mention
            last_end = end
        # Surnames the NER missed: "Karimi" after "Ahmad Karimi" was named.
        for tok in span_tokens(doc[:], pos=("PROPN",)):
            if tok.i in out.by_token or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            eid = persons.get(alias_key(tok.text))
            if eid is None or len(tok.text) < 3:
                continue
            mention = LinkedMention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1,
                                    tok.text, "PERSON", eid, "person", 0.8)
            out.mentions.append(mention)
            out.by_token[tok.i] = mention
        _surnames_told_first(out, persons)
        for (start, _end), (_name, town) in facility_names.items():
            site, place = out.by_token.get(start), out.by_token.get(town)
            if site is not None and place is not None and site.entity_id and place.entity_id:
                out.sites[site.entity_id] = place.entity_id
        self._add_descriptions(doc, out, described)
        out.mentions.sort(key=lambda m: m.start)
        self._facilities(doc, out)
        _drop_wire_credits(doc, out)
        self._add_capitals(doc, out)
        self._capitals_speaking(doc, out)
        self._place_candidates_in(
            out, self._countries_named(out, known_only=True)[:HINT_COUNTRIES])
        self._candidates_with_neighbours(out)
        out.countries = self._countries_named(out)
        return out

    def _countries_named(self, out: DocEntities, *, known_only: bool = False) -> list[str]:
        """The countries of the places the document names, most named first; with
        ``known_only``, of the pack's places and of the state bodies it names ("Algerian
        police") alone."""
        countries: Counter[str] = Counter()
        types = ("place", "state_body") if known_only else ("place",)
        for m in out.mentions:
            if m.etype in types and m.entity_id and not (
                    known_only and m.entity_id in out.candidates and m.etype == "place"):
                c = self.entity_country(m.entity_id, out)
                if c:
                    countries[c] += 1
        return [c for c, _ in countries.most_common()]

    def _place_candidates_in(self, out: DocEntities, countries: list[str]) -> None:
        """Places found only in the text and placed by the geocoder, geocoded again
        with the countries the document's known places lie in: a town named in a report
        on Morocco is the Moroccan one, not a larger namesake elsewhere (a name the
        geocoder could not place is left unplaced)."""
        if not countries:
            return
        for ent in out.candidates.values():
            if ent.type not in PLACE_TYPES or ent.lat is None:
                continue
            place = self.geocode(ent.name, countries)
            if place is not None:
                ent.lat, ent.lon, ent.country = place.lat, place.lon, place.country

    def _candidates_with_neighbours(self, out: DocEntities) -> None:
        """A place found only in the text whose country no other place of the document
        lies in, placed again in the countries the other places lie in, most named first,
        when one of them has a place of that name: "near his home in X" in a report datelined
        from a capital is the namesake in that capital's country, not a town abroad that
        also bears the name. A city of note keeps its own place, and the namesake must bear
        the name as its own ("Kornet", a missile, is no "Corinth")."""
        for ent in out.candidates.values():
            if ent.type not in PLACE_TYPES or ent.lat is None:
                continue
            told: Counter[str] = Counter()
            for m in out.mentions:
                if m.etype == "place" and m.entity_id and m.entity_id != ent.id:
                    c = self.entity_country(m.entity_id, out)
                    if c:
                        told[c] += 1
            if not told or ent.country in told:
                continue
            alone = self.geocode(ent.name)
            if alone is not None and alone.population >= CITY_OF_NOTE:
                continue  # "London", the great city, not a small namesake
            for country, _n in told.most_common(HINT_COUNTRIES):
                place = self.geocode(ent.name, [country])
                if place is not None and place.country == country and fuzz.token_set_ratio(
                        alias_key(ent.name), alias_key(place.name)) >= _SAME_NAME:
                    ent.lat, ent.lon, ent.country = place.lat, place.lon, place.country
                    break

    def geocode(self, name: str, countries: Sequence[str] = ()) -> Any:
        """The geocoder's place for a name (cached), or ``None``."""
        if self.geocoder is None:
            return None
        key = (name, tuple(countries))
        if key not in self._places:
            if len(self._places) > RESOLVE_CACHE:
                self._places.clear()
            self._places[key] = self.geocoder.resolve(name, countries=list(countries))
        return self._places[key]

    def _dateline_runs(self, doc: Doc, spans: list[tuple[int, int, str, str | None]]
                       ) -> list[tuple[int, int, str, str | None]]:
        """"SAO PAULO, Nov 9 (X) -", "ABU DHABI (X) --": a dateline's town in capitals,
        which the tagger may name only in part or take for an organization, is the whole
        run of capitals before the dateline's tail, a town when one knows it."""
        out: list[tuple[int, int, str, str | None]] = []
        for start, end, label, ent_id in spans:
            j = end
            while j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1:
                j += 1
            run = doc[start:j]
            if (j > end or label in ("ORG", "PERSON")) and not ent_id and \
                    all(t.is_upper for t in run if t.is_alpha) and \
                    _dateline_named(run) and self._is_known_town(text_of(run), None):
                out.append((start, j, "GPE", None))
            else:
                out.append((start, end, label, ent_id))
        return out

    def _untagged_towns(self, doc: Doc, spans: list[tuple[int, int, str, str | None]]
                        ) -> list[tuple[int, int, str, str | None]]:
        """Names in a place's position ("in X", "near X", "the town of X", "the X
        countryside") that the tagger left unnamed or took for a date or a product
        ("a convoy in Gwadar", "near Hermel"): a place when they are a town one knows
        (see :meth:`_is_known_town`)."""
        covered = {i for s0, e0, _l, _i in spans for i in range(s0, e0)}
        out: list[tuple[int, int, str, str | None]] = []
        named: set[str] | None = None  # the countries the tagged names stand for, once
        i = 0
        while i < len(doc):
            if not _bare_name_word(doc[i], covered):
                if _dateline_word(doc[i], covered):  # "BAKU, Azerbaijan -", read as a noun
                    j = i + 1
                    while j < len(doc) and _dateline_word(doc[j], covered):
                        j += 1
                    span = doc[i:j]
                    if _dateline_named(span) and self._is_known_town(text_of(span), None):
                        out.append((i, j, "GPE", None))
                    i = j
                    continue
                i += 1
                continue
            j = i + 1
            while j < len(doc) and (_bare_name_word(doc[j], covered) or (
                    doc[j].text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc) and
                    _bare_name_word(doc[j + 1], covered))):  # "LIMASSOL - Police": a dash
                j += 1
            span = doc[i:j]
            if ((_in_place_position(span) or _settlement_named(span) or
                 _dateline_named(span)) and  # "ANTWERP, Belgium (X) -", untagged
                    self._is_known_town(text_of(span), None)) or (
                    _struck_position(span) and self._is_town_by_name(text_of(span))) or (
                    _in_place_position(span) and (i == 0 or doc[i - 1].lower_ != "the") and
                    self._town_of(text_of(span), named := (
                        self._countries_of_spans(doc, spans) if named is None else named))):
                out.append((i, j, "GPE", None))
            i = j
        return out

    def _countries_of_spans(self, doc: Doc, spans: list[tuple[int, int, str, str | None]]
                            ) -> set[str]:
        """The countries the tagged place names of a document stand for: a country named
        ("Britain") or a city of note ("London")."""
        out: set[str] = set()
        for start, end, label, _eid in spans:
            if label not in ("GPE", "LOC"):
                continue
            text = text_of(doc[start:end])
            eid = self.country_named(text)
            entry = self.pack.entries.get(eid) if eid else None
            if entry is not None and entry.country:
                out.add(entry.country)
                continue
            place = self.geocode(text)
            if place is not None and place.population >= _CITY and place.country:
                out.add(place.country)
        return out

    def _town_of(self, name: str, countries: set[str]) -> bool:
        """A town of one of ``countries`` whose own name ``name`` is: "near his home in X",
        the tagger taking X for an event, in a report that names X's country or its
        capital (not "at the Y", a ship, whose name a town's resembles)."""
        if not countries or not self._is_town(name):
            return False
        place = self.geocode(name)
        return place.country in countries and alias_key(name) == alias_key(place.name)

    def _town_of_named_country(self, name: str, out: DocEntities) -> bool:
        """Whether ``name`` is a town of a country whose places the document named before
        (no people's name is: "Saravan" in a report on Iran, not "Sunni")."""
        place = self.geocode(name)
        if place is None or place.precision not in ("town", "district"):
            return False
        return any(m.etype == "place" and m.entity_id and
                   self.entity_country(m.entity_id, out) == place.country for m in out.mentions)

    def _only_places(self, name: str) -> bool:
        """Whether every pack entry a name matches is a place or a facility (or none
        does): a town's name in capitals is no acronym of a group the pack knows."""
        return all(self.pack.entries[i].type in PLACE_TYPES for i in self.pack.lookup(name))

    def _town_in_place(self, span: Span, label: str) -> bool:
        """A capitalized name the tagger took for a common noun ("struck a depot in
        Homs.", where the plural-looking word ends the sentence) is still a town where a
        place goes, when it is one the pack or a country it covers knows."""
        tok = span[0]
        return label in ("GPE", "LOC") and tok.text[:1].isupper() and not tok.is_sent_start \
            and _in_place_position(span) and self._is_known_town(tok.text, None)

    def _is_town(self, name: str) -> bool:
        place = self.geocode(name)
        return place is not None and place.precision in ("town", "district", "province")

    def _is_known_town(self, name: str, country: str | None) -> bool:
        """A town the pack lists, a city, a town of a country the pack covers in detail
        or of the country (entity id) its sentence names: what a name the tagger took
        for an organization or a person must be to count as a place ("the Dora district
        of Baghdad" is no village in the United States)."""
        if not self._is_town(name):
            return False
        place = self.geocode(name)
        entry = self.pack.entries.get(country) if country is not None else None
        return bool(place.source == "kb" or place.population >= _CITY or
                    place.country in self.geocoder.theatre or
                    (entry is not None and place.country == entry.country))

    def _is_town_by_name(self, name: str) -> bool:
        """A known town (see :meth:`_is_known_town`) of the pack or of a country the pack
        covers in detail, whose own name ``name`` spells, not one whose name a person's
        resembles ("Ali" is no "Agri")."""
        if not self._is_known_town(name, None):
            return False
        place = self.geocode(name)
        return place.source == "kb" or (
            place.country in self.geocoder.theatre and
            fuzz.ratio(alias_key(name), alias_key(place.name)) >= _SAME_NAME)

    def state_forces(self, surface: str) -> str | None:
        """"US forces", "American troops": a country's unnamed forces act as the country."""
        words = surface.split()
        if len(words) < 2 or words[-1].lower() not in FORCE_NOUNS:
            return None
        words = words[:-1]
        while len(words) > 1 and words[-1].lower() in CRAFT_KINDS:
            words = words[:-1]  # "US fighter jets", "Israeli combat aircraft"
        owner = " ".join(words)
        if owner.lower().startswith("the "):
            owner = owner[4:]
        ids: list[str] = list(self.pack.lookup(owner)) or (
            [self.demonyms[alias_key(owner)]] if alias_key(owner) in self.demonyms else [])
        for eid in ids:
            entry = self.pack.entries.get(eid)
            if entry is not None and getattr(entry, "precision", None) == "country":
                return eid
        return None

    def capital_state(self, text: str) -> str | None:
        """The country entity whose capital ``text`` names ("Tehran" -> Iran)."""
        iso = capital_country(text)
        return self.country_entity.get(iso) if iso else None

    def country_named(self, text: str) -> str | None:
        """The country entity a name or demonym stands for ("Lebanon", "Iraqi", "US")."""
        ids = list(self.pack.lookup(text))
        dem = self.demonyms.get(alias_key(text))
        for eid in ids + ([dem] if dem else []):
            entry = self.pack.entries.get(eid)
            if entry is not None and getattr(entry, "precision", None) == "country":
                return str(eid)
        return None

    def _town(self, m: LinkedMention | None) -> TownMention | None:
        if m is None or m.etype != "place" or not m.entity_id or m.label == "NORP":
            return None
        entry = self.pack.entries.get(m.entity_id)
        if entry is not None and getattr(entry, "precision", None) not in ("town", "district"):
            return None
        return TownMention(m.tok_start, m.tok_end, m.text, self.short_name(m.entity_id))

    def _facilities(self, doc: Doc, out: DocEntities) -> None:
        """Relink "the airport of X", "X's airport", "the city's airport" to the facility
        the pack knows for that town (see :mod:`axiswatch.nlp.facilities`), then link the
        definite heads that name such places again (:mod:`axiswatch.nlp.definite`)."""

        def last_town(i: int) -> TownMention | None:
            before = [m for m in out.mentions if m.tok_end <= i and self._town(m)]
            return self._town(before[-1]) if before else None

        def lookup(name: str) -> list[str]:
            return [i for i in self.pack.lookup(name)
                    if self.pack.entities[i].type == "facility"]

        phrases = [(p.start, p.end, p.entity_id) for p in facility_phrases(
            doc, lambda i: self._town(out.by_token.get(i)), last_town, lookup)]
        self._add_mentions(doc, out, phrases)
        named = [Named(m.tok_end, m.text, m.entity_id) for m in out.mentions
                 if m.etype in PLACE_TYPES and m.entity_id and m.label != "NORP"]
        self._add_mentions(doc, out, [(r.start, r.end, r.entity_id) for r in head_references(
            doc, named, set(out.by_token))])

    def _descriptions(self, doc: Doc, spans: list[tuple[int, int, str, str | None]]
                      ) -> list[Description]:
        """The descriptions naming a country again ("the kingdom", "the country"; see
        :mod:`axiswatch.nlp.descriptions`), outside the names of ``spans``. The countries
        they point back to are those the text names by name ("Saudi Arabia"), adjective
        ("Bahraini authorities") or capital; another place's name ends its reach when it
        ends in the description's noun ("Kharg Island ... the island")."""
        phrases = self.descriptions.phrases(doc, [(s0, e0, eid is not None)
                                                  for s0, e0, _l, eid in spans])
        if not phrases:
            return []
        named: list[NamedCountry] = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "NORP", "LOC", "FAC", "ORG", "PERSON"):
                continue
            start, end = _strip_span(ent)
            if start >= end:
                continue
            text = text_of(doc[start:end])
            country = self.country_named(text) or self.capital_state(text)
            if country is not None:
                named.append(NamedCountry(start, end, country, doc[end - 1].lower_))
                continue
            for tok in doc[start:end]:  # "Bahraini authorities", "Saudi-led"
                if tok.text[:1].isupper():
                    country = self.country_named(tok.text) or self.capital_state(tok.text)
                    if country is not None:
                        named.append(NamedCountry(tok.i, tok.i + 1, country, tok.lower_))
            if ent.label_ in PLACE_LABELS:
                named.append(NamedCountry(start, end, None, doc[end - 1].lower_))
        in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        # An adjective the NER left out: "Bahraini officials spoke".
        for tok in doc_tokens(doc).tokens:
            if tok.i not in in_ents and tok.text[:1].isupper():
                country = self.country_named(tok.text)
                if country is not None:
                    named.append(NamedCountry(tok.i, tok.i + 1, country, tok.lower_))
        named.sort(key=lambda n: n.tok_end)
        return self.descriptions.resolve(doc, phrases, named)

    def _add_descriptions(self, doc: Doc, out: DocEntities, described: list[Description]
                          ) -> None:
        """Link each description no other mention covers to its country, as a name of
        that country would be ("in the kingdom" places, "the kingdom said" acts)."""
        for d in described:
            if any(i in out.by_token for i in range(d.start, d.end)):
                continue  # "the kingdom's interior ministry": the body's own mention
            span = doc[d.start:d.end]
            mention = LinkedMention(span.start_char, span.end_char, d.start, d.end, text_of(span),
                                    "GPE", d.country, self.entity_type(d.country, out))
            out.mentions.append(mention)
            for i in range(d.start, d.end):
                out.by_token[i] = mention

    def _add_capitals(self, doc: Doc, out: DocEntities) -> None:
        """Link "the Saudi capital", "Yemen's capital", "the capital of Iraq" to the
        capital city of the country named (see :func:`capital_phrases`)."""
        if self.geocoder is None:
            return
        spans: list[tuple[int, int, str]] = []
        for start, end, owner in capital_phrases(doc, out.by_token):
            code = self.geocoder.country_of(owner) if owner else self._country_before(out, start)
            place = self.geocoder.capital_place(code) if code else None
            if place is None:
                continue
            eid = place.id if place.id in self.pack.entities else \
                self._candidate(out, place.name, "GPE")
            if eid is not None:
                spans.append((start, end, eid))
        self._add_mentions(doc, out, spans)

    def _country_before(self, out: DocEntities, start: int) -> str | None:
        """The ISO code of the country whose places the text names most before token
        ``start`` (the latest named on a tie): the country a report is about, whose
        capital "the capital" is."""
        seen: Counter[str] = Counter()
        last: dict[str, int] = {}
        for m in out.mentions:
            if m.tok_end > start or m.etype != "place" or m.modifier or not m.entity_id or \
                    m.label == "NORP":  # "British warplanes struck the capital": whose forces
                continue
            code = self.entity_country(m.entity_id, out)
            if code:
                seen[code] += 1
                last[code] = m.tok_start
        if not seen:
            return None
        return max(seen, key=lambda c: (seen[c], last[c]))

    def _add_mentions(self, doc: Doc, out: DocEntities, spans: list[tuple[int, int, str]]
                      ) -> None:
        """Put place mentions of ``spans`` in place of the mentions they overlap."""
        for start, end, eid in spans:
            out.mentions = [m for m in out.mentions if m.tok_end <= start or m.tok_start >= end]
            span = doc[start:end]
            etype = self.entity_type(eid, out) or "place"
            mention = LinkedMention(span.start_char, span.end_char, start, end, text_of(span),
                                    "FAC" if etype == "facility" else "LOC", eid, etype)
            out.mentions.append(mention)
            for t in range(start, end):
                out.by_token[t] = mention
            out.aliases.setdefault(alias_key(text_of(span)), eid)
        if spans:
            out.mentions.sort(key=lambda m: m.start)

    def _capitals_speaking(self, doc: Doc, out: DocEntities) -> None:
        """Relink a capital that speaks for its government to the country entity; a
        capital's one-word name the NER took for an organization ("Baku said") is read
        as the capital it is."""
        for i, m in enumerate(out.mentions):
            if not m.entity_id:
                continue
            misread = m.etype != "place" and m.entity_id not in self.pack.entities and \
                " " not in m.text
            if m.etype != "place" and not misread:
                continue
            iso = capital_country(m.text)
            state = self.country_entity.get(iso or "")
            if state is None or (self.entity_country(m.entity_id, out) != iso and
                                 not misread) or not speaks_for_state(doc[m.tok_end - 1]):
                continue
            moved = replace(m, entity_id=state, etype="place")
            out.mentions[i] = moved
            for t in range(m.tok_start, m.tok_end):
                out.by_token[t] = moved

    def _reporting_country(self, doc: Doc, i: int) -> str | None:
        """"Iraq recalled its ambassador from Tehran, the foreign ministry said": the
        country named as the subject of what a body with no owner (token ``i`` in its
        phrase) reports is the body's own."""
        head = doc[i]
        while head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head
        if head.dep_ != "nsubj":
            return None
        told = [s for c in head.head.children if c.dep_ == "ccomp"
                for s in c.children if s.dep_ == "nsubj"]
        states = {self.country_named(s.text) for s in told} - {None}
        return states.pop() if len(states) == 1 else None

    def _sentence_country(self, doc: Doc, i: int) -> str | None:
        """The one country (entity id) the sentence of token ``i`` names by its name,
        adjective or capital, else the one the sentence before names; ``None`` when the
        nearest sentence naming countries names several."""
        sent = doc[i].sent
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        for span in (sent, before):  # its own sentence, else the one before
            found: set[str] = set()
            for tok in span if span is not None else ():
                if tok.text[:1].isupper() and tok.i != i:
                    state = self.country_named(tok.text) or self.capital_state(tok.text)
                    if state is not None:
                        found.add(state)
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def country_code(self, text: str) -> str | None:
        """The ISO code a country's name or adjective gives ("Iraqi" -> "IQ")."""
        eid = self.country_named(text)
        return None if eid is None else getattr(self.pack.entries.get(eid), "country", None)

    def backer_named(self, text: str) -> str | None:
        """The state or organization a backer's name, adjective or capital stands for."""
        state = self.country_named(text) or self.capital_state(text)
        if state is not None:
            return state
        for eid in self.pack.lookup(text):
            if self.pack.entities[eid].type in ("state_body", "armed_group", "coalition"):
                return str(eid)
        return None

    def short_name(self, entity_id: str) -> str:
        """The pack's name of an entity (its id when the pack has none)."""
        entry = self.pack.entries.get(entity_id)
        return str(getattr(entry, "name", entity_id))

    def _collective_entity(self, out: DocEntities, group: CollectiveSpan) -> str:
        """The entity of an unnamed collective: the pack's, or one candidate per backer
        and country in the document."""
        if group.theater is None:  # "Iran-backed militias" after "... in Iraq": those
            earlier = [e for e, b in out.backers.items() if b == group.backer]
            if earlier:
                return earlier[-1]
        eid: str | None = None
        base = f"{self.short_name(group.backer)}-backed militias"
        theater = self.country_entity.get(group.theater or "")
        names = [f"{base} in {self.short_name(theater)}"] if theater else [base]
        for name in names:
            hits = [i for i in self.pack.lookup(name)
                    if self.pack.entities[i].type == "armed_group"]
            if hits:
                eid = str(hits[0])
                break
        if eid is None:
            eid = out.aliases.get(alias_key(names[0])) or slugify(names[0])
            if eid not in out.candidates and eid not in self.pack.entities:
                out.candidates[eid] = Entity(id=eid, name=names[0], type="armed_group",
                                             country=group.theater, aliases=[],
                                             source="extracted")
        out.aliases.setdefault(alias_key(names[0]), eid)
        out.backers.setdefault(eid, group.backer)
        return eid

    def _owned_body(self, doc: Doc, start: int, text: str,
                    described: Mapping[int, str] | None = None) -> tuple[str, float] | None:
        """"Azerbaijan's State Security Service": the pack's body of that country, named
        with the country's name or adjective before it or "of" the country after it. The
        owner may be a description naming the country again ("the kingdom's National
        Security Agency"), by its last token in ``described``."""
        if start < 2 or doc[start - 1].lower_ not in ("'s", "'"):
            return None
        country = (described or {}).get(start - 2) or self.country_named(doc[start - 2].text)
        if country is None:
            return None
        entry = self.pack.entries[country]
        owners = [entry.name, *(getattr(entry, "demonyms", ()) or ())]
        for name in [f"{o} {text}" for o in owners] + [f"{text} of {entry.name}"]:
            for eid in self.pack.lookup(name):
                if self.pack.entries[eid].country == entry.country:
                    return eid, 1.0
        return None

    def demonym(self, country_id: str) -> str:
        """A country's adjective ("Lebanese"), or ``""`` when the pack gives none."""
        entry = self.pack.entries.get(country_id)
        dems = getattr(entry, "demonyms", ()) or ()
        return str(dems[0]) if dems else ""

    def _paired_departments(self, doc: Doc, spans: list[tuple[int, int, str, str | None]]
                            ) -> list[tuple[int, int, str, str | None]]:
        """"Treasury and State designated ...", "the State and Treasury departments":
        departments paired by their short names, which alone ("State") name nothing,
        are each the department the pack knows as "<name> Department"."""
        found: dict[int, str] = {}
        for tok in doc:
            if tok.dep_ != "conj" or tok.head.i >= tok.i or not (
                    tok.text[:1].isupper() and tok.head.text[:1].isupper()):
                continue
            first, second = self._department(tok.head.text), self._department(tok.text)
            if first is not None and second is not None:
                found.update({tok.head.i: first, tok.i: second})
        if not found:
            return spans
        kept = [sp for sp in spans if not any(sp[0] <= i < sp[1] for i in found)]
        kept += [(i, i + 1, "ORG", eid) for i, eid in found.items()]
        return sorted(kept, key=lambda s: (s[0], -s[1]))

    def _department(self, name: str) -> str | None:
        """The state body the pack names "<name> Department", if any."""
        hit = self.resolve(f"{name} Department", "ORG")
        if hit is None or hit[1] < 1.0 or self.pack.entities[hit[0]].type != "state_body":
            return None
        return hit[0]

    def _body_entity(self, out: DocEntities, body: BodySpan, surface: str) -> str:
        """The entity of a state body phrase: the pack's (named as written first: "the US
        military" is the pack's, whatever its canonical form would be), one named earlier
        in the document, or a new candidate of the body's country."""
        names = body.names + tuple(n.replace("Defense", "Defence") for n in body.names
                                   if "Defense" in n)
        for name in (surface, *names):
            for eid in self.pack.lookup(name):
                if self.pack.entities[eid].type in ("state_body", "facility"):
                    return str(eid)
        for name in names:
            known = out.aliases.get(alias_key(name))
            if known is not None:
                return known
        name = body.names[0]
        slug = slugify(name)
        if slug not in out.candidates:
            facility = body.kind.startswith(POSTS_ABROAD)
            country = getattr(self.pack.entries.get(body.country), "country", None)
            lat = lon = None
            if facility:
                place = self.geocode(body.kind.split(" in ", 1)[1])
                if place is not None:
                    lat, lon, country = place.lat, place.lon, place.country
            out.candidates[slug] = Entity(
                id=slug, name=name, type="facility" if facility else "state_body",
                country=country, aliases=[], source="extracted", lat=lat, lon=lon)
        for other in names:
            out.aliases.setdefault(alias_key(other), slug)
        if body.kind.startswith(POSTS_ABROAD):
            out.owners[slug] = body.country
        return slug

    def _candidate(self, out: DocEntities, text: str, label: str) -> str | None:
        name = _strip_title(text) if label == "PERSON" else text
        slug = slugify(name)
        if not slug or len(slug) < 2:
            return None
        if slug in self.pack.entities:
            return slug
        if slug not in out.candidates:
            etype = candidate_type(label, name)
            lat = lon = None
            country = None
            if etype in PLACE_TYPES and self.geocoder is not None:
                # (placed again with the document's countries once all is read)
                place = self.geocode(name)
                if place is not None:
                    lat, lon, country = place.lat, place.lon, place.country
            out.candidates[slug] = Entity(id=slug, name=name, type=etype, country=country,
                                          aliases=[text] if text != name else [],
                                          source="extracted", lat=lat, lon=lon)
        return slug
