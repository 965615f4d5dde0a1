"""A casualty report opening the next paragraph, a warning of blame for deeds to come, the
arms a blow hit, and a generic lowercase phrase that is no province's name (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]

LEAD = ("The United States carried out a wave of air strikes against Houthi targets across "
        "Yemen on Saturday, the president said.\n\n")


@pytest.mark.parametrize(
    ("report", "killed"),
    [
        ("The Houthi-run health ministry said at least 31 people were killed and 101 "
         "wounded, most of them in Sanaa and in the northern province of Saada.", 31),
        ("At least 12 people were killed in Sanaa, according to medics.", 12),
    ],
)
def test_casualty_report_opening_the_next_paragraph(extract: Run, report: str,
                                                    killed: int) -> None:
    [strike] = [e for e in extract(LEAD + report, "2025-03-16").events if e.type == "strike"]
    assert strike.killed == killed


def test_toll_counted_in_another_country_is_not_the_blows(extract: Run) -> None:
    text = LEAD + "Officials said 14 people were killed in Baghdad, according to medics."
    [strike] = [e for e in extract(text, "2025-03-16").events if e.type == "strike"]
    assert strike.killed is None


def test_lowercase_northern_province_is_no_named_province(extract: Run) -> None:
    x = extract("Gunmen killed two guards in the northern province of Saada on Monday.",
                "2025-03-16")
    assert all(e.country == "YE" for e in x.events)
    assert not any(en.id == "northern-district" for en in x.entities)


@pytest.mark.parametrize(
    "warning",
    [
        "The president also said he would hold Iran responsible for every shot fired by "
        "the Houthis.",
        "Officials said they will blame Tehran for any attack on shipping.",
    ],
)
def test_warning_of_blame_to_come_blames_no_told_event(extract: Run, warning: str) -> None:
    x = extract(LEAD + "US officials said the strikes hit launch sites. " + warning,
                "2025-03-16")
    assert all("iran" not in e.attributed_to for e in x.events if e.type == "strike")


def test_blame_for_a_told_event_still_holds(extract: Run) -> None:
    x = extract("Rockets struck a base near Erbil on Monday. Officials blamed Kataib "
                "Hezbollah for the attack.", "2025-03-16")
    [ev] = x.events
    assert ev.attributed_to == ["kataib-hezbollah"]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck Houthi targets on Saturday. Officials said the strikes hit radars, "
        "air defenses and drone launch sites.",
        "The strike targeted a drone storage site near Sanaa on Saturday.",
    ],
)
def test_arms_a_blow_hit_are_not_its_means(extract: Run, text: str) -> None:
    events = extract(text, "2025-03-16").events
    assert [e.type for e in events] == ["strike"]
    assert events[0].weapon in (None, "airstrike")


@pytest.mark.parametrize(
    "later",
    [
        "Last December, the US Treasury sanctioned two militia leaders for their role in the "
        "killing of protesters.",
        "In 2019, Washington blamed Kataib Hezbollah for the killing of protesters.",
    ],
)
def test_blame_laid_before_the_event_or_for_other_victims(extract: Run, later: str) -> None:
    text = ("Gunmen shot dead a researcher in Baghdad on Monday evening. The United Nations "
            "condemned the assassination.\n\n" + later)
    x = extract(text, "2020-07-08")
    [shooting] = [e for e in x.events if e.location == "baghdad"]
    assert shooting.attributed_to == []


@pytest.mark.parametrize(
    "text",
    [
        "US forces came under fire at the Conoco gas field in eastern Syria on Thursday.",
        "A convoy came under fire near Basra on Thursday.",
        "Coalition marines came under fire near the airport in Baghdad on Thursday.",
    ],
)
def test_forces_under_fire_were_attacked(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text, "2023-10-23").events] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces came under fire from critics over the raid.",
        "The security forces came under fire in parliament on Monday.",
    ],
)
def test_forces_under_fire_of_words_were_not(extract: Run, text: str) -> None:
    assert extract(text, "2023-10-23").events == []
