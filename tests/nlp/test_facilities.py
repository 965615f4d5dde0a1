"""A facility named by its kind and its town links to the facility the pack knows
(sentences invented for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.ids import document_id
from axiswatch.model import Document


def _mentions(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = Document(id=document_id(text), text=text, published="2024-03-01")
    return {m.text: m.entity_id for m in extractor.extract(doc).mentions}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Rockets struck the airport of Erbil on Monday.", "airport of Erbil",
     "erbil-international-airport"),
    ("Drones hit the international airport of Erbil overnight.",
     "international airport of Erbil", "erbil-international-airport"),
    ("A drone exploded near Baghdad's airport on Wednesday.", "Baghdad's airport",
     "baghdad-international-airport"),
    ("Jets bombed the port of Hodeidah on Friday.", "port of Hodeidah", "hodeidah-port"),
    # "the city's airport": the airport of the town named last.
    ("Sirens sounded in Baghdad on Monday. A drone fell near the city's airport.",
     "city's airport", "baghdad-international-airport"),
])
def test_an_airport_or_port_named_by_its_town(extractor: Extractor, text: str, surface: str,
                                              expected: str) -> None:
    assert _mentions(extractor, text).get(surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # A town whose airport the pack does not know stays the town.
    ("Rockets struck the airport of Kirkuk on Monday.", "Kirkuk", "kirkuk"),
    # A country's "airport" is no facility of a town.
    ("Officials said Iraq's airports stayed open.", "Iraq", "iraq"),
])
def test_no_facility_the_pack_does_not_know(extractor: Extractor, text: str, surface: str,
                                           expected: str) -> None:
    assert _mentions(extractor, text).get(surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # The definite head of a descriptive name names that place again.
    ("A strike hit a building in the southern suburbs of Beirut on Friday. Jets kept "
     "striking the southern suburbs overnight.", "southern suburbs", "dahiyeh"),
    ("Rockets struck the airport of Erbil on Monday. Officials said the airport was closed.",
     "airport", "erbil-international-airport"),
])
def test_a_definite_head_names_the_place_again(extractor: Extractor, text: str, surface: str,
                                               expected: str) -> None:
    assert _mentions(extractor, text).get(surface) == expected


@pytest.mark.parametrize(("text", "surface"), [
    # One word that is no facility noun: "the Gulf" is not the Gulf of Oman.
    ("A tanker was seized in the Gulf of Oman. Shipping in the Gulf slowed.", "Gulf"),
    # A head followed by "of" names another place; a compound names another thing.
    ("Rockets struck the airport of Erbil. Later a drone fell on the airport road.",
     "airport"),
])
def test_no_definite_head_reference(extractor: Extractor, text: str, surface: str) -> None:
    assert _mentions(extractor, text).get(surface) in (None, "persian-gulf")



@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Drones hit the Saudi capital on Saturday.", "the Saudi capital", "riyadh"),
    ("Police in Yemen's capital arrested two men.", "Yemen's capital", "sanaa"),
    ("A rocket landed in the capital of Iraq on Monday.", "the capital of Iraq", "baghdad"),
    ("Iraqi police raided a house in Basra. Two rockets landed in the capital on Tuesday.",
     "the capital", "baghdad"),
])
def test_a_capital_named_by_its_country_links_to_the_city(extractor: Extractor, text: str,
                                                         surface: str, expected: str) -> None:
    assert _mentions(extractor, text).get(surface) == expected


def test_a_capital_followed_by_its_name_is_left_to_the_name(extractor: Extractor) -> None:
    found = _mentions(extractor, "The Lebanese capital, Beirut, was hit on Monday.")
    assert found.get("Beirut") == "beirut"
    assert "The Lebanese capital" not in found


@pytest.mark.parametrize(("text", "surface"), [
    # a name and a site noun are one facility, even with no town after them
    ("Drones hit the Safaniya oil field on Saturday.", "Safaniya oil field"),
    ("Pilgrims gathered at the Imam Ali shrine on Friday.", "Imam Ali shrine"),
    ("Rockets struck the Baiji refinery overnight.", "Baiji refinery"),
])
def test_a_name_and_a_site_noun_are_one_facility(extractor: Extractor, text: str,
                                                 surface: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-03-01")
    ex = extractor.extract(doc)
    linked = {m.text: m.entity_id for m in ex.mentions}
    types = {e.id: e.type for e in ex.entities}
    assert surface in linked
    assert types.get(linked[surface] or "") == "facility"
