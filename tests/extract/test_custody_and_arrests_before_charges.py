"""Arrests told after charges or after another named arrest, and people taken into
custody (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import arrests

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Federal prosecutors on Wednesday charged a Canadian man with plotting to kill an "
        "Iranian dissident in New York. He was arrested earlier this month as he tried to "
        "board a flight at Toronto airport.",
        "A court in Vienna charged a Syrian woman on Tuesday with spying for the Quds Force. "
        "She had been detained earlier this month in Vienna.",
    ],
)
def test_arrest_told_with_its_own_time_after_charges_is_its_own(extract: Run,
                                                                text: str) -> None:
    subtypes = sorted(e.subtype or "" for e in arrests(extract(text)))
    assert subtypes == ["arrest", "charges"]


@pytest.mark.parametrize(
    "text",
    [
        "Federal prosecutors on Wednesday charged a Canadian man with plotting to kill an "
        "Iranian dissident. The man was charged in a court in Manhattan.",
        "A court in Vienna charged a Syrian woman on Tuesday with spying for the Quds Force. "
        "She was charged with espionage and membership of a foreign intelligence service.",
    ],
)
def test_charges_told_again_are_one(extract: Run, text: str) -> None:
    assert len(arrests(extract(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police in Oslo arrested Karim Nouri on Monday. Omid Sadeghi was detained as well.",
        "Belgian police detained Samir Haddad in Antwerp on Friday. Youssef Karimi was "
        "also detained.",
    ],
)
def test_arrest_of_another_named_man_is_another_arrest(extract: Run, text: str) -> None:
    assert len(arrests(extract(text))) == 2


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hassan Bakri was taken into custody by Turkish police in Istanbul on Monday.",
         "Hassan Bakri"),
        ("Two Iranian men were taken into custody by Dutch police in Rotterdam on Monday.",
         "Two Iranian men"),
        ("Dutch police took two Iranian men into custody in Rotterdam on Monday.",
         "two Iranian men"),
    ],
)
def test_who_is_taken_into_custody_is_the_target(extract: Run, text: str,
                                                 target: str) -> None:
    (arrest,) = arrests(extract(text))
    assert arrest.target == target
    assert not any("bakri" in a for a in arrest.actors)


def test_the_same_man_taken_into_custody_again_is_one_arrest(extract: Run) -> None:
    text = ("Police in Oslo arrested Karim Nouri on Monday. Karim Nouri was taken into "
            "custody at his flat.")
    (arrest,) = arrests(extract(text))
    assert arrest.target == "Karim Nouri"
    assert arrest.actors == []
