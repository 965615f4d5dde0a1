"""A blow told in a relative clause only to pick out a weapon already told ("officials
said the drone that hit the base came from Iraq") is the blow told before, not another;
the same clause with a day of its own, or a weapon whose blow the sentence tells by its
toll ("the drone that hit X killed three soldiers"), still tells it (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import attacks

Run = Callable[..., Extraction]


def test_the_weapon_picked_out_by_its_blow_adds_no_attack(extract: Run) -> None:
    x = extract("Early on Friday, a drone launched from the east struck an army base in the "
                "Golan Heights, wounding two soldiers. Israeli officials said the drone that "
                "hit the base had come from Iraq.")
    assert [(e.location, e.date) for e in attacks(x)] == [("golan-heights", "2024-02-02")]


def test_a_weapon_picked_out_with_a_day_of_its_own_tells_its_blow(extract: Run) -> None:
    x = extract("Investigators said the rocket that struck the market in Erbil on Tuesday "
                "had been made in Iran.")
    assert [e.date for e in attacks(x)] == ["2024-02-06"]


def test_a_weapon_whose_blow_kills_tells_it(extract: Run) -> None:
    x = extract("The drone that hit Tower 22, a small outpost in the Jordanian desert, on "
                "28 January killed three American soldiers.")
    assert [(e.location, e.killed) for e in attacks(x)] == [("tower-22", 3)]
