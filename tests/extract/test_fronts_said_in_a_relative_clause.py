"""A front said of a name in a relative clause that cites someone ("X, which US officials
say is a front for Y") is X's, and the attack X claims is laid at Y's door too
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "triple"), [
    ("Ashab al-Kahf, which US officials say is a front for Kataib Hezbollah, posted the video.",
     ("ashab-al-kahf", "front_for", "kataib-hezbollah")),
    ("The video was posted by Saraya Awliya al-Dam, which analysts believe is a cover for "
     "Asaib Ahl al-Haq.", ("saraya-awliya-al-dam", "front_for", "asaib-ahl-al-haq")),
    ("Qasim al-Jabbarin, which Western diplomats think is a front for Kataib Hezbollah, "
     "issued a warning.", ("qasim-al-jabbarin", "front_for", "kataib-hezbollah")),
])
def test_a_front_said_in_a_cited_relative_clause_is_the_names(
        extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(r.subject, r.predicate, r.object) for r in extract(text).relations}


def test_the_principal_of_a_front_said_in_a_relative_clause_is_blamed(extract: Run) -> None:
    x = extract("Rockets hit Victoria base near Baghdad airport on Wednesday. Responsibility "
                "was claimed by Ashab al-Kahf, which US officials say is a front for Kataib "
                "Hezbollah.")
    [ev] = [e for e in x.events if e.type == "attack"]
    assert ev.claimed_by == ["ashab-al-kahf"]
    assert ev.attributed_to == ["kataib-hezbollah"]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah, which US officials say fired the rockets, denied it.",
    "Ashab al-Kahf, which US officials say has no fighters of its own, posted the video.",
])
def test_a_cited_relative_clause_without_a_front_gives_none(extract: Run, text: str) -> None:
    assert not [r for r in extract(text).relations if r.predicate == "front_for"]
