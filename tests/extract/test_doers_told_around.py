"""Doers told around the deed rather than as its subject: armed men of a group act as
the group; "his government said it would ..." speaks with the leader named before; a
reply told alone in the sentence before ("Israel answered two days later.") owns the
unowned blow told next; a detention told with no one who made it is made by the state's
forces that boarded or stormed where those held were, in the sentences just before, and
happens where they did so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import arrests, one_event, parties

Run = Callable[..., Extraction]


def test_armed_men_of_a_group_act_as_the_group(extract: Run) -> None:
    found = extract("Kataib Hezbollah rejected the charges. Dozens of armed men of the group "
                    "then rallied in central Baghdad on Saturday.")
    assert one_event(found, "protest").actors == ["kataib-hezbollah"]


def test_men_told_by_no_arms_are_no_groups(extract: Run) -> None:
    found = extract("Kataib Hezbollah rejected the charges. Dozens of young men of the "
                    "neighbourhood then rallied in central Baghdad on Saturday.")
    assert one_event(found, "protest").actors == []


def test_his_government_speaks_with_the_leader_named_before(extract: Run) -> None:
    found = extract("Officials in Beirut described the dead man as a link to Iran's Quds "
                    "Force. Prime Minister Najib Mikati condemned the strike, and his "
                    "government said it would file a complaint with the UN Security Council.")
    assert one_event(found, "statement").actors == ["najib-mikati"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Israel answered two days later. On March 4, a strike on a car near Tyre killed "
         "Ali Haidar, a Hezbollah field commander.", "killing"),
        ("Israel retaliated on Sunday. An air strike on a house in Bint Jbeil destroyed "
         "the building.", "strike"),
    ],
)
def test_a_reply_told_alone_owns_the_blow_told_next(extract: Run, text: str,
                                                    etype: str) -> None:
    assert one_event(extract(text), etype).actors == ["israel"]


@pytest.mark.parametrize(
    "text",
    [
        # the reply's own means are told in its sentence: the next blow is its own
        "Israel answered with a statement. An air strike on a house in Bint Jbeil "
        "destroyed the building.",
        # no reply told before
        "Israel mourned the soldiers on Sunday. An air strike on a house in Bint Jbeil "
        "destroyed the building.",
    ],
)
def test_a_blow_after_no_bare_reply_stays_unowned(extract: Run, text: str) -> None:
    assert one_event(extract(text), "strike").actors == []


def test_a_detention_after_a_boarding_is_the_boarders(extract: Run) -> None:
    found = arrests(extract(
        "Navy SEALs boarded a fishing boat in the Gulf of Aden on the night of May 3. "
        "They found rocket motors hidden under the catch. The nine crew members were "
        "detained."))
    assert [(e.actors, e.location) for e in found] == [(["us-navy"], "gulf-of-aden")]


@pytest.mark.parametrize(
    "text",
    [
        # armed men, not a state's forces, stormed the place
        "Gunmen stormed a newspaper office in Basra on Monday. Two guards were detained.",
        # no one boarded or stormed anything
        "A fishing boat sank in the Gulf of Aden on May 3. The nine crew members were "
        "detained.",
    ],
)
def test_a_detention_after_no_state_boarding_has_no_actor(extract: Run, text: str) -> None:
    assert [parties(e) for e in arrests(extract(text))] == [set()]
