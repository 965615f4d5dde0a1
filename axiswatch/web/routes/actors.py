"""Actors: search by name or alias, one actor with aliases, relations, tempo; the network."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request

from axiswatch.store.judgements import judgements_for
from axiswatch.store.queries import (
    EventFilter,
    count_events,
    entity_names,
    expand_actors,
    get_actor,
    network,
    relations_of,
    search_actors,
    timeline_counts,
)
from axiswatch.web import integrations
from axiswatch.web.errors import ApiError

router = APIRouter(prefix="/api", tags=["actors"])

EntityType = Literal["armed_group", "front_group", "coalition", "state_body", "person",
                     "organization", "facility", "place"]


@router.get("/actors")
def list_actors(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[list[EntityType] | None, Query(max_length=8)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Actors whose name or an alias contains ``q`` (exact alias matches first)."""
    key = integrations.alias_key(q) if q.strip() else ""
    with request.app.state.store.connect() as conn:
        found = search_actors(conn, q, key, types=tuple(type or ()), limit=limit)
    return {"actors": found}


@router.get("/actors/{entity_id}")
def get_actor_detail(
    request: Request, entity_id: Annotated[str, Path(max_length=128)]
) -> dict[str, Any]:
    """An actor with its aliases, its relations (each with evidence), the number of
    events it or its fronts and units act in, their tempo per day, and its chain."""
    store = request.app.state.store
    with store.connect() as conn:
        actor = get_actor(conn, entity_id)
        if actor is None:
            raise ApiError(404, "AW603", f"no actor {entity_id!r}")
        related = relations_of(conn, entity_id)
        group = expand_actors(conn, [entity_id])
        flt = EventFilter(actors=group, limit=0)
        n_events = count_events(conn, flt)
        tempo = timeline_counts(conn, flt)
        judged = judgements_for(conn, "entity", entity_id)
        names = entity_names(conn, group[1:])
    return {
        "actor": actor,
        "relations": related,
        "includes": [{"id": i, "name": names.get(i, i)} for i in group[1:]],
        "events": n_events,
        "tempo": tempo,
        "attribution": integrations.attribution_chain(store, entity_id),
        "judgements": judged,
    }


@router.get("/network")
def get_network(
    request: Request,
    isolated: Annotated[bool, Query(description="keep actors without any edge")] = False,
) -> dict[str, Any]:
    """Actors (groups, fronts, coalitions, sponsors, leaders) and the relations between them:
    the stored and knowledge-pack relations, plus ``claims_for`` edges from events one group
    claimed and the report attributed to another, with each actor's event count and degree."""
    analyze = integrations.optional("axiswatch.analyze.network", "actor_network")
    with request.app.state.store.connect() as conn:
        if analyze is None:
            return network(conn)
        data = analyze(conn)
    edges = [{"id": f"{e['source']}|{e['predicate']}|{e['target']}", "subject": e["source"],
              "object": e["target"], "predicate": e["predicate"],
              "certainty": e.get("certainty") or "confirmed", "source": e.get("origin"),
              "weight": e.get("weight", 1)} for e in data["edges"]]
    linked = {e["subject"] for e in edges} | {e["object"] for e in edges}
    nodes = [n for n in data["nodes"] if isolated or n["id"] in linked]
    return {"nodes": nodes, "edges": edges}
