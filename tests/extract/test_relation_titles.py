"""Leader or member: the title decides (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ali Musa, a senior commander of Harakat al-Nujaba, spoke on Monday.",
         ("ali-musa", "member_of", "harakat-hezbollah-al-nujaba")),
        ("Hamas deputy leader Ali Musa spoke on Monday.", ("ali-musa", "member_of", "hamas")),
        ("Ali Musa, the most senior military commander of Hezbollah, spoke on Monday.",
         ("ali-musa", "member_of", "hezbollah")),
        ("Ali Musa, the commander of the Quds Force, spoke on Monday.",
         ("ali-musa", "leader_of", "quds-force")),
        ("Quds Force commander Ali Musa spoke on Monday.",
         ("ali-musa", "leader_of", "quds-force")),
        ("Hamas political leader Ali Musa spoke on Monday.",
         ("ali-musa", "leader_of", "hamas")),
    ],
)
def test_title_gives_leader_or_member(extract: Run, text: str,
                                      triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations
    other = "member_of" if triple[1] == "leader_of" else "leader_of"
    assert (triple[0], other, triple[2]) not in relations
