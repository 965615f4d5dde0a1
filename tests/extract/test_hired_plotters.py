"""Plots bought from hired hands: a sum "offered" to kill someone makes a plot as one paid
does, and its offerer plots (arms or money offered for an attack on places make none);
whoever "paid" the hands to strike is behind the plot; the country of a hitman, a contract
killer or a gang names no state behind it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Court papers accuse Bahram Nikzad of offering $80,000 to a Spanish contact to kill a "
        "retired admiral.",
        "Bahram Nikzad offered $50,000 to a courier in Seville to kill a retired admiral.",
    ],
)
def test_a_sum_offered_for_a_killing_is_a_plot_by_its_offerer(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert "bahram-nikzad" in parties(ev)
    assert ev.subtype == "planned"


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("Two brothers were paid by Iranian intelligence to set fire to a synagogue in Lyon, "
         "prosecutors said.", "iranian-intelligence-service"),
        ("An Armenian man was paid by the IRGC to attack the Israeli embassy in Oslo, police "
         "said.", "islamic-revolutionary-guard-corps"),
    ],
)
def test_who_paid_the_hands_is_behind_the_plot(extract: Run, text: str, sponsor: str) -> None:
    [ev] = plots(extract(text))
    assert sponsor in parties(ev)


@pytest.mark.parametrize(
    ("text", "sponsor", "country"),
    [
        ("Dutch police foiled a plot by an Azerbaijani hitman to kill an exiled opposition "
         "figure in Rotterdam on behalf of the Quds Force.", "quds-force", "azerbaijan"),
        ("An Armenian assassin recruited by the Quds Force tried to kill a rabbi in Tbilisi "
         "last week.", "quds-force", "armenia"),
    ],
)
def test_a_hired_hands_country_is_not_behind_the_plot(extract: Run, text: str, sponsor: str,
                                                      country: str) -> None:
    [ev] = plots(extract(text))
    assert sponsor in parties(ev)
    assert country not in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The farmers were paid by the government to plant wheat in the valley.",
        "The ministry offered $5,000 to families to rebuild their homes.",
        "Iran offered drones to Russia to strike Ukrainian cities, officials said.",
        "Iran offered Hamas $20 million to attack Israeli towns, officials said.",
    ],
)
def test_a_sum_for_a_harmless_aim_makes_no_plot(extract: Run, text: str) -> None:
    assert plots(extract(text)) == []


def test_a_countrys_forces_still_act_for_it(extract: Run) -> None:
    [ev] = [e for e in extract("Syrian forces shelled villages near Idlib on Monday.").events
            if e.type == "strike"]
    assert "syria" in ev.actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors say the Quds Force directed Adam Fletcher to kill a dissident "
         "journalist in Leeds.", {"quds-force", "adam-fletcher"}),
        ("The Quds Force hired Adam Fletcher to kill a dissident journalist in Leeds.",
         {"quds-force", "adam-fletcher"}),
        # the hands hired are unnamed: only the one hiring and whom he serves
        ("Adam Fletcher hired two men to kill a dissident journalist in Leeds on behalf of "
         "the Quds Force.", {"adam-fletcher", "quds-force"}),
    ],
)
def test_the_one_hired_to_do_the_deed_plots_with_the_one_hiring(
        extract: Run, text: str, expected: set[str]) -> None:
    [ev] = plots(extract(text))
    assert parties(ev) == expected
