"""Measures the parse misreads: a measure's participle read as the verb its noun does,
and a listing of a group "in its entirety" (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("New US sanctions announced Tuesday target the Houthis' finance chief.",
         "2024-02-06"),
        ("New designations announced Friday cover three Hezbollah commanders.", "2024-02-02"),
        ("Fresh sanctions unveiled on Monday hit four Iranian firms.", "2024-02-05"),
    ],
)
def test_a_measure_told_by_its_dated_participle_is_a_sanction(extract: Run, text: str,
                                                              date: str) -> None:
    [measure] = extract(text).events
    assert (measure.type, measure.date) == ("sanction", date)


def test_a_measure_announces_nothing(extract: Run) -> None:
    events = extract("New US sanctions announced Tuesday target the Houthis' finance "
                     "chief.").events
    assert [e.type for e in events] == ["sanction"]
    assert events[0].actors == ["united-states"]


@pytest.mark.parametrize(
    ("text", "lister"),
    [
        ("Australia listed Hezbollah in its entirety as a terrorist organisation.",
         "australia"),
        ("Canada listed the IRGC in its entirety as a terrorist entity on Wednesday.",
         "canada"),
    ],
)
def test_a_group_listed_in_its_entirety_is_designated(extract: Run, text: str,
                                                      lister: str) -> None:
    [listing] = extract(text).events
    assert (listing.type, listing.subtype) == ("sanction", "designation")
    assert listing.actors == [lister]


@pytest.mark.parametrize(
    "text",
    [
        "The shop listed its goods in its entirety as a catalogue on Monday.",
        "The minister announced on Tuesday that the talks would resume.",
    ],
)
def test_no_listing_or_measure_without_them(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "sanction"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Today's action follows the designation on January 8 of Falih al-Fayyadh, the "
         "chairman of the PMF.", "2021-01-08"),
        ("The move follows the January 8 designation of Falih al-Fayyadh.", "2021-01-08"),
        ("The Treasury's designation of Qais al-Khazali on January 3 angered Baghdad.",
         "2021-01-03"),
    ],
)
def test_a_listing_of_a_party_given_its_day_is_made(extract: Run, text: str,
                                                    date: str) -> None:
    [listing] = extract(text, published="2021-01-13").events
    assert (listing.type, listing.date) == ("sanction", date)


def test_a_listing_with_no_day_is_only_spoken_of(extract: Run) -> None:
    text = "A designation of the Houthis would hurt the peace talks, aid groups warned."
    assert [e.type for e in extract(text).events] == []


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("The European Union adopted similar measures against dozens of Iranian officials "
         "on Monday.", "european-union"),
        ("The EU adopted restrictive measures against 20 Iranian officials in October.",
         "european-union"),
        ("Canada adopted sanctions on four Houthi commanders on Friday.", "canada"),
    ],
)
def test_measures_adopted_against_a_party_are_sanctions(extract: Run, text: str,
                                                        maker: str) -> None:
    [measure] = extract(text).events
    assert (measure.type, measure.actors) == ("sanction", [maker])


@pytest.mark.parametrize(
    "text",
    [
        "The government adopted measures to curb inflation on Monday.",
        "The government adopted measures against inflation on Monday.",
    ],
)
def test_measures_against_no_party_are_none(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == []
