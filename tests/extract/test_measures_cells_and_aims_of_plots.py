"""Sanctions told by the measure imposed (visa restrictions, travel bans, arms embargoes);
a plot's aim that the parse hangs on a relative clause of the plot ("a plot officials
linked to Iran to attack X"); a cell of a body acting as the body; plotters recruited on
a body's behalf (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The US imposed visa restrictions on 12 Iraqi officials on Friday.",
     "united-states", "12 Iraqi officials"),
    ("The UN Security Council renewed an arms embargo on the Houthis on November 14.",
     "un-security-council", "the Houthis"),
    ("The EU on Monday announced a travel ban on six IRGC commanders.",
     "european-union", "six IRGC commanders"),
    ("Britain slapped a visa ban on two Hezbollah financiers on Tuesday.",
     "united-kingdom", "two Hezbollah financiers"),
])
def test_a_measure_imposed_on_someone_is_a_sanction(
        extract: Run, text: str, actor: str, target: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.subtype, ev.actors, ev.target) == ("sanction", "sanctions", [actor],
                                                          target)


@pytest.mark.parametrize("text", [
    "The arms embargo on Yemen has failed to stop the flow of missiles, experts said.",
    "Iran has long evaded the arms embargo, the report said.",
    "Lawmakers urged the government to impose an arms embargo on the Houthis.",
])
def test_a_measure_only_named_or_asked_for_is_no_sanction(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "sanction"] == []


def test_the_aim_of_a_plot_hung_on_its_relative_clause_is_the_plots(extract: Run) -> None:
    x = extract("Cypriot police arrested a man in a plot Israeli officials linked to Iran to "
                "attack Israeli businessmen in Limassol.")
    assert sorted(e.type for e in x.events) == ["arrest", "plot"]
    [plot] = [e for e in x.events if e.type == "plot"]
    assert plot.location == "limassol"
    assert plot.target == "Israeli businessmen"
    assert "israel" not in plot.all_actors()
    assert plot.attributed_to == ["iran"]


@pytest.mark.parametrize(("text", "etype", "actor"), [
    ("A cell of the Quds Force had planned to attack Jewish targets in Athens, Greek police "
     "said on Tuesday.", "plot", "quds-force"),
    ("A cell of Hezbollah fired rockets at Metula on Tuesday.", "attack", "hezbollah"),
])
def test_a_cell_of_a_body_acts_as_the_body(extract: Run, text: str, etype: str,
                                           actor: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert actor in ev.all_actors()


def test_plotters_recruited_on_a_bodys_behalf_serve_it(extract: Run) -> None:
    [plot] = extract("Two men recruited by a criminal gang on behalf of the IRGC planned to "
                     "kill a journalist in London, prosecutors said.").events
    assert plot.type == "plot"
    assert "islamic-revolutionary-guard-corps" in plot.all_actors()
