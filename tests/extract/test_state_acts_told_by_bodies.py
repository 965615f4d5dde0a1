"""A state's act told first and its body's word after it ("Jordan recalled its
ambassador, the foreign ministry said"): the state and the body both declare it, and a
ministry with no owner is the one of the state whose act it reports, even when the
sentence names another country's capital. A body that tells what its state will do
("the foreign ministry said Jordan would ...", "Jordan will respond, the foreign
ministry said") speaks alone, as before. A state's statement followed, in the same
paragraph, by its body's word ("Oman denied involvement. Its foreign ministry said ...")
is the body's too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Oman on Sunday recalled its ambassador for consultations, the foreign ministry "
         "said.", {"oman", "omani-foreign-ministry"}),
        ("Kuwait expelled Syria's ambassador on Monday, the foreign ministry said in a "
         "statement.", {"kuwait", "kuwaiti-foreign-ministry"}),
        ("Jordan on Sunday recalled its envoy from Tehran, the foreign ministry said.",
         {"jordan", "jordanian-foreign-ministry"}),
        # the body first, telling what the state will do: the body speaks for it
        ("Oman's foreign ministry said on Sunday that Oman would recall its ambassador.",
         {"omani-foreign-ministry"}),
        ("Oman will respond to any attack on its ships, the foreign ministry said.",
         {"omani-foreign-ministry"}),
        ("A Pentagon spokesman said the United States would respond at a time of its "
         "choosing.", {"pentagon"}),
    ],
)
def test_who_declares_a_state_act_its_body_tells(extract: Run, text: str,
                                                 actors: set[str]) -> None:
    ev = one_event(extract(text), "statement")
    assert {*ev.actors, *ev.claimed_by, *ev.attributed_to} == actors


def _statements(ex: Extraction) -> list[set[str]]:
    return [{*e.actors, *e.claimed_by, *e.attributed_to} for e in ex.events
            if e.type == "statement"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Oman denied involvement. A spokesman for its foreign ministry said on Thursday "
         "that the cell had no outside backing.", {"oman", "omani-foreign-ministry"}),
        ("Oman denied involvement. Its foreign ministry said on Thursday that the cell had "
         "no outside backing.", {"oman", "omani-foreign-ministry"}),
        # another paragraph, or a sentence denying a charge of its own, is another account
        ("Oman denied involvement. Its foreign ministry said reports that its officers had "
         "met the cell were baseless.", {"oman"}),
        ("Oman denied involvement.\n\nA spokesman for its foreign ministry said on "
         "Thursday that the cell had no outside backing.", {"oman"}),
        # another state's body is no voice of the first
        ("Oman denied involvement. A spokesman for Qatar's foreign ministry said on "
         "Thursday that the cell had no outside backing.", {"oman"}),
    ],
)
def test_a_state_body_speaking_right_after_its_state(extract: Run, text: str,
                                                     actors: set[str]) -> None:
    assert _statements(extract(text))[0] == actors
