"""The pack in the store: sync round trip, idempotence, candidates, look-ups."""

from __future__ import annotations

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from axiswatch.ids import digest
from axiswatch.kb import alias_key, load_pack
from axiswatch.model import Entity
from axiswatch.store import Store
from axiswatch.store.entities import (
    count_entities,
    find_entities,
    get_entity,
    list_entities,
    sync_pack,
    upsert_entities,
)
from axiswatch.store.schema import aliases, entities, relations


def _snapshot(store: Store) -> tuple[list[tuple[object, ...]], ...]:
    with store.connect() as conn:
        ents = conn.execute(sa.select(entities.c.id, entities.c.name, entities.c.type,
                                      entities.c.country, entities.c.source, entities.c.lat,
                                      entities.c.lon).order_by(entities.c.id)).all()
        als = conn.execute(sa.select(aliases).order_by(aliases.c.entity_id,
                                                       aliases.c.norm)).all()
        rels = conn.execute(sa.select(relations.c.id, relations.c.subject, relations.c.predicate,
                                      relations.c.object, relations.c.certainty,
                                      relations.c.valid_from, relations.c.valid_to)
                            .order_by(relations.c.id)).all()
    return [tuple(r) for r in ents], [tuple(r) for r in als], [tuple(r) for r in rels]


def test_sync_pack_round_trip_and_idempotent(store: Store) -> None:
    pack = load_pack()
    with store.begin() as conn:
        counts = sync_pack(conn, pack)
    assert counts["entities"] == len(pack.entries)
    assert counts["relations"] == len(pack.relations)
    first = _snapshot(store)
    with store.begin() as conn:
        sync_pack(conn, pack)
    assert _snapshot(store) == first
    ents, als, rels = first
    assert len(ents) == len(pack.entries) and len(rels) == len(pack.relations)
    assert len(als) == counts["aliases"]
    with store.connect() as conn:
        kh = get_entity(conn, "kataib-hezbollah")
        assert kh is not None
        assert kh["type"] == "armed_group" and kh["source"] == "kb" and kh["country"] == "IQ"
        assert "Hezbollah Brigades" in kh["aliases"] and "45th PMF Brigade" in kh["aliases"]
        assert kh["attrs"]["source_note"].startswith("US State Dept FTO designation")
        hezbollah = get_entity(conn, "hezbollah")
        assert hezbollah is not None and hezbollah["attrs"]["wikidata"] == "Q41053"
        assert {"by": "united-states", "list": "FTO", "year": 2009} in kh["attrs"]["designations"]
        base = get_entity(conn, "ain-al-asad-air-base")
        assert base is not None and abs(base["lat"] - 33.79) < 0.1
        assert get_entity(conn, "no-such-entity") is None
        rel = conn.execute(sa.select(relations).where(
            relations.c.subject == "qassem-soleimani", relations.c.predicate == "leader_of",
            relations.c.object == "quds-force")).mappings().one()
        assert (rel["source"], rel["valid_to"], rel["status"]) == ("kb", "2020-01-03", "confirmed")


def test_find_entities_by_alias_then_fuzzy(store: Store) -> None:
    with store.begin() as conn:
        sync_pack(conn, load_pack())
    with store.connect() as conn:
        exact = find_entities(conn, "Kata’ib Hizballah")
        assert [r["id"] for r in exact][:1] == ["kataib-hezbollah"] and exact[0]["score"] == 100
        by_id = find_entities(conn, "asaib-ahl-al-haq")
        assert by_id[0]["id"] == "asaib-ahl-al-haq"
        fuzzy = find_entities(conn, "Asaib Ahel al-Haq")
        assert fuzzy and fuzzy[0]["id"] == "asaib-ahl-al-haq" and 85 <= fuzzy[0]["score"] < 100
        assert find_entities(conn, "zzqq unknown") == []
        assert find_entities(conn, "") == []


