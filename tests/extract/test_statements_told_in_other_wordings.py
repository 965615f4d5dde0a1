"""Statements told in less usual wordings: a speaker put after the verb of saying when
the words come first ("'...,' warned a spokesman for X"); a clause told "according to"
its speaker; Iraq's armed bands told as a whole ("armed factions in Iraq");
denials by "termed ... baseless", "disclaimed", "was quick to deny"; calls to march or to
impose an embargo; a declared hunt for the authors of a deed ("would expose them"), also
by a person told again by his office or "he". And
what looks like them but is none: a clause told after sources or analysts, whom the
doers warned."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in _statements(x)]


@pytest.mark.parametrize(("text", "actor", "date"), [
    ('"We will strike every American base in the region," warned a spokesman for Kataib '
     'Hezbollah on Tuesday.', "kataib-hezbollah", "2024-02-06"),
    ('"We will continue to strike," warned a spokesman for the Houthis.', "houthis",
     "2024-02"),
    ('"We will respond to any aggression," warned Hezbollah in a statement on Wednesday.',
     "hezbollah", "2024-02-07"),
    ('"The occupiers will pay a heavy price," threatened a spokesman for Harakat '
     'al-Nujaba on Monday.', "harakat-hezbollah-al-nujaba", "2024-02-05"),
    ("Any attack on Iran will be met with a crushing response, warned the commander of "
     "the IRGC.", "islamic-revolutionary-guard-corps", "2024-02"),
])
def test_a_speaker_after_the_verb_of_saying_declares(extract: Extract, text: str,
                                                     actor: str, date: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors, e.date) for e in found] == [("threat", [actor], date)]


def test_whom_the_doers_warned_is_no_speaker(extract: Extract) -> None:
    x = extract("Kataib Hezbollah fired rockets at the base, warned the Americans and "
                "vowed more attacks.")
    assert all(e.actors == ["kataib-hezbollah"] for e in _statements(x))


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("Attacks on US forces will go on, according to Kataib Hezbollah.",
     "kataib-hezbollah", "2024-02"),
    ("Attacks on US forces will go on, according to a statement issued by Kataib "
     "Hezbollah on Tuesday.", "kataib-hezbollah", "2024-02-06"),
    ("According to a statement by the Houthis, attacks on shipping will continue.",
     "houthis", "2024-02"),
    ("According to the Houthis, the group will keep targeting vessels bound for Israel.",
     "houthis", "2024-02"),
    ("Iran will respond firmly to any aggression, according to a statement from the "
     "foreign ministry.", "iran", "2024-02"),
])
def test_a_clause_told_according_to_its_speaker_is_declared(
        extract: Extract, text: str, actor: str, date: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors, e.date) for e in found] == [("threat", [actor], date)]


@pytest.mark.parametrize("text", [
    "The Houthis will likely continue their attacks, according to analysts.",
    "The attacks will continue, according to sources close to the group.",
    "The Houthis will keep targeting ships, according to a report by Reuters.",
])
def test_a_clause_told_after_sources_or_analysts_declares_nothing(
        extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraqi armed groups declared a halt to attacks on American troops.",
     "iran-aligned-militias-in-iraq"),
    ("Armed factions in Iraq announced a suspension of their operations against US "
     "forces.", "iran-aligned-militias-in-iraq"),
])
def test_iraqi_armed_bands_are_the_collective(extract: Extract, text: str,
                                              actor: str) -> None:
    assert _said(extract(text)) == [("suspension", [actor])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah termed the allegations baseless.", "hezbollah"),
    ("The Houthis on Tuesday termed the reports a fabrication.", "houthis"),
    ("Kataib Hezbollah disclaimed any responsibility for the blast.", "kataib-hezbollah"),
    ("Tehran disclaimed any role in the attack on the tanker.", "iran"),
    ("Hezbollah was quick to deny any involvement in the blast.", "hezbollah"),
    ("The Houthis were swift to deny responsibility for the attack.", "houthis"),
])
def test_denials_in_other_words(extract: Extract, text: str, actor: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors) for e in found] == [("denial", [actor])]
    assert found[0].date is not None and found[0].date.startswith("2024-02")


@pytest.mark.parametrize("text", [
    "The minister termed the deal a historic achievement.",
    "The company disclaimed liability for the delays.",
    "The army was quick to respond to the fire.",
])
def test_labels_and_haste_that_deny_nothing(extract: Extract, text: str) -> None:
    assert [e for e in _statements(extract(text)) if e.subtype == "denial"] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas called on Palestinians to march to Al-Aqsa.", "hamas"),
    ("Iran called on Muslim countries to impose an oil embargo on Israel.", "iran"),
    ("The Houthis urged Arab states to impose a boycott on American goods.", "houthis"),
    ("Hezbollah called for an oil embargo against Israel.", "hezbollah"),
])
def test_calls_to_march_or_to_impose_an_embargo(extract: Extract, text: str,
                                                actor: str) -> None:
    assert _said(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraqi Prime Minister Mustafa al-Kadhimi said he knew who was behind the attack and "
     "would expose them.", "mustafa-al-kadhimi"),
    ("Mustafa al-Kadhimi said he would expose those behind the attack.",
     "mustafa-al-kadhimi"),
])
def test_a_declared_hunt_for_the_authors_is_a_threat(extract: Extract, text: str,
                                                     actor: str) -> None:
    assert _said(extract(text)) == [("threat", [actor])]


@pytest.mark.parametrize("text", [
    "Prime Minister Mustafa al-Kadhimi visited the wounded guards on Monday. The prime "
    "minister said he would expose those behind the bombing.",
    "Mustafa al-Kadhimi spoke to the cabinet on Monday. He said he would expose the "
    "culprits.",
])
def test_a_hunt_declared_by_a_person_told_again_is_his_threat(extract: Extract,
                                                             text: str) -> None:
    # the office or the pronoun that tells again of a person named before
    assert _said(extract(text)) == [("threat", ["mustafa-al-kadhimi"])]


def test_a_hunt_declared_by_no_one_named_is_no_threat(extract: Extract) -> None:
    # a negative: a pronoun that stands for no one named
    text = "The bombing shook the capital. He said he would expose them."
    assert _statements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "The report exposed the network behind the smuggling.",
    "Investigators exposed the culprits last year.",
])
def test_exposure_told_as_done_is_no_threat(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The group was not involved in the attack, according to a statement by Kataib "
     "Hezbollah.", "kataib-hezbollah"),
    ("According to Hezbollah, its fighters were not behind the blast.", "hezbollah"),
    ("Iran was not responsible for the attack, according to the foreign ministry.",
     "iranian-foreign-ministry"),
])
def test_an_involvement_negated_according_to_a_party_is_its_denial(
        extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("denial", [actor])]


@pytest.mark.parametrize("text", [
    "The militia was not involved in the attack, according to investigators.",
    "The group was not involved in the attack, according to sources.",
])
def test_an_involvement_negated_according_to_no_party_denies_nothing(
        extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Attacks will keep coming, warned the Houthis.", "houthis"),
    ("Strikes on the occupiers will go on, vowed Kataib Hezbollah.", "kataib-hezbollah"),
    ('"Ships bound for Israel will keep being targeted," the Houthi military spokesman '
     'said.', "houthis"),
    ("US bases will keep being attacked, Kataib Hezbollah said.", "kataib-hezbollah"),
])
def test_a_course_kept_declared_after_its_words(extract: Extract, text: str,
                                                actor: str) -> None:
    assert _said(extract(text)) == [("threat", [actor])]


@pytest.mark.parametrize("text", [
    "Prices will keep being raised, the company said.",
    "The ships kept being hit last year.",
])
def test_a_course_kept_by_no_side_declares_nothing(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah declared its readiness to respond to any attack.", "hezbollah"),
    ("Hezbollah declared its readiness to attack Israeli positions.", "hezbollah"),
    ("The Houthis expressed their readiness to retaliate against any aggression.",
     "houthis"),
    ("Iran reiterated its readiness to respond decisively.", "iran"),
])
def test_a_declared_readiness_to_strike_is_a_threat(extract: Extract, text: str,
                                                    actor: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors, e.date) for e in found] == [("threat", [actor], "2024-02")]


@pytest.mark.parametrize("text", [
    "The company expressed its readiness to pay the fine.",
    "The army declared its readiness to help flood victims.",
])
def test_a_readiness_to_do_no_blow_threatens_nothing(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []
