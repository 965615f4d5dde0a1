"""Declared courses of a campaign in phrasal and less usual verbs: kept up ("would press on
with its attacks", "would carry on targeting ships", "its operations would not cease"),
stepped up ("would step up its attacks", "would broaden its targets"), held back ("decided
to freeze its operations", "would refrain from attacking US bases"), forces declared to be
driven out ("would expel US forces"); deeds disowned under "claimed". And what looks like
them but is none: reforms pressed ahead with, rain that does not cease, comment refrained
from, students expelled, an account disputed (no involvement denied)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Harakat al-Nujaba said it would press on with its attacks until American troops left "
     "the region.", "threat", "harakat-hezbollah-al-nujaba"),
    ("The Houthis said they would carry on targeting Israeli-linked ships.", "threat",
     "houthis"),
    ("Hezbollah said it would press ahead with its operations against northern Israel.",
     "threat", "hezbollah"),
    ("Kataib Hezbollah said its operations against the occupation would not cease.",
     "threat", "kataib-hezbollah"),
    ("Hezbollah said it would cease its attacks once a truce took hold in Gaza.",
     "suspension", "hezbollah"),
    ("Hezbollah said it would step up its attacks on Israeli positions.", "threat",
     "hezbollah"),
    ("The Houthis said they would broaden their targets to include American ships.",
     "threat", "houthis"),
    ("Kataib Hezbollah said it had decided to freeze its military operations against US "
     "forces.", "suspension", "kataib-hezbollah"),
    ("Nujaba said it would refrain from attacking US bases during the negotiations.",
     "suspension", "harakat-hezbollah-al-nujaba"),
    ("Kataib Hezbollah said it would refrain from any attacks on the embassy.",
     "suspension", "kataib-hezbollah"),
    ("Kataib Hezbollah said it would expel the occupation troops from Iraq.", "threat",
     "kataib-hezbollah"),
])
def test_a_declared_course_of_a_campaign(extract: Extract, text: str, subtype: str,
                                         actor: str) -> None:
    assert _said(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "Iraq's government said it would press ahead with the reforms.",
    "Iran said the rain would not cease before Friday.",
    "The Iraqi army said the shelling would not cease, residents said.",
    "Iran said it would carry on hiring engineers.",
    "Iran's central bank said it would increase interest rates.",
    "Iran's foreign minister said he would refrain from commenting on the case.",
    "The school said it would expel students who cheated.",
])
def test_a_course_of_no_campaign_declares_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis claimed on Monday that they had not targeted any American vessels.",
     "houthis"),
    ("Hezbollah claimed that its fighters had not fired the rockets.", "hezbollah"),
])
def test_a_deed_disowned_under_a_claim_is_a_denial(extract: Extract, text: str,
                                                    actor: str) -> None:
    assert _said(extract(text)) == [("denial", [actor])]


@pytest.mark.parametrize("text", [
    "The Iraqi government disputed the US account of the strikes.",
    "Hezbollah claimed that the Israeli jets had not hit their targets.",
])
def test_an_account_disputed_or_a_foes_deed_disowned_is_none(extract: Extract,
                                                              text: str) -> None:
    assert [s for s, _a in _said(extract(text)) if s == "denial"] == []
