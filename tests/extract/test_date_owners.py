"""Whose a date is: a record's (a report, a trial), another clause's, a span's, or the
event's; and which day a relative date names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction


@pytest.mark.parametrize(("text", "etype"), [
    # the day a report came out is not the day of what it reveals
    ("Dozens of activists were detained during the strikes, a rights group said in a report "
     "released on Tuesday.", "arrest"),
    ("The Quds Force smuggled rifles to Hezbollah through Syria, according to a study "
     "published on Monday by a research centre in Beirut.", "transfer"),
    ("Bahraini police arrested dozens of people accused of links to the Quds Force, a "
     "government report issued on Sunday said.", "arrest"),
    # a court sits after the deed: the trial's day is not the arrest's
    ("The engineer, who was detained after landing in Frankfurt, is due to go on trial on "
     "Monday in Munich.", "arrest"),
])
def test_a_record_day_does_not_date_the_deed(extract: Callable[..., Extraction], text: str,
                                             etype: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date is None


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a deed with a day of its own keeps it beside the record's day
    ("Militants fired rockets at a base near Kirkuk on Sunday, a monitoring group said in a "
     "report published on Tuesday.", "attack", "2024-02-04"),
    # a statement may be the report itself
    ("The Houthis denied any role in the bombing in a report carried on Tuesday by their "
     "news agency.", "statement", "2024-02-06"),
    # a day told by a verb of saying still dates the news it reports
    ("Police detained three men over the bombing, the interior ministry said on Tuesday.",
     "arrest", "2024-02-06"),
])
def test_a_deed_keeps_its_own_day(extract: Callable[..., Extraction], text: str, etype: str,
                                  date: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a day still to come names the next such day, not the last one (published Thursday)
    ("Officials believe the militia is preparing to launch drones at the base on Saturday.",
     "plot", "2024-02-10"),
    # the same wording in the past stays in the past
    ("Officials said the militia had prepared to launch drones at the base on Saturday.",
     "plot", "2024-02-03"),
    # a wire dateline dates the report's weekdays, when the feed publishes it days later
    ("KIRKUK, Feb. 2 (Reuters) - Gunmen attacked a checkpoint of the federal police near the "
     "city on Wednesday, security sources said.", "attack", "2024-01-31"),
])
def test_relative_days_read_from_the_right_day(extract: Callable[..., Extraction], text: str,
                                               etype: str, date: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a "since" date that hangs from another phrase starts another span
    ("Bahraini officials said on Tuesday they had foiled a plot by the Quds Force to kill a "
     "judge, the latest of many such cases since 2020.", "plot", "2024-02-06"),
    # one hanging from the event's own verb starts the event's
    ("Since Tuesday, militants have fired rockets at the base.", "attack", "2024-02-06"),
    # a standing state told in the simple present takes no date of the saying
    ("The Quds Force funds the Houthis through exchange houses in Dubai, Treasury officials "
     "said on Tuesday.", "transfer", None),
    # a passive description of someone only says who they are
    ("His lawyer said on Tuesday that the activist, who was detained in Ahvaz, faces the death "
     "penalty.", "arrest", None),
])
def test_dates_of_other_phrases(extract: Callable[..., Extraction], text: str, etype: str,
                                date: str | None) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


def test_a_date_in_a_relative_clause_dates_its_verb(extract: Callable[..., Extraction]) -> None:
    text = ("Iran was accused of a plot to bomb a Paris rally, a case that European diplomats "
            "raised on Tuesday in talks with Tehran.")
    [ev] = [e for e in extract(text).events if e.type == "plot"]
    assert ev.date != "2024-02-06"


@pytest.mark.parametrize(("text", "etype", "date"), [
    # the next sentence of the paragraph tells when the thing just told took place
    ("Gunmen ambushed a federal police patrol near Hawija, killing two officers. The ambush "
     "took place on Tuesday night, a police source said.", "attack", "2024-02-06"),
    ("A bomb exploded outside a liquor shop in Basra, wounding two people. The explosion "
     "occurred on Sunday.", "attack", "2024-02-04"),
    # not across a paragraph break
    ("A bomb exploded outside a liquor shop in Basra, wounding two people.\n\nThe explosion "
     "occurred on Sunday.", "attack", "2024-02"),
])
def test_the_next_sentence_tells_when(extract: Callable[..., Extraction], text: str,
                                      etype: str, date: str) -> None:
    dated = [e.date for e in extract(text).events if e.type == etype]
    assert date in dated


@pytest.mark.parametrize(("text", "etype", "date"), [
    # "the same day" after a day the sentence names is that day; "the next day", the one after
    ("On Tuesday, Israeli drones struck a car near Sidon, the army said, the same day that "
     "Hezbollah launched rockets at Nahariya.", "attack", "2024-02-06"),
    ("On Monday, US jets bombed a depot near Qaim, and the next day militants fired rockets "
     "at the Harir base.", "attack", "2024-02-06"),
])
def test_the_same_day_as_the_day_named(extract: Callable[..., Extraction], text: str,
                                       etype: str, date: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype"), [
    # a supply told in the perfect holds up to the report: the day of the saying is not its
    ("Houthi engineers have been trained by Hezbollah in Lebanon, a Western diplomat said "
     "on Tuesday.", "transfer"),
    # nor does the sentence before date it, when it tells a standing supply
    ("In 2021, the militia showed off a new rocket at a parade. Tehran has provided it "
     "with the guidance kits for such rockets, analysts say.", "transfer"),
    # a supply told in an earlier sentence's period is a practice its own sentence dates
    ("The exchange house was blacklisted in June 2022. Officials said at the time that it "
     "moved money from Iran to Hezbollah.", "transfer"),
    # a relative clause set off by commas says what its noun is, not when it was supplied
    ("The rockets, which Iran sent to the militia, were fired at the base on Monday, police "
     "said.", "transfer"),
    # an arrest named as the start of a stretch of time
    ("His wife said on Wednesday that the blogger had been kept in Evin prison since his "
     "arrest.", "arrest"),
])
def test_a_supply_or_arrest_told_without_time_takes_none(
        extract: Callable[..., Extraction], text: str, etype: str) -> None:
    evs = [e for e in extract(text).events if e.type == etype]
    assert evs and all(e.date is None for e in evs)


def test_a_seizure_keeps_the_day_of_the_sentence_before(
        extract: Callable[..., Extraction]) -> None:
    text = ("On Sunday, a navy patrol boarded a fishing boat off Jask. Sailors seized a "
            "shipment of rifles bound for the Houthis.")
    [ev] = [e for e in extract(text).events if e.type == "transfer"]
    assert ev.date == "2024-02-04"


@pytest.mark.parametrize(("text", "etype", "date"), [
    # days counted back from the day of the saying date the deed told under it
    ("A Houthi spokesman said on Tuesday that the group had struck the tanker with a naval "
     "drone two days earlier.", "attack", "2024-02-04"),
    ("Kuwaiti police said on Wednesday they had detained five men a day earlier over a plan "
     "to smuggle explosives.", "arrest", "2024-02-06"),
])
def test_days_counted_back_from_the_saying(extract: Callable[..., Extraction], text: str,
                                           etype: str, date: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype"), [
    # a killing named back as what another deed is about keeps its time untold
    ("Supporters of the militia burned American flags in Basra, denouncing the assassination "
     "of its deputy leader.", "killing"),
    # a plot named under a conviction or an arrest is dated by its hatching, not told here
    ("A French court convicted an Iranian diplomat over a plot to bomb a rally of dissidents "
     "near Lyon.", "plot"),
])
def test_an_occurrence_named_back_takes_no_month_of_the_report(
        extract: Callable[..., Extraction], text: str, etype: str) -> None:
    evs = [e for e in extract(text).events if e.type == etype]
    assert evs and all(e.date is None for e in evs)


def test_a_plot_told_by_its_own_words_keeps_the_month(
        extract: Callable[..., Extraction]) -> None:
    text = "Two Iranian agents plotted to kill a Jewish businessman in Limassol, police said."
    [ev] = [e for e in extract(text).events if e.type == "plot"]
    assert ev.date == "2024-02"


@pytest.mark.parametrize(("text", "etype", "kw", "date"), [
    # a deed told "also" adds to the episode of the last dated one of its kind
    ("Israeli drones struck a truck near Abu Kamal on February 5, a monitor said. The truck "
     "was carrying fuel. Israeli jets also struck a warehouse in Mayadin.", "strike",
     "warehouse", "2024-02-05"),
    ("Kataib Hezbollah claimed a drone attack on a base in Rumeilan on February 6.\n\nThe "
     "group also fired rockets at the Conoco field, it said in a later statement.", "attack",
     "Conoco", "2024-02-06"),
    # "the same evening" after a day the report has told
    ("On February 3, a roadside bomb hit a patrol near Tarmiyah. Two soldiers were hurt, "
     "officials said. The same evening, gunmen attacked a checkpoint in Taji.", "attack",
     "Taji", "2024-02-03"),
])
def test_a_deed_told_with_the_episode_takes_its_day(
        extract: Callable[..., Extraction], text: str, etype: str, kw: str, date: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype and kw in e.evidence.text]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a relative clause on a thing of the deed's clause tells what the deed did, and when
    ("Israel carried out an airstrike on a van near Tyre that killed a Hamas official on "
     "Monday, Lebanese media said.", "strike", "2024-02-05"),
    ("Militants fired a rocket at an army post near Kirkuk which wounded two soldiers on "
     "Tuesday.", "attack", "2024-02-06"),
])
def test_what_the_deed_did_dates_it(extract: Callable[..., Extraction], text: str,
                                    etype: str, date: str) -> None:
    evs = [e for e in extract(text).events if e.type == etype]
    assert evs and evs[0].date == date
