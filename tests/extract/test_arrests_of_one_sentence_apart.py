"""Two seizures told in one sentence: a later one of other people is another arrest, and
a place told with another verb joined to an arrest is not a second arrest's (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import arrests

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Greek police have since detained several suspects, and a woman suspected of "
    "driving the car was later arrested in Italy.",
    "Officers detained two men in Lyon, and a third suspect was subsequently arrested "
    "in Marseille.",
])
def test_later_seizure_of_others_is_another_arrest(extract: Run, text: str) -> None:
    assert len(arrests(extract(text))) == 2


@pytest.mark.parametrize("text", [
    "Police arrested the man and later charged him with murder.",
    "Police detained three suspects and later released the men without charge.",
])
def test_the_same_people_later_held_or_freed_are_one_arrest(extract: Run, text: str) -> None:
    assert len(arrests(extract(text))) == 1


@pytest.mark.parametrize(("text", "place"), [
    ("Iraqi forces arrested a cell leader in Basra and seized weapons in Najaf.", "basra"),
    ("Police detained a courier in Izmir and searched a warehouse in Ankara.", "izmir"),
])
def test_place_of_another_joined_verb_makes_no_second_arrest(
        extract: Run, text: str, place: str) -> None:
    found = arrests(extract(text))
    assert [e.location for e in found] == [place]


def test_arrests_counted_by_place_stay_apart(extract: Run) -> None:
    text = "Police arrested three men in Istanbul and two in Ankara."
    assert sorted(e.location for e in arrests(extract(text))) == ["ankara", "istanbul"]



def test_earlier_seizure_is_not_placed_where_the_later_one_was(extract: Run) -> None:
    text = ("Greek police have since detained several suspects, and a woman suspected of "
            "driving the car was later arrested in Italy.")
    first, later = sorted(arrests(extract(text)), key=lambda e: e.evidence.start)
    # (made some time since, the first has no day, and so no place of the country alone)
    assert (first.location, later.location) == (None, "italy")
    assert first.country == "GR"


def test_one_person_held_after_a_counted_group_is_another_arrest(extract: Run) -> None:
    text = ("Police arrested three men in Lyon on Monday. A man suspected of being the "
            "driver was later arrested.")
    assert len(arrests(extract(text))) == 2


def test_the_group_told_again_is_the_same_arrest(extract: Run) -> None:
    text = "Police arrested three men in Lyon on Monday. The men were later charged."
    assert len(arrests(extract(text))) == 1
