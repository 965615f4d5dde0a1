"""Acts a handler directed, dates that bound a span, and words of fire, blame and keeping
that tell no deed: "directed the assault" tells a done act, only "directed two men to kill
X" a set one (extract/events.py); "Since October, ..." dates nothing the paragraph goes on
to tell (extract/when.py); a site that "came under fire on social media" or "from" a named
man was criticised; "would keep the coalition informed" holds no forces (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Soleimani directed the assault on the British consulate in Erbil in March 2011.",
        "The colonel directed his fighters to fire rockets at the airport on Monday.",
        "The officer directed the gunmen to shell the camp on Monday.",
    ],
)
def test_a_directed_attack_was_done(extract: Run, text: str) -> None:
    x = extract(text)
    assert not plots(x)
    one_event(x, "attack")


def test_a_handler_who_directed_men_to_kidnap_set_a_plot(extract: Run) -> None:
    [ev] = plots(extract("Agents directed a gang to kidnap the journalist in Paris."))
    assert ev.target == "the journalist"


@pytest.mark.parametrize(
    "opening",
    [
        "Since October, the Houthis have attacked 40 vessels.",
        "Until March, the militia held the bridge.",
    ],
)
def test_a_span_bound_dates_nothing_after_it(extract: Run, opening: str) -> None:
    x = extract(opening + " Gunmen killed a police officer in Mosul.")
    [ev] = [e for e in x.events if e.evidence.text.startswith("Gunmen")]
    assert (ev.date, ev.date_precision) == ("2024-02", "month")


def test_a_month_that_opens_its_sentence_still_dates_what_follows(extract: Run) -> None:
    x = extract("In December, the militia held the bridge. Gunmen killed a police officer "
                "in Mosul.")
    [ev] = [e for e in x.events if e.evidence.text.startswith("Gunmen")]
    assert ev.date == "2023-12"


@pytest.mark.parametrize(
    "text",
    [
        "The US embassy came under fire on social media on Monday.",
        "The consulate came under fire in parliament on Monday.",
        "The US embassy came under fire from Muqtada al-Sadr.",
    ],
)
def test_fire_of_words_is_no_attack(extract: Run, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(
    "text",
    [
        "The US embassy came under rocket fire from Muqtada al-Sadr's militia on Monday.",
        "A US base in Syria came under fire on Monday.",
        "The base came under fire from Kataib Hezbollah.",
    ],
)
def test_a_site_under_fire_of_arms_is_attacked(extract: Run, text: str) -> None:
    one_event(extract(text), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait said it would keep the coalition informed.",
        "Jordan said it would keep the mission updated.",
    ],
)
def test_a_body_kept_informed_is_no_kept_force(extract: Run, text: str) -> None:
    assert extract(text).events == []


def test_troops_kept_are_still_told(extract: Run) -> None:
    [ev] = extract("Kuwait said it would keep its troops in Iraq.").events
    assert (ev.type, ev.actors) == ("statement", ["kuwait"])
