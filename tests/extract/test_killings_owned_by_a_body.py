"""A state's killing told first, with the word of one of the state's bodies on that
blow in the next sentences ("A US strike killed X. US Central Command said it carried
out the strike"): the body does it with its state. A body of another state, or a body's
word on something else, adds no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("An Israeli drone strike on a car near Tyre on Tuesday killed a senior Hezbollah "
         "commander. The Israeli military said it carried out the strike.",
         {"israel", "israel-defense-forces"}),
        # the lede's blow, its doer's word opening the next paragraph
        ("A US strike in Baghdad killed a Kataib Hezbollah commander, officials said.\n\n"
         "US Central Command said it had conducted the strike in self-defence.",
         {"united-states", "us-central-command"}),
        ("Hamas said its commander Saleh al-Arouri was killed in an Israeli strike in "
         "Beirut. The Israeli army said its jets had hit the building.",
         {"israel", "israel-defense-forces"}),
    ],
)
def test_killing_done_with_the_body_that_owns_it(
        extract: Run, text: str, actors: set[str]) -> None:
    assert set(one_event(extract(text), "killing").actors) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # another state's body judges the blow
        ("A US drone strike killed a militia commander in Baghdad on Sunday. Iraq's "
         "foreign ministry said the strike violated Iraqi sovereignty.", {"united-states"}),
        # the body's word is on something else
        ("An Israeli strike killed a Hamas commander in Beirut on Monday. The Israeli "
         "military said rockets were fired from Lebanon overnight.", {"israel"}),
    ],
)
def test_killing_keeps_its_state_alone(extract: Run, text: str, actors: set[str]) -> None:
    assert set(one_event(extract(text), "killing").actors) == actors
