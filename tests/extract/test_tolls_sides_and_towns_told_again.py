"""Where a blow happened when its sentence tells the toll first and the blow in a "when"
clause, when its site stands on the outskirts or the shore of a town, when it struck a
country's side of a border, and when "the town" or "the port" stands for a town named
just before (documents written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_the_place_of_a_toll_told_first_is_the_place_of_the_blow(extract: Run) -> None:
    x = extract("Two soldiers were wounded in Kirkuk on Tuesday when a drone struck their "
                "post.")
    assert one_event(x, "attack").location == "kirkuk"


def test_a_toll_told_first_places_a_blow_told_in_an_as_clause(extract: Run) -> None:
    x = extract("Four people were hurt in Nahariya as rockets slammed into a residential "
                "street on Monday.")
    assert one_event(x, "attack").location == "nahariya"


def test_a_toll_told_first_places_a_state_s_strike_told_after_it(extract: Run) -> None:
    x = extract("Five civilians were killed in Baalbek after an Israeli airstrike hit their "
                "home on Tuesday.")
    strike = one_event(x, "strike")
    assert strike.location == "baalbek"
    assert strike.country == "LB"


def test_a_kind_noun_in_the_toll_clause_names_the_town(extract: Run) -> None:
    x = extract("Three guards were killed in the town of Tuz Khurmatu on Sunday when gunmen "
                "stormed their checkpoint.")
    assert one_event(x, "attack").location == "tuz-khurmatu"


def test_the_blow_s_own_place_wins_over_the_toll_s(extract: Run) -> None:
    x = extract("A soldier died in hospital in Baghdad on Monday after a bomb exploded near "
                "his patrol in Tarmiyah.")
    assert one_event(x, "attack").location == "tarmiyah"


def test_a_toll_told_beside_another_blow_does_not_place_it(extract: Run) -> None:
    x = extract("Two soldiers were wounded in Kirkuk on Monday, a day after a drone struck a "
                "base in Erbil.")
    assert one_event(x, "attack").location == "erbil"


def test_a_site_on_the_outskirts_of_a_town_is_in_the_town(extract: Run) -> None:
    x = extract("A car bomb exploded on Tuesday outside a police station on the outskirts of "
                "Kirkuk.")
    assert one_event(x, "attack").location == "kirkuk"


def test_a_site_on_the_edge_of_a_town_is_in_the_town(extract: Run) -> None:
    x = extract("A car bomb exploded on Tuesday near a checkpoint on the edge of Tikrit.")
    assert one_event(x, "attack").location == "tikrit"


def test_a_country_s_side_of_a_border_is_that_country(extract: Run) -> None:
    x = extract("Rockets hit a base on the Syrian side of the border on Monday.")
    attack = one_event(x, "attack")
    assert attack.location == "syria"
    assert attack.country == "SY"


def test_a_strike_on_a_country_s_side_of_the_border_is_in_that_country(extract: Run) -> None:
    x = extract("An Israeli drone struck a car on the Lebanese side of the border on "
                "Tuesday, killing two men.")
    strike = one_event(x, "strike")
    assert strike.country == "LB"


def test_an_attack_on_the_other_side_of_the_frontier(extract: Run) -> None:
    x = extract("Hezbollah fighters attacked an army post on the Israeli side of the frontier "
                "on Sunday.")
    assert one_event(x, "attack").country == "IL"


def test_both_sides_of_a_border_name_no_one_country(extract: Run) -> None:
    x = extract("Israeli jets struck targets on both sides of the border on Sunday.")
    assert one_event(x, "strike").location is None


def test_the_port_stands_for_the_port_city_named_before(extract: Run) -> None:
    x = extract("The Houthis have repeatedly targeted the port city of Eilat. On Tuesday a "
                "drone struck the port, causing damage.")
    attack = one_event(x, "attack")
    assert attack.location == "eilat"
    assert attack.country == "IL"


def test_the_town_stands_for_the_town_named_by_an_apposition(extract: Run) -> None:
    x = extract("Metula, a town on the border with Lebanon, has been largely evacuated. On "
                "Monday, anti-tank missiles hit the town, damaging three houses.")
    assert one_event(x, "attack").location == "metula"


def test_the_village_stands_for_the_border_village_named_before(extract: Run) -> None:
    x = extract("Hezbollah fighters are entrenched in the border village of Aitaroun. An "
                "Israeli drone struck the village on Sunday, killing two men.")
    assert one_event(x, "strike").location == "aitaroun"


def test_a_port_noun_names_no_town_the_text_never_called_a_port(extract: Run) -> None:
    x = extract("The minister visited the city of Haifa last week. On Monday a rocket hit "
                "the port.")
    assert one_event(x, "attack").location is None


def test_police_told_in_a_town_arrest_there_not_where_the_suspect_s_plot_was_aimed(
        extract: Run) -> None:
    x = extract("Police in Leipzig arrested a man suspected of planning an attack on a "
                "synagogue in Dresden.")
    assert one_event(x, "arrest").location == "leipzig"


def test_police_told_in_a_town_arrest_there_whatever_the_charge_names(extract: Run) -> None:
    x = extract("Prosecutors said police in Antwerp had detained two men accused of "
                "spying on dissidents in Brussels for Iran.")
    assert one_event(x, "arrest").location == "antwerp"


def test_a_detainee_s_charge_still_places_an_arrest_when_nothing_else_does(
        extract: Run) -> None:
    x = extract("Police arrested three men wanted for the bombing in Kirkuk on Tuesday.")
    assert one_event(x, "arrest").location == "kirkuk"


def test_an_aside_after_the_site_named_again_tells_where_it_stands(extract: Run) -> None:
    x = extract("Two rockets hit the base on Monday. The base, in the town of Hit, hosts "
                "US troops.")
    assert one_event(x, "attack").location == "hit"


def test_an_aside_naming_a_province_places_the_site_in_the_province(extract: Run) -> None:
    x = extract("Two drones hit the camp on Monday. The camp, in western Anbar, houses "
                "coalition advisers.")
    attack = one_event(x, "attack")
    assert attack.location == "anbar-province"
    assert attack.country == "IQ"
