"""Statements whose speaker the parse misplaces or whose clause it hangs oddly: a name
after the comma of a fronted phrase, a bulletin's label before its entry, a participle
of denying hung on the clause reported, a denial set against the main clause; and what
is no statement made: a possible one, a deadline taken for the day of declaring."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("In a message on Telegram, Kataib Sayyid al-Shuhada denied firing the rockets at the "
     "embassy.", "denial", "kataib-sayyid-al-shuhada"),
    ("After the raid on the depot near Aleppo, Hezbollah vowed that the enemy would pay.",
     "threat", "hezbollah"),
])
def test_a_speaker_the_parse_folds_into_a_fronted_phrase_declares(
        extract: Extract, text: str, subtype: str, actor: str) -> None:
    assert (subtype, [actor]) in _statements(extract(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraq Update, June 3: Asaib Ahl al-Haq threatened to strike Turkish bases in Duhok.",
     "asaib-ahl-al-haq"),
    ("Lebanon Update: Hezbollah vowed to answer the killing of its commander in Tyre.",
     "hezbollah"),
])
def test_a_bulletin_label_is_neither_speaker_nor_a_clause_owner(
        extract: Extract, text: str, actor: str) -> None:
    assert [actors for _s, actors in _statements(extract(text))] == [[actor]]


def test_a_participle_of_denying_speaks_with_the_verb_of_saying(extract: Extract) -> None:
    x = extract("Kuwait's defence ministry said the missiles had not crossed its airspace, "
                "denying the claims of the Iraqi factions.")
    assert _statements(x) == [("denial", ["kuwaiti-defense-ministry"])]
    assert _statements(extract("Officials said the gunmen had stormed the checkpoint, "
                               "denying the police entry to the village.")) == []


@pytest.mark.parametrize("text", [
    "Rebels claimed the attack on the tanker, while Tehran denied sending them the drones.",
    "Washington blames the militia for the blast, though Kataib Hezbollah denies it.",
])
def test_a_denial_set_against_the_main_clause_is_told_beside_it(extract: Extract,
                                                                 text: str) -> None:
    assert [s for s, _a in _statements(extract(text))] == ["denial"]


def test_a_dated_denial_of_a_claim_in_a_relative_clause_is_made(extract: Extract) -> None:
    x = extract("A Saudi channel said Hezbollah had moved missiles to Syria, a claim the "
                "group denied on Monday.")
    assert ("denial", ["hezbollah"]) in _statements(x)


@pytest.mark.parametrize("text", [
    "The Houthis could halt their attacks within weeks, a European envoy said.",
    "Observers say Tehran may deny that it trained the fighters.",
])
def test_a_declaration_that_may_yet_come_is_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


def test_a_speakers_own_could_still_declares(extract: Extract) -> None:
    x = extract("Kataib Hezbollah said it could suspend its operations against US forces.")
    assert [s for s, _a in _statements(x)] == ["suspension"]


def test_a_deadline_is_not_the_day_of_the_declaration(extract: Extract) -> None:
    x = extract("The Houthis gave tanker operators until Sunday to stop calling at "
                "Israeli ports.")
    (ev,) = [e for e in x.events if e.type == "statement"]
    assert ev.subtype == "threat" and ev.date != "2024-03-10"


def test_ending_a_foreign_mission_is_a_decision(extract: Extract) -> None:
    x = extract("Baghdad decided to end the mission of the NATO training force.")
    assert [s for s, _a in _statements(x)] == ["decision"]
    assert _statements(extract("The army ended its mission in the valley in 2019.")) == []


def test_a_passive_blow_declared_to_come_threatens(extract: Extract) -> None:
    x = extract("Ansar Allah said any warship entering the strait would be attacked.")
    assert [s for s, _a in _statements(x)] == ["threat"]
    assert _statements(extract("Diplomats said the port would be attacked by the "
                               "militia.")) == []


def test_a_call_to_stand_down_is_a_call(extract: Extract) -> None:
    x = extract("Asaib Ahl al-Haq called on its members to stand down after the raid.")
    assert [s for s, _a in _statements(x)] == ["call"]


def test_restored_relations_are_a_decision(extract: Extract) -> None:
    x = extract("Kuwait and Iran restored diplomatic relations on Sunday.")
    assert [s for s, _a in _statements(x)] == ["de_escalation"]
    assert _statements(extract("Crews restored water to the camp on Sunday.")) == []


def test_one_speakers_declarations_on_two_days_are_two(extract: Extract) -> None:
    x = extract("Hezbollah warned Israel on Monday against entering Lebanon, and on "
                "Thursday Hezbollah threatened to strike Haifa.")
    assert len(_statements(x)) == 2


def test_a_threat_set_against_the_main_clause_is_its_speakers(extract: Extract) -> None:
    x = extract("The militia said it shelled the airbase, while Israeli minister Benny Gantz "
                "threatened to strike its leaders in Baghdad.")
    assert [s for s, _a in _statements(x)] == ["threat"]


def test_an_order_and_another_partys_vow_in_one_sentence_are_two(extract: Extract) -> None:
    x = extract("Harakat al-Nujaba ordered its fighters to halt attacks on US troops, two "
                "days after Pentagon officials vowed to retaliate.")
    actors = sorted(a for _s, acts in _statements(x) for a in acts)
    assert len(_statements(x)) == 2 and "harakat-hezbollah-al-nujaba" in actors


def test_a_declared_pause_is_a_suspension(extract: Extract) -> None:
    x = extract("Asaib Ahl al-Haq declared a pause in its operations against US troops.")
    assert [s for s, _a in _statements(x)] == ["suspension"]
    assert _statements(extract("The pause in rocket fire has held since the spring.")) == []
