"""A state's bodies named by a people's adjective that tell of arrests they made
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "doer"), [
    ("Jordanian security services said on Sunday they had arrested a cell smuggling "
     "weapons from Syria.", "jordan"),
    ("Egyptian security services announced that they had detained six men in Sinai on "
     "Monday.", "egypt"),
    ("Turkish security services said they had detained two men spying for Iran in "
     "Ankara.", "turkey"),
])
def test_a_body_telling_its_own_arrest_made_it(extract: Run, text: str, doer: str) -> None:
    arrests = [e for e in extract(text).events if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].actors == [doer]

