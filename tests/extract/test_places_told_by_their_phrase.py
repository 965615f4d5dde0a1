"""Where a blow or a meeting happened, told by the phrase around its place: the launch
sites of fire whose last report names no doer lie in the land of the doers told just
before; a site held by a band ("used by militias near X", "belonging to a brigade at
Y") stands where they are; the seat of a body the target belongs to is no scene; a
guest's arrival told in a clause on him places the meeting; "the southern province of
X" names X; a name told to lie in a known place is its namesake there or none; "inside
the perimeter of X" is at X; "the X district of Y province" is X; a blow told as a
separate one at a town is not one told in a region; "the residence of the ambassador
in X" is in X; "the road to X" is at X and "the Red Sea coast north of X" near X (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


@pytest.mark.parametrize(
    "answer",
    [
        "The Israeli army said it shelled the launch sites in response.",
        "The Israeli army said it struck the sources of the fire.",
        "Israeli artillery shelled the area from which the rockets were launched.",
    ],
)
def test_launch_sites_lie_in_the_land_of_the_doers_told_before(extract: Run,
                                                                answer: str) -> None:
    text = ("On Monday, Hezbollah fired a salvo of rockets at northern Israel. One rocket "
            "hit a house in Metula, lightly wounding a woman. " + answer)
    strikes = _of(extract(text), "strike")
    assert strikes and strikes[-1].country == "LB"


def test_the_source_of_a_leak_is_no_launch_site(extract: Run) -> None:
    text = ("On Monday, Hezbollah fired a salvo of rockets at northern Israel. One rocket "
            "hit a house in Metula. Israeli jets later struck a Hezbollah depot in Tyre, "
            "the source of the weapons, the army said.")
    strikes = _of(extract(text), "strike")
    assert strikes and strikes[-1].location == "tyre"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A US strike in eastern Syria hit a weapons depot used by Iran-backed militias "
         "near the town of Mayadin on Sunday.", "mayadin"),
        ("On Friday a blast ripped through an arms depot belonging to a militia brigade at "
         "a base in Tikrit.", "tikrit"),
    ],
)
def test_a_site_stands_where_its_holders_are_told_to_be(extract: Run, text: str,
                                                        place: str) -> None:
    blows = [e for e in extract(text).events if e.type in ("strike", "attack")]
    assert blows and blows[0].location == place


def test_the_seat_of_the_targets_body_is_no_scene(extract: Run) -> None:
    text = ("On Tuesday a drone strike killed a commander of the Nujaba movement, which "
            "is based in Baghdad, in the town of Jurf al-Sakhar.")
    events = [e for e in extract(text).events if e.type in ("strike", "killing")]
    assert events and all(e.location == "jurf-al-sakhr" for e in events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Hamas leader, who arrived in Lebanon on Friday, met the Hezbollah chief on "
         "Sunday.", "LB"),
        ("Iran's foreign minister, who flew to Beirut on Friday, met Hezbollah leaders on "
         "Saturday.", "LB"),
    ],
)
def test_a_guests_arrival_told_on_him_places_the_meeting(extract: Run, text: str,
                                                          country: str) -> None:
    meetings = _of(extract(text), "meeting")
    assert meetings and meetings[0].country == country


def test_a_guest_who_came_from_abroad_meets_elsewhere(extract: Run) -> None:
    text = ("The Hamas official, who lives in Qatar, met Egyptian mediators in Cairo on "
            "Sunday.")
    meetings = _of(extract(text), "meeting")
    assert meetings and meetings[0].location == "cairo"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi police detained four men in the southern province of Dhi Qar on Monday.",
         "dhi-qar-province"),
        ("A roadside bomb hit a convoy in the western province of Anbar on Monday.",
         "anbar-province"),
    ],
)
def test_the_kind_of_place_before_its_name_names_nothing(extract: Run, text: str,
                                                         place: str) -> None:
    events = extract(text).events
    assert events and events[0].location == place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A drone struck a car near the town of Shaqra in south Lebanon on Thursday, "
         "killing two men.", "LB"),
        ("On Friday, Houthi drones hit an army post at Ramon in southern Israel.", "IL"),
    ],
)
def test_a_name_told_to_lie_in_a_known_place_is_no_namesake_abroad(
        extract: Run, text: str, country: str) -> None:
    events = [e for e in extract(text).events if e.type in ("strike", "attack")]
    assert events and events[0].country == country
    assert events[0].lat is not None and events[0].lon is not None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # troops based at a site are struck there
        ("On Tuesday rockets struck US troops based at the Ain al-Asad air base.",
         "ain-al-asad-air-base"),
        # a town told in its own country keeps its place
        ("On Friday a drone hit a car near the town of Bint Jbeil in south Lebanon.",
         "bint-jbeil"),
        # bases and hills as reports name them
        ("Hezbollah fired a drone at an Israeli army base in Ein Shemer on Friday.",
         "ein-shemer-airfield"),
        ("The Houthis fired a missile at Ramon Airbase on Friday.", "ramon-airbase"),
        ("US jets struck Houthi sites on Mount Attan in Sanaa on Saturday.", "jabal-attan"),
        ("On Monday a drone attacked US forces at the Rumalyn base in Hasakah province.",
         "rumalayn-landing-zone"),
        ("On Monday Hezbollah attacked Israeli troops at the Ramim barracks.",
         "ramim-barracks"),
        # the bounds of a site are the site
        ("Two rockets landed inside the perimeter of Erbil airport on Monday night.",
         "erbil-international-airport"),
        ("Two rockets landed within the grounds of the Ain al-Asad air base on Monday.",
         "ain-al-asad-air-base"),
        # "the X district of Y province" is the town X
        ("On Monday a drone hit a party office in the Koysinjaq district of Erbil "
         "province.", "koya"),
        # a site named by its owner stands where the owner is posted
        ("On Monday a rocket fell near the residence of the British ambassador in "
         "Baghdad's Jadriya district.", "jadriya"),
        # the road to a town, a coast north of a port
        ("On Monday a drone struck a car on the road to the town of Bint Jbeil.",
         "bint-jbeil"),
        ("On Monday US jets struck a Houthi radar site on the Red Sea coast north of Mokha.",
         "mokha"),
    ],
)
def test_blows_placed_by_the_phrase_around_their_site(extract: Run, text: str,
                                                      place: str) -> None:
    blows = [e for e in extract(text).events if e.type in ("strike", "attack")]
    assert blows and blows[0].location == place


def test_a_separate_blow_in_a_town_is_not_the_one_in_a_valley(extract: Run) -> None:
    text = ("Israeli jets struck a Hezbollah depot in the Bekaa Valley on Monday. In a "
            "separate strike, a commander was killed in his car in the town of Jwaya.")
    places = {e.location for e in extract(text).events
              if e.type in ("strike", "killing")}
    assert places == {"bekaa-valley", "jwaya"}


def test_a_ship_hit_at_sea_off_a_port_stays_at_sea(extract: Run) -> None:
    text = "On Monday the Houthis hit a tanker in the Red Sea north of Mokha."
    attacks = _of(extract(text), "attack")
    assert attacks and attacks[0].location != "mokha"


@pytest.mark.parametrize(("text", "location"), [
    # A target told with where it stood: "sites straddling the border near X".
    ("The raids came days after American air strikes on June 27 on militia sites straddling "
     "the frontier near al-Qaim.", "al-qaim"),
    ("Israeli jets struck Hezbollah posts straddling the border near Hermel on Monday.",
     "hermel"),
])
def test_a_target_told_with_where_it_stood(extract: Run, text: str, location: str) -> None:
    assert [e.location for e in _of(extract(text), "strike")] == [location]


def test_the_act_a_verb_follows_is_not_placed_by_the_others_target(extract: Run) -> None:
    x = extract("The rocket attacks follow American air strikes on militia sites straddling "
                "the frontier near al-Qaim.")
    assert all(e.location != "al-qaim" for e in _of(x, "attack"))
