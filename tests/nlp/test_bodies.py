"""A state's bodies named by country and common noun: ministries, missions,
embassies and armed forces link to one entity under every spelling (sentences
invented for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.ids import document_id
from axiswatch.model import Document, Entity
from axiswatch.nlp.linking import _join_split_names
from axiswatch.nlp.pipeline import parse


def _linked(extractor: Extractor, text: str) -> tuple[dict[str, str | None], dict[str, Entity]]:
    doc = Document(id=document_id(text), text=text, published="2024-03-01")
    ex = extractor.extract(doc)
    return {m.text: m.entity_id for m in ex.mentions}, {e.id: e for e in ex.entities}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Jordan's health ministry counted the wounded. Later the Jordanian health ministry "
     "raised the toll.", "Jordan's health ministry", "Jordanian health ministry"),
    ("The Kuwaiti Ministry of Foreign Affairs protested. Kuwait's foreign ministry said "
     "it summoned the envoy.", "Kuwaiti Ministry of Foreign Affairs", "Kuwait's foreign ministry"),
    ("Qatar's foreign ministry condemned the raid. The foreign ministry said talks would "
     "go on.", "Qatar's foreign ministry", "foreign ministry"),
])
def test_spellings_of_one_body_link_to_one_state_body(
        extractor: Extractor, text: str, first: str, second: str) -> None:
    by_text, entities = _linked(extractor, text)
    assert by_text[first] is not None and by_text[first] == by_text[second]
    body = entities[by_text[first] or ""]
    assert body.type == "state_body"


def test_a_body_is_not_its_state(extractor: Extractor) -> None:
    by_text, _ = _linked(extractor, "Egypt's interior ministry said police arrested two men.")
    assert by_text["Egypt's interior ministry"] not in (None, "egypt")


def test_pack_bodies_are_found_by_their_descriptive_names(extractor: Extractor) -> None:
    by_text, _ = _linked(extractor, "Britain's Ministry of Defence said four jets took part. "
                                    "Israel's armed forces said they were on alert.")
    assert by_text["Britain's Ministry of Defence"] == "uk-ministry-of-defence"
    assert by_text["Israel's armed forces"] == "israel-defense-forces"


def test_an_embassy_of_one_state_in_another_is_a_facility_in_the_host_city(
        extractor: Extractor) -> None:
    by_text, entities = _linked(extractor, "Gunmen attacked Turkey's embassy in Baghdad.")
    embassy = entities[by_text["Turkey's embassy in Baghdad"] or ""]
    assert embassy.type == "facility"
    assert embassy.country == "IQ"
    assert embassy.lat is not None and abs(embassy.lat - 33.3) < 0.3


def test_a_minister_is_not_a_ministry(extractor: Extractor) -> None:
    by_text, _ = _linked(extractor, "Oman's foreign minister Badr Albusaidi flew to Tehran.")
    assert not any("minist" in t.lower() and "minister" not in t.lower() for t in by_text)


def test_a_name_the_ner_cut_after_a_rank_is_one_person(extractor: Extractor) -> None:
    doc = parse(extractor.nlp, "They named Sergeant Paul Andrew Kessler and Ann Doyle.")
    # The NER's cut: "Sergeant Paul" as a name of its own, then "Andrew Kessler".
    cut = [(2, 4, "ORG", None), (4, 6, "PERSON", None), (7, 9, "PERSON", None)]
    assert _join_split_names(doc, cut) == [(2, 6, "PERSON", None), (7, 9, "PERSON", None)]
    from_pack = [(2, 4, "ORG", "some-unit"), (4, 6, "PERSON", None)]
    assert _join_split_names(doc, from_pack) == from_pack


def test_a_rank_of_several_words_is_not_part_of_the_name(extractor: Extractor) -> None:
    doc = Document(id=document_id("x"), text="Rear Admiral Jonah Feld spoke.",
                   published="2024-03-01")
    ex = extractor.extract(doc)
    person = next(m.entity_id for m in ex.mentions if "Feld" in m.text)
    assert extractor.link("Rear Admiral Jonah Feld", doc.id) == person
    assert extractor.link("Jonah Feld", doc.id) == person


@pytest.mark.parametrize(("first", "second"), [
    ("Iran-backed militias", "militant groups backed by Iran"),
    ("Tehran-backed militias", "pro-Iran factions"),
    ("Iranian-backed Iraqi militia groups", "Iran-aligned militias in Iraq"),
])
def test_unnamed_collectives_of_one_backer_link_to_one_armed_group(
        extractor: Extractor, first: str, second: str) -> None:
    text = f"{first} fired rockets at the base on Monday. Later {second} fired drones."
    by_text, entities = _linked(extractor, text)
    a, b = by_text.get(first), by_text.get(second)
    assert a is not None and a == b
    known = entities.get(a) or extractor.pack.entities[a]
    assert known.type == "armed_group"


def test_a_collective_is_named_after_its_backer(extractor: Extractor) -> None:
    """The backer is in the collective's name, so no relation repeats it."""
    text = "Syria-based militias backed by Iran shelled the town on Monday."
    doc = Document(id=document_id(text), text=text, published="2024-03-01")
    ex = extractor.extract(doc)
    group = next(m.entity_id for m in ex.mentions if "militias" in m.text)
    assert group is not None and group.startswith("iran-backed-militias")
    assert not [r for r in ex.relations if group in (r.subject, r.object)]


