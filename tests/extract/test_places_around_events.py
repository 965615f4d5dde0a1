"""Places told around an event rather than in its own phrase: a stretch of shore, the
deed an arrest follows, where a body was found, where fired munitions came down, a sea
named beside a bearing, the provinces one operation spanned, a site's users, a city
qualifying a site, a dateline the tagger reads as a plural, and a ship hit again
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        ("A gunman stabbed three people on the Haifa seafront on Friday.", "attack", "haifa"),
        ("A bomb exploded on the Beirut corniche on Tuesday, wounding four people.",
         "attack", "beirut"),
        ("Two gunmen opened fire on the promenade in Sousse on Friday, killing three "
         "tourists.", "attack", "sousse"),
    ],
)
def test_a_stretch_of_shore_is_where(extract: Run, text: str, kind: str, where: str
                                     ) -> None:
    assert one_event(extract(text), kind).location == where


def test_fire_on_a_force_places_nothing(extract: Run) -> None:
    ev = one_event(extract("Militants fired rockets on the Israeli army on Sunday."),
                   "attack")
    assert ev.location is None


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("A man threw a firebomb at the synagogue in Leipzig on Friday. Police detained "
         "the man in the days after the Leipzig attack.", "leipzig"),
        ("A car bomb killed four people at a market in Kirkuk on Monday. Two men were "
         "arrested following the bombing in Kirkuk.", "kirkuk"),
        ("Hundreds of protesters gathered outside the US embassy in Baghdad on Friday. "
         "Police detained dozens of protesters after clashes near the embassy.",
         "us-embassy-in-baghdad"),
        ("A car bomb went off outside a hotel in Basra on Monday. The next day police "
         "detained three men in connection with the bombing in Basra.", "basra"),
        ("Gunmen fired on the US embassy in Baghdad on Sunday. The same day, security "
         "forces arrested a militia member in connection with the attack on the embassy.",
         "us-embassy-in-baghdad"),
    ],
)
def test_those_caught_after_a_deed_are_caught_where_it_happened(
        extract: Run, text: str, where: str) -> None:
    assert one_event(extract(text), "arrest").location == where


def test_a_deed_told_only_by_its_country_is_no_scene(extract: Run) -> None:
    ev = one_event(extract("Iraqi police arrested a man after the attacks in Iraq last "
                           "year."), "arrest")
    assert ev.geo_precision in (None, "country")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Rockets struck the Green Zone on Sunday night. The next day, security forces "
         "arrested a militia member in connection with the attacks on the embassy.",
         "green-zone"),
        ("A bomb went off at a bus station in Kirkuk on Monday. Police detained two "
         "suspects after the bombing.", "kirkuk"),
    ],
)
def test_an_arrest_after_a_deed_told_back_is_where_the_deed_was(
        extract: Run, text: str, where: str) -> None:
    assert one_event(extract(text), "arrest").location == where


def test_police_of_another_state_do_not_arrest_at_the_deed(extract: Run) -> None:
    ev = one_event(extract("A bomb went off at a bus station in Kirkuk on Monday. French "
                           "police arrested two men after the attack."), "arrest")
    assert ev.location != "kirkuk"


def test_a_link_to_no_deed_places_nothing(extract: Run) -> None:
    ev = one_event(extract("Police in Germany arrested two men in connection with an "
                           "investigation into money laundering."), "arrest")
    assert ev.geo_precision in (None, "country")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Police arrested two men over the killing of Ali Reza, a Kurdish activist "
         "whose body was found on Monday in the city of Sulaymaniyah.", "sulaymaniyah"),
        ("RIYADH -- Police held two men over the killing of Omar Saleh, an Emirati "
         "businessman whose body was found on Monday in the city of Al Ain.", "al-ain"),
    ],
)
def test_a_killing_is_where_the_body_was_found(extract: Run, text: str, where: str
                                               ) -> None:
    assert one_event(extract(text), "killing").location == where


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Three rockets were fired from Gaza on Monday, and two of them landed in "
         "Sderot.", "sderot"),
        ("Four rockets were fired from Lebanon on Monday, and two of them crossed into "
         "the Golan Heights.", "golan-heights"),
    ],
)
def test_fired_munitions_fall_where_they_came_down(extract: Run, text: str, where: str
                                                  ) -> None:
    assert one_event(extract(text), "attack").location == where


def test_munitions_that_came_down_nowhere_place_nothing(extract: Run) -> None:
    ev = one_event(extract("Four rockets were fired from Lebanon on Monday, and none of "
                           "them crossed into Israel."), "attack")
    assert ev.location is None


def test_a_sea_named_beside_a_bearing_is_where(extract: Run) -> None:
    ev = one_event(extract("On Monday, the Houthis hit the Panama-flagged bulk carrier "
                           "Delta in the Gulf of Aden east of Aden, UKMTO said."), "attack")
    assert ev.location == "gulf-of-aden"


def test_a_bearing_alone_still_places_at_the_port(extract: Run) -> None:
    ev = one_event(extract("A drone struck the Ocean Star, a Greek-owned ship, southeast "
                           "of Aden on Monday."), "attack")
    assert ev.location == "aden"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Israeli jets struck army positions in Quneitra and Daraa provinces on Sunday.",
         ("quneitra", "quneitra-governorate")),
        ("US jets struck militia depots in Anbar and Nineveh provinces on Sunday.",
         ("anbar-province",)),
    ],
)
def test_provinces_one_operation_spanned_are_one_strike(extract: Run, text: str,
                                                        first: tuple[str, ...]) -> None:
    assert one_event(extract(text), "strike").location in first


def test_two_places_each_told_are_two_strikes(extract: Run) -> None:
    out = extract("US jets struck militia depots in Anbar and in Nineveh on Sunday.")
    assert len([e for e in out.events if e.type == "strike"]) == 2


def test_a_site_stands_where_its_users_are_told(extract: Run) -> None:
    ev = one_event(extract("On November 3, US aircraft struck an ammunition depot used by "
                           "the IRGC and its allies in Deir ez-Zor province."), "strike")
    assert ev.location == "deir-ez-zor-governorate"


def test_a_city_qualifying_a_site_is_a_place(extract: Run) -> None:
    out = extract("Court blames Iran for fire at school next to Wuppertal synagogue\n\nA "
                  "court on Tuesday said a gang had set fire to a school beside the "
                  "synagogue in Wuppertal last year.")
    assert "wuppertal" in {e.id for e in out.entities if e.type == "place"}
    assert one_event(out, "attack").location == "wuppertal"


def test_a_dateline_read_as_a_plural_is_a_town(extract: Run) -> None:
    out = extract("Court finds Iran behind arson at school next to synagogue\n\n"
                  "DÜSSELDORF — A German court on Tuesday jailed a man for two years.")
    assert one_event(out, "arrest").location == "dusseldorf"


def test_a_ship_hit_again_lies_where_it_was_hit(extract: Run) -> None:
    out = extract("The Houthis attacked the tanker Kestrel on Tuesday in the Red Sea, "
                  "UKMTO said.\n\nA video released on Friday showed fighters boarding "
                  "the Kestrel and setting off explosives on its deck.")
    attacks = [e for e in out.events if e.type == "attack"]
    assert len(attacks) == 2
    assert {e.location for e in attacks} == {"red-sea"}


def test_a_peoples_adjective_in_a_charge_rules_out_no_place(extract: Run) -> None:
    out = extract("Police held two men over the killing of Omar Saleh, a businessman whose "
                  "body was found on Monday in the city of Al Ain. Officials suspect the men "
                  "were hired on behalf of Iran, which has been accused of using gangs to "
                  "strike Israeli targets abroad.")
    ev = one_event(out, "killing")
    assert ev.location == "al-ain" and ev.attributed_to == ["iran"]


def test_a_blow_told_after_at_another_town_with_other_arms_is_its_own(extract: Run) -> None:
    out = extract("Court blames Iran for firebomb at school next to Wuppertal synagogue\n\n"
                  "A court on Tuesday jailed a man for throwing a firebomb at a school beside "
                  "the synagogue in Wuppertal last year.\n\nIn the early hours of 5 March 2022 "
                  "he threw the device at a window of the school. Around the same time, "
                  "several shots were fired at the former cantor's house beside the Old "
                  "Synagogue in Solingen, leaving bullet holes in the glass of the door.")
    attacks = [e for e in out.events if e.type == "attack"]
    assert {e.location for e in attacks} == {"wuppertal", "solingen"}
