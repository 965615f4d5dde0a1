"""Events that are no new occurrence: the weapons, the question or the sequence of an
event told elsewhere (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def test_the_weapons_used_name_no_new_attack(extract: Run) -> None:
    text = ("A drone struck the governor's office in Kirkuk on Sunday. Two officials said on "
            "Monday that it was carried out by the Tigris Brigade and that the drones and "
            "explosives used were built in Iran.")
    [attack] = extract(text).events
    assert [*attack.actors, *attack.attributed_to] == ["tigris-brigade"]


def test_a_delivery_by_an_unknown_sender_is_a_question(extract: Run) -> None:
    text = ("Investigators are still trying to establish who sent the explosive-laden drones "
            "that struck the base early on Sunday.")
    assert [e.type for e in extract(text).events] == ["attack"]


def test_what_an_event_followed_is_another_event(extract: Run) -> None:
    text = ("A drone struck the residence of the prime minister in Baghdad early on Sunday. "
            "The attack followed weeks of protests near the Green Zone by supporters of "
            "parties that lost seats in the October 10 election.")
    [attack] = [e for e in extract(text).events if e.type == "attack"]
    assert (attack.date, attack.location) == ("2024-02-04", "baghdad")


def test_a_strike_set_before_another_takes_none_of_its_date(extract: Run) -> None:
    text = ("Iran's Revolutionary Guards struck two bases of the militants near Panjgur in "
            "Pakistan on Tuesday night. The Iranian strike in Pakistan followed, by a single "
            "day, the Guards' missile attacks on Erbil late on Monday.")
    events = extract(text).events
    assert [(e.date, e.location) for e in events] == [
        ("2024-02-06", "panjgur"), ("2024-02-05", "erbil")]
