"""An arrest told again, by a vaguer or a finer count, by the name of one of the members
taken, by "the man" held under the full name of the court, or by "the arrests" in a
sentence that dates another deed, is the one arrest; a plot told as "an act of
terrorism" planned is a plot (reports written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _arrests(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type == "arrest"]


def test_several_people_then_six_suspects_is_one_arrest(extract: Run) -> None:
    x = extract("Police in Milan have detained several people, among them two Syrian "
                "nationals, suspected of planning to attack a church, local media reported "
                "on Thursday. The newspaper Il Giorno said six suspects were taken into "
                "custody in raids in the city.")
    assert len(_arrests(x)) == 1


def test_several_men_then_six_suspects_elsewhere_on_another_day_are_two(extract: Run) -> None:
    x = extract("Police detained several men in Milan on Monday. On Wednesday, six "
                "suspects were arrested in Naples.")
    assert len(_arrests(x)) == 2


def test_a_member_named_in_the_town_of_the_arrest_is_that_arrest(extract: Run) -> None:
    x = extract("Police arrested three suspected members of Hezbollah in Bremen on "
                "Thursday, prosecutors said. Prosecutors named the men as Ali K., Omar T. "
                "and Karim S., and police in Bremen detained Karim S. at the request of "
                "federal prosecutors.")
    assert len(_arrests(x)) == 1


def test_a_man_named_in_the_same_town_on_another_day_is_another_arrest(extract: Run) -> None:
    x = extract("Police arrested three suspected members of Hezbollah in Bremen on Monday. "
                "On Wednesday police in Bremen detained Karim S.")
    assert len(_arrests(x)) == 2


def test_the_arrests_told_after_a_dated_deed_are_the_arrests_told_before(
        extract: Run) -> None:
    x = extract("Police in Copenhagen arrested two people on Thursday. The arrests came a "
                "month after gunmen attacked a market in Aarhus on January 5.")
    arrests = _arrests(x)
    assert len(arrests) == 1 and arrests[0].date == "2024-02-08"


def test_an_arrest_of_the_day_of_another_deed_stays_its_own(extract: Run) -> None:
    x = extract("Police in Copenhagen arrested two people on Thursday. Gunmen attacked a "
                "market in Aarhus on January 5, and police arrested a man there on "
                "January 6.")
    assert len(_arrests(x)) == 2


def test_planning_an_act_of_terrorism_is_a_plot(extract: Run) -> None:
    x = extract("Police arrested three people on Thursday in raids near Aarhus on suspicion "
                "of planning an act of terrorism.")
    plots = [e for e in x.events if e.type == "plot"]
    assert len(plots) == 1 and plots[0].certainty == "alleged"
    y = extract("Two men were detained in Vienna on Monday, suspected of preparing a "
                "terrorist act against a synagogue.")
    assert [e.type for e in y.events if e.type == "plot"] == ["plot"]


def test_an_act_of_terrorism_condemned_is_no_plot(extract: Run) -> None:
    x = extract("The minister condemned the bombing in Vienna as an act of terrorism.")
    assert not [e for e in x.events if e.type == "plot"]


def test_the_suspects_detained_on_a_named_day_are_the_men_arrested_before(
        extract: Run) -> None:
    x = extract("TASHKENT, Feb 8 (Steppe Wire) - Uzbek police have arrested two men suspected "
                "of plotting attacks on a synagogue.\n\nThe security service said on "
                "Wednesday that officers detained the suspects in Tashkent.\n")
    arrests = _arrests(x)
    assert [(e.date, e.location) for e in arrests] == [("2024-02-07", "tashkent")]


def test_the_suspects_accomplice_held_elsewhere_is_another_arrest(extract: Run) -> None:
    x = extract("Police have arrested two men in Tashkent. On Wednesday, police in Samarkand "
                "detained the suspects' driver.")
    assert len(_arrests(x)) == 2


def test_the_suspects_held_in_another_town_are_another_arrest(extract: Run) -> None:
    x = extract("Police arrested two men in Tashkent on Monday. On Wednesday, police in "
                "Samarkand detained the suspects.")
    assert len(_arrests(x)) == 2


def test_the_man_held_told_again_by_the_courts_full_name_is_one_sentence(extract: Run) -> None:
    x = extract("A Dutch court on Monday jailed a Belgian man for four years for setting fire"
                " to a mosque in Utrecht. The District Court of The Hague convicted the man,"
                " named only as Karim B., of arson.")
    assert len(_arrests(x)) == 1


def test_other_men_held_by_another_force_stay_apart(extract: Run) -> None:
    x = extract("Dutch police on Monday arrested a Belgian man in Utrecht over the arson"
                " attack. Belgian police detained two other men in Antwerp on Tuesday.")
    assert len(_arrests(x)) == 2
