"""Whom a plotter serves, told after the plot: a later sentence of the plot's paragraph
that says the plotter (named, or pointed back to by "he" or "the suspect") acted for,
was recruited, hired or paid by a body holds the body responsible for the plot too; so
does a blame laid on a body for a plot whose only doer named is a person, and so are
the persons a later sentence says were arrested or charged over the plot."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adam Fletcher was charged on Tuesday with plotting to kill two journalists in "
         "Leeds. Prosecutors said Fletcher had been recruited by the Quds Force in 2021.",
         {"adam-fletcher", "quds-force"}),
        ("A Belgian man was charged on Tuesday with plotting to kill two journalists in "
         "Leeds. Prosecutors said he was acting on behalf of the Islamic Revolutionary "
         "Guard Corps.", {"islamic-revolutionary-guard-corps"}),
        ("Adam Fletcher pleaded guilty on Monday to plotting to kill an Iranian dissident "
         "in Boston. He admitted that he had been hired by the IRGC.",
         {"adam-fletcher", "islamic-revolutionary-guard-corps"}),
        ("Police foiled a plot to bomb a synagogue in Graz, officials said on Monday. The "
         "suspect told investigators he had been paid by the Quds Force.", {"quds-force"}),
        ("Adam Fletcher was charged on Tuesday with plotting to kill two journalists in "
         "Leeds. Prosecutors blamed Iran for the plot.", {"adam-fletcher", "iran"}),
    ],
)
def test_the_body_a_plotter_serves_told_after_the_plot(extract: Run, text: str,
                                                       expected: set[str]) -> None:
    assert parties(one_event(extract(text), "plot")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the one hired is the target, not the plotter
        "Adam Fletcher was charged on Tuesday with plotting to kill Mary Ellison in Leeds. "
        "Ellison had been hired by the BBC in 2019.",
        # the target, named beside the noun that told it
        "A man was charged on Monday with plotting to kill a former envoy in Salzburg. "
        "Kamran Moradi, the envoy, had worked for the Iranian foreign ministry.",
        "A man was charged on Monday with plotting to kill a former envoy in Salzburg. "
        "The envoy, Kamran Moradi, had been employed by the Iranian foreign ministry.",
        # another paragraph tells another case
        "Adam Fletcher was charged on Tuesday with plotting to kill two journalists in "
        "Leeds.\n\nIn a separate case, prosecutors said a courier had been recruited by the "
        "Quds Force.",
        # a named other person serves someone else
        "Adam Fletcher was charged on Tuesday with plotting to kill two journalists in "
        "Leeds. Peter Mills, a lawyer, said he was working for the families.",
        # denied
        "Adam Fletcher was charged on Tuesday with plotting to kill two journalists in "
        "Leeds. Prosecutors said he was not acting on behalf of any state.",
    ],
)
def test_no_body_is_laid_on_the_plot(extract: Run, text: str) -> None:
    assert parties(one_event(extract(text), "plot")) <= {"adam-fletcher"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person who hired the suspects, and the body he works for
        ("In April, Slovak police thwarted an attempt to attack the Israeli embassy in "
         "Bratislava. The suspects had been hired by Dario Ventresca, a gang leader working "
         "for Iranian intelligence.", {"dario-ventresca", "iranian-intelligence-service"}),
        # "the men ... and were working for X": the subject the verb shares
        ("Italian police foiled a plot to attack a synagogue in Turin in March. "
         "Investigators said the men planned to use firearms and were working for "
         "Hezbollah.", {"hezbollah"}),
        # the persons arrested or charged over the plot
        ("Czech police thwarted a plot to kill an exiled blogger in Brno in May. Two men, "
         "Karel Voss and Piet Marens, were arrested over the plot.",
         {"karel-voss", "piet-marens"}),
        ("Czech police thwarted a plot to kill an exiled blogger in Brno in May. Karel Voss "
         "and Piet Marens were later charged with conspiracy to murder.",
         {"karel-voss", "piet-marens"}),
    ],
)
def test_who_hired_or_was_held_for_the_plot_is_responsible(
        extract: Run, text: str, expected: set[str]) -> None:
    assert expected <= parties(one_event(extract(text), "plot"))


@pytest.mark.parametrize(
    "text",
    [
        # an arrest that does not speak of the plot again
        "Czech police thwarted a plot to kill an exiled blogger in Brno in May. Karel Voss, "
        "34, was arrested at his home in Olomouc.",
        # the person held is the plot's target
        "Czech police thwarted a plot to kill Karel Voss in Brno in May. Karel Voss was "
        "later detained over the plot for questioning.",
    ],
)
def test_an_arrest_that_is_not_of_the_plotters(extract: Run, text: str) -> None:
    assert "karel-voss" not in parties(one_event(extract(text), "plot"))
