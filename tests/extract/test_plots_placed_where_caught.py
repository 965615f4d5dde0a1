"""Where a plot was hatched when its own clause names no place: the town its plotters were
caught in, told in its sentence or the one before; the one place its sentence tells of;
the town whose police foiled it. Never a court's seat, nor an arrest of another story
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import plots

Run = Callable[..., Extraction]


def _plot_place(x: Extraction) -> str | None:
    found = plots(x)
    assert len(found) == 1, [(e.type, e.evidence.text) for e in x.events]
    return found[0].location


@pytest.mark.parametrize(("text", "place"), [
    ("Police arrested two men in Leipzig on Thursday suspected of plotting an attack on a "
     "synagogue.", "leipzig"),
    ("Three women were detained in Antwerp on Sunday on suspicion of planning to attack "
     "Jewish shops.", "antwerp"),
    ("Security services detained a man in Tbilisi on Monday. He had planned to kill an "
     "Israeli businessman, officials said.", "tbilisi"),
    ("Police in Nairobi arrested two foreigners on Monday. Officials said the men had "
     "planned attacks on Western hotels.", "nairobi"),
    ("Dutch police thwarted a bomb plot on Monday, arresting a man in Rotterdam.",
     "rotterdam"),
    ("Police in Perth said on Tuesday they had foiled a plot to bomb a synagogue.", "perth"),
    ("A man was charged on Monday with arson near a synagogue in Adelaide, after he tried "
     "to set fire to a Jewish school.", "adelaide"),
    ("Two teenagers were charged with vandalism near a mosque in Leeds, and police said "
     "they had attempted to bomb a church.", "leeds"),
])
def test_a_plot_is_placed_where_its_plotters_were_caught(
        extract: Run, text: str, place: str) -> None:
    assert _plot_place(extract(text)) == place


@pytest.mark.parametrize("text", [
    # another story: no one caught is told of again
    "Police arrested two men in Leipzig on Monday. A court said another man had plotted "
    "to kill a dissident.",
    "Police arrested two men in Leipzig on Monday.\n\nIn a separate case, a man had "
    "planned to kill a journalist, officials said on Tuesday.",
    "Police detained four protesters in Hamburg on Monday. Iran plotted to kill a "
    "dissident in 2022, prosecutors said.",
    # a court sits where a plot is tried
    "A court in Munich said on Monday that a man had plotted to kill a dissident.",
    "A court in Lyon on Monday convicted a man of plotting to kill a dissident.",
])
def test_a_plot_is_not_placed_by_another_story_or_a_court(extract: Run, text: str) -> None:
    assert _plot_place(extract(text)) is None


def test_a_plot_told_of_a_named_person_is_not_the_arrest_s(extract: Run) -> None:
    x = extract("Last month, a man with a rifle was arrested outside the Leipzig home of the "
                "writer Anna Keller, whom prosecutors had earlier said foreign agents planned "
                "to kidnap.")
    assert _plot_place(x) is None
