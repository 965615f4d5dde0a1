"""Entity linking: pack aliases, fuzzy spellings, coreference inside a document,
candidates for names the pack does not know (names invented for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.ids import document_id
from axiswatch.model import Document
from axiswatch.nlp.linking import candidate_type
from axiswatch.nlp.text import fold_quotes

TEXT = (
    "Colonel Ahmad Karimi, also known as Abu Zaid, commands the Tigris Brigade. "
    "The Popular Mobilization Forces (PMF) held a parade in Baghdad. "
    "Kata’ib Hezbollah and Kataib Hizbollah are spelled two ways. "
    "Karimi later met PMF officials."
)


@pytest.fixture(scope="module")
def linked(extractor: Extractor) -> tuple[Extractor, Document, dict[str, str | None]]:
    doc = Document(id=document_id(TEXT), text=TEXT, published="2024-02-08")
    ex = extractor.extract(doc)
    by_text = {m.text: m.entity_id for m in ex.mentions}
    for m in ex.mentions:
        assert TEXT[m.start:m.end] == fold_quotes(TEXT)[m.start:m.end] or \
            fold_quotes(TEXT[m.start:m.end]) == m.text
    return extractor, doc, by_text


def test_pack_aliases_and_spellings_link_to_one_entity(linked: tuple) -> None:  # type: ignore[type-arg]
    extractor, doc, _ = linked
    assert extractor.link("Kata’ib Hezbollah", doc.id) == "kataib-hezbollah"
    assert extractor.link("Kataib Hizbollah", doc.id) == "kataib-hezbollah"
    assert extractor.link("Kataib al-Hezbollah") == "kataib-hezbollah"
    assert extractor.link("Popular Mobilization Forces", doc.id) == \
        extractor.link("PMF", doc.id)


def test_coreference_inside_a_document(linked: tuple) -> None:  # type: ignore[type-arg]
    extractor, doc, by_text = linked
    karimi = extractor.link("Ahmad Karimi", doc.id)
    assert karimi == "ahmad-karimi"
    assert extractor.link("Karimi", doc.id) == karimi  # a surname after the full name
    assert extractor.link("Colonel Ahmad Karimi", doc.id) == karimi  # with the title
    assert extractor.link("Abu Zaid", doc.id) == karimi  # "also known as"
    assert by_text.get("Karimi") == karimi


def test_candidates_are_typed_from_label_and_cue_words(linked: tuple) -> None:  # type: ignore[type-arg]
    _, _, by_text = linked
    assert by_text.get("Tigris Brigade") == "tigris-brigade"
    assert candidate_type("ORG", "Tigris Brigade") == "armed_group"
    assert candidate_type("ORG", "Ministry of Interior") == "state_body"
    assert candidate_type("ORG", "Al-Nour University") == "organization"
    assert candidate_type("ORG", "Milad Hospital") == "facility"
    assert candidate_type("PERSON", "Ahmad Karimi") == "person"
    assert candidate_type("GPE", "Kirkuk") == "place"


@pytest.mark.parametrize(("surface", "entity_id"), [
    ("Supreme National Security Council", "supreme-national-security-council"),
    ("the Supreme National Security Council", "supreme-national-security-council"),
    ("General Esmail Qaani", "esmail-qaani"),
    ("Supreme Leader Ali Khamenei", "ali-khamenei"),
])
def test_a_title_word_opening_a_name_is_dropped_only_when_the_whole_name_is_unknown(
        extractor: Extractor, surface: str, entity_id: str) -> None:
    """"Supreme" opens a title ("Supreme Leader") and a body's name alike: the
    name the pack knows whole is never cut down to a shorter body's name."""
    assert extractor.link(surface) == entity_id


def test_a_name_with_its_place_links_to_the_name(linked: tuple) -> None:  # type: ignore[type-arg]
    extractor, doc, _ = linked
    assert extractor.link("Kataib Hezbollah in Iraq", doc.id) == "kataib-hezbollah"


