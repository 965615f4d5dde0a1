"""A pronoun that labels a charge after a clause accusing a party ("Israel accused Iran
of the plot. It called the accusations baseless") stands for the accused, as "It denied
it" does; a label of anything else ("called the move a provocation") disowns nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _denials(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "denial"]


@pytest.mark.parametrize(("text", "accused"), [
    ("Britain accused Iran of plotting the attack. It called the accusations baseless.",
     "iran"),
    ("Israel accused Hezbollah of firing the rocket. It described the claims as lies.",
     "hezbollah"),
    ("Washington blamed Kataib Hezbollah for the strike. It termed the allegations a "
     "fabrication.", "kataib-hezbollah"),
])
def test_the_accused_labels_the_charge(extract: Extract, text: str, accused: str) -> None:
    assert _denials(extract(text)) == [[accused]]


def test_a_label_of_no_charge_is_no_denial(extract: Extract) -> None:
    x = extract("Britain accused Iran of plotting the attack. It called the move a provocation.")
    assert _denials(x) == []
