"""The scorer of ``spec/ANNOTATION.md``: pure functions from gold and predictions to figures.

Definitions (each one is tested in ``tests/eval/test_score.py``):

- **Entity linking between prediction and gold.** A predicted entity stands for
  the gold entity with which it shares a name key (:func:`~axiswatch.eval.normalize.name_key`
  of its id, name or any alias); with several candidates, the one sharing most keys.
- **Event match.** Same document, same type, and either the evidence overlaps
  (:func:`~axiswatch.eval.normalize.evidence_overlap`) or the dates agree (±1 day,
  :func:`~axiswatch.eval.normalize.dates_agree`) and the locations agree (the same
  entity by id, name or alias, or within 50 km). Each prediction matches at most
  one gold event and vice versa: pairs are taken greedily, best score first
  (overlapping evidence before date-and-place, then the number of agreeing
  arguments, then document order).
- **Arguments**, over matched pairs: ``date`` right at the gold precision;
  ``location`` the same entity or within 25 km (a missing gold location is
  right only when none is predicted); ``country`` equal; ``actors`` the sets
  ``actors ∪ claimed_by ∪ attributed_to`` equal after linking; ``weapon``
  equal after normalization; ``killed`` and ``certainty`` equal.
- **Relations** match on (subject, predicate, object) after linking;
  ``allied_with`` is symmetric.
- **Linking.** For each gold entity, its aliases are resolved to system entities;
  gold entities and system entities are paired one-to-one, most shared aliases
  first; the entity's score is the share of its aliases resolved to its partner.
  ``linking`` is the mean over gold entities, ``linking_aliases`` over aliases.
- **Geocoding**, over matched pairs whose gold event has coordinates: right when
  the predicted coordinates are within 25 km, 50 km for a province or a region,
  and for a country the predicted country is the gold one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from axiswatch.eval.gold import GoldDoc, GoldEntity, GoldEvent
from axiswatch.eval.normalize import (
    date_correct,
    dates_agree,
    distance_km,
    evidence_overlap,
    name_key,
    name_keys,
    tokens,
    weapon_correct,
)
from axiswatch.model import EVENT_TYPES

MATCH_KM = 50.0
LOCATION_KM = 25.0
GEO_KM = 25.0
GEO_PROVINCE_KM = 50.0
# Place levels geocoded within GEO_PROVINCE_KM: provinces, and regions (no smaller).
WIDE_LEVELS = frozenset({"province", "region"})
ARGUMENTS = ("date", "location", "country", "actors", "weapon", "killed", "certainty")
SYMMETRIC_PREDICATES = frozenset({"allied_with"})

# (document, alias) -> the system entity id the alias resolves to, or None.
Resolver = Callable[[GoldDoc, str], str | None]
# a gold location name -> its level ("country", "province", "town"...) or None.
PlaceLevel = Callable[[str], str | None]


def prf(matched: int, gold: int, predicted: int) -> dict[str, Any]:
    """Precision, recall and F1 with their counts (an empty side scores 0, both empty 1)."""
    if gold == 0 and predicted == 0:
        p = r = f = 1.0
    else:
        p = matched / predicted if predicted else 0.0
        r = matched / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
    }


def share(correct: int, total: int) -> float:
    """``correct / total`` rounded, 0.0 when there is nothing to count."""
    return round(correct / total, 4) if total else 0.0


# --- linking predicted entities to gold entities ---------------------------


def _entity_keys(ent: GoldEntity) -> set[str]:
    return name_keys(ent.names())


def link_entities(gold: GoldDoc, pred: GoldDoc) -> dict[str, str]:
    """Predicted entity id -> the gold entity id it stands for (see the module doc)."""
    known = gold.entity_map()
    gold_keys = [
        (gid, _entity_keys(known[gid]) if gid in known else name_keys([gid]))
        for gid in _referenced_ids(gold)
    ]
    links: dict[str, str] = {}
    ids = {e.id: e for e in pred.entities}
    for ent_id in _referenced_ids(pred):
        keys = _entity_keys(ids[ent_id]) if ent_id in ids else name_keys([ent_id])
        best, best_n = None, 0
        for gid, gkeys in gold_keys:
            n = len(keys & gkeys)
            if n > best_n:
                best, best_n = gid, n
        if best is not None:
            links[ent_id] = best
    return links


def _referenced_ids(doc: GoldDoc) -> list[str]:
    ids = [e.id for e in doc.entities]
    for ev in doc.events:
        ids.extend(ev.all_actors())
        ids.extend(ev.target_actors)
    for rel in doc.relations:
        ids.extend((rel.subject, rel.object))
    return list(dict.fromkeys(ids))


def linked_ids(ids: Iterable[str], links: dict[str, str]) -> set[str]:
    """Predicted ids as gold ids; an id with no gold counterpart is kept apart (never equal)."""
    return {links.get(i, "\x00" + i) for i in ids}


# --- places ----------------------------------------------------------------


def _place_keys(location: str | None, doc: GoldDoc) -> set[str]:
    if not location:
        return set()
    keys = name_keys([location])
    for ent in doc.entities:
        names = _entity_keys(ent)
        if location == ent.id or keys & names:
            keys |= names
    return keys


def _within(a: GoldEvent, b: GoldEvent, km: float) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= km


def location_agrees(g: GoldEvent, gdoc: GoldDoc, p: GoldEvent, pdoc: GoldDoc, km: float) -> bool:
    """Same place entity (id, name or alias) or coordinates within ``km``."""
    if g.location and p.location and _place_keys(g.location, gdoc) & _place_keys(p.location, pdoc):
        return True
    return _within(g, p, km)


# --- events ----------------------------------------------------------------


@dataclass(slots=True)
class _Pair:
    gold: GoldEvent
    pred: GoldEvent
    gdoc: GoldDoc
    pdoc: GoldDoc
    links: dict[str, str] = field(default_factory=dict)


def argument_checks(pair: _Pair) -> dict[str, bool]:
    """Which arguments of a matched pair are right (see the module doc)."""
    g, p = pair.gold, pair.pred
    if g.location:
        location_ok = location_agrees(g, pair.gdoc, p, pair.pdoc, LOCATION_KM)
    else:
        location_ok = not p.location
    return {
        "date": date_correct(g.date, g.date_precision, p.date),
        "location": location_ok,
        "country": (g.country or None) == (p.country or None),
        "actors": set(g.all_actors()) == linked_ids(p.all_actors(), pair.links),
        "weapon": weapon_correct(g.weapon, p.weapon),
        "killed": g.killed == p.killed,
        "certainty": g.certainty == p.certainty,
    }


def match_score(pair: _Pair) -> float:
    """How well a same-type pair matches; 0 when it does not match at all."""
    g, p = pair.gold, pair.pred
    if g.type != p.type:
        return 0.0
    overlap = evidence_overlap(g.evidence, p.evidence)
    if overlap > 0:
        base = 2.0 + overlap
    elif dates_agree(g.date, p.date) and location_agrees(g, pair.gdoc, p, pair.pdoc, MATCH_KM):
        base = 1.0
    else:
        return 0.0
    agreeing = sum(argument_checks(pair).values())
    target = 0.0
    if g.target and p.target:
        gt, pt = set(tokens(g.target)), set(tokens(p.target))
        target = len(gt & pt) / max(1, min(len(gt), len(pt)))
    return base + 0.1 * agreeing / len(ARGUMENTS) + 0.05 * target


def match_events(gdoc: GoldDoc, pdoc: GoldDoc, links: dict[str, str]) -> list[_Pair]:
    """The one-to-one matched pairs of one document (greedy, best score first)."""
    scored: list[tuple[float, int, int, _Pair]] = []
    for gi, g in enumerate(gdoc.events):
        for pi, p in enumerate(pdoc.events):
            pair = _Pair(g, p, gdoc, pdoc, links)
            s = match_score(pair)
            if s > 0:
                scored.append((s, gi, pi, pair))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[_Pair] = []
    for _s, gi, pi, pair in scored:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append(pair)
    return pairs


# --- relations -------------------------------------------------------------


def relation_key(s: str, p: str, o: str) -> tuple[str, str, str]:
    """The comparable form of a triple (symmetric predicates in a fixed order)."""
    if p in SYMMETRIC_PREDICATES and o < s:
        s, o = o, s
    return (s, p, o)


def relation_counts(gdoc: GoldDoc, pdoc: GoldDoc, links: dict[str, str]) -> tuple[int, int, int]:
    """(matched, gold, predicted) distinct relation triples of one document."""
    gold = {relation_key(r.subject, r.predicate, r.object) for r in gdoc.relations}
    pred = {
        relation_key(links.get(r.subject, "\x00" + r.subject), r.predicate,
                links.get(r.object, "\x00" + r.object))
        for r in pdoc.relations
    }
    return len(gold & pred), len(gold), len(pred)


# --- linking ---------------------------------------------------------------


def resolver_from_predictions(pred_by_name: dict[str, GoldDoc]) -> Resolver:
    """Resolve an alias to the predicted entity whose aliases (or name) include it."""

    def resolve(gdoc: GoldDoc, alias: str) -> str | None:
        pdoc = pred_by_name.get(gdoc.doc)
        if pdoc is None:
            return None
        key = name_key(alias)
        for attr in ("aliases", "name"):
            for ent in pdoc.entities:
                names = ent.aliases if attr == "aliases" else [ent.name]
                if key in name_keys(names):
                    return ent.id
        return None

    return resolve


def linking_scores(gdoc: GoldDoc, resolve: Resolver) -> list[tuple[int, int]]:
    """(aliases resolved to the entity's partner, aliases) for each gold entity of a document."""
    aliases = {e.id: list(dict.fromkeys(e.aliases or [e.name])) for e in gdoc.entities}
    resolved = {gid: [resolve(gdoc, a) for a in names] for gid, names in aliases.items()}
    counts: Counter[tuple[str, str]] = Counter()
    for gid, ids in resolved.items():
        for sid in ids:
            if sid is not None:
                counts[(gid, sid)] += 1
    order = {e.id: i for i, e in enumerate(gdoc.entities)}
    partner: dict[str, str] = {}
    taken: set[str] = set()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0][0]], kv[0][1]))
    for (gid, sid), _n in ranked:
        if gid in partner or sid in taken:
            continue
        partner[gid] = sid
        taken.add(sid)
    return [
        (sum(1 for sid in resolved[e.id] if sid is not None and sid == partner.get(e.id)),
         len(aliases[e.id]))
        for e in gdoc.entities
    ]


