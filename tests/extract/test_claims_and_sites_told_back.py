"""Claims and sites told back: a claim of "the attack" whose day follows the noun is the
claim of the blow told before, whatever day the claim is told on; a group saying it fired
"the rockets" claims the rockets told before; a blow on "the base" is at the site the
sentences before named (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Three rockets landed near the US embassy in Baghdad late on Monday. Kataib "
        "Hezbollah claimed the attack on Tuesday.",
        "Three rockets landed near the US embassy in Baghdad late on Monday. Kataib "
        "Hezbollah claimed responsibility for the attack on the embassy on Tuesday.",
        "A drone struck the Harir base north of Erbil on Sunday. Nobody was hurt.\n\nThe "
        "Islamic Resistance in Iraq took responsibility for the assault on Monday.",
        "Three rockets landed near the US embassy in Baghdad late on Monday. Kataib "
        "Hezbollah said in a statement that it fired the rockets.",
        "Two drones hit the Tanf garrison on Monday. The Islamic Resistance in Iraq said "
        "its fighters had launched the drones.",
    ],
)
def test_a_claim_told_on_its_own_day_claims_the_blow_told_before(
        extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.claimed_by and ev.certainty == "claimed"
    assert ev.date is not None and ev.date < "2024-02-06" and ev.weapon is not None


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit the Ain al-Asad air base on Monday. Kataib Hezbollah claimed a drone "
        "attack on Erbil airport on Tuesday.",
        "Rockets hit the Ain al-Asad air base on Monday. Kataib Hezbollah claimed the drone "
        "attack on Erbil airport on Tuesday.",
    ],
)
def test_a_claim_of_another_blow_stays_its_own(extract: Run, text: str) -> None:
    out = extract(text)
    attacks = [e for e in out.events if e.type == "attack"]
    assert len(attacks) == 2
    assert not attacks[0].claimed_by


def test_a_claim_with_nothing_told_before_keeps_its_day(extract: Run) -> None:
    ev = one_event(extract("Kataib Hezbollah claimed the attack on Tuesday."), "attack")
    assert ev.date == "2024-02-06" and ev.claimed_by == ["kataib-hezbollah"]


@pytest.mark.parametrize(
    "text, site",
    [
        ("US forces are stationed at the Harir base in Erbil province. A drone attacked "
         "the base on Friday.", "harir-air-base"),
        ("Coalition troops use the Ain al-Asad air base in Anbar. On Friday, rockets struck "
         "the base.", "ain-al-asad-air-base"),
        ("US diplomats work at the US embassy in Baghdad. Rockets landed near the embassy "
         "on Friday.", "us-embassy-in-baghdad"),
    ],
)
def test_a_blow_on_the_site_named_before_is_placed_there(
        extract: Run, text: str, site: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location == site


@pytest.mark.parametrize(
    "text",
    [
        "A drone attacked the base on Friday.",
        "US diplomats work at the US embassy in Baghdad. A drone attacked the base on "
        "Friday.",
    ],
)
def test_a_base_named_nowhere_before_stays_unplaced(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location is None


@pytest.mark.parametrize(
    "text, party",
    [
        ("A drone hit a US base in Syria on Monday. Washington suspects the IRGC of "
         "orchestrating the attack.", "islamic-revolutionary-guard-corps"),
        ("A drone hit a US base in Syria on Monday. Israel accused the IRGC of the attack.",
         "islamic-revolutionary-guard-corps"),
        ("A drone hit a US base in Syria on Monday. Israel accused Iran's Revolutionary "
         "Guards of being behind it.", "islamic-revolutionary-guard-corps"),
        ("Rockets struck the Harir base on Monday. US officials pinned the attack on "
         "Kataib Hezbollah.", "kataib-hezbollah"),
        ("Rockets struck the Harir base on Monday. US officials pinned it on Kataib "
         "Hezbollah.", "kataib-hezbollah"),
        ("Rockets struck the Harir base on Monday. Officials pinned the blame on the "
         "Quds Force.", "quds-force"),
    ],
)
def test_a_party_charged_with_the_blow_told_before_is_held_behind_it(
        extract: Run, text: str, party: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.attributed_to == [party] and ev.certainty == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "Rockets struck the Harir base on Monday. Washington accused the IRGC of arming "
        "the Houthis.",
        "Rockets struck the Harir base on Monday. US officials pinned their hopes on "
        "Kataib Hezbollah's rivals.",
    ],
)
def test_a_charge_of_another_deed_holds_no_one_behind_the_blow(
        extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert not ev.attributed_to and ev.certainty == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Two drones targeted US forces at the Rumalyn Landing Zone on Wednesday. The Islamic "
        "Resistance in Iraq announced the operation on Telegram.",
        "Two drones targeted US forces at the Rumalyn Landing Zone on Wednesday. According "
        "to a statement from the Islamic Resistance in Iraq, the drones hit the base.",
        "According to a statement from the Islamic Resistance in Iraq, two drones hit US "
        "forces at the Rumalyn Landing Zone on Wednesday.",
        "Rockets struck the Harir base on Monday. The Islamic Resistance in Iraq said in a "
        "statement that its fighters were responsible.",
    ],
)
def test_a_group_telling_the_blow_as_its_own_claims_it(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.claimed_by == ["islamic-resistance-in-iraq"] and ev.certainty == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "Two drones targeted US forces at the Rumalyn Landing Zone on Wednesday. The "
        "Pentagon announced the operation on Monday.",
        "Two drones targeted US forces at the Rumalyn Landing Zone on Wednesday. According "
        "to a statement from CENTCOM, the drones hit the base.",
    ],
)
def test_a_state_telling_the_blow_claims_nothing(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert not ev.claimed_by and ev.certainty != "claimed"
