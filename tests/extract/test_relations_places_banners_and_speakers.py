"""Facilities in towns the pack does not know, districts and towns told by their kind,
banners and covers, bodies told again by their head noun, and who acts when a leader,
a security official or a country's jets are named (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in extraction.relations}


def _actors(extraction: Extraction, kind: str) -> list[list[str]]:
    return [sorted(e.actors) for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Gunmen fired at the Turkish embassy in Oslo on Sunday.",
         ("turkish-embassy-in-oslo", "located_in", "oslo")),
        ("Protesters gathered outside Iran's embassy in Abu Dhabi on Friday.",
         ("iranian-embassy-in-abu-dhabi", "located_in", "abu-dhabi")),
        ("Police guarded the Iranian consulate in Hamburg after the threats.",
         ("iranian-consulate-in-hamburg", "located_in", "hamburg")),
    ],
)
def test_facility_lies_in_the_town_its_name_ends_on(extract: Run, text: str,
                                                    triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the US embassy in the capital on Friday.",
        "The plotters watched the Israeli embassy in Amman's Rabieh district for weeks.",
    ],
)
def test_facility_in_no_named_town_or_in_a_finer_place(extract: Run, text: str) -> None:
    found = _triples(extract(text))
    assert not any(p == "located_in" and o in ("amman", "capital") for _s, p, o in found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Two grenades exploded near a cafe in the Hellerup district of Copenhagen.",
         ("hellerup", "located_in", "copenhagen")),
        ("Smugglers crossed near the town of Jasim in Daraa province.",
         ("jasim", "located_in", "daraa-governorate")),
        ("Police arrested a man from the village of Arman in Sweida province.",
         ("arman", "located_in", "suwayda-governorate")),
    ],
)
def test_place_told_by_its_kind_lies_in_the_larger_one(extract: Run, text: str,
                                                       triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


def test_town_told_in_a_month_lies_nowhere(extract: Run) -> None:
    found = _triples(extract("Smugglers crossed near the town of Jasim in March."))
    assert not any(p == "located_in" for _s, p, _o in found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kataib Sayyid al-Shuhada and other groups operating under the banner of the "
         "\"Islamic Resistance in Iraq\" have attacked US forces.",
         ("kataib-sayyid-al-shuhada", "part_of", "islamic-resistance-in-iraq")),
        ("Harakat al-Nujaba and other factions that operate under the umbrella of the "
         "Islamic Resistance in Iraq claimed the attack.",
         ("harakat-hezbollah-al-nujaba", "part_of", "islamic-resistance-in-iraq")),
        ("Nujaba operates under the banner of the Islamic Resistance in Iraq.",
         ("harakat-hezbollah-al-nujaba", "part_of", "islamic-resistance-in-iraq")),
    ],
)
def test_groups_under_a_banner_are_part_of_it(extract: Run, text: str,
                                              triple: tuple[str, str, str]) -> None:
    found = _triples(extract(text))
    assert triple in found
    assert (triple[0], "front_for", triple[2]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "A group calling itself Saraya Awliya al-Dam claimed the attack. Analysts say the name "
        "is one of several covers used by Kataib Hezbollah.",
        "A group calling itself Saraya Awliya al-Dam claimed the attack. Analysts say the group "
        "is one of several fronts used by Kataib Hezbollah.",
    ],
)
def test_one_of_several_covers_is_a_front(extract: Run, text: str) -> None:
    assert ("saraya-awliya-al-dam", "front_for", "kataib-hezbollah") in _triples(extract(text))


def test_one_of_several_groups_is_no_front(extract: Run) -> None:
    found = _triples(extract("Kataib Hezbollah is one of several groups backed by Iran."))
    assert not any(p == "front_for" for _s, p, _o in found)


def test_groups_counted_as_an_object_are_each_aided(extract: Run) -> None:
    found = _triples(extract("Hamas and Islamic Jihad fired rockets. Iran funds both groups."))
    assert ("hamas", "sponsored_by", "iran") in found
    assert ("palestinian-islamic-jihad", "sponsored_by", "iran") in found


def test_groups_counted_as_an_object_of_a_blow_are_aided_by_none(extract: Run) -> None:
    found = _triples(extract("Hamas and Islamic Jihad fired rockets. Israel struck both "
                             "groups."))
    assert not any(p == "sponsored_by" for _s, p, _o in found)


def test_department_told_again_is_the_one_named(extract: Run) -> None:
    found = _triples(extract(
        "The Department of State is today designating Harakat Ansar Allah al-Awfiya as a "
        "Foreign Terrorist Organization. The Department is also designating the group's "
        "leader, Haidar al-Gharawi, as a Specially Designated Global Terrorist."))
    assert ("haidar-al-gharawi", "designated_by", "united-states") in found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Department of State is today designating Harakat Ansar Allah al-Awfiya as a "
         "Foreign Terrorist Organization.", ["us-state-department"]),
        ("The Department of the Treasury is now designating two Iraqi bankers for financing "
         "Kataib Hezbollah.", ["us-treasury"]),
    ],
)
def test_subject_before_an_adverb_and_the_verb(extract: Run, text: str,
                                               actors: list[str]) -> None:
    assert _actors(extract(text), "sanction") == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Hezbollah's secretary-general, Hassan Nasrallah, warned on Monday that Israel "
         "would pay a heavy price.", ["hassan-nasrallah"]),
        ("Hezbollah's secretary-general, Hassan Nasrallah, then warned in July that if Lebanon "
         "was prevented from drilling, no one would be able to sell gas anywhere.",
         ["hassan-nasrallah"]),
    ],
)
def test_group_leader_named_after_his_title_speaks_as_himself(extract: Run, text: str,
                                                              actors: list[str]) -> None:
    assert _actors(extract(text), "statement") == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("A Turkish security official said the two suspects had fled to Turkey and were "
         "detained in Istanbul.", ["turkey"]),
        ("Two Egyptian security sources told reporters that the ring's members were arrested "
         "in early May.", ["egypt"]),
        ("A Greek police official said three men were arrested in Athens on Friday.",
         ["greece"]),
    ],
)
def test_passive_arrest_told_by_a_security_official(extract: Run, text: str,
                                                    actors: list[str]) -> None:
    assert _actors(extract(text), "arrest") == [actors]


def test_passive_arrest_told_by_another_official_is_no_ones(extract: Run) -> None:
    text = "A Turkish trade official said the suspects were detained in Istanbul."
    assert _actors(extract(text), "arrest") == [[]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("US fighter jets struck two Houthi radar sites on Monday.", ["united-states"]),
        ("Israeli fighter jets struck two Hezbollah sites on Monday.", ["israel"]),
        ("On January 18, US fighter jets destroyed two Houthi missiles that were prepared to "
         "launch.", ["united-states"]),
    ],
)
def test_a_countrys_fighter_jets_strike_for_it(extract: Run, text: str,
                                               actors: list[str]) -> None:
    assert _actors(extract(text), "strike") == [actors]


def test_people_described_as_linked_bear_no_blame_for_a_plot(extract: Run) -> None:
    found = extract("Officials said the police had foiled a plot by gunmen to attack a church, "
                    "and that the cell's members, some of them linked to Hamas, were arrested "
                    "in May.")
    assert [e.attributed_to for e in found.events if e.type == "plot"] == [[]]


def test_deeds_linked_to_a_group_are_laid_on_it(extract: Run) -> None:
    found = extract("Recent operations linked to Ahmadov for Kataib Hezbollah have included a "
                    "failed arson attack on a synagogue in Baku.")
    assert [sorted(e.attributed_to) for e in found.events if e.type == "plot"] == [
        ["ahmadov", "kataib-hezbollah"]]
