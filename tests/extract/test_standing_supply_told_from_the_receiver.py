"""A standing supply told from its receiver between two named parties: in the passive
("the group is funded by the Quds Force", "is armed, funded and trained by X", where the
participles in a row share the last one's "by") and with "receives ... from" in the
present; the same words between unnamed parties stay background (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.actors, e.target_actors) for e in run(text).events if e.type == "transfer"]


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Kataib Hezbollah is funded by the Quds Force.", "quds-force", "kataib-hezbollah"),
    ("The Houthis are financed by Iran, according to US officials.", "iran", "houthis"),
    ("Kataib Sayyid al-Shuhada is armed, funded and trained by the Quds Force.",
     "quds-force", "kataib-sayyid-al-shuhada"),
    ("The Badr Organization is trained, armed and financed by the IRGC.",
     "islamic-revolutionary-guard-corps", "badr-organization"),
    ("Asaib Ahl al-Haq receives funds from Iran, according to US officials.", "iran",
     "asaib-ahl-al-haq"),
    ("Hamas receives money, weapons and training from Iran, according to US officials.",
     "iran", "hamas"),
    ("Kataib Hezbollah is a member of the PMF and receives rockets and training from the "
     "Quds Force.", "quds-force", "kataib-hezbollah"),
    ("Harakat al-Nujaba receives money, rockets and training from the Quds Force.",
     "quds-force", "harakat-hezbollah-al-nujaba"),
])
def test_standing_supply_told_from_the_receiver(extract: Run, text: str, giver: str,
                                                receiver: str) -> None:
    found = _transfers(extract, text)
    assert found, text
    actors, targets = found[0]
    assert giver in actors and receiver in targets


@pytest.mark.parametrize("text", [
    "The hospital is financed by donors.",
    "Many militias receive money from Iran.",
    "The ministry receives funding from the state budget.",
    "These groups are trained by instructors in camps near the border.",
    "The club is funded by its members.",
])
def test_supply_between_unnamed_parties_is_background(extract: Run, text: str) -> None:
    assert not _transfers(extract, text)

