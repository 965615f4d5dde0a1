"""Two plots of one report, by different plotters or told as "a separate" or "a second"
one, stay two; a blow whose doer is a plot is that plot."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _plots(x: Extraction) -> list[str | None]:
    return sorted((e.location or "") for e in x.events if e.type == "plot")


def test_two_plotters_two_plots(extract: Run) -> None:
    x = extract("Prosecutors said one man planned to shoot a rabbi in Vienna while his "
                "cousin plotted to bomb a café in Graz.")
    assert _plots(x) == ["graz", "vienna"]


def test_a_separate_cell_is_another_plot(extract: Run) -> None:
    x = extract("Officials said a Quds Force cell planned to kill a dissident, and a "
                "separate cell plotted to bomb a synagogue in Paris.")
    assert len(_plots(x)) == 2


def test_alternatives_of_one_plotter_stay_one(extract: Run) -> None:
    x = extract("Police said the suspect planned to kidnap or kill a journalist in London.")
    assert _plots(x) == ["london"]


def test_a_plot_that_targeted_someone_is_a_plot(extract: Run) -> None:
    x = extract("Danish police said a second plot targeted a Jewish school in Aarhus.")
    assert [e.type for e in x.events] == ["plot"]


def test_a_plot_aimed_at_several_countries_is_one_plot_in_each(extract: Run) -> None:
    x = extract("Investigators said the ring had prepared attacks on Israeli embassies in "
                "Belgium, Sweden and Norway.")
    assert _plots(x) == ["belgium", "norway", "sweden"]


def test_a_plot_on_two_sites_of_one_country_stays_one(extract: Run) -> None:
    x = extract("Police said the cell had been preparing to fire rockets at the port and "
                "at the airport in Basra.")
    assert len(_plots(x)) == 1


def test_a_plot_the_parse_joins_to_its_participle_is_still_a_plot(extract: Run) -> None:
    # ("a plot run by X" may be parsed as one noun, "plot run")
    x = extract("A plot run by the IRGC targeted Iranian dissidents in Europe.")
    assert [(e.type, e.location) for e in x.events] == [("plot", "europe")]


def test_a_run_of_attacks_is_no_plot(extract: Run) -> None:
    x = extract("A run of attacks by Kataib Hezbollah targeted US bases in Syria on Monday.")
    assert "plot" not in [e.type for e in x.events]
