"""Declarations told in other words: a charge one side makes against another on a day,
a ceasefire agreed, those behind a deed to be held to account, and an announcement made
after the deed that occasioned it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "accuser"), [
    ("Kataib Hezbollah accused Washington of violating Iraqi sovereignty.",
     "kataib-hezbollah"),
    ("Nabih Berri accused Israel of dozens of breaches of the truce on Sunday and urged "
     "the mediators to act.", "nabih-berri"),
    # the parse joins the charge to the reported passive: the speaker still makes it
    ("Kataib Hezbollah said four of its fighters were killed in the raid and accused "
     "Washington of violating Iraqi sovereignty.", "kataib-hezbollah"),
    # a charge told before the one just reported, with its "of" hung by the parse on
    # another phrase of the verb
    ("Two days earlier, Nabih Berri had accused the envoy in an interview of bias and of "
     "serving a foreign agenda.", "nabih-berri"),
])
def test_a_charge_made_is_an_accusation(extract: Extract, text: str, accuser: str) -> None:
    (charge,) = [e for e in _statements(extract(text)) if e.subtype == "accusation"]
    assert charge.actors == [accuser]


@pytest.mark.parametrize("text", [
    "Washington accuses the Quds Force of organising the flow of weapons to Yemen.",
    "The coalition has accused Iran for years of arming the Houthis.",
    "Citizens sent messages accusing the authorities of repression.",
    "Iran was accused of recruiting criminals in Sweden.",
    "The drone killed a commander whom Israel accused of directing the attack.",
    "Nabih Berri had long accused the envoy of bias.",
])
def test_standing_passive_or_relative_charges_make_none(extract: Extract, text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.subtype == "accusation"]


def test_a_charge_of_a_deed_told_is_that_deed_alleged(extract: Extract) -> None:
    x = extract("Israel accused Iran on Monday of supplying the drones.")
    assert not _statements(x)
    assert [e.type for e in x.events] == ["transfer"]


def test_a_charge_and_a_warning_of_one_group_are_two_statements(extract: Extract) -> None:
    x = extract("Kataib Hezbollah accused Washington of violating Iraqi sovereignty. The "
                "group warned that it would respond at a time of its choosing.")
    assert sorted(e.subtype or "" for e in _statements(x)) == ["accusation", "threat"]


@pytest.mark.parametrize(("text", "actors"), [
    ("Hezbollah agreed to a ceasefire on Wednesday.", ["hezbollah"]),
    ("Israel and Hezbollah agreed to a ceasefire on Wednesday.", ["israel", "hezbollah"]),
    ("Late on Monday, Trump announced that Israel and Iran had agreed to a complete "
     "ceasefire.", ["donald-trump"]),
])
def test_a_ceasefire_agreed_is_declared(extract: Extract, text: str,
                                        actors: list[str]) -> None:
    (truce,) = _statements(extract(text))
    assert truce.subtype == "de_escalation"
    assert truce.actors == actors


@pytest.mark.parametrize("text", [
    "The ceasefire collapsed on Wednesday.",
    "Hezbollah broke the ceasefire on Wednesday.",
    "Mediators travelled to Cairo seeking a ceasefire.",
])
def test_a_ceasefire_broken_or_sought_declares_nothing(extract: Extract, text: str) -> None:
    assert not _statements(extract(text))


@pytest.mark.parametrize("text", [
    "The Iraqi government said those behind the attack would be held to account.",
    "The Iraqi government condemned the raid and said those behind it would be held to "
    "account.",
])
def test_held_to_account_is_a_threat(extract: Extract, text: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.subtype == "threat"
    assert threat.actors == ["iraqi-government"]


@pytest.mark.parametrize("text", [
    "Activists demanded that the killers be held to account.",
    "Rights groups said no one had been held to account for the killings.",
])
def test_held_to_account_without_a_side_declaring_it(extract: Extract, text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.subtype == "threat"]


def test_an_announcement_after_the_deed_that_occasioned_it(extract: Extract) -> None:
    x = extract("After a series of strikes on the port of Odesa, President Volodymyr "
                "Zelensky's government announced on Friday that it was stripping the "
                "Iranian ambassador of his accreditation.")
    (announced,) = _statements(x)
    assert announced.actors == ["volodymyr-zelensky"]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Treasury announced sanctions on three Houthi officials.", "sanction"),
    ("Police announced the arrest of five men.", "arrest"),
])
def test_what_is_announced_stays_the_event(extract: Extract, text: str, kind: str) -> None:
    x = extract(text)
    assert [e.type for e in x.events] == [kind]


@pytest.mark.parametrize("text", [
    "Baghdad accused Asa'ib Ahl al-Haq on Monday of shelling the camp.",
    "Baghdad had accused Asa'ib Ahl al-Haq on Monday of shelling the camp.",
    "Baghdad accused the group on Monday of conspiring to kill the governor.",
])
def test_a_charge_of_an_armed_deed_is_no_accusation(extract: Extract, text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.subtype == "accusation"]
