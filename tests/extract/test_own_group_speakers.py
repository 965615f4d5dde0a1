"""A leader or spokesman who tells what his own group will do declares it with the
group; one who tells of the group's things, or of his government, speaks for himself.
A capital that plots, or is behind a plot, is its state (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _actors(x: Extraction, etype: str) -> list[set[str]]:
    return [set(e.all_actors()) for e in x.events if e.type == etype]


@pytest.mark.parametrize(("text", "actors"), [
    ("Hezbollah secretary-general Naim Qassem warned on Sunday that the group would "
     "answer any Israeli incursion.", {"naim-qassem", "hezbollah"}),
    ("Asaib Ahl al-Haq leader Qais al-Khazali vowed that his movement would avenge the "
     "commanders killed in the raid.", {"qais-al-khazali", "asaib-ahl-al-haq"}),
    ("Akram al-Kaabi, the head of Harakat al-Nujaba, threatened on Friday that the "
     "faction would resume its attacks on American troops.",
     {"akram-al-kaabi", "harakat-hezbollah-al-nujaba"}),
])
def test_leader_telling_what_his_group_will_do_declares_with_it(
        extract: Extract, text: str, actors: set[str]) -> None:
    assert actors in _actors(extract(text), "statement")


@pytest.mark.parametrize(("text", "actors"), [
    # the group's thing, not the group, is what he tells of
    ("Hezbollah secretary-general Naim Qassem said the group's reply to the killing "
     "would come soon.", {"naim-qassem"}),
    # a head of government telling what his government will do speaks for himself
    ("Iraqi Prime Minister Mohammed Shia al-Sudani warned that the government would "
     "respond to any further strike on its soil.", {"mohammed-shia-al-sudani"}),
])
def test_speaker_alone_when_no_group_of_his_acts(extract: Extract, text: str,
                                                 actors: set[str]) -> None:
    assert actors in _actors(extract(text), "statement")


@pytest.mark.parametrize("text", [
    "Dutch prosecutors said Tehran plotted to kill two exiled activists in 2017.",
    "Officials in Baku said Tehran was behind the plot to kill the rabbi.",
])
def test_capital_plotting_is_its_state(extract: Extract, text: str) -> None:
    assert any("iran" in a for a in _actors(extract(text), "plot"))


def test_capital_the_ner_takes_for_a_body_speaks_for_its_state(extract: Extract) -> None:
    x = extract("Baku warned on Monday that it would close its border with Iran.")
    assert {"azerbaijan"} in _actors(x, "statement")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lebanon's prime minister Najib Mikati warned that Beirut would not be dragged into "
     "a regional war.", "najib-mikati"),
    ("Iran's president Masoud Pezeshkian said on Monday that Israel would regret the "
     "assassination.", "masoud-pezeshkian"),
])
def test_a_countrys_name_before_an_office_only_places_its_holder(
        extract: Extract, text: str, speaker: str) -> None:
    found = _actors(extract(text), "statement")
    assert any(speaker in a for a in found)
    assert not any(a & {"lebanon", "iran"} for a in found)


@pytest.mark.parametrize("text", [
    "Anadolu: The Houthis launched a drone at a container ship in the Gulf of Aden on "
    "Friday.",
    "Shafaq News: Kataib Hezbollah fired two rockets at Ain al-Asad air base on Monday.",
])
def test_a_line_label_before_a_colon_is_no_actor(extract: Extract, text: str) -> None:
    found = _actors(extract(text), "attack")
    assert found and all(len(a) == 1 for a in found)


@pytest.mark.parametrize(("text", "doer", "sender"), [
    ("Investigators said the Foxtrot network attacked the Israeli embassy in Copenhagen "
     "with hand grenades on behalf of the Quds Force.", "foxtrot-network", "quds-force"),
    ("Kataib Sayyid al-Shuhada launched drones at the Conoco gas field on the orders of "
     "the IRGC, US officials said.", "kataib-sayyid-al-shuhada",
     "islamic-revolutionary-guard-corps"),
])
def test_who_sent_the_doers_is_held_responsible_not_struck(
        extract: Extract, text: str, doer: str | None, sender: str) -> None:
    x = extract(text)
    attacks = [e for e in x.events if e.type == "attack"]
    assert attacks and sender in attacks[0].attributed_to
    assert sender not in attacks[0].target_actors
    assert doer is None or doer in attacks[0].actors


@pytest.mark.parametrize(("text", "group"), [
    ("An explosive device damaged a fuel truck near Samawah on Monday. Saraya Awliya "
     "al-Dam said its operatives had planted the bomb.", "saraya-awliya-al-dam"),
    ("A blast hit a convoy south of Nasiriyah on Friday. Ashab al-Kahf later said its "
     "fighters laid the explosive device.", "ashab-al-kahf"),
])
def test_a_group_whose_own_men_set_the_charge_claims_the_blast(
        extract: Extract, text: str, group: str) -> None:
    assert any(group in a for a in _actors(extract(text), "attack"))


def test_a_police_account_of_who_set_the_charge_claims_nothing(extract: Extract) -> None:
    x = extract("A blast hit a convoy south of Nasiriyah on Friday. Iraqi police said its "
                "driver had planted the device himself.")
    assert not any(e.claimed_by for e in x.events)
