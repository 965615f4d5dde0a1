"""A city of millions against a namesake town of the theatre (names chosen for these
tests)."""

from __future__ import annotations

import pytest

from axiswatch.geo import Geocoder, load_geocoder


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return load_geocoder()


@pytest.mark.parametrize(("name", "country"), [
    ("Kazan", "RU"),  # not the Turkish town of that name
    ("Philadelphia", "US"),  # not an old name of Amman
    ("San Antonio", "US"),  # not the Paraguayan town
    ("Rotterdam", "NL"),  # a city of note many times the size of the town in New York State
    ("Hanover", "DE"),
    ("Madinah", "SA"),  # not the Iraqi town of that name
])
def test_a_city_of_millions_keeps_its_name(geo: Geocoder, name: str, country: str) -> None:
    place = geo.resolve(name)
    assert place is not None and place.country == country


def test_the_documents_country_still_picks_the_namesake(geo: Geocoder) -> None:
    place = geo.resolve("Tripoli", countries=["LB"])
    assert place is not None and place.country == "LB"
    place = geo.resolve("Kazan", countries=["TR"])
    assert place is not None and place.country == "TR"


def test_a_town_of_note_of_the_theatre_keeps_its_name_against_a_larger_city(
        geo: Geocoder) -> None:
    place = geo.resolve("Hyderabad")  # the city in Sindh, not the larger one in India
    assert place is not None and place.country == "PK"


@pytest.mark.parametrize(("name", "country"), [
    ("Geneva", "CH"),  # not the town in Illinois
    ("Frankfurt", "DE"),  # not Frankfort, Kentucky
    ("Odessa", "UA"),  # not the town in Texas
    ("Manchester", "GB"),  # not the city in New Hampshire
])
def test_a_country_where_the_pack_lists_only_facilities_lends_its_towns_no_weight(
        geo: Geocoder, name: str, country: str) -> None:
    place = geo.resolve(name)
    assert place is not None and place.country == country


def test_facilities_alone_do_not_make_a_country_part_of_the_theatre(geo: Geocoder) -> None:
    assert "US" not in geo.theatre  # an air base and a residence are no detailed coverage
    assert {"SA", "AE", "IQ", "LB"} <= geo.theatre


@pytest.mark.parametrize(("name", "country"), [
    ("Geneva", "CH"),
    ("Paris", "FR"),
    ("Berlin", "DE"),
])
def test_a_small_town_of_a_country_outside_the_theatre_gives_way_to_a_city_of_note(
        geo: Geocoder, name: str, country: str) -> None:
    # A report on Iran that also names the United States ("US forces"): its small
    # towns of these names are still not where the summit or the arrest was.
    place = geo.resolve(name, countries=["IR", "US"])
    assert place is not None and place.country == country


def test_a_town_of_note_of_a_named_country_outside_the_theatre_keeps_its_name(
        geo: Geocoder) -> None:
    place = geo.resolve("Athens", countries=["US"])  # a university town of 127,000
    assert place is not None and place.country == "US"


@pytest.mark.parametrize(("text", "country"), [
    ("German police arrested two men in Frankfurt on Monday over a plot to bomb a "
     "synagogue.", "DE"),
    ("Swiss police detained a diplomat in Geneva on Tuesday.", "CH"),
])
def test_an_arrest_in_a_european_city_is_placed_in_europe(text: str, country: str) -> None:
    from axiswatch.extract.pipeline import Extractor
    from axiswatch.ids import document_id
    from axiswatch.model import Document

    found = Extractor().extract(Document(id=document_id(text), text=text,
                                         published="2025-06-12")).events
    arrests = [e for e in found if e.type == "arrest"]
    assert arrests and arrests[0].country == country


def test_a_dutch_plot_in_rotterdam_is_placed_in_the_netherlands() -> None:
    from axiswatch.extract.pipeline import Extractor
    from axiswatch.ids import document_id
    from axiswatch.model import Document

    text = "Dutch police foiled a plot to bomb a synagogue in Rotterdam on Wednesday."
    found = Extractor().extract(Document(id=document_id(text), text=text,
                                         published="2025-06-12")).events
    plots = [e for e in found if e.type == "plot"]
    assert plots and plots[0].country == "NL"


@pytest.mark.parametrize(("name", "countries", "country"), [
    ("Doha", ["IR"], "QA"),  # a village of Iran bears the name only as another of its names
    ("Doha", ["IR", "US"], "QA"),
])
def test_a_village_known_so_only_by_another_name_gives_way_to_a_city_of_note(
        geo: Geocoder, name: str, countries: list[str], country: str) -> None:
    place = geo.resolve(name, countries=countries)
    assert place is not None and place.country == country



def test_initials_in_capitals_are_no_other_name_of_a_town(geo: Geocoder) -> None:
    place = geo.resolve("HAMAS")  # GeoNames lists "Hamas" as another name of Hamm
    assert place is None or place.country != "DE"
    hamm = geo.resolve("Hamm")
    assert hamm is not None and hamm.country == "DE"


@pytest.mark.parametrize(("name", "country"), [("BEIRUT", "LB"), ("ADEN", "YE")])
def test_a_datelines_town_in_capitals_keeps_its_own_name(
        geo: Geocoder, name: str, country: str) -> None:
    place = geo.resolve(name)
    assert place is not None and place.country == country
