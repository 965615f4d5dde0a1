"""Dates a sentence passes on to the next ones of its paragraph, and stances held as of
the report (extract/when.py, extract/records.py). Published on a Thursday, 2024-02-08."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

LEAD = "Gunmen shot dead a judge in Najaf on Tuesday. "

Extract = Callable[..., Extraction]


def _date_of(x: Extraction, evidence: str) -> tuple[str | None, str | None]:
    [event] = [e for e in x.events if e.evidence.text.startswith(evidence)]
    return event.date, event.date_precision


@pytest.mark.parametrize(("text", "evidence", "value", "precision"), [
    # a day or period of the calendar that opens its sentence dates what the paragraph
    # goes on to tell, as a full date does, not the day of the news told before
    (LEAD + "Last month, police detained six members of the cell in Kufa. A judge jailed "
     "three of them for life.", "A judge", "2024-01", "month"),
    (LEAD + "In December, police detained six members of the cell in Kufa. A judge jailed "
     "three of them for life.", "A judge", "2023-12", "month"),
    (LEAD + "On January 17, police detained six members of the cell in Kufa. A judge "
     "jailed three of them for life.", "A judge", "2024-01-17", "day"),
    # a new paragraph, a weekday and a date told inside the sentence are not passed on
    (LEAD + "Last month, police detained six members of the cell in Kufa.\n\nA judge "
     "jailed three of them for life.", "A judge", "2024-02-06", "day"),
    (LEAD + "On Monday, police detained six members of the cell in Kufa. A judge jailed "
     "three of them for life.", "A judge", "2024-02-05", "day"),
    (LEAD + "Police detained six men over the killing of a cleric in Kufa last month. A "
     "judge jailed three of them for life.", "A judge", "2024-02-06", "day"),
    # a year that names a thing ("the 1974 agreement") is not the time told next
    ("On January 8, the prime minister said the 1974 agreement with Syria had collapsed and "
     "sent troops into the buffer zone. Israeli jets struck a depot near Quneitra.",
     "Israeli jets", "2024-01-08", "day"),
    # a sentence that tells no event passes on the calendar day it names, within its
    # paragraph only
    ("Hezbollah vowed revenge for the killing. The first answer came on Saturday, February "
     "3. Hezbollah said it fired 40 rockets at a base on Mount Meron.", "Hezbollah said",
     "2024-02-03", "day"),
    ("Hezbollah vowed revenge for the killing. The first answer came on Saturday, February "
     "3.\n\nHezbollah said it fired 40 rockets at a base on Mount Meron.", "Hezbollah said",
     "2024-02", "month"),
    # a year told as the time of a deed still is
    ("Hezbollah fired rockets at Metula in 2006. Israeli jets struck a depot near Tyre.",
     "Israeli jets", "2006", "year"),
])
def test_dates_passed_on_in_the_paragraph(extract: Extract, text: str, evidence: str,
                                          value: str | None, precision: str | None) -> None:
    assert _date_of(extract(text), evidence) == (value, precision)


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # a standing supply disowned in the simple present: the stance of the report's month
    ("The Ashtar Brigades obtain explosives from Iran, Bahraini officials say. Damascus "
     "denies equipping them.", "Damascus denies", "2024-02"),
    ("Several Gulf capitals accuse Iran of shipping missiles to the militia, while Tehran "
     "denies giving it weapons.", "while Tehran denies", "2024-02"),
    # a deed disowned in the present, or a denial of long standing, tells no time
    ("Kuwait blames the Sabreen Brigades for a drone attack on Monday that hurt two "
     "guards. The group denies launching the drone.", "The group denies", None),
])
def test_stances_held_as_of_the_report(extract: Extract, text: str, evidence: str,
                                       value: str | None) -> None:
    assert _date_of(extract(text), evidence)[0] == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # the week or month before the day the paragraph tells, past perfect or not
    (LEAD + "The previous week, gunmen had torched a liquor store in Kufa.", "The previous",
     "2024-01"),
    (LEAD + "The week before, gunmen torched a liquor store in Kufa.", "The week", "2024-01"),
    (LEAD + "Police had detained his brother in Kufa the previous month.", "Police",
     "2024-01"),
    # with no day told before, the week before the report
    ("The previous week, gunmen had torched a liquor store in Kufa.", "The previous",
     "2024-02"),
])
def test_the_week_or_month_before_the_day_told(extract: Extract, text: str, evidence: str,
                                              value: str) -> None:
    assert _date_of(extract(text), evidence)[0] == value



@pytest.mark.parametrize(("text", "evidence", "value"), [
    # "at the time": the time the sentence before named, or the deed told last
    ("The crisis deepened in December, when a vessel reached the gas field. Defence Minister "
     "Benny Gantz warned at the time that Israel would defend its gas fields.",
     "Defence Minister", "2023-12"),
    ("Gunmen stabbed a journalist near his home in London on January 29. He was released "
     "from hospital the next day.\n\nIran's embassy denied at the time that Tehran had any "
     "role.", "Iran's embassy", "2024-01-29"),
])
def test_told_at_the_time(extract: Extract, text: str, evidence: str, value: str) -> None:
    assert _date_of(extract(text), evidence)[0] == value


def test_at_the_time_of_a_deed_is_no_reference_back(extract: Extract) -> None:
    x = extract("The crisis deepened in December, when a vessel reached the gas field. "
                "Defence Minister Benny Gantz warned at the time of the attack that Israel "
                "would respond.")
    assert _date_of(x, "Defence Minister")[0] != "2023-12"
