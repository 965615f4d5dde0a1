"""The actor network: who sponsors, fronts for, belongs to and claims for whom.

Nodes are the entities that appear in relations (the pack's and extracted
ones) or as actors of events; edges are those relations (``sponsored_by``,
``front_for``, ``part_of``, ``leader_of``, ``member_of``, ``allied_with``,
``founded_by``, ``designated_by``) plus ``claims_for`` edges derived from
events that one group claimed and the report attributed to another. Each
node carries its degree, in/out degree, betweenness centrality (networkx,
normalized, on the undirected graph) and the number of events it is an
actor, claimant or attributed actor of.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx
import sqlalchemy as sa

NETWORK_PREDICATES = ("sponsored_by", "front_for", "part_of", "leader_of", "member_of",
                      "allied_with", "founded_by", "designated_by")
ACTOR_FIELDS = ("actors", "claimed_by", "attributed_to")


Activity = tuple[Mapping[str, int], Mapping[tuple[str, str], int]]


def activity_of(events: Iterable[Mapping[str, Any]]) -> Activity:
    """Events per actor, and (claimant, attributed group) pairs with their event counts."""
    activity: Counter[str] = Counter()
    claims: Counter[tuple[str, str]] = Counter()
    for ev in events:
        seen: set[str] = set()
        for name in ACTOR_FIELDS:
            seen.update(ev.get(name) or ())
        activity.update(seen)
        for claimant in set(ev.get("claimed_by") or ()):
            for holder in set(ev.get("attributed_to") or ()):
                if claimant != holder:
                    claims[(claimant, holder)] += 1
    return activity, claims


def build_graph(relations: Iterable[Mapping[str, Any]],
                events: Iterable[Mapping[str, Any]] | Activity,
                entities: Mapping[str, Mapping[str, Any]]) -> nx.MultiDiGraph:
    """The network as a networkx multigraph (pure); ``events`` may be their :func:`activity_of`."""
    graph = nx.MultiDiGraph()
    if isinstance(events, tuple):
        activity, claims = events
    else:
        activity, claims = activity_of(events)

    def add(node: str) -> None:
        if node not in graph:
            info = entities.get(node, {})
            graph.add_node(node, name=info.get("name") or node, type=info.get("type") or "",
                           country=info.get("country") or "")

    for rel in relations:
        if rel["predicate"] not in NETWORK_PREDICATES:
            continue
        add(rel["subject"])
        add(rel["object"])
        graph.add_edge(rel["subject"], rel["object"], key=rel["predicate"],
                       predicate=rel["predicate"], certainty=rel.get("certainty") or "",
                       source=rel.get("source") or "", weight=1,
                       evidence=len(rel.get("evidence") or ()))
    for (claimant, holder), count in sorted(claims.items()):
        add(claimant)
        add(holder)
        graph.add_edge(claimant, holder, key="claims_for", predicate="claims_for",
                       certainty="", source="events", weight=count, evidence=count)
    for node in sorted(activity):
        add(node)
    for node in graph.nodes:
        graph.nodes[node]["events"] = activity.get(node, 0)
    return graph


def measures(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Degree, in/out degree and betweenness per node."""
    simple = nx.Graph(graph.to_undirected())
    between = nx.betweenness_centrality(simple, normalized=True) if len(simple) > 2 else {}
    return {
        node: {"degree": simple.degree(node), "in_degree": graph.in_degree(node),
               "out_degree": graph.out_degree(node),
               "betweenness": round(between.get(node, 0.0), 4)}
        for node in graph.nodes
    }


def network_data(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """``{"nodes": [...], "edges": [...]}`` ready for JSON and the page.

    An edge's ``source``/``target`` are its endpoints (the graph-library
    convention); ``origin`` says where it comes from (``kb``, ``extracted``, ``events``).
    """
    stats = measures(graph)
    nodes = [{"id": n, **graph.nodes[n], **stats[n]} for n in sorted(graph.nodes)]
    edges = [{"source": u, "target": v, "predicate": d["predicate"],
              "certainty": d["certainty"], "origin": d["source"], "weight": d["weight"],
              "evidence": d["evidence"]}
             for u, v, d in graph.edges(data=True)]
    edges.sort(key=lambda e: (e["source"], e["target"], e["predicate"]))
    return {"nodes": nodes, "edges": edges}


def actor_network(conn: sa.Connection, *, events: Sequence[Mapping[str, Any]] | None = None
                  ) -> dict[str, list[dict[str, Any]]]:
    """The actor network of the store as data for the page: nodes with measures, edges.

    Without ``events`` the activity counts come from the store's actor index in SQL
    (every event that is not rejected), so the whole store is never loaded.
    """
    from axiswatch.fuse.run import entity_names, known_relations
    from axiswatch.store.analytics import actor_activity
    from axiswatch.store.fusion import entity_records

    relations = known_relations(conn)
    source: Sequence[Mapping[str, Any]] | Activity = (
        actor_activity(conn) if events is None else events)
    records: dict[str, dict[str, Any]] = {k: dict(v) for k, v in entity_records(conn).items()}
    for eid, name in entity_names(conn).items():
        records.setdefault(eid, {"name": name})
    return network_data(build_graph(relations, source, records))
