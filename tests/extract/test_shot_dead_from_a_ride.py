"""Killers told by what they rode or sat in: "gunmen on a motorcycle shot dead a lawyer",
where the parse would read "motorcycle shot" as a noun, is the shooting of the lawyer by
the gunmen; a victim of note (an analyst, a professor, a blogger) makes it a killing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen on a motorcycle shot dead a political analyst outside his home in Mosul "
         "on Tuesday.", "mosul"),
        ("Two men riding a motorcycle shot dead a lawyer in Nasiriyah on Tuesday, police "
         "said.", "nasiriyah"),
        ("Masked assailants in a car shot dead a university professor near Kirkuk on "
         "Tuesday.", "kirkuk"),
        ("Security sources said gunmen on a motorbike shot dead a prominent blogger in "
         "Karbala on Tuesday.", "karbala"),
        ("Gunmen shot dead a researcher outside his office in Najaf on Tuesday.", "najaf"),
    ],
)
def test_a_shooting_by_riders_is_a_killing(extract: Run, text: str, place: str) -> None:
    ev = one_event(extract(text), "killing")
    assert (ev.date, ev.location, ev.killed) == ("2024-02-06", place, 1)


@pytest.mark.parametrize(
    "text",
    [
        # a shot of a motorcycle, not a shooting
        "The photographer sold a motorcycle shot to a magazine in Mosul on Tuesday.",
        # dead, but no one shot anyone
        "A man on a motorcycle was found dead in Mosul on Tuesday.",
    ],
)
def test_no_shooting_no_killing(extract: Run, text: str) -> None:
    ex = extract(text)
    assert not [e for e in ex.events if e.type in ("killing", "attack")], \
        [(e.type, e.evidence.text) for e in ex.events]


def test_the_parse_makes_shot_the_verb(extractor: object) -> None:
    from axiswatch.extract.pipeline import Extractor

    assert isinstance(extractor, Extractor)
    doc = extractor.nlp("Gunmen on a motorcycle shot dead a lawyer in Basra.")
    shot = doc[4]
    assert (shot.lemma_, shot.pos_, shot.dep_) == ("shoot", "VERB", "ROOT")
    assert [(t.text, t.dep_, t.head.text) for t in doc[1:4]] == [
        ("on", "prep", "Gunmen"), ("a", "det", "motorcycle"), ("motorcycle", "pobj", "on")]
    assert {c.text for c in shot.children} >= {"Gunmen", "dead", "lawyer"}
