"""GeoJSON, Parquet and GraphML writers over :class:`~axiswatch.export.data.ExportData`.

- GeoJSON: a FeatureCollection of the located events (points), each with its
  headline values, actor names and sources (publisher, title, date, url,
  evidence sentence) as properties.
- Parquet: two files for notebooks, ``FILE`` with one row per event and
  ``FILE`` with ``.sources`` before the suffix with one row per source report
  (its own values, document and evidence); list columns stay lists.
- GraphML: the actor network (:mod:`axiswatch.analyze.network`) of the
  selected events, with node measures as attributes.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from axiswatch.export.data import ExportData
from axiswatch.model import ROLE_FIELDS, ROLE_LISTS

EVENT_PROPERTIES = (
    "id", "type", "subtype", "date", "date_precision", "date_start", "date_end",
    "location", "location_name", "country", "geo_precision", *ROLE_FIELDS, "killed", "injured",
    "certainty",
    "n_sources", "summary", "status",
)
LIST_FIELDS = ROLE_LISTS
SOURCE_FIELDS = ("publisher", "title", "published", "url", "source_path", "evidence",
                 "doc_id", "certainty", "killed")


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def to_geojson(data: ExportData) -> str:
    """The located events as a GeoJSON FeatureCollection (text)."""
    features = []
    for ev in data.events:
        if ev.get("lat") is None or ev.get("lon") is None:
            continue
        props = {k: _plain(ev.get(k)) for k in EVENT_PROPERTIES}
        for name in LIST_FIELDS:
            props[f"{name}_names"] = [data.name(e) for e in ev.get(name) or ()]
        props["sources"] = [{k: _plain(s.get(k)) for k in SOURCE_FIELDS}
                            for s in data.sources.get(ev["id"], [])]
        features.append({"type": "Feature", "id": ev["id"],
                         "geometry": {"type": "Point",
                                      "coordinates": [float(ev["lon"]), float(ev["lat"])]},
                         "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features,
                       "properties": {"selection": data.selection}}, ensure_ascii=False)


def sources_path(path: Path) -> Path:
    """Where the sources table goes beside ``path`` (``x.parquet`` -> ``x.sources.parquet``)."""
    return path.with_name(f"{path.stem}.sources{path.suffix or '.parquet'}")


def write_parquet(data: ExportData, path: Path) -> list[Path]:
    """Write the events and the sources tables; the paths written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    str_list = pa.list_(pa.string())
    event_schema = pa.schema([
        *[(k, pa.string()) for k in ("id", "type", "subtype", "date", "date_precision",
                                     "date_start", "date_end", "location", "location_name",
                                     "country", "geo_precision")],
        ("lat", pa.float64()), ("lon", pa.float64()),
        *[(k, str_list) for k in LIST_FIELDS],
        ("target", pa.string()), ("weapon", pa.string()), ("killed", pa.int64()),
        ("injured", pa.int64()), ("certainty", pa.string()), ("n_sources", pa.int64()),
        ("summary", pa.string()), ("status", pa.string()),
    ])
    rows = [{f.name: _plain(ev.get(f.name)) if f.type != str_list else list(ev.get(f.name) or ())
             for f in event_schema} for ev in data.events]
    pq.write_table(pa.Table.from_pylist(rows, schema=event_schema), path)
    source_schema = pa.schema([
        ("event_id", pa.string()), ("source_id", pa.string()), ("doc_id", pa.string()),
        ("publisher", pa.string()), ("title", pa.string()), ("published", pa.string()),
        ("url", pa.string()), ("source_path", pa.string()), ("date", pa.string()),
        ("certainty", pa.string()), ("killed", pa.int64()), ("evidence", pa.string()),
    ])
    src_rows = [{"event_id": ev_id, "source_id": s["id"],
                 **{k: _plain(s.get(k)) for k in source_schema.names
                    if k not in ("event_id", "source_id")}}
                for ev_id, items in sorted(data.sources.items()) for s in items]
    spath = sources_path(path)
    pq.write_table(pa.Table.from_pylist(src_rows, schema=source_schema), spath)
    return [path, spath]


def to_graphml(data: ExportData) -> str:
    """The actor network of the selected events as GraphML text."""
    import networkx as nx

    from axiswatch.analyze.network import build_graph, measures

    graph = build_graph(data.relations, data.events, data.entities)
    stats = measures(graph)
    for node, values in stats.items():
        graph.nodes[node].update(values)
    for _u, _v, d in graph.edges(data=True):
        d["origin"] = d.pop("source")
    buf = io.BytesIO()
    nx.write_graphml(graph, buf)
    return buf.getvalue().decode("utf-8")
