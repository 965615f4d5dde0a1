"""Who is behind a plot when the plotters are told as agents of a body ("acting as agents
of the Iranian state"), when the deed is told as done in or as part of a scheme whose
sponsor its noun names ("in what police called a Tehran-directed plan", "as part of a
plot"), and when the parse hangs the plot verb on the body served; the victim's people
and the police who foil a plot are never its makers (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Three men acting as agents of the Iranian state planned to murder a blogger in "
        "Oslo, police said.",
        "A Chilean man operating as an agent for Iran plotted to shoot a diplomat in Lima.",
        "Two brothers working on behalf of the Iranian state conspired to abduct an activist "
        "in Vienna, prosecutors said.",
        "Two brothers working for the Iranian state planned to abduct an activist in Vienna.",
    ],
)
def test_agents_of_a_state_plot_for_it(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert "iran" in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Karim Nouri planned to bomb the consulate, in what detectives described as an "
        "Iran-directed plan.",
        "Karim Nouri planned to bomb the consulate in an Iranian-backed scheme, officials "
        "said.",
        "Karim Nouri conspired to bomb the consulate as part of a plot directed by Tehran.",
        "Karim Nouri plotted to bomb the consulate, in what officials called an Iran-sponsored "
        "plot.",
    ],
)
def test_the_scheme_a_plot_is_told_in_names_its_sponsor(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert {"iran", "karim-nouri"} <= parties(ev)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Swedish prosecutors said a Finnish woman spied on Jewish sites in Malmo for the "
         "Quds Force as part of a plan to bomb them.", "quds-force"),
        ("A Norwegian man worked for the IRGC as part of a scheme to kill exiles in Bergen, "
         "police said.", "islamic-revolutionary-guard-corps"),
        ("Hezbollah operatives watched Israeli tourists in Larnaca as part of a plot to "
         "kidnap them.", "hezbollah"),
    ],
)
def test_a_deed_done_as_part_of_a_plan_names_its_makers(extract: Run, text: str,
                                                        sender: str) -> None:
    [ev] = plots(extract(text))
    assert sender in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Two men planned to kill an Iranian dissident in Oslo, in what police described as a "
        "carefully prepared plan.",
        "A man plotted to bomb a mosque in a plan to kill Iranian pilgrims.",
        "A man watched Iranian exiles for weeks as part of a plan to attack them, Dutch "
        "prosecutors said.",
        "Danish police foiled a plot to attack an Iranian newspaper in Aarhus.",
        "Two men working with British police foiled a plot to kill an Iranian journalist.",
    ],
)
def test_neither_victims_nor_police_make_the_plot(extract: Run, text: str) -> None:
    for ev in plots(extract(text)):
        assert not parties(ev) & {"iran", "denmark", "united-kingdom", "netherlands"}


@pytest.mark.parametrize(
    "text",
    [
        "Omid Karimi plotted to shoot a rabbi in Antwerp, in what officials said was an "
        "Iranian plot.",
        "Omid Karimi was charged with plotting to shoot a rabbi in Antwerp, in a plot "
        "prosecutors say was directed by Iran.",
        "Omid Karimi plotted to shoot a rabbi in Antwerp, in an operation that investigators said "
        "was run by Iran.",
        "Omid Karimi planned to shoot a rabbi in Antwerp, the latest in a series of "
        "Iran-backed plots in Europe.",
        "Omid Karimi planned to shoot a rabbi in Antwerp, the latest in a spate of "
        "Iranian-sponsored plots against Jewish targets.",
    ],
)
def test_a_plot_told_as_one_of_a_state_s_plots_is_laid_on_it(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert "iran" in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Two men planned to kill an Iranian dissident in Oslo, the latest in a series of "
        "plots against exiles.",
        "Two men planned to kill a blogger in Oslo, the latest in a wave of plots against "
        "Iranian exiles.",
        "Two men plotted to kill an Iranian blogger in Oslo, in what police said was a "
        "well-funded plan.",
    ],
)
def test_the_victims_of_a_run_of_plots_make_none(extract: Run, text: str) -> None:
    for ev in plots(extract(text)):
        assert "iran" not in parties(ev)
