"""Datelines in capitals that the tagger leaves unnamed or splits ("ANTWERP, Belgium,
Feb. 4 (X) -", "BAKU, Azerbaijan --", "LIMASSOL -") place the report's opening event at
their town, even when the event's country is only the dateline's or a doer's ("a
Belgian court"); a country the sentence itself names as the place keeps it; where a
person is posted, and the act a clause of the sentence tells, are not the event's place
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

ARREST = " Police on Monday arrested two men suspected of smuggling rifles.\n"


@pytest.mark.parametrize(
    ("dateline", "town"),
    [
        ("ROTTERDAM, Netherlands, March 3 (Delta Wire) -", "rotterdam"),
        ("BAKU, Azerbaijan (Caspian Desk) --", "baku"),
        ("LIMASSOL -", "limassol"),
        ("HAMBURG (Nordic Post) -", "hamburg"),
        # a town of two words the tagger names only in part, a long agency name
        ("SAO PAULO, March 3 (Southern Cone Courts Wire) -", "sao-paulo"),
        ("ABU DHABI, March 3 (Gulf Desk) -", "abu-dhabi"),
        ("KUALA LUMPUR (Straits Courts Report) --", "kuala-lumpur"),
    ],
)
def test_a_dateline_in_capitals_places_the_opening_event(extract: Run, dateline: str,
                                                         town: str) -> None:
    ev = one_event(extract("Men held over rifles\n\n" + dateline + ARREST,
                           published="2023-03-06"), "arrest")
    assert ev.location == town


def test_a_court_s_country_gives_way_to_the_dateline_town(extract: Run) -> None:
    text = ("Court jails smuggler\n\nROTTERDAM, Netherlands, March 3 (Delta Wire) - A Dutch "
            "court on Friday sentenced a Syrian man to nine years in prison for smuggling "
            "rifles.\n")
    ev = one_event(extract(text, published="2023-03-03"), "arrest")
    assert ev.location == "rotterdam"


def test_a_country_told_as_the_place_is_kept(extract: Run) -> None:
    text = ("Men held\n\nROTTERDAM, Netherlands (Delta Wire) - Police arrested two men in "
            "Belgium on Monday on suspicion of smuggling rifles.\n")
    ev = one_event(extract(text, published="2023-03-06"), "arrest")
    assert ev.country == "BE" and ev.location != "rotterdam"


def test_where_the_accused_was_posted_and_the_plan_s_place_are_not_the_court_s(
        extract: Run) -> None:
    text = ("A Dutch court on Friday sentenced Karim Bashir, a diplomat formerly posted in "
            "Prague, to 15 years in prison for his role in a plan to bomb a meeting of exiles "
            "outside Lyon in 2019.")
    ev = one_event(extract(text, published="2023-03-03"), "arrest")
    assert ev.country == "NL"


def test_a_town_of_two_words_in_capitals_is_no_party(extract: Run) -> None:
    text = ("Men held\n\nSAO PAULO, March 3 (Southern Cone Courts Wire) - Police "
            "arrested two men on Monday on suspicion of smuggling rifles.\n")
    x = extract(text, published="2023-03-06")
    ev = one_event(x, "arrest")
    assert ev.location == "sao-paulo"
    assert not any(e.type != "place" and e.id.startswith("sao") for e in x.entities)
