"""Doers a sentence names only by a description, told in the sentences before it: "the
Iran-backed militia" after a named group, "the suspects" after the members of a group
taken into custody, and a group held responsible in a relative clause of a sentence that
goes on to tell its denial."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("The Tanzim Brigades fired rockets at a base near Kirkuk on Monday. The Iran-backed "
         "militia vowed to strike more bases.", {"tanzim-brigades"}),
        ("Israel struck positions of Hezbollah in the Bekaa valley on Monday. The "
         "Iran-backed group vowed to retaliate.", {"hezbollah"}),
        ("The Tanzim Brigades fired rockets at a base near Kirkuk on Monday. The "
         "Tehran-backed faction said it would strike more bases.", {"tanzim-brigades"}),
    ],
)
def test_a_group_described_by_its_backer_is_the_group_told_before(
        extract: Run, text: str, doers: set[str]) -> None:
    assert parties(one_event(extract(text), "statement")) == doers


@pytest.mark.parametrize(
    "text",
    [
        # the backer named does not back the group told before
        "The Houthis fired a missile at a tanker on Monday. The US-backed militia vowed "
        "revenge.",
        # two groups told before: no guess between them
        "The Tanzim Brigades fired rockets at a base near Kirkuk. Asaib Ahl al-Haq fired "
        "drones at Erbil. The Iran-backed militia vowed to strike more bases.",
    ],
)
def test_a_backed_group_is_not_guessed(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "statement" and parties(e)]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Police detained eleven members of the Tanzim Brigades in a raid in Basra on "
         "Friday. An army statement said the suspects had been preparing to launch drones "
         "at the airport.", {"tanzim-brigades"}),
        # another group named between, not held, changes nothing
        ("Police detained eleven members of the Tanzim Brigades in a raid in Basra on "
         "Friday. Kataib Hezbollah condemned the raid. An army statement said the suspects "
         "had been preparing to launch drones at the airport.", {"tanzim-brigades"}),
        ("A court in Basra has freed all but two of the Tanzim Brigades members seized last "
         "month. Police raided a farm near Zubair on Thursday and detained nine men. A "
         "military statement said the suspects had been preparing to launch drones at the "
         "airport.", {"tanzim-brigades"}),
    ],
)
def test_the_suspects_are_the_group_whose_members_were_held(
        extract: Run, text: str, doers: set[str]) -> None:
    assert parties(one_event(extract(text), "plot")) == doers


@pytest.mark.parametrize(
    "text",
    [
        # members of two groups held: no guess between them
        "Police detained eleven members of the Tanzim Brigades and four Asaib Ahl al-Haq "
        "fighters in Basra on Friday. Officials said the suspects had been preparing to "
        "launch drones at the airport.",
        # the men held belong to no group told
        "The Tanzim Brigades fired rockets at Basra airport in May. Police detained four "
        "men in Basra on Friday. An army statement said the suspects had been preparing to "
        "launch drones at the port.",
    ],
)
def test_the_suspects_of_no_one_group_stay_unnamed(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "plot" and parties(e)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a base housing US troops in Hasakah on Sunday, wounding three "
        "soldiers. The Tanzim Brigades, which Washington holds responsible for the attack, "
        "denied any role.",
        "A drone struck a base housing US troops in Hasakah on Sunday, wounding three "
        "soldiers. Washington holds the Tanzim Brigades responsible for the attack.",
    ],
)
def test_a_group_held_responsible_answers_for_the_attack(extract: Run, text: str) -> None:
    assert parties(one_event(extract(text), "attack")) == {"tanzim-brigades"}


def test_a_denied_responsibility_lays_nothing(extract: Run) -> None:
    text = ("A drone struck a base housing US troops in Hasakah on Sunday, wounding three "
            "soldiers. The Tanzim Brigades denied that they were responsible for the attack.")
    assert parties(one_event(extract(text), "attack")) == set()
