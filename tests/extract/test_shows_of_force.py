"""An armed band's show of force in the street is a demonstration of the band; a
state's forces showing force are no protest (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "band", "place"),
    [
        ("Kataib Hezbollah staged a show of force in Baghdad on Thursday, parading trucks "
         "mounted with rockets.", ["kataib-hezbollah"], "baghdad"),
        ("Asaib Ahl al-Haq's fighters appeared on the streets of Basra on Friday in a show "
         "of force.", ["asaib-ahl-al-haq"], "basra"),
        ("Dozens of armed men appeared on the streets of Baghdad on Friday in a show of "
         "force.", [], "baghdad"),
    ],
)
def test_an_armed_band_s_show_of_force_is_a_demonstration(extract: Run, text: str,
                                                          band: list[str], place: str) -> None:
    [show] = extract(text).events
    assert (show.type, show.subtype) == ("protest", "demonstration")
    assert show.actors == band
    assert show.location == place


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi army staged a show of force in Basra on Monday.",
        "The army held a show of force near the border on Monday.",
        "The militia's show of force was seen as a warning to the prime minister.",
    ],
)
def test_a_state_s_or_an_undated_show_of_force_is_no_protest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "protest"] == []
