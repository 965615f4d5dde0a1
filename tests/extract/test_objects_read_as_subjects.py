"""An object read as the next clause's subject: in "After a strike killed X, the
founder of Y, Z took over" the parser may hang X on the main verb; the name right after
the verb of a clause of time told first is that verb's object, so the blow that killed
a named man is a killing. A main clause whose subject does not follow the verb keeps
it."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def test_man_killed_in_a_clause_of_time_told_first(extract: Extract) -> None:
    x = extract("After a US strike in Baghdad in January 2020 killed Abu Mahdi al-Muhandis, "
                "the founder of Kataib Hezbollah, a new commander took over his post.")
    assert [e.type for e in x.events] == ["killing"]


def test_subject_after_a_comma_stays_the_main_clauses(extract: Extract) -> None:
    x = extract("After the strike ended, Hezbollah fired rockets at Haifa.")
    assert [(e.type, e.actors) for e in x.events] == [("attack", ["hezbollah"])]
