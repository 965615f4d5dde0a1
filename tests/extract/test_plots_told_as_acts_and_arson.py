"""Plots told as the act that was not done, and attacks told in less usual words
(sentences written for these tests).

An attack stopped when the stop is told as done ("police prevented an attack on X") is a
foiled plot; an act set on men by an order, a dispatch or a sum ("ordered the men to
attack X", "were sent to kidnap Y", "money was given to the gang to kill Z"), or one they
were "about to" do, is a planned plot; a charge of attempted murder tells the attempt
beside the arrest. Arson ("set X on fire / ablaze / alight", "burned down X"), a site
blown up, a nationality on armed irregulars ("Iraqi militiamen") and attacks claimed in
the plural on named targets are attacks, one per target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties, plots

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return sorted(e.type for e in x.events)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("German police prevented an attack on a synagogue in Bochum on Tuesday.", "bochum"),
        ("Security services averted an attack on the Israeli embassy in Copenhagen last "
         "month.", "israeli-embassy-in-copenhagen"),
        ("An attack on the Israeli embassy in Oslo was prevented by Norwegian police on "
         "Monday.", "israeli-embassy-in-oslo"),
        ("Danish intelligence said it had averted a bomb attack on a Jewish school in "
         "Aarhus.", "aarhus"),
    ],
)
def test_an_attack_stopped_is_a_foiled_plot(extract: Run, text: str, location: str) -> None:
    x = extract(text)
    [ev] = x.events
    assert (ev.type, ev.subtype, ev.location) == ("plot", "foiled", location)


@pytest.mark.parametrize(
    "text",
    [
        "New barriers are meant to prevent attacks on shipping in the Red Sea.",
        "The government has taken steps to prevent attacks on US forces.",
        "The minister said he would prevent any attack on the country.",
        "The deal averted a war between the two countries.",
    ],
)
def test_an_aim_to_prevent_attacks_is_no_plot(extract: Run, text: str) -> None:
    assert plots(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The IRGC ordered the men to attack the Israeli consulate in Istanbul.",
         "islamic-revolutionary-guard-corps"),
        ("The Quds Force commander told two recruits to kill an Israeli businessman in "
         "Nairobi.", "quds-force"),
        ("The Quds Force sent two men to Cyprus to kill Israeli businessmen.", "quds-force"),
        ("Two Hells Angels members were sent to kidnap an activist in New York.", None),
        ("Three Iranians were dispatched to assassinate a dissident writer in Copenhagen, "
         "prosecutors said.", None),
        ("The gunmen were ordered to attack a Jewish school in Paris, police said.", None),
        ("Prosecutors said money was given to the gang to kill an Israeli diplomat in "
         "Tbilisi.", None),
        ("Police said $30,000 was handed to the men to murder a journalist in London.", None),
    ],
)
def test_an_act_set_on_men_is_a_planned_plot(extract: Run, text: str,
                                             party: str | None) -> None:
    x = extract(text)
    ev = one_event(x, "plot")
    assert ev.subtype == "planned"
    assert not [e for e in x.events if e.type in ("attack", "strike", "killing", "arrest")]
    if party is not None:
        assert party in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The cell members were about to attack a US base in Erbil when they were arrested.",
        "The Houthis were about to fire missiles at a tanker in the Red Sea when US jets "
        "struck.",
    ],
)
def test_an_act_one_was_about_to_do_is_a_plot(extract: Run, text: str) -> None:
    x = extract(text)
    assert one_event(x, "plot").subtype == "planned"
    assert "attack" not in _types(x)


@pytest.mark.parametrize(
    "text",
    [
        "The fighters were about to leave the town.",
        "Police said the men were sent to Paris to meet a contact.",
        "He was given money to buy a car.",
        "The group sent drones to attack the ship.",
        "Hezbollah sent fighters to attack Israeli positions near Metula on Monday, killing "
        "two soldiers.",
    ],
)
def test_errands_and_acts_done_are_no_plots(extract: Run, text: str) -> None:
    assert plots(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("A Georgian man was charged with attempted murder of an Iranian dissident in "
         "Berlin.", "attempted"),
        ("Prosecutors charged two men with the attempted murder of a journalist in London.",
         "attempted"),
        ("A court jailed two men for attempted murder of a journalist in London.",
         "attempted"),
        ("The men were charged with conspiracy to murder an exiled activist.", "planned"),
    ],
)
def test_a_charge_of_an_attempt_tells_the_plot_and_the_arrest(extract: Run, text: str,
                                                              subtype: str) -> None:
    x = extract(text)
    assert _types(x) == ["arrest", "plot"]
    assert one_event(x, "plot").subtype == subtype


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Unknown assailants set a Jewish school in Sydney on fire on Tuesday.", "sydney"),
        ("Masked men set the offices of a Kurdish party in Erbil ablaze last night.",
         "erbil"),
        ("Masked men set alight a police station in Basra on Monday.", "basra"),
        ("Gunmen burned down the headquarters of the KDP in Baghdad on Sunday.", "baghdad"),
        ("Unknown men burned the offices of a Kurdish party in Kirkuk on Monday.", "kirkuk"),
        ("A kosher restaurant in Sydney was set on fire on Tuesday.", "sydney"),
        ("The consulate in Najaf was set ablaze by rioters on Monday.", "najaf"),
        ("Protesters set fire to the Swedish embassy in Baghdad on Monday.",
         "swedish-embassy-in-baghdad"),
    ],
)
def test_arson_in_its_wordings_is_an_attack(extract: Run, text: str, location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.subtype, ev.location) == ("attack", "arson", location)
    assert ev.target is not None and "fire" not in ev.target.split()


def test_what_was_set_alight_is_the_target(extract: Run) -> None:
    [ev] = extract("The attackers set the car alight before fleeing.").events
    assert (ev.type, ev.subtype, ev.target) == ("attack", "arson", "car")


@pytest.mark.parametrize(
    "text",
    [
        "Police set up a checkpoint in Baghdad on Tuesday.",
        "The government set a date for the elections.",
        "A fire burned down a warehouse in Basra on Monday.",
        "Farmers burned crops near Kirkuk after the harvest.",
    ],
)
def test_setting_and_burning_without_an_arsonist_are_no_attack(extract: Run,
                                                               text: str) -> None:
    assert extract(text).events == []


def test_a_crowd_burning_a_building_stays_a_protest(extract: Run) -> None:
    x = extract("Protesters burned the Swedish embassy in Baghdad on Monday.")
    assert _types(x) == ["protest"]


def test_a_place_raided_and_set_on_fire_is_one_attack(extract: Run) -> None:
    x = extract("Gunmen raided the office of a Kurdish party in Baghdad and set it on fire.")
    assert _types(x) == ["attack"]


@pytest.mark.parametrize(
    ("text", "location", "doer"),
    [
        ("Militants blew up a gas pipeline in Sinai on Tuesday.", "sinai-peninsula", None),
        ("Houthi fighters blew up a bridge near Hodeidah on Monday.", "hodeidah", "houthis"),
        ("Saboteurs blew up an oil pipeline near Kirkuk on Tuesday.", "kirkuk", None),
    ],
)
def test_a_site_blown_up_is_an_attack(extract: Run, text: str, location: str,
                                      doer: str | None) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location) == ("attack", location)
    if doer is not None:
        assert doer in parties(ev)


def test_a_forecast_blown_up_is_no_attack(extract: Run) -> None:
    assert extract("The company blew up its profits forecast on Monday.").events == []


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Iraqi militiamen attacked the US embassy in Baghdad on Sunday.",
         {"iran-aligned-militias-in-iraq"}),
        ("Syrian militiamen attacked a US base in Deir ez-Zor on Sunday.", set()),
        ("Iraqi gunmen attacked the US embassy in Baghdad on Sunday.", set()),
    ],
)
def test_a_nationality_on_irregulars_names_no_state(extract: Run, text: str,
                                                    doers: set[str]) -> None:
    [ev] = extract(text).events
    assert ev.type == "attack"
    assert parties(ev) == doers


def test_a_states_forces_still_strike(extract: Run) -> None:
    [ev] = extract("Iraqi forces attacked an ISIS hideout in Anbar on Sunday.").events
    assert ev.type == "strike" and "iraq" in parties(ev)


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("The Islamic Resistance in Iraq claimed responsibility for drone attacks on Eilat "
         "and Haifa.", ["eilat", "haifa"]),
        ("The Islamic Resistance in Iraq claimed responsibility for drone attacks on the "
         "Tower 22 base and the al-Tanf garrison.", ["al-tanf-garrison", "tower-22"]),
        ("Kata'ib Hezbollah took responsibility for drone attacks on Eilat and Haifa.",
         ["eilat", "haifa"]),
    ],
)
def test_attacks_claimed_on_named_targets_are_one_each(extract: Run, text: str,
                                                       locations: list[str]) -> None:
    x = extract(text)
    assert _types(x) == ["attack"] * len(locations)
    assert sorted(str(e.location) for e in x.events) == locations
    assert all(e.certainty == "claimed" and e.weapon == "drone" for e in x.events)


def test_attacks_claimed_as_a_record_stay_a_claim(extract: Run) -> None:
    x = extract("The Islamic Resistance in Iraq has claimed responsibility for attacks on "
                "US forces in Syria.")
    assert "attack" not in _types(x)
