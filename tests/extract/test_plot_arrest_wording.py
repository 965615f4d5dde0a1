"""Who plots when the plot is the object of a verb of planning, acts at someone's behest or
is named by a garbled clause; and arrests and sentences told by holding, seizing, breaking
up or a prison term handed down (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _of_type(run: Run, text: str, etype: str) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in run(text).events if e.type == etype]


@pytest.mark.parametrize(("text", "plotter"), [
    ("Hezbollah had planned the killing of a Saudi diplomat in Cairo, officials said.",
     "hezbollah"),
    ("The Quds Force was preparing attacks on Israeli tourists in Nairobi, Kenyan police "
     "said.", "quds-force"),
    ("Two men were charged with plotting to bomb a synagogue in Paris at the behest of "
     "the IRGC.", "islamic-revolutionary-guard-corps"),
    ("A Canadian man planned to shoot a rabbi in Toronto on the orders of Hezbollah.",
     "hezbollah"),
])
def test_who_plots(extract: Run, text: str, plotter: str) -> None:
    found = _of_type(extract, text, "plot")
    assert found, text
    assert plotter in found[0][1]


@pytest.mark.parametrize(("text", "subtype"), [
    ("Lebanese soldiers stormed a house in Tripoli and held three suspects on Monday.",
     "arrest"),
    ("Iraqi commandos seized a wanted fugitive in Mosul on Tuesday.", "arrest"),
    ("A Bahraini judge handed a ten-year prison term to a smuggler on Sunday.", "sentence"),
    ("Turkish police broke up a spy ring in Istanbul on Friday.", "arrest"),
])
def test_arrest_wordings(extract: Run, text: str, subtype: str) -> None:
    assert subtype in [s for s, _a in _of_type(extract, text, "arrest")]


@pytest.mark.parametrize("text", [
    "The ministers held talks in Doha on Monday.",
    "He served a prison term in the 1990s before entering politics.",
    "The crowd broke up after the speech.",
])
def test_no_arrest(extract: Run, text: str) -> None:
    assert _of_type(extract, text, "arrest") == []


@pytest.mark.parametrize(("text", "state"), [
    ("Moroccan security forces arrested four suspects in Tangier.", "morocco"),
    # a court is a body of its state, named as such
    ("A Moroccan court convicted a man of spying on Iranian dissidents.", "moroccan-court"),
])
def test_the_state_that_arrests(extract: Run, text: str, state: str) -> None:
    """A court or force named by its state's adjective acts for that state."""
    found = _of_type(extract, text, "arrest")
    assert found and state in found[0][1]


@pytest.mark.parametrize("text", [
    "A court in Kuwait sentenced three men to life in prison on Sunday.",
    "Police in Mosul arrested a weapons smuggler on Wednesday.",
])
def test_an_unnamed_court_or_force_names_no_actor(extract: Run, text: str) -> None:
    """Actors are who the text says did it: a court or police force named only by where
    it sits is no named body, and the place it sits in is where, not who."""
    found = _of_type(extract, text, "arrest")
    assert found and found[0][1] == []


def test_a_state_that_says_it_arrested_people_reports_no_claim(extract: Run) -> None:
    [arrest] = [e for e in extract("Bahrain said on Monday it had dismantled a cell linked to "
                                   "the IRGC and arrested 12 people.").events
                if e.type == "arrest"]
    assert (arrest.actors, arrest.claimed_by) == (["bahrain"], [])
    assert arrest.certainty != "claimed"


@pytest.mark.parametrize("text", [
    "The three suspects were preparing to bomb a synagogue in Vienna when police "
    "detained them on Sunday.",
    "The men had been plotting to kill a journalist in Paris when they were arrested.",
])
def test_an_arrest_in_a_when_clause_happened_whatever_the_plot_planned(
        extract: Run, text: str) -> None:
    types = sorted(e.type for e in extract(text).events)
    assert types == ["arrest", "plot"]


def test_a_plan_still_blocks_what_it_plans(extract: Run) -> None:
    assert [e.type for e in extract("The men planned to detain a journalist in Paris.").events
            if e.type == "arrest"] == []
