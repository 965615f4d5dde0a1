"""Who gives and who receives a transfer when the report names them on the load, on
"took delivery of", on a capital or on money laundered "for" someone; and transfers only
bargained over (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.subtype, e.actors, e.target_actors) for e in run(text).events
            if e.type == "transfer"]


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("A consignment of Iranian rockets headed for Hezbollah was seized by Israeli troops "
     "on Friday.", "iran", None),
    ("Sailors boarded a dhow and intercepted a shipment of Iranian rifles bound for the "
     "Houthis on Monday.", "iran", "houthis"),
    ("Kataib Hezbollah took delivery of a batch of Iranian drones in May, officials said.",
     "iran", "kataib-hezbollah"),
    ("Tehran transferred $20 million to Hezbollah in 2021, the ministry said.", "iran",
     "hezbollah"),
    ("Hamas received $30 million from Iran in 2020, a senior official said.", "iran",
     "hamas"),
    # the maker named on the parts of a weapon
    ("The Houthis received a shipment of Iranian drone engines last month.", "iran", None),
    ("Hezbollah took delivery of Russian missile parts in March.", "russia", None),
])
def test_sides_of_a_transfer(extract: Run, text: str, giver: str,
                             receiver: str | None) -> None:
    found = _transfers(extract, text)
    assert found, text
    _sub, actors, targets = found[0]
    assert giver in actors and giver not in targets
    if receiver is not None:
        assert receiver in targets


def test_money_laundered_for_a_group(extract: Run) -> None:
    found = _transfers(extract, "A money exchanger laundered cash for the Houthis in 2022.")
    assert found and "houthis" in found[0][2]


def test_training_received(extract: Run) -> None:
    found = _transfers(extract, "Dozens of Hamas members received training in Iran in 2021.")
    assert [s for s, _a, _t in found] == ["training"]


@pytest.mark.parametrize("text", [
    "The two governments reached a deal on the transfer of funds held in Qatar.",
    "Envoys discussed the transfer of $2 billion in frozen assets on Monday.",
    "The club took delivery of new coaches before the season.",
])
def test_no_transfer_made(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == []


def test_a_long_standing_supply_is_no_occurrence(extract: Run) -> None:
    assert _transfers(extract, "Tehran has long provided Hezbollah with rockets.") == []
    assert _transfers(extract, "Tehran has provided Hezbollah with rockets, Israel said.")


def test_the_maker_of_a_convoys_cargo_gives_it(extract: Run) -> None:
    x = extract("A convoy carrying Iranian rockets to Hezbollah crossed from Iraq into "
                "Syria on Monday, a monitor said.")
    [ev] = [e for e in x.events if e.type == "transfer"]
    assert ev.actors == ["iran"] and "hezbollah" in ev.target_actors


def test_money_sent_from_a_source_to_a_group(extract: Run) -> None:
    x = extract("The network funneled millions of dollars from oil sales to the Houthis, "
                "the Treasury said.")
    [ev] = [e for e in x.events if e.type == "transfer"]
    assert "houthis" in ev.target_actors


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Kataib Hezbollah was given $8 million by the Quds Force in 2019, prosecutors said.",
     "quds-force", "kataib-hezbollah"),
    ("The Houthis were supplied with anti-ship missiles by Iran, a UN panel found.",
     "iran", "houthis"),
])
def test_a_party_given_in_the_passive_receives(extract: Run, text: str, giver: str,
                                                receiver: str) -> None:
    found = _transfers(extract, text)
    assert found, text
    _sub, actors, targets = found[0]
    assert giver in actors and receiver in targets


@pytest.mark.parametrize(("text", "subtype"), [
    ("The Houthis got a consignment of drones from Iran in March, investigators said.",
     "weapons_delivery"),
    ("Hezbollah receives about $600 million a year from Iran, US estimates show.",
     "funding"),
    ("The Houthis get much of their cash from Iran, Yemeni officials say.", "funding"),
    ("Hamas got $5 million in cash from Tehran in 2022, prosecutors said.", "funding"),
])
def test_what_a_party_gets_from_a_giver(extract: Run, text: str, subtype: str) -> None:
    found = _transfers(extract, text)
    assert found, text
    sub, actors, _targets = found[0]
    assert sub == subtype and "iran" in actors


def test_a_supply_kept_up_is_told_as_done(extract: Run) -> None:
    found = _transfers(extract, "Tehran keeps arming the Houthis with drones, officials say.")
    found += _transfers(extract, "Iran continues to supply Hamas with rockets, the IDF said.")
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "The charity delivered medical supplies to Sanaa on Tuesday.",
    "A firm in Basra shipped cars to Iran last month.",
    "Iranian traders supplied the bazaar with tea and sugar this winter.",
    "The clerk got a letter from Tehran on Monday.",
])
def test_goods_of_trade_or_relief_are_no_transfer(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == [], text


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("A lorry carrying Iranian mortars for Hezbollah was halted at a checkpoint on Friday.",
     "iran", "hezbollah"),
    ("Coast guards boarded a boat carrying Iranian rifles for the Houthis on Sunday.",
     "iran", "houthis"),
])
def test_a_crafts_cargo_for_a_party(extract: Run, text: str, giver: str,
                                    receiver: str) -> None:
    found = _transfers(extract, text)
    assert found, text
    _sub, actors, targets = found[0]
    assert giver in actors and receiver in targets


def test_a_craft_with_no_arms_is_no_transfer(extract: Run) -> None:
    assert _transfers(extract, "A lorry carrying vegetables for the market was halted on "
                               "Friday.") == []


def test_a_noun_of_supply_with_its_load_and_receiver(extract: Run) -> None:
    found = _transfers(extract, "Tehran's sale of drones to Russia was confirmed by officials "
                                "in 2023.")
    found += _transfers(extract, "The provision of missiles to the Houthis by Iran went on "
                                 "in 2022, the panel found.")
    assert [(a, t) for _s, a, t in found] == [(["iran"], ["russia"]), (["iran"], ["houthis"])]


@pytest.mark.parametrize("text", [
    "Warplanes hit the militia's rocket supplies near Mayadin on Monday.",
    "The sale of rifles is licensed by the interior ministry.",
    "Fuel supplies to Sanaa were disrupted on Tuesday.",
])
def test_a_noun_of_supply_without_load_or_receiver(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == [], text
