"""The runner's pieces that need no extraction: pairing files, resolving aliases."""

from __future__ import annotations

from pathlib import Path

import pytest

from axiswatch.errors import AxiswatchError
from axiswatch.eval.gold import GoldDoc
from axiswatch.eval.runner import find_documents, geocoder_place_level, system_resolver
from axiswatch.model import Extraction, Mention


def test_find_documents_by_path_name_or_stem(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text("b", encoding="utf-8")
    (tmp_path / "c.txt").write_text("c", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("c2", encoding="utf-8")  # ambiguous by name
    gold = [GoldDoc(doc=n) for n in ("a.txt", "b.html", "sub/b.html", "b.txt", "c.txt",
                                     "gone.txt")]
    found = find_documents(gold, tmp_path)
    assert found.files["a.txt"] == tmp_path / "a.txt"
    assert found.files["b.html"] == tmp_path / "sub" / "b.html"
    assert found.files["sub/b.html"] == tmp_path / "sub" / "b.html"
    assert found.files["b.txt"] == tmp_path / "sub" / "b.html"  # by stem
    assert found.files["c.txt"] == tmp_path / "c.txt"  # the exact relative path wins
    assert found.missing == ["gone.txt"]
    assert [g.doc for g in found.gold] == ["a.txt", "b.html", "sub/b.html", "b.txt", "c.txt"]


def test_find_documents_needs_a_folder(tmp_path: Path) -> None:
    with pytest.raises(AxiswatchError, match="AW100"):
        find_documents([GoldDoc(doc="a.txt")], tmp_path / "nope")


def test_system_resolver_uses_mentions_then_asks_the_linker() -> None:
    ext = Extraction(doc_id="d1", extractor="x", mentions=[
        Mention("d1", 0, 17, "Kata\u2019ib Hezbollah", "ORG", "kataib-hezbollah"),
        Mention("d1", 30, 32, "KH", "ORG", "kataib-hezbollah"),
        Mention("d1", 40, 42, "KH", "ORG", "other"),
        Mention("d1", 50, 52, "KH", "ORG", "kataib-hezbollah"),
        Mention("d1", 60, 66, "Harakat", "ORG", None),
    ])
    asked: list[tuple[str, str | None]] = []

    def link(alias: str, doc_id: str | None) -> str | None:
        asked.append((alias, doc_id))
        return "pack-id" if alias == "Hezbollah Brigades" else None

    resolve = system_resolver({"a.txt": ext}, link)
    gdoc = GoldDoc(doc="a.txt")
    assert resolve(gdoc, "Kata'ib Hezbollah") == "kataib-hezbollah"  # quotes normalized
    assert resolve(gdoc, "KATAIB HEZBOLLAH") == "kataib-hezbollah"  # by name key
    assert resolve(gdoc, "KH") == "kataib-hezbollah"  # the most frequent link
    assert resolve(gdoc, "Harakat") is None  # mentioned but never linked: not asked
    assert resolve(gdoc, "Hezbollah Brigades") == "pack-id"
    assert asked == [("Hezbollah Brigades", "d1")]
    assert resolve(GoldDoc(doc="unknown.txt"), "KH") is None


def test_place_level_from_the_gazetteer() -> None:
    from axiswatch.geo import load_geocoder

    level = geocoder_place_level(load_geocoder())
    assert level("Iraq") == "country"
    assert level("Anbar province") == "province"
    assert level("Erbil") == "town"
    assert level("Zzyzx-nowhere qqq") is None


class _Breaks:
    """An extractor whose extraction of one document raises (a real failure mode)."""

    def pipe(self, docs: object) -> object:
        for doc in docs:  # type: ignore[attr-defined]
            yield self.extract(doc)

    def extract(self, doc: object) -> Extraction:
        if getattr(doc, "id", "") == "bad":
            raise RuntimeError("parser crashed")
        return Extraction(doc_id=doc.id, extractor="x")  # type: ignore[attr-defined]


def test_a_failing_extraction_is_logged_and_the_batch_goes_on() -> None:
    from axiswatch.eval.runner import extract_all
    from axiswatch.model import Document

    docs = {"a.txt": Document(id="good", text="x"), "b.txt": Document(id="bad", text="y")}
    messages: list[str] = []
    out = extract_all(_Breaks(), docs, messages.append)
    assert out["a.txt"].extractor == "x"
    assert out["b.txt"].events == [] and out["b.txt"].doc_id == "bad"
    assert messages == ["AW400 b.txt: extraction failed (RuntimeError: parser crashed); "
                        "scored as predicting nothing"]
