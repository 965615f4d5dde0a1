"""Meetings whose parties took part in them, holdings frozen in the passive, fighters sent
to a city or declared to be sent, and loads caught at sea: who meets, whose assets are
frozen, where the load went and who receives it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of_type(run: Run, text: str, etype: str) -> list[Event]:
    return [e for e in run(text).events if e.type == etype]


@pytest.mark.parametrize(("text", "parties", "place"), [
    ("Delegations from Hamas and Hezbollah took part in a meeting in Beirut on Tuesday.",
     {"hamas", "hezbollah"}, "beirut"),
    ("Officials from Iran and Iraq took part in talks in Baghdad on Tuesday.",
     {"iran", "iraq"}, "baghdad"),
    ("Representatives of the Houthis and Iran participated in a meeting in Muscat on Monday.",
     {"houthis", "iran"}, "muscat"),
    ("Hamas and Palestinian Islamic Jihad participated in the talks in Cairo on Sunday.",
     {"hamas", "palestinian-islamic-jihad"}, "cairo"),
])
def test_parties_that_took_part_meet(extract: Run, text: str, parties: set[str],
                                     place: str) -> None:
    found = _of_type(extract, text, "meeting")
    assert any(set(e.actors) == parties and e.location == place for e in found), \
        [(e.actors, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "Students took part in a meeting of the chess club on Monday.",
    "Hundreds of people participated in the meeting in Basra on Monday.",
    "Hezbollah took part in the fighting in Aleppo in 2016.",
])
def test_no_meeting_of_parties(extract: Run, text: str) -> None:
    assert _of_type(extract, text, "meeting") == []


@pytest.mark.parametrize(("text", "listed", "by"), [
    ("The assets of Kataib Hezbollah were frozen by the Treasury on Monday.",
     {"kataib-hezbollah"}, "us-treasury"),
    ("Assets belonging to Hamas financiers were frozen by the European Union on Monday.",
     {"hamas"}, "european-union"),
    ("The funds of Asaib Ahl al-Haq and Kataib Hezbollah were frozen by Britain on Tuesday.",
     {"asaib-ahl-al-haq", "kataib-hezbollah"}, "united-kingdom"),
])
def test_whose_frozen_holdings_are_the_target(extract: Run, text: str, listed: set[str],
                                              by: str) -> None:
    found = _of_type(extract, text, "sanction")
    assert any(set(e.target_actors) == listed and by in e.actors for e in found), \
        [(e.actors, e.target_actors) for e in found]


@pytest.mark.parametrize(("text", "giver", "place"), [
    ("The IRGC deployed fighters to Aleppo last month.", "islamic-revolutionary-guard-corps",
     "aleppo"),
    ("Hezbollah sent fighters to Homs last month.", "hezbollah", "homs"),
    ("Iran sent fighters to Syria last month.", "iran", "syria"),
    ("The Quds Force dispatched volunteers to Aleppo in March.", "quds-force", "aleppo"),
])
def test_fighters_sent_to_a_place_go_there(extract: Run, text: str, giver: str,
                                           place: str) -> None:
    found = _of_type(extract, text, "transfer")
    assert any(e.subtype == "fighters" and giver in e.actors and e.location == place and
               place not in e.target_actors for e in found), \
        [(e.actors, e.target_actors, e.location) for e in found]


@pytest.mark.parametrize(("text", "receiver", "place"), [
    ("The navy seized a shipment of Iranian missile parts bound for the Houthis in the "
     "Arabian Sea on Monday.", "houthis", "arabian-sea"),
    ("Two ships carrying Iranian rockets for the Houthis sank in the Red Sea on Monday.",
     "houthis", "red-sea"),
    ("A truck carrying rockets for Hezbollah overturned near Homs on Monday.", "hezbollah",
     "homs"),
])
def test_loads_caught_or_lost_on_their_way(extract: Run, text: str, receiver: str,
                                           place: str) -> None:
    found = _of_type(extract, text, "transfer")
    assert any(e.target_actors == [receiver] and e.location == place for e in found), \
        [(e.actors, e.target_actors, e.location) for e in found]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Iran will send more fighters to Syria, a commander said.", "iran"),
    ("Hezbollah will send fighters to Aleppo, its leader said on Monday.", "hezbollah"),
    ("The IRGC said it would send volunteers to Lebanon.",
     "islamic-revolutionary-guard-corps"),
])
def test_declared_sending_of_fighters_is_a_statement(extract: Run, text: str,
                                                     speaker: str) -> None:
    events = extract(text).events
    assert any(e.type == "statement" and e.subtype == "deployment" and speaker in e.actors
               for e in events), [(e.type, e.subtype, e.actors) for e in events]
    assert not [e for e in events if e.type == "transfer"]


@pytest.mark.parametrize("text", [
    "Analysts said Iran would likely send more fighters to Syria.",
    "Iran may send fighters to Syria.",
    "The club will send more fans to the final in Madrid.",
])
def test_no_declared_sending(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("statement", "transfer")] == []
