"""The extractor: a document in, its events, relations, entities and mentions out.

    >>> ex = Extractor()                      # the shipped pack and geocoder
    >>> extraction = ex.extract(document)     # one Document -> one Extraction
    >>> for extraction in ex.pipe(documents): # many, through spaCy's nlp.pipe
    ...     ...

The spaCy pipeline is built once per pack version and shared by every
extractor in the process. With ``n_process`` above one, whole documents (parse
and rules) go to forked workers that inherit the loaded pipeline and pack, so the
rules run in parallel as well as the parser.
"""

from __future__ import annotations

import bisect
import multiprocessing
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from axiswatch.errors import AxiswatchError
from axiswatch.extract.blame import (
    Blame,
    campaign_deeds,
    campaign_strikers,
    carry_blame,
    claims_alone,
    hired_bands,
    launched_from_home,
    named_over_collective,
    plot_senders_told_after,
    sentence_blame,
    state_blasts,
)
from axiswatch.extract.context import DocContext
from axiswatch.extract.dedup import denials_told_on, merge_repeats, takeaway_spans
from axiswatch.extract.doc_places import refine_places
from axiswatch.extract.draft import STATE_TYPES, VIOLENT
from axiswatch.extract.events import sentence_events, state_doers
from axiswatch.extract.listed import listed_later
from axiswatch.extract.occurrence import explained_blasts
from axiswatch.extract.records import to_events
from axiswatch.extract.relations import event_relations, sentence_relations
from axiswatch.extract.roles import tokens_actors
from axiswatch.extract.sides import attacks_on_attacked_sides
from axiswatch.extract.speakers import blow_voices_told_after, voices_told_after
from axiswatch.extract.tolls import carry_toll
from axiswatch.extract.when import DateContext, compared_since, named_by_year, origin_date
from axiswatch.iters import batched
from axiswatch.kb.normalize import alias_key
from axiswatch.kb.ontology import Ontology, load_ontology
from axiswatch.model import Document, Entity, Event, Extraction, Relation
from axiswatch.nlp.dates import said_days
from axiswatch.nlp.linking import PLACE_TYPES, TITLE_WORDS, DocEntities, Linker
from axiswatch.nlp.pipeline import load_nlp, parse_many

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

EXTRACTOR_VERSION = "axiswatch-extract/0.1"
# How many documents' alias tables :meth:`Extractor.link` remembers.
LINK_MEMORY = 256
# Documents a forked worker takes at a time: small enough to share a short batch evenly.
FORKED_BATCH = 4
# Nouns that follow a place's name in a longer name of the same place: "the Mazzeh
# district", "Zahedan city", "the Yarmouk camp".
PLACE_KIND_NOUNS = frozenset({
    "district", "subdistrict", "neighbourhood", "neighborhood", "quarter", "area", "suburb",
    "city", "town", "village", "camp", "region", "governorate", "province", "municipality",
})


def _default_pack() -> Any:
    from axiswatch.kb.pack import load_pack

    return load_pack()


def _default_geocoder() -> Any:
    try:
        from axiswatch.geo import load_geocoder
    except ImportError:
        return None
    return load_geocoder()


def _side(ctx: DocContext, entity_id: str) -> str:
    """The side an actor acts for: a state body or a state stands for its country."""
    if ctx.etype(entity_id) in STATE_TYPES:
        return ctx.country(entity_id) or entity_id
    return entity_id


# Marks that open an item of a list ("- March 5: ...").
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})

# Prepositions of the time a deed took place at ("On March 5", "In January", "During May").
_TIME_AT = frozenset({"on", "in", "during"})


def _text_start(sent: Span) -> int:
    """The first character of a sentence's words, after the mark of a list item and a
    preposition of the time at that opens them: a day that heads an item ("- March 5: ...")
    or the sentence ("On March 5, ...") heads its sentence; "Since March, ..." tells a
    span up to the news, not the time of what follows."""
    words = [tok for tok in sent if not tok.is_space and tok.text not in _BULLETS]
    if not words:
        return sent.start_char
    if words[0].lower_ in _TIME_AT and len(words) > 1:
        return words[1].idx
    return words[0].idx


# Events a façade group's deed or claim may be laid at the door of its principal.
FRONTED = frozenset({"attack", "strike", "plot", "killing"})


