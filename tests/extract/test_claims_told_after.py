"""Claims told after the deed: an armed group named as the doer of a clause its own
voice reports claims it ("X fired rockets at Y, the group said"); a group reporting the
deed of fighters it speaks for claims it; a bare claim after one deed told at two sites
claims both (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired 120 rockets at army posts in the Galilee on Friday, the group said.",
        "Hezbollah fired 120 rockets at army posts in the Galilee on Friday, Hezbollah said "
        "in a statement.",
        "Hezbollah fired 120 rockets at army posts in the Galilee on Friday, the movement "
        "said.",
    ],
)
def test_a_group_that_reports_its_own_deed_claims_it(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.claimed_by == ["hezbollah"] and ev.certainty == "claimed"


def test_the_umbrella_reporting_its_fighters_deed_claims_it(extract: Run) -> None:
    text = ("Kataib Hezbollah fighters launched drones at US forces at the Rumalyn base on "
            "Tuesday, the Islamic Resistance in Iraq said.")
    ev = one_event(extract(text), "attack")
    assert "islamic-resistance-in-iraq" in ev.claimed_by and ev.certainty == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah fighters launched drones at US forces at the Rumalyn base on "
        "Tuesday, the Pentagon said.",
        "Hezbollah fired 120 rockets at army posts in the Galilee on Friday, Israel's army "
        "said.",
    ],
)
def test_a_state_reporting_the_deed_claims_nothing(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert not ev.claimed_by and ev.certainty != "claimed"


def test_a_claim_reaches_no_other_doer_of_the_sentence(extract: Run) -> None:
    text = ("Hezbollah said it fired rockets at army posts in the Galilee, and the Houthis "
            "launched drones towards Eilat.")
    out = extract(text)
    houthi = [e for e in out.events if "houthis" in e.actors]
    assert houthi and all("hezbollah" not in e.claimed_by for e in houthi)


def test_a_bare_claim_after_one_deed_at_two_sites_claims_both(extract: Run) -> None:
    text = ("Drones struck the Ras Tanura terminal and the Abqaiq plant on Sunday. The "
            "Houthis claimed responsibility.")
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed_by == ["houthis"] for e in attacks)
