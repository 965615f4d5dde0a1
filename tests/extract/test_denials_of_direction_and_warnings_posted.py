"""A patron's denial that it directs its partners, a deed disowned again and again, a
warning or threat posted or published, and a side declared ready for whatever may come
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
        "Iran insists it has no control over the militias.",
        "Iran says the groups decide on their own.",
        "Tehran has said the militias act independently.",
        "Iran's foreign minister said the Houthis make their own decisions.",
    ],
)
def test_a_patron_saying_its_partners_act_alone_denies_directing_them(extract: Run,
                                                                      text: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"
    assert denial.actors == ["iran"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say the militias act independently of Tehran.",
        "The militias act independently of the Iraqi government.",
    ],
)
def test_partners_acting_alone_told_by_others_is_no_denial(extract: Run, text: str) -> None:
    assert not _statements(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran has repeatedly said it does not arm the Houthis.",
        "Hezbollah has repeatedly said it did not fire the rockets at the town.",
    ],
)
def test_a_deed_disowned_again_and_again_is_a_standing_denial(extract: Run,
                                                              text: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"


def test_deeds_done_again_and_again_stay_background(extract: Run) -> None:
    assert not extract("Iran has repeatedly armed the Houthis.").events


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kataib Hezbollah posted a warning on Telegram on Monday that US bases would be "
         "targeted.", "kataib-hezbollah"),
        ("The Houthis published a warning to shipping companies on Sunday.", "houthis"),
        ("The Houthis released a new threat against American warships on Monday.",
         "houthis"),
    ],
)
def test_a_warning_or_threat_posted_or_published_is_a_threat(extract: Run, text: str,
                                                             speaker: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.subtype == "threat"
    assert threat.actors == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"We are ready for all scenarios,\" Kataib Hezbollah's spokesman said.",
         "kataib-hezbollah"),
        ("The IRGC commander said Iran's forces were ready for every possibility.",
         "islamic-revolutionary-guard-corps"),
    ],
)
def test_a_side_declared_ready_for_whatever_comes_threatens(extract: Run, text: str,
                                                            speaker: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.subtype == "threat"
    assert speaker in threat.actors


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the markets were ready for all scenarios.",
        "The group said it was ready for some scenarios.",
    ],
)
def test_readiness_for_some_outcomes_or_by_others_is_none(extract: Run, text: str) -> None:
    assert not _statements(extract(text))


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Britain says Iran ordered the stabbing. It has denied the allegations.", "iran"),
        ("US officials said Kataib Hezbollah carried out the attack. It denied any role.",
         "kataib-hezbollah"),
        ("Canada says Iran directed the plot. They denied it.", "iran"),
    ],
)
def test_a_pronoun_denying_stands_for_whom_the_sentence_before_said_did_it(
        extract: Run, text: str, denier: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"
    assert denial.actors == [denier]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Israel Defense Forces struck Hezbollah positions overnight. The army warned "
         "that it would strike any launch site.", "israel-defense-forces"),
        ("The Israeli military shelled the border villages on Sunday. The army warned that "
         "it would hit every launcher it found.", "israel-defense-forces"),
        ("Britain's Foreign Office summoned Iran's envoy on Monday. The ministry warned that "
         "any attack on British soil would be met with a firm response.",
         "foreign-commonwealth-and-development-office"),
    ],
)
def test_a_body_named_again_by_another_head_speaks(extract: Run, text: str,
                                                   speaker: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.actors == [speaker]