@pytest.mark.parametrize(("surface", "name"), [
    ("Mazzeh district", "Mazzeh"),
    ("Zahedan city", "Zahedan"),
    ("the Karrada neighbourhood", "Karrada"),
])
def test_a_place_named_with_its_kind_links_to_the_place(
        extractor: Extractor, surface: str, name: str) -> None:
    assert extractor.link(surface) is not None
    assert extractor.link(surface) == extractor.link(name)


def test_a_kind_noun_after_a_name_of_the_document_links_to_that_name(extractor: Extractor) -> None:
    text = "A rocket hit a house in Kafr Azran, south of Aleppo."
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    town = next(m.entity_id for m in ex.mentions if m.text == "Kafr Azran")
    assert extractor.link("Kafr Azran district", doc.id) == town
    assert extractor.link("Zzyzx district", doc.id) is None


def test_unknown_surface_links_to_nothing(linked: tuple) -> None:  # type: ignore[type-arg]
    extractor, doc, _ = linked
    assert extractor.link("Zzyzx Qwerty Front", doc.id) is None


def test_fold_quotes_keeps_length() -> None:
    text = "Kata’ib “Hezbollah” — 2024 – ‘x’"
    assert len(fold_quotes(text)) == len(text)
    assert fold_quotes(text) == "Kata'ib \"Hezbollah\" , 2024 - 'x'"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ('The cleric ordered the formation of "Night Tribunals" to try the captives.',
         "Night Tribunals", "night-tribunals"),
        ("Volunteers from the Mothers of Karbala gathered outside.", "Mothers of Karbala",
         "mothers-of-karbala"),
        ("Gunmen fired at the Jewish Agency offices.", "Jewish Agency", "jewish-agency"),
        ("Kurdish Red Crescent teams reached the town.", "Kurdish Red Crescent",
         "kurdish-red-crescent"),
        # A name that begins with a country the pack knows is the whole name.
        ("The missile downed a Ukraine International Airlines flight over Tehran.",
         "Ukraine International Airlines", "ukraine-international-airlines"),
        ("Kuwait Oil Tanker Company said its ship was hit.", "Kuwait Oil Tanker Company",
         "kuwait-oil-tanker-company"),
        # The NER kept the "of" and cut the name after it.
        ("Washington blacklisted the Central Bank of Syria again.", "Central Bank of Syria",
         "central-bank-of-syria"),
    ],
)
def test_names_the_statistical_ner_misses(extractor: Extractor, text: str, surface: str,
                                          expected: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    assert extractor.link(surface, doc.id) == expected
    assert any(m.text == surface and m.entity_id == expected for m in ex.mentions)


def test_a_country_before_a_title_stays_the_country(extractor: Extractor) -> None:
    text = "Iraq Prime Minister Mohammed Shia al-Sudani flew to Tehran."
    ex = extractor.extract(Document(id=document_id(text), text=text, published="2024-02-08"))
    assert next((m.text, m.entity_id) for m in ex.mentions) == ("Iraq", "iraq")


def test_titles_are_not_people(extractor: Extractor) -> None:
    text = ("Supreme Leader Ali Khamenei spoke. Ayatollah Ruhollah Khomeini, then-Supreme "
            "Leader, issued a fatwa. The Prime Minister said nothing.")
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    linked = {m.text: m.entity_id for m in ex.mentions}
    assert "Leader" not in linked and "Prime Minister" not in linked
    assert extractor.link("Ayatollah Ruhollah Khomeini", doc.id) == "ruhollah-khomeini"


def test_forces_of_a_country_resolve_to_the_country_when_the_pack_has_no_name() -> None:
    from axiswatch.kb.pack import load_pack
    from axiswatch.nlp.linking import Linker

    linker = Linker(load_pack())
    assert linker.state_forces("Turkish warplanes") == "turkey"
    assert linker.state_forces("Iranian troops") == "iran"
    assert linker.state_forces("Kataib Hezbollah fighters") is None
    assert linker.state_forces("Tehran") is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # A town the NER took for a people, in a country the report has named.
    ("Iranian guards clashed with gunmen near Saravan in the southeast on Monday.",
     "Saravan", "saravan"),
])
def test_a_town_taken_for_a_people_is_a_town(extractor: Extractor, text: str, surface: str,
                                             expected: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    by_text = {m.text: m.entity_id for m in extractor.extract(doc).mentions}
    assert by_text.get(surface) == expected


@pytest.mark.parametrize(("text", "surface"), [
    # Towns the NER takes for organizations, where a place goes.
    ("Security agents detained a cleric in Dushanbe last week.", "Dushanbe"),
    ("Artillery hit farms in the Idlib countryside overnight.", "Idlib"),
    ("The convoy was ambushed 20 km east of Mayadin.", "Mayadin"),
])
def test_a_town_taken_for_an_organization_is_a_place(extractor: Extractor, text: str,
                                                     surface: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    found = [m for m in extractor.extract(doc).mentions if m.text == surface]
    assert found and found[0].label == "GPE"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Islamic State's Amaq outlet said its fighters set off the bomb.", "Amaq",
     "amaq-news-agency"),
    ("A statement by Saraya Awlia al-Dam claimed the rockets.", "Saraya Awlia al-Dam",
     "saraya-awliya-al-dam"),
    # A listed name with "-led" in it stays one name.
    ("A spokesman for the US-led coalition confirmed the strike.", "US-led coalition",
     "combined-joint-task-force-operation-inherent-resolve"),
    # A country's body named after its possessive.
    ("Azerbaijan's State Security Service said it had detained the cell.",
     "State Security Service", "azerbaijan-state-security-service"),
])
def test_spellings_of_network_names(extractor: Extractor, text: str, surface: str,
                                    expected: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    by_text = {m.text: m.entity_id for m in extractor.extract(doc).mentions}
    assert by_text.get(surface) == expected


def test_a_people_stays_a_people(extractor: Extractor) -> None:
    text = "Sunni and Shiite leaders in Iraq met on Monday."
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    assert all(m.label == "NORP" or m.text == "Iraq"
               for m in extractor.extract(doc).mentions)


@pytest.mark.parametrize(("surface", "expected"), [
    # "<name> province": the province of that name, however the name is spelled.
    ("Diyala governorate", "diyala-province"),
    ("Sistan-Baluchestan province", "sistan-and-baluchestan-province"),
    ("Hezbollah province", None),
])
def test_a_province_named_with_its_kind(extractor: Extractor, surface: str,
                                        expected: str | None) -> None:
    assert extractor.link(surface) == expected


def test_a_country_is_no_shortened_name(extractor: Extractor) -> None:
    text = ("A Ukraine International Airlines jet crashed near Kyiv. Ukraine demanded an "
            "inquiry. Later the Zahra Cemetery was closed; mourners left Zahra at noon.")
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    by_text = {m.text: m.entity_id for m in extractor.extract(doc).mentions}
    assert by_text["Ukraine"] not in (None, by_text["Ukraine International Airlines"])


def test_a_name_the_tagger_cut_short_is_one_persons_name(extractor: Extractor) -> None:

    text = "The Treasury sanctioned Kata'ib Hezbollah and its leader, Abu Fadak al-Mohammedawi."
    ex = extractor.extract(Document(id="cut-name", text=text, published="2024-03-01"))
    [person] = [m for m in ex.mentions if m.entity_id == "abu-fadak-al-mohammadawi"]
    assert person.text == "Abu Fadak al-Mohammedawi"
    assert ("abu-fadak-al-mohammadawi", "designated_by", "united-states") in {
        (r.subject, r.predicate, r.object) for r in ex.relations}


def test_a_surname_told_before_the_full_name_is_that_person(extractor: Extractor) -> None:
    text = ("Rahimzadeh said the drones were not Iranian. Kamal Rahimzadeh, a spokesman for "
            "the militia, spoke in Basra.")
    ex = extractor.extract(Document(id=document_id(text), text=text, published="2024-03-01"))
    ids = {m.text: m.entity_id for m in ex.mentions}
    assert ids["Rahimzadeh"] == ids["Kamal Rahimzadeh"] is not None
    assert not any(e.id == "rahimzadeh" for e in ex.entities)


def test_a_town_that_shares_a_surname_stays_a_town(extractor: Extractor) -> None:
    text = "Rockets hit Amarah on Monday. Ali Amarah, a local official, counted the dead."
    ex = extractor.extract(Document(id=document_id(text), text=text, published="2024-03-01"))
    first = next(m for m in ex.mentions if m.text == "Amarah")
    assert first.entity_id == "amarah"


@pytest.mark.parametrize(("text", "surface"), [
    ("The Treasury designated Fadel Harb, a senior Hezbollah financier, on Friday.",
     "Fadel Harb"),
    ("The militia's financier, Salim Dabbagh Haddad, moved the money.", "Salim Dabbagh Haddad"),
])
def test_a_name_in_apposition_to_a_persons_noun_is_a_person(
        extractor: Extractor, text: str, surface: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    [mention] = [m for m in ex.mentions if m.text == surface]
    entity = next(e for e in ex.entities if e.id == mention.entity_id)
    assert entity.type == "person"


def test_a_group_in_apposition_to_a_common_noun_stays_a_group(extractor: Extractor) -> None:
    text = "Saraya Awliya al-Dam, a militant faction, fired the rockets."
    ex = extractor.extract(Document(id=document_id(text), text=text, published="2024-02-08"))
    assert all(e.type != "person" for e in ex.entities)



@pytest.mark.parametrize(("text", "noun", "name"), [
    ("A man threw a firebomb at the old synagogue in Hamburg on Saturday.",
     "old synagogue", "old synagogue in Hamburg"),
    ("An attacker stabbed a guard at a Jewish community centre in Munich on Monday.",
     "Jewish community centre", "Jewish community centre in Munich"),
    ("Gunmen fired on a mosque in Zahedan during Friday prayers.", "mosque", "mosque in Zahedan"),
])
def test_a_facility_named_by_its_noun_and_town(extractor: Extractor, text: str, noun: str,
                                              name: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    by_text = {m.text: m.entity_id for m in ex.mentions}
    facility = by_text.get(noun)
    assert facility is not None
    [entity] = [e for e in ex.entities if e.id == facility]
    assert entity.type == "facility" and entity.name == name
    town = by_text.get(name.split(" in ")[-1])
    assert town is not None and town != facility  # the town stays a place of its own
    assert extractor.link(name, doc.id) == facility
    assert extractor.link(name.split(" in ")[-1], doc.id) == town
    [event] = ex.events
    assert event.location == town and event.lat is not None  # placed as precisely as told


def test_an_embassy_and_a_facility_with_no_town_are_left_to_other_rules(
        extractor: Extractor) -> None:
    text = "Protesters gathered outside the embassy in Baghdad and a school nearby."
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    names = {e.name for e in extractor.extract(doc).entities}
    assert not any(n.startswith("school") or n.startswith("embassy in") for n in names)


def test_the_capital_is_not_the_capital_of_the_forces_that_struck_it(
        extractor: Extractor) -> None:
    text = "The Houthis said US and British warplanes carried out overnight strikes on the capital."
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    assert all(e.location not in ("london", "washington") for e in ex.events)
    assert all(m.entity_id != "london" for m in ex.mentions)


@pytest.mark.parametrize("text", [
    "BAGHDAD (AP) \u2014 Iraqi security forces arrested three men over the rocket attack.",
    "ERBIL, Iraq (AP) -- Kurdish security forces detained two men over a drone attack.",
])
def test_the_agency_a_wire_dateline_credits_is_no_party(extractor: Extractor, text: str) -> None:
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    ex = extractor.extract(doc)
    assert "associated-press" not in {m.entity_id for m in ex.mentions}
    [arrest] = [e for e in ex.events if e.type == "arrest"]
    assert "associated-press" not in arrest.actors and arrest.country == "IQ"


def test_a_name_explained_in_brackets_keeps_its_mention(extractor: Extractor) -> None:
    text = "Hezbollah (Party of God), the Lebanese group, said it fired rockets at a base."
    doc = Document(id=document_id(text), text=text, published="2024-02-08")
    assert "Party of God" in {m.text for m in extractor.extract(doc).mentions}
