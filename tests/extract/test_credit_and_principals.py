"""Responsibility told in the sentence after an attack in wordings other than "claimed":
a group taking credit or responsibility, a group claiming "it" or "the operation", a
group saying its fighters carried the act out, a party blamed in the passive. And who
plotters act for, told by a participle beside the plot verb or a tie on the plotter."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties

Run = Callable[..., Extraction]


def _first(ex: Extraction, kind: str) -> Event:
    found = [e for e in ex.events if e.type == kind]
    assert found, [(e.type, e.evidence.text) for e in ex.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Two rockets landed inside the Victory base near Baghdad airport on Thursday. "
         "Kataib Sayyid al-Shuhada took credit for the barrage on Friday.",
         "kataib-sayyid-al-shuhada"),
        ("A drone exploded over the Shaddadi base in Hasakah late on Monday. Harakat "
         "al-Nujaba assumed responsibility in a short statement.",
         "harakat-hezbollah-al-nujaba"),
        ("A missile hit a bulk carrier south of Mokha on Saturday. The Houthis "
         "announced responsibility hours later.", "houthis"),
        ("A guided missile struck an Israeli army jeep near Zarit on Friday. Hezbollah "
         "claimed it in the evening.", "hezbollah"),
        ("A drone struck the Rumeilan landing zone on Wednesday. Kataib Hezbollah said its "
         "fighters had conducted the operation.", "kataib-hezbollah"),
        ("A drone hit the Mission Support Site Euphrates on Tuesday. Kataib Hezbollah "
         "claimed the operation on its channel.", "kataib-hezbollah"),
    ],
)
def test_a_group_owning_the_deed_in_the_next_sentence_claims_it(
        extract: Run, text: str, wanted: str) -> None:
    ev = _first(extract(text), "attack")
    assert ev.claimed_by == [wanted]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the parse hangs "on X" on the deed, as if X were hit
        ("A drone slammed into the Green Village base on Sunday. || The Pentagon blamed the "
         "assault on Harakat al-Nujaba.", {"harakat-hezbollah-al-nujaba"}),
        ("Rockets struck a housing compound near Erbil airport on Monday. Harakat al-Nujaba "
         "said it had hit the compound.", {"harakat-hezbollah-al-nujaba"}),
    ],
)
def test_a_blame_or_a_deed_told_by_its_doer_after_the_attack(
        extract: Run, text: str, wanted: set[str]) -> None:
    assert parties(_first(extract(text), "attack")) == wanted


def test_a_blow_a_group_threatens_claims_nothing(extract: Run) -> None:
    text = ("A drone hit the Shaddadi base on Friday. Harakat al-Nujaba said it would hit the "
            "base again.")
    assert parties(_first(extract(text), "attack")) == set()


def test_a_party_blamed_in_the_passive_is_held_responsible(extract: Run) -> None:
    text = ("A drone struck the al-Tanf garrison on Thursday. Kataib Hezbollah was blamed for "
            "the assault by American officials.")
    assert parties(_first(extract(text), "attack")) == {"kataib-hezbollah"}


@pytest.mark.parametrize(
    "text",
    [
        # a minister answering for a failure claims no deed
        "Gunmen attacked a checkpoint near Kirkuk on Monday. The Iraqi defence minister took "
        "responsibility for the security lapse.",
        "A rocket struck a shop in Sderot on Sunday. Hamas did not take credit for it.",
        "Rockets hit the Balad air base on Monday. Kataib Hezbollah has not claimed "
        "responsibility.",
    ],
)
def test_answering_for_a_failure_or_a_denied_credit_claims_nothing(
        extract: Run, text: str) -> None:
    ev = _first(extract(text), "attack")
    assert ev.claimed_by == []


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Investigators said the courier, acting for the Quds Force, had planned to shoot a "
         "dissident in Vienna.", "quds-force"),
        ("Operating on behalf of the IRGC, the cell planned to bomb a kosher restaurant in "
         "Athens.", "islamic-revolutionary-guard-corps"),
        ("Dutch prosecutors said the pair had plotted to kill an exiled poet in Utrecht, "
         "directed by Iran's Ministry of Intelligence.", "ministry-of-intelligence"),
        ("The gunman, a man with links to Hezbollah, had planned to attack a synagogue in "
         "Lima.", "hezbollah"),
    ],
)
def test_whom_plotters_act_for_beside_the_plot_verb(extract: Run, text: str,
                                                    wanted: str) -> None:
    assert wanted in parties(_first(extract(text), "plot"))


def test_the_employer_of_a_plots_target_is_no_principal(extract: Run) -> None:
    text = "Police foiled a plot to stab a presenter working for Iran International in London."
    assert "iran-international" not in parties(_first(extract(text), "plot"))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Prosecutors charged Karim Tavakoli, a Quds Force officer, with plotting to shoot a "
         "blogger in Stockholm.", "quds-force"),
        ("Karim Tavakoli, a member of the IRGC, planned to bomb a concert hall in Baku, "
         "officials said.", "islamic-revolutionary-guard-corps"),
    ],
)
def test_the_body_a_plotter_belongs_to_plots_with_him(extract: Run, text: str,
                                                      wanted: str) -> None:
    assert {"karim-tavakoli", wanted} <= parties(_first(extract(text), "plot"))


def test_a_private_plotters_nationality_is_no_principal(extract: Run) -> None:
    text = "Karim Tavakoli, an Iranian citizen, planned to stab a cleric in Hamburg."
    assert "iran" not in parties(_first(extract(text), "plot"))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a state body's spokesman speaks for it
        ("Pentagon spokesman Pat Ryder warned on Monday that US forces would answer any "
         "further attack.", {"pat-ryder", "pentagon"}),
        # a group's adjective on the title names the person only (unless what he says
        # is what "the group" will do)
        ("Houthi spokesman Yahya Saree warned on Monday that American warships would be "
         "targeted.", {"yahya-saree"}),
    ],
)
def test_a_spokesman_speaks_for_the_state_body_of_his_title(
        extract: Run, text: str, wanted: set[str]) -> None:
    assert parties(_first(extract(text), "statement")) == wanted


def test_they_after_a_list_of_people_are_the_plotters(extract: Run) -> None:
    text = ("Police detained Hamid Rezaei and Mehdi Karimi in Malmo on Tuesday. They had "
            "planned to set fire to a community centre, investigators said.")
    assert {"hamid-rezaei", "mehdi-karimi"} <= parties(_first(extract(text), "plot"))


@pytest.mark.parametrize(
    "text",
    [
        "Hamid Rezaei was hired by the Quds Force in 2021. He later plotted to shoot a "
        "blogger in Oslo.",
        "Hamid Rezaei worked for the Quds Force for years, prosecutors said. He plotted to "
        "shoot a blogger in Oslo.",
    ],
)
def test_the_body_a_plotter_served_in_the_sentence_before(extract: Run, text: str) -> None:
    assert {"hamid-rezaei", "quds-force"} <= parties(_first(extract(text), "plot"))


def test_a_body_served_in_another_paragraph_is_no_principal(extract: Run) -> None:
    text = ("Hamid Rezaei worked for the Quds Force for years.\n\nHe plotted to shoot a "
            "blogger in Oslo, prosecutors said.")
    assert "quds-force" not in parties(_first(extract(text), "plot"))
