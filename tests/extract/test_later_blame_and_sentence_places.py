"""Responsibility and places told in words the sentence parses loosely: "attributed the
attack to X" with "to X" hung on the attack, a plotter's sender named as the subject of
an active verb in a later sentence, and a town's namesake chosen by the country its own
sentence names (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _one(extraction: Extraction, etype: str) -> Event:
    found = [e for e in extraction.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in extraction.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A rocket hit the Victoria base on October 18. US officials attributed the attack "
         "to Iranian-backed militias.", "iran-backed-militias"),
        ("Two drones struck a base in Syria on Monday. The Pentagon attributed the strike "
         "to Iran-backed militias.", "iran-backed-militias"),
        ("Rockets struck the Ain al-Asad base on October 18. Investigators linked the "
         "bombardment to Kataib Hezbollah.", "kataib-hezbollah"),
        ("Rockets struck the Ain al-Asad base on October 18. Officials tied the attack to "
         "the Houthis.", "houthis"),
    ],
)
def test_attributed_to_a_party_hung_on_the_event(extract: Run, text: str, party: str) -> None:
    ev = _one(extract(text), "attack")
    assert party in ev.attributed_to


@pytest.mark.parametrize(
    "text",
    [
        "Rockets struck the Ain al-Asad base on October 18. Officials attributed the attack "
        "to a technical fault.",
        "Rockets struck the Ain al-Asad base on October 18. Officials linked the attack "
        "with the anniversary of the uprising.",
    ],
)
def test_attributed_to_nobody(extract: Run, text: str) -> None:
    ev = _one(extract(text), "attack")
    assert ev.attributed_to == []


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("In Cyprus, police detained an Azerbaijani man suspected of plotting to kill "
         "Israeli businessmen in Limassol. Israeli officials said the Revolutionary Guards "
         "had hired him.", "islamic-revolutionary-guard-corps"),
        ("Police in Oslo charged Tomas Berg with plotting to kill a dissident. Prosecutors "
         "said the Quds Force had recruited Berg last year.", "quds-force"),
        ("Two men were arrested over a plan to bomb a synagogue in Bremen. Investigators "
         "said Hezbollah had sent them.", "hezbollah"),
    ],
)
def test_sender_told_as_subject_after_the_plot(extract: Run, text: str, sender: str) -> None:
    ev = _one(extract(text), "plot")
    assert sender in ev.attributed_to


def test_sender_of_a_job_is_no_sponsor(extract: Run) -> None:
    ev = _one(extract("Police in Oslo charged Tomas Berg with plotting to kill a dissident. "
                      "A removals company had hired Berg last year."), "plot")
    assert ev.attributed_to == []


def test_namesake_town_in_the_country_its_sentence_names(extract: Run) -> None:
    text = (
            "Greek police said on Tuesday they had arrested two Pakistani men who were "
            "planning attacks on a Jewish restaurant in central Athens. Officials said the "
            "suspects were directed by a handler based in Iran.\n\n"
            "In Cyprus, police detained an Azerbaijani man suspected of plotting to kill "
            "Israeli businessmen in Limassol in 2021. Israeli officials said the "
            "Revolutionary Guards had hired him.\n\n"
            "German prosecutors charged a man with planning an arson attack on a synagogue in"
            " Bochum. They said he had acted on the orders of an Iranian state agency.\n\n"
            "The Justice Department charged Farid Sadeghi, an Afghan national, with plotting "
            "to assassinate a US senator. Prosecutors said the IRGC tasked Sadeghi with the "
            "killing in September. Two men from New York were arrested for their role in the "
            "scheme.")
    plot = next(e for e in extract(text, "2023-04-05").events
                if e.type == "plot" and "Athens" in (e.target or ""))
    assert plot.country == "GR"
    assert plot.lat is not None and 37.5 < plot.lat < 38.5


def test_namesake_town_without_a_country_in_its_sentence_follows_the_report(extract: Run) -> None:
    text = ("Georgia state police said a man was arrested in Athens on Monday. Officials in "
            "the United States said he had planned an attack on a church in Athens.")
    plot = next(e for e in extract(text).events if e.type == "plot")
    assert plot.country == "US"
