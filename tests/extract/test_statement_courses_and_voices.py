"""Statements of a course kept up ("would keep up its attacks"), and the declarations
of a group and of a person who speaks for it told apart: the group's communique and
its leader's speech are two statements."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.dedup import merge_repeats
from axiswatch.ids import event_id
from axiswatch.model import Event, Evidence, Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis said they would keep up their attacks on ships bound for Eilat.", "houthis"),
    ("Qais al-Khazali said on Saturday that Asaib Ahl al-Haq would keep up its operations "
     "against American bases.", "asaib-ahl-al-haq"),
    ("Kataib Hezbollah vowed on Monday that it would keep up its strikes on the airport.",
     "kataib-hezbollah"),
])
def test_a_campaign_kept_up_is_a_threat(extract: Extract, text: str, actor: str) -> None:
    assert any(sub == "threat" and actor in acts for sub, acts in _statements(extract(text)))


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah said it would keep up the pressure on the cabinet.",
    "The Houthis kept up their attacks on shipping throughout March, analysts said.",
    "Analysts said the Houthis would likely keep up their attacks on shipping.",
    "The Iraqi minister said the country would keep up appearances at the summit.",
])
def test_no_campaign_kept_or_none_declared_is_no_statement(extract: Extract,
                                                          text: str) -> None:
    assert _statements(extract(text)) == []


def test_group_communique_and_leaders_speech_are_two(extract: Extract) -> None:
    x = extract("Asaib Ahl al-Haq said it held Washington responsible for the raid and "
                "vowed revenge. On Friday, its leader, Qais al-Khazali, said in a televised "
                "address that the raid was a crime. He said the group would keep up its "
                "attacks on American bases until the last soldier left.")
    assert sorted(acts for _s, acts in _statements(x)) == [
        ["asaib-ahl-al-haq"], ["qais-al-khazali", "asaib-ahl-al-haq"]]


DOC = "d0c"


def _said(start: int, actors: list[str], line: str = "s") -> Event:
    return Event(id=event_id(DOC, "statement", start, start + 10), doc_id=DOC,
                 type="statement", subtype="threat", actors=actors, date="2024-03-06",
                 date_precision="day", evidence=Evidence(DOC, start, start + 10, line))


def _person(actor: str) -> bool:
    return actor == "naim-qassem"


def test_a_persons_declaration_and_a_groups_stay_apart() -> None:
    apart = merge_repeats([_said(0, ["hezbollah"]), _said(100, ["naim-qassem", "hezbollah"])],
                          is_person=_person)
    assert len(apart) == 2


@pytest.mark.parametrize(("first", "second"), [
    (["hezbollah"], ["hezbollah"]),  # the group's one communique told twice
    (["naim-qassem"], ["naim-qassem", "hezbollah"]),  # one speech told point by point
])
def test_one_voice_told_twice_is_one_statement(first: list[str], second: list[str]) -> None:
    assert len(merge_repeats([_said(0, first), _said(100, second)], is_person=_person)) == 1


def test_a_key_point_sums_up_either_voice() -> None:
    summed = merge_repeats([_said(0, ["hezbollah"], "- Hezbollah vowed"),
                            _said(100, ["naim-qassem", "hezbollah"])], is_person=_person)
    assert len(summed) == 1
