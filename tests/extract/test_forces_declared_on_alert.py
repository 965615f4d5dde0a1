"""Forces declared on alert: a side that says its own forces are or remain on alert, or
that it raised their readiness, states a change of its posture. The same words of an
analyst or a newspaper, of forces not the speaker's own, or of a readiness judged
rather than raised, state nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _alerts(x: Extraction) -> list[tuple[list[str], list[str]]]:
    return [(e.actors, e.target_actors) for e in x.events
            if e.type == "statement" and e.subtype == "alert"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah said on Monday that its fighters were on high alert along the "
     "border.", "kataib-hezbollah"),
    ("Kataib Hezbollah said its fighters remained on alert after the strike.",
     "kataib-hezbollah"),
    ("Kataib Hezbollah said on Sunday it had raised the readiness of its units.",
     "kataib-hezbollah"),
])
def test_own_forces_declared_on_alert_are_a_statement(
        extract: Extract, text: str, actor: str) -> None:
    assert _alerts(extract(text)) == [([actor], [])]


@pytest.mark.parametrize("text", [
    "An analyst said the militias were on high alert after the strike.",
    "The newspaper reported that the troops were on high alert.",
    "Residents said the soldiers were on alert near the checkpoint.",
    "Kataib Hezbollah said the readiness of its units was poor.",
    "The health minister said the hospitals were on alert for casualties.",
])
def test_alert_told_by_others_or_judged_is_no_statement(extract: Extract, text: str) -> None:
    assert not _alerts(extract(text))
