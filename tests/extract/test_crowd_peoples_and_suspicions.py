"""A people's adjective on a crowd, hallmarks told before who says so, and parties
suspected in a sentence of their own (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi protesters gathered near the border with Syria on Friday, chanting slogans.",
        "Hundreds of Lebanese demonstrators rallied outside the UN office in Beirut on "
        "Sunday.",
        "Jordanian protesters marched toward the Israeli embassy in Amman on Saturday.",
        "Thousands of Yemeni mourners gathered in Sanaa on Monday to denounce the strikes.",
    ],
)
def test_a_peoples_crowd_names_no_state(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "protest")
    assert not parties(ev), parties(ev)


def test_a_states_troops_still_act_for_it(extract: Run) -> None:
    # a negative: the adjective on forces names the state that sends them
    ev = one_event(extract("Iraqi troops raided a village near Mosul on Monday."), "strike")
    assert "iraq" in ev.actors


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A roadside bomb struck a supply convoy near Diwaniyah on Tuesday. The attack bore "
         "the hallmarks of Asaib Ahl al-Haq, officials said.", "asaib-ahl-al-haq"),
        ("A drone hit a patrol base in eastern Syria on Sunday. The strike had all the "
         "hallmarks of Kataib Hezbollah, US officials said.", "kataib-hezbollah"),
        ("Rockets fell near the airport in Erbil on Monday. The assault bore the signature "
         "of Harakat al-Nujaba, a spokesman said.", "harakat-hezbollah-al-nujaba"),
    ],
)
def test_hallmarks_said_after_are_a_blame(extract: Run, text: str, party: str) -> None:
    ev = one_event(extract(text), "attack")
    assert party in ev.attributed_to, (ev.actors, ev.claimed_by, ev.attributed_to)
    assert party not in ev.claimed_by
    assert ev.certainty != "claimed"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A rocket attack targeted Ain al-Asad air base on Monday. Officials suspect Kataib "
         "Hezbollah.", "kataib-hezbollah"),
        ("A bomb exploded beside a checkpoint in Basra on Tuesday. Investigators suspected "
         "Asaib Ahl al-Haq.", "asaib-ahl-al-haq"),
        ("A drone struck a base in northeastern Syria on Sunday. US officials suspect "
         "Harakat al-Nujaba, which has threatened such strikes.",
         "harakat-hezbollah-al-nujaba"),
    ],
)
def test_a_party_suspected_is_blamed(extract: Run, text: str, party: str) -> None:
    ev = one_event(extract(text), "attack")
    assert party in ev.attributed_to, (ev.actors, ev.claimed_by, ev.attributed_to)
    assert ev.certainty == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "A rocket attack targeted Ain al-Asad air base on Monday. Officials do not suspect "
        "Kataib Hezbollah.",
        "A rocket attack targeted Ain al-Asad air base on Monday. Police suspect Kataib "
        "Hezbollah of smuggling fuel across the border.",
        "A rocket attack targeted Ain al-Asad air base on Monday. Officials suspect foul "
        "play.",
    ],
)
def test_no_suspect_no_blame(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert "kataib-hezbollah" not in parties(ev), parties(ev)


def test_unnamed_militias_suspected_are_no_party(extract: Run) -> None:
    ev = one_event(extract("Rockets were fired at a US outpost in Hasakah on Monday. No "
                           "group claimed it, but US officials suspected Iran-backed "
                           "militias."), "attack")
    assert not parties(ev), parties(ev)
