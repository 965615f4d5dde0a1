"""Dates counted from the day a sentence is told on (nlp/dates.py), published on a
Thursday, 2024-02-08."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _date_of(x: Extraction, evidence: str) -> str | None:
    [event] = [e for e in x.events if e.evidence.text.startswith(evidence)]
    return event.date


@pytest.mark.parametrize(("text", "value"), [
    # "overnight", "last night", "today" count from the day the telling is dated
    ("Gunmen raided a border post near Zakho overnight, wounding three guards, "
     "officials said on Monday.", "2024-02-05"),
    ("Militants fired mortars at a camp near Samarra last night, police told reporters "
     "on Tuesday.", "2024-02-05"),
    ("Police announced on Sunday that a bomb exploded in Tikrit today.", "2024-02-04"),
    # with no day of telling, they count from the report's own date
    ("Gunmen raided a border post near Zakho overnight, wounding three guards.",
     "2024-02-08"),
    ("Gunmen raided a border post near Zakho overnight, wounding three guards, "
     "officials said.", "2024-02-08"),
    # a day that dates a deed, not a saying, is no day of telling
    ("Rockets hit a camp near Samarra on Tuesday and again overnight, police said.",
     "2024-02-06"),
])
def test_news_words_count_from_the_day_told(extract: Extract, text: str,
                                            value: str) -> None:
    assert _date_of(extract(text), text[:12]) == value


DATELINE = "MOSUL, Feb 3 (Reuters) - "


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # the lead a dateline opens tells the news of the dateline's day
    (DATELINE + "Gunmen raided a border post near Zakho, wounding three guards, officials "
     "said.", DATELINE, "2024-02-03"),
    (DATELINE + "Gunmen raided a border post near Zakho. Police arrested two suspects in "
     "Duhok.", "Police arrested", "2024-02-03"),
    # a deed the lead dates itself keeps its date; later paragraphs keep the month
    (DATELINE + "Gunmen raided a border post near Zakho. They had raided a farm near Sinjar "
     "in January.", "They had raided", "2024-01"),
    (DATELINE + "Gunmen raided a border post near Zakho.\n\nPolice arrested two suspects in "
     "Duhok, officials said.", "Police arrested", "2024-02"),
])
def test_lead_of_a_dateline_tells_its_day(extract: Extract, text: str, evidence: str,
                                         value: str) -> None:
    assert _date_of(extract(text), evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # a month that opens a sentence goes on in the year the sentence before named
    ("Police broke up the smuggling ring in March 2021. In August, a court in Basra "
     "jailed its leader.", "In August", "2021-08"),
    ("The cell was broken up in early May 2022. In late September, gunmen attacked a "
     "checkpoint in Tikrit.", "In late September", "2022-09"),
    ("Police broke up the smuggling ring in March 2021. A court in Basra jailed its "
     "leader in August.", "A court", "2021-08"),
    ("Police broke up the smuggling ring in March 2021. A court in Basra jailed its "
     "leader on Monday.", "A court", "2024-02-05"),
    # not a month that comes before the named one, a span's bound, nor across paragraphs
    ("Police broke up the smuggling ring in September 2021. In August, a court in Basra "
     "jailed its leader.", "In August", "2023-08"),
    ("Police broke up the smuggling ring in March 2021.\n\nIn August, a court in Basra "
     "jailed its leader.", "In August", "2023-08"),
    ("Police broke up the smuggling ring in 2021. In August, a court in Basra jailed its "
     "leader.", "In August", "2023-08"),
])
def test_month_goes_on_in_the_year_named(extract: Extract, text: str, evidence: str,
                                         value: str) -> None:
    assert _date_of(extract(text), evidence) == value
