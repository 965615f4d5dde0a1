"""Sanctions and designations told by their coming into force, by a proscription, or by
a passive listing whose "by" the parse hangs on the list; with measures that reach no
party (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _sanctions(run: Run, text: str) -> list[tuple[str | None, list[str], list[str], str | None]]:
    return [(e.subtype, e.actors, e.target_actors, e.date)
            for e in run(text).events if e.type == "sanction"]


@pytest.mark.parametrize(("text", "subtype", "listed", "date"), [
    ("The designation of Kataib Sayyid al-Shuhada took effect on Tuesday.", "designation",
     "kataib-sayyid-al-shuhada", "2024-02-06"),
    ("New EU sanctions on the IRGC came into force on Monday.", "sanctions",
     "islamic-revolutionary-guard-corps", "2024-02-05"),
    ("The American designation of the Houthis went into effect in January.", "designation",
     "houthis", "2024-01"),
    ("The UK's proscription of Hamas entered into force in November 2021.", "designation",
     "hamas", "2021-11"),
])
def test_a_measure_that_comes_into_force_is_taken(extract: Run, text: str, subtype: str,
                                                  listed: str, date: str) -> None:
    found = _sanctions(extract, text)
    assert any(sub == subtype and listed in takers and when == date
               for sub, _a, takers, when in found), found


@pytest.mark.parametrize(("text", "lister", "listed"), [
    ("Harakat al-Nujaba was added to the list of terrorist organisations by the State "
     "Department in 2019.", "us-state-department", "harakat-hezbollah-al-nujaba"),
    ("Hamas was added to the list of proscribed organisations by the Home Office in 2021.",
     "home-office", "hamas"),
])
def test_the_by_of_a_passive_listing_names_who_lists(extract: Run, text: str, lister: str,
                                                     listed: str) -> None:
    found = _sanctions(extract, text)
    assert any(lister in actors and listed in takers for _s, actors, takers, _d in found), found


def test_a_proscription_announced_is_a_designation(extract: Run) -> None:
    found = _sanctions(extract, "Britain announced the proscription of Hezbollah in "
                                "February 2019.")
    assert [(s, a, t) for s, a, t, _d in found] == [
        ("designation", ["united-kingdom"], ["hezbollah"])]


@pytest.mark.parametrize("text", [
    "The designation of the new park took effect on Tuesday.",
    "The new speed limits took effect on Tuesday.",
    "The proscription of the party has long been debated.",
    "The new trade rules came into force on Monday.",
])
def test_no_sanction(extract: Run, text: str) -> None:
    assert _sanctions(extract, text) == []
