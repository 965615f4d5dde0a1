"""Attribution chains over stored relations, with evidence and the weakest certainty."""

from __future__ import annotations

from click.testing import CliRunner

from axiswatch.cli.main import cli
from axiswatch.fuse import attribution_chain
from axiswatch.fuse.attribution import chain, descendants, widen
from axiswatch.store import Store
from tests.fixtures.multisource.build import load_into

REL = [
    {"id": "r1", "subject": "front", "predicate": "front_for", "object": "group",
     "certainty": "confirmed", "source": "kb", "evidence": []},
    {"id": "r2", "subject": "group", "predicate": "part_of", "object": "coalition",
     "certainty": "reported", "source": "extracted", "evidence": []},
    {"id": "r3", "subject": "group", "predicate": "sponsored_by", "object": "sponsor",
     "certainty": "alleged", "source": "extracted", "evidence": []},
    {"id": "r4", "subject": "coalition", "predicate": "sponsored_by", "object": "sponsor",
     "certainty": "confirmed", "source": "kb", "evidence": []},
    {"id": "r5", "subject": "group", "predicate": "allied_with", "object": "friend",
     "certainty": "confirmed", "source": "kb", "evidence": []},
]
PREDICATES = ("front_for", "part_of", "member_of", "leader_of", "sponsored_by")


def test_chain_keeps_the_path_with_the_strongest_weakest_link() -> None:
    steps = chain("front", REL, PREDICATES, {"group": "The Group"})
    by_object = {s["object"]: s for s in steps}
    assert set(by_object) == {"group", "coalition", "sponsor"}
    assert by_object["group"]["object_name"] == "The Group"
    # front -> group -> coalition -> sponsor (weakest: reported) beats
    # front -> group -> sponsor (weakest: alleged), although it is longer
    assert by_object["sponsor"]["subject"] == "coalition"
    assert by_object["sponsor"]["path_certainty"] == "reported"
    assert by_object["sponsor"]["depth"] == 3
    assert [s["depth"] for s in steps] == sorted(s["depth"] for s in steps)


def test_widen_and_descendants() -> None:
    assert widen(["front"], REL, ("front_for", "part_of")) == {"front", "group", "coalition"}
    assert descendants("coalition", REL, ("front_for", "part_of")) == {
        "coalition", "group", "front"}


def test_chain_from_the_store_carries_evidence(store: Store) -> None:
    load_into(store)
    steps = attribution_chain(store, "ashab-al-kahf")
    by_object = {s["object"]: s for s in steps}
    assert by_object["kataib-hezbollah"]["predicate"] == "front_for"
    assert by_object["islamic-resistance-in-iraq"]["depth"] == 2
    sponsor = by_object["irgc-quds-force"]
    assert sponsor["path_certainty"] == "assessed"
    assert sponsor["evidence"][0]["publisher"] == "Gulf Wire"
    assert "armed and trained" in sponsor["evidence"][0]["text"]


def test_attribution_command(sqlite_url: str) -> None:
    with Store(sqlite_url) as store:
        load_into(store)
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "attribution", "Ashab al-Kahf"])
    assert result.exit_code == 0, result.output
    assert "front_for" in result.output and "Kata'ib Hezbollah" in result.output
    assert "Gulf Wire" in result.output
    missing = CliRunner().invoke(cli, ["--db", sqlite_url, "attribution", "Nobody At All"])
    assert missing.exit_code == 1
    assert "AW202" in missing.output


def test_a_rejected_relation_leaves_the_chain(sqlite_store: Store) -> None:
    from axiswatch.ids import relation_id
    from axiswatch.store.judgements import record_judgement

    load_into(sqlite_store)
    rel = relation_id("kataib-hezbollah", "sponsored_by", "irgc-quds-force")
    assert "irgc-quds-force" in {s["object"] for s in attribution_chain(sqlite_store,
                                                                         "ashab-al-kahf")}
    with sqlite_store.begin() as conn:
        record_judgement(conn, target_kind="relation", target_id=rel, action="reject",
                         author="tester", reason="one analyst's guess")
    assert "irgc-quds-force" not in {s["object"] for s in attribution_chain(sqlite_store,
                                                                             "ashab-al-kahf")}
