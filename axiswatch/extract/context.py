"""What the extractors share about one document: the parse, its linked mentions,
dates per sentence, and lookups into the pack and the geocoder."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from axiswatch.extract.triggers import (
    TriggerHit,
    WeaponHit,
    find_triggers,
    find_weapons,
    lemma_keys,
)
from axiswatch.geo.place import haversine_km
from axiswatch.kb.ontology import Ontology
from axiswatch.model import Document
from axiswatch.nlp.dates import (
    DateMatch,
    choose_reference,
    dateline_day,
    day_headings,
    find_dates,
    from_day_told,
    looking_ahead,
)
from axiswatch.nlp.linking import ACTOR_TYPES, DocEntities, LinkedMention, Linker
from axiswatch.nlp.tokens import sentence_before, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# What opens a month told in the year the text goes on in ("In December, ...", "Late in
# May, ..."), unlike the bound of a span ("Since March, ...").
YEAR_GOING_ON = ("in ", "early ", "late ", "mid")
# Pronouns and generic nouns that stand for the last named group.
GROUP_ANAPHORA = frozenset({"it", "they", "group", "militia", "movement", "organization",
                            "organisation", "militias", "groups"})
PERSON_ANAPHORA = frozenset({"he", "she"})
# Words a platform carries after "on"/"via" ("a statement on Telegram", "claimed on X").
MEDIUM_PREPS = frozenset({"on", "via", "through"})
MEDIUM_CARRIERS = frozenset({"statement", "post", "message", "video", "channel", "account",
                             "page", "announcement", "claim", "say",
                             "announce", "publish", "write", "broadcast", "state", "tweet"})


# Words of a bearing told after a name ("X, 15 km south-east of Y"), and how far from Y
# a namesake of X may lie to be the place meant.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                           "southeast", "southwest", "north-east", "north-west", "south-east",
                           "south-west"})
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "mi"})
ANCHOR_KM = 60.0


@dataclass(slots=True)
class Place:
    """Where an event happened, as the extractor resolved it."""

    entity_id: str | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    precision: str | None


@dataclass(slots=True)
class DocContext:
    """One document under extraction."""

    document: Document
    doc: Doc
    ents: DocEntities
    linker: Linker
    ontology: Ontology
    geocoder: Any
    extractor: str
    _dates: dict[int, list[DateMatch]] = field(default_factory=dict)
    _datelines: dict[int, tuple[int, int, str] | None] = field(default_factory=dict)
    _headings: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    _triggers: dict[int, tuple[TriggerHit, ...]] = field(default_factory=dict)
    _weapons: dict[int, tuple[WeaponHit, ...]] = field(default_factory=dict)
    _keys: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)
    _near: dict[tuple[int, str, str | None], Any] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # per-document results of later passes

    # --- entities ---------------------------------------------------------

    def etype(self, entity_id: str) -> str | None:
        """The type of an entity, pack or candidate."""
        return self.linker.entity_type(entity_id, self.ents)

    def country(self, entity_id: str) -> str | None:
        """The country of an entity, pack or candidate."""
        return self.linker.entity_country(entity_id, self.ents)

    def is_country(self, entity_id: str) -> bool:
        """Whether an entity is a whole country of the pack (a state that can act)."""
        entry = self.linker.pack.entries.get(entity_id)
        return entry is not None and getattr(entry, "precision", None) == "country"

    def is_state(self, entity_id: str) -> bool:
        """Whether an entity is a state: a country or one of its bodies."""
        return self.is_country(entity_id) or self.etype(entity_id) == "state_body"

    def can_act(self, mention: LinkedMention | None) -> bool:
        """Whether a mention names an actor: a group, state body or person, or a
        country as a state ("Israel struck"), never a city, region or facility."""
        if mention is None or mention.entity_id is None:
            return False
        if self._medium(mention):
            return False
        if mention.etype in ACTOR_TYPES or mention.entity_id in self.ents.owners:
            return True  # (a state's embassy speaks for the state)
        return mention.etype == "place" and self.is_country(mention.entity_id)

    def _medium(self, mention: LinkedMention) -> bool:
        """"a statement on Telegram", "said on X", "posted via its channel", "in a Telegram
        post": the platform or outlet that carries a declaration is where it was made,
        never who acts."""
        root = self.doc[mention.tok_end - 1]
        prep = root.head
        if root.dep_ == "compound" and mention.etype == "organization" and \
                prep.lemma_.lower() in MEDIUM_CARRIERS:
            return True  # "in a Telegram post": the platform, not "a Hezbollah statement"
        if root.dep_ != "pobj" or prep.lower_ not in MEDIUM_PREPS:
            return False
        carrier = prep.head
        return carrier.lemma_.lower() in MEDIUM_CARRIERS

    def etype_of_token(self, token: Token) -> str | None:
        """The entity type of the mention covering a token, if any."""
        m = self.ents.at(token.i)
        return None if m is None else m.etype

    def mentions_in(self, start: int, end: int) -> list[LinkedMention]:
        """Mentions whose tokens lie within token range [start, end)."""
        seen: list[LinkedMention] = []
        for i in range(start, end):
            m = self.ents.by_token.get(i)
            if m is not None and m not in seen and m.tok_start >= start and m.tok_end <= end:
                seen.append(m)
        return seen

    def mentions_of(self, tokens: list[Token]) -> list[LinkedMention]:
        """Mentions covering any of ``tokens``, in order."""
        seen: list[LinkedMention] = []
        for t in sorted(tokens, key=lambda t: t.i):
            m = self.ents.by_token.get(t.i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def last_actor_before(self, token_index: int, *, person: bool = False,
                          countries: bool = False, singular: bool = False) -> str | None:
        """The last actor named before a token (for "it", "the group", "he"); with
        ``countries`` a country counts as one ("Israel said it ..."); with ``singular``
        a body named by a plural common noun does not ("Iranian security forces" is
        never "it")."""
        best: str | None = None
        for m in self.ents.mentions:
            if m.tok_start >= token_index:
                break
            if m.entity_id is None or not (m.etype in ACTOR_TYPES or (
                    countries and self.can_act(m))):
                continue
            if person != (m.etype == "person"):
                continue
            if singular and m.etype == "state_body" and self.doc[m.tok_end - 1].tag_ == "NNS":
                continue
            if self._describes_group(m) or self._medium(m):
                continue
            best = m.entity_id
        return best

    def _describes_group(self, m: LinkedMention) -> bool:
        """"Jaish al-Adl, a Sunni Baloch militant group, ...": a name modifying the noun
        of an apposition to a group describes that group; "it" after it is the group."""
        tok = self.doc[m.tok_end - 1]
        noun = tok.head
        if tok.dep_ not in ("compound", "amod", "nmod") or noun.dep_ != "appos":
            return False
        named = self.ents.at(noun.head.i)
        return named is not None and named.entity_id is not None and \
            named.etype in ACTOR_TYPES and named.etype != "person"

    # --- dates ------------------------------------------------------------

    def reference(self, offset: int) -> str | None:
        """The date relative expressions at ``offset`` resolve against."""
        section = self.document.section_at(offset)
        ref = section.ref_date if section is not None else None
        chosen = choose_reference(ref, self.document.published)
        dateline = self._dateline(offset)
        if dateline is not None and dateline[0] <= offset:
            return dateline[2]  # "BAGHDAD, March 5 (Reuters) -": told from that day
        return self.entry_day(offset) or chosen

    def entry_day(self, offset: int) -> str | None:
        """The day of the bundle entry around ``offset`` ("March 8: ...", or a line
        "Thursday, March 7" over the entries below it), if any."""
        section = self.document.section_at(offset)
        start = section.start if section is not None else 0
        if start not in self._headings:
            end = section.end if section is not None else len(self.document.text)
            reference = choose_reference(section.ref_date if section is not None else None,
                                         self.document.published)
            self._headings[start] = [(s + start, e + start, day) for s, e, day in day_headings(
                self.document.text[start:end], reference)]
        inside = [day for s, e, day in self._headings[start] if s <= offset < e]
        return inside[-1] if inside else None

    def lead_day(self, offset: int) -> str | None:
        """The day of the dateline that opens the paragraph around ``offset`` ("BAGHDAD,
        March 5 (Reuters) - Gunmen attacked ..."): the lead tells that day's news."""
        dateline = self._dateline(offset)
        if dateline is None or offset < dateline[0]:
            return None
        end = self.document.text.find("\n", dateline[1])
        return dateline[2] if end < 0 or offset < end else None

    def _dateline(self, offset: int) -> tuple[int, int, str] | None:
        """Where the dateline of the report around ``offset`` starts and ends, and its
        day."""
        section = self.document.section_at(offset)
        start = section.start if section is not None else 0
        if start not in self._datelines:
            ref = choose_reference(section.ref_date if section is not None else None,
                                   self.document.published)
            self._datelines[start] = dateline_day(self.document.text, start, ref)
        return self._datelines[start]

    def dates(self, sent: Span) -> list[DateMatch]:
        """The date expressions of a sentence, resolved (cached per sentence)."""
        cached = self._dates.get(sent.start)
        if cached is None:
            reference = self.reference(sent.start_char)
            cached = from_day_told(sent, looking_ahead(find_dates(text_of(sent), reference,
                                              offset=sent.start_char), sent, reference))
            cached = self._in_year_told(sent, cached)
            dateline = self._dateline(sent.start_char)
            if dateline is not None and sent.start_char < dateline[1]:
                cached = [d for d in cached if not dateline[0] <= d.start < dateline[1]]
            self._dates[sent.start] = cached
        return cached

    def _in_year_told(self, sent: Span, dates: list[DateMatch]) -> list[DateMatch]:
        """"The cell was dismantled in October 2022. In December, police arrested ...": a
        month without its year, the first date of its sentence ("Police arrested two
        more in December"), goes on in the year the sentence before it in the paragraph
        named with an earlier month, not in the last such month before the report."""
        if not dates or dates[0].kind != "month" or \
                not dates[0].text.lower().startswith(YEAR_GOING_ON):
            return dates
        before = sentence_before(sent)
        if before is None:
            return dates
        named = [d for d in self.dates(before) if d.kind in ("my", "mdy", "dmy", "iso")]
        month = dates[0]
        if not named or named[-1].value[:4] == month.value[:4] or \
                named[-1].value[5:7] >= month.value[5:7]:
            return dates
        return [replace(month, value=named[-1].value[:4] + month.value[4:7]), *dates[1:]]

    # --- triggers and weapons ----------------------------------------------

    def triggers(self, sent: Span) -> tuple[TriggerHit, ...]:
        """The event triggers of a sentence (cached per sentence: events, blame and
        places all read them)."""
        cached = self._triggers.get(sent.start)
        if cached is None:
            cached = tuple(find_triggers(sent, self.ontology, self._lemma_keys(sent)))
            self._triggers[sent.start] = cached
        return cached

    def weapons(self, sent: Span) -> tuple[WeaponHit, ...]:
        """The weapons named in a sentence (cached per sentence)."""
        cached = self._weapons.get(sent.start)
        if cached is None:
            cached = tuple(find_weapons(sent, self.ontology, self._lemma_keys(sent)))
            self._weapons[sent.start] = cached
        return cached

    def _lemma_keys(self, sent: Span) -> list[tuple[str, ...]]:
        keys = self._keys.get(sent.start)
        if keys is None:
            keys = lemma_keys(sent)
            self._keys[sent.start] = keys
        return keys

    # --- places -----------------------------------------------------------

    def _placed_by_sentence(self, mention: LinkedMention, name: str,
                            country: str | None) -> Any:
        """A town's namesake in the country its own sentence names ("Greek police said
        ... in central Athens"), when the document's countries put it elsewhere, or in
        the country of the known place its own phrase puts it in ("the town of X in south
        Lebanon"); ``False`` when it has none there: "struck Y airbase in southern X" is
        no town of Y in another country."""
        key = (mention.tok_start, name, country)
        if key in self._near:  # place() is asked again for a mention by later passes
            return self._near[key]
        text = text_of(self.doc[mention.tok_start].sent)
        near = self.geocoder.countries_in(text)
        found = None
        held = self._container_countries(mention) - {country}
        anchor = self._bearing_anchor(mention)
        if anchor is not None and anchor.lat is not None and anchor.lon is not None:
            # "the village of X, south-east of Y": a namesake near Y, else somewhere by Y
            found = self.geocoder.resolve(name, countries=[anchor.country] if anchor.country
                                          else [])
            if found is None or found.lat is None or haversine_km(
                    found.lat, found.lon, anchor.lat, anchor.lon) > ANCHOR_KM:
                found = Place(mention.entity_id, name, anchor.lat, anchor.lon, anchor.country,
                              "district")
        elif held:  # "the town of X in south Lebanon": a namesake there, or none
            found = self.geocoder.resolve(name, countries=sorted(held))
            found = found if found is not None and found.country in held else False
        elif near and country not in near:
            found = self.geocoder.resolve(name, countries=self.ents.countries[:3], context=text)
            found = found if found is not None and found.country in near else None
        self._near[key] = found
        return found

    def _bearing_anchor(self, mention: LinkedMention) -> Place | None:
        """The known place a name is told to lie by, in the words that follow it: "X,
        south-east of Y", "X, 15 km north of Y" (read in order: the parse may hang the
        bearing on another word of the sentence)."""
        doc, start = self.doc, mention.tok_end
        if start + 2 >= len(doc) or doc[start].text != ",":
            return None
        end = start + 1
        while end < len(doc) and (doc[end].lower_ in COMPASS_WORDS or doc[end].text == "-" or
                                  doc[end].like_num or doc[end].lower_ in DISTANCE_UNITS):
            end += 1
        if end >= len(doc) or doc[end].lower_ != "of" or not any(
                doc[i].lower_ in COMPASS_WORDS for i in range(start + 1, end)):
            return None
        for m in self.mentions_in(end + 1, min(end + 6, len(doc))):
            if m.etype == "place" and m.entity_id in self.linker.pack.entities:
                place = self.place(m)
                return place if place.precision in ("town", "district") else None
            break
        return None

    def _container_countries(self, mention: LinkedMention) -> set[str]:
        """The countries of the known places a name is told to lie in by its own phrase:
        "X in south Lebanon", "the town of X in Y province", "X, south Lebanon"."""
        root = self.doc[mention.tok_end - 1]
        holder = root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            holder = root.head.head  # "the town of X in Y"
        tokens = [o for p in holder.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj"]
        tokens += [c for c in root.children if c.dep_ == "appos"]
        return {country for m in self.mentions_of([t for o in tokens for t in o.subtree])
                if m.etype == "place" and m.entity_id in self.linker.pack.entities and
                (country := self.linker.pack.entities[m.entity_id].country)}

    def place(self, mention: LinkedMention) -> Place:
        """A place mention with coordinates from the pack, the candidate, or the geocoder."""
        eid = mention.entity_id
        eid = self.ents.sites.get(eid, eid) if eid else eid  # "the old synagogue in X": X
        ent = None
        if eid is not None:
            ent = self.linker.pack.entities.get(eid) or self.ents.candidates.get(eid)
        if ent is not None and ent.lat is not None:
            precision = None
            entry = self.linker.pack.entries.get(eid) if eid else None
            if entry is not None:
                precision = getattr(entry, "precision", None)
            elif self.geocoder is not None:  # a candidate placed by the geocoder
                found = self.linker.geocode(ent.name, self.ents.countries[:3])
                precision = found.precision if found is not None else None
                near = self._placed_by_sentence(mention, ent.name, ent.country)
                if near is False:
                    return Place(eid, ent.name, None, None, None, None)
                if near is not None:
                    return Place(eid, ent.name, near.lat, near.lon, near.country,
                                 near.precision)
            return Place(eid, ent.name, ent.lat, ent.lon, ent.country, precision)
        if self.geocoder is not None:
            found = self.linker.geocode(mention.text, self.ents.countries[:3])
            if found is not None:
                return Place(eid, mention.text, found.lat, found.lon, found.country,
                             found.precision)
        country = ent.country if ent is not None else None
        return Place(eid, mention.text, None, None, country, None)
