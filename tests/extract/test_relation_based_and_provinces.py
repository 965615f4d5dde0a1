"""Relations said by a "-based" role noun, by the body aid goes through, and by a town or base
named before the province it lies in; and the receiver of aid in a clause joined to another
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ex.relations}


@pytest.mark.parametrize(("text", "triple"), [
    # A "-based" word before the group's name and its role noun.
    ("Ali Hassan, a Beirut-based Hezbollah financier, was sanctioned on Friday.",
     ("ali-hassan", "member_of", "hezbollah")),
    ("The Treasury listed Omar Saleh, an Istanbul-based Hamas financier, on Tuesday.",
     ("omar-saleh", "member_of", "hamas")),
    ("Nasser Ali, a Dubai-based Houthi financier, moved the money.",
     ("nasser-ali", "member_of", "houthis")),
    # The body a sponsor arms or funds a group through.
    ("Iran supplies Hezbollah with rockets through the Quds Force.",
     ("hezbollah", "sponsored_by", "quds-force")),
    ("Tehran funds Hamas via the IRGC, officials said.",
     ("hamas", "sponsored_by", "islamic-revolutionary-guard-corps")),
    # A town named before its province, with or without a comma.
    ("Gunmen attacked a checkpoint near Tarmiyah in Salahuddin province on Monday.",
     ("tarmiyah", "located_in", "salah-al-din-province")),
    ("A drone struck a camp at Jurf al-Sakhar in Babil province on Friday.",
     ("jurf-al-sakhr", "located_in", "babil-province")),
    ("A shell fell in Kfar Kila, in the Nabatieh governorate, on Friday.",
     ("kfar-kila", "located_in", "nabatieh-governorate")),
    # A base "in the desert of" a province.
    ("Rockets hit Balad air base, in the desert of Salahuddin province, on Tuesday.",
     ("balad-air-base", "located_in", "salah-al-din-province")),
    ("Drones struck Harir air base, in the mountains of Erbil province, on Sunday.",
     ("harir-air-base", "located_in", "erbil-province")),
])
def test_relation_is_found(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


@pytest.mark.parametrize(("text", "triple"), [
    # The receiver is the subject of the joined verb, not the body it belongs to.
    ("Kataib Hezbollah is part of the Popular Mobilization Forces and receives money from "
     "the Quds Force, officials said.",
     ("popular-mobilization-forces", "sponsored_by", "quds-force")),
    ("Kataib Hezbollah belongs to the Popular Mobilization Forces but receives weapons from "
     "Iran.", ("popular-mobilization-forces", "sponsored_by", "iran")),
    # A "-based" critic is no member.
    ("Ali Hassan, a Beirut-based Hezbollah critic, was sanctioned on Friday.",
     ("ali-hassan", "member_of", "hezbollah")),
    # The last town of a list, and a region no name bounds.
    ("Jets hit sites around Qaim and Rutba in Iraq's Anbar province.",
     ("rutba", "located_in", "anbar-province")),
    ("Drones were launched at Rumeilan in north-east Syria.",
     ("rumeilan", "located_in", "~northeast-syria")),
    # A place the aid crosses is no sponsor.
    ("Iran funds Hezbollah through Lebanon's banks.", ("hezbollah", "sponsored_by", "lebanon")),
])
def test_relation_is_not_found(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in _triples(extract(text))


def test_receiver_of_a_joined_clause_is_its_subject(extract: Run) -> None:
    found = _triples(extract("Kataib Hezbollah is part of the Popular Mobilization Forces "
                             "and receives money from the Quds Force, officials said."))
    assert ("kataib-hezbollah", "sponsored_by", "quds-force") in found
