"""A people's adjective the statistical NER leaves untagged ("Bahraini security forces",
"Tajik police") still names its country: the state that acts and where (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.model import Extraction
from axiswatch.nlp.pipeline import parse

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "country"), [
    ("Bahraini security forces arrested 12 members of a cell on Monday.", "bahrain"),
    ("Tajik security forces detained a member of the group on Monday.", "tajikistan"),
    ("The men were detained by Tajik security forces near the border on Monday.",
     "tajikistan"),
    ("Bahraini security forces rounded up nine suspects in a village on Sunday.", "bahrain"),
])
def test_an_untagged_adjective_names_the_arresting_state(extract: Run, text: str,
                                                         country: str) -> None:
    arrests = [e for e in extract(text).events if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].actors == [country]
    assert arrests[0].location == country


def test_the_adjective_is_tagged_outside_other_names(extractor: Extractor) -> None:
    """Tagged alone, never inside or at the head of a longer name."""
    nlp = extractor.nlp
    doc = parse(nlp, "Tajik security forces detained a man. The Bahraini Interior Ministry "
                     "said Bahraini police held two more in the Persian Gulf and an "
                     "Iranian-American writer.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Tajik", "NORP") in ents
    assert ("Bahraini", "NORP") in ents
    assert not any(text in ("Persian", "American") for text, _label in ents)
    assert any(text.startswith("Bahraini Interior") or text.startswith("The Bahraini")
               for text, _label in ents)