# --- the whole score -------------------------------------------------------


def _geo_right(pair: _Pair, place_level: PlaceLevel | None) -> bool:
    g, p = pair.gold, pair.pred
    level = place_level(g.location) if (place_level and g.location) else None
    if level == "country":
        return bool(g.country) and g.country == p.country
    km = GEO_PROVINCE_KM if level in WIDE_LEVELS else GEO_KM
    return _within(g, p, km)


def score(
    gold: Sequence[GoldDoc],
    predicted: Sequence[GoldDoc],
    *,
    resolve: Resolver | None = None,
    place_level: PlaceLevel | None = None,
) -> dict[str, Any]:
    """All the figures of ``axiswatch eval`` for ``predicted`` against ``gold``.

    ``predicted`` documents pair with gold ones by ``doc`` name (a gold document
    with no prediction counts as predicting nothing). ``resolve`` resolves a gold
    alias to a system entity for the linking score (default: the predicted
    entity listing it among its aliases); ``place_level`` gives the level of a
    gold location for the geocoding thresholds (default: every place is a town).
    """
    pred_by_name = {d.doc: d for d in predicted}
    resolve = resolve or resolver_from_predictions(pred_by_name)
    all_pairs: list[_Pair] = []
    by_type: dict[str, list[int]] = {}
    rel = [0, 0, 0]
    link_entities_scores: list[float] = []
    link_alias = [0, 0]
    n_gold_events = n_pred_events = 0
    by_document: dict[str, dict[str, Any]] = {}
    for gdoc in gold:
        pdoc = pred_by_name.get(gdoc.doc) or GoldDoc(doc=gdoc.doc)
        links = link_entities(gdoc, pdoc)
        pairs = match_events(gdoc, pdoc, links)
        all_pairs.extend(pairs)
        n_gold_events += len(gdoc.events)
        n_pred_events += len(pdoc.events)
        for ev in gdoc.events:
            by_type.setdefault(ev.type, [0, 0, 0])[1] += 1
        for ev in pdoc.events:
            by_type.setdefault(ev.type, [0, 0, 0])[2] += 1
        for pair in pairs:
            by_type[pair.gold.type][0] += 1
        doc_rel = relation_counts(gdoc, pdoc, links)
        for i, n in enumerate(doc_rel):
            rel[i] += n
        by_document[gdoc.doc] = {
            "events": prf(len(pairs), len(gdoc.events), len(pdoc.events)),
            "relations": prf(*doc_rel),
        }
        for right, total in linking_scores(gdoc, resolve):
            if total:
                link_entities_scores.append(right / total)
                link_alias[0] += right
                link_alias[1] += total

    checks = [argument_checks(p) for p in all_pairs]
    arguments = {a: share(sum(c[a] for c in checks), len(checks)) for a in ARGUMENTS}
    located = [p for p in all_pairs if p.gold.lat is not None and p.gold.lon is not None]
    with_country = [p for p in all_pairs if p.gold.country]
    order = {t: i for i, t in enumerate(EVENT_TYPES)}
    events = prf(len(all_pairs), n_gold_events, n_pred_events)
    events["by_type"] = {
        t: prf(*by_type[t]) for t in sorted(by_type, key=lambda t: (order.get(t, 99), t))
    }
    return {
        "documents": len(gold),
        "events": events,
        "arguments": arguments,
        "arguments_support": len(checks),
        "relations": prf(*rel),
        "linking": round(sum(link_entities_scores) / len(link_entities_scores), 4)
        if link_entities_scores
        else 0.0,
        "linking_aliases": share(*link_alias),
        "linking_entities": len(link_entities_scores),
        "geocoding": {
            "within_25km": share(sum(_geo_right(p, place_level) for p in located), len(located)),
            "country": share(
                sum(p.gold.country == p.pred.country for p in with_country), len(with_country)
            ),
            "located": len(located),
        },
        "by_document": by_document,
    }
