"""Declared decisions told in other words: a curfew declared or imposed; a state's body
telling its own people to avoid travel to a country or not to travel there; a leader
withdrawing his deputies or ministers from a body of state, or quitting political life,
told also in a "when" clause of time; a time limit of minutes given to leave; a
measure told as the means of a response ("reacted by suspending flights"); a resolve
declared to bring the guilty to justice; two clauses, each with a subject of its own,
declaring two decisions. Curfews only told, travel plans of others, a job quit, time
given for other things and justice done declare nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraqi security forces imposed a curfew on Sadr City on Sunday.", "iraqi-security-forces"),
    ("Hezbollah declared a curfew in the southern suburbs on Friday.", "hezbollah"),
    ("The Houthis announced a night curfew in Hodeidah.", "houthis"),
])
def test_curfews_declared(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("curfew", [actor])]


@pytest.mark.parametrize("text", [
    "Shops stayed closed during the curfew on Friday.",
    "The curfew in Basra was lifted on Wednesday.",
])
def test_curfews_only_told(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Lebanon's security cabinet urged citizens to avoid all travel to Iraq.", "lebanon"),
    ("Jordan told its nationals not to travel to Lebanon.", "jordan"),
    ("Kuwait urged Kuwaitis on Monday to avoid non-essential travel to Iran.", "kuwait"),
    ("Qatar called on its citizens not to travel to Syria.", "qatar"),
    ("Iran urged its citizens to avoid travel to Iraq.", "iran"),
])
def test_travel_warnings(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("travel_warning", [actor])]


@pytest.mark.parametrize("text", [
    "Police urged drivers to avoid the motorway to Basra.",
    "The airline told its staff not to travel to Beirut.",
    "Kuwait urged citizens to avoid travel during the holiday.",
    "Kuwait urged its citizens to travel to Iran for the pilgrimage.",
])
def test_no_travel_warning(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hadi al-Amiri withdrew his 40 lawmakers from parliament in March.", "hadi-al-amiri"),
    ("Hezbollah withdrew its two ministers from the government on Monday.", "hezbollah"),
    ("Qais al-Khazali announced on Friday that he was quitting political life for good.",
     "qais-al-khazali"),
    ("The standoff began on Friday evening, when Qais al-Khazali announced from Basra that "
     "he was quitting politics and closing his offices.", "qais-al-khazali"),
])
def test_withdrawals_from_politics(extract: Extract, text: str, actor: str) -> None:
    assert [a for _s, a in _said(extract(text))] == [[actor]]


def test_withdrawal_named_as_such(extract: Extract) -> None:
    text = "Hezbollah withdrew its two ministers from the government on Monday."
    assert _said(extract(text)) == [("withdrawal", ["hezbollah"])]


@pytest.mark.parametrize("text", [
    "The company withdrew its candidate from the tender.",
    "He quit his job at the bank in 2019.",
    "He quit smoking last year.",
])
def test_no_withdrawal(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


def test_threat_told_in_a_when_clause(extract: Extract) -> None:
    text = "The unrest started on Sunday night, when Hezbollah threatened to strike Haifa."
    assert _said(extract(text)) == [("threat", ["hezbollah"])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Ammar al-Hakim gave his supporters thirty minutes to leave the square.",
     "ammar-al-hakim"),
    ("Hezbollah gave the fleet two weeks to leave the Gulf.", "hezbollah"),
])
def test_time_given_to_leave(extract: Extract, text: str, actor: str) -> None:
    assert [a for _s, a in _said(extract(text))] == [[actor]]


def test_time_given_for_other_things(extract: Extract) -> None:
    assert _said(extract("The teacher gave the pupils ten minutes to finish the test.")) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Jordan reacted to the fighting by suspending flights to Damascus.", "jordan"),
    ("Kuwait responded to the clashes by suspending all flights to Baghdad on Monday.",
     "kuwait"),
    ("Qatar reacted to the fighting by closing its embassy and suspending flights to Beirut.",
     "qatar"),
])
def test_suspensions_told_as_means(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("suspension", [actor])]


@pytest.mark.parametrize("text", [
    "The court angered the opposition by suspending the election.",
    "The bridge was damaged by suspending cables.",
])
def test_no_suspension_as_means(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The ministry condemned the bombing and said Egypt would bring the killers to justice.",
     "egypt"),
    ("King Abdullah said Jordan would spare no effort to bring those responsible to justice.",
     "abdullah-ii"),
    ("A government spokesman condemned the stabbing and said Kuwait would use every means "
     "to bring the attackers to justice.", "kuwait"),
])
def test_justice_vowed(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("threat", [actor])]


@pytest.mark.parametrize("text", [
    "Police brought those responsible to justice in 2019.",
    "The trial brought the men to justice.",
])
def test_justice_done(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


def test_two_decisions_of_two_clauses(extract: Extract) -> None:
    text = ("Iraqi security forces declared a curfew in Basra on Monday, and Hadi al-Amiri "
            "suspended the sessions of his bloc until further notice.")
    assert _said(extract(text)) == [("curfew", ["iraqi-security-forces"]),
                                    ("suspension", ["hadi-al-amiri"])]


def test_announced_from_a_town(extract: Extract) -> None:
    text = "Qais al-Khazali announced from Basra on Friday that he was quitting political life."
    [said] = [e for e in extract(text).events if e.type == "statement"]
    assert said.location == "basra"


def test_evacuation_from_a_town_is_not_where_it_was_said(extract: Extract) -> None:
    [said] = [e for e in extract("Kuwait evacuated its diplomats from Baghdad on Monday.").events
              if e.type == "statement"]
    assert said.location is None


def test_threat_and_travel_warning_of_one_state(extract: Extract) -> None:
    text = ("Jordan's government said on Monday Jordan would bring the killers to justice.\n\n"
            "On Monday Jordan's interior ministry also urged Jordanians to avoid travel to Iraq.")
    assert sorted(s for s, _a in _said(extract(text))) == ["threat", "travel_warning"]


@pytest.mark.parametrize("text", [
    "Thousands of his followers broke through the barricades and stormed the parliament "
    "building in Baghdad on Saturday.",
    "Supporters of the cleric stormed the presidential palace on Sunday.",
    "Hundreds of protesters broke into the parliament in Beirut on Monday.",
])
def test_seat_of_government_stormed_by_a_crowd(extract: Extract, text: str) -> None:
    assert [(e.type, e.subtype) for e in extract(text).events] == [("protest", "storming")]


@pytest.mark.parametrize("text", [
    "Demonstrators stormed the US embassy compound in Baghdad on Tuesday.",
    "Hundreds of protesters broke into the Saudi embassy in Tehran on Monday.",
    "Gunmen stormed the governor's palace in Basra on Sunday.",
    "Hamas fighters stormed the ministry building in Gaza on Monday.",
])
def test_other_stormings_are_assaults(extract: Extract, text: str) -> None:
    assert [(e.type, e.subtype) for e in extract(text).events] == [("attack", "assault")]
