"""Plots told by the scouting of targets or by a charge left at a site, plots that led to a
deed done, arrests told by a death in custody, a sentence passed or a hand-over, and whom
an arrest told with a report is made by (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import arrests, attacks, parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Prosecutors accuse him of gathering information on synagogues and Jewish figures in Hamburg.",
    "The courier had collected information about dissidents living in Vienna.",
    "In May, the two men gathered intelligence on the consulate in Vienna.",
])
def test_information_gathered_on_targets_is_a_plot(extract: Run, text: str) -> None:
    assert [e.subtype for e in plots(extract(text, published="2024-06-10"))] == ["planned"]


@pytest.mark.parametrize("text", [
    "The clerk was convicted of collecting information useful to terrorists.",
    "The agency collects intelligence on the economy every quarter.",
    "Reporters gathered information about the new tax rules.",
])
def test_information_gathered_on_no_target_is_no_plot(extract: Run, text: str) -> None:
    assert plots(extract(text, published="2024-06-10")) == []


def test_a_charge_found_near_a_mission_is_a_plot_and_its_disposal_no_attack(
        extract: Run) -> None:
    x = extract("In March, police found a pipe bomb near the Israeli embassy in Oslo and "
                "destroyed it in a controlled explosion.", published="2024-06-10")
    assert [e.type for e in x.events] == ["plot"]


def test_arms_found_in_a_store_are_no_plot(extract: Run) -> None:
    x = extract("Soldiers found a cache of grenades in a warehouse near the port.",
                published="2024-06-10")
    assert plots(x) == []


def test_a_planned_plot_told_on_by_the_deed_done_is_the_deed(extract: Run) -> None:
    x = extract("Two men were charged in May with helping a foreign spy service, accused "
                "of carrying out surveillance of reporters working for a Farsi channel. The "
                "channel's anchor was stabbed outside his flat in Leeds in March 2023, an "
                "attack for which three other men now face trial.", published="2024-06-10")
    assert plots(x) == []
    [attack] = attacks(x)
    assert attack.date == "2023-03"


def test_a_plot_recalled_against_the_victim_of_a_deed_told_before_is_that_deed(
        extract: Run) -> None:
    x = extract("In Italy, Marco Bellandi, a retired senator, was shot in the leg in Turin "
                "on 4 May 2022 and survived. The service said last year that a foreign "
                "state had probably been behind the 2022 plot against Bellandi.",
                published="2024-06-10")
    assert plots(x) == []
    assert [a.date for a in attacks(x)] == ["2022-05-04"]


def test_it_in_a_joined_reported_clause_is_the_subject_before_not_the_speaker(
        extract: Run) -> None:
    x = extract("The Dutch intelligence service AIVD said that Iran was behind an attempt "
                "to murder an activist in Utrecht, and that it had also been behind the plot "
                "against a poet in Leiden.", published="2024-06-10")
    assert plots(x) and all(parties(e) == {"iran"} for e in plots(x))


@pytest.mark.parametrize("text", [
    "She was held in Evin prison before her death in custody in 2022.",
    "The student died in custody in Tehran in September 2022.",
    "Austria condemned the death sentence passed on the singer Ali Rahmani.",
])
def test_a_death_in_custody_or_a_sentence_passed_is_an_arrest(extract: Run, text: str) -> None:
    assert arrests(extract(text, published="2024-06-10"))


def test_a_hand_over_after_an_arrest_is_another_act(extract: Run) -> None:
    x = extract("The two suspects were detained in Baku before being handed over to the "
                "Georgian authorities.", published="2024-06-10")
    assert len(arrests(x)) == 2


def test_the_army_handing_over_a_town_arrests_no_one(extract: Run) -> None:
    assert arrests(extract("The army handed over the town to the police on Sunday.",
                           published="2024-06-10")) == []


def test_the_police_that_report_an_extradition_make_it(extract: Run) -> None:
    x = extract("Ion Popa and Vlad Marin were extradited from Moldova this week and "
                "charged on arrival, the Metropolitan Police said.", published="2024-06-10")
    [arrest] = arrests(x)
    assert arrest.actors == ["metropolitan-police"]


def test_detainees_nationality_does_not_place_the_arrest(extract: Run) -> None:
    x = extract("LONDON - British police said on Monday that three Iranian men had been "
                "charged in May with assisting a foreign intelligence service.",
                published="2024-06-10")
    assert [a.country for a in arrests(x)] == ["GB"]


def test_a_bare_count_stands_for_the_people_named_before(extract: Run) -> None:
    x = extract("The indictment charges Samir Haddad, Karim Nasser and Walid Aoun with "
                "conspiracy. According to the charges, the three were hired in 2022 to kill "
                "a journalist.", published="2024-06-10")
    [plot] = plots(x)
    assert {"samir-haddad", "karim-nasser", "walid-aoun"} <= parties(plot)


def test_they_stand_for_those_a_count_told_again(extract: Run) -> None:
    x = extract("The prosecutor named the men as Samir Haddad, Karim Nasser and Walid Aoun. "
                "According to the prosecutors, the three have been members of Hezbollah for "
                "years. Since the spring, they allegedly sought to bomb a synagogue in Berlin.",
                published="2024-06-10")
    [plot] = plots(x)
    assert {"samir-haddad", "karim-nasser", "walid-aoun"} <= parties(plot)


def test_they_suspected_of_a_plot_are_the_people_held_before(extract: Run) -> None:
    x = extract("Police arrested Samir Haddad and Karim Nasser on Monday. They are suspected "
                "of planning to bomb a synagogue.", published="2024-06-10")
    [plot] = plots(x)
    assert parties(plot) == {"samir-haddad", "karim-nasser"}


def test_whom_the_accused_served_plots_with_him(extract: Run) -> None:
    x = extract("Prosecutors accuse Samir Haddad of working for the Quds Force, and of "
                "gathering information last year on synagogues in Munich.",
                published="2024-06-10")
    [plot] = plots(x)
    assert parties(plot) == {"samir-haddad", "quds-force"}


def test_that_same_month_is_the_month_last_named_across_a_paragraph(extract: Run) -> None:
    x = extract("Two men have been charged over the stabbing of a presenter this month, "
                "police said.\n\nIn March 2023 the channel moved its studio to Paris after "
                "threats.\n\nThat same month, officers arrested a man who had been filming "
                "the channel's offices in Leeds.", published="2024-06-10")
    assert [a.date for a in arrests(x)] == ["2024-06", "2023-03"]


@pytest.mark.parametrize("text", [
    "A judge was shot in Lyon on 3 May. French police have since detained two suspects.",
    "A judge was shot in Lyon in 2022. Police in France have since arrested a man.",
])
def test_an_arrest_told_as_made_since_has_no_day(extract: Run, text: str) -> None:
    assert [a.date for a in arrests(extract(text, published="2024-06-10"))] == [None]


def test_an_arrest_days_later_is_dated_by_them(extract: Run) -> None:
    x = extract("A judge was shot in Lyon on 3 May. Two days later, police arrested two men.",
                published="2024-06-10")
    assert [a.date for a in arrests(x)] == ["2024-05-05"]


@pytest.mark.parametrize("text", [
    "Turkish intelligence uncovered a Mossad plot to kidnap two dissidents in Izmir.",
    "Turkish intelligence said it had exposed a Mossad plot to kidnap two dissidents.",
])
def test_who_uncovers_a_plot_takes_no_part_in_it(extract: Run, text: str) -> None:
    [plot] = plots(extract(text, published="2024-06-10"))
    assert parties(plot) == {"mossad"}


@pytest.mark.parametrize(("text", "place"), [
    ("The suspect was taken into custody at Heathrow on Friday.", "heathrow-airport"),
    ("Dutch police arrested a courier at Schiphol airport on Monday.",
     "amsterdam-airport-schiphol"),
])
def test_an_arrest_at_a_european_airport_is_placed_there(extract: Run, text: str,
                                                        place: str) -> None:
    [arrest] = arrests(extract(text, published="2024-06-10"))
    assert arrest.location == place


def test_a_side_declaring_its_own_plan_threatens(extract: Run) -> None:
    x = extract("The Houthis said they plan to target more tankers in the Gulf of Aden.",
                published="2024-06-10")
    assert [(e.type, e.subtype) for e in x.events] == [("statement", "threat")]


@pytest.mark.parametrize("text", [
    "Hezbollah plans to attack Israeli towns, Israeli officials said.",
    "Prosecutors said the men planned to bomb a synagogue in Antwerp.",
])
def test_a_plan_others_tell_of_stays_a_plot(extract: Run, text: str) -> None:
    assert plots(extract(text, published="2024-06-10"))


def test_who_prepared_an_attack_plots_it(extract: Run) -> None:
    x = extract("Hezbollah members stockpiled explosives in a garage in Larnaca in 2015 in "
                "preparation for an attack on the embassy.", published="2024-06-10")
    [plot] = plots(x)
    assert parties(plot) == {"hezbollah"}


def test_reconnaissance_of_a_site_is_a_plot(extract: Run) -> None:
    x = extract("The suspects conducted reconnaissance of the Israeli embassy in Bangkok in "
                "May.", published="2024-06-10")
    assert [e.subtype for e in plots(x)] == ["planned"]


@pytest.mark.parametrize("text", [
    "The drone carried out surveillance over the base.",
    "Army drones carried out reconnaissance on Monday over the border.",
])
def test_watching_with_no_target_named_is_no_plot(extract: Run, text: str) -> None:
    assert plots(extract(text, published="2024-06-10")) == []
