"""Blows told only as a course, and declarations told twice: attacks a halt is put to,
however the parser hangs the preposition ("announced a conditional halt to attacks on
US forces as long as ..."); plural blows whose campaign resumed or began, with no day
of its own; plural blows a speaker criticises or condemns with neither count nor date.
A denial told in brief and, in the next sentence, in full by whoever spoke it, pointing
back at the charge ("dismissed them", "such claims"), is one denial, told by the full
telling; a denial of a charge of its own stays another. A declaration a key point sums
up, dated or not, is told by the body's sentence. An attack a pre-emptive strike is
said to have forestalled is no plot. An arrest told by its week and then by its day in
the same town is one arrest. Strikes a leader ordered, in the simple past, on sites
named by whom they serve were dealt."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements

Extract = Callable[..., Extraction]


def _attacks(x: Extraction) -> list[str]:
    return [e.evidence.text for e in x.events if e.type in ("attack", "strike")]


@pytest.mark.parametrize("text", [
    "In March, the committee announced a conditional halt to attacks on US forces as long "
    "as Washington set a date to withdraw.",
    "Attacks on US forces resumed in January, officials said.",
    "A government spokesman criticised the attacks on coalition forces.",
])
def test_blows_told_as_a_course_are_no_occurrence(extract: Extract, text: str) -> None:
    assert _attacks(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Militants fired rockets at the airbase on Monday, ending a lull in the fighting.",
    "The attacks began on February 3, when rockets struck the airport of Erbil.",
    "The minister condemned Sunday's attacks on the base.",
    "The minister condemned the two drone attacks on the base at Tanf on Monday.",
])
def test_blows_of_their_own_stay(extract: Extract, text: str) -> None:
    assert len(_attacks(extract(text))) == 1


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tehran has rejected the Israeli accusations. Foreign ministry spokesman Hamid "
     "Rezaei dismissed them as ridiculous.", "hamid-rezaei"),
    ("Iran denied the accusations. Its foreign ministry spokesman, Hamid Rezaei, called "
     "such claims baseless.", "hamid-rezaei"),
])
def test_denial_told_in_brief_then_in_full_is_one(extract: Extract, text: str,
                                                  speaker: str) -> None:
    said = statements(extract(text))
    assert len(said) == 1, [e.evidence.text for e in said]
    assert speaker in said[0].actors
    assert said[0].evidence.text.startswith(("Foreign", "Its"))


def test_denial_of_a_charge_of_its_own_stays_another(extract: Extract) -> None:
    x = extract("Tehran denied sending drones to Russia. Its foreign ministry spokesman, "
                "Hamid Rezaei, separately denied that Iran had armed the Houthis.")
    assert len(statements(x)) == 2


def test_dated_key_point_is_told_by_the_body(extract: Extract) -> None:
    x = extract("Gulf Security Update\n\nKey Takeaways\n"
                "- The Houthis warned on February 5 that they would strike American "
                "warships if Washington joined the war.\n\n"
                "The Houthi movement said on Monday that it would target American warships "
                "in the Red Sea if the United States took part in the war.\n")
    said = statements(x)
    assert len(said) == 1
    assert said[0].evidence.text.startswith("The Houthi movement said on Monday")
    assert said[0].date == "2024-02-05"


def test_attack_feared_beside_a_pre_emptive_strike_is_no_plot(extract: Extract) -> None:
    x = extract("The army called the raids a pre-emptive strike, saying it had spotted the "
                "militia preparing a large attack and acted to remove the threat.")
    assert [e.type for e in x.events if e.type == "plot"] == []


def test_attack_prepared_without_a_blow_dealt_first_stays_a_plot(extract: Extract) -> None:
    x = extract("The army said it had spotted the militia preparing a large attack on Haifa.")
    assert [e.type for e in x.events if e.type == "plot"] == ["plot"]


def test_arrest_told_by_its_week_and_then_by_its_day_is_one(extract: Extract) -> None:
    x = extract("The arrest of a Danish man in the city of Aarhus last week is the latest "
                "sign of the campaign.\n\nProsecutors said on Tuesday that Danish police had "
                "detained a Danish national in Aarhus on February 1 on a European warrant.")
    arrests = [e for e in x.events if e.type == "arrest"]
    assert len(arrests) == 1, [e.evidence.text for e in arrests]
    assert arrests[0].date == "2024-02-01"


def test_arrests_of_two_named_men_in_one_town_stay_two(extract: Extract) -> None:
    x = extract("Police arrested Omar Haddad in Aarhus in January.\n\nOn January 20, police "
                "detained Karim Nasser in Aarhus on a European warrant.")
    assert len([e for e in x.events if e.type == "arrest"]) == 2


@pytest.mark.parametrize("text", [
    "The president ordered strikes on three depots used by Kataib Hezbollah.",
    "The minister said the president had ordered strikes on two sites used by the Houthis.",
])
def test_strikes_a_leader_ordered_on_named_sites_were_dealt(extract: Extract,
                                                            text: str) -> None:
    assert [e.type for e in extract(text).events] == ["strike"]


def test_strikes_ordered_on_no_one_named_stay_untold(extract: Extract) -> None:
    assert _attacks(extract("The president ordered strikes on three depots.")) == []
