"""Toponym resolution: a table of names, context countries and where they must land."""

from __future__ import annotations

from pathlib import Path

import pytest

from axiswatch.geo import Geocoder, Place, haversine_km, load_geocoder
from axiswatch.geo.gazetteer import Gazetteer, usable_name


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return load_geocoder()


# name, document countries, expected (lat, lon), tolerance km, expected precision
TABLE = [
    ("Ain al-Asad air base", (), (33.79, 42.44), 10, "facility"),
    ("Ayn al Asad", (), (33.79, 42.44), 10, "facility"),
    ("Al-Asad Airbase", ("IQ",), (33.79, 42.44), 10, "facility"),
    ("near Baghdad International Airport", (), (33.26, 44.23), 10, "facility"),
    ("Erbil airport", (), (36.24, 43.96), 10, "facility"),
    ("Harir base", (), (36.54, 44.35), 15, "facility"),
    ("al-Tanf garrison", (), (33.50, 38.62), 15, "facility"),
    ("Tower 22", (), (33.32, 38.69), 15, "facility"),
    ("T-4 airbase", ("SY",), (34.52, 37.63), 10, "facility"),
    ("the US Embassy in Baghdad", (), (33.30, 44.40), 5, "facility"),
    ("western Anbar province", (), (33.35, 42.0), 50, "province"),
    ("Anbar province", ("IQ",), (33.35, 42.0), 50, "province"),
    ("Basra province", (), (30.5, 47.4), 60, "province"),
    ("Deir ez-Zor province", (), (35.0, 40.5), 60, "province"),
    ("west of Deir ez-Zor", (), (35.34, 40.14), 25, "district"),
    ("10 km east of Deir el-Zour", (), (35.34, 40.14), 25, "district"),
    ("the outskirts of Mosul", (), (36.34, 43.12), 25, "district"),
    ("Deir Ezzor", (), (35.34, 40.14), 10, "town"),
    ("Albu Kamal", (), (34.45, 40.92), 10, "town"),
    ("Abu Kamal", ("SY",), (34.45, 40.92), 10, "town"),
    ("Al Bukamal", (), (34.45, 40.92), 10, "town"),
    ("Mayadeen", (), (35.02, 40.45), 10, "town"),
    ("Jurf al-Sakhr", (), (32.87, 44.12), 15, "town"),
    ("Arbil", (), (36.19, 44.01), 10, "town"),
    ("Irbil", ("IQ",), (36.19, 44.01), 10, "town"),
    ("Hewler", (), (36.19, 44.01), 10, "town"),
    ("Sayyida Zeinab", (), (33.44, 36.34), 10, "town"),
    ("Rutba", ("IQ",), (33.04, 40.29), 15, "town"),
    ("Husaybah", (), (34.39, 40.99), 15, "town"),
    ("Baghdad, Iraq", (), (33.34, 44.40), 10, "town"),
    ("Beirut's southern suburbs", (), (33.85, 35.50), 10, "district"),
    ("Almaty", (), (43.25, 76.91), 20, "town"),
    ("Alma-Ata", ("KZ",), (43.25, 76.91), 20, "town"),
    ("Tashkent", (), (41.30, 69.24), 20, "town"),
    ("Buenos Aires", (), (-34.60, -58.38), 20, "town"),
    ("Saada", (), (16.94, 43.76), 15, "town"),
    ("Sidon", ("LB",), (33.56, 35.37), 10, "town"),
    ("the Red Sea", (), (20.0, 38.5), 500, "region"),
    ("in the Gulf of Aden", (), (12.5, 47.5), 300, "region"),
    ("Bab al-Mandab Strait", (), (12.58, 43.33), 50, "region"),
    ("Iraq's Kurdistan region", (), (36.4, 44.4), 100, "region"),
    ("Golan Heights", (), (33.0, 35.75), 30, "region"),
    ("the southern Lebanese town of Khiam", (), (33.33, 35.61), 10, "town"),
    ("the Red Sea port of Hodeidah", (), (14.80, 42.95), 15, "town"),
    ("the Syrian city of Deir ez-Zor", (), (35.34, 40.14), 10, "town"),
    ("the Lebanese capital Beirut", (), (33.89, 35.50), 10, "town"),
    ("the province of Anbar", (), (33.35, 42.0), 50, "province"),
    ("the Iraqi capital", (), (33.34, 44.40), 10, "town"),
    ("Aita al-Shaab", (), (33.10, 35.33), 10, "town"),
    ("Hawija", ("IQ",), (35.33, 43.77), 10, "town"),
    ("Makhmur", (), (35.78, 43.58), 10, "town"),
    ("Shebaa Farms", (), (33.28, 35.74), 20, "region"),
    ("Southern District", (), (30.8, 34.8), 50, "province"),
    ("northern Israel", (), (32.9, 35.4), 60, "region"),
    ("Iraq", (), (33.2, 43.7), 50, "country"),
    # US states (first-level divisions): the state, not a namesake village elsewhere.
    ("Pennsylvania", (), (40.9, -77.8), 50, "province"),
    ("Illinois", ("IQ",), (40.0, -89.2), 100, "province"),
    ("Virginia", (), (37.5, -78.8), 100, "province"),
    ("western Texas", (), (31.0, -99.0), 150, "province"),
    # A thing the gazetteer lacks, named with the town it stands in: the town.
    ("Norway's embassy in Tehran", (), (35.69, 51.39), 10, "town"),
    ("a parked car in western Mosul", (), (36.34, 43.12), 15, "town"),
    ("a wedding hall in the northern town of Tal Afar", (), (36.37, 42.45), 15, "town"),
    ("an apartment block in Beirut's southern suburbs", (), (33.85, 35.50), 10, "district"),
    # A facility the gazetteer lacks, named after the town it serves; a state as the owner.
    ("Dover Air Force Base, Delaware", (), (39.13, -75.47), 5, "facility"),
    ("Ramstein Air Base", ("DE",), (49.44, 7.60), 25, "town"),
    # Towns and districts the pack adds (GeoNames lacks them or spells them otherwise).
    ("Metulla", (), (33.28, 35.58), 10, "town"),
    ("Qalqiliya", (), (32.19, 34.97), 10, "town"),
    ("al-Qayyarah", (), (35.80, 43.29), 10, "town"),
    ("Kafr Souseh", (), (33.50, 36.27), 10, "district"),
    ("Ghobeiri", (), (33.87, 35.50), 10, "district"),
    ("the Rasht cemetery", ("IR",), (37.28, 49.58), 15, "town"),
    # A known site inside the town named with it stays the site.
    ("the Green Zone in Baghdad", (), (33.30, 44.39), 5, "facility"),
    # A town named with its province or region: the town, not the province.
    ("the town of Hit in Anbar province", (), (33.64, 42.83), 10, "town"),
    ("Jurf al-Sakhar in Babil province", (), (32.87, 44.12), 15, "town"),
    ("al-Qaim in western Anbar", (), (34.39, 40.99), 15, "town"),
    ("Sinjar in northern Iraq", (), (36.32, 41.88), 15, "town"),
    # ... but not a namesake far from the province, nor a common noun.
    ("Karbala in Nineveh province", (), (36.2, 42.7), 60, "province"),
    ("a car in Anbar province", (), (33.35, 42.0), 50, "province"),
    # A named part of a town or province: the part, not its owner.
    ("the Tal Afar district of Nineveh", (), (36.37, 42.45), 15, "town"),
    ("the Baiji district of Salahuddin", (), (34.93, 43.49), 15, "town"),
    ("the Kafr Sousa neighbourhood of Damascus", (), (33.50, 36.27), 10, "district"),
    ("the desert of Anbar", (), (33.35, 42.0), 50, "province"),
    # A refugee camp named after its town or quarter.
    ("Jenin refugee camp", (), (32.46, 35.30), 5, "town"),
    ("the Ain al-Hilweh refugee camp", (), (33.54, 35.38), 5, "district"),
    # The east of Syria in reports on strikes there: the Euphrates valley of Deir ez-Zor.
    ("eastern Syria", (), (35.0, 40.5), 50, "region"),
    # Modifiers of a region and a country's parts.
    ("the semi-autonomous Kurdistan region", (), (36.4, 44.4), 100, "region"),
    ("Syria's interior", (), (34.8, 39.0), 50, "country"),
    ("Syria's northeast", (), (34.8, 39.0), 50, "country"),
    # ... or the part the pack knows by its compass word: "Israel's north" is northern
    # Israel, as is "the Israeli north".
    ("Israel's north", (), (32.9, 35.4), 60, "region"),
    ("the Israeli north", (), (32.9, 35.4), 60, "region"),
    ("the Lebanese south", (), (33.25, 35.45), 60, "region"),
    ("the Iraqi west", (), (33.2, 43.7), 50, "country"),
    ("Pakistan's Balochistan province", (), (28.5, 65.5), 50, "province"),
    ("Panjgur", (), (26.97, 64.09), 15, "town"),
    # A town with its state: the town of that state, not the largest namesake.
    ("Springfield, Illinois", (), (39.80, -89.64), 15, "town"),
    ("Arlington, Virginia", (), (38.88, -77.10), 15, "town"),
    # ... but a great city keeps its name.
    ("New York", (), (40.71, -74.01), 10, "town"),
    ("Islamic Republic of Iran", (), (32.4, 53.7), 50, "country"),
]


