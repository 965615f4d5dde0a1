"""A plot told by a security or intelligence service that pursues it is what that service
alleges, as one told by prosecutors or police is; one a court has ruled on, or one told
as fact, is not (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's State Security Service said it had foiled a plot by Iranian agents to "
        "assassinate an opposition lawmaker.",
        "The Shin Bet said the cell had planned to kill a nuclear scientist on behalf of the "
        "Revolutionary Guards.",
        "Turkish counter-terrorism units broke up a network that was planning attacks on "
        "Israeli tourists in Istanbul.",
        "Dutch intelligence officials said two men had planned to kill an exiled activist "
        "in Utrecht.",
    ],
)
def test_a_plot_a_security_service_tells_is_alleged(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert ev.certainty == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "A court in Ghent sentenced a former diplomat to 18 years for plotting to bomb a "
        "rally of exiles in Lyon.",
        "In 2021, the militias tried to strike the port of Eilat with a drone.",
    ],
)
def test_a_ruled_or_stated_plot_is_not_alleged(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert ev.certainty == "confirmed"


def test_a_plot_told_on_from_an_arrest_is_alleged(extract: Run) -> None:
    text = ("Cypriot police said on Monday they had arrested two Georgian men. The men had "
            "planned to attack a kosher hotel in Larnaca.")
    [ev] = plots(extract(text))
    assert ev.certainty == "alleged"


def test_a_plot_whose_sender_its_pursuers_name_later_is_alleged(extract: Run) -> None:
    text = ("Nikos Dimas planned to bomb a synagogue in Thessaloniki. Investigators said he "
            "had been recruited by the Quds Force.")
    [ev] = plots(extract(text))
    assert "quds-force" in ev.attributed_to and ev.certainty == "alleged"


def test_a_plot_told_after_other_news_stays_as_told(extract: Run) -> None:
    text = ("The port reopened to ships on Monday. In 2021, the militias tried "
            "to strike the port of Eilat with a drone.")
    [ev] = plots(extract(text))
    assert ev.certainty == "confirmed"
