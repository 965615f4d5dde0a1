"""Blows whose sentence names no place: a strike on "the launch sites" of fire told before
lies where that fire came from; a strike on a group's "targets", or on sites "used by the
group", is a blow on that group, in its home country; a key point dated as the body dates
the same blow gives way to the body's telling; "the Syrian side of" a place is in Syria
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _strikes(x: Extraction) -> list:
    return [e for e in x.events if e.type == "strike"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On Sunday night four rockets were fired from Lebanon, and two of them fell in "
         "open fields. Israeli artillery then hit the launch sites.", "LB"),
        ("On Monday, Hezbollah fired a barrage of rockets at northern Israel. Israeli "
         "artillery shelled the launch sites.", "LB"),
        ("Late on Tuesday, several rockets were fired at US troops at a base in Syria's "
         "Hasakah province. Nobody was hurt. US artillery later struck the launch sites.",
         "SY"),
        ("Late on Tuesday, rockets were fired at US troops at a base in Syria's Hasakah "
         "province. Officials blamed Kataib Hezbollah, an Iraqi militia. US artillery "
         "later struck the launch sites.", "SY"),
    ],
)
def test_the_launch_sites_lie_where_the_fire_came_from(
        extract: Run, text: str, country: str) -> None:
    strikes = _strikes(extract(text))
    assert strikes and strikes[-1].country == country


def test_a_strike_on_launch_sites_in_the_strikers_own_land_stays_unplaced(
        extract: Run) -> None:
    text = ("On Monday, rockets were fired at a kibbutz in Israel. Israeli artillery shelled "
            "the launch sites.")
    strikes = _strikes(extract(text))
    assert strikes and strikes[-1].country != "IL"


def test_launch_sites_named_with_a_place_keep_it(extract: Run) -> None:
    text = ("On Sunday night four rockets were fired from Lebanon. On Monday, Israeli jets "
            "hit rocket launch sites near Homs.")
    strikes = _strikes(extract(text))
    assert strikes and strikes[-1].location == "homs"


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        ("British and American jets have struck Houthi targets again and again since "
         "March.", "houthis", "YE"),
        ("On Friday, US aircraft struck Kataib Hezbollah targets, officials said.",
         "kataib-hezbollah", "IQ"),
        ("Officials blamed Kataib Hezbollah, an Iraqi militia. On Friday, US aircraft "
         "bombed three arms depots used by the group.", "kataib-hezbollah", "IQ"),
    ],
)
def test_a_blow_on_a_groups_sites_falls_in_its_home_country(
        extract: Run, text: str, group: str, country: str) -> None:
    strikes = _strikes(extract(text))
    assert strikes and group in strikes[-1].target_actors
    assert strikes[-1].country == country


def test_sites_used_by_others_than_the_group_are_not_the_groups(extract: Run) -> None:
    text = ("Officials blamed Kataib Hezbollah, an Iraqi militia. On Friday, US aircraft "
            "bombed three arms depots used by smugglers.")
    for ev in _strikes(extract(text)):
        assert "kataib-hezbollah" not in ev.target_actors


def test_a_dated_key_point_gives_way_to_the_body(extract: Run) -> None:
    text = ("Key Takeaways:\n\n- Israeli jets hit the ports of Mukalla and Nishtun on "
            "Tuesday.\n\nIsraeli aircraft struck the ports of Mukalla and Nishtun early on "
            "Tuesday, the military said, after a missile fell near Eilat.")
    strikes = _strikes(extract(text))
    assert strikes
    assert all(e.evidence.text.startswith("Israeli aircraft") for e in strikes)


def test_a_dated_key_point_of_one_blow_keeps_its_telling(extract: Run) -> None:
    text = ("Key Takeaways:\n\n- US forces struck 40 targets at nine locations in Iraq on "
            "Friday.\n\nUS Central Command said its forces hit targets at nine facilities in "
            "Iraq on Friday evening.")
    strikes = _strikes(extract(text))
    assert strikes and strikes[0].evidence.text.lstrip().startswith("- US forces")


def test_a_countrys_side_of_a_place_is_in_that_country(extract: Run) -> None:
    text = "On Sunday, Israeli troops took up positions on the Syrian side of Mount Hermon."
    strikes = _strikes(extract(text))
    assert strikes and strikes[0].location == "mount-hermon" and strikes[0].country == "SY"


def test_a_place_without_a_side_keeps_its_country(extract: Run) -> None:
    attacks = [e for e in extract("On Monday, a drone struck a post on Mount Hermon.").events
               if e.type == "attack"]
    assert attacks and attacks[0].country == "IL"
