"""Threats and denials told in reported speech without a verb of threatening or denying:
a reprisal noun in a declared clause of the future ("said its reply would be crushing"),
a blow declared to be met with force, bases declared legitimate targets, a refusal of
inaction ("would not stand idle"), a reply in kind, a declared dispatch of troops, a
charge declared made up, and a second verb of warning the parse joins to the reported
clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah said on Friday that its reply to the Israeli raid would be painful.",
     "hezbollah"),
    ("The Houthis said they would deliver a devastating response to any American "
     "aggression.", "houthis"),
    ("The IRGC said any strike on Iranian soil would be met with a decisive response.",
     "islamic-revolutionary-guard-corps"),
    ("Kataib Hezbollah said any attack on its headquarters would meet with force.",
     "kataib-hezbollah"),
    ("Harakat al-Nujaba said on Sunday that US embassies in the region would be "
     "legitimate targets.", "harakat-hezbollah-al-nujaba"),
    ("Iran will not stand idle in the face of this aggression, the foreign ministry said.",
     "iranian-foreign-ministry"),
    ("Asaib Ahl al-Haq said it would not remain silent over the killing of its members.",
     "asaib-ahl-al-haq"),
    ("Tehran said it would reciprocate if London listed the Guards as a terrorist group.",
     "iran"),
])
def test_a_declared_reprisal_is_a_threat(extract: Extract, text: str, actor: str) -> None:
    assert ("threat", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "The World Food Programme said its response to the drought in Yemen would be expanded.",
    "Iraq's health ministry said its response to the flooding would be swift.",
    "Analysts said the US garrisons would be legitimate targets in a wider war.",
    "Experts said Tehran's retaliation would probably be limited to its proxies.",
    "Iran's foreign minister met with his Omani counterpart in Muscat on Monday.",
    "The Iranian government has remained silent on the explosion at the refinery.",
    "Lebanon said the cabinet's reply to the French proposal would come next week.",
    "The Pentagon said its response last month had been the first phase of a campaign.",
])
def test_a_reply_that_is_no_blow_is_no_threat(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "threat"] == []


def test_a_declared_dispatch_of_troops_is_a_deployment(extract: Extract) -> None:
    x = extract("Britain said it would send more warships to the Red Sea after the attacks.")
    assert ("deployment", ["united-kingdom"]) in _statements(x)


def test_fighters_sent_abroad_stay_a_transfer(extract: Extract) -> None:
    x = extract("The IRGC sent fighters to Syria in 2013, according to the report.")
    assert [s for s, _a in _statements(x) if s == "deployment"] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas said the Israeli allegations about the tunnels were fabricated.", "hamas"),
    ("The Houthis said the US accusations were exaggerated and baseless.", "houthis"),
    ("Tehran said on Monday it had no knowledge of the kidnapping plot.", "iran"),
])
def test_a_charge_declared_false_is_a_denial(extract: Extract, text: str,
                                             actor: str) -> None:
    assert ("denial", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Police said the smugglers had fabricated the customs papers.",
    "The fabricated invoices were found at the port, officials said.",
])
def test_a_forgery_told_is_no_denial(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "denial"] == []


def test_a_warning_joined_to_the_reported_clause_is_the_speakers(extract: Extract) -> None:
    x = extract("The Houthis said the missile had hit the destroyer and warned that any "
                "further raid would bring a harsher reply.")
    assert ("threat", ["houthis"]) in _statements(x)


@pytest.mark.parametrize("text", [
    "Tehran funds the militia, Western diplomats say, a charge Iran denies.",
    "The Houthis receive missile parts from Iran, according to UN experts, an allegation "
    "Tehran rejects.",
    "Iran, which denies backing the group, welcomed the ceasefire on Friday.",
])
def test_a_standing_denial_beside_a_standing_charge_is_background(extract: Extract,
                                                                  text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "denial"] == []


def test_a_relative_denial_in_the_past_stays_a_statement(extract: Extract) -> None:
    x = extract("Washington blamed Kataib Hezbollah for the rocket fire, which the group "
                "denied on Sunday.")
    assert ("denial", ["kataib-hezbollah"]) in _statements(x)


@pytest.mark.parametrize(("text", "actor"), [
    ("Iran's defence minister said Tehran would hold Washington responsible for any "
     "harm to its diplomats.", "iran"),
    ("The Houthis said Britain would bear full responsibility for the escalation.", "houthis"),
    ("Hezbollah said that the enemy would regret the assassination of its commander.",
     "hezbollah"),
    ("The Houthis said American destroyers in the Gulf of Aden were now legitimate "
     "military targets.", "houthis"),
    ("Kataib Hezbollah said it would not stand by while Iraqi sovereignty was violated.",
     "kataib-hezbollah"),
])
def test_more_declared_reprisals_are_threats(extract: Extract, text: str, actor: str) -> None:
    assert ("threat", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Hezbollah said it would not stand by its earlier casualty figures.",
    "Iran's president said he regretted the deaths in the bus crash.",
    "Hezbollah has said that any Israeli raid makes the northern towns legitimate targets.",
])
def test_standing_by_a_figure_or_regretting_a_loss_is_no_threat(extract: Extract,
                                                                text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "threat"] == []


def test_a_passive_deed_denied_of_ones_own_forces_is_a_denial(extract: Extract) -> None:
    x = extract("The Houthis said the freighter had not been struck by their missiles.")
    assert ("denial", ["houthis"]) in _statements(x)


def test_an_ordered_expulsion_of_an_envoy_is_an_expulsion(extract: Extract) -> None:
    x = extract("Bahrain ordered the expulsion of the Iranian charge d'affaires after the "
                "smuggling cell was broken up.")
    assert ("expulsion", ["bahrain"]) in _statements(x)


def test_the_government_continues_the_state_told_before(extract: Extract) -> None:
    x = extract("Kuwait expelled two Iranian diplomats on Monday. The government said it "
                "would lodge a complaint with the Arab League.")
    assert ("expulsion", ["kuwait"]) in _statements(x)
    assert ("complaint", ["kuwait"]) in _statements(x)
    complaint = next(e for e in x.events if e.subtype == "complaint")
    assert complaint.date is not None  # told when it was said


def test_the_government_after_an_armed_group_names_no_one(extract: Extract) -> None:
    x = extract("Kataib Hezbollah fired rockets at the base. The government said it would "
                "file a complaint with the Security Council.")
    assert [s for s, _a in _statements(x) if s == "complaint"] == []


def test_a_pronoun_continuing_a_state_does_its_diplomatic_act(extract: Extract) -> None:
    x = extract("Pakistan condemned the missile strike in Balochistan. On Thursday it "
                "recalled its ambassador from Tehran.")
    assert ("recall", ["pakistan"]) in _statements(x)


def test_a_pronoun_continuing_an_armed_group_does_no_diplomatic_act(extract: Extract) -> None:
    x = extract("Kataib Hezbollah denied any role in the drone attack. It said it would file "
                "a complaint against the newspaper.")
    assert [s for s, _a in _statements(x) if s == "complaint"] == []
