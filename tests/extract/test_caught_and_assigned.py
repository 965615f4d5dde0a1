"""People caught at a crossing, arrests of other days told after a first one, and acts
assigned to others ("instructed two men to kill X", "tasked with killing Y") as plots
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2023-09-20").events]


@pytest.mark.parametrize("text", [
    "Border guards stopped four smugglers at a checkpoint near Mashhad on Monday.",
    "Customs officers intercepted two Iranian nationals at Ankara airport on March 2.",
    "A courier was stopped at the Rafah crossing on May 2 with cash for the group.",
])
def test_people_caught_are_arrested(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["arrest"]


@pytest.mark.parametrize("text", [
    "The new rules stopped many women from travelling abroad.",
    "The Taliban stopped two men from boarding the flight in Herat on Monday.",
    "Police stopped traffic at the checkpoint for two hours.",
    "The army stopped the rebel advance near the town.",
])
def test_kept_from_acting_is_no_arrest(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


@pytest.mark.parametrize(("text", "days"), [
    ("Belgian police arrested a Hezbollah financier in Antwerp on March 3. The man's brother "
     "was detained two days later.", ["2023-03-03", "2023-03-05"]),
    ("Israeli forces arrested a Hamas commander in Jenin on March 3. The next day the "
     "commander's son was detained.", ["2023-03-03", "2023-03-04"]),
    # told again with no day of its own: the same arrest
    ("Belgian police arrested a Hezbollah financier in Antwerp on March 3. The man was "
     "detained at his flat in the city centre.", ["2023-03-03"]),
])
def test_arrests_of_other_days_stay_apart(extract: Run, text: str, days: list[str]) -> None:
    found = [e.date for e in extract(text, published="2023-09-20").events
             if e.type == "arrest"]
    assert found == days


@pytest.mark.parametrize("text", [
    "The Quds Force instructed two men to kill a journalist in Hamburg in 2021.",
    "The IRGC instructed a gang to assassinate a dissident in Stockholm in 2020.",
    "The cell was tasked with killing an Israeli businessman in Tbilisi, police said.",
    "The men were tasked with assassinating a Saudi diplomat in Cairo in 2011.",
])
def test_assigned_acts_are_plots(extract: Run, text: str) -> None:
    found = [e for e in extract(text, published="2023-09-20").events if e.type == "plot"]
    assert len(found) == 1, text
    assert found[0].subtype == "planned"
    assert found[0].killed is None  # nothing was done


@pytest.mark.parametrize("text", [
    "The officer was tasked with organizing the summit.",
    "The team was instructed to leave the building.",
    "The instructors trained the recruits to fire rockets.",
])
def test_assigned_errands_are_no_plots(extract: Run, text: str) -> None:
    assert not {"plot", "attack", "killing"} & set(_types(extract, text))
