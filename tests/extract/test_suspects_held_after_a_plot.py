"""The suspects an arrest holds in the sentence right after a plot that named none of its
plotters (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _plot(extraction: Extraction) -> Event:
    plots = [e for e in extraction.events if e.type == "plot"]
    assert len(plots) == 1
    return plots[0]


def _parties(ev: Event) -> set[str]:
    return {*ev.actors, *ev.claimed_by, *ev.attributed_to}


@pytest.mark.parametrize(("text", "persons"), [
    ("Dutch prosecutors said on Monday they had foiled an Iranian plot to kill an exiled "
     "dissident in The Hague. The suspect, a 34-year-old man named as Karim D., was "
     "arrested at Schiphol airport.", {"karim-d"}),
    ("Austrian police said on Friday they had thwarted a plot to bomb a pride parade in "
     "Vienna. The three suspects, Ahmed K., Yusuf M. and Omar T., were detained in Graz.",
     {"ahmed-k", "yusuf-m", "omar-t"}),
])
def test_the_suspects_held_next_are_the_plotters(extract: Run, text: str,
                                                 persons: set[str]) -> None:
    assert persons <= _parties(_plot(extract(text)))


@pytest.mark.parametrize("text", [
    # another case told next
    ("Dutch prosecutors said on Monday they had foiled an Iranian plot to kill an exiled "
     "dissident in The Hague. In a separate case, the suspect, a 34-year-old man named as "
     "Karim D., was arrested at Schiphol airport over drug smuggling."),
    # a suspect of no definite case
    ("Dutch prosecutors said on Monday they had foiled an Iranian plot to kill an exiled "
     "dissident in The Hague. A suspect, Karim D., was arrested in Utrecht over a robbery."),
])
def test_a_suspect_of_another_case_is_not_the_plotter(extract: Run, text: str) -> None:
    assert "karim-d" not in _parties(_plot(extract(text)))