@pytest.mark.parametrize(("name", "countries", "where", "km", "precision"), TABLE)
def test_resolve_phrase_table(geo: Geocoder, name: str, countries: tuple[str, ...],
                              where: tuple[float, float], km: float, precision: str) -> None:
    place = geo.resolve_phrase(name, countries=countries)
    assert place is not None, name
    assert place.distance_km(*where) <= km, (name, place)
    assert place.precision == precision, (name, place)


@pytest.mark.parametrize(
    ("name", "place_id", "precision"),
    [("northern Iraq", "iraq", "country"), ("west of Baghdad", "baghdad", "district"),
     ("the town of Tyre", "tyre", "town"), ("Iraqi territory", "iraq", "country"),
     ("Syrian airspace", "syria", "country"), ("Iranian territorial waters", "iran", "country")],
)
def test_resolve_accepts_phrases_too(geo: Geocoder, name: str, place_id: str,
                                     precision: str) -> None:
    place = geo.resolve(name)
    assert place is not None and (place.id, place.precision) == (place_id, precision)


def test_context_countries_pick_the_right_namesake(geo: Geocoder) -> None:
    # Two real towns share the name: the document's country decides.
    tripoli_lb = geo.resolve("Tripoli", countries=["LB"])
    tripoli_ly = geo.resolve("Tripoli", countries=["LY"])
    assert tripoli_lb is not None and tripoli_lb.country == "LB"
    assert tripoli_ly is not None and tripoli_ly.country == "LY"
    from_text = geo.resolve("Tripoli", context="Clashes erupted in northern Lebanon on Sunday.")
    assert from_text is not None and from_text.country == "LB"


