"""How a supply is told: arms and money moved out of sight are known by the word of whoever
tells of them, a supply a party is accused of is told as alleged, and the pieces of a
weapon moved are its components (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Western officials said Iran had shipped anti-tank missiles to the Houthis in March.",
    "Iran flew rockets to Damascus in March, two diplomats said.",
    "The navy said its sailors seized a shipment of rifles off Mukalla on Monday.",
    "The Houthis received drones from Iran in 2022, the monitors told reporters.",
])
def test_supply_told_by_a_third_party_is_reported(extract: Run, text: str) -> None:
    assert one_event(extract(text, published="2024-06-10"), "transfer").certainty == "reported"


@pytest.mark.parametrize("text", [
    "Iran shipped anti-tank missiles to the Houthis in March.",
    "Tehran said it sent military advisers to Syria in March.",
])
def test_supply_told_as_fact_or_by_its_giver_stays_confirmed(extract: Run, text: str) -> None:
    assert one_event(extract(text, published="2024-06-10"), "transfer").certainty == "confirmed"


@pytest.mark.parametrize(("text", "weapon"), [
    ("Customs officers seized drone components bound for the rebels off Salalah on Monday.",
     "drone components"),
    ("Border guards seized missile parts from a lorry near Zakho on Monday.",
     "missile components"),
    ("Tehran shipped parts of drones to Moscow in May.", "drone components"),
    ("Tehran shipped drones to Moscow in May.", "drone"),
])
def test_pieces_of_a_weapon_moved_are_its_components(extract: Run, text: str,
                                                     weapon: str) -> None:
    assert one_event(extract(text, published="2024-06-10"), "transfer").weapon == weapon


@pytest.mark.parametrize("text", [
    "London accused Tehran of supplying the rebels with drones in 2021.",
    "The panel accused Iran of transferring rockets to the militia in March.",
])
def test_supply_laid_at_a_partys_door(extract: Run, text: str) -> None:
    supply = one_event(extract(text, published="2024-06-10"), "transfer")
    assert (supply.actors, supply.certainty) == (["iran"], "alleged")


@pytest.mark.parametrize("text", [
    "Police accused him of supplying cigarettes to minors on Monday.",
    "Police arrested a man for supplying cigarettes to minors on Monday.",
    "Amman accused Damascus of supplying cigarettes to smugglers in 2021.",
])
def test_gerund_of_a_charge_for_other_goods_is_no_supply(extract: Run, text: str) -> None:
    x = extract(text, published="2024-06-10")
    assert "transfer" not in [e.type for e in x.events]


def test_men_held_on_suspicion_of_smuggling_are_an_arrest_only(extract: Run) -> None:
    x = extract("Guards arrested two men suspected of smuggling rifles in Aden on Monday.",
                published="2024-06-10")
    assert [(e.type, e.date) for e in x.events] == [("arrest", "2024-06-10")]
