"""The country of an event its sentence does not place, from the one country that
sentence tells things happen in elsewhere ("..., as violence in X flared again"), and
a blame told after it that such a guessed country does not keep from the event
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "etype", "country"), [
    ("Gunmen killed two guards in an ambush on Monday, as violence in Syria flared "
     "again.", "attack", "SY"),
    ("Two rockets struck near the American embassy on Sunday night, police in Iraq "
     "said.", "attack", "IQ"),
    ("Rockets hit a camp housing foreign troops on Friday, as unrest in Lebanon "
     "spread.", "attack", "LB"),
    # a local source tells where
    ("Gunmen shot dead a shopkeeper on Friday, residents in Syria said.", "attack", "SY"),
])
def test_the_one_country_the_sentence_tells_of_is_the_events(
        extract: Run, text: str, etype: str, country: str) -> None:
    assert one_event(extract(text), etype).country == country


@pytest.mark.parametrize(("text", "etype"), [
    # another occasion: a time anchor or a cause
    ("A suicide bomber blew himself up at a checkpoint, a day after talks in Qatar.",
     "attack"),
    ("Jets struck a weapons depot on Monday, hours before talks in Oman.", "strike"),
    # what someone did elsewhere
    ("Masked men shot dead a shopkeeper who had once worked in Kuwait, on Friday.",
     "attack"),
    # two countries: neither
    ("Gunmen killed two guards on Monday, as violence in Syria and Iraq flared again.",
     "attack"),
])
def test_no_country_from_another_occasion_or_from_two(
        extract: Run, text: str, etype: str) -> None:
    assert one_event(extract(text), etype).country is None


def test_a_statement_keeps_its_speakers_country(extract: Run) -> None:
    x = extract("Washington warned on Monday that it would strike the militias again, though "
                "not Iran itself.")
    assert one_event(x, "statement").country == "US"


def test_a_guessed_country_does_not_keep_a_blame_from_the_event(extract: Run) -> None:
    x = extract("Gunmen killed two guards in an ambush on Monday, as violence in Syria "
                "flared again. Officials blamed Kataib Hezbollah for the Basra ambush.")
    ev = one_event(x, "attack")
    assert ev.attributed_to == ["kataib-hezbollah"] and ev.certainty == "alleged"


@pytest.mark.parametrize("text", [
    "Rockets hit a base housing US troops on Friday, officials in Cairo said.",
    "A drone struck a fuel depot on Monday, a diplomat in Qatar told reporters.",
])
def test_a_distant_source_does_not_place_the_event(extract: Run, text: str) -> None:
    assert one_event(extract(text), "attack").country is None
