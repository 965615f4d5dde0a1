"""Denials outside a main clause of denying, and declared state decisions: a denial
in a relative clause, a negated 'behind' or 'responsible' under a declaration; expelled
diplomats, severed ties, a closed embassy, a resignation, an agreed truce, a review."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Pentagon held Kataib Hezbollah responsible for the rocket fire on Erbil, which "
     "the militia denied.", "kataib-hezbollah"),
    ("Hezbollah, which has denied any part in the blast, called for an inquiry.", "hezbollah"),
    ("The mine attack on the freighter, which Tehran denied carrying out, disabled its "
     "engine.", "iran"),
    ("The Houthis, who rejected the accusations, said the tanker had struck a reef.",
     "houthis"),
])
def test_a_denial_in_a_relative_clause_is_its_subjects(extract: Extract, text: str,
                                                        actor: str) -> None:
    assert ("denial", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    # "which" stands for the charge the main clause lays, not for what it names
    "Baghdad accused Asa'ib Ahl al-Haq of shelling the camp, which the militia rejected.",
    "Baghdad accused Asa'ib Ahl al-Haq of shelling the camp, a charge the militia dismissed.",
])
def test_a_refusal_of_the_charge_in_a_relative_clause_is_a_statement(extract: Extract,
                                                                     text: str) -> None:
    assert [actors for _s, actors in _statements(extract(text))] == [["asaib-ahl-al-haq"]]


def test_rejecting_what_is_no_charge_is_no_statement(extract: Extract) -> None:
    assert _statements(extract("Police found a rifle in the car, which the owner "
                               "dismissed.")) == []
    assert _statements(extract("Hezbollah fired rockets at a base in Safed, which the "
                               "army rejected as a provocation.")) == []


def test_the_main_clause_event_stays_beside_a_relative_denial(extract: Extract) -> None:
    x = extract("Israel blamed Hezbollah for the rocket attack on a football pitch in "
                "the Golan, which the group denied.")
    assert {e.type for e in x.events} == {"attack", "statement"}


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah said on Sunday they were not behind the drone attack on the base.",
     "kataib-hezbollah"),
    ("A Houthi spokesman said the movement was not responsible for the sinking.", "houthis"),
    ("Iran's mission to the United Nations said Tehran bore no responsibility for the "
     "explosion.", "iranian-mission-to-the-un"),
])
def test_a_declared_negated_role_is_a_denial(extract: Extract, text: str,
                                             actor: str) -> None:
    assert ("denial", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Investigators said the drone was not behind the fire at the depot.",
    "The minister was not responsible for the budget.",
    "Kataib Hezbollah was behind the attack, officials said.",
    "The militia, which was denied access to the border crossing, withdrew.",
])
def test_other_negations_and_roles_are_no_denials(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "denial"] == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Azerbaijan expelled two Iranian diplomats on Thursday.", "expulsion", "azerbaijan"),
    ("Bahrain severed ties with Tehran after the embassy was stormed.", "severance",
     "bahrain"),
    ("Saudi Arabia cut diplomatic relations with Iran on Sunday.", "severance",
     "saudi-arabia"),
    ("Canada closed its embassy in Tehran last week.", "suspension", "canada"),
    ("Saad Hariri announced his resignation on Saturday.", "resignation", "saad-hariri"),
    ("Israel and Hezbollah agreed to a truce on Tuesday.", "de_escalation", "israel"),
    ("Iraq said it would review the agreement that keeps foreign forces on its soil.",
     "review", "iraq"),
])
def test_a_state_decision_is_a_statement(extract: Extract, text: str, subtype: str,
                                         actor: str) -> None:
    found = _statements(extract(text))
    assert any(s == subtype and actor in a for s, a in found), found


@pytest.mark.parametrize("text", [
    "The truce between the two sides collapsed in March.",
    "The company cut ties with its Iranian supplier.",
    "The school expelled two pupils for cheating.",
    "The embassy has been closed since 2016.",
    "Iran and Iraq have close ties.",
])
def test_other_ties_truces_and_closures_are_no_statements(extract: Extract,
                                                           text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "denials"), [
    ("Mortar rounds hit a camp near Mosul on Monday. Asa'ib Ahl al-Haq denied any role in "
     "the shelling. The group rejected the accusations as lies spread by its enemies.", 1),
    ("Mortar rounds hit a camp near Mosul on Monday. Iran denied any involvement. Tehran "
     "dismissed the claims, a spokesman for its foreign ministry said.", 1),
    ("Mortar rounds hit a camp near Mosul on Monday. The Houthis denied any role. "
     "Separately, Iran denied that it had supplied the mortars.", 2),
])
def test_a_denial_of_the_charges_just_denied_is_the_same_denial(extract: Extract, text: str,
                                                                denials: int) -> None:
    told = [e for e in extract(text).events if e.subtype == "denial"]
    assert len(told) == denials
