"""Supplies and listings told in other words (sentences written for these tests).

A giver named before a relative pronoun gives ("the Quds Force, which has supplied the
drones"); arms told as smuggled that a stopping verb takes are a delivery cut short
("seized rockets that had been smuggled across the border"); funding, financing or wages
received on a day are funding; a plural receiver's present, which the tagger may read as a
bare verb ("the Houthis receive weapons from Iran"), is the standing supply as a singular's
is; fighters or arms that have been sent somewhere were moved. Parties placed under
sanctions, a bounty put on information, and parties added to the Specially Designated
Nationals list or to a list of terrorist entities are sanctions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(extract: Run, text: str, etype: str) -> list[Event]:
    return [e for e in extract(text, published="2022-06-08").events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Diplomats point to the Quds Force, which has supplied the long-range rockets used"
         " against the base, according to two officials.", "quds-force"),
        ("The rebels rely on Hezbollah, which has shipped anti-tank missiles to the Houthis.",
         "hezbollah"),
        ("Analysts blame the IRGC, which sent drone engines to the militia last month,"
         " officials said.", "islamic-revolutionary-guard-corps"),
    ],
)
def test_a_giver_named_before_a_relative_pronoun_gives(extract: Run, text: str,
                                                       giver: str) -> None:
    found = _of(extract, text, "transfer")
    assert len(found) == 1
    assert found[0].actors == [giver]


def test_a_receiver_named_before_a_relative_pronoun_gives_nothing(extract: Run) -> None:
    found = _of(extract, "Observers point to Hamas, which received rockets from Iran in"
                         " 2021, diplomats said.", "transfer")
    assert [e.actors for e in found] == [["iran"]]


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian authorities seized rockets that had been smuggled across the border on"
        " Sunday.",
        "On Sunday, Egyptian border guards confiscated rifles and grenades that were being"
        " smuggled through a tunnel.",
        "The coast guard intercepted explosives that had been smuggled aboard a fishing boat on"
        " Sunday.",
    ],
)
def test_arms_told_as_smuggled_and_stopped_are_a_delivery(extract: Run, text: str) -> None:
    assert [e.subtype for e in _of(extract, text, "transfer")] == ["weapons_delivery"]


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized cigarettes that had been smuggled across the border on"
        " Sunday.",
        "Jordanian authorities said on Sunday that rockets had been fired across the border.",
    ],
)
def test_no_arms_stopped_is_no_delivery(extract: Run, text: str) -> None:
    assert _of(extract, text, "transfer") == []


@pytest.mark.parametrize(
    "text",
    [
        "Islamic Jihad received funding from Iran in 2021, according to Israeli officials.",
        "The militia received financing from the Quds Force last year, the panel said.",
        "Kataib Hezbollah received salaries from the IRGC in 2020, according to the report.",
    ],
)
def test_funding_received_on_a_day_is_funding(extract: Run, text: str) -> None:
    assert [e.subtype for e in _of(extract, text, "transfer")] == ["funding"]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis receive weapons and technical help from Iran, according to a panel of"
        " experts.",
        "The Houthis receive ballistic missiles from Iran, US officials say.",
    ],
)
def test_a_plural_receivers_present_is_a_standing_supply(extract: Run, text: str) -> None:
    found = _of(extract, text, "transfer")
    assert [e.actors for e in found] == [["iran"]]


def test_a_plural_receivers_present_without_arms_or_parties_is_none(extract: Run) -> None:
    assert _of(extract, "The hospitals receive visitors from many villages, officials say.",
               "transfer") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iranian trainers have been sent to Crimea to help Russian troops fly the drones,"
        " officials said.",
        "Anti-tank missiles have been smuggled to the Houthis by the Quds Force, the panel said.",
    ],
)
def test_loads_that_have_been_sent_somewhere_were_moved(extract: Run, text: str) -> None:
    assert len(_of(extract, text, "transfer")) == 1


def test_a_party_armed_by_another_in_the_perfect_stays_background(extract: Run) -> None:
    assert _of(extract, "The militia has been armed by many patrons over the decades.",
               "transfer") == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Three Hezbollah financiers were placed under sanctions by the Treasury on Tuesday.",
         "sanctions"),
        ("On Tuesday Britain put two Houthi commanders under sanctions.", "sanctions"),
        ("The State Department on Tuesday put a bounty of up to $10 million on information"
         " about the network's financier.", "reward"),
        ("The Treasury added six firms to the Specially Designated Nationals list on Tuesday.",
         "designation"),
        ("The shipping firms were added to the SDN list on Tuesday.", "designation"),
        ("Canada added the militia to its list of terrorist entities on Tuesday.",
         "designation"),
    ],
)
def test_listings_told_otherwise_are_sanctions(extract: Run, text: str, subtype: str) -> None:
    assert [e.subtype for e in _of(extract, text, "sanction")] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was placed under arrest on Tuesday.",
        "Canada added the striker to its list of entrants on Tuesday.",
        "The sanctions were put on hold on Tuesday.",
    ],
)
def test_other_placings_and_lists_are_no_sanctions(extract: Run, text: str) -> None:
    assert _of(extract, text, "sanction") == []
