"""A blow a list of claims includes is claimed by whose claims they are ("claims by the
Islamic Resistance in Iraq this week included a rocket attack on Ain al-Asad"); a list
of reports claims nothing (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def test_a_blow_among_a_groups_claims_is_claimed_by_it(extract: Extract) -> None:
    (attack,) = extract("Claims by the Islamic Resistance in Iraq this week included a "
                        "rocket attack on Ain al-Asad air base.").events
    assert attack.type == "attack"
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]


def test_a_blow_among_reports_is_claimed_by_nobody(extract: Extract) -> None:
    (attack,) = extract("Reports by local media this week included a rocket attack on "
                        "Ain al-Asad air base.").events
    assert attack.claimed_by == []
