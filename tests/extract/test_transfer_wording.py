"""Wordings of arms, money and fighters handed over: verbs of arming, of carrying and of
getting, sums sent or moved, standing supply between named parties, and the senses of
the same verbs that move people or goods and supply nothing (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.subtype, e.actors, e.target_actors) for e in run(text).events
            if e.type == "transfer"]


@pytest.mark.parametrize(("text", "subtype", "giver", "receiver"), [
    # verbs of arming and equipping
    ("Tehran equipped Hezbollah with anti-tank missiles in 2019, the report said.",
     "weapons_delivery", "iran", "hezbollah"),
    ("The Quds Force is arming the Houthis with one-way attack drones, a US envoy said.",
     "weapons_delivery", "quds-force", "houthis"),
    # verbs of getting with their source
    ("Kataib Hezbollah obtained its rockets from Iran, a Pentagon official said.",
     "weapons_delivery", "iran", "kataib-hezbollah"),
    ("Russia bought hundreds of drones from Iran last year, officials said.",
     "weapons_delivery", "iran", "russia"),
    # verbs of carrying a load and of its arrival
    ("Iranian transport planes airlifted rifles and ammunition to Hezbollah on Monday.",
     "weapons_delivery", "iran", "hezbollah"),
    ("Shipments of Iranian arms reached the Houthis through Oman in 2022, the panel found.",
     "weapons_delivery", "iran", "houthis"),
    ("Iranian drones reached Belarus via Azerbaijan in 2023, officials said.",
     "weapons_delivery", "iran", "belarus"),
    # sums sent, moved or funded with
    ("Tehran sends roughly $100 million a year to Hamas, according to US estimates.",
     "funding", "iran", "hamas"),
    ("The Quds Force moved millions of dollars to the Houthis through exchange houses in "
     "2021, Treasury said.", "funding", "quds-force", "houthis"),
    ("Iran funded Palestinian Islamic Jihad with tens of millions of dollars in 2022.",
     "funding", "iran", "palestinian-islamic-jihad"),
    # a load from a state carried by a craft, with no sender named
    ("The dhow was ferrying rifles from Iran to Yemen when sailors stopped it.",
     "weapons_delivery", "iran", None),
    # an ongoing act told in the perfect
    ("The IRGC has been smuggling explosives to militants in Bahrain, officials said.",
     "weapons_delivery", "islamic-revolutionary-guard-corps", None),
    # the means by which a sum was moved
    ("The IRGC used shell companies to move oil revenue to Hezbollah in 2020.",
     "funding", "islamic-revolutionary-guard-corps", "hezbollah"),
    # "handed" arms, and a second verb whose pronoun takes the first one's load
    ("The Quds Force handed rockets to Kataib Hezbollah in Basra in 2019, the court heard.",
     "weapons_delivery", "quds-force", "kataib-hezbollah"),
    ("IRGC couriers brought rifles into Iraq and handed them over to Kataib Hezbollah in "
     "2021.", "weapons_delivery", "islamic-revolutionary-guard-corps", "kataib-hezbollah"),
    # fighters sent, after being recruited
    ("Afghan fighters were recruited by the IRGC and sent to Syria in 2016.",
     "fighters", "islamic-revolutionary-guard-corps", None),
])
def test_wordings_of_a_transfer(extract: Run, text: str, subtype: str,
                                giver: str, receiver: str | None) -> None:
    found = _transfers(extract, text)
    assert found, text
    sub, actors, targets = found[0]
    assert sub == subtype, text
    assert giver in actors and giver not in targets, text
    if receiver is not None:
        assert receiver in targets, text


def test_standing_supply_from_a_sum_owned_by_the_receiver(extract: Run) -> None:
    found = _transfers(extract, "Iran still provides most of Hamas's budget, tens of "
                                "millions of dollars a year.")
    assert found and found[0][1] == ["iran"] and found[0][2] == ["hamas"]


@pytest.mark.parametrize("text", [
    # "hand" that moves no arms
    "The Iraqi police handed the investigation to prosecutors on Monday.",
    "The envoy handed Tehran a list of demands in 2023.",
    "The injured militant was transferred to a hospital in Baghdad on Sunday.",
    "The detainee was moved to a prison in Sanaa on Tuesday.",
    "The European Union provided $40 million in humanitarian assistance to Yemen in May.",
    "The charity transferred money to farmers in southern Lebanon last month.",
    "Armed with rifles, the gunmen stormed the compound.",
    "The Houthi drones flew over the Red Sea on Monday.",
    "Iran supplies the militia with rockets, a charge Tehran rejects.",
    "The Iraqi militia carried out a drone attack on the base on Friday.",
    "Ballistic missiles reached Tel Aviv on Saturday.",
    "The defendants obtained visas for the trip last year.",
])
def test_no_transfer_from_other_senses(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == [], text
