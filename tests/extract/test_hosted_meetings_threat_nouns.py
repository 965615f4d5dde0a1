"""Meetings told by their host or the guest's arrival, and threats told as nouns
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties as _parties

Run = Callable[..., Extraction]


def _of_type(extraction: Extraction, etype: str) -> list[Event]:
    return [e for e in extraction.events if e.type == etype]


def _one_meeting_of(extract: Run, text: str, parties: set[str], place: str) -> None:
    """The one meeting ``text`` tells, with at least ``parties`` and placed at ``place``."""
    meetings = _of_type(extract(text), "meeting")
    assert len(meetings) == 1, [(e.type, e.actors) for e in extract(text).events]
    assert parties <= _parties(meetings[0])
    assert meetings[0].location == place


@pytest.mark.parametrize(
    ("text", "parties", "place"),
    [
        # a capital or state hosts a meeting between named sides
        ("Cairo on Monday hosted a meeting between Hamas and Egyptian officials.",
         {"hamas"}, "cairo"),
        ("Amman hosted talks between Houthi negotiators and Saudi envoys on Sunday.",
         {"houthis"}, "amman"),
        ("Baghdad hosted a new round of talks between Iranian and Saudi security "
         "officials last week.", {"iran", "saudi-arabia"}, "baghdad"),
        ("Beirut hosted a meeting of Hamas and Hezbollah leaders on Friday.",
         {"hamas", "hezbollah"}, "beirut"),
        ("Doha hosted talks with Hamas on Tuesday, Qatari officials said.",
         {"hamas"}, "doha"),
        # a capital hosts a named guest: the capital is where they met
        ("Tehran hosted Ismail Haniyeh on Wednesday, state television said.",
         {"ismail-haniyeh"}, "tehran"),
        ("Damascus on Sunday hosted Esmail Qaani, the commander of the Quds Force.",
         {"esmail-qaani"}, "damascus"),
        ("Baghdad hosted Iranian Foreign Minister Abbas Araghchi on Thursday.",
         {"abbas-araghchi"}, "baghdad"),
        # a host receives a guest named by name rather than by office
        ("Bashar al-Assad received Abbas Araghchi in Damascus on Monday.",
         {"bashar-al-assad", "abbas-araghchi"}, "damascus"),
        ("Nabih Berri on Tuesday received Iranian Foreign Minister Abbas Araghchi in Beirut.",
         {"nabih-berri", "abbas-araghchi"}, "beirut"),
        ("Falih al-Fayyadh received Esmail Qaani in Baghdad, a PMF statement said.",
         {"falih-al-fayyadh", "esmail-qaani"}, "baghdad"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani received Ismail Haniyeh in "
         "Baghdad on Saturday.", {"mohammed-shia-al-sudani", "ismail-haniyeh"}, "baghdad"),
        # a host welcomes a guest to a place
        ("Ali Khamenei welcomed Ismail Haniyeh to Tehran on Monday.",
         {"ali-khamenei", "ismail-haniyeh"}, "tehran"),
        ("Sudani welcomed Abbas Araghchi to Baghdad on Sunday, his office said.",
         {"mohammed-shia-al-sudani", "abbas-araghchi"}, "baghdad"),
        ("Bashar al-Assad welcomed an Iranian delegation to Damascus on Friday.",
         {"bashar-al-assad"}, "damascus"),
        ("Hassan Nasrallah welcomed Abbas Araghchi in Beirut on Thursday.",
         {"hassan-nasrallah", "abbas-araghchi"}, "beirut"),
        # the guest's side tells it in the passive, with the host as agent
        ("Hamas leaders were received by Ali Khamenei in Tehran on Wednesday.",
         {"ali-khamenei", "hamas"}, "tehran"),
        ("A Houthi delegation was hosted in Tehran by Abbas Araghchi on Sunday.",
         {"abbas-araghchi", "houthis"}, "tehran"),
        ("Kataib Hezbollah commanders were welcomed in Tehran by Esmail Qaani last week.",
         {"esmail-qaani", "kataib-hezbollah"}, "tehran"),
        ("Abbas Araghchi was received by Bashar al-Assad in Damascus on Monday.",
         {"bashar-al-assad", "abbas-araghchi"}, "damascus"),
    ],
)
def test_hosted_meeting_has_parties_and_place(
        extract: Run, text: str, parties: set[str], place: str) -> None:
    _one_meeting_of(extract, text, parties, place)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the author's threat with what it threatens, told as a noun
        ("Hezbollah's threat on Monday to hit Israeli ports worried shippers.",
         "hezbollah"),
        ("The Houthis' threat to sink any vessel bound for Eilat was aired on Tuesday.",
         "houthis"),
        ("A threat by Kataib Hezbollah to attack US bases was published on Sunday.",
         "kataib-hezbollah"),
        ("Hassan Nasrallah's warning that no part of Israel would be safe drew a reply "
         "from Tel Aviv.", "hassan-nasrallah"),
        ("Iran's threat to avenge the consulate strike dominated Friday's papers.", "iran"),
        ("The IRGC's warning on Saturday that it would seize more tankers rattled "
         "markets.", "islamic-revolutionary-guard-corps"),
        ("Abdul Malik al-Houthi's threat to close the Bab al-Mandab strait came on "
         "Thursday.", "abdul-malik-al-houthi"),
        # a threat under a verb of uttering
        ("Harakat al-Nujaba made a threat on Monday to target US forces in Syria.",
         "harakat-hezbollah-al-nujaba"),
        ("The Houthis issued a threat on Wednesday against ships serving Israeli ports.",
         "houthis"),
        ("On Sunday Kataib Hezbollah renewed its threat to strike US troops.",
         "kataib-hezbollah"),
        ("Qais al-Khazali voiced a threat against the US embassy on Friday.",
         "qais-al-khazali"),
    ],
)
def test_threat_told_as_noun_is_statement(extract: Run, text: str, speaker: str) -> None:
    threats = [e for e in _of_type(extract(text), "statement") if e.subtype == "threat"]
    assert threats, [(e.type, e.subtype, e.actors) for e in extract(text).events]
    assert speaker in _parties(threats[0])


@pytest.mark.parametrize(
    "text",
    [
        # hosting that is no meeting
        "Baghdad hosted a trade fair on electricity last month.",
        "Beirut hosts hundreds of thousands of refugees from Syria.",
        "The base, which hosts American troops, lies north of Erbil.",
        "Karbala hosts millions of pilgrims each year.",
        # receiving and welcoming that are no meeting
        "Kataib Hezbollah welcomed the decision to withdraw US troops.",
        "The ministry welcomed the ceasefire on Sunday.",
        "Hamas welcomed the court ruling in a statement.",
        "The hospital received dozens of wounded on Friday.",
        "The group received drones from Tehran, the report said.",
        "The parliament received a draft law on the PMF.",
        "Officials said the proposal was received warmly.",
        # arriving at something that is no place
        "The inquiry arrived at the conclusion that the blast was an accident.",
        # threats as dangers, not declared
        "The threat posed by Houthi missiles to shipping has grown.",
        "Analysts see the threat of a wider war rising in Lebanon.",
        "The cyber threat from Iranian hackers was discussed in parliament.",
        "The threat to navigation in the Red Sea remains high.",
        "European capitals raised their terror threat level on Monday.",
    ],
)
def test_no_hosted_meeting_or_threat_noun(extract: Run, text: str) -> None:
    found = [(e.type, e.subtype) for e in extract(text).events
             if e.type == "meeting" or (e.type == "statement" and e.subtype == "threat")]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "parties", "place"),
    [
        # a journey and the meeting it led to, told as two joined clauses
        ("Esmail Qaani flew to Damascus on Friday and met Bashar al-Assad.",
         {"esmail-qaani", "bashar-al-assad"}, "damascus"),
        ("Ismail Haniyeh travelled to Ankara on Sunday and held talks with Recep Tayyip "
         "Erdogan.", {"ismail-haniyeh"}, "ankara"),
        ("Abbas Araghchi went to Baghdad last week and met Mohammed Shia al-Sudani.",
         {"abbas-araghchi", "mohammed-shia-al-sudani"}, "baghdad"),
        # a landing whose purpose is the talks
        ("Mohammed Abdulsalam landed in Tehran on Monday for talks with Abbas Araghchi.",
         {"mohammed-abdulsalam"}, "tehran"),
        ("Ismail Haniyeh landed in Cairo for talks with Egyptian mediators on Saturday.",
         {"ismail-haniyeh"}, "cairo"),
        # the people of a named party met, told by its possessive
        ("Esmail Qaani flew to Beirut and met Hamas's leadership, the outlet said.",
         {"esmail-qaani", "hamas"}, "beirut"),
        ("Abbas Araghchi went to Baghdad and met the Houthis' envoys on Monday.",
         {"abbas-araghchi", "houthis"}, "baghdad"),
    ],
)
def test_meeting_after_journey_is_where_they_went(
        extract: Run, text: str, parties: set[str], place: str) -> None:
    _one_meeting_of(extract, text, parties, place)


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed in Beirut after a delay caused by bad weather.",
        "He flew to Tehran on Monday and returned the next day.",
        "Thousands of pilgrims travelled to Karbala and prayed at the shrine.",
    ],
)
def test_journey_without_meeting_is_none(extract: Run, text: str) -> None:
    assert not _of_type(extract(text), "meeting")


@pytest.mark.parametrize(
    ("text", "parties", "place"),
    [
        # the guest told by its body and the leader of its delegation
        ("Abbas Araghchi received a Hamas delegation headed by Ismail Haniyeh in Tehran "
         "on Monday.", {"abbas-araghchi", "hamas", "ismail-haniyeh"}, "tehran"),
        ("Nabih Berri received an Iranian delegation led by Abbas Araghchi in Beirut.",
         {"nabih-berri", "abbas-araghchi"}, "beirut"),
        # the guest's people told by their group
        ("Esmail Qaani met Kataib Hezbollah commanders in Baghdad on Sunday.",
         {"esmail-qaani", "kataib-hezbollah"}, "baghdad"),
    ],
)
def test_guest_side_is_a_party(extract: Run, text: str, parties: set[str], place: str) -> None:
    _one_meeting_of(extract, text, parties, place)


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah repeated its threat on Friday to strike US bases in Syria.",
        "The Houthis issued a warning on Monday to attack any tanker bound for Eilat.",
        "Asaib Ahl al-Haq made a threat on Tuesday to shell the US embassy.",
    ],
)
def test_act_threatened_by_noun_is_not_done(extract: Run, text: str) -> None:
    found = [(e.type, e.subtype) for e in extract(text).events]
    assert ("statement", "threat") in found
    assert not [t for t, _s in found if t in ("attack", "strike", "killing")], found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the host stages talks between other sides and takes no part in them
        ("Qatar hosted indirect talks between Abbas Araghchi and Steve Witkoff on Sunday.",
         {"abbas-araghchi", "steve-witkoff"}),
        ("It hosted a second round of talks between Hamas and Egyptian officials in "
         "Cairo last week.", {"hamas", "egypt"}),
        ("Baghdad hosted talks between Iranian and Saudi officials on Monday.",
         {"iran", "saudi-arabia"}),
        # talks "with" a side are the host's own
        ("Qatar hosted talks with Hamas leaders in Doha on Tuesday.", {"qatar", "hamas"}),
        ("Ali Khamenei hosted talks with Ismail Haniyeh in Tehran on Monday.",
         {"ali-khamenei", "ismail-haniyeh"}),
        # every name an apposition lists after the counterparts it names
        ("Abbas Araghchi met in Doha with his Russian and Turkish counterparts, Sergei "
         "Lavrov and Hakan Fidan, on Saturday.",
         {"abbas-araghchi", "sergei-lavrov", "hakan-fidan"}),
        ("Hakan Fidan sat down in Ankara with his two counterparts, Abbas Araghchi and "
         "Sergei Lavrov.", {"hakan-fidan", "abbas-araghchi", "sergei-lavrov"}),
    ],
)
def test_meeting_parties_are_the_sides_that_talk(
        extract: Run, text: str, parties: set[str]) -> None:
    meetings = _of_type(extract(text), "meeting")
    assert len(meetings) == 1, [(e.type, e.actors) for e in extract(text).events]
    assert _parties(meetings[0]) == parties