def test_ambiguous_pack_names_follow_the_documents_country(geo: Geocoder) -> None:
    iraq = geo.resolve("Kurdistan")
    iran = geo.resolve("Kurdistan", countries=["IR"])
    assert iraq is not None and iraq.id == "kurdistan-region"
    assert iran is not None and iran.id == "kurdistan-province"


def test_pack_facilities_win_over_geonames(geo: Geocoder) -> None:
    naive = geo.baseline("Ayn al Asad")
    assert naive is not None and naive.country == "IL"  # the village GeoNames knows
    place = geo.resolve("Ayn al Asad")
    assert place is not None and place.source == "kb" and place.country == "IQ"


def test_baseline_is_the_largest_geonames_place(geo: Geocoder) -> None:
    place = geo.baseline("Baghdad")
    assert place is not None and place.source == "geonames" and place.country == "IQ"
    assert geo.baseline("qqqzzzxx") is None


@pytest.mark.parametrize("name", ["the", "has", "Central", "", "x", "qqqzzzxx land"])
def test_stop_words_and_nonsense_do_not_resolve(geo: Geocoder, name: str) -> None:
    assert geo.resolve(name) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [("Iraqi", "IQ"), ("Iranians", "IR"), ("Iran", "IR"), ("US", "US"), ("U.S.", "US"),
     ("American", "US"), ("Israeli", "IL"), ("Lebanese", "LB"), ("Syrian", "SY"),
     ("Yemeni", "YE"), ("Kazakh", "KZ"), ("the United Kingdom", "GB"), ("British", "GB"),
     ("Peru", "PE"), ("Emirati", "AE"), ("Palestinian", "PS"), ("Baghdad", None),
     ("Hezbollah", None), ("", None)],
)
def test_country_of_names_and_demonyms(geo: Geocoder, text: str, code: str | None) -> None:
    assert geo.country_of(text) == code