def test_a_named_group_after_the_backing_word_is_no_collective(extractor: Extractor) -> None:
    by_text, _ = _linked(extractor, "The Iran-backed Houthis fired a missile on Monday.")
    assert by_text.get("Houthis") == "houthis"


def test_a_bare_ministry_takes_the_one_country_its_sentence_is_set_in(
        extractor: Extractor) -> None:
    by_text, _ = _linked(extractor, "In Riyadh, foreign ministry spokesman Omar Haddad "
                                    "rejected the claim on Tuesday.")
    assert by_text["foreign ministry"] not in (None, "saudi-arabia")
    by_text, _ = _linked(extractor, "Officials in Riyadh and Cairo met. The foreign ministry "
                                    "spokesman declined to comment.")
    assert "foreign ministry" not in by_text
    by_text, _ = _linked(extractor, "Jordan closed its airspace on Sunday. The foreign ministry "
                                    "said flights would resume.")
    assert by_text["foreign ministry"] not in (None, "jordan")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Tehran denied any role in the attack.", "Tehran", "iran"),
    ("Damascus condemned the strike on Monday.", "Damascus", "syria"),
    ("A drone struck a house in Tehran.", "Tehran", "tehran"),
    ("Tehran's police chief said the motive was personal.", "Tehran", "tehran"),
    # The subject of what a state does, the agent of a passive, the other party of talks.
    ("Tehran supplies the rebels with rockets and money.", "Tehran", "iran"),
    ("The strikes showed that Tehran could hit back.", "Tehran", "iran"),
    ("The militia is armed and funded by Tehran, officials say.", "Tehran", "iran"),
    # the subject of force and its means: fires, shells, smuggles
    ("Ankara shelled Kurdish positions near Qamishli on Sunday.", "Ankara", "turkey"),
    ("Tehran fired ballistic missiles at Kurdish bases near Koya.", "Tehran", "iran"),
    ("Tehran smuggled drone engines to the rebels by sea.", "Tehran", "iran"),
    ("The sanctions come as Washington weighs talks with Tehran.", "Tehran", "iran"),
    # "In <capital>, <official> said": the scene of the government's reaction.
    ("In Tehran, a foreign ministry spokesman on Monday rejected the claim.", "Tehran",
     "iran"),
    # Where things happen stays the city.
    ("In Tehran, thousands of people marched on Friday.", "Tehran", "tehran"),
    ("The plane crashed shortly after take-off from Tehran.", "Tehran", "tehran"),
    ("Britain's ambassador was briefly detained in Tehran.", "Tehran", "tehran"),
    ("The minister summoned Iran's ambassador in Baghdad.", "Baghdad", "baghdad"),
    # A diplomat's posting, what a government holds or does, the backer of a group.
    ("The envoy was recalled from Tehran for consultations.", "Tehran", "iran"),
    ("Iraq recalled its ambassador from Tehran on Tuesday.", "Tehran", "iran"),
    ("Islamabad reacted sharply to the strike.", "Islamabad", "pakistan"),
    ("The Houthis are Tehran's most capable proxy.", "Tehran", "iran"),
    ("The new sanctions on Tehran took effect on Monday.", "Tehran", "iran"),
    # The government one blames, presses or calls on, or the other party "between" two.
    ("Washington blamed Damascus for the shelling.", "Damascus", "syria"),
    ("Western envoys urged Baghdad to rein in the militias.", "Baghdad", "iraq"),
    ("The council called on Sanaa to release the crew.", "Sanaa", "yemen"),
    ("Talks between Riyadh and Tehran resumed in April.", "Tehran", "iran"),
    # What one strikes or visits is the city.
    ("Israeli jets struck Damascus overnight.", "Damascus", "damascus"),
    ("The envoy visited Baghdad on Sunday.", "Baghdad", "baghdad"),
])
def test_a_capital_speaking_for_its_government_is_the_state(
        extractor: Extractor, text: str, surface: str, expected: str) -> None:
    by_text, _ = _linked(extractor, text)
    assert by_text[surface] == expected


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Cypriot police arrested two men on Monday. Cyprus police said both were foreigners.",
     "Cypriot police", "Cyprus police"),
    ("The Pakistani army said it struck militants. Pakistan's army gave no toll.",
     "Pakistani army", "Pakistan's army"),
    ("German federal prosecutors charged a man. The German prosecutors said he spied.",
     "German federal prosecutors", "German prosecutors"),
    ("Danish police arrested a man. The Danish police said he had a pistol.",
     "Danish police", "Danish police"),
    # "intelligence" alone is the country's intelligence service
    ("Belgian intelligence warned of a plot. Belgium's intelligence service named no one.",
     "Belgian intelligence", "Belgium's intelligence service"),
    # the officials of a service name it, unlike one person's title
    ("Belgian intelligence officers questioned him. Belgium's intelligence service said so.",
     "Belgian intelligence", "Belgium's intelligence service"),
    ("A Kuwaiti court jailed two men. The Kuwaiti court said they had trained abroad.",
     "Kuwaiti court", "Kuwaiti court"),
    ("Lebanon's central bank froze the accounts. The Lebanese central bank gave no names.",
     "Lebanon's central bank", "Lebanese central bank"),
])
def test_a_state_service_named_by_its_country_is_one_state_body(
        extractor: Extractor, text: str, first: str, second: str) -> None:
    by_text, entities = _linked(extractor, text)
    assert by_text[first] is not None and by_text[first] == by_text[second]
    assert entities[by_text[first] or ""].type == "state_body"


