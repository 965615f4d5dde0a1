"""Who denies, told again: a pronoun that denies after a clause accusing a party stands
for the accused, not the accuser ("X accused Y of the attack. It denied any role"); a
body told again by the head of its name ("the Iranian mission to the UN ... The
mission denied"), by a council or by a spokesman of its kind ("a ministry spokesman
denied"). A request or an appeal accepted is a decision; a definite arrangement or deal
announced again is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Israel accused Kataib Hezbollah of the attack. It denied any involvement.",
     "kataib-hezbollah"),
    ("Israel blamed Hamas for the attack. They denied any role.", "hamas"),
    ("Israel blamed Hamas for the attack, but it denied any role.", "hamas"),
    ("Israel accused Kataib Hezbollah of the attack. It rejected the charge.",
     "kataib-hezbollah"),
    ("Israel accused Iran's foreign ministry of arming the Houthis. It denied any role.",
     "iranian-foreign-ministry"),
])
def test_the_accused_denies(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("denial", [actor])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah fired rockets at a base on Monday. It denied targeting civilians.",
     "kataib-hezbollah"),
    ("Israel struck Hezbollah positions. It denied hitting civilians.", "israel"),
])
def test_a_doer_told_before_denies(extract: Extract, text: str, actor: str) -> None:
    assert [a for _s, a in _said(extract(text))] == [[actor]]


@pytest.mark.parametrize(("text", "actor"), [
    ("The US accused the Iranian mission to the UN of lying. The mission denied the charges.",
     "iranian-mission-to-the-un"),
    ("The US accused Iran's UN mission of lying. A mission spokesman rejected the charges.",
     "iranian-mission-to-the-un"),
    ("Israel accused Iran's foreign ministry of arming the Houthis. A ministry spokesman "
     "denied the report.", "iranian-foreign-ministry"),
])
def test_bodies_told_again(extract: Extract, text: str, actor: str) -> None:
    # (the charge made on a day is an accusation of its own, the accuser's)
    assert [s for s in _said(extract(text)) if s[0] != "accusation"] == [("denial", [actor])]


def test_a_council_told_again(extract: Extract) -> None:
    text = ("Israel's National Security Council raised its warning. The council urged "
            "Israelis to avoid travel to Turkey.")
    assert _said(extract(text)) == [("travel_warning", ["israeli-national-security-council"])]


def test_a_spokesman_of_a_body_not_named_speaks_for_none(extract: Extract) -> None:
    text = ("Israel accused Iran's foreign ministry of arming the Houthis. On Monday, an "
            "embassy spokesman denied the report.")
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actors"), [
    ("Yahya Saree said the group had accepted requests from several countries to tow the "
     "damaged tanker.", ["yahya-saree", "houthis"]),
    ("Hezbollah accepted an appeal from Qatar to release the sailors.", ["hezbollah"]),
])
def test_requests_accepted(extract: Extract, text: str, actors: list[str]) -> None:
    assert _said(extract(text)) == [("decision", actors)]


@pytest.mark.parametrize("text", [
    "Hezbollah said it would let aid convoys reach the town; Qatar announced the arrangement "
    "first.",
    "Hamas announced the deal on Monday.",
])
def test_an_arrangement_announced_again(extract: Extract, text: str) -> None:
    assert [a for _s, a in _said(extract(text)) if a == ["qatar"] or a == ["hamas"]] == []


def test_a_deal_announced_with_its_party(extract: Extract) -> None:
    assert _said(extract("Hamas announced a deal with Fatah on Monday.")) == [
        ("announcement", ["hamas"])]
