"""Statements told across a document: a group's threat and its later denial are two
declarations; one leader's speech told point by point is one; "the rebels" is the
movement named before; a denial is dated by when it was made, not by what it denies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.dedup import merge_repeats
from axiswatch.extract.when import DateContext
from axiswatch.ids import event_id
from axiswatch.model import Event, Evidence, Extraction
from axiswatch.nlp.dates import DateMatch

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str], str | None]]:
    return sorted((e.subtype, e.actors, e.date) for e in x.events if e.type == "statement")


@pytest.mark.parametrize("text", [
    "Asaib Ahl al-Haq warned on Tuesday that it would strike American bases in Syria.\n\n"
    "The group denied that its fighters had fired the rockets that hit the embassy.",
    "Asaib Ahl al-Haq threatened on Tuesday to hit US bases if the raids went on.\n\n"
    "The militia also denied that it had shelled the airport.",
])
def test_threat_and_later_denial_are_two_statements(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [
        ("denial", ["asaib-ahl-al-haq"], "2024-02-06"),
        ("threat", ["asaib-ahl-al-haq"], "2024-02-06")]


def test_denial_is_dated_by_its_declaration(extract: Extract) -> None:
    x = extract("Kataib Hezbollah said on Monday that it would keep up its operations.\n\n"
                "The group denied that it had attacked the Syrian border crossing last "
                "month.")
    assert ("denial", ["kataib-hezbollah"], "2024-02-05") in _statements(x)


def test_the_rebels_are_the_movement_named_before(extract: Extract) -> None:
    x = extract("The Houthis fired a missile at a tanker in the Red Sea on Tuesday.\n\n"
                "The rebels vowed to keep up their attacks on shipping.")
    assert [s[:2] for s in _statements(x)] == [("threat", ["houthis"])]


DOC = "d0c"


def _said(start: int, subtype: str, actor: str) -> Event:
    return Event(id=event_id(DOC, "statement", start, start + 10), doc_id=DOC,
                 type="statement", subtype=subtype, actors=[actor], date="2024-02-06",
                 date_precision="day", evidence=Evidence(DOC, start, start + 10, "s"))


def test_one_persons_speech_stays_one_statement() -> None:
    """"The leader denied X ... He warned that Y": the points of one speech."""
    person = {"naim-qassem"}
    merged = merge_repeats([_said(0, "denial", "naim-qassem"),
                            _said(100, "threat", "naim-qassem")],
                           is_person=lambda a: a in person)
    assert [e.subtype for e in merged] == ["denial"]
    apart = merge_repeats([_said(0, "threat", "hezbollah"), _said(100, "denial", "hezbollah")],
                          is_person=lambda a: a in person)
    assert [e.subtype for e in apart] == ["threat", "denial"]


def test_leader_speaking_for_his_group_stays_one_speech() -> None:
    """"The leader said the group would fight on ... He also denied X": the warning is
    the group's and the leader's, the denial the leader's; one speech."""
    person = {"naim-qassem"}
    threat = _said(0, "threat", "hezbollah")
    threat.actors.append("naim-qassem")
    merged = merge_repeats([threat, _said(100, "denial", "naim-qassem")],
                           is_person=lambda a: a in person)
    assert [e.subtype for e in merged] == ["threat"]


def test_doer_telling_of_its_own_deed_claims_it(extract: Extract) -> None:
    """"X said the attack was carried out by its fighters": X's claim, not a charge."""
    x = extract("Rockets struck a logistics base near Erbil airport on Monday, Kurdish "
                "officials said.\n\nOn Tuesday, Kataib Sayyid al-Shuhada said the assault was "
                "carried out by its fighters.")
    [attack] = [e for e in x.events if e.type == "attack"]
    assert attack.claimed_by == ["kataib-sayyid-al-shuhada"] and not attack.attributed_to


def test_officials_naming_the_doer_attribute_it(extract: Extract) -> None:
    x = extract("Rockets struck a logistics base near Erbil airport on Monday.\n\nA US "
                "official said the assault was carried out by Kataib Sayyid al-Shuhada.")
    [attack] = [e for e in x.events if e.type == "attack"]
    assert not attack.claimed_by


@pytest.mark.parametrize("text", [
    "Iraqi factions have launched more than 170 attacks on US troops since mid-October.",
    "The Houthis have hit more than 40 merchant ships since November, officials say.",
    "Hezbollah has fired some 3,000 rockets into northern Israel since October 8.",
    "Iraqi factions claimed over 90 drone attacks on US sites between November and March.",
])
def test_running_tally_since_a_date_is_no_occurrence(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text).events if e.type in ("attack", "strike")]


def test_occurrence_compared_with_a_period_stays(extract: Extract) -> None:
    x = extract("Hezbollah fired 40 rockets at Safed on Tuesday, its heaviest barrage "
                "since January.")
    assert [e.type for e in x.events] == ["attack"]


def test_bundle_entry_day_dates_the_next_sentence() -> None:
    """"March 5: Unknown gunmen fired ...": the entry's day (no year of its own) dates what
    the paragraph goes on to tell, also when it is parsed as a sentence of its own; a
    weekday ("On Tuesday") is left to the news-day rules."""
    when = DateContext()
    when.update(0, 1, [DateMatch(0, 7, "March 5", "2024-03-05", "day", True, "md")], 0)
    assert when.inherited(1) == ("2024-03-05", "day")
    when.update(1, 2, [DateMatch(0, 10, "On Tuesday", "2024-03-05", "day", True, "weekday")],
                0)
    assert when.inherited(2) is None
    when.update(2, 3, [DateMatch(40, 47, "April 1", "2024-04-01", "day", True, "md")], 0)
    assert when.inherited(3) is None  # "in response to the April 1 strike": another's
    when.update(3, 4, [DateMatch(40, 47, "April 1", "2024-04-01", "day", True, "md")], 0,
                eventless=True)
    assert when.inherited(4) == ("2024-04-01", "day")  # "The reply came on April 1."


def test_earlier_attack_refers_back(extract: Extract) -> None:
    x = extract("ANKARA - Turkey carried out airstrikes on militant hideouts in northern "
                "Iraq on Thursday, killing six people.\n\nThe strikes came two days after "
                "Iran's Revolutionary Guards struck what Tehran said were bases of Kurdish "
                "militants in Iraq's Kurdistan region.\n\nTurkey's foreign ministry said the "
                "operation targeted terrorists and condemned Iran's earlier attack as a "
                "violation of Iraqi sovereignty.")
    assert sorted(e.actors[0] for e in x.events if e.type in ("attack", "strike")) == [
        "islamic-revolutionary-guard-corps", "turkey"]


def test_bare_reference_to_a_strike_joins_it(extract: Extract) -> None:
    """"condemned the attack" after a state's strike: the strike, not a new attack."""
    x = extract("Israeli jets struck a radar site near Tartus on Monday, killing two "
                "soldiers.\n\nSyria lodged a complaint at the United Nations on Tuesday and "
                "condemned the attack as aggression.")
    assert [e.type for e in x.events if e.type in ("attack", "strike")] == ["strike"]