def test_candidates_never_overwrite_the_pack(store: Store) -> None:
    with store.begin() as conn:
        sync_pack(conn, load_pack())
        upsert_entities(conn, [
            Entity("kataib-hezbollah", "Wrong Name", "person", aliases=["KH Cell"]),
            Entity("al-warithin-group", "Al-Warithin Group", "armed_group", "IQ",
                   aliases=["Warithin"]),
        ], source="extracted")
        upsert_entities(conn, [Entity("al-warithin-group", "Al-Warithin Group", "armed_group",
                                      "IQ", aliases=["Warithin", "Warithin Brigades"])],
                        source="extracted")
    with store.connect() as conn:
        kh = get_entity(conn, "kataib-hezbollah")
        assert kh is not None and kh["name"] == "Kata'ib Hezbollah" and kh["source"] == "kb"
        assert "KH Cell" in kh["aliases"]
        cand = get_entity(conn, "al-warithin-group")
        assert cand is not None and cand["source"] == "extracted"
        assert find_entities(conn, "Warithin")[0]["id"] == "al-warithin-group"
        n_kb = count_entities(conn, source="kb")
        assert count_entities(conn) == n_kb + 1
        assert count_entities(conn, source="extracted") == 1
    # A later pack sync leaves the candidate and its aliases alone.
    with store.begin() as conn:
        sync_pack(conn, load_pack())
    with store.connect() as conn:
        cand = get_entity(conn, "al-warithin-group")
        assert cand is not None and "Warithin Brigades" in cand["aliases"]


def test_sync_removes_what_left_the_pack(store: Store) -> None:
    pack = load_pack()
    with store.begin() as conn:
        sync_pack(conn, pack)
        conn.execute(relations.insert().values(
            id="rel-old", subject="hezbollah", predicate="allied_with", object="hamas",
            certainty="confirmed", source="kb", status="confirmed",
            updated_at=sa.func.now()))
        conn.execute(aliases.insert().values(entity_id="hezbollah", norm="old alias",
                                             alias="Old Alias", source="kb"))
        sync_pack(conn, pack)
    with store.connect() as conn:
        assert conn.execute(sa.select(relations).where(relations.c.id == "rel-old")).first() is None
        assert conn.execute(sa.select(aliases).where(aliases.c.norm == "old alias")).first() is None


def test_list_entities_filters(store: Store) -> None:
    with store.begin() as conn:
        sync_pack(conn, load_pack())
    with store.connect() as conn:
        people = list_entities(conn, type="person", limit=500)
        assert people and all(p["type"] == "person" for p in people)
        assert any(p["id"] == "qassem-soleimani" for p in people)
        iraq = list_entities(conn, country="IQ", type="facility", limit=500)
        assert {"ain-al-asad-air-base", "harir-air-base"} <= {r["id"] for r in iraq}
        page = list_entities(conn, limit=5, offset=5)
        assert len(page) == 5
        names = [r["name"] for r in list_entities(conn, limit=50)]
        assert names == sorted(names)


_NAMES = st.text(alphabet=st.sampled_from(list("abcdehiklmnoqrstuyz AKQ'’-ā")), min_size=3,
                 max_size=24).filter(lambda s: len(alias_key(s)) >= 3)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_NAMES, aliases=st.lists(_NAMES, max_size=4))
def test_candidate_round_trip(sqlite_store: Store, name: str, aliases: list[str]) -> None:
    """Any candidate comes back with its name, and each alias finds it by key."""
    entity_id = "cand-" + digest(name, *aliases, length=10)
    with sqlite_store.begin() as conn:
        upsert_entities(conn, [Entity(entity_id, name, "armed_group", aliases=aliases)],
                        source="extracted")
    with sqlite_store.connect() as conn:
        row = get_entity(conn, entity_id)
        assert row is not None and row["name"] == name and row["source"] == "extracted"
        stored_keys = {alias_key(a) for a in [row["name"], *row["aliases"]]}
        assert {alias_key(a) for a in [name, *aliases]} == stored_keys
        for alias in aliases:
            assert entity_id in [r["id"] for r in find_entities(conn, alias)]
