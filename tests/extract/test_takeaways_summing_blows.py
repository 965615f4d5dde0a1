"""A blow a report's key takeaways tell undated sums up the body's dated blow with the
same toll, or with the same weapon in the same country (report written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]

BODY = ("\n\nJordan\n\nMilitants launched a one-way drone attack on the Rukban outpost in "
        "north-eastern Jordan on March 3. The attack killed two US service members and "
        "wounded 19 others.\n")


def test_a_takeaway_toll_sums_up_the_body_s_attack(extract: Run) -> None:
    text = ("Update, March 4\n\nKey Takeaways\n\nA drone attack killed two US soldiers at a "
            "base in Jordan." + BODY)
    attacks = [e for e in extract(text, published="2024-03-04").events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date == "2024-03-03"


def test_without_a_takeaways_heading_two_tellings_stay_apart(extract: Run) -> None:
    text = ("Update, March 4\n\nA drone attack killed two US soldiers at a base in Jordan "
            "last month." + BODY)
    attacks = [e for e in extract(text, published="2024-03-04").events if e.type == "attack"]
    assert len(attacks) == 2


def test_a_takeaway_blow_of_another_toll_stays_apart(extract: Run) -> None:
    text = ("Update, March 4\n\nKey Takeaways\n\nA rocket attack killed five Iraqi soldiers "
            "near Kirkuk." + BODY)
    attacks = [e for e in extract(text, published="2024-03-04").events if e.type == "attack"]
    assert len(attacks) == 2
