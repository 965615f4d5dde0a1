"""From drafts to :class:`axiswatch.model.Event` records: evidence span, date,
country, casualties and certainty."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from axiswatch.extract.anchors import anchored_date, event_types_of
from axiswatch.extract.arguments import (
    ANSWERED_PREPS,
    ANSWERING,
    DISTINCT_MARKERS,
    NONE_WORDS,
    PLACE_PREPS,
    according_voice,
    acted_on,
    answering_noun,
    direct_objects,
    governing_verb,
    inverted_speaker,
    is_negated,
    passive_agents,
    subjects,
)
from axiswatch.extract.context import DocContext, Place
from axiswatch.extract.doc_places import (
    catch_scene,
    paragraph_countries,
    region_at,
    sentence_countries,
)
from axiswatch.extract.draft import NON_STATE, RECORD_TYPES, STATE_TYPES, VIOLENT, Draft
from axiswatch.extract.events import (
    ARMED_MEN,
    CARGO_VERBS,
    CIVIL_MODIFIERS,
    DECLARATION_NOUNS,
    DISCLOSING_VERBS,
    GROUP_TYPES,
    HASTE_WORDS,
    INTERCEPTING,
    OWN_SUBJECT_NOUNS,
    REPRISALS,
    SAY_VERBS,
    STOPPED_LOAD_HEADS,
    TAKING,
    TIME_ANCHORS,
    TOLL_VERBS,
    _intercepts,
    charge_denied,
    craft_stop_told,
    dated_right_after,
    label_clause,
)
from axiswatch.extract.occurrence import judged_done
from axiswatch.extract.places import CAUSE_PREPS, aimed_away, is_water
from axiswatch.extract.reference import continues_story, recalls
from axiswatch.extract.speakers import (
    OWN_POSSESSIVES,
    reporting_group,
    saying_verb,
    speakers,
    with_own_group,
)
from axiswatch.extract.triggers import lemma
from axiswatch.extract.when import (
    SOURCING_VERBS,
    DateContext,
    aside_relative,
    at_the_time,
    date_host,
    lent_date,
    ongoing,
    passive_description,
    period_next,
    plot_own_date,
    plot_period,
    plot_repicked,
    record_date,
    simple_present,
    sourced_next,
    spanned,
    still_to_come,
    tells_plot,
    tense,
    timed_next,
)
from axiswatch.ids import event_id
from axiswatch.model import Event, Evidence, Precision
from axiswatch.nlp.dates import time_spans
from axiswatch.nlp.hedging import (
    accused_plot,
    certainty_of,
    hedge_asides,
    masked,
    settled_plot,
)
from axiswatch.nlp.linking import PLACE_TYPES
from axiswatch.nlp.numbers import counted, injured_count, killed_count
from axiswatch.nlp.text import clean_span
from axiswatch.nlp.tokens import doc_tokens, sentence_before, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from axiswatch.geo.place import Place as GeoPlace

UNDATED_BACKGROUND = frozenset({"attack", "strike", "plot", "killing", "transfer"})
# Types an undated past-tense report tells as a standing state of things, not an
# occurrence of the report's month.
STANDING_TYPES = frozenset({"transfer"})
# Types told on a target: one on a craft that names no place happened at sea.
AT_SEA = frozenset({"attack", "strike", "plot"})
# Types whose fallback country is a doer's, which holds only where the text places the
# doer's country too: a militia of one country attacks in another, a state meets abroad.
DOER_COUNTRY = frozenset({"attack", "transfer", "meeting"})
# The countries a document names most: the ones it is about.
MAIN_COUNTRIES = 2
# Events whose target often lives elsewhere than where they were hatched ("a plot against
# Israelis in Baku"): the target's country stands only as a doer's does.
AIMED_ABROAD = frozenset({"plot"})
# Types a heading of places files under its country: those told as happening somewhere
# (a declaration or a designation happens where its speaker is).
FILED_UNDER = frozenset({"attack", "strike", "plot", "killing", "arrest", "protest"})


def _at_sea(ctx: DocContext, sent: Span, d: Draft) -> bool:
    """An event on a ship, a tanker or a warship: at sea unless a place is named."""
    if d.target_token is None or d.type not in AT_SEA:
        return False
    return lemma(sent.doc[d.target_token]) in ctx.ontology.vessels


def _sides(ctx: DocContext, d: Draft) -> list[str]:
    """The sides whose country may stand for the event's: a state strikes abroad, an
    agent plots abroad, so the side struck or aimed at tells the country, not the
    striker; what is supplied goes to the country of the side that receives it. An
    execution is carried out where its executioner rules."""
    sides = d.target_actors if d.type in ("strike", "killing", "plot") else (
        [*d.target_actors, *d.all_actors()] if d.type == "transfer" else d.all_actors())
    if d.type == "killing" and d.subtype == "execution":
        sides = d.all_actors()  # a state hangs in its own prisons, whom the man served
    if d.type == "meeting" and (d.subtype == "call" or len(
            {ctx.country(a) for a in sides} - {None}) > 1):
        return []  # a call, or talks of two states' envoys, is in neither country
    return list(sides)


def _doer_country(ctx: DocContext, sent: Span, country: str) -> str | None:
    """A doer's country as the event's when the paragraph tells things happening there,
    or tells nothing of where and the document is mainly about that country; else the
    one other country the paragraph tells things happening in, if there is one."""
    told = paragraph_countries(ctx, sent)
    if told:
        return country if country in told else (told[0] if len(told) == 1 else None)
    return country if country in ctx.ents.countries[:MAIN_COUNTRIES] else None


def _one_other_country(ctx: DocContext, sent: Span, exclude: Collection[str | None]
                       ) -> str | None:
    """The one country outside ``exclude`` the paragraph tells things happen in, if
    there is just one: where a state's supplies went when no receiver is named (a state
    arms, funds and trains abroad, never at home; a group's deliveries go home: see
    :func:`_doer_country`), or where a state's embassy stands."""
    told = [c for c in paragraph_countries(ctx, sent) if c not in exclude]
    return told[0] if len(told) == 1 else None


def _as_place(geo: GeoPlace, precision: str) -> Place:
    """A place of the map as where an event happened, at the given precision."""
    return Place(geo.id, geo.name, geo.lat, geo.lon, geo.country, precision)


# Sites that stand in the country whose adjective they bear: "Saudi oil facilities", "an
# Israeli town" (a base or an embassy may be a state's own abroad).
NATIONAL_SITES = frozenset({"facility", "field", "oilfield", "refinery", "plant", "town",
                            "village", "city", "port", "airport", "pipeline", "terminal",
                            "depot", "installation", "infrastructure"})


# Posts a state's forces hold, which may stand abroad ("US positions in Syria"): they
# stand in their country's land only when the paragraph tells of nowhere else.
HELD_SITES = frozenset({"position", "post", "outpost"})


def _national_site(ctx: DocContext, sent: Span, d: Draft) -> str | None:
    """The country of a struck site named by its country's adjective or name ("drones
    attacked Saudi oil facilities", "rockets hit an Israeli town"); of a post its
    forces hold ("fired at Israeli positions") when the paragraph tells things
    happening there, or tells nothing of where and the document is mainly about it; else
    of the one other country the paragraph tells things happening in."""
    tokens = [ctx.doc[i] for i in sorted(d.target_tokens)]
    for m in ctx.mentions_of(tokens):
        tok = ctx.doc[m.tok_end - 1]
        if not (m.entity_id and ctx.is_state(m.entity_id)) or \
                tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        site = tok.head if lemma(tok.head) in NATIONAL_SITES | HELD_SITES else (
            tok.head.head if tok.head.dep_ in ("compound", "amod") else None)
        if site is None:
            continue
        country = ctx.country(m.entity_id)
        if lemma(site) in NATIONAL_SITES and ctx.is_country(m.entity_id):
            return country
        if lemma(site) in HELD_SITES and country:  # "Israeli army posts", "US posts in Syria"
            return _doer_country(ctx, sent, country)
    return None


