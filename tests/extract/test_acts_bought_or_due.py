"""Killings bought, commissioned or set as due are plots, not killings done: "had been
contracted to assassinate X", "commissioned the murder of Y", "was supposed to kill Z",
"was to be carried out by a gang" (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "actor"), [
    ("The network had been contracted to assassinate Iranian dissidents in Europe.", None),
    ("The Quds Force had contracted a biker gang member to kill an exile in the Netherlands.",
     "quds-force"),
    ("Prosecutors said the IRGC commissioned the assassination of a former official.",
     "islamic-revolutionary-guard-corps"),
    ("The IRGC commissioned the murder of a dissident in Paris, prosecutors said.",
     "islamic-revolutionary-guard-corps"),
    ("The gunman was supposed to kill the journalist outside her home in New York.", None),
    ("The gunman was to kill the journalist outside her home in New York.", None),
    ("The assassination of the dissident was to be carried out by a criminal gang, "
     "prosecutors said.", None),
    ("The attack on the synagogue was to take place on Friday, police said.", None),
])
def test_an_act_bought_or_due_is_a_plot(extract: Run, text: str, actor: str | None) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.subtype) == ("plot", "planned")
    if actor is not None:
        assert actor in ev.all_actors()


@pytest.mark.parametrize(("text", "etype"), [
    ("The strike was to punish the militia, officials said.", "strike"),
    ("The attack was a response to the arrest of the commander.", "attack"),
])
def test_a_blow_explained_by_its_purpose_was_dealt(extract: Run, text: str, etype: str) -> None:
    assert [e.type for e in extract(text).events if e.type != "arrest"] == [etype]
