"""Supplies told in the present to groups a noun names rather than a name, money given
as financial aid or as salaries, and supplies told from the side of whoever gets them
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[str | None, list[str], str]]:
    return [(e.subtype, e.actors, e.certainty) for e in run(text).events
            if e.type == "transfer"]


@pytest.mark.parametrize(("text", "subtype", "giver"), [
    # a standing supply to groups a noun names
    ("Damascus says Tehran supplies the rebels with rockets.", "weapons_delivery", "iran"),
    ("Gulf officials say Iran arms its proxies across the region.", "weapons_delivery", "iran"),
    ("Iran sends drones to the militias through Iraq.", "weapons_delivery", "iran"),
    ("Tehran is arming the factions with anti-tank missiles, diplomats say.",
     "weapons_delivery", "iran"),
    ("Iran is financing the militias with money from fuel smuggling, officials said.",
     "funding", "iran"),
    # money handed over as financial aid or as fighters' pay
    ("Tehran provides financial assistance to Hamas, according to the State Department.",
     "funding", "iran"),
    ("The IRGC has given the rebels financial support.", "funding",
     "islamic-revolutionary-guard-corps"),
    ("Iran gives monetary aid to the Houthis, analysts say.", "funding", "iran"),
    ("The Quds Force pays the salaries of the group's fighters.", "funding", "quds-force"),
    ("The IRGC pays the wages of Fatemiyoun fighters, the report says.", "funding",
     "islamic-revolutionary-guard-corps"),
    ("Iran pays the stipends of Kataib Hezbollah fighters, the report says.", "funding",
     "iran"),
    # a group trained, named as its fighters are
    ("The IRGC trains Hezbollah, US officials say.", "training",
     "islamic-revolutionary-guard-corps"),
    ("The Quds Force has trained the Houthis, the report said.", "training", "quds-force"),
    # told from the side of whoever gets it, with its giver named
    ("The Houthis have received training from the IRGC, the panel found.", "training",
     "islamic-revolutionary-guard-corps"),
    ("Kataib Hezbollah received military training from Hezbollah, officials said.",
     "training", "hezbollah"),
    ("The militias get their drones from Iran, officials say.", "weapons_delivery", "iran"),
    ("Hamas obtains its rockets from Tehran, Israeli officials said.", "weapons_delivery",
     "iran"),
])
def test_supplies_told_in_the_present(extract: Run, text: str, subtype: str,
                                      giver: str) -> None:
    found = _transfers(extract, text)
    assert any(sub == subtype and giver in actors for sub, actors, _c in found), found


@pytest.mark.parametrize("text", [
    # no giver, or no arms, money or fighters
    "Arms flow to proxies across the region.",
    "Iran supplies gas to Iraq.",
    "Iran supplies the militias with food and fuel.",
    "The charity supplies the refugees with blankets.",
    "The agency provides humanitarian assistance to the displaced.",
    "The bank provides financial services to small firms.",
    # aid that is no money, or pay to no party of the network
    "Iran provides political support to the Houthis.",
    "The ministry pays the salaries of teachers.",
    "Iran pays the salaries of its soldiers.",
    "The coach trained the team in Tehran.",
    "American officers trained the Iraqi army in 2019.",
    # a supply of no particular time, not made or only possible
    "Iran has long supplied the militias with drones.",
    "Iran does not supply the rebels with missiles.",
    "Iran could arm the factions with missiles.",
    # what a party gets, with no giver named, or money got undated
    "The militias receive rockets from smugglers.",
    "The militias received training in Iran.",
    "The movement receives money from Tehran, analysts say.",
])
def test_no_supply_told(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == []


@pytest.mark.parametrize("text", [
    "Iranian arms shipments reach the Houthis through Oman, officials said.",
    "Weapons shipments from Iran reach the militias via Syria, diplomats say.",
    "Iranian weapons consignments reach the rebels by sea, officials said.",
])
def test_a_load_told_reaching_its_receiver(extract: Run, text: str) -> None:
    found = _transfers(extract, text)
    assert any(sub == "weapons_delivery" and "iran" in actors and c == "reported"
               for sub, actors, c in found), found


@pytest.mark.parametrize("text", [
    "Iranian oil shipments reach China through Malaysia.",
    "Shipments of grain reach the Houthis through Oman.",
    "Arms shipments reach the militias via Syria.",
])
def test_no_load_of_arms_from_a_giver_reaching(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == []


@pytest.mark.parametrize("text", [
    "Iran sends the Houthis drones and missiles, US officials estimate.",
    "Western analysts estimate that Tehran gives Hezbollah $700 million a year.",
])
def test_a_supply_estimated_is_assessed(extract: Run, text: str) -> None:
    assert [c for _s, _a, c in _transfers(extract, text)] == ["assessed"]


@pytest.mark.parametrize("text", [
    "Iran gives Hezbollah about $700 million a year, according to US estimates.",
    "Iran has sent an estimated 300 drones to the Houthis, officials said.",
])
def test_an_estimate_cited_or_counted_is_reported(extract: Run, text: str) -> None:
    assert [c for _s, _a, c in _transfers(extract, text)] == ["reported"]


def _denials(run: Run, text: str) -> list[tuple[list[str], str | None, str]]:
    return [(e.actors, e.date, e.evidence.text) for e in run(text).events
            if e.type == "statement" and e.subtype == "denial"]


@pytest.mark.parametrize(("text", "denier"), [
    ("Washington says Tehran supplies the rebels with drones, which Iran denies.", "iran"),
    ("US officials say Iran arms the Houthis, which Tehran denies.", "iran"),
    ("Israel says Hezbollah fired the rocket, which the group denies.", "hezbollah"),
])
def test_a_charge_a_party_denies_is_its_denial(extract: Run, text: str, denier: str) -> None:
    assert [(actors, evidence.startswith("which"))
            for actors, _date, evidence in _denials(extract, text)] == [([denier], True)]


def test_the_supply_denied_is_told_beside_its_denial(extract: Run) -> None:
    text = "Washington says Tehran supplies the militias with rockets, which Iran denies."
    assert [(s, a) for s, a, _c in _transfers(extract, text)] == [
        ("weapons_delivery", ["iran"])]
    # a supply disowned in the present is a stance of the report's month
    assert [(a, d) for a, d, _e in _denials(extract, text)] == [(["iran"], "2024-02")]
