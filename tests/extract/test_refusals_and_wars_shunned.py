"""Refusals and wars shunned: a party that refuses to negotiate or to take part in talks
states its position by the refusal itself, and a meeting refused is none held; a side
that says it will not be dragged into a war disowns it; the speaker after a clause it
reports ("..., its minister said") speaks for the clause's subject. The same words of
residents, of a court, of an analyst, or of a probe one is drawn into, state nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas refused on Monday to negotiate with the mediators in Cairo.", "hamas"),
    ("The Houthis refused to negotiate with Riyadh while the siege went on, the group's "
     "spokesman said.", "houthis"),
    ("Damascus declined on Tuesday to take part in the conference in Vienna.", "syria"),
])
def test_a_refused_course_is_the_refusing_party_s_position(
        extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("rejection", [actor])]


@pytest.mark.parametrize("text", [
    "Hezbollah refused to attend the talks in Muscat on Sunday.",
    "The Iraqi foreign minister declined to meet the Iranian envoy on Monday.",
])
def test_a_meeting_refused_is_none_held(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "meeting"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Amman said on Monday it would not be dragged into a war between its neighbours.",
     "jordan"),
    ("Iraq will not be drawn into the conflict, its foreign minister said on Friday.",
     "iraq"),
    ("Ankara does not seek a war with Damascus, its defence minister said on Friday.",
     "turkey"),
])
def test_a_war_a_side_says_it_shuns_is_its_position(
        extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("de_escalation", [actor])]


@pytest.mark.parametrize("text", [
    "Residents refused to take part in the talks on Saturday.",
    "The court refused to hear the appeal of the activist on Tuesday.",
    "The Houthis have long refused to negotiate with Riyadh.",
    "Hamas did not refuse to negotiate with the mediators, a diplomat said.",
    "Analysts said the government in Amman would not be dragged into a war.",
    "The minister was drawn into the corruption probe on Sunday.",
    "The village was drawn into the fighting after the gunmen moved in.",
])
def test_other_refusals_and_draws_are_no_statements(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis refused on Sunday to halt their attacks on tankers in the strait.",
     "houthis"),
    ("Hamas refused to accept the ceasefire proposal of the mediators on Wednesday.",
     "hamas"),
    ("Kataib Hezbollah declined on Friday to suspend its operations against US bases.",
     "kataib-hezbollah"),
])
def test_a_refused_halt_or_acceptance_is_a_rejection(
        extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("rejection", [actor])]


@pytest.mark.parametrize("text", [
    "Hamas refused on Tuesday to deny its part in the bombing.",
    "Residents refused to halt their sit-in outside the ministry on Monday.",
])
def test_a_refused_denial_or_a_crowd_s_refusal_states_nothing(
        extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []
