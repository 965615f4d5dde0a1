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
