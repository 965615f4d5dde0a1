"""A denial held over time, a charge labelled a smear, a patron saying it does not
control its partners or did not order a deed, and a measure decided by its approval
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Iran has long denied arming the Houthis.",
        "Tehran has long denied any role in the shipping attacks.",
        "Iran has long rejected the accusations as baseless.",
    ],
)
def test_a_denial_held_over_time_is_a_denial(extract: Run, text: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"
    assert denial.actors == ["iran"]


def test_a_call_held_over_time_stays_a_standing_position(extract: Run) -> None:
    assert not _statements(extract("Iran has long called for the departure of US forces."))


@pytest.mark.parametrize(
    "text",
    [
        "Tehran called the report an Israeli invention.",
        "Iran described the allegations as part of a campaign against the Islamic Republic.",
        "Iran's foreign ministry described the accusations as \"psychological warfare\".",
        "Tehran called the charges an attempt to damage its ties with Baku.",
        "Iran described the claims as a Zionist conspiracy on Tuesday.",
    ],
)
def test_a_charge_labelled_a_smear_is_denied(extract: Run, text: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "US officials called the accusations credible.",
        "The prosecutor described the charges as serious.",
        "The minister called the plot an attempt to kill dissidents.",
        "Analysts called the campaign an attempt to weaken the government.",
    ],
)
def test_other_labels_deny_nothing(extract: Run, text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.subtype == "denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran says it does not control the militias.",
        "Tehran said it did not control the armed factions in Iraq.",
        "Iran insisted that it does not control Kataib Hezbollah.",
    ],
)
def test_a_patron_saying_it_does_not_control_its_partners_denies(extract: Run,
                                                                 text: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"
    assert denial.actors == ["iran"]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army said it did not control the area.",
        "The minister said the Houthis did not control the port of Aden.",
        "The militias control the border crossing at Qaim.",
        "Iran does not control the militias, analysts say.",
    ],
)
def test_control_of_a_place_or_told_of_others_is_no_denial(extract: Run, text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.subtype == "denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it did not order the attack.",
        "Hezbollah said it had not authorised the rocket attack on the town.",
        "Iran said it had no prior knowledge of the attack.",
    ],
)
def test_a_deed_not_ordered_or_not_known_of_is_denied(extract: Run, text: str) -> None:
    assert [e.subtype for e in _statements(extract(text))] == ["denial"]


def test_a_deed_of_another_not_approved_is_no_denial_of_it(extract: Run) -> None:
    x = extract("The US said it did not approve the Israeli strike on Damascus.")
    assert not [e for e in _statements(x) if e.subtype == "denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kuwaiti cabinet approved the closure of the Iranian cultural office on Monday.",
        "Bahrain's government approved the expulsion of the Iranian charge d'affaires.",
        "Iraq's cabinet has approved the withdrawal of its ambassador from Stockholm.",
    ],
)
def test_a_measure_approved_is_a_decision(extract: Run, text: str) -> None:
    (decision,) = _statements(extract(text))
    assert decision.subtype == "decision"


@pytest.mark.parametrize(
    "text",
    [
        "The Kuwaiti cabinet approved the budget on Monday.",
        "The council approved the construction of a new port.",
    ],
)
def test_other_approvals_decide_no_measure(extract: Run, text: str) -> None:
    assert not _statements(extract(text))
