"""Transfers whose load is told in other words: a pronoun for arms the sentence before
names, a sum in another currency or inside a container, a sum the parse hangs on its
receiver, and fighters deployed somewhere; with the senses of the same words that move
no arms, money or fighters (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[str | None, list[str], list[str], str | None]]:
    return [(e.subtype, e.actors, e.target_actors, e.date)
            for e in run(text).events if e.type == "transfer"]


@pytest.mark.parametrize(("text", "giver", "date"), [
    ("The IRGC loaded dozens of rockets onto trucks near the border on Monday. Quds Force "
     "operatives brought them across the border into Iraq on Tuesday.", "quds-force",
     "2024-02-06"),
    ("Iran assembled the drones in Isfahan. The Quds Force moved them into Lebanon by truck "
     "in March.", "quds-force", "2023-03"),
    ("Several anti-tank missiles were stolen from an army depot in January. Hezbollah "
     "operatives carried them into Syria in March.", "hezbollah", "2023-03"),
])
def test_a_pronoun_stands_for_the_arms_told_before(extract: Run, text: str, giver: str,
                                                   date: str) -> None:
    found = _transfers(extract, text)
    assert any(sub == "weapons_delivery" and giver in actors and when == date
               for sub, actors, _t, when in found), found


@pytest.mark.parametrize("text", [
    # the pronoun stands for people
    "The wounded fighters were evacuated on Monday. Medics brought them across the border "
    "into Lebanon on Tuesday.",
    "Police arrested three men in Basra on Monday. Officers brought them to the police "
    "station on Tuesday.",
    # no sentence before tells what they are
    "Quds Force operatives brought them across the border into Iraq on Tuesday.",
])
def test_a_pronoun_for_people_moves_no_arms(extract: Run, text: str) -> None:
    assert [s for s, *_r in _transfers(extract, text) if s == "weapons_delivery"] == []


@pytest.mark.parametrize(("text", "giver", "taker"), [
    ("The Quds Force transferred 1.5 million euros to Hezbollah in June 2022.",
     "quds-force", "hezbollah"),
    ("The IRGC gave Hamas 800,000 euros in 2021.", "islamic-revolutionary-guard-corps",
     "hamas"),
    ("An IRGC courier delivered a suitcase containing cash to Hamas officials in Beirut "
     "in May.", "islamic-revolutionary-guard-corps", "hamas"),
    ("Iranian couriers carried boxes stuffed with cash to the Houthis in Sanaa in 2021.",
     "iran", "houthis"),
    ("A Quds Force officer carried $2 million in cash to Kataib Hezbollah in Baghdad in "
     "April.", "quds-force", "kataib-hezbollah"),
    ("The Quds Force paid Kataib Hezbollah tens of millions of dollars in 2020.",
     "quds-force", "kataib-hezbollah"),
])
def test_sums_told_otherwise_are_funding(extract: Run, text: str, giver: str,
                                         taker: str) -> None:
    found = _transfers(extract, text)
    assert any(sub == "funding" and giver in actors and taker in takers
               for sub, actors, takers, _d in found), found


@pytest.mark.parametrize(("text", "giver", "date"), [
    ("Hezbollah deployed fighters to Aleppo in 2016.", "hezbollah", "2016"),
    ("The IRGC deployed hundreds of militiamen to Syria in 2015.",
     "islamic-revolutionary-guard-corps", "2015"),
    ("Kataib Hezbollah deployed its fighters into Deir ez-Zor on Monday.", "kataib-hezbollah",
     "2024-02-05"),
])
def test_fighters_deployed_somewhere_are_sent(extract: Run, text: str, giver: str,
                                              date: str) -> None:
    found = _transfers(extract, text)
    assert any(sub == "fighters" and giver in actors and when == date
               for sub, actors, _t, when in found), found


@pytest.mark.parametrize("text", [
    # placed where they are, not sent
    "Hezbollah deployed fighters along the border on Monday.",
    # troops of a state are a deployment, not a transfer
    "The Pentagon deployed more troops to Jordan on Monday.",
    # a container of other things, a sum of no party of the network
    "He carried a bag full of books to school on Monday.",
    "The charity delivered boxes of food to Gaza in March.",
    "The bank transferred 2 million euros to a pension fund in 2021.",
])
def test_no_transfer(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == []


def test_a_declared_deployment_stays_a_statement(extract: Run) -> None:
    x = extract("Hezbollah said it would deploy more fighters to the south.")
    assert [(e.type, e.subtype) for e in x.events] == [("statement", "deployment")]
