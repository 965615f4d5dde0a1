"""Calls and threats told in other words: a call on an armed group or its fighters to
widen, resume or keep up a campaign ("urged the Iraqi factions to step up attacks",
"urged Hezbollah to join the war", "called for attacks on US bases to continue"); a
call on a state to strike back at a foe ("called on Iran to retaliate against
Israel"); a call for an act that enacts a break ("to order the withdrawal of US
forces", "to recall its ambassador", "to ban American goods"); an armed group telling
people off the places it means to strike ("urged Iraqis to stay away from US bases");
a group's words quoted and told as "it said" or "the statement said"; a strait named
by its name ("would block the Bab al-Mandab"); a verb written "re-evaluate". Calls to
talk, to work or to answer questions, pleas in a flood and recalls of goods are none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis urged the Iraqi factions on Monday to step up attacks on US bases.",
     "houthis"),
    ("Iran urged Hezbollah on Monday to join the war against Israel.", "iran"),
    ("Nasrallah encouraged Palestinians on Monday to keep fighting.", "hassan-nasrallah"),
    ("Kataib Hezbollah called on Monday for attacks on American bases to continue.",
     "kataib-hezbollah"),
    ("Asaib Ahl al-Haq asked its fighters on Sunday to resume operations against the "
     "occupiers.", "asaib-ahl-al-haq"),
    ("Kataib Hezbollah called on Iran on Monday to retaliate against Israel.",
     "kataib-hezbollah"),
    ("Hezbollah urged Tehran on Monday to respond to the assassination.", "hezbollah"),
    ("The Houthis urged Baghdad on Monday to recall its ambassador from Washington.",
     "houthis"),
    ("Kataib Hezbollah called on the Iraqi prime minister on Monday to order the "
     "withdrawal of US forces.", "kataib-hezbollah"),
    ("Kataib Hezbollah urged Iraqi lawmakers on Monday to pass a law expelling US forces.",
     "kataib-hezbollah"),
    ("The IRGC asked the government on Monday to ban American products.",
     "islamic-revolutionary-guard-corps"),
])
def test_call_on_groups_states_and_lawmakers(extract: Extract, text: str,
                                             actor: str) -> None:
    assert _statements(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah urged Iraqis on Monday to stay away from US bases.",
     "kataib-hezbollah"),
    ("Hezbollah called on residents of northern Israel on Monday to evacuate their homes.",
     "hezbollah"),
    ("The Houthis urged shipping companies on Monday to avoid Israeli ports.", "houthis"),
])
def test_group_warns_people_off_its_targets(extract: Extract, text: str,
                                            actor: str) -> None:
    assert _statements(extract(text)) == [("threat", [actor])]


@pytest.mark.parametrize("text", [
    "The UN envoy urged the factions on Monday to continue the talks.",
    "The coach urged the team on Monday to step up their game.",
    "The mayor urged the group on Monday to resume its work at the clinic.",
    "Iran urged Hezbollah on Monday to show restraint.",
    "The council called on Monday for the talks to continue.",
    "Kataib Hezbollah called on the Iraqi factions on Monday to step up aid to Gaza.",
    "The opposition called on the government on Monday to fight corruption.",
    "The UN urged Lebanon on Monday to respond to the floods.",
    "The EU urged Iran on Monday to respond to the proposal.",
    "The regulator asked the company on Monday to recall the faulty cars.",
    "Iraq's education minister called on the government on Monday to order the closure "
    "of schools.",
    "The police urged residents on Monday to leave their homes ahead of the flood.",
    "Hezbollah urged its supporters on Monday to stay away from social media rumours.",
    "The ministry asked the students on Monday to leave the campus.",
])
def test_no_call_or_warning(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize("text", [
    'Kataib Hezbollah released a statement on Sunday. "We will not stop," it said.',
    'Kataib Hezbollah issued a statement on Sunday. "We will not halt our operations," '
    'it said.',
    'Kataib Hezbollah fired rockets at a base on Sunday. "We will not stop," they said.',
    'Kataib Hezbollah released a statement on Sunday. "We will not stop," the statement '
    'said.',
])
def test_quoted_words_of_a_group_told_as_it(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [("threat", ["kataib-hezbollah"])]


def test_quoted_words_of_no_one(extract: Extract) -> None:
    x = extract('The storm hit the coast on Sunday. "We will not stop," it said.')
    assert _statements(x) == []


@pytest.mark.parametrize("text", [
    "The Houthis said on Monday they would block the Bab al-Mandab.",
    "The Houthis said on Monday they would close the Bab el-Mandeb to Israeli ships.",
])
def test_strait_told_by_its_name(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [("threat", ["houthis"])]


def test_road_blocked_is_no_strait(extract: Extract) -> None:
    x = extract("The Houthis said on Monday they would block the road to Sanaa.")
    assert _statements(x) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraq said on Monday it would re-evaluate the coalition's presence.", "iraq"),
    ("The Iraqi government said on Monday it would re-examine the security agreement with "
     "the US.", "iraqi-government"),
])
def test_hyphened_review(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("review", [actor])]


def test_hyphened_review_is_no_assessment(extract: Extract) -> None:
    x = extract("Baghdad said on Monday it was re-assessing its ties with Washington.")
    assert [(e.subtype, e.certainty) for e in x.events] == [("review", "confirmed")]


def test_prices_reviewed_are_no_decision(extract: Extract) -> None:
    assert _statements(extract("The company said on Monday it would re-evaluate its "
                               "prices.")) == []
