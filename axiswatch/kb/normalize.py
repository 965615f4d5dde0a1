"""The one normalization used to compare names: :func:`alias_key`.

Reporting spells the same group many ways: ``Kata’ib Hezbollah``,
``Kataib Hizballah``, ``Asa'ib Ahl al-Haqq``, ``Asaib Ahl al Haq``,
``the Houthis``. Two surface forms that differ only in case, quote style,
diacritics, the Arabic article (``al-``, ``al ``, ``el-``, assimilated forms
such as ``ash-Sh``), hyphens, doubled letters or a leading "the" get the same
key. Anything beyond that (vowel changes, OCR slips) is left to aliases and
fuzzy matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Characters that stand for an apostrophe or an Arabic ayn/hamza in transliterations.
_QUOTES = dict.fromkeys(map(ord, "’‘‛′`´ʼʻʾʿˈ"), "'")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s$")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# The article written apart or hyphenated: "al-", "el-", "al " (as its own word).
_ARTICLE = re.compile(r"\b(?:al|el)\b\s*")
# Sun-letter assimilation, hyphenated or written apart as GeoNames does: "ash-Shuhada",
# "as-Salam", "ad-Dawla", "ez-Zor", "Ayta ash Shab", "As Sukhnah".
_SUN = re.compile(r"\b[ae](sh|th|dh|s|d|r|t|z|n)[- ](?=\1)")
# "al" glued to a word by a hyphen only ("al-Haq"), handled before hyphens go.
_ARTICLE_HYPHEN = re.compile(r"\b(?:al|el|ul)-")
_DOUBLED = re.compile(r"([a-z])\1+")
_LEADING_THE = re.compile(r"^the\s+")


@lru_cache(maxsize=65536)
def alias_key(text: str) -> str:
    """The lookup key of a name: two spellings of one name share one key.

    >>> alias_key("Kata’ib Hezbollah") == alias_key("Kataib Hezbollah")
    True
    >>> alias_key("Asa'ib Ahl al-Haqq") == alias_key("Asaib Ahl al Haq")
    True
    >>> alias_key("the Houthis")
    'houthis'
    """
    value = anyascii(unicodedata.normalize("NFKC", text).translate(_QUOTES)).lower()
    for _ in range(8):  # each pass only removes; stop when nothing changes (idempotent)
        again = _key_pass(value)
        if again == value:
            break
        value = again
    return value


def _key_pass(value: str) -> str:
    value = value.strip()
    value = _POSSESSIVE.sub("", value)
    value = _SUN.sub("", value)
    value = _ARTICLE_HYPHEN.sub("", value)
    value = value.replace("'", "")
    value = _NON_WORD.sub(" ", value).strip()
    value = _LEADING_THE.sub("", value)
    value = _ARTICLE.sub("", value).strip()
    value = _DOUBLED.sub(r"\1", value)
    return " ".join(value.split())


def compact_key(text: str) -> str:
    """:func:`alias_key` without spaces, for fuzzy comparison of glued forms ("Albu Kamal")."""
    return alias_key(text).replace(" ", "")


_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def skeleton_key(text: str) -> str:
    """:func:`alias_key` with vowels dropped after each word's first letter.

    Transliterations of Arabic and Persian names differ mostly in vowels:
    "Hezbollah", "Hizballah", "Hizbullah" all give ``"hzblh"``. Used as a
    fallback before fuzzy matching, only for long names.
    """
    words = []
    for word in alias_key(text).split():
        rest = _DOUBLED.sub(r"\1", _VOWELS.sub("", word[1:]))
        words.append(word[:1] + rest)
    return " ".join(words)


_FINAL_H = re.compile(r"(?<=[aeiou])h\b")


def loose_key(text: str) -> str:
    """A looser key for place names: :func:`skeleton_key` after dropping a final "h".

    "Hawija" and "Al Hawijah", "Makhmour" and "Makhmur", "Latifiya" and
    "Al Latifiyah" share one. Only ever a fallback, checked by a fuzzy score.
    """
    return skeleton_key(_FINAL_H.sub("", alias_key(text)))
