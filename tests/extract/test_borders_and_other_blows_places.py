"""Where an event happened when its sentence names a border by a country's adjective or
by its far side, when another blow of the sentence is the one placed, and a base the
pack knows by two names (documents written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_a_country_s_adjective_on_a_border_names_the_border_on_the_side_struck(
        extract: Run) -> None:
    x = extract("An Israeli drone strike killed a Hezbollah fighter on a motorcycle near the "
                "Syrian border on Tuesday, Lebanese media reported.")
    ev = next(e for e in x.events if e.type in ("strike", "killing"))
    assert ev.location == "lebanon-syria-border"
    assert ev.country == "LB"  # the near side, not Syria nor the striker's country


def test_a_border_named_by_its_adjective_lies_in_the_country_of_the_site_hit(
        extract: Run) -> None:
    x = extract("Gunmen attacked an Iraqi army post near the Syrian frontier on Saturday, "
                "killing two soldiers.")
    attack = one_event(x, "attack")
    assert attack.location == "iraq-syria-border"
    assert attack.country == "IQ"


def test_a_border_named_by_its_far_side_is_the_border_not_the_far_country(
        extract: Run) -> None:
    x = extract("Israeli jets bombed a crossing near the border with Syria on Thursday, "
                "Hezbollah officials said.")
    strike = one_event(x, "strike")
    assert strike.location == "lebanon-syria-border"
    assert strike.country == "LB"


def test_a_town_named_with_the_border_is_where_it_happened(extract: Run) -> None:
    x = extract("Israeli warplanes struck a Hezbollah depot in the Hermel area near the "
                "Syrian border, the army said on Monday.")
    strike = one_event(x, "strike")
    assert strike.location == "hermel"
    assert strike.country == "LB"


def test_a_country_s_adjective_on_people_names_no_border(extract: Run) -> None:
    x = extract("A drone struck Syrian troops near Qusayr on Monday.")
    attack = one_event(x, "attack")
    assert attack.location == "qusayr"


def test_the_place_of_another_blow_of_the_sentence_is_not_the_unplaced_one_s(
        extract: Run) -> None:
    x = extract("An Israeli strike killed two men on Sunday, while Hezbollah rockets "
                "struck Metula in northern Israel.")
    strike = one_event(x, "strike")
    assert strike.country == "LB"  # fire exchanged: the strike fell on the rockets' side
    assert strike.location != "metula"
    assert one_event(x, "attack").location == "metula"


def test_the_country_of_another_blow_s_clause_is_left_to_it(extract: Run) -> None:
    x = extract("Israeli artillery shelled two villages on Tuesday, and Hezbollah drones hit "
                "a base near Safed in Israel.")
    strike = one_event(x, "strike")
    assert strike.country == "LB"
    assert one_event(x, "attack").location == "safed"


def test_a_blow_of_the_same_side_lends_no_country(extract: Run) -> None:
    x = extract("A US drone strike killed two militants on Monday, while US warplanes "
                "bombed a depot near Qaim in Iraq.")
    assert all(e.country != "US" for e in x.events)


def test_a_base_known_by_two_names_is_one_site(extract: Run) -> None:
    x = extract("Rockets struck Mission Support Site Euphrates on Tuesday.")
    attack = one_event(x, "attack")
    assert attack.location == "mission-support-site-conoco"
    assert attack.country == "SY"
