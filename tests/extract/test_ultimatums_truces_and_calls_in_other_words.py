"""More wordings of declared decisions: a deadline renewed or extended with the act it
demands ("extended its deadline for US forces to leave Iraq"), an ultimatum renewed, a
warning reiterated, an ultimatum told by its speaker ("said US forces had until the end
of the year to leave"), a reprisal told by making the foe pay, a strait to be blocked; a
pause, halt or truce agreed, accepted, called or extended; calls for a people to rally,
to be ready for war or to lay down their weapons, on an army to confront a foe, for
escalating a fight, and on lawmakers to vote a foe out; an envoy's mission or staff
recalled or expelled, a diplomatic mission closed, relations frozen, a protest filed. A
deadline for registration, a road blocked, a student's deadline to leave and other
such wordings declare nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Kataib Hezbollah extended its deadline for US forces to leave Iraq.", "threat",
     "kataib-hezbollah"),
    ("Kataib Hezbollah renewed its ultimatum to US forces.", "threat", "kataib-hezbollah"),
    ("Kataib Hezbollah reiterated its warning to US forces.", "threat", "kataib-hezbollah"),
    ("Nujaba said US forces had until the end of the year to leave Iraq.", "threat",
     "harakat-hezbollah-al-nujaba"),
    ("The Houthis said they would make Israel pay.", "threat", "houthis"),
    ("Iran said it would block the Strait of Hormuz.", "threat", "iran"),
    ("Kataib Hezbollah called a halt to its operations against US forces.", "suspension",
     "kataib-hezbollah"),
    ("The Houthis agreed to a pause in attacks.", "suspension", "houthis"),
    ("Hamas accepted a humanitarian pause.", "suspension", "hamas"),
    ("Hezbollah extended the truce by two days.", "de_escalation", "hezbollah"),
    ("Kataib Hezbollah called for Iraqis to rally against the American occupation.", "call",
     "kataib-hezbollah"),
    ("Nasrallah called on all the resistance factions to be ready for war.", "call",
     "hassan-nasrallah"),
    ("Kataib Hezbollah called on its members to lay down their weapons.", "call",
     "kataib-hezbollah"),
    ("Hezbollah called on the Lebanese army to confront the Israeli incursion.", "call",
     "hezbollah"),
    ("Hamas called on the Arab world to mobilize against the Zionist aggression.", "call",
     "hamas"),
    ("Hamas called for escalating the confrontation with the occupation.", "call", "hamas"),
    ("Sadr urged the Iraqi parliament to vote to expel foreign troops.", "call",
     "muqtada-al-sadr"),
    ("Bahrain recalled its charge d'affaires from Beirut.", "recall", "bahrain"),
    ("Kuwait recalled its diplomatic staff from Tehran.", "recall", "kuwait"),
    ("Kuwait withdrew its diplomatic mission from Iran.", "recall", "kuwait"),
    ("Bahrain expelled the Iranian diplomatic mission.", "expulsion", "bahrain"),
    ("Bahrain closed its diplomatic mission in Tehran.", "suspension", "bahrain"),
    ("Iraq froze its relations with Sweden.", "severance", "iraq"),
    ("Iraq filed a formal protest with Washington.", "complaint", "iraq"),
])
def test_declared_in_other_words(extract: Extract, text: str, subtype: str,
                                 actor: str) -> None:
    assert _said(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "Iraq set a deadline for voter registration.",
    "Iraq extended the deadline for voter registration.",
    "The deadline for US forces to leave Iraq passed on Sunday.",
    "The students had until Friday to leave the dormitory, the university said.",
    "The company said it would make customers pay more.",
    "Iran said it would block the road.",
    "Kataib Hezbollah called on its fighters to exercise restraint.",
    "Iran called on all parties to show restraint.",
    "Officials gathered in the capital.",
])
def test_other_wordings_declare_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


def test_a_road_blocked_by_protesters_stays_a_protest(extract: Extract) -> None:
    assert [e.type for e in extract("Protesters blocked the road to the airport.").events] \
        == ["protest"]


def test_a_threat_told_by_making_the_foe_pay_is_dated_when_said(extract: Extract) -> None:
    events = extract("The Houthis said they would make Israel pay.").events
    assert [e.date for e in events] == ["2024-02"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Iran urged its allies to avoid escalation.", "iran"),
    ("The IRGC urged Iraqi factions to avoid attacks on US forces.",
     "islamic-revolutionary-guard-corps"),
    ("The Houthis called on the Yemeni people to go out in millions on Friday.", "houthis"),
    ("Sadr called on his followers to go out into the streets.", "muqtada-al-sadr"),
])
def test_calls_to_keep_out_of_a_fight_or_to_take_to_the_streets(extract: Extract, text: str,
                                                                actor: str) -> None:
    assert _said(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize("text", [
    "Iran urged its citizens to avoid travel during the holidays.",
    "The minister asked his staff to avoid civilian casualties.",
    "Sadr told his supporters to go out and vote.",
])
def test_other_things_avoided_or_gone_out_for_call_for_nothing(extract: Extract,
                                                               text: str) -> None:
    assert _said(extract(text)) == []
