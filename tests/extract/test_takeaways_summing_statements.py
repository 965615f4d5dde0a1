"""A statement in a report's key takeaways, told undated, sums up the same kind of
declaration the body tells by the group's leader (documents written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, str]]:
    return [(e.subtype, e.evidence.text) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran Update, February 8, 2024\n\nKey Takeaways:\nKataib Hezbollah warned that it "
        "would escalate attacks on US forces if the United States widened the war.\n\n"
        "Kataib Hezbollah Secretary General Abu Hussein al-Hamidawi said in a statement on "
        "February 6 that the group would target US interests if Washington joined the war.",
        "Daily update\n\nKey points\n\n- The Houthis threatened to strike American warships "
        "in the Red Sea.\n- Oil prices rose.\n\nHouthi leader Abdul Malik al-Houthi said in a "
        "televised speech on Tuesday that the group would target US warships if the strikes "
        "continued.",
        "Key takeaways: Hezbollah vowed to retaliate for the killing of its commander.\n\n"
        "Hezbollah Secretary General Hassan Nasrallah said in a speech on Monday that the "
        "group would avenge the killing of its commander.",
    ],
)
def test_a_takeaway_sums_up_the_leaders_statement(extract: Run, text: str) -> None:
    found = _statements(extract(text))
    assert len(found) == 1, found


def test_without_takeaways_the_two_are_two(extract: Run) -> None:
    # a negative: in the body a group's communique and its leader's speech are two
    text = ("Kataib Hezbollah warned that it would escalate attacks on US forces if the "
            "United States widened the war.\n\nKataib Hezbollah Secretary General Abu "
            "Hussein al-Hamidawi said in a statement on February 6 that the group would "
            "target US interests if Washington joined the war.")
    assert len(_statements(extract(text))) == 2, _statements(extract(text))


def test_a_dated_takeaway_tells_its_own_statement(extract: Run) -> None:
    # a negative: a takeaway with a day of its own is not read as a summary of the body
    text = ("Key Takeaways:\nOn February 2, Kataib Hezbollah warned that it would escalate "
            "attacks on US forces if the United States widened the war.\n\nKataib Hezbollah "
            "Secretary General Abu Hussein al-Hamidawi said in a statement on February 6 "
            "that the group would target US interests if Washington joined the war.")
    assert len(_statements(extract(text))) == 2, _statements(extract(text))


def test_the_body_tells_a_statement_a_dated_takeaway_sums_up(extract: Run) -> None:
    # the key point gives the day; the body's own telling stays the evidence
    text = ("Gulf Security Brief\n\nKey Takeaways\n- Kataib Hezbollah warned on February 5 "
            "that it would strike US bases if Washington joined the war.\n- Oil prices rose "
            "sharply.\n\nKataib Hezbollah said it would target American bases in Iraq "
            "if the United States took part in the war.")
    found = [e for e in extract(text).events if e.type == "statement"]
    assert len(found) == 1, [(e.subtype, e.evidence.text) for e in found]
    assert found[0].evidence.text.startswith("Kataib Hezbollah said it would target")
    assert found[0].date == "2024-02-05"
