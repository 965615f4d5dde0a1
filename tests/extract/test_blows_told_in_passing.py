"""Blows, plots and supplies told in passing or in few words: a laden craft's blow the
parse misreads, shots fired by a mission, deaths in clashes with a band, a charge found
at an embassy, a deed asked of a hireling, arms got from a group's handlers, and a past
strike a response answers; and what is no event of its own: an aim, a praised deed, the
name in law of a crime, a deed told as bought, a measure's effects, and a blow at the
launch sites told as said."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(extract: Run, text: str, etype: str) -> list[Event]:
    return [e for e in extract(text).events if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday night, a drone carrying explosives hit near Mosul airport in northern Iraq,"
        " the ministry said.",
        "On Friday night, a drone packed with explosives struck near Kirkuk airport, the"
        " ministry said.",
        "On Tuesday a drone laden with explosives struck near Sulaymaniyah International"
        " Airport in northern Iraq, officials said.",
    ],
)
def test_a_laden_drone_that_hit_is_an_attack_by_drone(extract: Run, text: str) -> None:
    attacks = _of(extract, text, "attack")
    assert [e.weapon for e in attacks] == ["drone"]


def test_a_laden_drone_with_its_own_verb_keeps_it(extract: Run) -> None:
    text = "A drone carrying explosives launched from Iraq hit the base on Monday."
    assert [(e.type, e.weapon) for e in extract(text).events] == [("attack", "drone")]


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, shots were fired near the Saudi consulate in Oslo; nobody was hurt.",
        "Shots were fired outside the Turkish embassy in Vienna late on Friday, police said.",
        "On March 3, shots were fired near the Saudi consulate in Oslo.",
    ],
)
def test_shots_fired_by_a_mission_are_gunfire(extract: Run, text: str) -> None:
    assert [e.subtype for e in _of(extract, text, "attack")] == ["gunfire"]


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired near the stadium in Oslo after the match.",
        "Warning shots were fired near the embassy in Oslo during the drill.",
    ],
)
def test_shots_by_no_mission_or_harmless_are_none(extract: Run, text: str) -> None:
    assert _of(extract, text, "attack") == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("In Najaf, at least three members of the Badr Organization were killed in clashes"
         " with gunmen of Kataib Hezbollah on Monday.", "kataib-hezbollah"),
        ("Two policemen were killed in clashes with Houthi fighters in Marib on Monday.",
         "houthis"),
    ],
)
def test_deaths_in_clashes_with_a_band_are_its_attack(extract: Run, text: str,
                                                     doer: str) -> None:
    attacks = _of(extract, text, "attack")
    assert [e.subtype for e in attacks] == ["gunfire"]
    assert doer in attacks[0].actors


def test_deaths_in_clashes_between_tribes_name_no_band(extract: Run) -> None:
    text = "Two people were killed in clashes between rival tribes in Basra on Monday."
    assert _of(extract, text, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "In May, a live hand grenade was found on the grounds of the Israeli embassy in"
        " Copenhagen.",
        "Police defused a bomb outside the Saudi consulate in Berlin on Monday.",
        "An explosive device was discovered under a bench outside the synagogue in Vienna"
        " on Sunday.",
    ],
)
def test_a_charge_found_at_a_mission_is_a_plot(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["plot"]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces later found the launcher mounted on a truck north of the base.",
        "Police found explosives in a warehouse in Amman.",
        "The inspectors found no bomb at the embassy.",
        "Investigators found that the fire had started in the kitchen of the embassy.",
    ],
)
def test_things_found_elsewhere_are_no_plot(extract: Run, text: str) -> None:
    assert _of(extract, text, "plot") == []


@pytest.mark.parametrize(
    "text",
    [
        "According to the verdict, Ali Rezaei first asked the defendant in March 2023 to set"
        " fire to a synagogue in Hamburg and promised him money.",
        "Prosecutors said the handler asked two teenagers to torch the Israeli embassy in"
        " Oslo.",
    ],
)
def test_a_deed_asked_of_a_hireling_is_a_plot(extract: Run, text: str) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["plot"]


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Officials believe the cell received the rifles from handlers of Hezbollah operating"
         " in southern Syria.", "hezbollah"),
        ("Investigators believe the militants obtained the explosives from handlers of the"
         " Quds Force.", "quds-force"),
    ],
)
def test_arms_got_from_handlers_come_from_their_group(extract: Run, text: str,
                                                     giver: str) -> None:
    transfers = _of(extract, text, "transfer")
    assert [e.certainty for e in transfers] == ["assessed"]
    assert giver in transfers[0].actors


def test_a_past_strike_a_response_answers_keeps_its_day(extract: Run) -> None:
    text = ("In his weekly address on Thursday, the group's leader said that a response to"
            " the Israeli strike on Hodeidah port last month was still coming.")
    strikes = _of(extract, text, "strike")
    assert [(e.date, e.location) for e in strikes] == [("2024-01", "hodeidah-port")]


@pytest.mark.parametrize(
    "text",
    [
        "Some of the explosives were apparently meant to stay in Syria for sabotage,"
        " officials said.",
        "The militia has also publicly praised Hezbollah's July 12 raid on Israel.",
        "The group praised the attack on the convoy.",
    ],
)
def test_an_aim_or_a_praised_deed_is_no_blow(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events
            if e.type in ("attack", "strike", "plot")] == []


def test_a_praised_deed_with_its_toll_is_told(extract: Run) -> None:
    text = "Hamas hailed the shooting at the checkpoint on Friday, which killed two soldiers."
    assert [e.type for e in _of(extract, text, "attack")] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The court in Hamburg convicted the woman, named only as Leila K., of attempted"
        " arson.",
        "The man was found guilty of attempted murder on Tuesday.",
    ],
)
def test_a_crime_named_in_a_conviction_is_no_plot(extract: Run, text: str) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["arrest"]


def test_an_attempted_deed_with_its_site_is_a_plot(extract: Run) -> None:
    text = "Police are investigating an attempted arson at the Jewish centre in Vienna."
    assert [e.type for e in extract(text).events] == ["plot"]


def test_a_deed_told_as_bought_is_no_plot_of_its_own(extract: Run) -> None:
    text = ("A court in Paris jailed a man for four years for throwing a firebomb at a mosque"
            " last year, and said it was convinced the attack had been commissioned by Iranian"
            " state agencies.")
    assert sorted(e.type for e in extract(text).events) == ["arrest", "attack"]


def test_a_plot_told_as_planned_by_a_cell_stays(extract: Run) -> None:
    text = "Police said an attack on the synagogue had been planned by the cell."
    assert [e.type for e in extract(text).events] == ["plot"]


@pytest.mark.parametrize(
    "text",
    [
        "Today's actions freeze any assets of the group under American jurisdiction and bar"
        " Americans from dealing with them.",
        "The designation freezes any assets of the group in the United States.",
    ],
)
def test_what_a_measure_does_is_no_measure(extract: Run, text: str) -> None:
    assert _of(extract, text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury froze the assets of three companies on Monday.",
        "New British sanctions freeze the assets of two Houthi financiers.",
    ],
)
def test_a_body_or_new_measure_that_freezes_assets_sanctions(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["sanction"]


def test_a_blow_at_the_launch_sites_is_its_own(extract: Run) -> None:
    text = ("Rockets rain on the north as Israel answers\n\n"
            "Israel's answer was measured. Overnight into Friday, warplanes struck what the"
            " military called Hamas sites near a camp south of Sidon, and at the same time hit"
            " depots and tunnels in the Gaza Strip. The defence minister said Israel's enemies"
            " would pay a heavy price.\n\n"
            "On Saturday night a new front opened: five rockets were fired from Syria, and two"
            " of them crossed into the Golan Heights. Israeli artillery and drones hit the"
            " launch sites, and before dawn on Sunday jets struck army positions and radar"
            " sites in Quneitra and Daraa provinces, the army said.")
    strikes = _of(extract, text, "strike")
    assert [e.weapon for e in strikes if e.evidence.text.startswith("Israeli artillery")] \
        == ["artillery"]
