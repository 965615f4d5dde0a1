"""A phrase the writer puts in quotation marks ('had "nothing to do" with the blast',
'would "suspend" its operations') is read as the same phrase unquoted."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "actor"), [
    ('Iran\'s foreign minister said Tehran had "nothing to do" with the blast in Kerman.',
     "iran"),
    ("Hezbollah said it had “nothing to do” with the explosion at the port.", "hezbollah"),
    ('Syria\'s defence ministry said Damascus had "no hand" in the killing.',
     "syrian-ministry-of-defense"),
])
def test_a_quoted_denial_phrase_denies(extract: Extract, text: str, actor: str) -> None:
    x = extract(text)
    assert [(e.subtype, actor in e.actors) for e in x.events if e.type == "statement"] == [
        ("denial", True)]


def test_an_unquoted_phrase_still_reads(extract: Extract) -> None:
    x = extract("Iran's foreign minister said Tehran had nothing to do with the blast in Kerman.")
    assert [e.subtype for e in x.events if e.type == "statement"] == ["denial"]


def test_quotes_around_a_whole_phrase_change_nothing(extract: Extract) -> None:
    x = extract('Qatar said the talks had "nothing to do with" the hostage deal, officials '
                "said on Monday.")
    assert [e.type for e in x.events] == []
