"""Places told by the second of two targets and by "the area" a force was sent into
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import arrests, one_event

Run = Callable[..., Extraction]


def test_the_second_target_joined_by_its_own_at_places_the_fire(extract: Run) -> None:
    x = extract("On Sunday the militia fired rockets across the frontier at a Syrian army "
                "post and at a convoy near the town of Metula.")
    assert one_event(x, "attack").location == "metula"


def test_targets_joined_with_no_place_place_nothing(extract: Run) -> None:
    x = extract("On Sunday the militia fired rockets at a checkpoint and at a patrol.")
    assert one_event(x, "attack").location is None


def test_an_arrest_by_a_force_sent_into_the_area_is_where_the_fire_was(
        extract: Run) -> None:
    x = extract("SIDON, Oct 15 - Gunmen fired on mourners in Sidon on Sunday. The army, which "
                "moved two companies into the area, said on Monday it had detained five men.")
    assert [a.location for a in arrests(x)] == ["sidon"]


def test_an_arrest_told_with_no_area_stays_at_the_country(extract: Run) -> None:
    x = extract("SIDON, Oct 15 - Gunmen fired on mourners in Sidon on Sunday. The army said "
                "on Monday it had detained five men.")
    assert [a.geo_precision for a in arrests(x)] == ["country"]
