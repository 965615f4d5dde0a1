"""Dates told relative to another event of the report ("two days after the attack")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

# Published Thursday 2024-02-08 (see conftest): "on Sunday" is 2024-02-04.
CASES = [
    # the main clause: the anchor's date plus the offset
    ("Gunmen fired rockets at a police station in Kirkuk on Sunday, killing two officers.\n\n"
     "Two days after the attack, the Tigris Brigades announced that it was suspending its "
     "operations.", "Two days after", "2024-02-06", "day"),
    ("Gunmen fired rockets at a police station in Kirkuk on Sunday, killing two officers.\n\n"
     "The day after the attack, the Tigris Brigades announced that it was suspending its "
     "operations.", "The day after", "2024-02-05", "day"),
    ("Gunmen fired rockets at a police station in Kirkuk on January 20, killing two "
     "officers.\n\nShortly after the attack, police arrested three men in the city.",
     "Shortly after", "2024-01-20", "day"),
    ("Gunmen fired rockets at a police station in Kirkuk on January 20, killing two "
     "officers.\n\nThat night, a drone struck a militia base near Mosul.", "That night",
     "2024-01-20", "day"),
    # "the attack", "the barrage" refer back to the news the report leads with, not to an
    # older attack it mentions on the way
    ("Militants fired rockets at a base in Erbil on Saturday, weeks after the January 3 "
     "attack on a convoy near Mosul.\n\nTwo days after the attack, the Tigris Brigades "
     "announced that it was suspending its operations.", "Two days after", "2024-02-05",
     "day"),
    ("Iran launched drones and missiles at Israel late on Saturday in retaliation for the "
     "April 1 strike on its consulate in Damascus.\n\nHours before the barrage began, "
     "Revolutionary Guards commandos seized a container ship near the Strait of Hormuz.",
     "Hours before", "2024-02-03", "day"),
    # the event's own date wins over the offset
    ("Gunmen fired rockets at a police station in Kirkuk on Sunday, killing two officers.\n\n"
     "Two days after the attack, the Tigris Brigades announced on Wednesday that it was "
     "suspending its operations.", "Two days after", "2024-02-07", "day"),
    # told inside the anchor: the main clause's date minus the offset
    ("The Treasury imposed sanctions on a Basra shipping firm on Tuesday.\n\n"
     "The sanctions came three days after militants fired rockets at a base in Erbil.",
     "three days after militants", "2024-02-03", "day"),
    ("An air strike on a car in Baghdad killed a militia commander on Tuesday.\n\n"
     "The strike came five days after US jets struck weapons depots in Anbar province.",
     "The strike came", "2024-02-01", "day"),
    # "the strikes" names the strike, not an attack told after it
    ("US jets struck weapons depots in Anbar province on Friday. A drone attack on a base in "
     "Erbil killed two soldiers on Sunday.\n\nThe strikes came three days after the Tigris "
     "Brigades announced a halt to its attacks on US troops.", "three days after",
     "2024-01-30", "day"),
    # "hours later" in another section: the day of the event last told
    ("A drone strike hit a warehouse in Deir ez-Zor on Monday, killing four fighters.\n\n"
     "Syria: rockets on a base\n\n"
     "Hours later, militants fired rockets at a US base in Hasakah province.",
     "Hours later", "2024-02-05", "day"),
    ("Militants fired rockets at a base in Erbil on Monday. The next day, gunmen attacked "
     "a checkpoint in Mosul.", "The next day", "2024-02-06", "day"),
    # "the same day": the day the text last named, though nothing happened on it
    ("Militants fired rockets at a base in Erbil on Saturday. By Tuesday the two "
     "governments were talking again. Prime Minister Mohammed Shia al-Sudani met the US "
     "ambassador in Baghdad the same day.", "Prime Minister", "2024-02-06", "day"),
    # the anchor inside an apposition to the date of a verb chain ("began shelling")
    ("The militia began shelling the border town on January 12, the day after a drone "
     "strike on its depot.", "a drone strike", "2024-01-11", "day"),
    ("The rebels have held their fire since they began shelling Israeli towns on January 12, "
     "the day after an Israeli drone strike on their depot.", "an Israeli drone strike",
     "2024-01-11", "day"),
    # "five days later" with a date of a conjoined clause that is not its own
    ("Gunmen fired rockets at the airport of Erbil on January 10, killing a contractor. "
     "Five days later, rockets hit an air base north of Baghdad, and on January 19 two "
     "rockets landed near the embassy.", "Five days later", "2024-01-15", "day"),
    # "the previous day" in a sentence of its own: the day before the day last named
    ("Gunmen shot dead a judge in Basra on Saturday. The previous day, a bomb hit a convoy "
     "near Mosul.", "The previous day", "2024-02-02", "day"),
    ("Gunmen shot dead a judge in Basra on Saturday.\n\nThe day before, a bomb hit a convoy "
     "near Mosul.", "The day before", "2024-02-02", "day"),
    # with a day named before it in its own sentence, that day; with none named, the report's
    ("The army said on Monday that a drone had hit a convoy near Qaim the previous evening.",
     "The army", "2024-02-04", "day"),
    ("The previous day, a bomb hit a convoy near Mosul.", "The previous day", "2024-02-07",
     "day"),
    # "the same day" after "the previous day": the day before the one named, not the report's
    ("Gunmen shot dead a judge in Basra on Saturday. The previous day, a bomb hit a convoy "
     "near Mosul. The same day, militants fired rockets at a base in Erbil.", "The same day",
     "2024-02-02", "day"),
    # hours after a deed told late in its day (or before one told early in it): past midnight
    ("A drone hit a fuel depot near Raqqa late on Sunday.\n\nHours after the attack, gunmen "
     "killed a police officer in Kirkuk.", "Hours after", "2024-02-05", "day"),
    ("A drone hit a fuel depot near Raqqa on Sunday evening. Hours later, gunmen ambushed an "
     "army patrol near Hasakah.", "Hours later", "2024-02-05", "day"),
    ("Gunmen killed two police officers in Kirkuk hours after a drone hit a fuel depot near "
     "Raqqa on Monday night.", "Gunmen killed", "2024-02-06", "day"),
    ("A drone hit a fuel depot near Raqqa early on Tuesday. Hours before the attack, gunmen "
     "ambushed an army patrol near Hasakah.", "Hours before", "2024-02-05", "day"),
    # ... but not when the deed was told at no late hour, nor a day later than "hours"
    ("A drone hit a fuel depot near Raqqa on Sunday. Hours later, gunmen ambushed an army "
     "patrol near Hasakah.", "Hours later", "2024-02-04", "day"),
    ("A drone hit a fuel depot near Raqqa late on Sunday. Two days after the attack, gunmen "
     "killed a police officer in Kirkuk.", "Two days after", "2024-02-06", "day"),
    ("A drone hit a fuel depot near Raqqa early on Tuesday. Hours after the attack, gunmen "
     "ambushed an army patrol near Hasakah.", "Hours after", "2024-02-06", "day"),
    # a few counted hours after a late deed stay in its day; about six or more pass midnight
    ("Rockets struck Kiryat Shmona late on Sunday. Two hours later, jets hit a depot near "
     "Nabatieh.", "Two hours later", "2024-02-04", "day"),
    ("A drone hit a fuel depot near Raqqa late on Sunday. An hour after the attack, gunmen "
     "ambushed an army patrol near Hasakah.", "An hour after", "2024-02-04", "day"),
    ("Rockets struck Kiryat Shmona late on Sunday. Eight hours later, jets hit a depot near "
     "Nabatieh.", "Eight hours later", "2024-02-05", "day"),
    # a thing that is no event, dated before: "the truce", "the deadline", "the funeral"
    ("The truce between the two sides, which took effect before dawn on January 27, looked "
     "fragile.\n\nA day after the truce took effect, jets struck a depot near Nabatieh.",
     "A day after", "2024-01-28", "day"),
    ("The deadline set by the militia expired on January 27. Two days after the deadline "
     "expired, gunmen ambushed an army patrol near Hasakah.", "Two days after", "2024-01-29",
     "day"),
    ("The funeral of the commander was held in Baghdad on January 27.\n\nHours after the "
     "funeral, a drone hit a fuel depot near Raqqa.", "Hours after", "2024-01-27", "day"),
    # "that shooting" points at the latest shooting, not the one the report leads with; "a
    # day after" a deed told by its month falls in that month; "shortly afterwards" follows
    # the deed told last, not a day named before it
    ("Militants fired rockets at a base in Erbil on January 3. In early February, a man "
     "fired shots outside the embassy in Oslo. A day after that shooting, two explosions "
     "were heard near the embassy in Copenhagen.", "A day after", "2024-02", "month"),
    ("Militants fired rockets at a base in Erbil on January 3. In early February, a man "
     "fired shots outside the embassy in Oslo. Police arrested two men at a railway station "
     "in Oslo shortly afterwards.", "Police arrested", "2024-02", "month"),
    ("A drone hit a fuel depot near Raqqa on Sunday. Gunmen ambushed an army patrol near "
     "Hasakah shortly afterwards.", "Gunmen ambushed", "2024-02-04", "day"),
    # ... but a deed told since by the month of that day leaves "the same day" on that day
    ("The Treasury sanctioned a shipping network on January 4. Officials said Iran had "
     "shipped drones to the Houthis in January. The State Department announced the same day "
     "that it would pay up to $10 million for information on the network.",
     "The State Department", "2024-01-04", "day"),
    # a new deed told as the subject ("two explosions were heard") is dated by the offset
    ("Gunmen fired shots at the embassy in Oslo on January 3. A day after that shooting, two "
     "explosions were heard near the embassy in Copenhagen.", "A day after", "2024-01-04",
     "day"),
]


@pytest.mark.parametrize(("text", "evidence", "value", "precision"), CASES)
def test_dates_relative_to_another_event(extract: Callable[..., Extraction], text: str,
                                         evidence: str, value: str, precision: str) -> None:
    events = extract(text).events
    [event] = [e for e in events if e.evidence.text.startswith(evidence)]
    assert (event.date, event.date_precision) == (value, precision)


def test_an_event_with_its_own_date_keeps_it(extract: Callable[..., Extraction]) -> None:
    events = extract("Militants fired rockets at a base in Erbil on January 25.\n\n"
                     "The group claimed the attack on Sunday.").events
    assert [e.date for e in events] == ["2024-01-25", "2024-02-04"]


@pytest.mark.parametrize("text", [
    # a thing the text gave no day: the offset places nothing
    "The truce between the two sides looked fragile.\n\nA day after the truce took effect, "
    "jets struck a depot near Nabatieh.",
    # a day told for another thing than the one the anchor names
    "The talks in Doha ended on January 27.\n\nA day after the truce took effect, jets "
    "struck a depot near Nabatieh.",
])
def test_an_undated_thing_dates_nothing(extract: Callable[..., Extraction], text: str) -> None:
    [event] = [e for e in extract(text).events if e.evidence.text.startswith("A day after")]
    assert event.date != "2024-01-28"


def test_weeks_after_a_deed_told_by_its_month_leave_that_month(
        extract: Callable[..., Extraction]) -> None:
    events = extract("Gunmen attacked a checkpoint in Mosul in early January. Two weeks after "
                     "the attack, police arrested three men in the city.").events
    [arrest] = [e for e in events if e.type == "arrest"]
    assert arrest.date != "2024-01"
