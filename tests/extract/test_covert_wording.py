"""Transfers, arrests and sanctions told in further common ways of reporting, and the
words that look like them and are none (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _typed(run: Run, text: str, etype: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.subtype, e.actors, e.target_actors) for e in run(text).events if e.type == etype]


@pytest.mark.parametrize(("text", "subtype", "giver", "receiver"), [
    ("Hezbollah funneled cash to Hamas through Istanbul in 2021.", "funding",
     "hezbollah", "hamas"),
    ("Quds Force agents trafficked rockets to the Houthis in 2020, the panel found.",
     "weapons_delivery", "quds-force", "houthis"),
    ("Hezbollah ferried anti-tank missiles to Hamas by sea in 2019.",
     "weapons_delivery", "hezbollah", "hamas"),
    ("Hezbollah bankrolled the Houthis' media arm in 2018, officials said.", "funding",
     "hezbollah", "houthis"),
    ("The Quds Force provided Hamas with rockets in 2021, the army said.",
     "weapons_delivery", "quds-force", "hamas"),
    ("The Quds Force dispatched instructors to Yemen in 2016.", "fighters",
     "quds-force", None),
])
def test_transfer_wordings(extract: Run, text: str, subtype: str, giver: str,
                           receiver: str | None) -> None:
    found = _typed(extract, text, "transfer")
    assert [s for s, _a, _t in found] == [subtype]
    assert giver in found[0][1]
    if receiver is not None:
        assert receiver in found[0][2]


def test_money_moved_is_funding(extract: Run) -> None:
    found = _typed(extract, "Hezbollah transferred millions of dollars to Hamas in 2022.",
                   "transfer")
    assert [s for s, _a, _t in found] == ["funding"]


def test_arms_bound_for_a_place_are_cargo(extract: Run) -> None:
    text = "Coast guards seized arms destined for Gaza off Sinai on Sunday."
    assert [e.type for e in extract(text).events] == ["transfer"]


@pytest.mark.parametrize("text", [
    "The minister gave a speech in Tehran on Monday.",
    "She provided an update on the talks.",
    "The ferry sailed from Aden to Djibouti.",
])
def test_look_alikes_are_no_transfer(extract: Run, text: str) -> None:
    assert _typed(extract, text, "transfer") == []


@pytest.mark.parametrize(("text", "subtype"), [
    ("The courier was handed over to the police in Mosul on Friday.", "arrest"),
    ("Three operatives were picked up by security forces in Izmir.", "arrest"),
    ("Kurdish forces captured a militia commander near Sinjar on Sunday.", "arrest"),
    ("Syrian troops captured three ISIS fighters outside Palmyra.", "arrest"),
    ("A British-Iranian researcher has been held in Evin prison since May.", "arrest"),
    ("A court in Ghent found the two men guilty of espionage.", "sentence"),
    ("The accountant was found guilty of financing terrorism.", "sentence"),
    ("Azerbaijan deported four Iranian clerics on Tuesday.", "extradition"),
])
def test_arrest_wordings(extract: Run, text: str, subtype: str) -> None:
    assert [s for s, _a, _t in _typed(extract, text, "arrest")] == [subtype]


@pytest.mark.parametrize("text", [
    "She charged her laptop at the airport in Beirut.",
    "The army handed over the town to local police.",
    "The film captured the mood of the city.",
    "The photograph captured fighters resting near the front.",
    "The stations charged a fee for every passenger.",
    "According to the indictment, the man had travelled to Baku twice.",
])
def test_look_alikes_are_no_arrest(extract: Run, text: str) -> None:
    assert _typed(extract, text, "arrest") == []


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The Netherlands outlawed Hezbollah in 2020.", "netherlands", "hezbollah"),
    ("Germany banned the Hezbollah movement in 2020.", "germany", "hezbollah"),
    ("The Treasury targeted three money exchangers tied to the Houthis on Friday.",
     "us-treasury", "houthis"),
])
def test_sanction_wordings(extract: Run, text: str, actor: str, target: str) -> None:
    found = _typed(extract, text, "sanction")
    assert len(found) == 1
    assert actor in found[0][1] and target in found[0][2]
    assert not _typed(extract, text, "strike")


@pytest.mark.parametrize("text", [
    "The city banned smoking in restaurants.",
    "Israeli jets targeted a Hezbollah weapons depot in Nabatieh.",
])
def test_look_alikes_are_no_sanction(extract: Run, text: str) -> None:
    assert _typed(extract, text, "sanction") == []


@pytest.mark.parametrize(("text", "plotter", "foiler"), [
    ("Swedish police thwarted a plot by Quds Force agents to bomb a synagogue in Malmo.",
     "quds-force", "sweden"),
    ("Georgian security services foiled an Iranian plan to kill a businessman in Tbilisi.",
     "iran", "georgia"),
])
def test_who_foils_a_plot_is_not_its_maker(extract: Run, text: str, plotter: str,
                                           foiler: str) -> None:
    plots = _typed(extract, text, "plot")
    assert len(plots) == 1
    assert plotter in plots[0][1] and foiler not in plots[0][1]


def test_a_hired_killer_is_a_plot(extract: Run) -> None:
    text = "A Quds Force officer hired two gangsters to kill a journalist in London in 2022."
    plots = _typed(extract, text, "plot")
    assert len(plots) == 1 and "quds-force" in plots[0][1]
    assert _typed(extract, text, "killing") == []


def test_a_foiled_plot_to_abduct_is_one_plot_of_its_makers(extract: Run) -> None:
    text = "Georgian police foiled an Iranian plot to abduct a dissident in Batumi."
    plots = _typed(extract, text, "plot")
    assert len(plots) == 1 and plots[0][1] == ["iran"]


def test_a_foiled_smuggling_run_is_a_transfer_not_a_plot(extract: Run) -> None:
    text = "Border police thwarted an attempt to smuggle rifles from Iraq into Jordan on Monday."
    assert _typed(extract, text, "plot") == []
    assert len(_typed(extract, text, "transfer")) == 1


def test_a_charge_in_a_plot_tells_the_plot_too(extract: Run) -> None:
    text = "Federal prosecutors unsealed charges in a plot targeting a dissident in Maryland."
    types = sorted(e.type for e in extract(text).events)
    assert types == ["arrest", "plot"]


@pytest.mark.parametrize(("text", "count"), [
    ("Two Quds Force agents carried out surveillance of a synagogue in Berlin.", 1),
    ("The murder-for-hire trial opened in Manhattan.", 0),
    ("Satellite surveillance of the coast is routine.", 0),
])
def test_surveillance_and_hired_murder(extract: Run, text: str, count: int) -> None:
    assert len(_typed(extract, text, "plot")) == count


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Canada put the IRGC on its terror list in June 2024.", "canada",
     "islamic-revolutionary-guard-corps"),
    ("Britain added Hamas to its list of proscribed groups in 2021.", "united-kingdom",
     "hamas"),
])
def test_a_list_is_its_placers(extract: Run, text: str, actor: str, target: str) -> None:
    found = _typed(extract, text, "sanction")
    assert len(found) == 1
    assert found[0][1] == [actor] and target in found[0][2]


@pytest.mark.parametrize(("text", "etype", "subtype"), [
    ("Hezbollah handed the Houthis $5 million in cash in 2019.", "transfer", "funding"),
    ("In May, the IRGC reportedly sent dozens of drones to Hezbollah.", "transfer",
     "weapons_delivery"),
    ("A navy patrol intercepted a skiff laden with rifles off Oman on Sunday.", "transfer",
     "weapons_delivery"),
    ("Iranian agents tried to recruit bikers to kill two dissidents in Amsterdam.", "plot",
     "attempted"),
    ("The defendant surveilled the activist's house in Queens in 2021.", "plot", "planned"),
])
def test_more_wordings(extract: Run, text: str, etype: str, subtype: str) -> None:
    assert [s for s, _a, _t in _typed(extract, text, etype)] == [subtype]


def test_a_gift_names_its_receiver(extract: Run) -> None:
    found = _typed(extract, "Hezbollah gave Hamas $3 million in 2020.", "transfer")
    assert found and "hamas" in found[0][2]


@pytest.mark.parametrize("text", [
    "Drones surveilled the border area for hours.",
    "The bank handed the keys to the new owner.",
    "Officials put the proposal on the list of agenda items.",
])
def test_more_look_alikes(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events
            if e.type in ("plot", "transfer", "sanction")] == []


@pytest.mark.parametrize("text", [
    "Iran shipped diesel to Venezuela in May.",
    "A delivery of food reached Hodeidah on Sunday.",
    "Tankers delivered fuel to Lebanon on Friday.",
])
def test_trade_and_relief_are_no_transfer(extract: Run, text: str) -> None:
    assert _typed(extract, text, "transfer") == []
