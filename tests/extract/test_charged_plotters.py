"""Who is behind a plot told in the wording of charges: the man "who they say tried to hire
hitmen" (not the prosecutors who say it), with the ties the phrase gives him, and by his
name when the charge names him; one plot against one named victim told by the body the
accused serves and by his name; the unit he acts for rather than the body it belongs to;
whom he serves when a later paragraph says it; no place when the plot's place is one of
two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _plots(ex: Extraction) -> list[Event]:
    return [e for e in ex.events if e.type == "plot"]


def _parties(ev: Event) -> set[str]:
    return {*ev.actors, *ev.claimed_by, *ev.attributed_to}


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN — German prosecutors on Friday unsealed charges against a Turkish man with "
        "ties to Iran who they say tried to hire hitmen to kill German politicians.",
        "Prosecutors on Friday unsealed charges against a man with ties to Iran who they say "
        "tried to hire hitmen to kill lawmakers.",
    ],
)
def test_the_man_prosecutors_say_tried_plots_not_they(extract: Run, text: str) -> None:
    [ev] = _plots(extract(text))
    assert _parties(ev) == {"iran"}


def test_the_charged_man_is_named_after_the_charge(extract: Run) -> None:
    text = ("ROME — Italian prosecutors on Monday unsealed charges against a Tunisian man "
            "with ties to Iran who they say tried to hire hitmen to kill Italian senators. "
            "Karim Dadashi, 51, was charged in Milan with murder for hire.")
    [ev] = _plots(extract(text))
    assert _parties(ev) == {"iran", "karim-dadashi"}


STORY = ("OTTAWA — Canada's prosecutors have charged a member of Iran's Revolutionary Guards "
         "with trying to arrange the murder of Peter Lang, a former defence minister.\n\n"
         "A complaint unsealed on Tuesday accuses Karim Dadashi, 39, of Shiraz, of offering "
         "$200,000 to people in Canada to kill Lang in Ottawa or Toronto.\n\n"
         "According to the complaint, the plot began around March 2023, when Dadashi asked "
         "a contact to follow Lang.\n\n"
         "Prosecutors said Dadashi was acting on behalf of the Quds Force, the external arm "
         "of the Revolutionary Guards.")


def test_one_plot_against_one_victim_by_the_accused_and_his_unit(extract: Run) -> None:
    [ev] = _plots(extract(STORY))
    assert _parties(ev) == {"karim-dadashi", "quds-force"}
    assert ev.location is None


def test_another_plot_told_between_keeps_the_paragraphs_apart(extract: Run) -> None:
    text = ("Prosecutors said Karim Dadashi plotted to kill Peter Lang in Ottawa.\n\n"
            "Separately, police said Iranian agents planned to kidnap the writer Sara Amini "
            "in Toronto.\n\n"
            "Prosecutors said Dadashi was acting on behalf of the Quds Force.")
    lang = next(e for e in _plots(extract(text)) if "karim-dadashi" in _parties(e))
    assert "quds-force" not in _parties(lang)
