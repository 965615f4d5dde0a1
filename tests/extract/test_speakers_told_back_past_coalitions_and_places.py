"""Speakers told again by a common noun: "the group" after a group named with a
coalition of states' forces it targets, a title after a phrase of where it speaks, and
"the government" after a state told through its officials or forces (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "US Central Command said the strike hit militants who threatened US and coalition "
    "forces. Kataib Hezbollah said four of its fighters died. The group warned that it "
    "would respond at a time of its choosing.",
    "Kataib Hezbollah said its men had shot at the US-led coalition. The militia vowed "
    "to avenge the fighters killed on Sunday.",
])
def test_the_group_is_never_a_coalition_of_states(extract: Extract, text: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.subtype == "threat"
    assert threat.actors == ["kataib-hezbollah"]


def test_two_groups_named_before_still_leave_the_group_open(extract: Extract) -> None:
    text = ("Kataib Hezbollah fired drones at the base. Harakat al-Nujaba launched rockets "
            "at the airport. The group warned that it would respond.")
    assert not any({"kataib-hezbollah", "harakat-hezbollah-al-nujaba"} & set(e.actors)
                   for e in _statements(extract(text)))


@pytest.mark.parametrize("text", [
    "Iran's foreign minister, Hossein Amir-Abdollahian, arrived in Beirut on Thursday. "
    "Speaking in the Lebanese capital, the minister warned that Iran would respond.",
    "Iran's foreign minister, Hossein Amir-Abdollahian, arrived in Beirut on Thursday. "
    "In Beirut, the minister warned that new fronts could be opened.",
])
def test_a_title_after_where_it_speaks_is_the_person_named_before(extract: Extract,
                                                                  text: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.actors == ["hossein-amir-abdollahian"]


def test_a_title_after_another_actor_stays_open(extract: Extract) -> None:
    text = ("Iran's foreign minister, Hossein Amir-Abdollahian, arrived in Beirut on "
            "Thursday. After Israel struck Lebanon, the minister warned that Iran would "
            "respond.")
    assert not any("hossein-amir-abdollahian" in e.actors for e in _statements(extract(text)))


@pytest.mark.parametrize("text", [
    "Israeli officials gave a different account. Flights were halted, and the government "
    "declared a state of emergency.",
    "Rockets hit the north, according to Israeli officials. Flights were halted, and the "
    "government declared a state of emergency.",
    "The Israeli military said most rockets were intercepted. The government declared a "
    "48-hour state of emergency across the country.",
])
def test_the_government_of_the_state_told_through_its_officials(extract: Extract,
                                                                text: str) -> None:
    (measure,) = _statements(extract(text))
    assert measure.actors == ["israel"]


@pytest.mark.parametrize("text", [
    # a country only owning a war: none of its people spoke
    "During Argentina's Dirty War, the military dictatorship kidnapped thousands of "
    "people. The government denied any knowledge of their whereabouts.",
    # two states' officials told: the government is neither's for sure
    "Rockets hit the north, according to Israeli officials and Lebanese officials. "
    "Flights were halted, and the government declared a state of emergency.",
])
def test_the_government_left_open(extract: Extract, text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.actors]