def _interceptor_country(ctx: DocContext, sent: Span, d: Draft) -> str | None:
    """The country of whoever stopped an attack's munitions in flight ("a missile was
    intercepted by Israeli air defences", "Saudi forces shot down a drone"): a side
    intercepts what comes at its own land, so that is where the attack fell, unless the
    paragraph tells things happening only in other lands. Ships, and forces told where
    they stand ("warships in the Red Sea", "troops in Syria"), guard elsewhere. Fighters
    told as a side's own ("its fighters") are that side's."""
    if d.type != "attack":
        return None
    for tok in sent.doc[d.span[0]:d.span[1]]:
        if tok.pos_ != "VERB" or lemma(tok) not in INTERCEPTING:
            continue
        stoppers = passive_agents(tok) or [
            s for s in subjects(tok) if s.pos_ != "PRON" and s.dep_ == "nsubj"]
        stoppers = [s for s in stoppers if lemma(s) not in ctx.ontology.vessels and not any(
            c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in s.children)]
        sides = [m.entity_id for m in ctx.mentions_of([t for s in stoppers for t in s.subtree])
                 if m.entity_id]
        if not sides and any(c.dep_ == "poss" and c.pos_ == "PRON"
                             for s in stoppers for c in s.children):
            # "X said its fighters shot down a drone", "Israel said its air defences
            # intercepted a drone launched by Hezbollah": the sayer's
            sides = speakers(ctx, tok) or d.all_actors()
        for eid in sides:
            if country := ctx.country(eid):
                told = paragraph_countries(ctx, sent)
                return country if not told or country in told else None
    return None