def fronts_answer(events: list[Event], relations: Iterable[Relation]) -> None:
    """"Group X claimed the attack ... X is a front for Y": the group a document says the
    claimant fronts for is held responsible for what the front did or claimed (the front
    stays the claimant)."""
    principals: dict[str, list[str]] = {}
    for rel in relations:
        if rel.predicate == "front_for":
            principals.setdefault(rel.subject, []).append(rel.object)
    if not principals:
        return
    for ev in events:
        if ev.type not in FRONTED:
            continue
        for front in [*ev.claimed_by, *ev.actors]:
            for principal in principals.get(front, []):
                if principal not in ev.attributed_to and principal not in ev.actors and \
                        principal not in ev.claimed_by:
                    ev.attributed_to.append(principal)


def plotters_serve(text: str, events: list[Event], relations: Iterable[Relation],
                   is_person: Callable[[str], bool]) -> None:
    """"X plotted to kill Y. ... X was acting on behalf of Z": the body the report says a
    plotter belongs to or acts for, in another sentence, is held responsible for the plot
    too: in the plot's paragraph, or in a later one that goes on with its account (no
    other plot told between). A paragraph before the plot's tells another time ("X worked
    for Z for years.\n\nHe plotted ...")."""
    served: dict[str, list[Relation]] = {}
    for rel in relations:
        if rel.predicate == "member_of" and is_person(rel.subject) and \
                not is_person(rel.object):
            served.setdefault(rel.subject, []).append(rel)
    for ev in events:
        if ev.type != "plot":
            continue
        for plotter in [a for a in [*ev.actors, *ev.attributed_to] if is_person(a)]:
            for rel in served.get(plotter, []):
                if rel.evidence is None:
                    continue
                first, last = sorted((rel.evidence, ev.evidence), key=lambda e: e.start)
                if "\n" in text[first.end:last.start] and (first is rel.evidence or any(
                        o.type == "plot" and o is not ev and
                        first.end <= o.evidence.start < last.start for o in events)):
                    continue  # a past told before, or another plot told between
                if rel.object not in ev.attributed_to and rel.object not in ev.actors:
                    ev.attributed_to.append(rel.object)


def charged_plotters(events: list[Event], is_person: Callable[[str], bool]) -> None:
    """"Prosecutors charged a man who they say tried to hire hitmen to kill X", the man
    named later ("Y, 46, was charged"): the person an arrest or charge holds, in the
    sentence that tells the plot too, is held responsible for a plot that names no person
    behind it."""
    for ev in events:
        if ev.type != "plot" or any(map(is_person, [*ev.actors, *ev.attributed_to])):
            continue
        for held in events:
            if held.type != "arrest" or held.doc_id != ev.doc_id or not (
                    held.evidence.start <= ev.evidence.start and
                    ev.evidence.end <= held.evidence.end):
                continue
            ev.attributed_to += [a for a in held.target_actors
                                 if is_person(a) and a not in ev.attributed_to]


def plots_sent_by_units(events: list[Event], parents: Callable[[str], Sequence[str]]) -> None:
    """"A member of X charged ... acting on behalf of Y, X's external operations arm": a
    plot said to be sent by a unit and by the body the unit belongs to is the unit's; the
    body adds nothing the unit does not say."""
    for ev in events:
        if ev.type != "plot":
            continue
        parties = [*ev.actors, *ev.claimed_by, *ev.attributed_to]
        covered = {p for party in parties for p in parents(party)}
        ev.actors = [a for a in ev.actors if a not in covered]
        ev.attributed_to = [a for a in ev.attributed_to if a not in covered]


