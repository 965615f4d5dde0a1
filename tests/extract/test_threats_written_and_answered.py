"""Threats put out in writing or as a reply, hostile acts a side says it will not
tolerate, and a party's own force declared stood down (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _statements(extraction: Extraction, subtype: str) -> list[Event]:
    return [e for e in extraction.events if e.type == "statement" and e.subtype == subtype]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("US President Joe Biden posted a photo of the wreckage and wrote that if a single "
         "soldier was hurt, he would hold Iran responsible.", "joe-biden"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani replied that he was ready for a "
         "confrontation if it was needed to defend the state.", "mohammed-shia-al-sudani"),
        ("Hezbollah leader Hassan Nasrallah answered that his fighters would retaliate "
         "against any attack.", "hassan-nasrallah"),
        ("Benjamin Netanyahu replied on Sunday that Hamas would bear the consequences of "
         "any attack.", "benjamin-netanyahu"),
        ("Ali Khamenei wrote on X that the Zionist regime would be punished.", "ali-khamenei"),
        ("Hossein Amir-Abdollahian answered on Monday that Washington would bear full "
         "responsibility for any escalation.", "hossein-amir-abdollahian"),
        ("Joe Biden said Iran would be held fully responsible for any loss of life or "
         "damage at US facilities.", "joe-biden"),
        ("Joe Biden said he would hold Iran responsible for any loss of American lives.",
         "joe-biden"),
    ],
)
def test_a_threat_written_or_given_as_a_reply(extract: Run, text: str, speaker: str) -> None:
    (threat,) = _statements(extract(text), "threat")
    assert threat.actors[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Post wrote that Hezbollah would retaliate within weeks.",
        "Thomas Friedman wrote in the New York Times that Hezbollah would retaliate "
        "within weeks.",
        "Analysts at the Washington Institute wrote that Hezbollah would retaliate "
        "within weeks.",
        "Boeing replied that it would hold the supplier responsible for the delays.",
        "Boeing said that it would hold the supplier responsible for the delays.",
        "Boeing said it would hold the supplier responsible for the cost overruns.",
        "Exxon replied that it was ready for a long legal battle with the government.",
        "Hossein Amir-Abdollahian replied to a letter from the UN Secretary-General on "
        "Monday.",
        "Hossein Amir-Abdollahian answered questions from reporters about the attack.",
    ],
)
def test_a_forecast_in_the_press_or_a_quarrel_in_trade_threatens_nothing(
        extract: Run, text: str) -> None:
    assert not _statements(extract(text), "threat")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Attorney General Merrick Garland said the Justice Department would not tolerate "
         "attempts by any foreign power to threaten people in the United States.",
         "merrick-garland"),
        ("Antony Blinken said Washington would not tolerate any attack on its forces in "
         "Iraq.", "antony-blinken"),
        ("Benjamin Netanyahu said Israel would tolerate no aggression against its "
         "citizens.", "benjamin-netanyahu"),
    ],
)
def test_a_hostile_act_a_side_will_not_tolerate_is_a_threat(extract: Run, text: str,
                                                            speaker: str) -> None:
    (threat,) = _statements(extract(text), "threat")
    assert threat.actors[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken said Washington would not tolerate delays in the talks.",
        "Benjamin Netanyahu said Israel would tolerate the delays for now.",
        "Analysts said Hezbollah would not tolerate any attack on Beirut.",
    ],
)
def test_what_is_tolerated_or_forecast_threatens_nothing(extract: Run, text: str) -> None:
    assert not _statements(extract(text), "threat")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hassan Nasrallah told supporters in a televised speech that the mission had been "
         "accomplished and that all the exceptional measures the group had taken were "
         "over.", "hassan-nasrallah"),
        ("Abdul-Malik al-Houthi said the special measures and the mobilisation of his "
         "fighters were over.", "abdul-malik-al-houthi"),
        ("Hezbollah said its operations against Israel were over.", "hezbollah"),
        ("The Houthis said their campaign against shipping was over.", "houthis"),
        ("Hassan Nasrallah announced that the group's mobilisation was over.",
         "hassan-nasrallah"),
    ],
)
def test_a_partys_own_force_declared_over_is_a_suspension(extract: Run, text: str,
                                                          speaker: str) -> None:
    (pause,) = _statements(extract(text), "suspension")
    assert pause.actors[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Nasrallah said the storm was over.",
        "Analysts said Hezbollah's campaign was over.",
        "The central bank said the emergency measures were over and rates would rise.",
        "The game was over when Hezbollah scored.",
        "Hezbollah fired rockets over the border on Monday.",
    ],
)
def test_what_is_over_but_no_force_stood_down(extract: Run, text: str) -> None:
    assert not _statements(extract(text), "suspension")
