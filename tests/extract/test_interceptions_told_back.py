"""An interception of an attack's arms is part of that attack, not a blow of its own, and a
key point that sums up an attack told in the body is that attack (reports written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _blows(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type in ("attack", "strike")]


def test_downing_both_drones_is_the_attack_told_before(extract: Run) -> None:
    x = extract("Two drones attacked American troops at the Rumeilan airfield in Syria on "
                "Monday, officials said. US forces downed both drones, but one soldier was "
                "lightly wounded.")
    blows = _blows(x)
    assert len(blows) == 1 and blows[0].date == "2024-02-05"


def test_shooting_down_the_rockets_is_the_attack_told_before(extract: Run) -> None:
    x = extract("Three rockets were fired at the airport in Kirkuk on Sunday, police said. "
                "Air defences shot down the rockets before they reached the runway.")
    assert len(_blows(x)) == 1


def test_drones_stopped_on_their_own_course_on_another_day_stay_apart(extract: Run) -> None:
    x = extract("Two drones attacked American troops at the Rumeilan airfield in Syria on "
                "Monday. On Wednesday, US forces shot down two drones heading for the "
                "Conoco gas field.")
    assert len(_blows(x)) == 2


def test_destroying_the_drones_near_the_base_is_no_strike(extract: Run) -> None:
    x = extract("Drones targeted coalition troops at the Kharab al-Jir airbase in Syria on "
                "Tuesday, officials said. American forces destroyed two drones near "
                "Kharab al-Jir; no one was hurt.")
    assert [e.type for e in _blows(x)] == ["attack"]


def test_a_strike_on_launchers_after_a_drone_attack_stays_a_strike(extract: Run) -> None:
    x = extract("Houthi drones struck a cargo ship in the Gulf of Aden on Monday. On "
                "Wednesday, US jets destroyed three missile launchers in Yemen.")
    assert sorted(e.type for e in _blows(x)) == ["attack", "strike"]


def test_a_key_point_of_downed_missiles_is_the_body_s_attack(extract: Run) -> None:
    text = ("Regional update, March 9\n\nKey takeaways:\n\n- A British frigate shot down "
            "missiles launched from Yemen.\n\nRed Sea. The frigate HMS Anson shot down "
            "two anti-ship missiles that the Houthis had fired from Yemen on March 9, the "
            "ministry said.\n")
    attacks = [e for e in extract(text, published="2024-03-09").events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date == "2024-03-09"
    assert "Houthis had fired" in attacks[0].evidence.text


def test_a_key_point_names_the_attacked_broadly(extract: Run) -> None:
    text = ("Regional update, March 9\n\nKey takeaways:\n\n- Drones attacked US forces at a "
            "base in Iraq.\n\nIraq. One-way drones targeted US and coalition forces at the "
            "Ain al-Asad air base on March 8, officials said.\n")
    attacks = [e for e in extract(text, published="2024-03-09").events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date == "2024-03-08"
    assert attacks[0].target and "coalition" in attacks[0].target
