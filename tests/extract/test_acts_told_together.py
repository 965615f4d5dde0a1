"""One sentence that tells two acts gives each its own weapon, evidence and doers; one act
told in several words stays one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _armed(x: Extraction) -> list[Event]:
    return sorted((e for e in x.events if e.type in ("attack", "strike")),
                  key=lambda e: e.evidence.start)


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("On February 2, a rocket attack hurt four contractors at Harir air base; on "
         "February 5, a drone hit the Victory base.", ["rocket", "drone"]),
        ("On Saturday, militants fired rockets at Erbil airport; on Sunday, they struck "
         "al-Tanf with a drone.", ["rocket", "drone"]),
    ],
)
def test_a_later_clause_keeps_its_own_weapon(extract: Run, text: str,
                                             weapons: list[str]) -> None:
    assert [e.weapon for e in _armed(extract(text))] == weapons


def test_a_later_clause_is_its_own_evidence(extract: Run) -> None:
    evs = _armed(extract("On February 1, rockets struck the Green Zone; on February 3, a "
                         "drone hit Ain al-Asad air base."))
    assert len(evs) == 2
    assert evs[1].evidence.text.lower().startswith("on february 3")


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("The Houthis hit a Liberian-flagged tanker with a missile and attacked a bulk "
         "carrier with drones near Mokha.", {"missile", "drone"}),
        ("Hezbollah said it struck an Israeli post in Shebaa Farms with a guided missile "
         "and shelled a barracks in Margaliot with artillery.", {"missile", "artillery"}),
    ],
)
def test_two_verbs_each_with_its_target_and_weapon_are_two_acts(
        extract: Run, text: str, weapons: set[str]) -> None:
    evs = _armed(extract(text))
    assert {e.weapon for e in evs} == weapons and len(evs) == 2


def test_a_counted_noun_is_told_by_the_acts_it_lists(extract: Run) -> None:
    evs = _armed(extract("Kataib Hezbollah claimed two attacks on Wednesday: a drone strike "
                         "on Haifa and a rocket attack on al-Tanf."))
    assert sorted(e.location for e in evs) == ["al-tanf-garrison", "haifa"]
    assert all(e.type == "attack" for e in evs)
    assert all("kataib-hezbollah" in e.claimed_by + e.actors for e in evs)


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("Houthi forces attacked a cargo ship off Mokha with a missile and a tanker in the "
         "Gulf of Aden with drones.", {"mokha": "missile", "gulf-of-aden": "drone"}),
    ],
)
def test_each_site_takes_the_weapon_told_with_it(extract: Run, text: str,
                                                 weapons: dict[str, str]) -> None:
    assert {e.location: e.weapon for e in _armed(extract(text))} == weapons


def test_a_weapon_after_the_last_site_is_shared(extract: Run) -> None:
    evs = _armed(extract("US warplanes struck depots in Saada and Hodeidah with bombs."))
    assert len({e.weapon for e in evs}) == 1 and len(evs) == 2


def test_the_town_of_a_coordinated_site_is_no_site_of_its_own(extract: Run) -> None:
    evs = _armed(extract("The militia fired rockets at Ain al-Asad air base and drones at "
                         "Harir air base in Erbil on Monday."))
    assert sorted(e.location for e in evs) == ["ain-al-asad-air-base", "harir-air-base"]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Resistance fired drones and rockets at al-Tanf on Tuesday.",
        "The Houthis attacked and disabled a Panamanian-flagged tanker in the Red Sea.",
        "Militants pounded the base with rockets and drones, wounding three soldiers.",
        "A drone attack that struck Harir air base wounded no one.",
        "The Houthis fired a missile at the tanker and killed two sailors.",
        "Israeli warplanes bombed and levelled a Hezbollah depot in Tyre.",
        "Hezbollah attacked an Israeli post at Metula with missiles and artillery fire.",
        "A missile launched by the Houthis struck and set fire to a bulk carrier.",
    ],
)
def test_one_act_in_several_words_is_one_event(extract: Run, text: str) -> None:
    assert len(_armed(extract(text))) == 1, [e.evidence.text for e in extract(text).events]


def test_an_act_set_before_another_by_after_is_its_own(extract: Run) -> None:
    evs = _armed(extract("Militants struck Erbil airport with a drone on Tuesday, two days "
                         "after their fighters shelled a US outpost near al-Tanf."))
    assert [(e.location, e.date) for e in evs] == [
        ("erbil-international-airport", "2024-02-06"), ("al-tanf-garrison", "2024-02-04")]
    assert "after" not in evs[0].evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit Harir air base on Monday, a day after a rocket barrage on the same base "
        "wounded two contractors.",
        "Rockets struck the Victory base on Friday, two days after militants shelled that "
        "base with mortars.",
    ],
)
def test_an_earlier_act_on_the_same_target_is_not_split_off(extract: Run, text: str) -> None:
    assert len(_armed(extract(text))) == 1, [e.evidence.text for e in extract(text).events]


def test_a_verb_and_its_noun_of_force_at_another_site_are_one_act(extract: Run) -> None:
    evs = _armed(extract("The Guards fired missiles at a base in Erbil on Tuesday and "
                         "launched a strike on Idlib the same night."))
    assert sorted(e.location for e in evs) == ["erbil", "idlib"]


def test_a_counted_noun_with_one_act_per_target(extract: Run) -> None:
    evs = _armed(extract("The Islamic Resistance in Iraq claimed two drone attacks, one on a US "
                         "base at al-Tanf and one on a gas field near Deir ez-Zor."))
    assert len(evs) == 2 and evs[0].location == "al-tanf-garrison"
    assert all("islamic-resistance-in-iraq" in e.claimed_by + e.actors for e in evs)


def test_blows_named_by_a_subject_fall_at_each_site_of_its_verb(extract: Run) -> None:
    evs = _armed(extract("Israeli raids killed four people in Khiam and three in Bint Jbeil, "
                         "Lebanese media said."))
    assert sorted(e.location for e in evs) == ["bint-jbeil", "khiam"]


def test_a_second_subject_and_verb_keep_their_own_site(extract: Run) -> None:
    evs = _armed(extract("A drone strike hit Harir air base on Monday, and a rocket attack "
                         "struck the Victory base on Wednesday."))
    assert len(evs) == 2
