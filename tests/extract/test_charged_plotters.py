"""Who is behind a plot told in the wording of charges: the man "who they say tried to hire
hitmen" (not the prosecutors who say it), with the ties the phrase gives him, and by his
name when the charge names him; one plot against one named victim told by the body the
accused serves and by his name; the unit he acts for rather than the body it belongs to;
whom he serves when a later paragraph says it; no place when the plot's place is one of
two (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Portuguese prosecutors have charged a Brazilian man with close ties to Tehran who they "
        "say sought to hire gunmen to murder two judges in Porto.",
        "Police say they have charged a man with close ties to Tehran who they say sought to "
        "hire two killers to shoot a rabbi.",
    ],
)
def test_the_man_prosecutors_say_tried_plots_not_they(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert parties(ev) == {"iran"}


def test_the_charged_man_is_named_after_the_charge(extract: Run) -> None:
    text = ("Portuguese police have charged a Brazilian man with close ties to Tehran who they "
            "say sought to hire gunmen to murder two judges in Porto. On Friday a Porto judge "
            "charged Davoud Rostami, 33, with plotting the killings.")
    [ev] = plots(extract(text))
    assert parties(ev) == {"iran", "davoud-rostami"}


STORY = ("MADRID — Spanish prosecutors say an officer of Iran's Revolutionary Guards plotted "
         "to kill Elena Varga, a retired admiral.\n\n"
         "In court papers made public on Monday, prosecutors accuse Bahram Nikzad, a "
         "52-year-old from Tabriz, of offering $80,000 to hired men to shoot Varga in Bilbao "
         "or Seville.\n\n"
         "The papers date the scheme to the spring of 2021, when Nikzad had a go-between "
         "photograph Varga's house.\n\n"
         "Investigators believe Nikzad was acting on behalf of the Quds Force, the branch of "
         "the Guards that runs operations abroad.")


def test_one_plot_against_one_victim_by_the_accused_and_his_unit(extract: Run) -> None:
    [ev] = plots(extract(STORY))
    assert parties(ev) == {"bahram-nikzad", "quds-force"}
    assert ev.location is None


def test_another_plot_told_between_keeps_the_paragraphs_apart(extract: Run) -> None:
    text = ("Prosecutors said Bahram Nikzad plotted to kill Elena Varga in Madrid.\n\n"
            "Separately, police said Iranian agents planned to kidnap the writer Sara Amini "
            "in Valencia.\n\n"
            "Prosecutors said Nikzad was acting on behalf of the Quds Force.")
    varga = next(e for e in plots(extract(text)) if "bahram-nikzad" in parties(e))
    assert "quds-force" not in parties(varga)
