"""Who plots, in the wordings of charges and court reports: people named after a common
noun ("two men, X and Y"), a person recruited, hired or tasked by a body to do the deed
(both plot), a body one conspires with, a body one acted for before trying the deed, and
the reported clause of a relative ("who police say was hired by X")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _plot_parties(ex: Extraction) -> set[str]:
    plots: list[Event] = [e for e in ex.events if e.type == "plot"]
    assert plots, [(e.type, e.evidence.text) for e in ex.events]
    return {a for e in plots for a in (*e.actors, *e.claimed_by, *e.attributed_to)}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Two women, Leila Farahani and Sara Moghadam, were charged on Monday with plotting to "
         "bomb a synagogue in Hamburg.", {"leila-farahani", "sara-moghadam"}),
        ("The suspect, Davud Rahmani, planned to shoot an exiled cleric in Oslo, police said.",
         {"davud-rahmani"}),
        ("An Iranian official, Behnam Sadri, organized a plot to kidnap an activist in Paris.",
         {"behnam-sadri"}),
        ("A courier, identified as Omid Naseri, tried to buy a pistol to kill a dissident in "
         "Copenhagen.", {"omid-naseri"}),
    ],
)
def test_a_noun_renamed_by_names_plots_as_the_names(extract: Run, text: str,
                                                      wanted: set[str]) -> None:
    assert _plot_parties(extract(text)) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Officials said Kamal Yazdi had been hired by the Quds Force to murder a writer in "
         "Madrid.", {"kamal-yazdi", "quds-force"}),
        ("Prosecutors say Farid Ansari was tasked by the IRGC with planning the murder of a "
         "general in Washington.", {"farid-ansari", "islamic-revolutionary-guard-corps"}),
    ],
)
def test_one_sent_to_do_the_deed_plots_with_the_sender(extract: Run, text: str,
                                                       wanted: set[str]) -> None:
    assert _plot_parties(extract(text)) == wanted


def test_a_body_one_conspires_with_plots_too(extract: Run) -> None:
    text = ("The indictment says Javid Karami conspired with officers of the IRGC to kill a "
            "broadcaster in Texas.")
    assert _plot_parties(extract(text)) == {"javid-karami", "islamic-revolutionary-guard-corps"}


def test_the_body_acted_for_before_an_attempt_plots(extract: Run) -> None:
    text = ("Rahim Sohrabi was working on behalf of the Quds Force when he tried to rent a car "
            "to bomb a school in Milan.")
    assert "quds-force" in _plot_parties(extract(text))


def test_a_relative_reporting_who_hired_the_plotter(extract: Run) -> None:
    text = ("Majid Tehrani, who police say was recruited by the Quds Force, planned to "
            "attack a rabbi in Zurich.")
    assert _plot_parties(extract(text)) == {"majid-tehrani", "quds-force"}


def test_an_attack_victim_renamed_by_a_name_is_no_actor(extract: Run) -> None:
    text = "Gunmen shot a journalist, Ali Zaidi, outside his home in Basra on Monday."
    ev = next(e for e in extract(text).events if e.type in ("attack", "killing"))
    assert "ali-zaidi" not in {*ev.actors, *ev.claimed_by, *ev.attributed_to}
