"""Date expressions resolved against a reference date, with their precision."""

from __future__ import annotations

import pytest

from axiswatch.nlp.dates import (
    choose_reference,
    day_headings,
    find_dates,
    resolve_date,
    time_spans,
)

REF = "2024-08-26"  # a Monday


@pytest.mark.parametrize(
    ("text", "ref", "value", "precision"),
    [
        ("on Sunday", REF, "2024-08-25", "day"),
        ("early on Sunday", REF, "2024-08-25", "day"),
        ("on Monday", REF, "2024-08-26", "day"),
        ("last Monday", REF, "2024-08-19", "day"),
        ("the July shooting", REF, "2024-07", "month"),
        ("the previous evening", REF, "2024-08-25", "day"),
        ("on Thursday", "2024-10-31", "2024-10-31", "day"),
        ("yesterday", REF, "2024-08-25", "day"),
        ("last night", REF, "2024-08-25", "day"),
        ("overnight", REF, "2024-08-26", "day"),
        ("last week", REF, "2024-08", "month"),
        ("on Tuesday of last week", REF, "2024-08-20", "day"),
        ("Friday last week", "2024-08-29", "2024-08-23", "day"),
        ("on Thursday last week", "2024-08-29", "2024-08-22", "day"),
        ("last month", REF, "2024-07", "month"),
        ("last month", "2024-01-15", "2023-12", "month"),
        ("earlier this month", REF, "2024-08", "month"),
        ("on February 3", REF, "2024-02-03", "day"),
        ("February 3", "2024-01-10", "2023-02-03", "day"),
        ("on March 3,", "2021-03-04", "2021-03-03", "day"),
        ("since February 15", "2021-03-04", "2021-02-15", "day"),
        ("Since August 5, nurses", REF, "2024-08-05", "day"),
        ("in December 2020", REF, "2020-12", "month"),
        ("in 2018", REF, "2018", "year"),
        ("the 1994 attack", REF, "1994", "year"),
        ("on January 3, 2020", REF, "2020-01-03", "day"),
        ("a November 7, 2019, rocket attack", REF, "2019-11-07", "day"),
        ("on 7 November 2019", REF, "2019-11-07", "day"),
        ("between January 31 and February 6", REF, "2024-01-31", "day"),
        ("Between May and October 2019", REF, "2019-05", "month"),
        ("since October", REF, "2023-10", "month"),
        ("in June", REF, "2024-06", "month"),
        # a month that opens its sentence, after a capitalized preposition
        ("In June, the militia", REF, "2024-06", "month"),
        ("Since July, the rebels", REF, "2024-07", "month"),
        ("During April the group", REF, "2024-04", "month"),
        ("in August", REF, "2024-08", "month"),
        ("last year", REF, "2023", "year"),
        # a day or month told without its year, then "last year": of the year before,
        # though that day of this year is past already
        ("on August 3 last year", REF, "2023-08-03", "day"),
        ("on 3 August, last year", REF, "2023-08-03", "day"),
        ("in July last year", REF, "2023-07", "month"),
        ("on August 3", REF, "2024-08-03", "day"),
        ("in the first nine months of 2020", REF, "2020", "year"),
        ("on Sunday", "2024-08", "2024-08", "month"),
        ("three days ago", REF, "2024-08-23", "day"),
        ("a week ago", "2024-08-05", "2024-07", "month"),
        # the week or month before, told with no day named: before the reference date
        ("The previous week, gunmen", "2024-08-05", "2024-07", "month"),
        ("the week before.", REF, "2024-08", "month"),
        ("The preceding month, police", REF, "2024-07", "month"),
        ("two days ago", "2024-08", "2024-08", "month"),
        ("over the weekend", REF, "2024-08", "month"),
        ("over the weekend", "2024-09-02", "2024-08", "month"),
        ("this past weekend", "2024-08", "2024-08", "month"),
        ("overnight into Sunday", REF, "2024-08-25", "day"),
        ("overnight Saturday", REF, "2024-08-24", "day"),
        ("overnight on August 20-21", REF, "2024-08-20", "day"),
        ("overnight into 4 August", REF, "2024-08-04", "day"),
        # a span of days told before their month dates from its first day
        ("on the night of 19-20 August", REF, "2024-08-19", "day"),
        ("on 12 and 13 August", REF, "2024-08-12", "day"),
        ("on 30\u201331 July 2023", REF, "2023-07-30", "day"),
        ("fired 3 rockets on 20 August", REF, "2024-08-20", "day"),
    ],
)
def test_resolution_table(text: str, ref: str, value: str, precision: str) -> None:
    assert resolve_date(text, ref) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "107mm- and 240mm-caliber rockets",
        "about $100 million",
        "fired about 4,000 rockets",
        "a range of 300 km",
        "nothing here",
        "they may go",
        "the week before the vote",
        "in the month before the election",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_relative_needs_a_reference() -> None:
    assert resolve_date("on Sunday", None) is None
    assert resolve_date("in December 2020", None) == ("2020-12", "month")


