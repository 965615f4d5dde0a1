"""Everyday wordings of reporting: strikes told as a bare plural, the principal of a
plot hung on its victim, members named by where they come from, claims that place the
attack, statements carried by a post or a statement noun, calls and warnings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of_type(ex: Extraction, etype: str) -> list[Event]:
    return [e for e in ex.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israeli jets carried out strikes on Hezbollah depots near Tyre.", "israel"),
        ("Jordan conducted retaliatory strikes against smuggling dens near Damascus.",
         "jordan"),
    ],
)
def test_strikes_told_as_a_bare_plural_in_the_simple_past_are_one_event(
        extract: Run, text: str, actor: str) -> None:
    [ev] = _of_type(extract(text), "strike")
    assert actor in ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "Israel has carried out strikes in Syria for years.",
        "Israel carried out strikes in Syria throughout the war.",
        "Israel carries out strikes in Syria.",
    ],
)
def test_strikes_as_a_record_a_campaign_or_a_habit_are_no_event(extract: Run, text: str
                                                                 ) -> None:
    assert _of_type(extract(text), "strike") == []


def test_the_principal_of_a_plot_hung_on_its_victim_plots(extract: Run) -> None:
    text = ("Prosecutors said two men planned to kill an exiled writer on the orders of the "
            "Quds Force.")
    [ev] = _of_type(extract(text), "plot")
    assert "quds-force" in ev.actors
    assert ev.target is not None and "orders" not in ev.target


def test_members_from_a_group_act_as_the_group(extract: Run) -> None:
    text = "Gunmen from Jaish al-Adl attacked a checkpoint near Zahedan on Monday."
    [ev] = _of_type(extract(text), "attack")
    assert "jaish-al-adl" in ev.actors


def test_people_from_a_country_are_not_its_forces(extract: Run) -> None:
    [ev] = _of_type(extract("Volunteers from Iraq fired rockets at the base on Monday."), "attack")
    assert "iraq" not in ev.actors


def test_claimed_plural_attacks_placed_in_a_named_town_are_the_news(extract: Run) -> None:
    [ev] = _of_type(extract("ISIS claimed the bombings in Kirkuk that wounded 15 people."),
                    "attack")
    assert ev.claimed_by == ["isis"]


def test_claimed_attacks_placed_only_in_a_country_stay_a_record(extract: Run) -> None:
    assert _of_type(extract("The group claimed the attacks in Iraq that killed 12 people."),
                    "attack") == []


def test_a_claim_of_responsibility_for_an_attack_on_a_new_target_is_the_attack(
        extract: Run) -> None:
    ex = extract("Hamas claimed responsibility for the shooting at a checkpoint near Hebron.")
    [ev] = _of_type(ex, "attack")
    assert ev.claimed_by == ["hamas"]
    assert _of_type(ex, "statement") == []


def test_a_bare_claim_of_responsibility_refers_back(extract: Run) -> None:
    ex = extract("Kataib Hezbollah denied involvement in the attack on the base in Erbil.")
    assert _of_type(ex, "attack") == []
    assert [e.subtype for e in _of_type(ex, "statement")] == ["denial"]


def test_the_platform_of_a_post_is_not_who_speaks(extract: Run) -> None:
    text = ("Kataib Hezbollah said in a Telegram post that its attacks would go on until the "
            "occupation ends.")
    [ev] = _of_type(extract(text), "statement")
    assert ev.actors == ["kataib-hezbollah"]


def test_a_warning_against_an_attack_on_ones_own_soil_is_the_speakers(extract: Run) -> None:
    [ev] = _of_type(extract("Iran warned Israel against any strike on Iranian soil."),
                    "statement")
    assert ev.actors == ["iran"]


def test_a_call_on_followers_to_rally_is_a_call(extract: Run) -> None:
    text = "Muqtada al-Sadr called on his supporters to rally in Baghdad on Friday."
    [ev] = _of_type(extract(text), "statement")
    assert (ev.subtype, ev.actors) == ("call", ["muqtada-al-sadr"])


def test_a_resumption_told_as_the_content_of_a_statement_is_declared(extract: Run) -> None:
    text = ("Kataib Hezbollah said in a statement that it had resumed its operations against "
            "US forces.")
    [ev] = _of_type(extract(text), "statement")
    assert (ev.subtype, ev.actors) == ("resumption", ["kataib-hezbollah"])


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Azerbaijan expelled Iran's charge d'affaires on Monday.", "expulsion"),
        ("The State Department ordered the departure of non-essential diplomats from Beirut.",
         "announcement"),
    ],
)
def test_diplomatic_decisions(extract: Run, text: str, subtype: str) -> None:
    [ev] = _of_type(extract(text), "statement")
    assert ev.subtype == subtype


def test_a_time_limit_with_a_demanded_act_is_an_ultimatum(extract: Run) -> None:
    text = "The Houthis gave the shipping firms until Friday to stop their trade with Israel."
    [ev] = _of_type(extract(text), "statement")
    assert (ev.subtype, ev.actors) == ("threat", ["houthis"])


def test_a_time_limit_given_by_no_party_is_no_event(extract: Run) -> None:
    assert extract("The teacher gave the pupils until Friday to finish their essays.").events == []
