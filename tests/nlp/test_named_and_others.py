"""A victim named, and a number of others killed with him, is that number and one
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.nlp.numbers import killed_count


@pytest.mark.parametrize(("text", "count"), [
    ("A drone strike on a flat in Sidon killed Karim Haddad, a field commander, and two "
     "other fighters on Monday.", 3),
    ("The raid killed Karim Haddad and four other militants.", 5),
    ("Karim Haddad was killed in the strike, along with two other members of the unit.", 3),
    ("Karim Haddad died in the blast together with five others.", 6),
    ("The strike killed a commander and six other officers.", 7),
])
def test_the_one_named_and_the_others(text: str, count: int) -> None:
    assert killed_count(text) == count


@pytest.mark.parametrize("text", [
    "The strike killed Karim Haddad on Monday.",
    "Karim Haddad met two other officials in Sidon.",
    "The strike killed Karim Haddad, and two other fighters were wounded.",
    "The strike killed Karim Haddad, a commander, and two other fighters were wounded.",
])
def test_no_others_killed_with_him(text: str) -> None:
    assert killed_count(text) in (None, 1)
