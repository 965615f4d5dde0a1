"""A pronoun that continues the subject of the sentence before finds the word a long
name hangs on (sentences written for these tests).

"Iran's mission to the United Nations said ... . Tehran, it said, had no part in it":
the subject before is the mission (the head of its name), not the last word of the name
("Nations"), so "it" is the mission, not the last party the sentence before named. A
body named in the sentence before only as whom someone belongs to is not continued."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

TOLD = ("Iran's mission to the United Nations said on Tuesday that the drone had been"
        " launched by Hezbollah from Lebanon.")


def test_it_continues_a_long_named_body_that_was_the_subject(extract: Run) -> None:
    ev = one_event(extract(f"{TOLD} Tehran, it said, had no part in it."), "statement")
    assert ev.actors == ["iranian-mission-to-the-un"]


def test_it_continues_a_short_named_body_as_before(extract: Run) -> None:
    ev = one_event(extract("Iran's foreign ministry said on Tuesday that the drone had been"
                           " launched by Hezbollah. Tehran, it said, had no part in it."),
                   "statement")
    assert ev.actors == ["iranian-foreign-ministry"]


def test_a_body_that_was_not_the_subject_is_not_continued(extract: Run) -> None:
    ev = one_event(extract(f"Officials at {TOLD} Tehran, it said, had no part in it."),
                   "statement")
    assert "iranian-mission-to-the-un" not in ev.actors