def _embassy_abroad(ctx: DocContext, sent: Span, d: Draft) -> Place | None:
    """The capital a state's embassy stands in when the sentence names no town ("another
    rocket landed near the US embassy"): that of the one country other than the
    embassy's state that the paragraph tells things happen in."""
    if ctx.geocoder is None:
        return None
    for tok in sent.doc[d.span[0]:d.span[1]]:
        if lemma(tok) != "embassy":
            continue
        owners = {ctx.country(m.entity_id) for m in ctx.mentions_of(
            [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")])
            if m.entity_id and ctx.is_state(m.entity_id)}
        other = _one_other_country(ctx, sent, owners) if owners else None
        capital = ctx.geocoder.capital_place(other) if other is not None else None
        if capital is not None:
            return _as_place(capital, "town")
    return None


def _region_wide(sent: Span) -> bool:
    """Whether the sentence tells of moves across a whole region ("move weapons around
    the region", "across the Middle East"): in no one country."""
    return any(lemma(t) == "region" and t.dep_ == "pobj" and
               t.head.lower_ in ("around", "across", "throughout") for t in sent)


def _cargo_makers(ctx: DocContext, d: Draft) -> set[str]:
    """The sides a blow's target names only by the make of what it carried ("struck a
    convoy carrying Iranian weapons to X"): who made or sent a load is not where it was
    struck."""
    makers: set[str] = set()
    others: set[str] = set()
    for m in ctx.mentions_of([ctx.doc[i] for i in sorted(d.target_tokens)]):
        if not m.entity_id:
            continue
        tok = ctx.doc[m.tok_end - 1]
        load = tok.head
        told_as_make = tok.dep_ in ("amod", "compound", "nmod") and load.dep_ == "dobj" and \
            lemma(load.head) in CARGO_VERBS and load.head.dep_ == "acl"
        (makers if told_as_make else others).add(m.entity_id)
    return makers - others


# Words whose phrase tells another occasion than the event's: "a day after talks in
# Qatar", "protested against the strikes in Syria".
OTHER_OCCASION = TIME_ANCHORS | CAUSE_PREPS


def _own_state_struck(ctx: DocContext, d: Draft, country: str) -> bool:
    """"Hezbollah fired rockets at Kiryat Shmona after an Israeli strike killed two of its
    fighters": a state's blow that its sentence does not place is not placed in the
    state's own country by the other deeds of the sentence; a state strikes abroad."""
    return d.type in ("strike", "killing") and any(
        ctx.is_state(a) and ctx.country(a) == country for a in d.actors)


def unplaced_where(ctx: DocContext, sent: Span, d: Draft, country: str | None,
                   elsewhere: frozenset[int] = frozenset(), others: Sequence[Draft] = ()
                   ) -> tuple[str | None, Place | None]:
    """The country (and, for a sea, the place) of an event its sentence does not place.

    Evidence about where comes first: a craft struck is at sea (the sea the heading
    names, if any); a heading of places files the event under its country, or, when it
    names several, under the one a side of the event belongs to. Then, for an event told
    as happening somewhere, the one country its sentence tells things happen in ("...,
    as violence in X flared again"; not "a day after talks in Y", nor the place of
    another blow of the sentence, among the tokens ``elsewhere``: "an Israeli strike
    killed two men, while rockets struck X in Israel"). Then, for a blow exchanged with
    one of ``others`` that struck the doer's own country, the other doer's country ("...,
    while Hezbollah rockets struck X in Israel": the Israeli strike fell in Lebanon).
    Then the side's
    country: the side struck, aimed at or supplied; a doer's country only when the
    paragraph names no other country or the document is mostly about that country.
    Arrests, protests, plots and deliveries fall back on the country the document
    reports on (not a delivery told as moving across a whole region).
    """
    region = region_at(ctx, sent.start_char)
    if _at_sea(ctx, sent, d):
        seas = [p for p in region if p.country is None]
        return None, (seas[0] if len(seas) == 1 else None)
    if country is None and region and d.type in FILED_UNDER:
        sides = [c for c in (ctx.country(e) for e in _sides(ctx, d)) if c]
        named = list(dict.fromkeys(p.country for p in region if p.country))
        if len(named) == 1:
            return named[0], None
        return next((c for c in sides if c in named), None), None
    embassy = _embassy_abroad(ctx, sent, d) if country is None and d.type in (
        "attack", "protest") else None
    if embassy is not None:
        return embassy.country, embassy
    if country is None:
        country = _national_site(ctx, sent, d)
        whole = ctx.geocoder.country_place(country) if country and ctx.geocoder else None
        if whole is not None:
            return country, _as_place(whole, "country")
    if country is None:
        country = _interceptor_country(ctx, sent, d)
    if country is None and d.type in FILED_UNDER and \
            answering_noun(sent.doc[d.hit.head]) is None and \
            len(told := sentence_countries(ctx, sent, OTHER_OCCASION, elsewhere)) == 1 and \
            not _own_state_struck(ctx, d, told[0]):
        # (not for a deed a blow answers: the country told is the answering blow's)
        country = told[0]  # "..., the latest of the attacks in Iraq this year"
    if country is None and d.type in ("strike", "attack"):
        country = _fire_returned_from(ctx, d, others)
    if country is None and d.type == "arrest" and \
            (scene := catch_scene(ctx, sent)) is not None:
        # "boarded a dhow in X. Its crew was detained.": there, not in the country of
        # the forces that boarded it
        return scene.country, scene
    if country is None:
        makers = _cargo_makers(ctx, d) if d.type in ("strike", "attack") else set()
        for eid in (e for e in _sides(ctx, d) if e not in makers):
            country = ctx.country(eid)
            if country and d.type == "transfer" and eid not in d.target_actors and \
                    ctx.is_state(eid):
                country = _one_other_country(ctx, sent, {country})  # supplied abroad
                break
            if country and ((d.type in DOER_COUNTRY and eid not in d.target_actors) or
                            d.type in AIMED_ABROAD):
                country = _doer_country(ctx, sent, country)
                break
            if country:
                break
    if country is None and d.type == "strike" and not _sides(ctx, d) and \
            _aimed_out_to_sea(ctx, sent) and len(told := paragraph_countries(ctx, sent)) == 1:
        country = told[0]  # "answered with strikes in X. Jets destroyed two missiles."
    if country is None and d.type in ("arrest", "protest", "plot", "transfer") and \
            ctx.ents.countries and not _region_wide(sent):
        # arrests, protests, plots, deliveries of the country reported on; a crowd does
        # not gather in the state it chants against
        if d.type == "transfer":  # a state supplies abroad
            opposed = {ctx.country(e) for e in d.all_actors()
                       if ctx.is_state(e) and e not in d.target_actors}
        elif d.type == "protest":
            opposed = {ctx.country(e) for e in d.target_actors if ctx.is_country(e)}
        elif d.type == "arrest":
            # "three Iranian men were charged": a state holds foreigners on its own ground
            opposed = {ctx.country(e) for e in d.target_actors if ctx.is_country(e)}
        else:
            # "charged X and three other Iranians with plotting": a state's agents plot
            # abroad
            opposed = {ctx.country(e) for e in d.all_actors() if ctx.is_country(e)}
        country = next((c for c in ctx.ents.countries if c not in opposed), None)
        if country is None and d.type in ("arrest", "plot"):
            country = ctx.ents.countries[0]  # no other country told: the one reported on
    return country, None


def _aimed_out_to_sea(ctx: DocContext, sent: Span) -> bool:
    """Whether the sentence tells a sea only as where arms were aimed ("destroyed two
    missiles aimed into the Red Sea"): they stood on land, in the country told nearby."""
    return any(m.etype in PLACE_TYPES and m.label != "NORP" and is_water(ctx.place(m)) and
               aimed_away(sent.doc[m.tok_end - 1], sent.root)
               for m in ctx.mentions_in(sent.start, sent.end))


# Clauses the parse may hang before a verb though they tell an act of their own ("On
# May 3, rockets hit A; on May 5, a drone struck B": the first clause under "struck").
_EARLIER_CLAUSES = frozenset({"ccomp", "parataxis", "advcl"})


def _after_earlier_clause(doc: Doc, d: Draft, drafts: list[Draft], start: int) -> int:
    """Where a draft's own words begin once a clause before its verb that tells another
    event of the sentence is left out: that clause is the other event's evidence."""
    trig = doc[d.hit.head]
    heads = [o.hit.head for o in drafts if o.hit.head != d.hit.head]
    for c in trig.children:
        if c.dep_ in _EARLIER_CLAUSES and c.right_edge.i < trig.i and \
                any(c.left_edge.i <= h <= c.right_edge.i for h in heads):
            start = max(start, c.right_edge.i + 1)
    while start < trig.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return start


def _state_says_done(ctx: DocContext, d: Draft) -> bool:
    """"The Israeli military said it struck launchers": a state's own word on the strikes
    its forces made is told as the operation's record, unlike a group's claim of an
    attack or a state's word that it killed someone (who died, and by whose hand, is
    then its claim)."""
    return d.type == "strike" and bool(d.actors) and all(
        ctx.etype(a) in STATE_TYPES for a in d.actors)


def _nobody(verb: Token) -> bool:
    """"No group has claimed it", "nobody claimed it", "did not claim it": a verb whose
    subject is no one, or that is negated (any word of NONE_WORDS, whatever its role)."""
    return is_negated(verb) or any(s.lower_ in NONE_WORDS or any(
        c.lower_ in NONE_WORDS for c in s.children) for s in subjects(verb))


def _told_as_claim(tok: Token) -> bool:
    """"The group said it attacked the port", "a little-known group claimed responsibility
    for the attack on X", "the attack was claimed by militants": an attack told only in
    the words of those who say they did it, even when the text does not name them, is
    their claim (not "no group claimed the attack", nor "officials said it was hit")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
            lemma(tok.head.head) == "responsibility":
        taker = tok.head.head.head
        return lemma(taker) in TAKING and taker.pos_ == "VERB" and not _nobody(taker)
    if tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) == "claim" and \
            tok.head.pos_ == "VERB":
        return not _nobody(tok.head)
    said = saying_verb(tok)
    if tok.pos_ != "VERB" or said is None or lemma(said) not in SAY_VERBS or _nobody(said):
        return False
    doers = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    sayers = [s for s in subjects(said) if s.dep_ == "nsubj"]
    return any(_tells_own_deed(sayer, doer) for sayer in sayers for doer in doers)


# Words that make a group one that watches, helps or speaks for others, not one that
# fights: "a rights group", "a monitoring group", "a humanitarian organization".
WATCHING_MODIFIERS = CIVIL_MODIFIERS | frozenset({"rights", "monitoring", "advocacy", "aid",
                                                  "watchdog", "campaign"})


def _tells_own_deed(sayer: Token, doer: Token) -> bool:
    """"The group said it attacked", "the militants said they fired", "the movement said
    its fighters fired": an armed sayer names itself as the doer, by a pronoun of its own
    number or by its own men (not "a rights group said they attacked", where "they" are
    others)."""
    if lemma(sayer) not in OWN_SUBJECT_NOUNS | ARMED_MEN or any(
            c.dep_ in ("amod", "compound") and c.lower_ in WATCHING_MODIFIERS
            for c in sayer.children):
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in doer.children):
        return True
    plural = sayer.tag_ in ("NNS", "NNPS")
    return doer.lower_ == "we" or doer.lower_ == ("they" if plural else "it")


def own_statement_sources(ctx: DocContext, sent: Span) -> set[str]:
    """The armed groups whose own statement a sentence cites ("according to a statement
    by X", "according to X's statement"): what they tell of their deeds is their
    claim."""
    out: set[str] = set()
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and \
                sent.doc[tok.i + 1].lower_ == "to":
            source = [p for p in sent.doc[tok.i + 1].children if p.dep_ == "pobj"]
            if not source or lemma(source[0]) not in DECLARATION_NOUNS:
                continue
            out |= {m.entity_id for m in ctx.mentions_of(list(source[0].subtree))
                    if m.entity_id and m.etype in NON_STATE}
    return out


def _told_by_others(ctx: DocContext, tok: Token, d: Draft) -> bool:
    """"US officials said Iran had sent drones", "Iran shipped rockets to Syria, the
    command said": arms and money move out of sight, so a supply told in the words of
    someone other than its giver is what they report ("Iran said it sent advisers" is
    the giver's own word)."""
    told = _supply_told(tok)
    verb = saying_verb(told)
    if verb is None or lemma(verb) not in SOURCING_VERBS:
        return False
    return not _giver_speaks(ctx, told, d)


def _giver_speaks(ctx: DocContext, told: Token, d: Draft) -> bool:
    """Whether who says a supply is its giver, or speaks for the giving state ("Iran's
    foreign minister said Iran had sent drones")."""
    voices = speakers(ctx, told)
    states = {ctx.country(a) for a in d.actors if ctx.is_state(a)} - {None}
    return bool(set(voices) & set(d.actors)) or any(ctx.country(v) in states for v in voices)


def _supply_told(tok: Token) -> Token:
    """The word whose clause a report's verb of saying holds, for a supply's word."""
    if tok.pos_ != "VERB" and tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head  # "Iranian arms shipments reach X, officials said": as its verb is
    if tok.dep_ == "relcl" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # "says it handles cash that Iran sends to X": as the verb of what is sent is
        return tok.head.head
    return tok


def _evidence_span(ctx: DocContext, sent: Span, d: Draft, drafts: list[Draft]
                   ) -> tuple[int, int]:
    """The sentence for a lone event; for several, the event's clause, cut where the
    next event's clause begins."""
    doc = sent.doc
    if len(drafts) == 1:
        return clean_span(ctx.document.text, sent.start_char, sent.end_char)
    start, end = d.span
    start = _after_earlier_clause(doc, d, drafts, start)
    own = {t.i for t in doc[d.hit.head].subtree}
    later = [o.span[0] for o in drafts if o.span[0] > start and o.hit.head != d.hit.head
             and (o.hit.head not in own or doc[o.hit.head].dep_ in ("conj", "advcl"))]
    if later:
        end = min(end, min(later))
    end = max(end, start + 1)
    last = doc[end - 1]
    while end - 1 > start and last.dep_ in ("cc", "punct"):
        end -= 1
        last = doc[end - 1]
    return clean_span(ctx.document.text, doc[start].idx, last.idx + len(last.text))


def _date_of(ctx: DocContext, sent: Span, d: Draft, dates: DateContext, index: int
             ) -> tuple[str | None, Precision | None]:
    anchored = anchored_date(sent, sent.doc[d.hit.head], d.date, ctx.dates(sent),
                             dates.anchors, ctx.ontology)
    if anchored is not None:  # "two days after the attack": the sentence's date is not its own
        d.date = None
        return anchored
    head = sent.doc[d.hit.head]
    if d.type == "plot":
        d.date = plot_repicked(ctx.dates(sent), head, d.date, sent,
                               ctx.ontology.plot_modifiers)
        period = plot_period(head, ctx.dates(sent), d.date, ctx.ontology.plot_modifiers)
        if period is not None:  # "charged on Monday over a 2022 plot": when it was hatched
            d.date = period
            return period.value, period.precision
        lent = d.date is not None and _lent_to_plot(sent, d, ctx.ontology.plot_modifiers)
        if (d.date is None or lent) and sent.end < len(sent.doc):
            later = period_next(sent, ctx.dates(sent.doc[sent.end].sent),
                                ctx.ontology.plot_modifiers)
            if later is not None:  # "charged on Monday ... The plot was hatched in 2022."
                return later.value, later.precision
        if lent and _plot_pursued_on(ctx, sent, d):
            return None, None  # "charged two men on Tuesday over a plot to kill X"
        if d.date is None and still_to_come(head, governing_verb(head),
                                            ctx.ontology.plot_modifiers):
            day = ctx.reference(sent.start_char)  # "is preparing to attack X": as of today
            if day is not None and len(day) == 10:
                return day, "day"
    if d.type not in RECORD_TYPES and spanned(
            head, governing_verb(head), d.date, ctx.dates(sent),
            time_spans(text_of(sent), sent.start_char)):
        return None, None  # "have fired missiles since October": a campaign
    if _tally(head) and (d.date is None or lent_date(d.date, head, governing_verb(head))):
        return None, None  # "have carried out at least 30 attacks, officials said on Monday"
    if ongoing(head, ctx.ontology.ongoing_modifiers) and (
            d.date is None or (head.dep_ == "dobj" and tense(head.head)[1])):
        return None, None  # "continued attacks", "have kept up attacks": a campaign
    stopped = _craft_stop_date(ctx, sent) if d.type == "transfer" else None
    if stopped is not None and (d.date is None or lent_date(d.date, head, governing_verb(head))
                                or _undated_state(sent, d, ctx.ontology.undated_adverbs)):
        # "US forces seized a dhow on May 2. The vessel carried rifles, they said on Monday";
        # "have seized rifles from a vessel. SEALs boarded the dhow on May 2": that day,
        # which the sentence does not state
        d.date = None
        return stopped
    if _undated_state(sent, d, ctx.ontology.undated_adverbs):
        return None, None
    if d.type in VIOLENT and answering_noun(head) is not None and (
            d.date is None or (not head.left_edge.idx <= d.date.start <= head.right_edge.idx
            and not dated_right_after(head, d.date))):
        return None, None  # "in response to an Israeli strike in X that killed five": the
        # deed answered came before, on a day the sentence does not tell
    if d.date is not None:
        return d.date.value, d.date.precision
    then = dates.then() if at_the_time(governing_verb(head)) else None
    if then is not None:  # "Gantz warned at the time that ...": when the deed told was
        return then  # type: ignore[return-value]
    if _record_told(ctx, sent, d):
        return None, None  # "..., a report published on Monday said": what it revealed
    if d.type in VIOLENT | {"arrest"} and sent.end < len(sent.doc):
        timed = timed_next(sent, ctx.dates(sent.doc[sent.end].sent))
        if timed is not None:  # "A bomb hit a convoy. The blast happened on Wednesday."
            return timed.value, timed.precision
    recalled = _recalled_statement(ctx, sent, d, dates) if d.type == "statement" else None
    if recalled is not None:  # "In its statement, X said ...": the day X was told to speak
        return recalled
    if d.type == "arrest" and _held_since(governing_verb(head) or head):
        return None, None  # "police have since detained several suspects": some day after
    if d.inherited_date is not None and not _standing_told(sent, d) and (
            d.type not in STANDING_TYPES or lemma(head) in STOPPED_LOAD_HEADS):
        # a supply is a practice only its own sentence dates ("He was listed in 2019.
        # Officials said he passed funds to X"); a seizure is one occurrence
        value, precision = d.inherited_date
        return value, precision  # type: ignore[return-value]
    if d.type == "statement" and sent.end < len(sent.doc):
        sourced = sourced_next(sent, ctx.dates(sent.doc[sent.end].sent))
        if sourced is not None:  # "X denied any role. A spokesman said on Monday ..."
            return sourced.value, sourced.precision
    verb = governing_verb(sent.doc[d.hit.head])
    while verb is not None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i \
            and not inverted_speaker(verb):  # "..., warned the commander of X": told then
        verb = verb.head
    if (d.hit.trigger.requires_declaration or d.type == "statement") and verb is not None \
            and verb.dep_ == "ccomp":
        verb = verb.head  # "said the attack would not go unanswered": told when it was said
        if verb.dep_ == "ccomp" and lemma(verb) in CAUSATIVES and verb.head.i != verb.i:
            verb = verb.head  # "said they would make Israel pay": told when it was said
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
            verb = verb.head  # "claimed the attack, saying ...": said when it claimed
    if d.type == "statement" and verb is not None and label_clause(verb):
        verb = next(a for a in list(verb.ancestors)[1:4] if a.pos_ == "VERB")
        # "called the strike a crime that would not go unanswered": told when so called
    if d.type == "statement" and verb is not None and verb.dep_ == "acomp" and \
            lemma(verb) in HASTE_WORDS:
        verb = verb.head  # "was quick to deny": told as the copula is
    if d.type == "statement" and verb is not None and verb.dep_ == "acl" and \
            lemma(verb.head) in DECLARATION_NOUNS | {"readiness"} and \
            verb.head.head.pos_ == "VERB":
        verb = verb.head.head  # "sent a message that attacks would continue", "declared
        # its readiness to respond": told then
    if d.type == "statement" and verb is not None and verb.pos_ != "VERB":
        # "said its forces were ready to strike": the readiness is told when it was said
        verb = next((a for a in list(verb.ancestors)[:3] if a.pos_ == "VERB"), verb)
    past, perfect = tense(verb, ctx.ontology.undated_adverbs)
    if d.type == "statement" and verb is not None and according_voice(verb):
        past = True  # "attacks will go on, according to X": told when X said it
    if d.type == "statement" and verb is not None and _supply_disowned(ctx, verb):
        perfect = True  # "Tehran denies arming the group": a stance held as of the report
    if d.type in UNDATED_BACKGROUND or d.type == "sanction":
        perfect = False  # "has designated X", "have fired missiles since October": no day
    if d.type in STANDING_TYPES and lemma(head) not in STOPPED_LOAD_HEADS:
        return None, None  # "Iran supplied the group with drones": a standing supply
    known = head.dep_ == "pobj" and any(c.dep_ == "poss" for c in head.children)
    if known:
        past, perfect = False, past or perfect  # "for Israel's attack": known, not today's
    if past and verb is not None and _told_also(verb):
        added_to = dates.anchors.last_stated(frozenset({d.type}))
        if added_to is not None:  # "Jets struck X on March 11. ... Jets also struck Y."
            return added_to
    reference = None if _untimed_by_report(head, d, ctx.ontology.plot_modifiers) else \
        ctx.reference(sent.start_char)
    if d.type == "sanction" and verb is not None and _taken_as_told(verb) and \
            reference is not None and len(reference) == 10:
        return reference, "day"  # "The Department is also designating X": the release's day
    following = ctx.dates(sent.doc[sent.end].sent) if sent.end < len(sent.doc) else []
    ahead = next((f.value for f in following if f.precision == "day"), None)
    found = dates.fallback(index, reference, past=past, perfect=perfect,
                           entry=ctx.entry_day(sent.start_char) or ctx.lead_day(sent.start_char),
                           ahead=ahead,
                           news=not known and d.type not in RECORD_TYPES)
    if found is None:
        return None, None
    return found[0], found[1]  # type: ignore[return-value]


# Verbs that make another do what their clause tells ("would make Israel pay").
CAUSATIVES = frozenset({"make"})


def _recalled_statement(ctx: DocContext, sent: Span, d: Draft, dates: DateContext
                        ) -> tuple[str, Precision] | None:
    """"X confirmed on Saturday that ... In its statement, X said it would fight on": a
    statement the report recalls ("its statement", "the statement") is the one its speaker
    was last told to make, on that day, not the day of the news told just before."""
    if not any(lemma(t) == "statement" and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in t.children)
            for t in sent):
        return None
    for voice in speakers(ctx, sent.doc[d.hit.head]):
        if voice in dates.voices:
            return dates.voices[voice]
    return None


def _names_type(ctx: DocContext, tok: Token, event_type: str) -> bool:
    """Whether the word itself names an event of the type ("arming" a delivery,
    "detained" an arrest), not only the wider family it may stand for."""
    types = event_types_of(tok, ctx.ontology)
    return bool(types) and event_type in types[0]


def _attempt_of_group(ctx: DocContext, d: Draft) -> bool:
    """Whether a plot is an armed group's attempt at a blow ("the militias tried to target
    Israel with a drone"), or one by doers the text does not name, told as done, not a
    plan its pursuers disclose."""
    return d.subtype == "attempted" and all(ctx.etype(a) in GROUP_TYPES for a in d.actors)


def _supply_disowned(ctx: DocContext, verb: Token) -> bool:
    """"Tehran denies arming the group", "Iran rejects claims it supplies the drones": a
    standing supply disowned in the simple present, a stance held as of the report (a
    deed disowned, "the group denies firing that rocket", tells no time of its own)."""
    if not simple_present(verb) or any(c.dep_ == "advmod" and c.lower_ in
                                       ctx.ontology.undated_adverbs for c in verb.children):
        return False
    told = list(verb.subtree)
    if verb.dep_ == "relcl":  # "Iran arms the militias, which Tehran denies": the supply
        told += [a for a in verb.ancestors if a.pos_ == "VERB"][:1]  # the relative stands for
    return any(t.i != verb.i and t.pos_ == "VERB" and _names_type(ctx, t, "transfer")
               for t in told)


def _taken_as_told(verb: Token) -> bool:
    """"The Department is designating X", "Treasury is also sanctioning Y": a measure told
    in the present progressive is taken on the day of the release that tells it."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are")
                                      for c in verb.children)


def _told_also(verb: Token) -> bool:
    """"Jets also struck a convoy", "It also launched two drones": a deed told as one more
    of the episode just told, on its day unless it says another."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _untimed_by_report(tok: Token, d: Draft, intent: Mapping[str, str]) -> bool:
    """Whether an undated occurrence is one the month of the report does not date: a
    killing named back as what another deed is about ("vowed to avenge the killing of
    their commander", "denouncing his assassination"), by a definite noun, is a known
    one whose time the report leaves untold; a plot named by a noun under a verb that
    is not one of its own words ("were convicted over a plot to bomb X") is dated by
    its hatching, which the conviction's or arrest's time does not tell (``intent``:
    the words of intent that make a plot)."""
    if tok.pos_ != "NOUN":
        return False
    if d.type == "plot":
        verb = governing_verb(tok)
        return verb is not None and verb.i != tok.i and not tells_plot(verb, intent)
    if d.type != "killing" or tok.dep_ not in ("dobj", "pobj"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in tok.children)


# Nouns that count occurrences by the dozen or more: "dozens of attacks".
TALLY_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands"})


def _tally(tok: Token) -> bool:
    """"at least 30 attacks", "hundreds of strikes": more occurrences than a report tells
    one by one, a tally over a span of time rather than one dated occurrence."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    n = counted(tok)
    if n is not None:
        return n > MAX_TOLD_APART
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        tok.head.head.lower_ in TALLY_NOUNS


# Types a passive description tells only to say who or what someone or something is
# ("the journalist, arrested in Ahvaz", "rifles that were smuggled from Iran").
IDENTIFYING_TYPES = frozenset({"arrest", "transfer"})


# Adverbs that put a deed at some time between the one told before and the report.
AFTERWARDS = frozenset({"since"})


def _held_since(verb: Token) -> bool:
    """"Spanish police have since detained several suspects": a seizure at some time
    between the deed told before and the report, which the sentence does not date ("since
    May" names the time; "two guards were later detained" follows the day just told)."""
    return any(c.dep_ == "advmod" and c.lower_ in AFTERWARDS and not list(c.children)
               for c in verb.children)


def _undated_state(sent: Span, d: Draft, undated: frozenset[str]) -> bool:
    """Whether the event takes no date the sentence lends it: a standing state told in
    the simple present ("the Quds Force funds the Houthis, officials said on Tuesday"), or
    a passive description that says who someone is ("the activist, who was detained in
    Ahvaz, faces trial, his lawyer said on Tuesday"), or an aside that says who a doer
    is by an earlier deed or one done to it ("the militia, which attacked a US outpost,
    said on Monday", "the group, which Washington designated, said on Monday")."""
    head = sent.doc[d.hit.head]
    verb = governing_verb(head)
    if d.date is not None and not lent_date(d.date, head, verb):
        return False
    if verb is not None and aside_relative(verb) and not (
            d.type == "statement" and simple_present(verb) and charge_denied(verb)):
        return True  # "X, which attacked a US outpost, said on Monday": who X is
        # (not "..., which Tehran denies": a charge denied, a stance of the report's time)
    if d.type in RECORD_TYPES:
        return False
    if d.date is not None and simple_present(verb or head):
        return True
    if d.date is not None and verb is not None and _perfect_undated(verb, undated):
        return True  # "X has long used gangs to plot attacks, officials said on Monday"
    if d.date is not None and _standing_told(sent, d):
        return True  # "fighters have been trained by the IRGC, an official said on Monday"
    if d.type in IDENTIFYING_TYPES and verb is not None and _set_off_relative(verb):
        return True  # "the drones, which Iran provided to the militias, were launched"
    if _measured_from(head):
        return True  # "has been held since his arrest, his lawyer said on Monday"
    return d.type in IDENTIFYING_TYPES and passive_description(verb or head)


def _craft_stop_date(ctx: DocContext, sent: Span) -> tuple[str, Precision] | None:
    """The day a craft whose cargo the sentence tells was stopped, told in the sentence
    beside it (see events.craft_stop_told)."""
    stop = craft_stop_told(ctx, sent)
    if stop is None:
        return None
    first, last = stop.left_edge.idx, stop.right_edge.idx + len(stop.right_edge)
    told = [m for m in ctx.dates(stop.sent) if first <= m.start < last]
    return (told[0].value, told[0].precision) if told else None


def _standing_told(sent: Span, d: Draft) -> bool:
    """Whether a supply is told as a standing state of things, in the present or the
    present perfect ("Iran has supplied the group with engines", "fighters have been
    trained by the IRGC"): it holds up to the report and takes no day the sentence or
    the one before lends it, while "the ship delivered drones" tells one occurrence."""
    if d.type not in STANDING_TYPES:
        return False
    verb = governing_verb(sent.doc[d.hit.head])
    if verb is None:
        return False
    past, perfect = tense(verb)
    return perfect or (not past and simple_present(verb))


def _set_off_relative(verb: Token) -> bool:
    """"the drones, which Iran provided to the militias, ...", "the man, whom police
    detained in Tabriz, ...": a relative clause set off by a comma that says what its
    noun is by what was done with it, not when."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0:
        return False
    return verb.doc[verb.left_edge.i - 1].lower_ == ","


def _measured_from(tok: Token) -> bool:
    """"held in solitary confinement since his arrest": an occurrence named as the start
    of a stretch of time, which the sentence's date does not date."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and \
        tok.head.lower_ == "since"


def _perfect_undated(verb: Token, undated: frozenset[str]) -> bool:
    """Whether a verb in the perfect carries an adverb of ``undated`` ("has long used",
    "had previously plotted"), itself or the verb its clause hangs from."""
    for v in (verb, verb.head):
        if any(c.dep_ == "advmod" and c.lower_ in undated for c in v.children) and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
            return True
        if verb.dep_ not in ("xcomp", "advcl", "conj"):
            break
    return False


def _record_told(ctx: DocContext, sent: Span, d: Draft) -> bool:
    """Whether the sentence dates only the record that tells the deed ("Hundreds were
    detained, rights groups said in a report issued on Wednesday"): the deed came to
    light that day and happened at a time the text does not give."""
    told = ctx.dates(sent)
    return d.type not in RECORD_TYPES and bool(told) and all(
        record_date(x, sent.doc, ctx.ontology.record_nouns) for x in told)


# Words that set an act on the day told before it: "the same night", "that evening",
# "later that day" (not "the next day", which moves on from it).
_SAME_DAY = re.compile(r"\b(?:the same|that|later that|earlier that)\s+"
                       r"(?:day|night|evening|morning|afternoon)\b", re.I)


def _since(sent: Span, d: Draft) -> bool:
    """"the first strike on the city since January": the date of a comparison, a range's
    start, is not the one the event is told on."""
    if d.date is None:
        return False
    span = sent.doc.char_span(d.date.start, d.date.end, alignment_mode="expand")
    return span is not None and any(t.lower_ == "since"
                                    for t in [span.root, *span.root.ancestors][:3])


def _lent_to_plot(sent: Span, d: Draft, intent: Mapping[str, str]) -> bool:
    """"Police arrested two men on Monday over a plot to attack X", "police foiled the plot
    on Monday": the day of the arrest, charge, foiling or announcement says nothing of
    when the plot was hatched, so a report of its own period ("the plot began in 2022") is
    not another plot. ``intent``: the words of intent that make a plot."""
    if d.type != "plot" or d.date is None:
        return False
    return not plot_own_date(d.date, sent.doc[d.hit.head], intent)


def _plot_pursued_on(ctx: DocContext, sent: Span, d: Draft) -> bool:
    """"Prosecutors on Tuesday charged two men over a plot to kill X", "the plot was
    revealed by police in March": the date is that of an arrest, charge, trial or
    disclosure of the plot, which tells when it came to light, not when it was hatched
    or tried; the report leaves the plot's own time untold. A plot foiled on a day
    ("police foiled the plot on Monday") ends then, and keeps that day."""
    if d.date is None:
        return False
    host = date_host(sent.doc, d.date)
    if host is None or host.pos_ != "VERB":
        return False
    return lemma(host) in DISCLOSING_VERBS or _names_type(ctx, host, "arrest")


def _compared_since(sent: Span, d: Draft) -> bool:
    """"The first attack on the embassy since December": a noun whose "since" date
    follows it measures the time since another act, and dates nothing of its own."""
    if d.date is None or sent.doc[d.hit.head].pos_ not in ("NOUN", "PROPN"):
        return False
    return d.date.start > sent.doc[d.hit.head].idx and _since(sent, d)


def _anaphoric(sent: Span, d: Draft, before: tuple[str, str] | None = None) -> bool:
    """"the attack" with nothing of its own (no date, target or place): a reference back;
    ``before``: the date of the last event of its type told before."""
    tok = sent.doc[d.hit.head]
    # "the attack on the base": a definite target names nothing new either
    definite_target = d.target is not None and d.target.lower().startswith(("the ", "its "))
    if tok.pos_ == "VERB" and (definite_target or _definite_object(tok)) and not d.place and \
            d.date is None and \
            tok.dep_ == "ccomp" and (lemma(tok.head) in CLAIMING_SAYS or
                                     judged_done(tok.head, tok)) and \
            not _hits_launchers(tok) and not _told_as_reply(tok):
        # "X said it had targeted the base": the blow told before, claimed; "said it was
        # likely that X had fired the rockets": the blow told before, laid at X's door
        return True
    if tok.pos_ == "VERB" and not d.place and _told_with_claim(tok) and (
            d.date is None or not tok.left_edge.idx <= d.date.start <= tok.right_edge.idx):
        # "X claimed responsibility, saying it had launched ten drones"; "On Tuesday, X
        # claimed the attack, saying its drones had targeted the palace" (the day is the
        # claim's)
        return True
    if tok.pos_ == "NOUN" and not d.place and d.date is None and _charged_deed(tok):
        return True  # "Pompeo accused Tehran of an unprecedented attack on energy supplies"
    if d.type == "attack" and not d.place and d.date is None and _intercepts(tok) and \
            _stops_told_munitions(tok):
        return True  # "Drones attacked the base. Troops downed both drones": that blow
    if tok.pos_ not in ("NOUN", "PROPN") or (d.target and not definite_target) or d.place:
        return False
    if d.hit.trigger.verbs and d.date is not None:
        return False  # "was placed on the sanctions list in 2019": the verb's act, dated
    if d.date is not None and tok.left_edge.idx <= d.date.start < \
            tok.right_edge.idx + len(tok.right_edge) and not (
                _claimed_on(tok, d.date.start) and _soon_after(before, d.date.value)):
        return False  # "the January 28 attack" has a date of its own
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _told_as_reply(verb: Token) -> bool:
    """"X said it had fired missiles at the carrier in response": a blow told as the
    answer to something told before is a blow of its own, not the one before, claimed."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and lemma(o) in REPRISALS for o in c.children)
        for c in verb.children)


# Nouns of where fire came from: "the launch sites", "the launchers", "its sources".
LAUNCH_PLACES = frozenset({"launcher", "launchpad", "source"})


def _hits_launchers(verb: Token) -> bool:
    """"Israeli artillery hit the launch sites, the army said": a blow at the places the
    fire told before came from answers that fire, a blow of its own, not one told before
    and claimed ("the group said it had targeted the base" is)."""
    return any(lemma(o) in LAUNCH_PLACES or any(
        c.dep_ == "compound" and c.lower_ == "launch" for c in o.children)
        for o in direct_objects(verb))


# Words that point at munitions told before: "downed both drones", "shot down the rockets".
POINTING_BACK = frozenset({"both", "the", "these", "those", "all"})


def _stops_told_munitions(verb: Token) -> bool:
    """Whether an interception stops munitions pointed at as told before ("air defences
    shot down the missiles", "downed both drones"), on no course of their own ("the
    drone heading for the port" tells one)."""
    stopped = acted_on(verb)
    return bool(stopped) and all(
        any(c.dep_ in ("det", "predet") and c.lower_ in POINTING_BACK for c in w.children)
        and not any(c.dep_ in ("acl", "relcl", "prep") for c in w.children)
        for w in stopped)


# Nouns of the responsibility a group takes for a blow ("claimed responsibility").
CREDIT_NOUNS = frozenset({"responsibility", "credit"})


def _told_with_claim(verb: Token) -> bool:
    """"X claimed responsibility, saying it had launched ten drones", "X took credit for
    the blast, adding that its fighters had fired the rockets": a blow a group tells in
    taking responsibility for it is the one its claim refers to, told before."""
    for anc in list(verb.ancestors)[:3]:
        if anc.pos_ == "VERB" and any(c.dep_ == "dobj" and (
                lemma(c) in CREDIT_NOUNS or (lemma(anc) == "claim" and c.pos_ == "NOUN"))
                for c in anc.children):
            return True  # ("claimed the attack, saying its drones had hit X")
    return False


# Verbs that lay a deed at someone's door, with the preposition that names the deed.
CHARGING = {"accuse": "of", "blame": "for", "condemn": "for", "fault": "for"}


# Verbs of doing a deed named by its noun: "launching an attack", "carrying out a bombing".
DEED_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "orchestrate",
                        "perpetrate", "commit", "execute"})


def _definite_object(verb: Token) -> bool:
    """"X said it fired the rockets": a blow dealt with arms named by a definite noun
    deals the arms told before."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and any(
        g.dep_ == "det" and g.lower_ in ("the", "these", "those") for g in c.children)
        for c in verb.children)


# Days after a blow within which a claim of "the attack" told on its own day is its claim.
CLAIM_LAG_DAYS = 2


def _soon_after(before: tuple[str, str] | None, day: str) -> bool:
    """Whether ``day`` is the day of a blow told before (``before``) or one of the few
    after it: "rockets hit the base late on Monday ... X claimed the attack on Tuesday"
    (not "rockets hit Erbil on January 25 ... claimed the attack on Sunday", ten days on)."""
    if before is None or before[1] != "day" or len(day) != 10:
        return False
    try:
        lag = (date.fromisoformat(day) - date.fromisoformat(before[0])).days
    except ValueError:
        return False
    return 0 <= lag <= CLAIM_LAG_DAYS


def _claimed_on(noun: Token, date_start: int) -> bool:
    """"X claimed the attack on Tuesday", "X claimed responsibility for the attack on the
    embassy on Tuesday": a day told after a claimed noun may be the claim's as well as the
    blow's, so it does not make the noun another blow than the one told before (a day told
    before the noun, "the January 28 attack", "Tuesday's attack", is the blow's own)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
            lemma(noun.head.head) in CREDIT_NOUNS:
        verb = noun.head.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return False
    if verb.pos_ != "VERB" or lemma(verb) not in ("claim", "take", "bear", "assume"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and c.idx > noun.idx and
               c.idx <= date_start <= c.right_edge.idx for c in noun.children)


def _charged_deed(noun: Token) -> bool:
    """"Pompeo accused Tehran of an unprecedented attack on the world's oil supply",
    "officials blamed Iran for the drone assault": the deed an accusation names, with no
    place or day of its own, is one the report has told, not another."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.dep_ == "pcomp" and lemma(prep) in DEED_VERBS:
        # "accused Iran of launching an unprecedented attack on the world's energy supply"
        noun, prep = prep, prep.head
    # (an aside on who someone is, "X, which officials accuse of a drone attack on an
    # airport", tells a deed of its own)
    return noun.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and \
        CHARGING.get(lemma(prep.head)) == prep.lower_ and prep.head.pos_ == "VERB" and \
        prep.head.dep_ not in ("relcl", "acl")


# Verbs of saying under which a blow on a definite target, with no place or day of its
# own, is the speaker's account of one told before: "X said it had targeted the base".
CLAIMING_SAYS = frozenset({"say", "claim", "announce", "state", "confirm"})


# Words that tell an occurrence as one more of its kind: "another drone struck",
# "a second strike", "in a separate incident", "separately", "also arrested".
ANOTHER_WORDS = DISTINCT_MARKERS | {"separately", "also", "additional", "further"}
# Where such a word may stand: on the trigger, on its verb, or on a noun its verb takes.
OWN_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def told_as_another(sent: Span, d: Draft) -> bool:
    """"Israeli forces also arrested a man in Nablus", "In a separate strike, a drone
    hit a car in Bint Jbeil", "another drone struck the airport": the text tells this
    occurrence as one more beside one told before, not a repeat of it."""
    tok = sent.doc[d.hit.head]
    verb = governing_verb(tok) or tok
    near = [*tok.children, *verb.children]
    near += [p for c in verb.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj"]
    near += [g for n in near if n.dep_ in OWN_NOUN_DEPS for g in n.children]
    return any(t.lower_ in ANOTHER_WORDS for t in near)


# The most occurrences a counted noun may sum up that a report then tells one by one
# ("claimed two drone attacks" in a summary, each attack in the body).
MAX_TOLD_APART = 9


def occurrences_counted(sent: Span, d: Draft) -> int:
    """How many occurrences a plural noun trigger counts ("claimed three drone attacks"),
    1 for any other trigger or a count too large to be told one by one."""
    tok = sent.doc[d.hit.head]
    if tok.tag_ not in ("NNS", "NNPS"):
        return 1
    n = counted(tok)
    return n if n is not None and 1 < n <= MAX_TOLD_APART else 1


# Verbs by which a blow told as their subject takes its toll ("a strike killed three",
# "the raid claimed five lives", "left two dead").
BLOW_TOLL_VERBS = TOLL_VERBS | {"claim", "leave"}


def _blow_clause(tok: Token) -> list[Token]:
    """The words that tell a blow and what it did: a verb's own clause, or the clause of
    the verb of a toll a noun is the subject of ("an Israeli strike killed one of its
    commanders")."""
    if tok.pos_ == "VERB":
        return list(tok.subtree)
    if tok.dep_ in ("nsubj", "nsubjpass") and lemma(tok.head) in BLOW_TOLL_VERBS:
        return list(tok.head.subtree)
    if any(c.dep_ == "relcl" and lemma(c) in BLOW_TOLL_VERBS for c in tok.children):
        return list(tok.subtree)  # "an Israeli strike that killed a commander"
    return []


def _toll_text(sent: Span, d: Draft, drafts: list[Draft], start: int, end: int) -> str:
    """The words whose figures are ``d``'s toll: its evidence without the clauses of the
    other blows of the sentence ("Hezbollah fired rockets on Wednesday, a day after an
    Israeli strike killed one of its commanders": the one killed is the strike's), and a
    blow told as a noun takes the toll its verb states."""
    doc = sent.doc
    own = doc[d.hit.head]
    text = doc_tokens(doc).text
    chars = list(text[start:end])
    here = _blow_clause(own) if own.pos_ != "VERB" else []
    if here and (here[0].idx < start or here[-1].idx + len(here[-1].text) > end):
        lo, hi = here[0].idx, here[-1].idx + len(here[-1].text)
        start, end, chars = lo, hi, list(text[lo:hi])
    for other in drafts:
        if other is d or other.type not in VIOLENT:
            continue
        clause = _blow_clause(doc[other.hit.head])
        if not clause or own.i in {t.i for t in clause}:
            continue
        for t in clause:
            for i in range(max(t.idx, start), min(t.idx + len(t.text), end)):
                chars[i - start] = " "
    for prep in doc[sent.start:sent.end]:  # "in retaliation for a bombing that killed 32"
        if prep.dep_ == "prep" and prep.lower_ in ANSWERED_PREPS and \
                prep.head.lemma_.lower() in ANSWERING and own not in prep.subtree:
            for t in prep.subtree:
                for i in range(max(t.idx, start), min(t.idx + len(t.text), end)):
                    chars[i - start] = " "
    return "".join(chars)


def _fire_returned_from(ctx: DocContext, d: Draft, others: Sequence[Draft]) -> str | None:
    """The country of the doer of another blow of the sentence that struck in the
    country of ``d``'s doers ("an Israeli strike killed two men, while Hezbollah rockets
    struck X in Israel": the strike fell on the other side, in Lebanon)."""
    own = {c for c in (ctx.country(a) for a in d.all_actors()) if c}
    if not own:
        return None
    for other in others:
        if other is d or other.type not in VIOLENT or other.place is None or \
                other.place.country not in own:
            continue
        theirs = [c for c in (ctx.country(a) for a in other.all_actors()) if c]
        if theirs and not own & set(theirs):
            return theirs[0]
    return None


def _other_blows(sent: Span, d: Draft, drafts: list[Draft]) -> frozenset[int]:
    """The tokens of the clauses of the other blows of the sentence that do not hold
    ``d``'s trigger ("an Israeli strike killed two men, while rockets struck X": the
    rockets' clause, for the strike), or of the other arrests, for an arrest ("police
    detained two men, and a third was later arrested in X")."""
    own = sent.doc[d.hit.head]
    out: set[int] = set()
    for other in drafts:
        if other is d or not (other.type in VIOLENT or other.type == d.type == "arrest"):
            continue
        clause = _blow_clause(sent.doc[other.hit.head])
        if clause and own.i not in {t.i for t in clause}:
            out.update(t.i for t in clause)
    return frozenset(out)


# Plots of which nothing was done: no toll is theirs.
UNDONE_PLOTS = frozenset({"planned", "foiled"})


def to_events(ctx: DocContext, sent: Span, drafts: list[Draft], dates: DateContext,
              index: int, explicit: set[str] | None = None,
              anaphoric: set[str] | None = None, dependent: set[str] | None = None,
              others: set[str] | None = None, counts: dict[str, int] | None = None,
              definite: set[str] | None = None) -> list[Event]:
    """Event records for the drafts of one sentence; the ids of those whose date the
    sentence itself states are added to ``explicit``, of those told as one more of
    their kind to ``others``, of those told by a definite noun to ``definite``, and the
    number of occurrences a counted one sums up to ``counts``."""
    text = ctx.document.text
    events: list[Event] = []
    for d in drafts:
        s, e = _evidence_span(ctx, sent, d, drafts)
        if e <= s:
            continue
        clause = text[s:e]
        asides = hedge_asides(sent, sent.doc[d.hit.head])
        hedges = certainty_of(text_of(sent), allow=("alleged", "assessed", "reported"), skip=asides)
        # "arrested two men suspected of smuggling": the charge is hedged, not the arrest;
        # "rejected the accusations", "vowed to punish X for": what a statement declares.
        plain = certainty_of(text_of(sent), allow=("assessed", "reported"), skip=asides)
        certainty = plain if d.type in ("arrest", "sanction", "statement") else hedges
        if d.type == "plot" and certainty in ("confirmed", "reported", "assessed") and \
                accused_plot(masked(text_of(sent), asides)):
            certainty = "alleged"  # the plot is what its investigators say it was
        elif d.type == "plot" and certainty == "confirmed" and \
                (before := sentence_before(sent)) is not None and \
                accused_plot(text_of(before)) and not accused_plot(text_of(sent)):
            # "Police said they had arrested two men. The men had planned attacks on X":
            # the plot told on from what its investigators said
            certainty = "alleged"
        if d.type == "plot" and certainty == "confirmed" and not settled_plot(text_of(sent)) \
                and not _attempt_of_group(ctx, d):
            # "an Iranian cell planned to bomb the embassy": a plan foiled is known only by
            # the word of those who foiled it, until a court rules or a group's attempt is
            # told done ("in 2021 the militias tried to target Israel with a drone")
            certainty = "alleged"
        if d.type == "transfer" and certainty == "confirmed" and \
                _told_by_others(ctx, sent.doc[d.hit.head], d):
            certainty = "reported"
        if d.claimed_by and set(d.actors) <= set(d.claimed_by) and \
                d.type not in ("statement", "sanction") and not _state_says_done(ctx, d):
            certainty = "claimed"  # only the perpetrator's word
        elif d.type == "attack" and certainty == "confirmed" and not d.all_actors() and \
                _told_as_claim(sent.doc[d.hit.head]):
            certainty = "claimed"  # the word of doers the text does not name
        elif d.type == "attack" and certainty == "confirmed" and d.claimed_by and \
                set(d.claimed_by) <= set(reporting_group(ctx, sent.doc[d.hit.head])):
            certainty = "claimed"  # "X's fighters attacked Y, the Islamic Resistance said"
        elif d.type == "attack" and certainty == "reported" and d.all_actors() and \
                set(d.all_actors()) <= own_statement_sources(ctx, sent):
            certainty = "claimed"  # "according to a statement by X, its fighters struck"
        elif d.type == "attack" and certainty == "reported" and not d.all_actors() and \
                (sources := own_statement_sources(ctx, sent)):
            # "according to a statement by X, two drones hit the base": X's word of a
            # blow it names no doer of is its claim
            d.claimed_by = sorted(sources)
            certainty = "claimed"
        elif d.type == "attack" and certainty == "confirmed" and d.attributed_to and \
                not d.actors and not d.claimed_by and \
                certainty_of(text_of(sent), allow=("alleged",)) == "alleged":
            # "the attack on X, which Washington blamed on Y": its doer is an accusation
            certainty = "alleged"
        elif d.type == "statement" and certainty == "claimed":
            certainty = "confirmed"  # that they declared it is the fact reported
        place = d.place
        country = place.country if place else None
        if place is None or place.lat is None:  # a located sea is in no country
            country, at = unplaced_where(ctx, sent, d, country,
                                         _other_blows(sent, d, drafts), drafts)
            place = at or place
        compared = _compared_since(sent, d)
        # "had taken part in attacks on US troops since October": plural occurrences
        # counted over the span that starts at the "since" date are a campaign, with no
        # one date (while "the first attack since May" compares one occurrence with it)
        spanned = compared and sent.doc[d.hit.head].tag_ in ("NNS", "NNPS")
        if compared:
            d.date = None  # "the first attack on the base since May": May is no date of it
        date, precision = (None, None) if spanned else _date_of(ctx, sent, d, dates, index)
        if explicit is not None and d.date is not None and not _since(sent, d) and \
                not _lent_to_plot(sent, d, ctx.ontology.plot_modifiers):
            explicit.add(event_id(ctx.document.id, d.type, s, e))
        elif explicit is not None and d.date is None and precision == "day" and \
                d.type in VIOLENT and _SAME_DAY.search(clause) and continues_story(ctx, d):
            # "... and rockets were fired at X the same night": a blow told on in a paragraph
            # is set on the day the paragraph told, not on the day of one told before it
            explicit.add(event_id(ctx.document.id, d.type, s, e))
        if anaphoric is not None and _anaphoric(sent, d, dates.anchors.latest(
                frozenset({d.type}))):
            anaphoric.add(event_id(ctx.document.id, d.type, s, e))
        if dependent is not None and continues_story(ctx, d):
            dependent.add(event_id(ctx.document.id, d.type, s, e))
        if definite is not None and recalls(ctx, d):
            definite.add(event_id(ctx.document.id, d.type, s, e))
        if others is not None and told_as_another(sent, d):
            others.add(event_id(ctx.document.id, d.type, s, e))
        if counts is not None and (n := occurrences_counted(sent, d)) > 1:
            counts[event_id(ctx.document.id, d.type, s, e)] = n
        toll = _toll_text(sent, d, drafts, s, e)
        events.append(Event(
            id=event_id(ctx.document.id, d.type, s, e),
            doc_id=ctx.document.id,
            type=d.type,
            evidence=Evidence(ctx.document.id, s, e, clause, ctx.extractor),
            subtype=d.subtype,
            date=date,
            date_precision=precision,
            location=(place.entity_id or place.name) if place else None,
            location_name=place.name if place else None,
            country=country,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            geo_precision=place.precision if place else None,
            actors=with_own_group(ctx, sent.doc[d.hit.head], d.actors)
            if d.type == "statement" else list(d.actors),
            claimed_by=list(d.claimed_by),
            attributed_to=list(d.attributed_to),
            target=d.target,
            target_actors=list(d.target_actors),
            weapon=d.weapon,
            # a plot planned or foiled has killed no one ("tasked with killing a businessman")
            killed=killed_count(toll) if d.type in VIOLENT | {"protest"} and not (
                d.type == "plot" and d.subtype in UNDONE_PLOTS) else None,
            injured=injured_count(toll) if d.type in VIOLENT else None,
            certainty=certainty,
            extractor=ctx.extractor,
        ))
    return events
