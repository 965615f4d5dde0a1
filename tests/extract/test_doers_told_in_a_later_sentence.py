"""The doer of an attack told in a sentence after it: "the militants" stand for the one
group named just before; a group that says its fighters carried "it" out, or that it
was behind or responsible for the attack, claims the attack in its own word; a group
saying it was not behind it, or others saying a group did it, claim nothing for it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties

Run = Callable[..., Extraction]

BLAST = "A roadside bomb hit an army convoy near Baiji on Sunday, wounding four soldiers. "


def _attacks(ex: Extraction) -> list[Event]:
    found = [e for e in ex.events if e.type == "attack"]
    assert found, [(e.type, e.evidence.text) for e in ex.events]
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Saraya Awliya al-Dam gunmen raided a customs post near Qaim on Tuesday. On "
        "Thursday, the militants ambushed a border patrol near Rutba.",
        "Saraya Awliya al-Dam fighters stormed a customs post near Qaim on Tuesday. Two "
        "days later the militants also attacked a border patrol near Rutba.",
    ],
)
def test_the_militants_are_the_group_named_before(extract: Run, text: str) -> None:
    later = _attacks(extract(text))[-1]
    assert later.actors == ["saraya-awliya-al-dam"]


@pytest.mark.parametrize(
    "text",
    [
        # no group named before
        "Soldiers killed four men near Qaim on Tuesday. On Thursday, the militants "
        "ambushed a border patrol near Rutba.",
        # two groups named before: no guess between them
        "Saraya Awliya al-Dam gunmen raided a customs post near Qaim on Tuesday. Asaib Ahl "
        "al-Haq fighters fired rockets at Rutba. On Thursday, the militants ambushed a "
        "border patrol near Rutba.",
    ],
)
def test_the_militants_are_not_guessed(extract: Run, text: str) -> None:
    later = _attacks(extract(text))[-1]
    assert parties(later) == set()


@pytest.mark.parametrize(
    "text",
    [
        BLAST + "Saraya Awliya al-Dam said its fighters carried it out.",
        BLAST + "Saraya Awliya al-Dam said it had carried it out.",
        BLAST + "Saraya Awliya al-Dam said it was behind the attack.",
        BLAST + "Saraya Awliya al-Dam said it was responsible for the bombing.",
    ],
)
def test_a_group_owning_the_attack_in_its_own_word_claims_it(extract: Run, text: str) -> None:
    ev = _attacks(extract(text))[0]
    assert (ev.actors, ev.attributed_to, ev.claimed_by, ev.certainty) == (
        [], [], ["saraya-awliya-al-dam"], "claimed")


@pytest.mark.parametrize(
    "text",
    [
        # a deed vowed, not done
        BLAST + "Saraya Awliya al-Dam said its fighters would carry it out again.",
        # a denial
        BLAST + "Saraya Awliya al-Dam said it was not behind the attack.",
    ],
)
def test_a_vow_or_a_denial_claims_nothing(extract: Run, text: str) -> None:
    assert parties(_attacks(extract(text))[0]) == set()


def test_others_saying_a_group_was_behind_it_hold_it_responsible(extract: Run) -> None:
    ev = _attacks(extract(BLAST + "Iraqi officials said Saraya Awliya al-Dam was behind "
                                  "the attack."))[0]
    assert (ev.attributed_to, ev.claimed_by) == (["saraya-awliya-al-dam"], [])
