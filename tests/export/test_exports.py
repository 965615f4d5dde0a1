"""Exports read back: ACLED CSV, GeoJSON, STIX (parsed by stix2), Parquet, GraphML."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
import stix2
from click.testing import CliRunner

import axiswatch.export.stix  # noqa: F401  (registers the custom event object)
from axiswatch.analyze.select import Selection
from axiswatch.cli.main import cli
from axiswatch.errors import AxiswatchError
from axiswatch.export import export
from axiswatch.export.acled import ACLED_COLUMNS
from axiswatch.export.stix import confidence
from axiswatch.fuse import fuse_store
from axiswatch.store import Store
from tests.fixtures.multisource.build import load_into


@pytest.fixture
def fused_url(sqlite_url: str) -> str:
    with Store(sqlite_url) as store:
        load_into(store)
        fuse_store(store)
    return sqlite_url


def _run(url: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", url, "export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_csv_has_the_acled_header_and_types(fused_url: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    _run(fused_url, "--format", "csv", "--out", str(out))
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
        rows = list(reader)
    assert len(rows) == 10
    t22 = next(r for r in rows if r["location"] == "Tower 22")
    assert t22["event_type"] == "Explosions/Remote violence"
    assert t22["sub_event_type"] == "Air/drone strike"
    assert t22["disorder_type"] == "Political violence"
    assert t22["actor1"] == "Islamic Resistance in Iraq"
    assert t22["assoc_actor_1"] == "Kata'ib Hezbollah"
    assert t22["fatalities"] == "2"
    assert t22["country"] == "Jordan" and t22["event_id_cnty"].startswith("JOR")
    assert t22["time_precision"] == "1" and t22["geo_precision"] == "1"
    assert set(t22["source"].split("; ")) == {"Levant Monitor", "Gulf Wire", "Desert Dispatch",
                                              "North Wire"}
    damascus = next(r for r in rows if r["location"] == "Damascus")
    assert damascus["inter1"] == "External/Other forces"  # a foreign state's forces
    assert damascus["admin1"] == "Damascus Governorate"


def test_filters_apply_to_exports(fused_url: str) -> None:
    text = _run(fused_url, "--format", "csv", "--country", "IQ", "--type", "attack")
    rows = list(csv.DictReader(text.splitlines()))
    assert {r["location"] for r in rows} == {"Ain al-Asad Air Base", "Harir Air Base", "Erbil"}


def test_geojson_features_carry_sources(fused_url: str) -> None:
    data = json.loads(_run(fused_url, "--format", "geojson", "--from", "2024-02-01"))
    assert data["type"] == "FeatureCollection"
    conoco = next(f for f in data["features"] if f["properties"]["location"] == "conoco-gas-field")
    assert conoco["geometry"]["coordinates"] == pytest.approx([40.2261, 35.4033])
    assert conoco["properties"]["claimed_by_names"] == ["Ashab al-Kahf"]
    assert {s["publisher"] for s in conoco["properties"]["sources"]} == {"River Post",
                                                                          "Capital Ledger"}


def test_stix_bundle_parses_back(fused_url: str, tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    _run(fused_url, "--format", "stix", "--out", str(out))
    bundle = stix2.parse(out.read_text(encoding="utf-8"), allow_custom=True)
    by_type: dict[str, list[object]] = {}
    for obj in bundle.objects:
        by_type.setdefault(obj["type"], []).append(obj)
    assert len(by_type["x-axiswatch-event"]) == 10
    assert len(by_type["report"]) == 8
    names = {o["name"] for o in by_type["threat-actor"]}
    assert {"Islamic Resistance in Iraq", "Kata'ib Hezbollah"} <= names
    assert "Ashab al-Kahf" in {o["name"] for o in by_type["intrusion-set"]}
    ids = {o["id"] for o in bundle.objects}
    fronts = [r for r in by_type["relationship"] if r["relationship_type"] == "attributed-to"
              and r["source_ref"].startswith("intrusion-set--")]
    assert fronts and all(r["target_ref"] in ids for r in fronts)
    kahf = next(o["id"] for o in by_type["intrusion-set"] if o["name"] == "Ashab al-Kahf")
    kahf_front = [r for r in fronts if r["source_ref"] == kahf]
    assert [r["confidence"] for r in kahf_front] == [confidence("confirmed")] == [85]
    sponsor = [r for r in by_type["relationship"] if r["relationship_type"] == "sponsored-by"
               and r.get("description", "").startswith("Analysts say")]
    assert [r["confidence"] for r in sponsor] == [confidence("assessed")] == [50]
    drone = next(o for o in by_type["attack-pattern"] if o["name"] == "drone")
    users = {r["source_ref"] for r in by_type["relationship"]
             if r["relationship_type"] == "uses" and r["target_ref"] == drone["id"]}
    assert users and users <= ids
    t22 = next(o for o in by_type["x-axiswatch-event"] if o["killed"] == 2)
    sighting = next(o for o in by_type["sighting"]
                    if o["where_sighted_refs"] == [t22["location_ref"]])
    assert sighting["sighting_of_ref"] in ids and sighting["count"] == 1
    assert "protest" not in {o["name"] for o in by_type["attack-pattern"]}
    for report in by_type["report"]:
        assert all(ref in ids for ref in report["object_refs"])
    again = tmp_path / "again.json"
    _run(fused_url, "--format", "stix", "--out", str(again))
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_parquet_reads_back(fused_url: str, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _run(fused_url, "--format", "parquet", "--out", str(out))
    events = pq.read_table(out).to_pylist()
    sources = pq.read_table(tmp_path / "events.sources.parquet").to_pylist()
    assert len(events) == 10 and len(sources) == 16
    t22 = next(e for e in events if e["location"] == "tower-22")
    assert t22["n_sources"] == 4 and t22["killed"] == 2
    assert t22["claimed_by"] == ["islamic-resistance-in-iraq"]
    assert sum(1 for s in sources if s["event_id"] == t22["id"]) == 4


def test_graphml_reads_back(fused_url: str, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    _run(fused_url, "--format", "graphml", "--out", str(out))
    graph = nx.read_graphml(out)
    assert graph.nodes["kataib-hezbollah"]["name"] == "Kata'ib Hezbollah"
    assert graph.has_edge("ashab-al-kahf", "kataib-hezbollah")


def test_parquet_needs_a_file_and_formats_are_checked(fused_url: str) -> None:
    with Store(fused_url) as store, store.connect() as conn:
        with pytest.raises(AxiswatchError, match="AW500 parquet needs"):
            export(conn, "parquet", Selection(), None)
        with pytest.raises(AxiswatchError, match="AW500 unknown export format"):
            export(conn, "xlsx", Selection(), None)


def test_rejected_events_are_not_exported(fused_url: str) -> None:
    from axiswatch.fuse import refresh_event
    from axiswatch.store.judgements import record_judgement

    with Store(fused_url) as store:
        with store.begin() as conn:
            rows = list(csv.DictReader(_run(fused_url, "--format", "csv").splitlines()))
            damascus = next(r for r in rows if r["location"] == "Damascus")
            eid = damascus["tags"].split("axiswatch: ")[1]
            record_judgement(conn, target_kind="event", target_id=eid, action="reject",
                             author="tester")
        refresh_event(store, eid)
    rows = list(csv.DictReader(_run(fused_url, "--format", "csv").splitlines()))
    assert len(rows) == 9 and "Damascus" not in {r["location"] for r in rows}


def test_exports_on_both_backends(store: Store, tmp_path: Path) -> None:
    load_into(store)
    fuse_store(store)
    with store.connect() as conn:
        text, _, n = export(conn, "csv", Selection(actor="Islamic Resistance in Iraq"), None)
        geo, _, _ = export(conn, "geojson", Selection(types=("strike",)), None)
        _, written, _ = export(conn, "parquet", Selection(), tmp_path / "e.parquet")
    assert text is not None and geo is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    # the coalition, its member groups and their façades: the six attacks, no strike
    assert n == len(rows) == 6
    assert {f["properties"]["type"] for f in json.loads(geo)["features"]} == {"strike"}
    assert pq.read_table(written[0]).num_rows == 10


def test_an_unwritable_output_is_a_clear_error(fused_url: str, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "events.csv"
    result = CliRunner().invoke(cli, ["--db", fused_url, "export", "--format", "csv",
                                      "--out", str(missing)])
    assert result.exit_code == 1
    assert f"AW505 {missing}" in result.output
