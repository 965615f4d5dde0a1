"""Several sayers who report what they themselves will do ("Iran and Iraq said they
would ...", "... said that we will ...") all declare it; a reported clause whose
subject is someone else stays that party's word or the sayers' own, as before
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Iran and Iraq said they would not allow attacks from their soil.",
         {"iran", "iraq"}),
        ("Hezbollah and Hamas said that they would keep up their attacks on Israel.",
         {"hezbollah", "hamas"}),
        ("In a joint statement on Monday, Iran and Iraq said they would suspend flights "
         "between the two countries.", {"iran", "iraq"}),
        ("Kataib Hezbollah and Harakat al-Nujaba said on Sunday that they would halt their "
         "attacks on US forces.", {"kataib-hezbollah", "harakat-hezbollah-al-nujaba"}),
    ],
)
def test_sayers_reporting_their_own_course_all_declare(
        extract: Run, text: str, actors: set[str]) -> None:
    assert set(one_event(extract(text), "statement").actors) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a single sayer's "they" is still the sayer alone
        ("Kataib Hezbollah said they would strike US bases if attacked.",
         {"kataib-hezbollah"}),
        # what another party will do, told by two sayers
        ("Iran and Iraq said the Houthis had agreed to suspend their attacks.",
         {"houthis"}),
    ],
)
def test_other_reported_courses_keep_their_actors(
        extract: Run, text: str, actors: set[str]) -> None:
    assert set(one_event(extract(text), "statement").actors) == actors