def test_a_mission_of_one_state_in_another_is_named_as_a_whole(extractor: Extractor) -> None:
    by_text, entities = _linked(extractor, "Rockets fell near Italy's mission in Baghdad.")
    assert entities[by_text["Italy's mission in Baghdad"] or ""].country == "IQ"
    by_text, entities = _linked(extractor, "A drone hit the French diplomatic mission in Erbil.")
    assert entities[by_text["French diplomatic mission in Erbil"] or ""].type == "facility"


def test_a_service_the_pack_names_as_written_is_the_packs(extractor: Extractor) -> None:
    by_text, _ = _linked(extractor, "The US military said its jets struck two depots.")
    assert by_text["US military"] == "us-military"


@pytest.mark.parametrize("text", [
    "The Iraqi police chief said two men were held.",
    "The Pakistani army commander visited the border.",
    "Iran's central bank governor was replaced.",
])
def test_a_service_noun_in_a_title_is_no_body(extractor: Extractor, text: str) -> None:
    by_text, entities = _linked(extractor, text)
    assert not any(entities[e].type == "state_body" for e in by_text.values() if e in entities)



def test_it_is_never_a_body_named_by_a_plural_noun(extractor: Extractor) -> None:
    text = ("Jaish al-Adl, a Sunni militant group, has staged repeated attacks on Iranian "
            "security forces; in December it claimed an assault on a police station in Rask "
            "that killed 11 policemen.")
    ex = extractor.extract(Document(id=document_id(text), text=text, published="2024-01-20"))
    [assault] = [e for e in ex.events if "assault" in e.evidence.text]
    assert (assault.type, assault.all_actors()) == ("attack", ["jaish-al-adl"])
