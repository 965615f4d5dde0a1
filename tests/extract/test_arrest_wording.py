"""Arrests, convictions and trials told in the common ways of reporting, and the words
that look like them and are none (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "subtype"), [
    ("Five suspects were taken into custody in Tabriz on Monday.", "arrest"),
    ("The three men were remanded in custody.", "arrest"),
    ("Border guards nabbed a smuggler near the crossing.", "arrest"),
    ("Police dismantled a cell of six men in Ganja on Friday.", "arrest"),
    ("The security service busted a spy ring in the capital.", "arrest"),
    ("Police rounded up dozens of demonstrators in Basra.", "arrest"),
    ("Soldiers arrested scores of smugglers near the border.", "arrest"),
    ("A court in Oslo convicted two men of plotting a bombing.", "sentence"),
    ("He was convicted of espionage last year.", "sentence"),
    ("The court jailed the courier for nine years.", "sentence"),
    ("The engineer was imprisoned in 2017.", "sentence"),
    ("The driver pleaded guilty to smuggling charges.", "sentence"),
    ("The accused was put on trial in Lyon.", "charges"),
])
def test_arrest_wordings(extract: Run, text: str, subtype: str) -> None:
    arrests = [e.subtype for e in extract(text).events if e.type == "arrest"]
    assert arrests == [subtype]


@pytest.mark.parametrize("text", [
    "Gendarmes picked him up at a roadblock outside Tetouan on Sunday.",
    "Riot police rounded them up outside the stadium on Sunday.",
    "The Georgian authorities handed her over to Ankara on Sunday.",
    "Masked agents searched his flat in Rasht and took him away on Sunday.",
    "Two plainclothes officers led her away from the courthouse on Sunday.",
])
def test_a_person_taken_by_a_pronoun_is_arrested(extract: Run, text: str) -> None:
    """A verb and its particle on either side of a person's pronoun ("picked him up")."""
    events = extract(text, published="2024-06-10").events
    assert [e.type for e in events] == ["arrest"]


@pytest.mark.parametrize("text", [
    "The janitor picked it up from the floor on Sunday.",
    "The crew took the crates away on Sunday.",
    "The fishermen picked up the nets at dawn on Sunday.",
])
def test_things_picked_up_or_taken_away_are_no_arrest(extract: Run, text: str) -> None:
    assert extract(text, published="2024-06-10").events == []


@pytest.mark.parametrize("text", [
    "The court of public opinion has already judged the minister.",
    "The sentence was long and hard to parse.",
    "Arrested Development is a popular comedy.",
    "His custody battle went on for years.",
    "Engineers dismantled the old bridge.",
    "Police have arrested dozens of people since 2019.",
])
def test_look_alikes_are_no_arrest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "arrest"] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A state's "authorities" are its government, listed in the pack.
        ("Bahraini authorities detained six men over a bomb plot on Sunday.",
         "bahraini-government"),
        ("Azerbaijani authorities arrested a man accused of spying for Tehran on Friday.",
         "azerbaijani-government"),
        ("Tajik authorities arrested two suspected recruiters in Khujand on Monday.",
         "tajik-government"),
    ],
)
def test_a_states_authorities_are_its_government(extract: Run, text: str, actor: str) -> None:
    events = [e for e in extract(text).events if e.type == "arrest"]
    assert events
    assert actor in events[0].actors


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Iraqi commandos stormed a flat in Basra late on Thursday and detained six men.",
         "basra"),
        ("Security forces raided an office in Kirkuk on Tuesday, arresting two members of "
         "the group.", "kirkuk"),
        # forces no country's name marks as a state's: the detentions tell what they are
        ("Commandos stormed a farmhouse in Hilla on Wednesday and detained four men.",
         "hilla"),
        ("Police stormed a flat in Najaf on Sunday and arrested two brothers.", "najaf"),
    ],
)
def test_a_raid_told_with_its_detentions_is_the_arrest_where_it_was(
        extract: Run, text: str, location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location) == ("arrest", location)


@pytest.mark.parametrize("text", [
    "Militants stormed a hamlet near Baqubah on Monday and abducted five farmers.",
    "Hezbollah fighters stormed an outpost near Shebaa on Monday and detained two soldiers.",
    "Gunmen stormed a checkpoint near Tuz Khurmatu on Monday and killed two guards.",
])
def test_a_storming_by_a_group_or_that_abducts_or_kills_stays_an_attack(
        extract: Run, text: str) -> None:
    assert "attack" in [e.type for e in extract(text).events]


def test_a_raid_that_kills_stays_a_strike(extract: Run) -> None:
    types = [e.type for e in extract("Special forces raided a house in Idlib on Monday, "
                                     "killing three militants.").events]
    assert "strike" in types and "arrest" not in types


@pytest.mark.parametrize(
    ("text", "arrester"),
    [
        ("The suspects were detained in an operation by the Iraqi National Security Service.",
         "iraqi-national-security-service"),
        ("Two men were held during a sweep by the Asayish in Sulaymaniyah on Monday.",
         "kurdistan-region-security-council"),
    ],
)
def test_the_doer_of_the_operation_made_the_arrest(extract: Run, text: str,
                                                   arrester: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors) == ("arrest", [arrester])


@pytest.mark.parametrize(("text", "place"), [
    ("Armed men kidnapped a Turkish engineer in Kirkuk on Sunday.", "kirkuk"),
    ("Houthi fighters abducted three aid workers in Saada on Monday.", "saada"),
    ("The militia took hostage four truck drivers near Rutba on Friday.", "rutba"),
])
def test_a_person_seized_and_held_is_a_detention(extract: Run, text: str,
                                                 place: str) -> None:
    held = [e for e in extract(text).events if e.type == "arrest"]
    assert [e.location for e in held] == [place]


@pytest.mark.parametrize("text", [
    "Agents planned to kidnap a blogger in Lyon, prosecutors said.",
    "The group has long made money from kidnapping truck drivers.",
    "Abductions were a scourge of the capital in the 1990s.",
])
def test_a_kidnapping_intended_or_of_a_kind_is_no_detention(extract: Run,
                                                             text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "arrest"]


def test_a_shared_count_of_victims_makes_a_campaign(extract: Run) -> None:
    x = extract("During the junta (1970-1979), soldiers abducted and tortured thousands "
                "of students.")
    assert not [e for e in x.events if e.type == "arrest"]