class Extractor:
    """Extracts events, relations and actors, each with its evidence sentence."""

    version = EXTRACTOR_VERSION

    def __init__(self, pack: Any = None, geocoder: Any = None, *,
                 ontology: Ontology | None = None) -> None:
        self.pack = pack if pack is not None else _default_pack()
        self.geocoder = geocoder if geocoder is not None else _default_geocoder()
        self.ontology = ontology or load_ontology()
        self.linker = Linker(self.pack, self.geocoder)
        self._nlp: Language | None = None
        self._aliases: OrderedDict[str, dict[str, str]] = OrderedDict()
        self._places: dict[str, frozenset[str]] = {}  # candidate places of each remembered doc

    def _parents(self, entity_id: str) -> list[str]:
        """The bodies the pack says an entity is a unit of."""
        entry = self.pack.entries.get(entity_id)
        return [] if entry is None else [link.id for link in entry.part_of]

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline with the pack's entity ruler (built on first use)."""
        if self._nlp is None:
            key = f"{EXTRACTOR_VERSION}:{getattr(self.pack, 'version', '') or id(self.pack)}"
            demonyms = [d for entry in self.pack.places()
                        if getattr(entry, "precision", None) == "country"
                        for d in getattr(entry, "demonyms", ()) or ()]
            self._nlp = load_nlp(key, self.pack.ruler_patterns(), demonyms)
        return self._nlp

    def extract(self, doc: Document) -> Extraction:
        """Everything this extractor finds in one document."""
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document], n_process: int = 1, batch_size: int = 16,
             *, on_error: Callable[[Document, AxiswatchError], None] | None = None
             ) -> Iterator[Extraction]:
        """Extractions for many documents, in order, parsing them in batches.

        With ``n_process`` above one and where processes can be forked, whole documents
        go to that many workers (``batch_size`` then applies to none: each takes a few
        documents at a time); elsewhere all runs in this process.

        A document that cannot be extracted raises :class:`AxiswatchError` AW400;
        with ``on_error`` it is reported there instead and skipped.
        """
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from self._pipe_forked(docs, n_process, on_error)
            return
        pending: deque[Document] = deque()
        limit = self.nlp.max_length

        def texts() -> Iterator[str]:
            for d in docs:
                if len(d.text) > limit:
                    error = AxiswatchError(
                        "AW400", f"document {d.id} ({d.source_path or 'no path'}): "
                        f"{len(d.text)} characters, more than the {limit} the parser takes")
                    if on_error is None:
                        raise error
                    on_error(d, error)
                    continue
                pending.append(d)
                yield d.text

        for parsed in parse_many(self.nlp, texts(), batch_size=batch_size):
            document = pending.popleft()
            try:
                extraction = self._extract_parsed(document, parsed)
            except Exception as exc:  # one bad document must not stop a batch
                error = AxiswatchError(
                    "AW400", f"document {document.id} ({document.source_path or 'no path'}): "
                    f"{type(exc).__name__}: {exc}")
                if on_error is None:
                    raise error from exc
                on_error(document, error)
                continue
            yield extraction

    def _pipe_forked(self, docs: Iterable[Document], n_process: int,
                     on_error: Callable[[Document, AxiswatchError], None] | None
                     ) -> Iterator[Extraction]:
        """:meth:`pipe` over ``n_process`` forked workers, each parsing and extracting
        whole documents; extractions come back in order, with what :meth:`link`
        remembers of each document."""
        global _FORKED
        _ = self.nlp  # built before the fork, so every worker inherits it
        batches = batched(docs, FORKED_BATCH)
        held: deque[list[Document]] = deque()

        def sent() -> Iterator[list[Document]]:
            for batch in batches:
                held.append(batch)
                yield batch

        _FORKED = self
        try:
            with multiprocessing.get_context("fork").Pool(n_process) as pool:
                for results in pool.imap(_extract_forked, sent()):
                    for doc, outcome in zip(held.popleft(), results, strict=True):
                        if isinstance(outcome, str):
                            error = AxiswatchError("AW400", outcome)
                            if on_error is None:
                                raise error
                            on_error(doc, error)
                            continue
                        extraction, memory = outcome
                        self._keep(doc.id, *memory)
                        yield extraction
        finally:
            _FORKED = None

    def _extract_parsed(self, document: Document, parsed: Doc) -> Extraction:
        ents = self.linker.link(parsed)
        ctx = DocContext(document, parsed, ents, self.linker, self.ontology, self.geocoder,
                         EXTRACTOR_VERSION)
        events: list[Event] = []
        relations: dict[str, Relation] = {}
        when = DateContext()
        explicit: set[str] = set()
        anaphoric: set[str] = set()
        dependent: set[str] = set()
        others: set[str] = set()
        definite: set[str] = set()
        counts: dict[str, int] = {}
        sentence_at: list[tuple[int, int]] = []
        own: dict[int, list[tuple[str, str]]] = {}
        blames: list[Blame] = []
        paragraphs: list[int] = []
        paragraph = 0
        last_end = 0
        section: object = None
        doers: list[str] = []  # the states the sentence before tells acting
        for index, sent in enumerate(parsed.sents):
            paragraph += document.text.count("\n", last_end, sent.start_char)
            last_end = sent.start_char
            here = document.section_at(sent.start_char)
            if here is not section:  # a bundled article tells its own day
                when = DateContext(anchors=when.anchors)
                section = here
            when.paragraph = paragraph
            drafts = sentence_events(ctx, sent, when.inherited(paragraph), doers)
            # (blows the sentence told itself are what "the raids" after it refer to)
            doers = [] if any(d.type in VIOLENT for d in drafts) else state_doers(ctx, sent)
            told: list[Event] = []
            if drafts:
                told = to_events(ctx, sent, drafts, when, index, explicit, anaphoric,
                                 dependent, others, counts, definite)
                when.anchors.remember(told, explicit)
                events.extend(told)
                own[index] = [(ev.id, "reference" if ev.id in anaphoric else "continuation"
                               if ev.id in dependent else "own")
                              for ev in told if ev.type in VIOLENT]
            if not any(ev.type in VIOLENT and ev.killed is not None for ev in told):
                carry_toll(ctx, sent, events, here)  # "the strikes killed five"
            paragraphs.append(paragraph)
            references = [ev for ev in told if ev.id in anaphoric and ev.type in VIOLENT]
            blame = sentence_blame(ctx, sent, index, paragraph, references)
            if blame is not None:
                blames.append(blame)
            sentence_at.append((sent.start_char, index))
            told_dates = [d for d in ctx.dates(sent) if not origin_date(d, sent.doc) and
                          not compared_since(d, sent.doc) and not named_by_year(d, sent.doc)]
            when.update(index, paragraph, told_dates, _text_start(sent),
                        frozenset(ev.date for ev in told if ev.date), eventless=not told)
            when.anchors.date_things(sent, told_dates)
            for verb, day in said_days(sent, told_dates):
                for voice in tokens_actors(ctx, [c for c in verb.children if c.dep_ == "nsubj"]):
                    when.voices[voice] = (day.value, "day")
            for rel in sentence_relations(ctx, sent):
                relations.setdefault(rel.id, rel)
        starts = [s for s, _ in sentence_at]

        def sentence_of(ev: Event) -> object:
            return bisect.bisect_right(starts, ev.evidence.start)

        def section_of(ev: Event) -> object:
            section = document.section_at(ev.evidence.start)
            return None if section is None else section.start

        def sentence_index(ev: Event) -> int:
            return bisect.bisect_right(starts, ev.evidence.start) - 1

        def section_of_sentence(index: int) -> object:
            section = document.section_at(starts[index])
            return None if section is None else section.start

        # Responsibility told in other sentences, before repeats merge: a reference in
        # a blame sentence joins the event it refers to, not the latest of its kind.
        events = carry_blame(events, blames, own=own, sentence_of=sentence_index,
                             section_of=section_of, section_of_sentence=section_of_sentence,
                             paragraph_of=lambda ev: paragraphs[sentence_index(ev)],
                             is_person=lambda eid: ctx.etype(eid) == "person")
        campaign_deeds(ctx, events, blames, sentence_index,
                       lambda ev: paragraphs[sentence_index(ev)])
        state_blasts(ctx, events)
        attacks_on_attacked_sides(ctx, events)
        named_over_collective(ctx, events)
        events = explained_blasts(ctx, events)
        places = frozenset(m.entity_id for m in ents.mentions
                           if m.entity_id and m.etype in ("place", "facility"))
        takeaways = takeaway_spans(document.text)
        events = denials_told_on(events, sentence_index)
        events = merge_repeats(events, explicit=frozenset(explicit), places=places,
                               anaphoric=frozenset(anaphoric), dependent=frozenset(dependent),
                               others=frozenset(others), counts=counts,
                               definite=frozenset(definite),
                               sentence_of=sentence_of, section_of=section_of,
                               side_of=lambda eid: _side(ctx, eid),
                               is_person=lambda eid: ctx.etype(eid) == "person",
                               summaries=frozenset(
                                   ev.id for ev in events for lo, hi in takeaways
                                   if lo <= ev.evidence.start < hi))
        campaign_strikers(ctx, events, sentence_index)
        launched_from_home(ctx, events, sentence_index,
                           lambda ev: paragraphs[sentence_index(ev)])
        claims_alone(events)
        refine_places(ctx, events)
        for rel in [*listed_later(ctx, events), *event_relations(ctx, events)]:
            relations.setdefault(rel.id, rel)
        fronts_answer(events, relations.values())
        voices_told_after(ctx, events)
        blow_voices_told_after(ctx, events)
        charged_plotters(events, lambda eid: ctx.etype(eid) == "person")
        plotters_serve(document.text, events, relations.values(),
                       lambda eid: ctx.etype(eid) == "person")
        plot_senders_told_after(ctx, events)
        hired_bands(ctx, events)
        plots_sent_by_units(events, self._parents)
        self._remember(document.id, ents)
        return Extraction(
            doc_id=document.id,
            extractor=EXTRACTOR_VERSION,
            entities=self._entities(ents, events, list(relations.values())),
            mentions=ents.as_mentions(document.id, EXTRACTOR_VERSION),
            events=events,
            relations=list(relations.values()),
        )

    def _entities(self, ents: DocEntities, events: list[Event], relations: list[Relation]
                  ) -> list[Entity]:
        """Candidate entities the document names (pack entities are already known)."""
        surfaces: dict[str, list[str]] = {}
        for m in ents.mentions:
            if m.entity_id in ents.candidates:
                forms = surfaces.setdefault(m.entity_id, [])
                if m.text not in forms:
                    forms.append(m.text)
        out: list[Entity] = []
        for eid, cand in ents.candidates.items():
            aliases = [a for a in surfaces.get(eid, []) if a != cand.name]
            out.append(Entity(cand.id, cand.name, cand.type, cand.country, aliases,
                              "extracted", cand.lat, cand.lon))
        _ = events, relations
        return out

    def _remember(self, doc_id: str, ents: DocEntities) -> None:
        self._keep(doc_id, dict(ents.aliases), frozenset(
            eid for eid, cand in ents.candidates.items() if cand.type in PLACE_TYPES))

    def _keep(self, doc_id: str, aliases: dict[str, str], places: frozenset[str]) -> None:
        self._aliases[doc_id] = aliases
        self._aliases.move_to_end(doc_id)
        self._places[doc_id] = places
        while len(self._aliases) > LINK_MEMORY:
            gone, _ = self._aliases.popitem(last=False)
            self._places.pop(gone, None)

    def _is_place(self, eid: str, doc_id: str | None) -> bool:
        entry = self.linker.pack.entities.get(eid)
        if entry is not None:
            return entry.type in PLACE_TYPES
        return doc_id is not None and eid in self._places.get(doc_id, ())

    def link(self, surface: str, doc_id: str | None = None) -> str | None:
        """The entity id ``surface`` resolves to, in the context of document ``doc_id``
        when that document was extracted by this extractor."""
        key = alias_key(surface)
        if doc_id is not None and doc_id in self._aliases:
            found = self._aliases[doc_id].get(key)
            if found is not None:
                return found
            # A surname or a shortened form of a name the document spelled out.
            table = self._aliases[doc_id]
            words = key.split()
            for alias, eid in table.items():
                if len(words) == 1 and alias.split()[-1:] == words and len(alias.split()) > 1:
                    return eid
        hit = self.linker.resolve(surface)
        words = surface.split()
        while hit is None and len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            words = words[1:]  # "Colonel Ahmad Karimi" is Ahmad Karimi, but the
            # "Supreme National Security Council" is a name of its own
        if len(words) < len(surface.split()):
            return self.link(" ".join(words), doc_id)
        if hit is None and " in " in surface:  # "Hezbollah in Lebanon" is Hezbollah
            return self.link(surface.split(" in ")[0], doc_id)
        if hit is None and len(words) > 1 and words[-1].lower() in PLACE_KIND_NOUNS:
            place = self.link(" ".join(words[:-1]), doc_id)  # "the Mazzeh district" is Mazzeh
            return place if place is not None and self._is_place(place, doc_id) else None
        return hit[0] if hit is not None else None


# The extractor a forked worker inherits from :meth:`Extractor._pipe_forked`.
_FORKED: Extractor | None = None
# What a worker returns for one document: its extraction and what ``link`` remembers of
# it, or the message of the error that stopped it.
_Outcome = tuple[Extraction, tuple[dict[str, str], frozenset[str]]] | str


def _extract_forked(batch: list[Document]) -> list[_Outcome]:
    """A worker's share: extract ``batch`` with the inherited extractor, an outcome for
    each of its documents in order."""
    extractor = _FORKED
    assert extractor is not None, "called outside a forked worker"
    failed: dict[str, str] = {}

    def note(doc: Document, error: AxiswatchError) -> None:
        failed[doc.id] = error.message

    done = {x.doc_id: x for x in extractor.pipe(batch, on_error=note)}
    out: list[_Outcome] = []
    for doc in batch:
        if doc.id in failed:
            out.append(failed[doc.id])
        elif doc.id in done:
            out.append((done[doc.id], (extractor._aliases.get(doc.id, {}),
                                       extractor._places.get(doc.id, frozenset()))))
        else:
            out.append(f"document {doc.id}: the worker returned no extraction")
    return out
