"""Declared decisions whose word is known but whose sense needs its complement: a
demand rejected, a call for a break with a foe, an order to a force or for a measure,
a review or an end declared by their noun, a course already under way as its maker
declares it, a warning added by a participle; and the other senses of those words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


def _actors(x: Extraction) -> list[list[str]]:
    return [a for _s, a in _statements(x)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Asaib Ahl al-Haq rejected the cabinet's demand that it hand over its drones.",
     "asaib-ahl-al-haq"),
    ("The Houthis dismissed the Omani truce initiative on Wednesday.", "houthis"),
    ("Hamas rejected the latest Egyptian offer, its spokesman said.", "hamas"),
])
def test_a_demand_rejected_is_a_statement(extract: Extract, text: str, actor: str) -> None:
    assert ("rejection", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Iraq's parliament rejected the draft budget on Monday.",
    "The offer was rejected by the shareholders.",
    "A Baghdad court dismissed the lawsuit against the governor.",
])
def test_a_bill_a_lawsuit_or_a_passive_rejection_is_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah called for the immediate expulsion of the American envoy.",
     "kataib-hezbollah"),
    ("Muqtada al-Sadr called on Thursday for the closure of the US embassy.",
     "muqtada-al-sadr"),
    ("The Houthis called on Muslim states to sever relations with Washington.", "houthis"),
    ("Sadr called for all foreign forces to leave Iraqi soil.", "muqtada-al-sadr"),
    ("Qais al-Khazali called on his supporters to take to the streets of Baghdad.",
     "qais-al-khazali"),
])
def test_a_call_for_a_break_with_a_foe_is_a_statement(extract: Extract, text: str,
                                                      actor: str) -> None:
    assert actor in [a for acts in _actors(extract(text)) for a in acts]


@pytest.mark.parametrize("text", [
    "Hezbollah called for calm in the Lebanese capital.",
    "Tehran called for an inquiry into the crash of the helicopter.",
    "Iraq's president called on donors to help rebuild Sinjar.",
    "The Iraqi prime minister called his Jordanian counterpart on Monday.",
    "The sit-in ended after the Basra police called on the students to leave.",
    "Asaib Ahl al-Haq has long called for the expulsion of American diplomats.",
])
def test_calls_for_calm_help_or_an_inquiry_are_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


def test_a_time_limit_after_by_is_no_agent(extract: Extract) -> None:
    x = extract("Kataib Hezbollah called for the exit of foreign troops by the end of June.")
    assert ["kataib-hezbollah"] in _actors(x)


@pytest.mark.parametrize(("text", "actor"), [
    ("Khamenei ordered the IRGC to ready a crushing reply.", "ali-khamenei"),
    ("Hezbollah told its fighters to halt all attacks on the border.", "hezbollah"),
    ("The Iraqi prime minister ordered the closure of the factions' offices in Mosul.",
     "iraq"),
    ("Iraq's prime minister issued an order to shut the militias' checkpoints.", "iraq"),
])
def test_an_order_to_a_force_or_for_a_measure_is_a_statement(extract: Extract, text: str,
                                                             actor: str) -> None:
    assert actor in [a for acts in _actors(extract(text)) for a in acts]


@pytest.mark.parametrize("text", [
    "Iraq's prime minister ordered the health ministry to investigate the outbreak.",
    "Analysts said the order of battle of the Syrian army had changed little.",
    "The judge ordered the release of the two journalists.",
])
def test_orders_of_an_inquiry_or_a_court_are_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Kuwait announced a review of its basing agreement with Washington.", "kuwait"),
    ("Iraq's foreign minister said the government was reviewing the coalition's mission.",
     "iraq"),
])
def test_a_review_of_ties_declared_is_a_statement(extract: Extract, text: str,
                                                  actor: str) -> None:
    assert ("review", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "A review of the footage showed the drone came from the east.",
    "Officials said they were following developments in Syria closely.",
])
def test_a_review_of_evidence_or_watching_events_is_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Harakat al-Nujaba declared an end to its pause in operations.", "resumption",
     "harakat-hezbollah-al-nujaba"),
    ("The Houthis said they would end their operations once the siege was lifted.",
     "suspension", "houthis"),
    ("Kataib Hezbollah said it would resume targeting the American base.", "resumption",
     "kataib-hezbollah"),
])
def test_an_end_or_a_resumption_declared_is_a_statement(extract: Extract, text: str,
                                                        subtype: str, actor: str) -> None:
    assert (subtype, [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "The funeral ended quietly in the afternoon.",
    "Israel ended its operation in Tulkarm on Friday.",
    "Flights to Erbil resumed on Tuesday.",
])
def test_ends_and_resumptions_told_by_the_narrator_are_none(extract: Extract,
                                                            text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis said on Monday they would resume their naval blockade of Eilat.",
     "houthis"),
    ("The Houthis announced on Friday that they had resumed the siege of Taiz.", "houthis"),
    ("Hamas announced on Tuesday the resumption of its boycott of the talks.", "hamas"),
])
def test_a_coercive_measure_declared_resumed_is_a_statement(extract: Extract, text: str,
                                                            actor: str) -> None:
    assert ("resumption", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "The Iraqi education ministry said classes would resume on Sunday.",
    "Customs officers resumed the ban on imports of Iranian fuel on Monday.",
    "The Houthis said the talks on the siege of Taiz would resume in Muscat.",
])
def test_a_course_resumed_without_its_maker_declaring_it_is_none(extract: Extract,
                                                                 text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis aired a speech on Friday, warning that US warships would be hit.",
     "houthis"),
    ("Kataib Hezbollah sent a warning to the Kurdish authorities over the base.",
     "kataib-hezbollah"),
])
def test_a_warning_told_by_a_participle_or_its_noun_is_a_threat(extract: Extract,
                                                                text: str,
                                                                actor: str) -> None:
    assert ("threat", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "The State Department issued a travel warning for Lebanon.",
    "Farmers left their fields, warning of more floods.",
    "Hezbollah urged Beirut to act, warning that the reforms are overdue.",
    "Israeli jets struck a depot near Tyre, warning that more raids would follow.",
])
def test_advice_anonymous_warnings_and_warnings_beside_a_deed_are_none(extract: Extract,
                                                                       text: str) -> None:
    assert _statements(extract(text)) == []


def test_a_deed_named_as_a_cause_is_no_new_event(extract: Extract) -> None:
    x = extract("Jordan's interior minister resigned over the raids.")
    assert [e.type for e in x.events] == ["statement"]


def test_as_long_as_is_a_condition_not_a_long_held_position(extract: Extract) -> None:
    x = extract("Kataib Hezbollah said its operations will go on as long as US troops stay.")
    assert ("threat", ["kataib-hezbollah"]) in _statements(x)


@pytest.mark.parametrize(
    "text",
    [
        "The IRGC directed the attacks on the base, US officials said on Monday.",
        "The general directed the operation from Tehran on Monday.",
    ],
)
def test_directing_an_operation_is_no_deployment(extract: Extract, text: str) -> None:
    assert [e for e in extract(text).events if e.subtype == "deployment"] == []


def test_directing_ships_to_stay_is_a_deployment(extract: Extract) -> None:
    events = extract("The Pentagon said on Sunday the secretary had directed two carrier "
                     "groups to remain in the region.").events
    assert [(e.type, e.subtype) for e in events] == [("statement", "deployment")]


def test_what_is_announced_is_the_event(extract: Extract) -> None:
    events = extract("The Treasury announced sanctions on three Houthi financiers on "
                     "Friday.").events
    assert [e.type for e in events] == ["sanction"]
