"""A ship hit in a sentence that names no place was hit in the waters its paragraph
named before: a sea, a gulf, a strait, or a coast told with "off" (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

PLACED = [
    ("The rebels have fired on merchant shipping in the Gulf of Aden since the spring. "
     "On 6 March 2025 a bulk carrier was hit by a missile, its operator said.",
     "gulf-of-aden"),
    ("Insurers have raised rates for tankers passing the Bab el-Mandeb strait. A tanker "
     "reported an explosion nearby on 7 March 2025.", "bab-el-mandeb"),
    ("Traffic through the Red Sea fell by half this year. On 2 April 2025 a container ship "
     "was struck by a drone, a maritime agency said.", "red-sea"),
    # whose warship it is says nothing of where it sailed
    ("Navies have escorted convoys through the Gulf of Oman since May. On 3 April 2025 a "
     "French frigate shot down two drones, the navy said.", "gulf-of-oman"),
]

STRUCK = ("Patrols in the Arabian Sea have been stepped up since May. On 4 April 2025 a "
          "Saudi strike destroyed two boats, the coalition said.")


def test_a_strike_on_boats_is_placed_in_the_waters_its_paragraph_named(extract: Run) -> None:
    ev = one_event(extract(STRUCK), "strike")
    assert ev.location == "arabian-sea" and ev.country is None


@pytest.mark.parametrize(("text", "sea"), PLACED)
def test_a_ship_is_hit_in_the_waters_its_paragraph_named(
        extract: Run, text: str, sea: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location == sea and ev.country is None


UNPLACED = [
    # a sea of an earlier paragraph tells another story
    "Traffic through the Red Sea fell by half this year.\n\nOn 2 April 2025 a container "
    "ship was struck by a drone, a maritime agency said.",
    # where the sayers sit is no place of the event
    "Officials in Cairo said on 9 March 2025 that a container ship was hit by a missile.",
    # a depot is not at sea
    "Traffic through the Red Sea fell by half this year. On 2 April 2025 a drone hit a "
    "fuel depot, officials said.",
]


@pytest.mark.parametrize("text", UNPLACED)
def test_no_sea_is_carried_where_the_paragraph_names_none(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location is None
