"""A plot told as what an arrest suspects and told again after a comma as what some
operation disrupted is one plot whose evidence is its own words; a plot that names
nothing of its own, told with the arrest of other people, is their plot, not the one
told before; an infinitive of intent across an aside ("plotting, on the
orders of X, to murder Y") is a plot; a part in planning attacks told as someone's record
is no plot (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Dutch police have arrested three men suspected of being recruited by Kataib Hezbollah "
        "to prepare attacks on Israeli shops in Rotterdam, in an operation that officials said "
        "had broken up a network run by Tehran.",
        "Greek police detained two Pakistanis hired by Iran to carry out attacks on a Jewish "
        "restaurant in Athens, in what the Mossad called a plot directed from abroad.",
    ],
)
def test_a_plot_told_again_after_a_comma_keeps_its_own_words(extract: Run, text: str
                                                             ) -> None:
    [ev] = plots(extract(text))
    assert ev.evidence.text.startswith("attacks on")
    assert "," not in ev.evidence.text


def test_a_second_arrest_keeps_its_own_plot(extract: Run) -> None:
    text = ("ROME - Italian prosecutors said on Monday that police had arrested three suspected "
            "members of Hezbollah in Milan on suspicion of preparing attacks on Jewish schools "
            "in Italy.\n\nThe men were named as Ali K. and Hassan M. and Omar T.\n\n"
            "In Austria, police detained two people on Monday in raids in Vienna on suspicion "
            "of planning an act of terrorism. The Austrian security service did not name the "
            "group.")
    found = plots(extract(text))
    assert len(found) == 2
    assert "terrorism" in found[1].evidence.text


def test_the_same_people_held_again_tell_the_same_plot(extract: Run) -> None:
    text = ("ROME - Italian prosecutors said on Monday that police had arrested three suspected "
            "members of Hezbollah in Milan on suspicion of preparing attacks on Jewish schools "
            "in Italy.\n\nThe men were named as Ali K. and Hassan M. and Omar T. Police "
            "arrested them on suspicion of planning an act of terrorism.")
    assert len(plots(extract(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Chicago unsealed an indictment accusing two members of a gang of "
        "plotting, on the orders of Iran, to murder Ali Rezaei, a dissident who lives in "
        "Evanston.",
        "A court in Hamburg heard that the men had conspired, at the behest of the Quds Force, "
        "to kill a rabbi in the city.",
    ],
)
def test_intent_across_an_aside_is_a_plot(extract: Run, text: str) -> None:
    x = extract(text)
    assert len(plots(x)) == 1
    assert not [e for e in x.events if e.type == "killing"]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said US forces had acted in self-defence against a commander who was "
        "\"actively involved\" in planning attacks on American troops.",
        "He was responsible for planning attacks on Israeli targets abroad.",
        "The Quds Force officer had a role in planning attacks on Jewish sites in Europe.",
        "The general said the man had planned and directed attacks on US troops in Syria.",
    ],
)
def test_a_part_in_planning_attacks_is_a_record(extract: Run, text: str) -> None:
    assert plots(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man involved in planning attacks on synagogues in Hamburg.",
        "The group was planning attacks on Jewish sites in Berlin, police said.",
        "He was involved in planning an attack on the embassy in Baku.",
    ],
)
def test_plans_of_the_held_or_of_one_attack_stay_plots(extract: Run, text: str) -> None:
    assert len(plots(extract(text))) == 1