def test_countries_in_text(geo: Geocoder) -> None:
    text = "Iraqi militias attacked US forces in Syria, Israeli officials said."
    assert geo.countries_in(text) == ["IQ", "US", "SY", "IL"]


def test_place_and_distance() -> None:
    p = Place("x", "X", 33.0, 44.0, "IQ", "town", "kb")
    assert p.with_precision("district").precision == "district"
    assert haversine_km(33.0, 44.0, 33.0, 44.0) == 0.0
    assert 105 < haversine_km(33.0, 44.0, 34.0, 44.0) < 115
    with pytest.raises(ValueError):
        Place("x", "X", 0, 0, None, "street", "kb")


@pytest.mark.parametrize(
    ("name", "ok"),
    [("Erbil", True), ("Hewler", True), ("the", False), ("Central", False), ("BGW", False),
     ("أربيل", False), ("12", False), ("Al", False)],
)
def test_alternate_name_filter(name: str, ok: bool) -> None:
    assert usable_name(name) is ok


def test_gazetteer_index_is_compact_and_survives_pickling(geo: Geocoder) -> None:
    import pickle

    places, names = geo.gazetteer.size()
    assert places > 200_000 and names > places
    copy = pickle.loads(pickle.dumps(geo.gazetteer))
    assert isinstance(copy, Gazetteer)
    assert copy.lookup("baghdad")[0].country == "IQ"


CITIES = {
    "95446": {"geonameid": 95446, "name": "Erbil", "latitude": 36.19, "longitude": 44.01,
              "countrycode": "IQ", "population": 1612700, "admin1code": "11",
              "alternatenames": ["Arbil", "Hewler", "the", "EBL", "أربيل", "Irbil"]},
    "1": {"geonameid": 1, "name": "Central", "latitude": 1.0, "longitude": 1.0,
          "countrycode": "US", "population": 100, "admin1code": "", "alternatenames": []},
}


def test_index_builds_once_and_filters_names(tmp_path: Path) -> None:
    """The first open builds the index; later opens reuse it; junk names are not indexed."""
    from axiswatch.geo.gazetteer import _build_once

    path = tmp_path / "gaz.sqlite"
    _build_once(path, CITIES)
    built = path.stat().st_mtime_ns
    _build_once(path, CITIES)
    gaz = Gazetteer(path)
    assert path.stat().st_mtime_ns == built
    assert [g.name for g in gaz.lookup("hewler")] == ["Erbil"]
    assert gaz.lookup("erbil")[0].matched_primary and not gaz.lookup("arbil")[0].matched_primary
    assert gaz.lookup("the") == [] and gaz.lookup("ebl") == []
    assert gaz.size() == (2, 5)  # erbil, arbil, hewler, irbil + the primary name "central"
    assert not list(tmp_path.glob("*.tmp"))


def test_forked_worker_opens_its_own_connection(geo: Geocoder) -> None:
    import multiprocessing as mp

    geo.gazetteer.lookup("baghdad")  # the parent holds a connection
    ctx = mp.get_context("fork")
    with ctx.Pool(1) as pool:
        countries = pool.map(_country_of_first, ["baghdad", "beirut"])
    assert countries == ["IQ", "LB"]


def _country_of_first(key: str) -> str:
    return load_geocoder().gazetteer.lookup(key)[0].country


@pytest.mark.parametrize(
    ("name", "country", "gazetteer_name"),
    [("Suwayrah", "IQ", "Aş Şuwayrah"), ("Ain Issa", "SY", "‘Ayn ‘Īsá"),
     ("Busayrah", "SY", "Al Buşayrah")],
)
def test_transliteration_variants_in_the_documents_country(
        geo: Geocoder, name: str, country: str, gazetteer_name: str) -> None:
    place = geo.resolve(name, countries=[country])
    assert place is not None and place.source == "geonames"
    assert (place.name, place.country) == (gazetteer_name, country)


