"""An arrest warrant issued for people is an arrest sought of them; a deed told
with its year and then referred back to in a sentence of a later day keeps its own date
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_an_arrest_warrant_issued_for_a_man_is_an_arrest_of_him(extract: Run) -> None:
    x = extract("On Monday, the investigating judge issued an arrest warrant for former "
                "minister Karim Haddad.")
    arrest = one_event(x, "arrest")
    assert arrest.subtype == "warrant"
    assert arrest.target is not None and "Karim Haddad" in arrest.target


def test_search_warrants_and_notices_named_are_no_arrest(extract: Run) -> None:
    x = extract("Officers carried out search warrants at two homes. The men named in the "
                "warrants rarely travel abroad.")
    assert not any(e.type == "arrest" for e in x.events)


def test_a_warrant_not_issued_is_no_arrest(extract: Run) -> None:
    x = extract("The judge has not issued an arrest warrant for the minister.")
    assert not any(e.type == "arrest" for e in x.events)


def test_a_deed_referred_back_keeps_its_own_year(extract: Run) -> None:
    x = extract("A court ruled that the 1997 bombing of the cultural centre in Lima was "
                "ordered by a foreign state. The ruling, published on Thursday, also "
                "classed the attack as a crime against humanity.")
    attacks = [e for e in x.events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].date == "1997"
