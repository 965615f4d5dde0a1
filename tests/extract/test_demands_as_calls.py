"""A demand that forces leave or that a foe be broken with is a call, as "called for" is
("demanded the withdrawal of US forces", "demanded that foreign troops leave the
country", "demanded that Baghdad expel the US ambassador"), and the act demanded is no
declaration of its own; a demand for answers, an apology or a resignation is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah demanded the withdrawal of US forces from Iraq.", "kataib-hezbollah"),
    ("Iraq's parliament demanded that foreign troops leave the country.", "iraqi-parliament"),
    ("The Houthis demanded that Israel end its war on Gaza.", "houthis"),
    ("Kataib Hezbollah demanded that Baghdad expel the US ambassador.", "kataib-hezbollah"),
    ("Hamas demanded that Arab states sever ties with Israel.", "hamas"),
])
def test_a_demand_to_break_with_a_foe_is_a_call(extract: Extract, text: str,
                                                actor: str) -> None:
    assert _said(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize("text", [
    "Iran demanded an apology from London.",
    "Hezbollah demanded answers from the government.",
    "Kataib Hezbollah demanded the resignation of the governor.",
])
def test_other_demands_call_for_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []
