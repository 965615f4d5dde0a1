"""Who made a plot told through the charges, pleas and arrests that name it: the person
charges are brought against ("charges against X for plotting", "X faces charges of",
"accusing him of"), the one who pleads guilty to it, those charged in or over a plot and the
adjective of its maker ("charged in an Iranian plot"), a plot "directed by" a body, a
handler who "directed two men to kill" someone, and the man the parse makes the object of
the verb of saying; a plot named as the reason of an arrest ("arrested for planning
attacks") is told there and is alleged; a state named as the plot's maker does not make the
arrest its act (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Justice Department unsealed charges against Mohammad Rezaei, a member of the "
         "IRGC, for plotting to kill a former adviser.",
         {"mohammad-rezaei", "islamic-revolutionary-guard-corps"}),
        ("Mohammad Rezaei faces charges of conspiring to murder a retired general.",
         {"mohammad-rezaei"}),
        ("Mohammad Rezaei pleaded guilty to plotting to kill a former adviser on behalf of the "
         "IRGC.", {"mohammad-rezaei", "islamic-revolutionary-guard-corps"}),
        ("Prosecutors unsealed an indictment against Mohammad Rezaei, accusing him of "
         "plotting to kill a journalist.", {"mohammad-rezaei"}),
        ("Ali Karimi, a member of a Georgian crime gang, was charged in an Iranian plot to "
         "kill a journalist in Chicago.", {"iran", "ali-karimi"}),
        ("Prosecutors in Oslo charged an IRGC official over a plot to kill a former minister.",
         {"islamic-revolutionary-guard-corps"}),
        ("Mohammad Rezaei and Ali Karimi were charged in a murder-for-hire plot directed by "
         "Iran against a writer in Houston.", {"iran", "mohammad-rezaei", "ali-karimi"}),
        ("The Justice Department said Reza Tavakoli, an IRGC officer, directed two men to kill "
         "a blogger in Denver.", {"reza-tavakoli", "islamic-revolutionary-guard-corps"}),
        ("The FBI said Mohammad Rezaei, acting at the direction of the IRGC, offered $200,000 "
         "to a hitman to kill a former envoy.",
         {"mohammad-rezaei", "islamic-revolutionary-guard-corps"}),
    ],
)
def test_who_is_held_to_a_charged_plot(extract: Run, text: str, expected: set[str]) -> None:
    [ev] = plots(extract(text))
    assert parties(ev) == expected


def test_a_plot_the_arrest_is_for_is_told_and_alleged(extract: Run) -> None:
    x = extract("Police arrested Hossein Rahimi for planning attacks on Jewish sites in Lima.")
    [ev] = plots(x)
    assert parties(ev) == {"hossein-rahimi"}
    assert ev.certainty == "alleged"


def test_an_arrest_on_suspicion_of_planning_makes_the_plot_alleged(extract: Run) -> None:
    [ev] = plots(extract("Hossein Rahimi was arrested on suspicion of planning an attack on "
                         "a synagogue."))
    assert ev.certainty == "alleged"


def test_detainees_a_plot_would_free_accuse_no_one(extract: Run) -> None:
    # (an attempt told as done: a plan alone is an allegation whoever tells it)
    [ev] = plots(extract("Militants tried to storm the jail and free detainees held there, "
                         "a rebel leader said."))
    assert ev.certainty == "confirmed"


def test_the_maker_of_the_plot_does_not_charge(extract: Run) -> None:
    x = extract("Ali Karimi was charged in an Iranian plot to kill a journalist in Chicago.")
    assert one_event(x, "arrest").actors == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the act was done: a toll is told
        ("The commander directed fighters to fire rockets at the base on Monday, killing two "
         "soldiers.", "attack"),
        # "direct" as an adjective is no word of intent
        ("Iran launched drones at Israel on Saturday in its first direct military attack on "
         "the country.", "strike"),
    ],
)
def test_a_directed_act_that_was_done_is_no_plot(extract: Run, text: str, etype: str) -> None:
    x = extract(text)
    assert not plots(x)
    assert one_event(x, etype)
