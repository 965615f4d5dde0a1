"""Arms found on a craft that was stopped or boarded are a delivery interdicted; a cargo
told of "the vessel" a sentence before stopped takes the day and the place of that
stop; military goods are arms; a sum carried from a capital is that state's; fighters
carried to a front are sent (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Aboard the vessel, marines found Iranian-made drone engines bound for the Houthis.",
    "The coast guard intercepted a boat in the Gulf of Oman on Friday and found Iranian "
    "missile components bound for Yemen aboard.",
    "Sailors stopped a fishing skiff off Eritrea on Friday and discovered rifles and "
    "ammunition hidden on board.",
    "Border guards searched a lorry at the crossing on Sunday and found explosives destined "
    "for the militia.",
    "Navy commandos boarded a freighter on Sunday and found anti-tank missiles on board.",
])
def test_arms_found_on_a_craft_stopped_are_a_delivery_interdicted(
        extract: Run, text: str) -> None:
    ev = one_event(extract(text), "transfer")
    assert ev.subtype == "weapons_delivery"


@pytest.mark.parametrize("text", [
    "Police found weapons and explosives in a warehouse in Mosul on Monday.",
    "Divers found the wreckage of a drone aboard the sunken ship on Tuesday.",
    "The sailors found a stowaway aboard the tanker on Monday.",
    "Police stopped a vehicle at a checkpoint near Kirkuk on Monday and found two rifles.",
    "Coast guards searched the boat on Monday and did not find any weapons on board.",
])
def test_arms_found_elsewhere_or_not_at_all_are_no_delivery(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "transfer"]


def test_a_seizure_of_a_craft_on_which_arms_were_found_is_no_hijacking(extract: Run) -> None:
    x = extract("Navy commandos seized a dhow off Socotra on January 9 and found drone "
                "engines on board.")
    ev = one_event(x, "transfer")
    assert ev.date == "2024-01-09"
    assert not [e for e in x.events if e.type == "attack"]


def test_the_finder_is_not_the_supplier_of_arms_found(extract: Run) -> None:
    ev = one_event(extract("The coast guard intercepted a boat on Friday and found "
                           "Iranian missile components bound for Yemen aboard."), "transfer")
    assert ev.actors == ["iran"]


@pytest.mark.parametrize("text", [
    "French marines seized a dhow in the Gulf of Aden on January 9. The vessel was "
    "carrying Iranian-made rocket parts bound for the Houthis.",
    "French marines boarded a dhow in the Gulf of Aden on January 9. Aboard the boat, "
    "they found rocket parts bound for the Houthis.",
    "French marines intercepted a skiff in the Gulf of Aden on January 9. The boat was "
    "carrying 900 assault rifles, officials said on Tuesday.",
])
def test_a_cargo_told_of_the_craft_stopped_before_takes_the_day_and_place_of_the_stop(
        extract: Run, text: str) -> None:
    ev = one_event(extract(text), "transfer")
    assert (ev.date, ev.location) == ("2024-01-09", "gulf-of-aden")


def test_a_load_seized_from_a_craft_takes_the_day_the_next_sentence_boards_it(
        extract: Run) -> None:
    ev = one_event(extract(
        "Marines have seized Iranian-made rocket parts from a vessel off the coast of "
        "Oman, the navy announced on Tuesday.\n\nThey boarded the dhow in the Gulf of "
        "Oman on the night of January 9."), "transfer")
    assert ev.date == "2024-01-09"


def test_a_cargo_of_a_craft_not_stopped_takes_no_day_from_the_sentence_before(
        extract: Run) -> None:
    x = extract("A dhow sank in the Red Sea on January 9. The vessel was carrying weapons "
                "for the Houthis.")
    assert one_event(x, "transfer").date != "2024-01-09"


@pytest.mark.parametrize("text", [
    "A ship carrying military equipment from Iran docked at Latakia on Monday.",
    "Russian cargo planes flew military hardware to Tartus on Sunday.",
])
def test_military_goods_carried_are_arms(extract: Run, text: str) -> None:
    assert one_event(extract(text), "transfer").subtype == "weapons_delivery"


@pytest.mark.parametrize("text", [
    "A truck carrying medical equipment from Iran crossed into Iraq on Monday.",
    "A ship carrying construction equipment docked at Latakia on Monday.",
])
def test_other_goods_carried_are_no_delivery(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "transfer"]


def test_a_sum_carried_from_a_capital_is_that_state_s_funding(extract: Run) -> None:
    ev = one_event(extract("Couriers carried millions of dollars in cash from Tehran to "
                           "Sanaa last month."), "transfer")
    assert (ev.subtype, ev.actors) == ("funding", ["iran"])


@pytest.mark.parametrize("text", [
    "Trucks transported Pakistani fighters from Iraq into Syria on Tuesday.",
    "Iranian cargo planes airlifted hundreds of militiamen to Aleppo on Tuesday.",
])
def test_fighters_carried_to_a_front_are_sent(extract: Run, text: str) -> None:
    assert one_event(extract(text), "transfer").subtype == "fighters"


def test_wounded_fighters_carried_to_hospital_are_not_sent(extract: Run) -> None:
    x = extract("Ambulances transported the wounded fighters to a hospital in Tyre on Tuesday.")
    assert not [e for e in x.events if e.type == "transfer"]


def test_rocket_launchers_carried_are_the_weapon_of_the_delivery(extract: Run) -> None:
    ev = one_event(extract("The convoy brought rocket launchers and ammunition into "
                           "Lebanon on Sunday."), "transfer")
    assert ev.weapon == "rocket"


def test_military_goods_a_seizer_says_a_ship_carried_are_no_delivery(extract: Run) -> None:
    x = extract("The rebels seized a Greek-flagged freighter in the Red Sea on Monday, "
                "saying it carried military equipment.")
    assert not [e for e in x.events if e.type == "transfer"]


def test_finds_after_a_boarding_are_the_cargo_seized_told_once(extract: Run) -> None:
    x = extract("Marines have seized Iranian-made rocket parts from a vessel off the coast "
                "of Oman, the navy announced on Tuesday.\n\nThey boarded the dhow in the Gulf "
                "of Oman on the night of January 9. They found fuses and warheads that, the "
                "navy said, Iran had supplied to the Houthis.")
    assert one_event(x, "transfer").date == "2024-01-09"



def test_a_cargo_delivered_with_no_arms_and_no_receiver_is_no_delivery(extract: Run) -> None:
    x = extract("The tanker's release came only after the Atlas had delivered its cargo.")
    assert not [e for e in x.events if e.type == "transfer"]


def test_a_shipment_delivered_to_a_group_stays_a_delivery(extract: Run) -> None:
    ev = one_event(extract("The ship delivered the shipment to the Houthis on Monday."),
                   "transfer")
    assert ev.subtype == "weapons_delivery"
