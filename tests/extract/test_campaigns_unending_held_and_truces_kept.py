"""Declared courses of a campaign told by a stop that will not come ("there would be no
halt to their operations", "its attacks would not end until ..."), a campaign put on hold
("would put its operations on hold") and a truce a party says it keeps ("would abide by
the truce"), a call for the ruin of Israel by the name its foes give it ("the Zionist
regime"). And what looks like them but is none: a stop that did not come in the past,
talks that will not end, a project on hold, rules abided by."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Kataib Hezbollah said on Monday there would be no halt to their operations against "
     "US forces.", "threat", "kataib-hezbollah"),
    ("There will be no end to the attacks on Israeli ships, a Houthi spokesman said.",
     "threat", "houthis"),
    ("Hezbollah said there would be no pause in its strikes on northern Israel.", "threat",
     "hezbollah"),
    ("The Houthis said their attacks would not end until the war in Gaza stops.", "threat",
     "houthis"),
    ("Hezbollah said it would not end its operations against Israel until the aggression "
     "stops.", "threat", "hezbollah"),
    ("Harakat al-Nujaba said it would put its operations on hold.", "suspension",
     "harakat-hezbollah-al-nujaba"),
    ("Kataib Hezbollah placed its attacks on US bases on hold after the talks began.",
     "suspension", "kataib-hezbollah"),
    ("Hamas said it would abide by the truce.", "de_escalation", "hamas"),
    ("The Houthis said they would respect the truce with Saudi Arabia.", "de_escalation",
     "houthis"),
])
def test_a_declared_course_of_a_campaign(extract: Extract, text: str, subtype: str,
                                         actor: str) -> None:
    assert _said(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "There has been no halt to the fighting since May, witnesses said.",
    "Officials said there would be no end to the talks before Friday.",
    "Iran's foreign minister said the talks would not end soon.",
    "Iran's oil ministry put the pipeline project on hold.",
    "The farmers' union in Iraq said it would abide by the new rules.",
])
def test_a_course_of_no_campaign_declares_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah called for the elimination of the Zionist regime.", "hezbollah"),
    ("Iran's supreme leader called for the destruction of the Zionist entity.",
     "ali-khamenei"),
])
def test_a_call_for_the_ruin_of_israel_by_its_foes_name(extract: Extract, text: str,
                                                        actor: str) -> None:
    assert _said(extract(text)) == [("call", [actor])]
