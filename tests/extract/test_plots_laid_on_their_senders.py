"""Whom a plot is laid on when the text says who ran or ordered it: "the cell was run by
X" after the plot, "the plot to bomb Y was ordered by X" in its own sentence, "the plot,
which officials said was directed by X"; not a band run by people, nor a body named in
another paragraph or praising the band (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]


def _plot(x: Extraction) -> set[str]:
    found = plots(x)
    assert len(found) == 1, [(e.type, e.evidence.text) for e in x.events]
    return set(found[0].attributed_to)


@pytest.mark.parametrize(("text", "sender"), [
    ("Swiss police said on Monday they had foiled a plot to attack a Jewish school in "
     "Basel. The cell was run by Iranian intelligence, officials said.",
     "iranian-intelligence-service"),
    ("Italian police foiled a plot to kill a rabbi in Milan on Monday. The network had been "
     "hired by the IRGC, prosecutors said.", "islamic-revolutionary-guard-corps"),
    ("Police said the plot to bomb the consulate in Istanbul was ordered by Tehran.", "iran"),
    ("Police said the plot to bomb the embassy in Baku was ordered by Tehran.", "iran"),
    ("The plot, which investigators said was directed by Iran, targeted a rabbi in Milan.",
     "iran"),
    ("The plot, which police believe was financed by Hezbollah, targeted a rabbi in Milan.",
     "hezbollah"),
])
def test_a_plot_is_laid_on_whom_the_text_says_ran_it(
        extract: Run, text: str, sender: str) -> None:
    assert sender in _plot(extract(text))


@pytest.mark.parametrize("text", [
    "Police foiled a plot to bomb a school in Basel on Monday. The gang was run by two "
    "brothers from Zurich, officials said.",
    "Police foiled a plot to bomb a school in Basel on Monday.\n\nIn Iraq, a cell of "
    "fighters was run by the IRGC for years.",
    "Police foiled a plot to bomb a school in Basel on Monday. The team was praised by "
    "Iran, officials said.",
    "Prosecutors said the plot to bomb the synagogue in Berlin was not ordered by the IRGC.",
])
def test_a_plot_is_not_laid_on_a_body_that_did_not_run_it(extract: Run, text: str) -> None:
    ev = plots(extract(text))[0]
    assert not parties(ev)
