"""Groups that announce joint operations act together; whoever leads a group's political
bureau leads the group; and the groups a banner is used by are of it, though an adjective
stands before them (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ex.relations}


@pytest.mark.parametrize(("text", "triple"), [
    ("The Houthis and the Islamic Resistance in Iraq announced what they called joint "
     "operations against Israel.", ("houthis", "allied_with", "islamic-resistance-in-iraq")),
    ("Hezbollah and Hamas said they had carried out a joint operation against Israeli forces.",
     ("hezbollah", "allied_with", "hamas")),
    ("Kataib Hezbollah and the Houthis claimed a joint drone attack on Eilat on Friday.",
     ("kataib-hezbollah", "allied_with", "houthis")),
    ("Ali Hassan, who led the political bureau of Hamas, was killed in Tehran.",
     ("ali-hassan", "leader_of", "hamas")),
    ("Omar Saleh has led the politburo of Islamic Jihad since 2018.",
     ("omar-saleh", "leader_of", "palestinian-islamic-jihad")),
    ("The Islamic Resistance in Iraq, the banner under which Tehran-aligned militias such as "
     "Kataib Sayyid al-Shuhada and Harakat al-Nujaba operate, claimed the drone attack.",
     ("kataib-sayyid-al-shuhada", "part_of", "islamic-resistance-in-iraq")),
])
def test_relation_is_found(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


@pytest.mark.parametrize(("text", "triple"), [
    # Joint strikes of others, a joint rally, one office of a group.
    ("Hezbollah and Hamas condemned the joint strikes by the United States and Britain.",
     ("hezbollah", "allied_with", "hamas")),
    ("Ali Hassan, who headed the media office of Hezbollah, was killed.",
     ("ali-hassan", "leader_of", "hezbollah")),
    ("Ali Hassan led the military wing of Hezbollah until his death.",
     ("ali-hassan", "leader_of", "hezbollah")),
])
def test_relation_is_not_found(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in _triples(extract(text))