def test_offsets_slice_the_text() -> None:
    text = ("Rockets struck the base on Sunday, a week after the December 2020 raid and the "
            "3-4 May blasts.")
    for m in find_dates(text, REF, offset=10):
        assert text[m.start - 10:m.end - 10] == m.text


@pytest.mark.parametrize(
    ("section", "published", "expected"),
    [
        ("2024-08", "2024-08-26", "2024-08-26"),
        ("2024-02-14", "2024-08-26", "2024-02-14"),
        ("2024-07", "2024-08-26", "2024-07"),
        (None, "2024-08-26", "2024-08-26"),
        ("2024-08-01", None, "2024-08-01"),
    ],
)
def test_choose_reference(section: str | None, published: str | None, expected: str) -> None:
    assert choose_reference(section, published) == expected


def test_the_previous_day_is_the_day_before_the_day_named() -> None:
    from axiswatch.nlp.dates import find_dates

    found = find_dates("The group said on Wednesday that it had fired the rockets the "
                       "previous evening.", "2024-08-01")
    assert [(d.text, d.value) for d in found] == [("on Wednesday", "2024-07-31"),
                                                  ("the previous evening", "2024-07-30")]


@pytest.mark.parametrize(("text", "part"), [
    ("late on Sunday", "late"), ("on Sunday evening", "late"), ("on Monday night", "late"),
    ("the previous evening", "late"), ("last night", "late"), ("early on Friday", "early"),
    ("on Tuesday morning", "early"), ("on Sunday", ""), ("on Sunday, officials said", ""),
    ("in late July", ""),
])
def test_the_part_of_the_day_told(text: str, part: str) -> None:
    [found] = find_dates(text, REF)
    assert found.part_of_day == part


@pytest.mark.parametrize(("text", "found"), [
    # days counted from the day the sentence names before them, back or forth
    ("The navy said on Thursday that it had boarded the dhow three days earlier.",
     [("on Thursday", "2024-08-01"), ("three days earlier", "2024-07-29")]),
    ("Militants fired rockets at the base on Monday, March 4, and a day later at the "
     "airport.", [("March 4", "2024-03-04"), ("a day later", "2024-03-05")]),
    ("Two men were detained on Sunday and a third man a day before, police said.",
     [("on Sunday", "2024-07-28"), ("a day before", "2024-07-27")]),
    # with no day named before them they count from an event, not from the report
    ("A day later, gunmen attacked a checkpoint.", []),
    # "before" with its own anchor names an event, not a day
    ("The cell was arrested two days before the vote on Sunday.", [("on Sunday", "2024-07-28")]),
])
def test_days_counted_from_the_day_named(text: str, found: list[tuple[str, str]]) -> None:
    from axiswatch.nlp.dates import find_dates

    assert [(d.text, d.value) for d in find_dates(text, "2024-08-01")] == found


