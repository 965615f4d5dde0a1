""""The group" standing for a front named after an armed group (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "front"),
    [
        ("The Houthis denied any role.\n\nA previously unknown group calling itself Alwiya "
         "al-Wad al-Haq claimed the attack. The group threatened further attacks.\n\nUS "
         "officials said the group is a front used by Kataib Hezbollah.",
         "alwiya-al-waad-al-haq"),
        ("Hezbollah fired rockets at a post on Monday. Saraya Awliya al-Dam claimed a drone "
         "attack on Erbil airport.\n\nAnalysts say the group is a front for Kataib "
         "Hezbollah.", "saraya-awliya-al-dam"),
    ],
)
def test_the_group_is_the_latest_armed_group_or_front(extract: Run, text: str,
                                                     front: str) -> None:
    rels = {(r.subject, r.predicate, r.object) for r in extract(text, "2021-01-28").relations}
    assert (front, "front_for", "kataib-hezbollah") in rels
    assert not any(p == "front_for" and s not in (front,) for s, p, _o in rels)


def test_the_group_prefers_an_armed_group_to_an_organization(extract: Run) -> None:
    text = ("Kataib Hezbollah fired rockets at the base. The United Nations condemned the "
            "attack. Officials said the group is part of the Popular Mobilization Forces.")
    rels = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert ("kataib-hezbollah", "part_of", "popular-mobilization-forces") in rels
