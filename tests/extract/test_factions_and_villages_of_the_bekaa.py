"""A faction the pack knows by its full hyphenated name and a Bekaa village GeoNames
lacks, whose spelling is near a town by Damascus (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def test_a_blow_on_the_general_command_at_qousaya_is_in_lebanon(extract: Run) -> None:
    x = extract("Early on Tuesday, drones hit a base of the Popular Front for the Liberation "
                "of Palestine-General Command at Qousaya in the Bekaa.")
    blows = [e for e in x.events if e.type in ("attack", "strike")]
    assert len(blows) == 1
    assert blows[0].country == "LB"
    assert blows[0].target_actors[:1] == [
        "popular-front-for-the-liberation-of-palestine-general-command"]


def test_qudsaya_by_damascus_keeps_its_own_place(extract: Run) -> None:
    x = extract("On Tuesday, rockets hit Qudsaya near Damascus.")
    blows = [e for e in x.events if e.type in ("attack", "strike")]
    assert [b.country for b in blows] == ["SY"]
