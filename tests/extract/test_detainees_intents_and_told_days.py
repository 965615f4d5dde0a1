"""Arrests of other people told after one another, a plan whose infinitive the parser
hangs on the main verb, and a calendar day a sentence's events took passed on to the rest
of its paragraph (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(extraction: Extraction, etype: str) -> list[Event]:
    return [e for e in extraction.events if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department charged Karim Nouri with plotting to assassinate a US "
        "senator. Two men from New Jersey were arrested for their role in the scheme.",
        "A court in Ghent sentenced Omid Tavana to 20 years in prison on Thursday. Two "
        "accomplices were sentenced to 15 years each.",
        "Greek police said on Tuesday they had arrested two Pakistani men in Athens.\n\n"
        "Two men from Texas were detained for their part in the plan.",
        "Police in Oslo arrested three suspects on Monday. Two others were detained in "
        "Bergen the next day.",
    ],
)
def test_arrest_of_other_people_is_another_arrest(extract: Run, text: str) -> None:
    assert len(_of(extract(text), "arrest")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police in Oslo arrested two men on Monday. The two men were detained at a flat in "
        "the city centre.",
        "Police in Oslo arrested Karim Nouri on Monday. The suspect was taken into custody "
        "at his home.",
    ],
)
def test_the_same_people_told_again_is_one_arrest(extract: Run, text: str) -> None:
    assert len(_of(extract(text), "arrest")) == 1


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("A German court convicted a man of planning to firebomb a synagogue.", "arson"),
        ("A court in Lyon convicted two men of plotting to bomb a concert hall.", "bomb"),
        ("A judge found him guilty of conspiring to firebomb the consulate.", "arson"),
    ],
)
def test_planned_act_hung_on_the_main_verb_is_a_plot(extract: Run, text: str,
                                                      weapon: str) -> None:
    x = extract(text)
    assert _of(x, "attack") == []
    [plot] = _of(x, "plot")
    assert plot.weapon == weapon
    assert plot.actors == []  # the court convicts; it plots nothing


def test_purpose_clause_of_the_main_verb_is_kept(extract: Run) -> None:
    x = extract("Militants fired rockets at the base on Monday to avenge their commander.")
    assert [e.type for e in x.events] == ["attack"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Islamic Resistance in Iraq claimed two drone attacks on US forces on October "
         "19. The group said it targeted Ain al-Asad air base and al-Tanf garrison.",
         "2023-10-19"),
        ("Kataib Hezbollah claimed a rocket attack on a US base on 17 October. It said its "
         "fighters struck the Victoria base near Baghdad airport.", "2023-10-17"),
    ],
)
def test_calendar_day_of_the_sentence_before_dates_the_paragraph(extract: Run, text: str,
                                                                  value: str) -> None:
    x = extract("Militia attacks\n\nOctober 20, 2023\n\n" + text, "2023-10-23")
    attacks = _of(x, "attack")
    assert attacks and all(a.date == value for a in attacks), [
        (a.date, a.evidence.text) for a in attacks]


def test_calendar_day_does_not_cross_a_paragraph(extract: Run) -> None:
    x = extract("Militia attacks\n\nOctober 20, 2023\n\nKataib Hezbollah claimed a rocket "
                "attack on a US base on 17 October.\n\nA drone struck the Harir base in "
                "Erbil.", "2023-10-23")
    [harir] = [a for a in _of(x, "attack") if "Harir" in a.evidence.text]
    assert harir.date != "2023-10-17"
