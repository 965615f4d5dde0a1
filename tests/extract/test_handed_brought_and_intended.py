"""Wordings of transfers, plots and arrests that read past the first verb: sums handed
over, arms or fighters named by a relative clause or a participle, a transfer lent a
hand or stopped under way, acts sought or tasked, and detentions a raid made; with the
senses of the same words that tell none (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text).events]


def _of_type(run: Run, text: str, etype: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.subtype, e.actors, e.target_actors) for e in run(text).events if e.type == etype]


@pytest.mark.parametrize(("text", "subtype", "party"), [
    # a sum handed over (the arrest reading of "hand over" needs a person)
    ("Quds Force officers handed over $2 million to Hamas envoys in Doha in May.",
     "funding", "hamas"),
    # fighters named by a relative clause on them
    ("Militiamen who were brought in from Iraq by Kataib Hezbollah took up posts near "
     "Mayadin on Sunday.", "fighters", "kataib-hezbollah"),
    # a past tense the parse hangs on its object
    ("The IRGC trained Iraqi fighters in Lebanon in 2017, according to the report.",
     "training", "islamic-revolutionary-guard-corps"),
    # money named by the participle on it, with its receiver
    ("The Iranian cash received by Hezbollah in 2020 paid for its fighters' salaries.",
     "funding", "hezbollah"),
    # a hand lent to the movement told as done
    ("The Quds Force helped Hezbollah bring rockets into Lebanon, the panel found.",
     "weapons_delivery", "hezbollah"),
])
def test_transfers_read_past_the_first_verb(extract: Run, text: str, subtype: str,
                                            party: str) -> None:
    found = _of_type(extract, text, "transfer")
    assert any(sub == subtype and party in actors + takers for sub, actors, takers in found), found


@pytest.mark.parametrize("text", [
    "Iraqi border guards stopped an attempt to smuggle rifles from Syria on Thursday.",
    "The smuggling of rockets from Iran to Hezbollah through Iraq went on in April, "
    "officials said.",
])
def test_transfers_under_way(extract: Run, text: str) -> None:
    assert "transfer" in _types(extract, text)


@pytest.mark.parametrize("text", [
    # a count of people, not a sum
    "Karbala receives millions of visitors from Iran each year.",
    # undated money received is background
    "The movement receives money from Tehran, analysts say.",
    # a hand lent with no named party
    "Associates helped him move money abroad, officials said.",
    # an attempt only hoped for
    "Officials hope to stop any attempt to smuggle weapons in the future.",
])
def test_no_transfer(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The gunman sought to assassinate an exiled Iranian activist in Toronto, police said.",
    "The indictment laid out a murder-for-hire scheme by Iranian agents against a "
    "journalist in Brooklyn.",
])
def test_plots_sought_or_schemed(extract: Run, text: str) -> None:
    assert "plot" in _types(extract, text)


def test_detentions_a_raid_made_are_an_arrest(extract: Run) -> None:
    text = ("Iraqi counterterrorism troops carried out a raid in Jurf al-Sakhar that "
            "detained four militants on Monday.")
    assert "arrest" in _types(extract, text)
