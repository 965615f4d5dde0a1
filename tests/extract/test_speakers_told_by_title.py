"""The speaker of a statement told by a title only: "the cleric", "the leader", "the
foreign minister" made definite is the person the sentence before has as its subject,
when the pack's record of him allows the title; "a spokesman" after a sentence whose
subject is a group's fighters speaks for the group."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _speakers(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hassan Nasrallah addressed supporters in Beirut on Friday. The leader vowed to "
     "avenge the killing of the commanders.", "hassan-nasrallah"),
    ("Akram al-Kaabi, who heads Harakat al-Nujaba, gave an interview on Sunday. The "
     "cleric said the resistance would not stop until the occupiers left.", "akram-al-kaabi"),
    ("Abdul-Malik al-Houthi appeared on television on Thursday. The rebel leader "
     "threatened to widen the attacks on shipping.", "abdul-malik-al-houthi"),
    ("Hossein Amir-Abdollahian met reporters in Tehran. The foreign minister warned that "
     "the war could spread across the region.", "hossein-amir-abdollahian"),
    ("Abu Taqwa al-Saidi spoke to a crowd in Baghdad. The commander pledged that the "
     "factions would strike American bases.", "abu-taqwa-al-saidi"),
])
def test_definite_title_is_the_person_named_before(extract: Extract, text: str,
                                                   speaker: str) -> None:
    found = _speakers(extract(text))
    assert found and all(speaker in actors for actors in found), found


@pytest.mark.parametrize("text", [
    # another office than the one the man named before holds
    "Benjamin Netanyahu spoke on Sunday. The defense minister warned that Hezbollah "
    "would pay a heavy price.",
    # the man named before is acted on, not the one who speaks
    "Police arrested Abu Taqwa al-Saidi on Monday. The official said the militia would "
    "face the law.",
    # two men named: the title is neither's
    "Hassan Nasrallah and Naim Qassem addressed supporters. The leader vowed to avenge "
    "the killing.",
    # another paragraph begins another account
    "Hassan Nasrallah addressed supporters in Beirut.\n\nThe leader vowed to avenge the "
    "killing.",
    # no one named before
    "Hezbollah fired rockets at Israel. The commander vowed to continue the attacks.",
])
def test_title_left_unresolved(extract: Extract, text: str) -> None:
    persons = {"benjamin-netanyahu", "abu-taqwa-al-saidi", "hassan-nasrallah",
               "naim-qassem"}
    assert not any(persons & set(actors) for actors in _speakers(extract(text)))


def test_title_of_another_country_is_not_the_man_named_before(extract: Extract) -> None:
    x = extract("Hossein Amir-Abdollahian met reporters in Tehran. The Iraqi minister "
                "warned that the war could spread.")
    assert not any("hossein-amir-abdollahian" in a for a in _speakers(x))


@pytest.mark.parametrize(("text", "group"), [
    ("Kataib Hezbollah fighters fired rockets at a base on Monday. A spokesman warned "
     "that the group would retaliate.", "kataib-hezbollah"),
    ("Houthi militants seized a cargo ship on Tuesday. A spokesman said more attacks "
     "would follow.", "houthis"),
])
def test_spokesman_speaks_for_the_group_whose_fighters_acted(extract: Extract, text: str,
                                                             group: str) -> None:
    assert _speakers(extract(text)) == [[group]]


def test_spokesman_after_a_paragraph_break_speaks_for_no_one(extract: Extract) -> None:
    x = extract("Kataib Hezbollah fighters fired rockets at a base on Monday.\n\n"
                "A spokesman warned that the group would retaliate.")
    assert _speakers(x) == []


@pytest.mark.parametrize(("text", "group"), [
    ("Hezbollah fired rockets at Israel on Sunday. Its secretary-general vowed to keep up "
     "the attacks.", "hezbollah"),
    ("Kataib Hezbollah launched drones at a US base. The group's secretary-general "
     "threatened to expand the attacks.", "kataib-hezbollah"),
    ("The Houthis seized a ship. The movement's commander-in-chief warned that more "
     "vessels would be targeted.", "houthis"),
])
def test_possessor_of_a_hyphenated_title_speaks(extract: Extract, text: str,
                                                group: str) -> None:
    assert _speakers(extract(text)) == [[group]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kataib Hezbollah released a statement on Sunday. \"We will strike the American "
     "bases,\" a spokesman said.", "kataib-hezbollah"),
    ("The Israeli army struck Hezbollah sites on Monday. \"Hezbollah will pay a heavy "
     "price,\" a spokesman said.", "israel-defense-forces"),
])
def test_spokesman_after_his_quoted_words(extract: Extract, text: str,
                                          speaker: str) -> None:
    assert [speaker] in _speakers(extract(text))


def test_clause_before_a_semicolon_is_no_quote(extract: Extract) -> None:
    """A claim told after a semicolon is no speaker after his quoted words: "it" is the
    group the sentence has as subject."""
    x = extract("Pakistan said the raid killed two civilians. Jaish al-Adl, a Baloch militant "
                "group that Tehran calls a terrorist outfit, has staged many attacks on "
                "Iranian border guards; in March it claimed a bombing of a police post in "
                "Saravan that killed six officers.")
    assert any(e.claimed_by == ["jaish-al-adl"] for e in x.events if e.type == "attack")


@pytest.mark.parametrize(("text", "speakers"), [
    # a hyphenated title, which the tagger takes for a name or an adjective, renamed
    ("Kataib Hezbollah's secretary-general, Abu Hussein al-Hamidawi, reportedly said the "
     "group would suspend its operations.", {"abu-hussein-al-hamidawi", "kataib-hezbollah"}),
    # a title's possessive pronoun: the group told before, with the man who holds it
    ("Kataib Hezbollah fired rockets at a US base on Monday. Its spokesman, Jaafar "
     "al-Husseini, said the attacks would continue.", {"jaafar-al-husseini",
                                                       "kataib-hezbollah"}),
])
def test_named_holder_of_a_title_speaks_with_its_group(extract: Extract, text: str,
                                                       speakers: set[str]) -> None:
    assert [set(a) for a in _speakers(extract(text))] == [speakers]


def test_leading_title_is_the_leader_named_before(extract: Extract) -> None:
    x = extract("Naim Qassem was chosen to lead Hezbollah in October. On Sunday, Israel "
                "struck targets in Beirut. Hezbollah's secretary-general vowed to keep up "
                "the attacks.", published="2024-11-20")
    assert [set(a) for a in _speakers(x)] == [{"naim-qassem", "hezbollah"}]


@pytest.mark.parametrize("text", [
    # the man named before no longer led the group when the report was written
    "Hassan Nasrallah was killed in September. Israel struck Beirut on Sunday. Hezbollah's "
    "secretary-general vowed to keep up the attacks.",
    # a narrower title is another man's
    "Naim Qassem was chosen to lead Hezbollah in October. Israel struck Beirut on Sunday. "
    "Hezbollah's deputy leader vowed to keep up the attacks.",
])
def test_leading_title_left_to_the_group(extract: Extract, text: str) -> None:
    x = extract(text, published="2024-11-20")
    assert _speakers(x) == [["hezbollah"]]


@pytest.mark.parametrize("text", [
    "The Iraqi factions warned on Sunday that they would target US forces.",
    "The Iraqi militias vowed to drive the American troops out of the country.",
    "Officials in Baghdad met on Monday. The Iraqi factions threatened to resume their "
    "attacks on the coalition.",
])
def test_a_countrys_factions_told_as_one_speak_as_its_collective(extract: Extract,
                                                                  text: str) -> None:
    assert _speakers(extract(text)) == [["iran-aligned-militias-in-iraq"]]


@pytest.mark.parametrize("text", [
    # a country the pack keeps no such label for
    "The Syrian factions warned on Sunday that they would target Turkish forces.",
    # a group named before: the factions may be its allies or itself
    "Kataib Hezbollah fired rockets at a US base. Nujaba claimed a drone attack. The Iraqi "
    "factions warned that they would target US forces.",
])
def test_factions_left_without_a_collective(extract: Extract, text: str) -> None:
    assert not any("iran-aligned-militias-in-iraq" in a for a in _speakers(extract(text)))


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah fired rockets at a base. A statement posted on its Telegram channel "
    "vowed to continue the attacks.",
    "Kataib Hezbollah fired rockets at a base. A statement on its Telegram channel said the "
    "attacks would continue.",
    "Kataib Hezbollah fired rockets at a base. The statement posted on Telegram vowed to "
    "continue the attacks.",
    "Kataib Hezbollah fired rockets at a base. One of its commanders said the attacks would "
    "continue.",
    "Kataib Hezbollah fired rockets at a base. A commander in the group warned that the "
    "attacks would go on.",
])
def test_statement_put_out_or_spoken_within_the_group(extract: Extract, text: str) -> None:
    assert _speakers(extract(text)) == [["kataib-hezbollah"]]


@pytest.mark.parametrize("text", [
    # a channel no one is said to own
    "A statement posted on Telegram vowed to continue the attacks.",
    # fighters in a country are not its state
    "Fighters in Iraq vowed to continue the attacks on US bases.",
])
def test_statement_without_a_teller(extract: Extract, text: str) -> None:
    assert _speakers(extract(text)) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kataib Hezbollah posted a message on Telegram: the attacks will continue until US "
     "forces leave.", "kataib-hezbollah"),
    ("Hezbollah released a brief statement: its fighters will keep up their operations.",
     "hezbollah"),
])
def test_words_put_out_before_a_colon_are_the_posters(extract: Extract, text: str,
                                                      speaker: str) -> None:
    assert _speakers(extract(text)) == [[speaker]]


def test_footage_before_a_colon_declares_nothing(extract: Extract) -> None:
    x = extract("Kataib Hezbollah posted a video on Telegram: the attacks will continue "
                "until US forces leave.")
    assert _speakers(x) == []
