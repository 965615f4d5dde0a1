"""Plots: an attack or killing governed by a word of intent, preparation or failure is
a plot, not the act (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the Guards had plotted to assassinate a retired general.",
         [("plot", "planned")]),
        ("Three men conspired to assassinate a Kuwaiti diplomat in Vienna, police said.",
         [("plot", "planned")]),
        ("The agency said the network had intended to kill two exiled writers in Oslo.",
         [("plot", "planned")]),
        ("Investigators said the cell had been preparing attacks on Jewish schools in Lyon.",
         [("plot", "planned")]),
        ("A former diplomat was convicted of plotting to bomb a book fair near Milan in 2019.",
         [("arrest", "sentence"), ("plot", "planned")]),
        ("Police uncovered a plot against a television presenter in Madrid in March.",
         [("plot", "planned")]),
        ("Prosecutors said the suspects had hatched a plot to blow up a consulate in Bern.",
         [("plot", "planned")]),
        ("Dutch police thwarted an attempt by foreign agents to kidnap a blogger in Utrecht.",
         [("plot", "attempted")]),
        ("A court heard that two agents had planned to abduct a novelist in Lisbon.",
         [("plot", "planned")]),
    ],
)
def test_intended_act_is_a_plot(extract: Run, text: str,
                                expected: list[tuple[str, str]]) -> None:
    assert [(e.type, e.subtype) for e in extract(text).events] == expected


def test_charge_for_a_plot_is_an_arrest_and_a_plot(extract: Run) -> None:
    events = extract("A dual national was charged on Monday with planning to kill an exiled "
                     "cleric in Toronto.").events
    assert sorted((e.type, e.subtype) for e in events) == [("arrest", "charges"),
                                                           ("plot", "planned")]


def test_gathering_a_plot_aims_at_is_its_target(extract: Run) -> None:
    """"plotted to bomb a rally": the rally is what was aimed at, not a protest."""
    events = extract("An envoy was convicted of plotting to bomb an opposition rally near "
                     "Lyon in 2017.").events
    assert [e.type for e in events] == ["arrest", "plot"]  # the conviction and the plot


@pytest.mark.parametrize(
    "text",
    [
        "The group's plan was announced at a press conference in Beirut.",
        "A kidnapping gang was broken up in the north of the country.",
        "Now, as the network plots larger attacks, its allies could be drawn in.",
    ],
)
def test_no_plot(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "plot"] == []


def test_dated_plot_report_is_the_evidence(extract: Run) -> None:
    """A plot told first without a date and then with one: the dated sentence is its
    evidence."""
    events = extract("A man was accused of trying to arrange the murder of a former minister. "
                     "According to the complaint, the plot began in October 2021.").events
    plots = [e for e in events if e.type == "plot"]
    assert len(plots) == 1 and plots[0].date == "2021-10"
    assert "the plot began" in plots[0].evidence.text


def test_crowd_verb_misread_as_a_modifier_is_the_predicate(extract: Run) -> None:
    """"Hundreds of students of the college protested outside X": the parser may read the
    only verb as a reduced relative on the last noun; it is the sentence's predicate."""
    events = extract("Hundreds of followers of the clerics protested outside the parliament "
                     "in Amman on Sunday.").events
    assert [(e.type, e.date) for e in events] == [("protest", "2024-02-04")]


@pytest.mark.parametrize(("text", "plotter"), [
    # the body that hired or ordered the plotters plots
    ("Officials said he had been hired by Iran to kill businessmen living in Cyprus.", "iran"),
    ("The suspects were acting on Tehran's orders, police said, when they tried to kill a "
     "journalist in London.", "iran"),
    # the state that foiled a plot is not its claimant
    ("Azerbaijan said it had foiled a plot by Iranian agents to kill a lawmaker in Baku.",
     "iran"),
])
def test_who_stands_behind_a_plot(extract: Run, text: str, plotter: str) -> None:
    [plot] = [e for e in extract(text).events if e.type == "plot"]
    assert plot.all_actors() == [plotter]


def test_a_plot_to_bomb_is_a_plot_however_the_parse_hangs_the_act(extract: Run) -> None:
    events = extract("Iran was behind a failed plot to bomb a rally of exiled opponents near "
                     "Paris in 2018, officials said.").events
    assert [(e.type, e.location) for e in events] == [("plot", "paris")]
    assert events[0].all_actors() == ["iran"]


def test_acts_a_plot_joins_by_or_are_one_plot(extract: Run) -> None:
    events = extract("Police said in 2023 that Iran was behind plots to kidnap or kill two "
                     "journalists in London.").events
    assert [(e.type, e.location) for e in events] == [("plot", "london")]