@pytest.mark.parametrize(("text", "kind"), [
    ("Talks ran between March 3 and April 9, 2021.", "range"),
    ("Fighting went on between May 2020 and June 2021.", "range_month"),
    ("The convoy left on October 12, 2022.", "mdy"),
    ("The convoy left on 12 October 2022.", "dmy"),
    ("The convoy left on Oct. 12 at dawn.", "md"),
    ("The convoy left on 12 Oct at dawn.", "dm"),
    ("The convoy left in October of 2022.", "my"),
    ("The convoy left on 2022-10-12.", "iso"),
    ("The convoy left last night.", "yesterday"),
    ("They had met the day before.", "previous_day"),
    ("The convoy left three days ago.", "ago"),
    ("They said on Friday the convoy had left two days earlier.", "days_off"),
    ("The convoy leaves tonight.", "today"),
    ("The convoy left over the weekend.", "weekend"),
    ("The convoy left last week.", "last_week"),
    ("The convoy had left the previous week.", "previous_week"),
    ("The month before, the convoy had left.", "previous_month"),
    ("The convoy left earlier this week.", "this_week"),
    ("The convoy left last month.", "last_month"),
    ("The convoy left this month.", "this_month"),
    ("The convoy left last year.", "last_year"),
    ("The convoy left earlier this year.", "this_year"),
    ("The convoy left on Tuesday.", "weekday"),
    ("The convoy left in October.", "month"),
    ("The convoy left in 2019.", "year"),
])
def test_every_kind_passes_its_word_filter(text: str, kind: str) -> None:
    # Each pattern runs only on text holding a word it needs; the filter must let
    # every kind of expression through.
    assert kind in {d.kind for d in find_dates(text, "2024-08-26")}


@pytest.mark.parametrize(("text", "found"), [
    ("Militias have shelled the town in recent weeks.", "in recent weeks"),
    ("Over the past two years, the network moved cash.", "Over the past two years"),
    ("Jets struck convoys during the last few months.", "during the last few months"),
    ("Raids went on throughout the previous year.", "throughout the previous year"),
    ("Gunboats harassed tankers between August and early October 2023.",
     "between August and early October 2023"),
    ("Rockets fell on the camp from March until May, a monitor said.", "from March until May"),
    ("Jets struck a convoy last week.", None),
    ("The talks ran from March 3 to March 5.", None),
    ("Gunmen raided farms from June to July 4.", None),
    ("Boats were seized from August to December 12, the navy said.", None),
    ("He lived there from March to may be sold.", None),
    ("In the past, the group attacked ships.", None),
])
def test_stretches_of_time_up_to_the_report(text: str, found: str | None) -> None:
    spans = time_spans(text)
    assert [text[s:e] for s, e in spans] == ([found] if found else [])


def test_days_that_head_entries_and_what_they_date() -> None:
    text = ("Weekly log\n\nSunday, August 18\n\nRockets hit a base.\n\nAugust 20: Drones "
            "struck a ship.\nNo more news.\n\n3 August - An old item.\n\nMarch 8 was calm.")
    found = [(text[s:e].split("\n")[0], day) for s, e, day in day_headings(text, REF)]
    assert found == [("Sunday, August 18", "2024-08-18"),
                     ("August 20: Drones struck a ship.", "2024-08-20"),
                     ("3 August - An old item.", "2024-08-03")]


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        # a day a little after a day-precise reference (a daily update's heading) is of its year
        ("on October 21", "2023-10-20", "2023-10-21"),
        ("on 22 October", "2023-10-20", "2023-10-22"),
        ("between October 21 and 23", "2023-10-20", "2023-10-21"),
        ("on October 27", "2023-10-20", "2023-10-27"),
        # further ahead it is the last time that day came round
        ("on October 28", "2023-10-20", "2022-10-28"),
        ("on December 30", "2024-01-02", "2023-12-30"),
        ("between December 30 and January 2", "2024-01-02", "2023-12-30"),
        # a reference of month precision takes any day of its month, of its year
        ("on August 30", "2024-08", "2024-08-30"),
        ("on September 2", "2024-08", "2023-09-02"),
        # a reference of year precision takes any day of its year
        ("on May 4", "2024", "2024-05-04"),
    ],
)
def test_day_without_year_takes_the_nearest_year(text: str, ref: str, value: str) -> None:
    assert resolve_date(text, ref) == (value, "day")
