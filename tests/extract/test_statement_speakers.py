"""Who declares a statement: a named speaker whose reported clause speaks of itself
("X said it would halt ..."), and "the militia" said of the one group named before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[list[str], list[str]]]:
    return [(e.actors, e.claimed_by) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah said it would halt its operations against US forces.",
    "Kataib Hezbollah said on Sunday that it would suspend its attacks on American troops.",
])
def test_named_speaker_of_own_decision_is_the_actor(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [(["kataib-hezbollah"], [])]


def test_plural_speaker_of_own_decision_is_the_actor(extract: Extract) -> None:
    assert _statements(extract("The Houthis said they would escalate their attacks.")) == \
        [(["houthis"], [])]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah fired rockets at a base last week. The militia said it would halt "
    "its operations against US forces.",
    "Kataib Hezbollah fired rockets at a base last week. The faction said it would "
    "suspend its attacks on US troops.",
    "Kataib Hezbollah fired rockets at a base last week. The group announced that it had "
    "begun a new phase of operations against Israel.",
])
def test_the_militia_is_the_group_named_before(extract: Extract, text: str) -> None:
    assert (["kataib-hezbollah"], []) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    # no group named before: nobody to declare it
    "The militia said it would halt its operations against US forces.",
    "The group announced that it had begun a new phase of operations against Israel.",
    # two groups named before: which of them speaks is not told
    "Kataib Hezbollah and Harakat al-Nujaba fired rockets at a base last week. The militia "
    "said it would halt its operations against US forces.",
    "Kataib Hezbollah fired rockets at a base last week, and Harakat al-Nujaba fired drones. "
    "The group said it would halt its operations against US forces.",
    # a state body named before is no group
    "The Pentagon said the strikes hit five sites. The group said it would halt its "
    "operations against US forces.",
])
def test_the_militia_without_one_group_before_declares_nothing(extract: Extract,
                                                               text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize("text", [
    # a sentence naming only a place or a site comes between
    "Asaib Ahl al-Haq shelled an airfield near Balad on Sunday. The airfield houses "
    "contractors. The militia vowed to escalate its attacks.",
    # named three sentences earlier in the same paragraph
    "The Houthis fired a missile at a tanker in the Red Sea on Monday. The vessel was hit "
    "near the bow. Smoke rose from the deck. The group vowed to keep targeting ships.",
])
def test_the_group_reaches_back_over_sentences_naming_no_group(
        extract: Extract, text: str) -> None:
    speakers = [actors for actors, _ in _statements(extract(text))]
    assert speakers and all(len(a) == 1 for a in speakers)
    assert {a[0] for a in speakers} <= {"asaib-ahl-al-haq", "houthis"}


@pytest.mark.parametrize("text", [
    # two groups named in the sentences before: either could be meant
    "Asaib Ahl al-Haq shelled an airfield near Balad on Sunday. Kataib Hezbollah launched "
    "drones at a base in Syria. The militia vowed to escalate its attacks.",
    "Hezbollah fired rockets at Metula on Friday. The Houthis launched a missile at Eilat "
    "the same day. Sirens sounded. The group vowed to escalate its attacks.",
    # a heading opens a new account
    "Asaib Ahl al-Haq shelled an airfield near Balad on Sunday.\n\n## Reaction abroad\n\n"
    "The militia vowed to escalate its attacks.",
    # named too far back
    "Asaib Ahl al-Haq shelled an airfield near Balad on Sunday. Smoke rose. Sirens "
    "sounded. Crews were sent. Roads were shut. The militia vowed to escalate its "
    "attacks.",
])
def test_the_group_is_left_undecided_when_ambiguous_or_cut_off(
        extract: Extract, text: str) -> None:
    assert all(not actors for actors, _ in _statements(extract(text)))


@pytest.mark.parametrize(("text", "speaker"), [
    # "the ministry" names the ministry named before
    ("Iran's foreign ministry summoned the Dutch envoy on Monday. The ministry rejected the "
     "claims as lies.", "iranian-foreign-ministry"),
    # a spokesman for a body speaks for it
    ("Israeli officials blamed Iran for the attack. A spokesman for Iran's foreign ministry "
     "said Tehran had no role.", "iranian-foreign-ministry"),
])
def test_a_body_named_again_or_by_its_voice_speaks(extract: Extract, text: str,
                                                      speaker: str) -> None:
    [statement] = [e for e in extract(text).events if e.type == "statement"]
    assert (statement.subtype, statement.actors) == ("denial", [speaker])


@pytest.mark.parametrize(("text", "speaker"), [
    # a state's embassy speaks for the state
    ("Iran's embassy in Brussels denied the allegations on Monday.", "iran"),
    # a finite verb joined to a negated one is a clause of its own
    ("Kata'ib Hezbollah did not claim the attack and denied responsibility on Monday.",
     "kataib-hezbollah"),
])
def test_denials_by_an_embassy_and_after_a_negated_verb(extract: Extract, text: str,
                                                       speaker: str) -> None:
    [statement] = [e for e in extract(text).events if e.type == "statement"]
    assert (statement.subtype, statement.actors) == ("denial", [speaker])


def test_neither_confirmed_nor_denied_is_no_denial(extract: Extract) -> None:
    assert [e for e in extract("Iran did not confirm or deny the report on Monday.").events
            if e.type == "statement"] == []
