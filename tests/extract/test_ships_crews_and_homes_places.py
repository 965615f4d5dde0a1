"""Where a blow on a named ship, a warship's shoot-down, a crew's detention and a plot
against a person who lives somewhere happened (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

# A ship's name is what was hit, never where.
SHIPS = [
    ("On 4 March 2025 a missile hit the tanker Star Falcon in the Gulf of Aden. On 6 March "
     "2025 a drone struck the Nordic Swan, a Norwegian tanker.", "nordic-swan"),
    ("The rebels kept up their campaign against shipping. On 4 March 2025 a missile hit "
     "the bulk carrier Gibraltar Star in the Gulf of Aden. Two days later a drone struck "
     "the Baltic Heron, another Greek-owned ship, northwest of Hodeidah.", "baltic-heron"),
]


@pytest.mark.parametrize(("text", "ship"), SHIPS)
def test_a_ship_named_after_a_sea_is_not_the_place(extract: Run, text: str, ship: str) -> None:
    ev = [e for e in extract(text).events if e.type == "attack"][-1]
    assert ev.location != ship


def test_a_bearing_from_a_town_places_a_blow_on_land_in_its_country(extract: Run) -> None:
    ev = one_event(extract("On 6 March 2025 militants attacked a checkpoint south of "
                           "Baghdad, killing two soldiers."), "attack")
    assert ev.country == "IQ"


# The participle of the doer's sailing or patrolling tells where it shot down what came.
STATIONED = [
    ("The destroyer USS Mason, sailing in the northern Red Sea, shot down three cruise "
     "missiles on 5 March 2025.", "red-sea"),
    ("The frigate, which was patrolling the Gulf of Aden, intercepted two Houthi drones on "
     "5 March 2025.", "gulf-of-aden"),
    ("Operating in the Arabian Sea, the destroyer shot down a drone launched by the "
     "Houthis on 5 March 2025.", "arabian-sea"),
]


@pytest.mark.parametrize(("text", "sea"), STATIONED)
def test_a_warship_placed_by_its_participle_shoots_there(
        extract: Run, text: str, sea: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location == sea and ev.country is None


def test_where_a_warship_sailed_from_is_no_place_of_the_shoot_down(extract: Run) -> None:
    ev = one_event(extract("The destroyer USS Mason, which had sailed from Norfolk in May, "
                           "shot down three Houthi missiles on 5 March 2025."), "attack")
    assert ev.location is None


# Those caught are caught where the sentence or two before placed the boarding or raid.
CAUGHT = [
    ("Iran has long armed the Houthis. Coast guard officers boarded a fishing boat in the "
     "Gulf of Oman on 3 March 2025. They found rifles hidden under nets. The six crew "
     "members were arrested.", "gulf-of-oman", None),
    ("Iran has long armed the Houthis. Sailors stopped a dhow in the Arabian Sea on 3 March "
     "2025. Its crew of nine was detained.", "arabian-sea", None),
    ("Iran has long armed the group. Police raided a warehouse in Basra on 3 March 2025. "
     "Three guards were arrested.", "basra", "IQ"),
]


@pytest.mark.parametrize(("text", "place", "country"), CAUGHT)
def test_a_crew_is_detained_where_its_boat_was_boarded(
        extract: Run, text: str, place: str, country: str | None) -> None:
    ev = one_event(extract(text), "arrest")
    assert ev.location == place and ev.country == country


NOT_CAUGHT = [
    # a new paragraph is another story
    "Police raided a warehouse in Basra on 3 March 2025.\n\nIn Iran, three guards were "
    "arrested.",
    # where the sponsors are is no scene
    "Iran has long armed the group. The men had been hired by agents in Tehran. Three guards "
    "were arrested on 3 March 2025 in Germany.",
]


@pytest.mark.parametrize("text", NOT_CAUGHT)
def test_no_scene_of_another_paragraph_or_of_sponsors(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "arrest")
    assert ev.location not in ("basra", "tehran")


# A plot against a person is aimed where that person lives, not where its hirers are.
HOME = ("Two men were charged on 7 March 2025 over a plot to kill Omid Rahimi, an Iranian "
        "activist who lives in Hamburg. They had been hired by agents in Tehran to kill "
        "Rahimi. One suspect was arrested in February outside Rahimi's apartment.")


def test_a_plot_is_aimed_where_its_target_lives(extract: Run) -> None:
    plots = [e for e in extract(HOME).events if e.type == "plot"]
    assert plots and all(e.location == "hamburg" and e.country == "DE" for e in plots)


def test_an_arrest_outside_the_targets_home_is_there(extract: Run) -> None:
    ev = next(e for e in extract(HOME).events if e.type == "arrest" and
              "apartment" in e.evidence.text)
    assert ev.location == "hamburg"


def test_hirers_are_not_the_plots_place(extract: Run) -> None:
    ev = one_event(extract("On 7 March 2025 prosecutors said the two men were paid by "
                           "people in Iran to kill a dissident writer."), "plot")
    assert ev.location != "iran"


def test_a_plot_whose_target_lives_nowhere_told_keeps_no_home(extract: Run) -> None:
    ev = one_event(extract("Omid Rahimi lives in Hamburg. On 7 March 2025 police in Berlin "
                           "arrested a man."), "arrest")
    assert ev.location == "berlin"


# A field off a coast that reports name alone.
def test_an_offshore_gas_field_is_placed(extract: Run) -> None:
    ev = one_event(extract("On 2 July 2022 Hezbollah launched three drones toward the Karish "
                           "platform."), "attack")
    assert ev.location == "karish-gas-field" and ev.country is None and ev.lat is not None


def test_those_arrested_counted_by_town_are_arrested_in_each(extract: Run) -> None:
    events = extract("Prosecutors said on 5 March 2025 that police had arrested five suspected "
                     "members of the group, four in Hamburg and one in Vienna, on suspicion of "
                     "planning attacks on synagogues in Europe.").events
    assert {e.location for e in events if e.type == "arrest"} == {"hamburg", "vienna"}
