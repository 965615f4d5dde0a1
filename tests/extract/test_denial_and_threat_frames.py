"""Denials and threats told through frames other than a verb of denying or
threatening: a deed disavowed, a deed labelled a false flag, a denial or warning in the
participle of a statement put out, a refusal in a relative clause far from the charge
it answers, foes' sites declared legitimate targets, a blow promised to a foe, a
conditional threat whose speaker leads the group (or the state) that will strike, a
denial told after a colon, a refusal declared in the present, an escalation declared
without its object, what a deed brings a party to utter, a declared readiness for
war or to strike, and a threat in a participle of saying after a claim. And what looks like them
but is none: "denied the crew entry", a warning of a disease or a disaster."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


def _denials(x: Extraction) -> list[list[str]]:
    return [a for s, a in _statements(x) if s == "denial"]


def _threats(x: Extraction) -> list[list[str]]:
    return [a for s, a in _statements(x) if s == "threat"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Asaib Ahl al-Haq on Monday disavowed the drone attack on the Ain al-Asad base.",
     "asaib-ahl-al-haq"),
    ("Hamas disowned a leaflet circulated in its name in Gaza.", "hamas"),
])
def test_a_deed_disavowed_is_a_denial(extract: Extract, text: str, actor: str) -> None:
    x = extract(text)
    assert [actor] in _denials(x)
    assert [e for e in x.events if e.type == "attack"] == []  # the deed is not told


@pytest.mark.parametrize(("text", "actor"), [
    ("Tehran called the bombing in Kerman a false flag staged to isolate it.", "iran"),
    ("Hezbollah described the blast at the port as a false-flag operation.", "hezbollah"),
    ("The Houthis dismissed the sinking as a false flag operation by Washington.",
     "houthis"),
    ("Iran said on Sunday that the shooting at the embassy was a false flag.", "iran"),
])
def test_a_deed_labelled_a_false_flag_is_denied(extract: Extract, text: str,
                                                actor: str) -> None:
    assert [actor] in _denials(extract(text))


@pytest.mark.parametrize("text", [
    "The tanker sailed under a false flag through the Strait of Hormuz.",
    "Analysts warned that a false flag operation could be used to justify a war.",
])
def test_a_false_flag_said_of_no_deed_denies_nothing(extract: Extract, text: str) -> None:
    assert _denials(extract(text)) == []


def test_a_statement_put_out_denying_a_role_is_a_denial(extract: Extract) -> None:
    x = extract("Kataib Hezbollah published a statement denying any part in the rocket fire.")
    assert ["kataib-hezbollah"] in _denials(x)


def test_a_statement_put_out_after_a_comma_denying_is_a_denial(extract: Extract) -> None:
    x = extract("The IRGC released a communique on Tuesday, denying any role.")
    assert ["islamic-revolutionary-guard-corps"] in _denials(x)


def test_a_statement_put_out_threatening_a_deed_is_a_threat(extract: Extract) -> None:
    x = extract("The Houthis posted a statement threatening to hit tankers bound for Eilat.")
    assert ["houthis"] in _threats(x)


def test_a_refusal_far_from_the_charge_it_answers_is_a_denial(extract: Extract) -> None:
    x = extract("Bahrain accused Iran of training the gunmen who attacked the police post "
                "in Sitra, which Tehran rejected.")
    assert ["iran"] in _denials(x)


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah declared all US bases in Iraq a legitimate target.",
     "kataib-hezbollah"),
    ("The Houthis on Friday declared British warships a legitimate target.", "houthis"),
    ("Nujaba said it considered American diplomats a legitimate target.",
     "harakat-hezbollah-al-nujaba"),
])
def test_sites_declared_legitimate_targets_are_threatened(extract: Extract, text: str,
                                                          actor: str) -> None:
    assert [actor] in _threats(extract(text))


@pytest.mark.parametrize("text", [
    "Israel regards the weapons depots of Hezbollah as legitimate targets under the law.",
    "Rights groups said schools were never legitimate targets.",
])
def test_a_view_of_legitimate_targets_threatens_no_one(extract: Extract, text: str) -> None:
    assert _threats(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah said the enemy would receive a painful blow for the killing.", "hezbollah"),
    ("The IRGC said its forces would deal a decisive blow to any aggressor.",
     "islamic-revolutionary-guard-corps"),
])
def test_a_blow_promised_to_a_foe_is_a_threat(extract: Extract, text: str,
                                              actor: str) -> None:
    assert [actor] in _threats(extract(text))


@pytest.mark.parametrize("text", [
    "Hezbollah said the death of its commander was a heavy blow.",
    "Observers said the sanctions would deal a heavy blow to Iran's economy.",
])
def test_a_blow_that_is_a_setback_is_no_threat(extract: Extract, text: str) -> None:
    assert _threats(extract(text)) == []


def test_a_leader_speaks_for_the_group_that_will_strike(extract: Extract) -> None:
    x = extract("Should the raids go on, Hezbollah will strike Haifa, its leader Hassan "
                "Nasrallah said.")
    assert ["hassan-nasrallah"] in _threats(x)


@pytest.mark.parametrize(("text", "actor"), [
    ("Asaib Ahl al-Haq replied on Telegram: the group was not behind the shelling.",
     "asaib-ahl-al-haq"),
    ("The Houthis' message was short: they had nothing to do with the sabotage.",
     "houthis"),
])
def test_a_denial_after_a_colon_is_the_speakers(extract: Extract, text: str,
                                                actor: str) -> None:
    assert [actor] in _denials(extract(text))


def test_a_finding_after_a_colon_denies_nothing(extract: Extract) -> None:
    assert _denials(extract("The inquiry was brief: the convoy was not involved in the "
                            "crash.")) == []


@pytest.mark.parametrize("text", [
    "The Iraqi authorities denied the French reporters entry at Baghdad airport.",
    "Washington denied visas to two Iranian diplomats.",
    "Israel denied the UN convoy access to Rafah on Monday.",
])
def test_a_thing_withheld_is_no_denial(extract: Extract, text: str) -> None:
    assert _denials(extract(text)) == []


@pytest.mark.parametrize("text", [
    "The World Health Organization warned of a cholera epidemic in Sanaa.",
    "The United Nations warned of famine in northern Gaza.",
])
def test_a_warning_of_a_hazard_is_no_threat(extract: Extract, text: str) -> None:
    assert _threats(extract(text)) == []


def test_a_dateline_in_capitals_is_not_the_speaker(extract: Extract) -> None:
    x = extract("ADEN \u2014 The Houthis vowed on Friday to hit back at Britain.")
    assert ["houthis"] in _threats(x)


def test_a_refusal_declared_in_the_present_is_a_denial(extract: Extract) -> None:
    x = extract("Hezbollah said on Monday that it firmly rejects the Israeli accusations.")
    assert ["hezbollah"] in _denials(x)


def test_a_state_body_speaks_for_its_state(extract: Extract) -> None:
    x = extract("An IRGC general said Iran would strike Tel Aviv if Israel hit its oil "
                "terminals.")
    assert ["islamic-revolutionary-guard-corps"] in _threats(x)


def test_a_declared_escalation_without_object_is_a_threat(extract: Extract) -> None:
    assert ["kataib-hezbollah"] in _threats(extract(
        "Kataib Hezbollah said on Saturday it would escalate unless the raids stopped."))


def test_an_escalation_forecast_of_no_party_threatens_nothing(extract: Extract) -> None:
    assert _threats(extract("The UN envoy said the fighting would escalate without "
                            "talks.")) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("US jets bombed a militia camp near Qaim, prompting Kataib Hezbollah to vow revenge.",
     "kataib-hezbollah"),
    ("The leaked report pushed the IRGC to deny any part in the sabotage.",
     "islamic-revolutionary-guard-corps"),
])
def test_what_a_deed_brings_a_party_to_utter_is_its_statement(extract: Extract, text: str,
                                                              actor: str) -> None:
    assert [actor] in [a for _s, a in _statements(extract(text))]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis said on Sunday they were ready for a long war with America.", "houthis"),
    ("Kataib Hezbollah said its fighters were prepared to retaliate against US forces.",
     "kataib-hezbollah"),
])
def test_a_declared_readiness_for_war_is_a_threat(extract: Extract, text: str,
                                                  actor: str) -> None:
    assert [actor] in _threats(extract(text))


@pytest.mark.parametrize("text", [
    "Observers said Hezbollah was ready for war.",
    "The foreign minister said Iran was ready for talks with Europe.",
    "The field hospital said it was prepared for a wave of casualties.",
])
def test_a_readiness_for_no_war_or_of_no_speaker_is_no_threat(extract: Extract,
                                                              text: str) -> None:
    assert _threats(extract(text)) == []


def test_a_readiness_declared_is_dated_when_said(extract: Extract) -> None:
    x = extract("The IRGC said its units were ready to strike any enemy base.",
                published="2024-05-20")
    threats = [e for e in x.events if e.type == "statement"]
    assert threats and threats[0].date is not None


def test_a_participle_of_saying_speaks_with_its_clause_subject(extract: Extract) -> None:
    x = extract("Asaib Ahl al-Haq claimed the rocket fire on the Victory base on Monday, "
                "saying its attacks would go on until the occupation ended.")
    threats = [e for e in x.events if e.type == "statement" and e.subtype == "threat"]
    assert [e.actors for e in threats] == [["asaib-ahl-al-haq"]]
    assert threats[0].date is not None  # said when the claim was made
