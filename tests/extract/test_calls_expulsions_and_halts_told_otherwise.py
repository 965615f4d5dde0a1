"""Declared decisions told in other words: a call made by appealing to, asking or
instructing a people ("appealed to the factions to halt their attacks", "asked its
fighters to suspend operations"), or for acts of retaliation, of joining a fight or of
driving a foe out; an envoy sent away by an order to leave, by "persona non grata" or in
the passive ("was expelled by Bahrain"); an envoy "summoned home"; a review told as a
reassessment; a mission terminated; a campaign told stopped, as "halted" is. Appeals,
requests and orders of other things, stops of other things and recalls of the past
declare nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Sudani appealed to the factions to halt their attacks.", "mohammed-shia-al-sudani"),
    ("Kataib Hezbollah asked its fighters to suspend operations against US forces.",
     "kataib-hezbollah"),
    ("Sadr instructed his followers to end the sit-in.", "muqtada-al-sadr"),
    ("Iran appealed to Muslim countries to impose an oil embargo on Israel.", "iran"),
    ("Nasrallah called on the resistance factions to respond to the assassination.",
     "hassan-nasrallah"),
    ("Hamas called on Arabs to join the battle.", "hamas"),
    ("Sadr called on his supporters to take part in the protests.", "muqtada-al-sadr"),
    ("Kataib Hezbollah called on the Iraqi government to kick out US troops.",
     "kataib-hezbollah"),
    ("Sadr called on the government to shut down the US embassy.", "muqtada-al-sadr"),
    ("Hamas urged its fighters in the West Bank to intensify their attacks.", "hamas"),
])
def test_calls_in_other_words(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraq ordered the Swedish ambassador to leave the country.", "iraq"),
    ("Bahrain told the Iranian envoy to leave within 48 hours.", "bahrain"),
    ("Iraq declared the Swedish charge d'affaires persona non grata.", "iraq"),
    ("The ambassador was expelled by Bahrain.", "bahrain"),
    ("The Iranian envoy has been expelled by Kuwait.", "kuwait"),
])
def test_envoys_sent_away(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("expulsion", [actor])]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Iraq summoned home its envoy to Stockholm.", "recall", "iraq"),
    ("Its ambassador was recalled by Bahrain for consultations.", "recall", "bahrain"),
    ("Germany said it was reassessing its presence in Iraq.", "review", "germany"),
    ("Australia said it would rethink its military role in Iraq.", "review", "australia"),
    ("Iraq decided to terminate the coalition's mission.", "decision", "iraq"),
    ("Kataib Hezbollah stopped its attacks on US forces.", "suspension", "kataib-hezbollah"),
    ("Kataib Hezbollah has stopped operations against US forces.", "suspension",
     "kataib-hezbollah"),
    ("Hezbollah stopped firing rockets at Israel.", "suspension", "hezbollah"),
])
def test_decisions_in_other_words(extract: Extract, text: str, subtype: str,
                                  actor: str) -> None:
    assert _said(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "Nasrallah called the meeting to discuss the budget.",
    "Iran set a record for oil exports.",
    "Nasrallah gave a speech in Beirut.",
    "The minister asked journalists to leave the room.",
    "Sadr told his supporters to go home.",
    "Iran asked the IAEA to send inspectors.",
    "Hezbollah appealed the court ruling.",
    "Iran appealed to the United Nations for help.",
    "The teacher instructed the students to stop talking.",
    "Sadr told reporters that he was ready to talk.",
    "Sadr called on his supporters to remain calm.",
    "The rain stopped on Friday.",
    "Iraqi police stopped the car at a checkpoint.",
    "Hezbollah stopped short of claiming the attack.",
    "Kataib Hezbollah did not stop its attacks on US forces.",
    "The ambassador was invited by Bahrain to a dinner.",
    "The ambassador was expelled.",
    "The minister said he would reassess the situation.",
    "The company decided to terminate the contract.",
])
def test_other_wordings_declare_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


def test_a_stop_at_a_checkpoint_stays_an_arrest(extract: Extract) -> None:
    assert [(e.type, e.subtype) for e in extract(
        "Police stopped two suspects at the border.").events] == [("arrest", "arrest")]
