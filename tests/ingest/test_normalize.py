"""Text normalization: a fixed point that keeps every character's meaning."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from axiswatch.ids import document_id
from axiswatch.ingest.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("\ufeffKata’ib Hezbollah", "Kata’ib Hezbollah"),
        ("  two   spaces\t\ttab  ", "two spaces tab"),
        ("para one\n\n\n\n\npara two", "para one\n\npara two"),
        ("line  \n   indented", "line\nindented"),
        ("bell\x07 and null\x00 gone", "bell and null gone"),
        ("non\u00a0breaking\u202fspace", "non breaking space"),
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),
        ("e\u0301", "\u00e9"),  # NFC composes
        ("“quoted” ‘single’ — en – dash … ellipsis", "“quoted” ‘single’ — en – dash … ellipsis"),
        ("\u2028sep\u2029para", "sep\npara"),
        ("کتائب\u200cحزب", "کتائب\u200cحزب"),  # the zero-width non-joiner matters in Persian
    ],
)
def test_normalize_table(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text())
def test_no_control_characters_come_out(text: str) -> None:
    out = normalize_text(text)
    assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in out)
    assert "\ufeff" not in out and "\r" not in out and "\n\n\n" not in out
    assert out == out.strip()
    assert unicodedata.is_normalized("NFC", out)


@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "S"]), min_size=1))
def test_letters_and_punctuation_are_kept(text: str) -> None:
    assert normalize_text(text) == unicodedata.normalize("NFC", text).strip()


@given(st.text().filter(lambda t: "\r" not in t), st.sampled_from(["\n", "\r\n", "\r"]))
def test_document_id_is_stable_across_line_endings_and_trailing_space(text: str, eol: str) -> None:
    variant = "\ufeff" + text.replace("\n", eol) + "  \n\n"
    assert document_id(normalize_text(variant)) == document_id(normalize_text(text))


def test_character_classes_agree_with_this_unicode_database() -> None:
    from axiswatch.ingest.normalize import _DROP, _UNICODE_SPACES

    for code in range(0x110000):
        ch = chr(code)
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") and ch not in "\n\t":
            assert _DROP.match(ch), hex(code)
        assert bool(_UNICODE_SPACES.match(ch)) == (category == "Zs" and ch != " "), hex(code)
