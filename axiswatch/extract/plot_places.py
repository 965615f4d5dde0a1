"""Where a plot was hatched when its own words name no place: where its plotters were
caught.

A plot foiled is told with the arrest that foiled it: "Police arrested two men in X
suspected of plotting an attack on a synagogue", "Security services detained a man in
Y on Monday. He had planned to kill a businessman." The plotters are caught where they
plotted, so a plot its sentence leaves unplaced takes the town of an arrest told in the
same sentence or in the one just before it, in the same paragraph, when the plot's
sentence goes on telling of those caught ("he", "the men", "the suspects"); so does a
charge told in the plot's own sentence ("was charged with arson near a synagogue in X
after he tried to ..."). An arrest in another paragraph, by country only, or a trial
or an extradition (a court sits far from where a plot was hatched) tells nothing of the
plot's place.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from axiswatch.extract.context import DocContext
from axiswatch.extract.triggers import lemma
from axiswatch.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Span

# Precisions of an arrest's place that may place a plot (not a whole country).
_CAUGHT_AT = frozenset({"facility", "town", "district", "province"})
# Words by which a sentence goes on telling of people caught in the one before: "He had
# planned ...", "The suspects were plotting ...", "Officials said the pair ...".
# A charge told in the plot's own sentence names where the deeds charged were done
# ("was charged with arson near a synagogue in X after he tried to ...").
_CHARGES = frozenset({"charges"})
_RECALLING_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
_CAUGHT_NOUNS = frozenset({"man", "woman", "suspect", "pair", "trio", "couple", "cell",
                           "detainee", "accused", "defendant", "national", "citizen"})
_DEFINITE = frozenset({"the", "these", "those", "both", "all"})


def _recalls_caught(sent: Span) -> bool:
    """Whether ``sent`` tells of people named before: a personal pronoun, or a definite
    noun of those caught ("the men", "these suspects")."""
    for tok in sent:
        if tok.lower_ in _RECALLING_PRONOUNS and tok.pos_ == "PRON":
            return True
        if tok.pos_ == "NOUN" and lemma(tok) in _CAUGHT_NOUNS and any(
                c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE for c in tok.children):
            return True
    return False


def _told_of_a_name(ctx: DocContext, plot: Event) -> bool:
    """Whether the plot is told in a relative clause of a name ("arrested outside the home
    of X, whom prosecutors said agents had planned to kidnap"): what is told of someone,
    not the story of the arrest."""
    span = ctx.doc.char_span(plot.evidence.start, plot.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.dep_ == "relcl" and t.head.pos_ == "PROPN"
               for t in [span.root, *span.root.ancestors])


def _caught_where(events: list[Event], plot: Event, sents: list[Span], starts: list[int],
                  text: str) -> Event | None:
    """The last placed arrest told in the plot's sentence, or in the one before it in the
    same paragraph when the plot's sentence tells of those caught, if there is one and
    no other plot is told between them."""
    k = bisect.bisect_right(starts, plot.evidence.start) - 1
    lo = starts[k - 1] if k > 0 and "\n" not in text[starts[k - 1]:starts[k]] and \
        _recalls_caught(sents[k]) else starts[k]
    hi = starts[k + 1] if k + 1 < len(starts) else len(text)
    near = [o for o in events if lo <= o.evidence.start < hi]
    arrests = [o for o in near if o.type == "arrest" and o.lat is not None and (
               o.subtype == "arrest" or (o.subtype in _CHARGES and
               o.evidence.start >= starts[k])) and
               o.geo_precision in _CAUGHT_AT]
    plots = [o for o in near if o.type == "plot" and o is not plot]
    if not arrests or plots:
        return None
    return max(arrests, key=lambda o: o.evidence.start)


def caught_places(ctx: DocContext, events: list[Event]) -> None:
    """Place each plot its sentence leaves unplaced at the town its plotters were
    arrested in, told in its sentence or the one before it (see the module doc), when
    the plot's country, if known, is the town's or only its target's nationality;
    changes ``events`` in place."""
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    text = ctx.document.text
    for ev in events:
        if ev.type != "plot" or ev.location is not None:
            continue
        arrest = None if _told_of_a_name(ctx, ev) else \
            _caught_where(events, ev, sents, starts, text)
        if arrest is None:
            continue
        aimed = {ctx.country(t) for t in ev.target_actors}
        if ev.country not in (None, arrest.country) and ev.country not in aimed:
            continue
        ev.location, ev.location_name = arrest.location, arrest.location_name
        ev.lat, ev.lon, ev.geo_precision = arrest.lat, arrest.lon, arrest.geo_precision
        ev.country = arrest.country
