"""A plot is dated by when it was hatched or tried, not by the day of the arrests,
charges, trials or disclosures that tell of it, which leave it undated (published
Thursday 2024-02-08)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction


def _plots(extract: Callable[..., Extraction], text: str) -> list[str | None]:
    return [e.date for e in extract(text).events if e.type == "plot"]


@pytest.mark.parametrize(("text", "date"), [
    # the period stated with the plot noun ("a 2021 plot", "a plot in May 2022")
    ("Italian police on Tuesday detained three men over a 2021 plot to bomb an Israeli "
     "travel agency in Milan.", "2021"),
    ("A court in Oslo on Monday jailed a man for his part in a 2020 plot to assassinate "
     "an exiled Ahwazi activist.", "2020"),
    # the period stated with the verb of intent that makes the plot
    ("A court in Ankara on Wednesday convicted a Turkish man of plotting in 2022 to kill "
     "an Israeli businessman in Istanbul.", "2022"),
    ("Moroccan authorities said on Tuesday that the suspects had conspired last year to "
     "attack the US consulate in Casablanca.", "2023"),
    # a plot's beginning, in a clause of its own beside the day of the charges
    ("According to court papers filed on Monday, the plot started in April 2022, when the "
     "suspect hired a driver to watch a dissident's house in Virginia.", "2022-04"),
    # a relative clause that tells the hatching dates the plot
    ("Officers arrested a woman on Monday over a plot against a rabbi in Tbilisi, which "
     "prosecutors say was organised by the Quds Force in 2022.", "2022"),
])
def test_a_plot_takes_its_own_period_over_the_day_of_its_arrest(
        extract: Callable[..., Extraction], text: str, date: str) -> None:
    assert _plots(extract, text) == [date]


def test_a_period_told_in_the_next_sentence_dates_the_plot(
        extract: Callable[..., Extraction]) -> None:
    dates = _plots(extract, "Austrian police on Tuesday charged a Chechen man with plotting "
                            "to kill a blogger in Vienna.\n\nThe scheme was devised in "
                            "September 2022, the charge sheet says.")
    assert dates == ["2022-09"]


def test_a_plot_still_to_come_takes_the_day_of_the_report(
        extract: Callable[..., Extraction]) -> None:
    assert _plots(extract, "The Houthis are planning to attack a tanker off Hodeidah, "
                           "according to Western officials.") == ["2024-02-08"]


@pytest.mark.parametrize("text", [
    # a date of someone's life or of the target is not the plot's
    "A man who moved to Vienna in 2018 was arrested on Tuesday over a plot to attack a "
    "synagogue in the city.",
    # a relative clause that says what the target is does not date the plot
    "Georgian police on Tuesday detained two men over a plot to bomb the US embassy, "
    "which moved to a new compound in 2009.",
    # the day of a charge, trial or disclosure tells when the plot came to light
    "Prosecutors in Berlin on Tuesday charged a Danish man with plotting to attack Jewish "
    "sites for the Quds Force.",
    "Prosecutors on Tuesday charged two men over a plot to kill a dissident writer in Graz.",
    "A court in Tirana sentenced three men on Monday for plotting to bomb the Israeli "
    "embassy.",
    "The plot to assassinate the former consul was revealed by Belgian intelligence on "
    "Friday.",
    "In January, Danish police arrested four men over a plot to attack a synagogue in "
    "Aarhus.",
])
def test_a_plot_told_only_by_its_arrest_charge_or_disclosure_is_undated(
        extract: Callable[..., Extraction], text: str) -> None:
    assert _plots(extract, text) == [None]


@pytest.mark.parametrize(("text", "date"), [
    # a plot foiled on a day ends then
    ("Police in Tallinn foiled a plot on Tuesday to attack the Israeli embassy.",
     "2024-02-06"),
    ("Earlier this year, Greek police thwarted a plot to attack Israeli tourists in "
     "Rhodes.", "2024"),
    # a plot told by a source on a day it speaks keeps that day
    ("The cell planned to target Israeli businessmen in Baku, the security service said "
     "on Monday.", "2024-02-05"),
])
def test_a_plot_foiled_or_told_on_a_day_keeps_that_day(
        extract: Callable[..., Extraction], text: str, date: str) -> None:
    assert _plots(extract, text) == [date]


def test_the_foiling_of_a_plot_told_before_is_that_plot(
        extract: Callable[..., Extraction]) -> None:
    # the day it was foiled is not when it was hatched, and not another plot
    dates = _plots(extract, "Iranian agents plotted in 2022 to kill an exiled singer in "
                            "Paris, prosecutors said.\n\nFrench police thwarted the plot on "
                            "Tuesday and detained three men.")
    assert dates == ["2022"]