@pytest.mark.parametrize(("name", "country"),
                         [("Hamdan", "SY"), ("Sukkariyah", "SY"), ("Salhiyeh", "SY")])
def test_loose_matches_stay_in_the_documents_countries(geo: Geocoder, name: str,
                                                        country: str) -> None:
    # Their namesakes elsewhere (Hamadan in Iran, Sakarya in Turkey) must not be taken.
    place = geo.resolve(name, countries=[country])
    assert place is None or place.country == country
    assert geo.resolve(name) is None or geo.resolve(name).source == "kb"  # type: ignore[union-attr]


def test_pack_towns_agree_with_geonames(geo: Geocoder) -> None:
    """Where GeoNames knows a pack town (same name, same country) the points are close."""
    from axiswatch.kb.normalize import alias_key

    far = []
    for entry in geo.pack.places():
        if entry.precision not in ("town", "district") or entry.lat is None:
            continue
        names = [entry.name, *(a.text for a in entry.all_aliases())]
        dists = [haversine_km(entry.lat, entry.lon, c.lat, c.lon)  # type: ignore[arg-type]
                 for n in names for c in geo.gazetteer.lookup(alias_key(n))
                 if c.country == entry.country]
        if dists and min(dists) > 15:
            far.append((entry.id, round(min(dists))))
    assert far == []


def test_every_pack_place_resolves_to_itself(geo: Geocoder) -> None:
    wrong = []
    for entry in geo.pack.places():
        place = geo.resolve(entry.name, countries=[entry.country] if entry.country else [])
        if place is None or place.id != entry.id:
            wrong.append((entry.name, place and place.id))
    assert wrong == []


def test_geocoder_pickles(geo: Geocoder) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(geo))
    place = copy.resolve("Hewler")
    assert place is not None and place.id == "erbil"


def test_division_extents_in_one_pass_match_each_division(geo: Geocoder) -> None:
    # The grouped query gives every division the bounds its own query gives.
    extents = geo.gazetteer.admin1_extents("US")
    assert extents
    for code in list(extents)[:5]:
        assert extents[code] == geo.gazetteer.admin1_extent("US", code)


@pytest.mark.parametrize(("phrase", "city"), [
    ("the Saudi capital", "Riyadh"),
    ("Saudi capital", "Riyadh"),
    ("the capital of Saudi Arabia", "Riyadh"),
    ("the Jordanian capital", "Amman"),
    ("Yemen's capital", "Sanaa"),
    ("the Cypriot capital", "Nicosia"),
    ("the Iraqi capital city", "Baghdad"),
])
def test_a_capital_named_by_its_country(geo: Geocoder, phrase: str, city: str) -> None:
    place = geo.resolve(phrase)
    assert place is not None and (place.name, place.precision) == (city, "town")


def test_the_capital_of_a_province_is_not_a_country_capital(geo: Geocoder) -> None:
    place = geo.resolve("the capital of Anbar province")
    assert place is None or place.name != "Baghdad"


def test_a_spelling_slip_keeps_its_compass_words(geo: Geocoder) -> None:
    from axiswatch.geo.geocoder import _bearings

    assert _bearings("north-western Syria") == {"northwest"}
    assert _bearings("Southern Lebanon") == {"south"}
    slip = geo.resolve_phrase("northeastern Syrya")
    assert slip is not None and slip.id == "northeast-syria"
    other = geo.resolve_phrase("south-east Syria")
    assert other is None or other.id != "northeast-syria"


def test_the_northwest_of_syria_is_not_its_northeast(geo: Geocoder) -> None:
    place = geo.resolve_phrase("northwestern Syria")
    assert place is not None and place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, 35.93, 36.63) < 60


def test_a_towns_own_name_beats_a_citys_name_in_another_tongue(geo: Geocoder) -> None:
    # "Mila" is a town of Algeria by its own name, and Milan only in another language.
    mila = geo.resolve("Mila")
    assert mila is not None and mila.country == "DZ"
    # A city known in English by another name keeps it when no town bears the name.
    cologne = geo.resolve("Cologne")
    assert cologne is not None and cologne.country == "DE"
