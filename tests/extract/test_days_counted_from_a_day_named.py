"""Days counted from a day the text named in a sentence before ("On October 1, the
envoy arrived. A day later, grenades exploded ..."), whether or not that sentence told
an event, date the later deed from that day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "day"), [
    ("On October 1, the new ambassador arrived in Oslo. A day later, two grenades exploded "
     "near the Israeli embassy in Copenhagen.", "2024-10-02"),
    ("The delegation landed in Baghdad on March 3. Two days later, rockets struck the Ain "
     "al-Asad air base.", "2024-03-05"),
    ("Talks opened in Muscat on June 10. Three days later, a drone hit a tanker off Aden.",
     "2024-06-13"),
])
def test_days_later_count_from_the_day_named_before(extract: Extract, text: str,
                                                    day: str) -> None:
    x = extract(text, published="2024-11-26")
    assert [e.date for e in x.events if e.type == "attack"] == [day]


def test_a_day_later_after_an_event_counts_from_it(extract: Extract) -> None:
    x = extract("On October 1, gunmen fired at the Israeli embassy in Stockholm. Two days "
                "later, a grenade exploded near the embassy in Copenhagen.",
                published="2024-11-26")
    assert sorted(e.date for e in x.events if e.type == "attack") == [
        "2024-10-01", "2024-10-03"]
