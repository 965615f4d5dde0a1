"""Who is behind a plot, in the wordings of charges and police statements: the body that
ordered an attempt, the accused of "accused X of plotting", an "X-backed" plot, a cell
"linked to X", plotters "hired by X"; a plot's victim told by a relative pronoun or with
a nationality; plots against two named people stay two; counts and negations of attacks
are no event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("Greek police said the attempt on the rabbi's life had been ordered by the Quds Force.",
         "quds-force"),
        ("Prosecutors accused three IRGC officers of plotting to kill a journalist in London.",
         "islamic-revolutionary-guard-corps"),
        ("A Hezbollah-backed plot to bomb a hotel in Larnaca was foiled.", "hezbollah"),
        ("Police thwarted a plot by an IRGC-linked gang to attack a synagogue in Athens.",
         "islamic-revolutionary-guard-corps"),
        ("The two men plotted to kill a dissident in Istanbul and were hired by the Quds Force.",
         "quds-force"),
        ("Police arrested a man suspected of plotting attacks on Jewish schools on behalf of "
         "Hezbollah.", "hezbollah"),
        # "orders from", "instructions from", "at the request of" name the sender too.
        ("Two brothers planned to bomb a café in Munich on orders from the Quds Force, "
         "prosecutors said.", "quds-force"),
        ("The courier acted on instructions from Hezbollah when he tried to shoot a "
         "businessman in Nicosia.", "hezbollah"),
        ("Police said the gang had plotted to kill an exiled journalist in Vienna at the "
         "request of the IRGC.", "islamic-revolutionary-guard-corps"),
    ],
)
def test_who_is_behind_a_plot(extract: Run, text: str, sponsor: str) -> None:
    [ev] = plots(extract(text))
    assert sponsor in parties(ev)


def test_an_attempt_on_a_life_is_an_attempted_plot(extract: Run) -> None:
    [ev] = plots(extract("There was an attempt on the life of the exiled cleric in Vienna."))
    assert ev.subtype == "attempted"


def test_a_cell_preparing_attacks_in_a_city_plots(extract: Run) -> None:
    assert len(plots(extract("Police said the cell had been preparing attacks in Athens."))) == 1


def test_the_victim_of_a_relative_clause_and_a_nationality(extract: Run) -> None:
    text = ("Police guarded the home of the Iranian-American writer Leila Ahmadi, whom "
            "prosecutors said Iranian agents planned to abduct.")
    [ev] = plots(extract(text))
    assert ev.target is not None and "Leila Ahmadi" in ev.target
    assert ev.actors == ["iran"]


def test_plots_against_two_named_people_stay_two(extract: Run) -> None:
    text = ("The exiled poet Reza Tabrizi, whom prosecutors said Iranian agents planned to "
            "abduct, lives in Paris. Separately, prosecutors said Iranian agents had plotted "
            "to kill the blogger Nasrin Ghaffari.")
    assert len(plots(extract(text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Officials said there had been no rocket attacks on the base since March.",
        "The Israeli air force has struck targets in Syria more than 100 times this year.",
        "A report about the strike was published by a think tank on Monday.",
        "Mourners paid tribute to the men who died, chanting slogans.",
    ],
)
def test_counts_negations_and_topics_are_no_event(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike", "protest")] == []


def test_a_tribute_paid_is_no_labor_cue(extract: Run) -> None:
    ex = extract("Mourners paid tribute to the fighters killed in the strike on the camp.")
    assert all(e.subtype != "labor_strike" for e in ex.events)


@pytest.mark.parametrize(
    ("text", "plotter"),
    [
        ("Spanish police broke up an ISIS cell that was preparing attacks in Madrid.", "isis"),
        ("Police detained three Hezbollah members who had plotted to bomb a hotel in Paphos.",
         "hezbollah"),
    ],
)
def test_the_noun_a_relative_plot_clause_describes_plots(extract: Run, text: str,
                                                         plotter: str) -> None:
    [ev] = plots(extract(text))
    assert plotter in ev.actors


def test_who_recruited_the_plotter_for_the_deed_plots(extract: Run) -> None:
    text = "The student was recruited by the Quds Force to photograph Jewish schools in Baku."
    found = plots(extract(text))
    assert all("quds-force" in ev.actors for ev in found)
    [ev] = plots(extract("The courier was recruited by the Quds Force to kill a dissident "
                          "in Vienna."))
    assert "quds-force" in ev.actors


@pytest.mark.parametrize(("text", "plotters"), [
    ("Austrian police detained Ahmed Kassem and Rami Haddad in Graz on Friday. The two men "
     "had planned to bomb a concert in Vienna, prosecutors said.",
     {"ahmed-kassem", "rami-haddad"}),
    ("Greek police held Ali Rahimi and Nader Farahani. The suspects had plotted to attack "
     "a kosher restaurant in Athens.", {"ali-rahimi", "nader-farahani"}),
])
def test_the_men_named_in_the_sentence_before_are_the_plotters(
        extract: Run, text: str, plotters: set[str]) -> None:
    [ev] = plots(extract(text))
    assert plotters <= parties(ev)


@pytest.mark.parametrize("text", [
    # three people named, two counted: no guess
    ("Police detained Ahmed Kassem, Rami Haddad and Omar Selim. The two men had planned to "
     "bomb a concert in Vienna."),
    # a new paragraph is another account
    "Police detained Ahmed Kassem and Rami Haddad.\n\nThe suspects had planned to bomb a hall.",
])
def test_the_men_stay_unnamed_when_the_count_or_paragraph_does_not_fit(extract: Run,
                                                                       text: str) -> None:
    for ev in plots(extract(text)):
        assert not {"ahmed-kassem", "rami-haddad", "omar-selim"} & parties(ev)


@pytest.mark.parametrize(("text", "place"), [
    ("Two men travelled to Larnaca to kill Israeli tourists, police said.", "larnaca"),
    ("The gunman flew to Vienna to shoot the exiled cleric.", "vienna"),
])
def test_a_journey_to_do_harm_is_a_plot_where_it_went(extract: Run, text: str,
                                                       place: str) -> None:
    [ev] = plots(extract(text))
    assert (ev.subtype, ev.location) == ("planned", place)


@pytest.mark.parametrize("text", [
    "Drones flew in from Iraq to strike the base near Tanf on Monday.",
    # a plural craft the tagger takes for a name is craft all the same
    "Israeli jets flew over Lebanon to strike Hezbollah depots on Monday.",
    "Warplanes returned to Sanaa to bomb the airport on Monday.",
])
def test_weapons_flying_in_to_strike_are_no_plot(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "plot"] == []
