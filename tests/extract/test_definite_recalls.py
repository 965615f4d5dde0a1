"""An occurrence recalled by a definite noun ("the Turkish strike in Iraq") in a later
paragraph is the one told before, whatever day that paragraph tells; two occurrences
told at two places or on two stated days stay two (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]

LEAD = ("The first blow fell on Tuesday night, when Turkish jets hit two camps of the PKK "
        "near the town of Zakho in northern Iraq. Officials said the strike killed four "
        "fighters.\n\n")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # recalled in a paragraph that dates something else
        (LEAD + "Ankara's answer to the ambush came early on Thursday, its ministry said."
         "\n\nThe Turkish strike in Iraq followed a week of clashes on the border.",
         ["2024-02-06"]),
        (LEAD + "On Thursday the ministry summoned the Iraqi envoy.\n\nThe strike near "
         "Zakho was the heaviest of the year, the monitor said.", ["2024-02-06"]),
        # a strike of another place, on its own day, is another strike
        (LEAD + "On Thursday Turkish jets struck a depot near Qamishli in Syria.",
         ["2024-02-06", "2024-02-08"]),
        # a day the recalling sentence states itself tells another occurrence
        (LEAD + "Officials said the Turkish strike in Iraq on Saturday killed two more.",
         ["2024-02-03", "2024-02-06"]),
    ],
)
def test_definite_recall_is_the_occurrence_told(extract: Run, text: str,
                                                days: list[str]) -> None:
    events = [e for e in extract(text).events if e.type == "strike"]
    assert sorted(str(e.date) for e in events) == days, [
        (e.type, e.date, e.evidence.text) for e in events]
