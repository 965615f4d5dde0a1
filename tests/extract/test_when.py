"""Which date an event takes from its sentence and its context (extract/when.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.extract.when import ongoing
from axiswatch.model import Extraction

LEAD = "Militants fired rockets at a base in Erbil on Monday. "  # published 2024-02-08

CASES = [
    # a when-clause takes the date it hangs from
    (LEAD + "It was the first attack on the city since March, when a drone strike near the "
     "airport killed two guards.", "a drone strike", "2023-03", "month"),
    # the news of the report: the day told just before, or the month
    (LEAD + "The Treasury imposed sanctions on the group's leader.", "The Treasury",
     "2024-02-05", "day"),
    (LEAD + "Iran has denied any role in the attack.", "Iran has", "2024-02", "month"),
    # an occurrence named by what it did takes the date of its own report, not the clause's
    ("The Tigris Brigades, which officials blame for the rocket attack that killed two "
     "contractors in Erbil, said on Tuesday that it was suspending its operations.",
     "the rocket attack", None, None),
    ("The Tigris Brigades, which officials blame for the rocket attack that killed two "
     "contractors in Erbil, said on Tuesday that it was suspending its operations. "
     "Washington said it would respond to Sunday's attack.", "the rocket attack",
     "2024-02-04", "day"),
    ("US officials on Tuesday blamed the Tigris Brigades for the rocket attack that killed two "
     "contractors in Erbil.", "US officials", "2024-02", "month"),
    ("Militants claimed the rocket attack that killed two contractors in Erbil on Sunday.",
     "Militants", "2024-02-04", "day"),
    # background: a past perfect in the main clause, an adverb of no particular time
    (LEAD + "The Treasury had imposed sanctions on the group's leader.", "The Treasury",
     None, None),
    (LEAD + "Iran has previously denied any role in attacks on the base.", "Iran has",
     None, None),
    # a participle describing the object ("depots used by militias") does not keep the
    # verb's date for itself
    ("American warplanes bombed depots used by militias in eastern Syria on Tuesday evening, "
     "the first action ordered by the new president since he took office last month.",
     "American warplanes", "2024-02-06", "day"),
    # the day the lead names holds for the undated body; a span starts on its first day
    ("Militants launched drones at a base in Erbil late on Saturday and early on Sunday. "
     "Officials said most of them were shot down. Two guards were lightly hurt. "
     "The base houses foreign trainers. Its runway was closed for hours. "
     "Flights resumed in the evening. The coalition declined to comment further. "
     "Residents said they heard loud blasts. Local media showed smoke over the airport. "
     "Separately, a faction in Syria said it fired rockets at a US outpost near the border.",
     "Separately", "2024-02-03", "day"),
    # an owned event under a preposition is one the reader knows, not the day's news
    (LEAD + "The Guards said the barrage was a punishment for Israel's attack on its "
     "consulate.", "Israel's attack", "2024-02", "month"),
    # an undated statement sourced by the next sentence of its paragraph takes its day
    (LEAD + "Iran denied any role. A spokesman for its foreign ministry said on Tuesday "
     "that the groups act on their own.", "Iran denied", "2024-02-06", "day"),
    (LEAD + "Iran denied any role.\n\nA spokesman for its foreign ministry said on Tuesday "
     "that the groups act on their own.", "Iran denied", "2024-02-05", "day"),
    # a day told right after a verb of saying dates the saying, not the reported event
    ("The Jordanian army said on Wednesday it had struck a smugglers' camp near Suwayda on "
     "Monday.", "The Jordanian army", "2024-02-05", "day"),
    # a day before a determiner or a subordinator is not the noun's own modifier
    ("The militia claimed on Wednesday a rocket attack that struck a border post on Tuesday.",
     "The militia", "2024-02-06", "day"),
    ("Army officers said Tuesday that an air raid on Sunday destroyed a weapons depot in "
     "Deir ez-Zor.", "Army officers", "2024-02-04", "day"),
    # "set fire to" is a deed told in the past, not "is set to", which looks ahead
    ("Assailants set fire to the Iraqi consulate in Mashhad on Wednesday.", "Assailants",
     "2024-02-07", "day"),
    # a month opening the sentence dates it, also in the past perfect
    ("In November, gunmen had ambushed a patrol near Kirkuk.", "In November", "2023-11",
     "month"),
    # plural occurrences over a span from a "since" date are a campaign with no one date;
    # one occurrence compared with the span keeps the day of its report
    (LEAD + "Prosecutors said the cell had joined in attacks on coalition convoys since "
     "September.", "Prosecutors", None, None),
    ("Gunmen fired rockets at a base near Kirkuk on Tuesday, the first attack on the base "
     "since June.", "Gunmen", "2024-02-06", "day"),
    # a campaign kept up in the present perfect: the date of another phrase is not its own
    (LEAD + "The rebels have kept up drone attacks on tankers despite air strikes on their "
     "bases last week.", "drone attacks", None, None),
]


@pytest.mark.parametrize(("text", "evidence", "value", "precision"), CASES)
def test_event_dates_in_context(extract: Callable[..., Extraction], text: str, evidence: str,
                                value: str | None, precision: str | None) -> None:
    [event] = [e for e in extract(text).events if e.evidence.text.startswith(evidence)]
    assert (event.date, event.date_precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("The strikes followed continued rocket and drone attacks on shipping.", "attacks", True),
        ("Officials condemned repeated attacks on the base.", "attacks", True),
        ("The strikes followed rocket and drone attacks on shipping.", "attacks", False),
        ("Officials condemned the continued attack on the base.", "attack", False),
        ("The rebels have kept up their drone attacks on tankers.", "attacks", True),
        ("The rebels have stepped up their attacks on tankers.", "attacks", True),
        ("The rebels have launched attacks on tankers.", "attacks", False),
        ("The rebels kept up the pressure after the attacks on tankers.", "attacks", False),
    ],
)
def test_a_campaign_of_plural_events_has_no_one_date(extractor: Extractor, text: str,
                                                      head: str, expected: bool) -> None:
    doc = extractor.nlp(text)
    tok = next(t for t in doc if t.text == head)
    assert ongoing(tok, extractor.ontology.ongoing_modifiers) is expected


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a designation told in the present perfect with no date has none of its own
    ("Washington has designated Kataib Hezbollah as a terrorist organisation.", "sanction",
     None),
    # an undated supply is a standing state of things, not an occurrence of the month
    ("Iran supplied the Houthis with drones and missiles.", "transfer", None),
    # an undated designation in the past tense is the news of the report's month
    ("The Treasury designated two Hezbollah financiers.", "sanction", "2024-02"),
])
def test_undated_reports_of_standing_things_have_no_date(extract: Callable[..., Extraction],
                                                         text: str, etype: str,
                                                         date: str | None) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a stretch of time up to the report makes the deeds of its clause a campaign
    ("Kurdish officials said on Tuesday that militias have shelled villages near Sinjar "
     "since late December.", "attack", None),
    ("Over the past three months, Israeli jets have bombed arms convoys near Qusayr, a "
     "monitor said on Monday.", "strike", None),
    ("Security forces rounded up dozens of activists in Zahedan in recent weeks, a rights "
     "group said on Wednesday.", "arrest", None),
    ("The rebels have targeted tankers off Hodeidah since the truce collapsed, the navy said "
     "on Tuesday.", "attack", None),
    # so does a stretch between two months, however the clause hangs it
    ("Militants shelled army posts around Palmyra from November to February, a monitor "
     "said.", "attack", None),
    ("The drone attacks on oil fields near Hasakah between September and December cut "
     "output by half.", "attack", None),
    # a state that began on a day keeps that day; a deed with a day of its own keeps it
    ("The aid worker, who has been detained by the rebels since March 3, 2022, was freed on "
     "Monday.", "arrest", "2022-03-03"),
    ("In recent months, militants have become bolder, ambushing a patrol near Quneitra last "
     "week.", "attack", "2024-02"),
    # one occurrence compared with a span keeps its own day
    ("Gunmen attacked a checkpoint near Tikrit on Tuesday for the first time since 2019.",
     "attack", "2024-02-06"),
])
def test_deeds_over_a_stretch_of_time_have_no_one_date(extract: Callable[..., Extraction],
                                                       text: str, etype: str,
                                                       date: str | None) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a relative clause's date is its own verb's, not the main clause's
    ("A militia commander, who had escaped a bombing in 2020, was shot dead in Basra on "
     "Tuesday, police said.", "killing", "2024-02-06"),
    # an aside that says who a doer is by a deed lends that deed no date of the sentence
    ("Harakat al-Nujaba, which shelled a coalition base in Syria, vowed on Monday to keep "
     "fighting.", "attack", None),
    ("The rebel group, whose fighters seized a cargo ship in the Red Sea, said on Tuesday it "
     "would let the crew go.", "attack", None),
    # a passive aside tells what became of the thing, in the sentence's time
    ("In 2019, the Guards moved a radar to an airfield in Syria, which was later hit by an "
     "airstrike.", "strike", "2019"),
    # an adverb of no particular time on the verb: the saying's day is not the deed's
    ("The Quds Force has long relied on smugglers to plot attacks on exiles, officials said "
     "on Monday.", "plot", None),
])
def test_dates_told_in_other_clauses(extract: Callable[..., Extraction], text: str,
                                     etype: str, date: str | None) -> None:
    [ev] = [e for e in extract(text).events if e.type == etype]
    assert ev.date == date


def test_the_next_sentence_dates_the_deed_under_any_verb_of_saying(
        extract: Callable[..., Extraction]) -> None:
    text = ("Police in Sarajevo detained four men suspected of working for Iranian "
            "intelligence. The raids took place on Monday, the state agency reported.")
    [ev] = [e for e in extract(text).events if e.type == "arrest"]
    assert ev.date == "2024-02-05"


def test_each_clause_of_a_semicolon_list_keeps_its_own_day(
        extract: Callable[..., Extraction]) -> None:
    # the parser may hang the first clause under the second; its day stays its own
    text = ("On March 3, a rocket attack wounded two contractors at Ain al-Asad; on March 9, "
            "a drone killed a soldier at Tower 22 in Jordan.")
    dates = {e.location: e.date for e in extract(text, published="2024-03-15").events}
    assert dates.get("ain-al-asad-air-base") == "2024-03-03"
    assert dates.get("tower-22") == "2024-03-09"


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a day that heads a bundle entry is the day the entry is told from
    ("February 2: Gunmen ambushed an army patrol near Tikrit on Wednesday, police said.",
     "attack", "2024-01-31"),
    ("February 2 — The Tigris Brigades claimed a rocket attack on a base near Kirkuk on "
     "Tuesday.", "attack", "2024-01-30"),
    # a line of its own dates the entries below it up to the next such line
    ("Monday, February 5\n\nIsraeli jets bombed a depot near Qusayr, a monitor said.",
     "strike", "2024-02-05"),
    ("February 1\n\nGunmen ambushed a patrol near Tikrit.\n\nFebruary 3\n\nMilitants fired "
     "rockets at a base near Kirkuk.", "attack", "2024-02-01"),
])
def test_days_that_head_bundle_entries(extract: Callable[..., Extraction], text: str,
                                       etype: str, date: str) -> None:
    ev = next(e for e in extract(text).events if e.type == etype)
    assert ev.date == date


@pytest.mark.parametrize(("text", "date"), [
    # more occurrences than a report tells one by one: a tally, not one dated occurrence
    ("Gunmen have carried out at least 40 attacks on police posts in Sistan-Baluchestan, "
     "officials said on Tuesday.", None),
    ("Officials said on Monday that the rebels were behind more than 20 attacks on tankers.",
     None),
    # a wave told with its own day keeps it
    ("Gunmen carried out 12 attacks on police posts across Sistan-Baluchestan on Tuesday.",
     "2024-02-06"),
])
def test_a_tally_of_occurrences_has_no_one_date(extract: Callable[..., Extraction], text: str,
                                                date: str | None) -> None:
    ev = next(e for e in extract(text).events if e.type == "attack")
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a participle that describes the object ("a boat carrying rifles") does not keep the
    # date at the end of its phrase from the deed
    ("The navy said on Wednesday that it had seized a boat carrying rifles off Socotra on "
     "February 1.", "transfer", "2024-02-01"),
    # the report goes on telling the day its events took, not the day of saying
    ("Border police said on Wednesday they had intercepted a truck carrying rockets near "
     "Zakho on February 2. The driver was arrested.", "arrest", "2024-02-02"),
    ("The navy said on Wednesday that it had seized a boat carrying rifles off Socotra on "
     "February 1. Its four crew members were detained.", "arrest", "2024-02-01"),
    # with no other day told for the events, the day of saying stays the news day
    ("The army said on Monday that militants had fired rockets at a base near Hasakah. Two "
     "guards were later detained.", "arrest", "2024-02-05"),
])
def test_the_day_the_events_took_is_the_day_the_report_goes_on_telling(
        extract: Callable[..., Extraction], text: str, etype: str, date: str) -> None:
    ev = next(e for e in extract(text).events if e.type == etype)
    assert ev.date == date


@pytest.mark.parametrize(("text", "etype", "date"), [
    # an aside that tells who the doer is dates its own deed, not the main one
    ("Saraya al-Zahra, which fought Turkish troops after the 2016 offensive, denied a role in "
     "the blast.", "statement", "2024-02"),
    ("The Tigris Brigades, which clashed with police in 2019, vowed to avenge the commander.",
     "statement", "2024-02"),
    # a deed laid at the doer's door in an aside is who the doer is, not the day's news
    ("The Tigris Brigades, which Washington blamed for a rocket attack on a base near Mosul, "
     "said it was suspending operations.", "attack", None),
    (LEAD + "The Tigris Brigades, which officials accuse of a drone attack on an airport, "
     "denied a role.", "attack", None),
    # the main clause's own day still holds, and so does a deed told after the aside
    ("Saraya al-Zahra, which fought Turkish troops in 2016, denied a role in the blast on "
     "Tuesday.", "statement", "2024-02-06"),
    ("The Tigris Brigades, which emerged in 2014, fired rockets at a base near Mosul.",
     "attack", "2024-02"),
])
def test_asides_on_who_someone_is_keep_their_dates(extract: Callable[..., Extraction],
                                                   text: str, etype: str,
                                                   date: str | None) -> None:
    ev = next(e for e in extract(text).events if e.type == etype and
              not e.evidence.text.startswith("Militants"))
    assert ev.date == date
