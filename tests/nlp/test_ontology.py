"""The event ontology: every type, its ACLED and STIX mappings, triggers and weapons."""

from __future__ import annotations

from pathlib import Path

import pytest

from axiswatch.errors import AxiswatchError
from axiswatch.kb.ontology import ONTOLOGY_PATH, load_ontology, read_ontology
from axiswatch.model import EVENT_TYPES

ACLED_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians",
                     "Protests", "Riots", "Strategic developments"}


def test_every_event_type_is_mapped_to_acled_and_stix() -> None:
    onto = load_ontology()
    assert set(onto.types) == set(EVENT_TYPES)
    for name, et in onto.types.items():
        event_type, _sub = onto.acled(name)
        assert event_type in ACLED_EVENT_TYPES
        for subtype in et.subtypes:
            assert onto.acled(name, subtype)[0] in ACLED_EVENT_TYPES
        assert onto.stix(name)["object"] in ("x-axiswatch-event", "relationship")


@pytest.mark.parametrize(
    ("event_type", "subtype", "acled"),
    [
        ("attack", "drone", ("Explosions/Remote violence", "Air/drone strike")),
        ("attack", "ied", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("attack", "rocket", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("strike", "airstrike", ("Explosions/Remote violence", "Air/drone strike")),
        ("arrest", None, ("Strategic developments", "Arrests")),
        ("protest", None, ("Protests", "Peaceful protest")),
        ("killing", "execution", ("Violence against civilians", "Attack")),
    ],
)
def test_acled_mapping_table(event_type: str, subtype: str | None,
                             acled: tuple[str, str]) -> None:
    assert load_ontology().acled(event_type, subtype) == acled


def test_triggers_and_weapons_are_indexed_longest_first() -> None:
    onto = load_ontology()
    assert [t.phrase for t in onto.triggers_starting("air")][:2] == ["air strike", "air raid"]
    names = [w.name for _t, w in onto.weapons_starting("anti")]
    assert "anti-tank missile" in names and "anti-ship missile" in names
    assert onto.weapon("drone") is not None
    assert onto.weapon("drone").subtypes["strike"] == "drone_strike"  # type: ignore[union-attr]
    assert onto.plot_modifiers["foiled"] == "foiled"


def test_unknown_type_and_bad_file_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(AxiswatchError) as exc:
        load_ontology().acled("parade")
    assert exc.value.code == "AW301"
    bad = tmp_path / "ontology.yaml"
    bad.write_text(ONTOLOGY_PATH.read_text(encoding="utf-8").replace("  transfer:", "  moved:"),
                   encoding="utf-8")
    with pytest.raises(AxiswatchError) as exc:
        read_ontology(bad)
    assert exc.value.code == "AW300" and "transfer" in exc.value.message
    broken = tmp_path / "broken.yaml"
    broken.write_text("event_types: [", encoding="utf-8")
    with pytest.raises(AxiswatchError) as exc:
        read_ontology(broken)
    assert exc.value.code == "AW300"
