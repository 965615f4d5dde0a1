""""The department", "the ministry" stand for the body the text named with that noun,
though it was named since by a shorter name ("the Treasury Department imposed ... a
Treasury official said ... the department warned"), or named by a name written before
the noun ("the Treasury Department", linked as "Treasury"). A ceasefire or truce still
sought by an envoy ("travelled to Beirut seeking a ceasefire") is declared by no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement"]


@pytest.mark.parametrize("text", [
    "The Treasury Department blacklisted two exchange houses on Monday. Banks that handle "
    "payments for them risk penalties, the department warned.",
    "The Treasury Department on Thursday imposed sanctions on a fuel network. The network "
    "sold oil across the region. Officials said the firms used false papers. \"The money "
    "pays for the attacks,\" a senior Treasury official said. All assets of those listed "
    "are frozen. Banks that deal with them risk penalties, the department warned.",
    "The Treasury Department sanctioned a shipping firm on Friday. The department said it "
    "would not hesitate to punish anyone who helps the network.",
])
def test_the_department_named_before_declares(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [["us-treasury"]]


def test_a_body_named_with_another_noun_is_not_the_department(extract: Extract) -> None:
    x = extract("Iran's foreign ministry summoned the envoy. Officials said the envoy left. "
                "The department warned that it would respond to any attack.")
    assert _statements(x) == []


@pytest.mark.parametrize("text", [
    "The raids came as US envoy Amos Hochstein travelled to Beirut seeking a ceasefire.",
    "Qatari mediators were seeking a truce between Israel and Hamas on Monday.",
    "Egypt wants a ceasefire in Gaza before the holiday, officials said.",
])
def test_a_truce_sought_is_no_statement(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


def test_a_truce_announced_is_one(extract: Extract) -> None:
    assert _statements(extract("Hamas announced a ceasefire on Monday.")) == [["hamas"]]
