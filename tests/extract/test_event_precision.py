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


def test_a_base_that_hosts_troops_holds_no_meeting(extract: Run) -> None:
    text = ("Rockets hit the base on Monday. The base, which hosts Iraqi forces and foreign "
            "trainers, lies north of Baghdad.")
    assert [e.type for e in extract(text).events] == ["attack"]
    [talks] = extract("Qatar hosted talks between the two sides on Monday.").events
    assert talks.type == "meeting"


def test_the_purpose_of_a_summons_is_no_demonstration(extract: Run) -> None:
    events = extract("The foreign ministry summoned the Iranian ambassador on Sunday to "
                     "protest against what it called a violation of its sovereignty.").events
    assert [e.type for e in events] == ["meeting"]
    [march] = extract("Thousands took to the streets of Basra on Friday to protest against "
                      "power cuts.").events
    assert march.type == "protest"


def test_strikes_of_a_state_are_no_labour_strike(extract: Run) -> None:
    [ev] = extract("The army said on Friday that the US strikes had hit army positions and "
                   "killed a civilian worker.").events
    assert ev.type == "strike"
    [walkout] = extract("Nurses in Tehran went on strike on Monday over unpaid wages.").events
    assert (walkout.type, walkout.subtype) == ("protest", "labor_strike")


def test_the_means_of_an_event_is_no_second_event(extract: Run) -> None:
    [ev] = extract("The first blow came on Tuesday night, when the Guards hit what they said "
                   "were two bases of the militants near Panjgur, using missiles and "
                   "drones.").events
    assert ev.date == "2024-02-06"
    assert ev.type in ("attack", "strike")


def test_what_is_used_must_be_the_weapon(extract: Run) -> None:
    assert [e.type for e in extract("He said the sites were used by the militia on "
                                    "Monday.").events] == []
    [ev] = extract("The militia used drones to attack the base on Monday.").events
    assert (ev.type, ev.weapon) == ("attack", "drone")
