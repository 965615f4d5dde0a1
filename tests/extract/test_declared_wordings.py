"""Declared decisions, threats and denials in wordings of everyday reporting: a clause of
its own after a negated one, what "goes unanswered", a refusal to hesitate, a reply on
its way, a deed whose subject is what resumes, a span of hours given, a refusal in the
present or labelled false, a charge called a pretext, ordered warships; and what
declares nothing: questions, forecasts, purchases."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    # a joined clause with its own subject keeps its own polarity
    ("A Houthi negotiator said the listing would not alter their position and that strikes "
     "on Israeli-bound ships would continue.", "threat", "houthis"),
    ("Tehran's defence minister said Iran would not hesitate to act against any aggressor.",
     "threat", "iran"),
    ("Hezbollah's deputy leader Naim Qassem said the group's reply was coming.", "threat",
     "naim-qassem"),
    ("The Islamic Resistance in Iraq said its operations against the occupiers would resume "
     "next week.", "resumption", "islamic-resistance-in-iraq"),
    ("Kataib Hezbollah said in a statement that its attacks would resume once the truce "
     "expired.", "resumption", "kataib-hezbollah"),
    ("The Houthis gave the ship's owners 48 hours to divert the vessel.", "threat", "houthis"),
    ("Kataib Hezbollah rejects the accusation of involvement in the Erbil blast.", "denial",
     "kataib-hezbollah"),
    ("The Houthis rejected the American briefing as fabrications.", "denial", "houthis"),
    ("Tehran said the accusations were a pretext to justify new sanctions.", "denial", "iran"),
    ("The Pentagon ordered three destroyers into the Gulf of Aden on Monday.", "deployment",
     "pentagon"),
    ("Iraq's oil minister stepped down on Sunday.", "resignation", "iraq"),
    ("The Kuwaiti government said it would review its membership in the coalition.", "review",
     "kuwait"),
])
def test_a_declared_course_is_a_statement(extract: Extract, text: str, subtype: str,
                                          actor: str) -> None:
    found = _statements(extract(text))
    assert [s for s, _a in found] == [subtype]
    assert actor in found[0][1]


def test_what_goes_unanswered_is_the_target_not_the_speaker(extract: Extract) -> None:
    x = extract("Kataib Hezbollah said the American raid on Al-Qaim would not go unanswered.")
    threat = next(e for e in x.events if e.type == "statement")
    assert threat.actors == ["kataib-hezbollah"]
    assert "united-states" in threat.target_actors


def test_a_joined_verb_of_saying_speaks_with_the_first_verbs_subject(extract: Extract) -> None:
    x = extract("Harakat al-Nujaba condemned the raid and said it would not go unpunished.")
    threat = next(e for e in x.events if e.type == "statement")
    assert threat.actors == ["harakat-hezbollah-al-nujaba"]


@pytest.mark.parametrize("text", [
    "Investors did not hesitate to sell their shares after the blast.",
    "The ministry said its response to the proposal was coming.",
    "The airline said its flights to Beirut would resume in May.",
    "The ministry gave the workers two days off after the holiday.",
    "The US accuses Iran of arming the group, a charge Tehran rejects.",
    "The attack gave Israel a pretext for a wider war.",
    "Did Iraq expel the Iranian envoy? Officials would not say.",
    "Officials said the militias would probably retaliate against the base.",
    "Experts said Tehran would retaliate against Israel within weeks.",
    "The navy ordered four frigates from an Italian shipyard.",
])
def test_no_declaration_is_no_statement(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Lebanon's economy minister resigned his post on Friday.", 1),
    ("The garrison commander resigned himself to a long siege.", 0),
    ("Iraqi border guards stepped down their alert after the talks.", 0),
])
def test_a_resignation_is_of_an_office(extract: Extract, text: str, count: int) -> None:
    assert len(_statements(extract(text))) == count


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("A Nujaba spokesman said the movement had no hand in the blast at the Baghdad depot.",
     "denial", "harakat-hezbollah-al-nujaba"),
    ("Kataib Hezbollah distanced itself on Monday from the drone launches at Erbil.",
     "denial", "kataib-hezbollah"),
    ("Asaib Ahl al-Haq said its men were ready to hit American positions in Anbar.",
     "threat", "asaib-ahl-al-haq"),
    ("The Houthis said they would not allow any tanker bound for Eilat to sail past Hodeidah.",
     "threat", "houthis"),
    ("The Popular Mobilization Forces said they would confront any incursion into Iraq.",
     "threat", "popular-mobilization-forces"),
    ("Nujaba called on the Iraqi government to cancel its security pact with Washington.",
     "call", "harakat-hezbollah-al-nujaba"),
    ("The Houthis lifted their blockade of the port on Thursday.", "resumption", "houthis"),
    ("Kataib Hezbollah said it had stopped firing at American bases.", "suspension",
     "kataib-hezbollah"),
])
def test_more_declared_courses(extract: Extract, text: str, subtype: str, actor: str) -> None:
    found = _statements(extract(text))
    assert [s for s, _a in found] == [subtype]
    assert actor in found[0][1]


@pytest.mark.parametrize("text", [
    "The ministry said the convoy had stopped at the border crossing.",
    "The Houthis said they would allow UN inspectors to visit the port.",
    "The minister said the ministry would not allow foreign funding of parties.",
    "Officials said the militia was ready to strike again, analysts noted.",
    "The boxer was ready to strike back in the third round.",
    "The minister distanced the government from the new tax.",
])
def test_no_course_declared(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    # a verb of saying that is also the start of a trigger phrase ("state of emergency")
    ("Asaib Ahl al-Haq leader Qais al-Khazali stated that the movement will retaliate for "
     "the raid.", "threat", "qais-al-khazali"),
    ("Harakat al-Nujaba claimed that it was not involved in the blast at the Kirkuk depot.",
     "denial", "harakat-hezbollah-al-nujaba"),
    ("The Houthis said the movement had made the decision to retaliate against Britain.",
     "threat", "houthis"),
    ("Baghdad dismissed as groundless Turkish claims that it shelters the militants.",
     "denial", "iraq"),
    ("The Houthis announced a naval blockade of the port of Eilat on Sunday.", "threat",
     "houthis"),
    ("Tehran labelled the Israeli report a fabrication on Thursday.", "denial", "iran"),
])
def test_declared_in_other_words(extract: Extract, text: str, subtype: str,
                                 actor: str) -> None:
    found = _statements(extract(text))
    assert [s for s, _a in found] == [subtype]
    assert actor in found[0][1]


@pytest.mark.parametrize("text", [
    "Israel's blockade of Gaza entered its second decade.",
    "The court's decision to release the suspects angered the families.",
    "Analysts claimed that the militia was not responsible for the blast.",
])
def test_no_declaration_in_these_words(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Kataib Hezbollah had threatened retaliation after three of its men died in a raid last "
     "month.", 0),
    ("On Monday Kataib Hezbollah had threatened retaliation against the base.", 1),
    ("Kataib Hezbollah said it had threatened the base before the raid.", 1),
])
def test_a_threat_recalled_in_the_past_perfect(extract: Extract, text: str,
                                               count: int) -> None:
    assert len(_statements(extract(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("The Iraqi foreign ministry said the Turkish allegations were politically motivated.", 1),
    ("Asaib Ahl al-Haq said the reports of its involvement were absurd.", 1),
    ("Harakat al-Nujaba said the accusations were utter nonsense.", 1),
    ("Investigators said the shooting was politically motivated.", 0),
    ("The minister said the budget plan was ridiculous.", 0),
    ("Police said the identity cards were fake.", 0),
])
def test_a_charge_called_absurd_is_denied(extract: Extract, text: str, count: int) -> None:
    assert len(_statements(extract(text))) == count


@pytest.mark.parametrize("text", [
    "Asaib Ahl al-Haq said it did not carry out Friday's rocket attack on the airport.",
    "A drone struck the Conoco field on Friday. Asaib Ahl al-Haq said it did not carry out "
    "the attack.",
])
def test_a_deed_disowned_through_its_verb_of_doing_is_a_denial(
        extract: Extract, text: str) -> None:
    x = extract(text)
    [denial] = [e for e in x.events if e.type == "statement"]
    assert (denial.subtype, denial.actors) == ("denial", ["asaib-ahl-al-haq"])
    assert not any("asaib-ahl-al-haq" in e.all_actors() for e in x.events if e.type == "attack")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Asaib Ahl al-Haq said foreign troops would remain targets while they stayed.",
     "asaib-ahl-al-haq"),
    ("The IRGC navy said it would close the Strait of Hormuz if Iran's oil were blocked.",
     "irgc-navy"),
])
def test_declared_targets_and_closures_are_threats(
        extract: Extract, text: str, speaker: str) -> None:
    [threat] = [e for e in extract(text).events if e.type == "statement"]
    assert threat.subtype == "threat" and speaker in threat.actors


@pytest.mark.parametrize("text", [
    "The shop remained a target for vandals last year.",
    "The bank said it would close the accounts of sanctioned firms.",
    "Officials said the border crossing would close at noon.",
])
def test_targets_and_closures_of_other_kinds_are_no_threat(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a plural label of the charge, and the other side's "account" called false
    ("Harakat al-Nujaba said the American claims were lies meant to excuse the raids.",
     "harakat-hezbollah-al-nujaba"),
    ("Kataib Hezbollah said the Pentagon's version of events was false.", "kataib-hezbollah"),
    # a delivery the speaker's own side did not make
    ("Iran said it had not sent any drones to Sudan.", "iran"),
])
def test_more_denials_in_reported_speech(extract: Extract, text: str, speaker: str) -> None:
    [denial] = [e for e in extract(text).events if e.type == "statement"]
    assert (denial.subtype, denial.actors) == ("denial", [speaker])


def test_a_delivery_another_party_did_not_make_is_no_denial(extract: Extract) -> None:
    x = extract("The UN panel said the weapons had not been delivered to the Houthis.")
    assert not [e for e in x.events if e.type == "statement"]


@pytest.mark.parametrize("text", [
    "Iraqi lawmakers passed a resolution on Sunday calling for the exit of foreign troops.",
    "The Security Council adopted a resolution demanding an end to the attacks on ships.",
])
def test_a_vote_told_by_what_it_passed(extract: Extract, text: str) -> None:
    [vote] = [e for e in extract(text).events if e.type == "statement"]
    assert vote.subtype == "vote" and vote.actors


@pytest.mark.parametrize("text", [
    "The resolution was drafted by France.",
    "The bill would impose sanctions on Hezbollah if passed.",
])
def test_a_resolution_not_passed_is_no_vote(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text).events if e.subtype == "vote"]
