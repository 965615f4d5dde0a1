"""Who plots, when the plot is told through those who hold, charge or sentence the
plotters, or through those who sent them: the accused plot and their accusers do not;
the one sent to a place where he plans an act plots with his sender; a later sentence
naming the plotter of a plot that named none, or the one who ran it, adds them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the act on the verb of charging: the one charged plots
        ("Austrian police charged Viktor Hasler with planning to murder a Kurdish "
         "activist in Linz.", {"viktor-hasler"}),
        # punished for the plot
        ("A court in Stockholm sentenced Omid Rahimi to 14 years in prison for plotting to "
         "kill two Jewish teachers.", {"omid-rahimi"}),
        # held on suspicion of it, both of them
        ("Police arrested Nadia Kovac and Ivo Maras on suspicion of planning an arson "
         "attack on an Israeli embassy.", {"nadia-kovac", "ivo-maras"}),
        # sent to the place where he planned it
        ("The Quds Force sent Dmitri Volkov to Marseille, where he planned to kill a "
         "dissident journalist.", {"dmitri-volkov", "quds-force"}),
        # "him", charged with the act hung on the verb of charging: the man named before
        ("A warrant names Farid Sadeghi; Dutch prosecutors charged him with planning to "
         "murder a cartoonist in Utrecht.", {"farid-sadeghi"}),
    ],
)
def test_the_accused_and_the_sender_plot(extract: Run, text: str, expected: set[str]) -> None:
    assert parties(one_event(extract(text), "plot")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plot that named no one: the person a later sentence says was recruited
        ("Danish police have charged a 41-year-old Norwegian man with planning to murder "
         "an Iranian opposition figure in Copenhagen. Prosecutors said Lars Fenstad had "
         "been recruited by Iran's Ministry of Intelligence.",
         {"lars-fenstad", "ministry-of-intelligence"}),
        # "they" stands for no person named: the plotters told before
        ("Police arrested Nadia Kovac and Ivo Maras on suspicion of planning an arson "
         "attack on an Israeli embassy. Investigators believe they were recruited by "
         "Hezbollah.", {"nadia-kovac", "ivo-maras", "hezbollah"}),
        # the plot told again, with who ordered it
        ("A plot to kill a former Israeli diplomat in Lisbon was foiled last year. "
         "Portuguese prosecutors said the plot had been ordered by the Quds Force.",
         {"quds-force"}),
    ],
)
def test_plotters_and_senders_told_after(extract: Run, text: str,
                                         expected: set[str]) -> None:
    assert parties(one_event(extract(text), "plot")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the accusers take no part
        "Danish police have charged a 41-year-old Norwegian man with planning to murder an "
        "Iranian opposition figure in Copenhagen.",
        # the one named after is the target, hired by an employer
        "A man was charged on Tuesday with plotting to kill Mary Ellison in Leeds. Ellison "
        "had been hired by the BBC in 2019.",
        "A man was charged on Tuesday with plotting to kill a journalist in Leeds. Mary "
        "Ellison, the journalist, had been hired by the BBC in 2019.",
        # the plot told again, with nothing of who made it
        "A plot to kill a former Israeli diplomat in Lisbon was foiled last year. "
        "Portuguese prosecutors said the plot was similar to one in Madrid.",
        # a plan of another kind, ordered by someone
        "A plot to kill a former Israeli diplomat in Lisbon was foiled last year. The "
        "evacuation plan had been ordered by the Revolutionary Guards.",
        # the purpose of the arrest is the police's
        "Police in Graz arrested Anton Huber to thwart a plan to kill a rabbi in Vienna.",
        # who tipped the police off plots nothing
        "Two men were arrested in Linz on suspicion of planning an attack on a synagogue. "
        "Police said they were tipped off by the FBI.",
    ],
)
def test_no_one_else_plots(extract: Run, text: str) -> None:
    assert parties(one_event(extract(text), "plot")) == set()
