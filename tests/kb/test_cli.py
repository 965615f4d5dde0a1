"""``axiswatch kb check`` passes on the shipped pack and fails on a broken one; ``kb show``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from axiswatch.cli.main import cli
from axiswatch.errors import AxiswatchError
from axiswatch.kb import pack as pack_module
from axiswatch.kb.check import check_pack


def test_kb_check_passes_on_the_shipped_pack() -> None:
    result = CliRunner().invoke(cli, ["kb", "check", "--strict"])
    assert result.exit_code == 0, result.output
    assert "OK: 0 errors, 0 warning(s)" in result.output
    n = int(result.output.split("entries: ")[1].split()[0])
    assert n >= 250


BROKEN = """
- id: group-a
  name: Group A
  type: armed_group
  country: IQ
  aliases: [Shared Name]
  part_of: [missing-parent]
  source: test
- id: group-b
  name: Group B
  type: armed_group
  country: XX
  aliases: [Shared  name]
  source: ""
- id: Bad_Id
  name: Bad
  type: armed_group
  source: test
- id: place-a
  name: Place A
  type: place
  precision: town
  lat: 95.0
  lon: 10.0
  country: IQ
  source: test
- id: place-b
  name: Place B
  type: place
  country: IQ
  source: test
- id: place-c
  name: Place C
  type: place
  precision: town
  lat: 33.0
  lon: 44.0
  country: IQ
  described_as: {phrases: [kingdom], source: test}
  source: test
"""


@pytest.fixture
def broken_pack(tmp_path: Path) -> Path:
    (tmp_path / "actors").mkdir()
    (tmp_path / "places").mkdir()
    (tmp_path / "actors" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def test_check_reports_every_kind_of_problem(broken_pack: Path) -> None:
    messages = [str(p) for p in check_pack(broken_pack)]
    text = "\n".join(messages)
    assert "missing-parent" in text and "no such entry" in text
    assert "'XX' is not an ISO 3166" in text
    assert "no source note" in text
    assert "[Bad_Id]" in text and "slug" in text
    assert "latitude 95.0 out of range" in text
    assert "[place-b]" in text and "needs lat/lon" in text
    assert "alias key 'shared name' claimed by group-a" in text
    assert "[place-c]" in text and "only a country may carry 'described_as'" in text
    assert all(m.startswith(("error: actors/broken.yaml", "warning: actors/broken.yaml"))
               for m in messages)


def test_kb_check_exits_1_on_a_broken_pack(broken_pack: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "check", "--data", str(broken_pack)])
    assert result.exit_code == 1
    assert "FAILED" in result.output and "no such entry" in result.output


def test_loading_a_broken_pack_raises_aw300(broken_pack: Path) -> None:
    with pytest.raises(AxiswatchError) as info:
        pack_module.load_pack_from(broken_pack)
    assert info.value.code == "AW300" and "broken.yaml" in str(info.value)


def test_ambiguous_alias_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    good = BROKEN.split("- id: Bad_Id")[0].replace("XX", "IQ").replace('source: ""', "source: t")
    good = good.replace("part_of: [missing-parent]", "")
    ambiguous = "aliases: [{text: Shared name, ambiguous: true}]"
    good = good.replace("aliases: [Shared  name]", ambiguous)
    (tmp_path / "actors" / "ok.yaml").write_text(good, encoding="utf-8")
    pack = pack_module.load_pack_from(tmp_path)
    assert pack.lookup("shared name") == ["group-a", "group-b"]


def test_kb_show_by_alias_with_links_both_ways() -> None:
    result = CliRunner().invoke(cli, ["kb", "show", "Kataib", "Hizballah"])
    assert result.exit_code == 0, result.output
    assert "[kataib-hezbollah]" in result.output
    assert "-> part_of Popular Mobilization Forces" in result.output
    assert "front_for" in result.output and "<- " in result.output
    assert "source:" in result.output


def test_kb_show_fuzzy_and_unknown() -> None:
    fuzzy = CliRunner().invoke(cli, ["kb", "show", "Asaib Ahel al-Haq"])
    assert fuzzy.exit_code == 0 and "fuzzy match" in fuzzy.output
    missing = CliRunner().invoke(cli, ["kb", "show", "zzzz qqqq"])
    assert missing.exit_code == 1 and "AW301" in missing.output


def test_a_copy_of_the_shipped_pack_checks_clean(tmp_path: Path) -> None:
    """A copy of the shipped pack checks clean: the check depends on the files only."""
    shutil.copytree(pack_module.DATA_DIR, tmp_path / "data")
    assert [p for p in check_pack(tmp_path / "data") if p.severity == "error"] == []


def test_kb_sync_loads_the_pack_into_the_store(sqlite_url: str) -> None:
    from axiswatch.store import Store
    from axiswatch.store.entities import count_entities

    runner = CliRunner()
    first = runner.invoke(cli, ["--db", sqlite_url, "kb", "sync"])
    again = runner.invoke(cli, ["--db", sqlite_url, "kb", "sync"])
    assert first.exit_code == 0 and again.exit_code == 0, first.output
    assert first.output.split(":", 1)[1] == again.output.split(":", 1)[1]
    with Store(sqlite_url) as store, store.connect() as conn:
        assert count_entities(conn, source="kb") == len(pack_module.load_pack().entries)


def test_kb_geocode_prints_place_and_precision() -> None:
    result = CliRunner().invoke(cli, ["kb", "geocode", "western", "Anbar", "province"])
    assert result.exit_code == 0, result.output
    assert "[anbar-province]" in result.output and "precision province" in result.output
    missing = CliRunner().invoke(cli, ["kb", "geocode", "qqzzxx"])
    assert missing.exit_code == 1 and "AW301" in missing.output


def test_kb_show_json() -> None:
    import json

    result = CliRunner().invoke(cli, ["kb", "show", "--json", "Harakat al-Nujaba"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["id"] == "harakat-hezbollah-al-nujaba" and "12th PMF Brigade" in data["aliases"]
    assert {"subject": "harakat-hezbollah-al-nujaba", "predicate": "sponsored_by",
            "object": "quds-force"}.items() <= next(
        r for r in data["relations"] if r["predicate"] == "sponsored_by").items()
