"""Who is behind a plot told across sentences: the holder an arrest, charge or sentence
tells only by a noun ("an Iranian diplomat", "the suspect") is the person the next or
the previous sentence names as a doer, and a state his adjective named gives way to a
body he is told to act for, in the same paragraph, named again in a later one, or told as
"he" or "the suspect" opening the next paragraph; the
country an unnamed handler sits in sends those he directs; a body that tasks the plotter
in the sentence telling the plot again sends him; a plot told stopped was foiled
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]

SENTENCED = ("A court in Rotterdam on Thursday sentenced an Iranian diplomat to 12 years in "
             "prison for plotting to bomb a gathering of exiled dissidents in Utrecht.")


@pytest.mark.parametrize(
    "after",
    [
        "\n\nProsecutors said Reza Farahani, a counsellor at the embassy in Oslo, gave a bomb "
        "to two couriers at a cafe in Ghent.",
        " Reza Farahani had handed the explosives to a courier in Ghent, the court heard.",
    ],
)
def test_the_holder_is_named_in_the_next_sentence(extract: Run, after: str) -> None:
    [ev] = plots(extract(SENTENCED + after))
    assert "reza-farahani" in parties(ev)


def test_the_holder_is_named_in_the_sentence_before(extract: Run) -> None:
    text = ("Ali Moradi, 41, flew to Vienna in May. A court in Graz on Friday convicted the "
            "man of plotting to shoot an exiled journalist.")
    [ev] = plots(extract(text))
    assert "ali-moradi" in parties(ev)


@pytest.mark.parametrize(
    "after",
    [
        " Prosecutor Anna Lindqvist said the evidence was overwhelming.",
        " The gathering had been organised by Maryam Sadr, an exiled activist, who was "
        "unhurt.",
    ],
)
def test_a_speaker_or_a_bystander_is_no_holder(extract: Run, after: str) -> None:
    [ev] = plots(extract(SENTENCED + after))
    assert not {"anna-lindqvist", "maryam-sadr"} & parties(ev)


def test_the_body_he_acted_for_replaces_the_state_of_his_adjective(extract: Run) -> None:
    text = (SENTENCED + "\n\nProsecutors said Reza Farahani, a counsellor at the embassy in "
            "Oslo, gave a bomb to two couriers at a cafe in Ghent.\n\nThe court found that "
            "Farahani acted on behalf of Iran's intelligence ministry.")
    [ev] = plots(extract(text))
    assert parties(ev) == {"reza-farahani", "ministry-of-intelligence"}


def test_a_later_paragraph_on_another_person_adds_nothing(extract: Run) -> None:
    text = ("Prosecutors said Bahram Nikzad plotted to kill a retired admiral in Bilbao."
            "\n\nIn another case, Darius Kamali was working for the Quds Force, police said.")
    [ev] = plots(extract(text))
    assert "quds-force" not in parties(ev)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Police said they had arrested two men who were planning attacks on a synagogue in "
         "Oslo. Officials said the suspects were directed by a handler based in Iran.", "iran"),
        ("Police arrested three men who were plotting to kill a rabbi in Tbilisi. "
         "Investigators said the men had been recruited by an officer stationed in Turkey.",
         "turkey"),
    ],
)
def test_the_country_of_an_unnamed_handler_sends_the_plotters(extract: Run, text: str,
                                                               sender: str) -> None:
    [ev] = plots(extract(text))
    assert sender in parties(ev)


def test_a_handler_in_a_town_names_no_state(extract: Run) -> None:
    text = ("Police said they had arrested two men who were planning attacks on a synagogue "
            "in Oslo. Officials said the suspects were directed by a handler based in Vienna.")
    [ev] = plots(extract(text))
    assert "austria" not in parties(ev)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("The Justice Department charged Omid Rahimi, a Canadian citizen, with plotting to "
         "murder a former US official. Prosecutors said the IRGC tasked Rahimi with the "
         "killing in March.", "islamic-revolutionary-guard-corps"),
        ("The Justice Department charged Omid Rahimi, a dual national, with plotting to "
         "assassinate a former diplomat. They said the Quds Force paid Rahimi for the killing "
         "last year.", "quds-force"),
    ],
)
def test_the_body_tasking_the_plotter_in_the_plot_told_again(extract: Run, text: str,
                                                             sender: str) -> None:
    [ev] = plots(extract(text))
    assert {"omid-rahimi", sender} <= parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Danish police foiled a plot by IRGC agents to kill an opposition leader in Odense.",
        "Officials in Nairobi said a planned attack on the Israeli embassy was averted.",
        "Security services thwarted a plan to bomb a synagogue in Antwerp.",
    ],
)
def test_a_plot_told_stopped_was_foiled(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert ev.subtype == "foiled"


@pytest.mark.parametrize(
    "text",
    [
        "Danish police said a plot by IRGC agents to kill an opposition leader in Odense "
        "was under way.",
        "Police said two men had planned an attack on the Israeli embassy in Nairobi.",
    ],
)
def test_a_plot_told_unstopped_stays_planned(extract: Run, text: str) -> None:
    assert [ev.subtype for ev in plots(extract(text))] == ["planned"]


def test_a_man_held_near_a_plot_with_its_own_makers_is_not_its_plotter(extract: Run) -> None:
    text = ("Last month a man carrying a rifle was arrested outside the home of the writer "
            "Sara Amini, whom Iranian agents had planned to kidnap.\n\nPaul Weber thanked "
            "the police in a statement.")
    [ev] = plots(extract(text))
    assert "paul-weber" not in parties(ev)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Police charged a man with plotting to kill a rabbi in Oslo.\n\nProsecutors said he "
         "had been recruited by an officer of Iran's Ministry of Intelligence.",
         "ministry-of-intelligence"),
        ("Police arrested a man on suspicion of planning an arson attack on a synagogue in "
         "Essen.\n\nAccording to prosecutors, the suspect was instructed by an unnamed member "
         "of the Revolutionary Guards to carry out the attack.",
         "islamic-revolutionary-guard-corps"),
    ],
)
def test_the_suspect_opening_the_next_paragraph_is_the_plotter(extract: Run, text: str,
                                                             sender: str) -> None:
    [ev] = plots(extract(text))
    assert sender in parties(ev)


def test_the_suspect_two_paragraphs_on_is_not_pointed_back_to(extract: Run) -> None:
    text = ("Police arrested a man on suspicion of planning an arson attack on a synagogue in "
            "Essen.\n\nThe synagogue was rebuilt in 1959.\n\nThe suspect was working for the "
            "Quds Force, prosecutors said.")
    [ev] = plots(extract(text))
    assert "quds-force" not in parties(ev)
