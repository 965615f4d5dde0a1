"""Sanctions and arrests told in the passive, whose maker is only the one who tells of
them ("..., the Treasury said", "according to the Treasury") or the agent of a participle
on the measure ("the sanctions, announced by the Treasury"); sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _sanctions(extract: Run, text: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events if e.type == "sanction"]


@pytest.mark.parametrize(("text", "maker"), [
    ("Four shipping firms were sanctioned on Tuesday, the Treasury said.", "us-treasury"),
    ("Three Hezbollah financiers were designated on Tuesday, the State Department said in "
     "a statement.", "us-state-department"),
    ("Two money changers in Beirut were blacklisted on Tuesday, the United States said.",
     "united-states"),
    ("Sanctions were also imposed on two exchange houses in Dubai, according to the "
     "Treasury.", "us-treasury"),
    ("New sanctions were slapped on a Houthi procurement network on Friday, Britain said.",
     "united-kingdom"),
])
def test_the_teller_of_a_passive_listing_makes_it(extract: Run, text: str,
                                                  maker: str) -> None:
    assert _sanctions(extract, text) == [[maker]]


@pytest.mark.parametrize(("text", "maker"), [
    ("The sanctions, announced by the Treasury on Tuesday, target four Houthi officials.",
     "us-treasury"),
    ("The sanctions imposed by the European Union on Friday hit six Houthi officials.",
     "european-union"),
    ("Under the sanctions announced on Tuesday by the Treasury, any assets of the four men "
     "in the United States are frozen.", "us-treasury"),
])
def test_the_agent_of_a_measure_makes_it(extract: Run, text: str, maker: str) -> None:
    assert _sanctions(extract, text) == [[maker]]


@pytest.mark.parametrize("text", [
    "Two Iraqi banks were sanctioned on Tuesday, Iraq's central bank said.",
    "Sanctions were imposed on two Lebanese exchange houses, Lebanon's finance ministry "
    "said on Tuesday.",
])
def test_a_body_of_the_listed_partys_state_does_not_list(extract: Run, text: str) -> None:
    """The state whose banks or firms are listed tells of it; it does not list them."""
    assert _sanctions(extract, text) == [[]]


@pytest.mark.parametrize(("text", "maker"), [
    ("Twelve members of a cell were arrested on Monday, Bahraini security forces said.",
     "bahrain"),
    ("Two men were arrested near the border on Sunday, Jordanian forces said.", "jordan"),
])
def test_a_states_forces_that_tell_of_an_arrest_make_it(extract: Run, text: str,
                                                        maker: str) -> None:
    arrests = [e.actors for e in extract(text).events if e.type == "arrest"]
    assert arrests == [[maker]]


def test_a_state_telling_of_its_citizen_held_does_not_arrest(extract: Run) -> None:
    arrests = [e.actors for e in extract(
        "A British woman was detained on Monday, Britain said.").events if e.type == "arrest"]
    assert arrests == [[]]
