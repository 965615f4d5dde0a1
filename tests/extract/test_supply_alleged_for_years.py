"""A supply told for years as what someone says or charges is the allegation the report
records ("officials say Iran has for years supplied the militias", "accused Tehran for
years of arming X", "officials say Iran has long supplied X"); told as the writer's own
background it is none (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[list[str], str | None]]:
    return [(e.actors, e.certainty) for e in run(text).events if e.type == "transfer"]


@pytest.mark.parametrize(("text", "giver"), [
    ("American officials say Tehran has for years supplied these militias with the rockets "
     "they fired at US bases in Syria.", "iran"),
    ("Saudi Arabia has accused Iran for years of supplying the Houthis with missiles and "
     "drones, which Tehran denies.", "iran"),
    ("Officials say Iran has long supplied the Houthis with drones.", "iran"),
    ("Israel has for decades accused Tehran of supplying Hezbollah with rockets.", "iran"),
    ("Western diplomats believe the IRGC has long shipped drone parts to the Houthis.",
     "islamic-revolutionary-guard-corps"),
])
def test_supply_alleged_for_years(extract: Run, text: str, giver: str) -> None:
    found = _transfers(extract, text)
    assert found, text
    actors, certainty = found[0]
    assert giver in actors and certainty in ("reported", "alleged", "assessed")


@pytest.mark.parametrize("text", [
    "Hamas has long received weapons, money and training from Iran.",
    "For years Iran has supplied the Houthis with missiles.",
    "For years Tehran sent rockets and cash to Hezbollah by road through Syria.",
    # deeds again and again stay background whoever tells them
    "Officials say Iran has repeatedly shipped rifles to the Houthis.",
    "For years the militias have fired rockets at US bases, officials said.",
])
def test_supply_as_background(extract: Run, text: str) -> None:
    assert not _transfers(extract, text)
