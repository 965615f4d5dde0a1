"""Words told in a participle of saying hung on a deed ("..., saying ...") give the deed's
reason and are no statement of their own; a declaration that the participle goes on
with, or words said apart from the deed, still are (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "deed"), [
    ("The Dutch foreign ministry summoned Iran's ambassador on Monday, saying the "
     "Netherlands would not tolerate threats against its citizens.", "meeting"),
    ("The Houthis seized a tanker in the Red Sea on Monday, saying Israel would pay for "
     "its crimes.", "attack"),
])
def test_a_reason_said_for_a_deed_is_no_statement(extract: Extract, text: str,
                                                  deed: str) -> None:
    x = extract(text)
    assert statements(x) == [], [(e.subtype, e.evidence.text) for e in statements(x)]
    assert [e.type for e in x.events] == [deed]


@pytest.mark.parametrize(("text", "subtype"), [
    ("Kataib Hezbollah announced on Monday that it was suspending its attacks, saying it "
     "wanted to spare the government embarrassment.", "suspension"),
    ("The Dutch foreign ministry summoned Iran's ambassador on Monday. The minister said "
     "the Netherlands would not tolerate threats against its citizens.", "threat"),
])
def test_a_declaration_of_its_own_stays(extract: Extract, text: str, subtype: str) -> None:
    assert [e.subtype for e in statements(extract(text))] == [subtype]
