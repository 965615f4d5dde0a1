"""Running an evaluation: gold file + folder of reports -> figures for the system and the baseline.

The reports go through the production path: ingested into a temporary SQLite
store (so sections and normalization are the ones users get), given the gold
file's ``published`` date as input metadata, extracted by the system's
extractor, written in the gold format and scored by :mod:`axiswatch.eval.score`.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from axiswatch.errors import AxiswatchError
from axiswatch.eval.gold import GoldDoc, prediction_doc, read_gold, write_jsonl
from axiswatch.eval.normalize import name_key, norm_text
from axiswatch.eval.score import PlaceLevel, Resolver, score
from axiswatch.model import Document, Extraction

Log = Callable[[str], None]


@dataclass(slots=True)
class EvalInputs:
    """The gold documents, the files they name, and what could not be paired."""

    gold: list[GoldDoc]
    files: dict[str, Path]
    missing: list[str] = field(default_factory=list)


def find_documents(gold: list[GoldDoc], docs_dir: str | Path) -> EvalInputs:
    """Pair each gold ``doc`` with a file under ``docs_dir``.

    A gold name matches the file at that relative path, else the one file with
    that base name, else the one file with that stem. Gold documents with no
    file are listed in ``missing`` and left out of the scores.
    """
    root = Path(docs_dir)
    if not root.is_dir():
        raise AxiswatchError("AW100", f"{root}: not a folder of documents")
    files = [p for p in sorted(root.rglob("*")) if p.is_file() and p.name != "sources.jsonl"]
    by_name: dict[str, list[Path]] = {}
    by_stem: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
        by_stem.setdefault(path.stem, []).append(path)
    found: dict[str, Path] = {}
    missing: list[str] = []
    for gdoc in gold:
        direct = root / gdoc.doc
        candidates = (
            [direct] if direct.is_file()
            else by_name.get(Path(gdoc.doc).name) or by_stem.get(Path(gdoc.doc).stem) or []
        )
        if len(candidates) == 1:
            found[gdoc.doc] = candidates[0]
        else:
            missing.append(gdoc.doc)
    kept = [g for g in gold if g.doc in found]
    return EvalInputs(gold=kept, files=found, missing=missing)


def system_resolver(
    extractions: dict[str, Extraction],
    link: Callable[[str, str | None], str | None] | None,
) -> Resolver:
    """Resolve a gold alias the way the system does in that document.

    The system's mentions whose text is the alias (after normalizing quotes,
    spaces and case; else after :func:`name_key`) give their most frequent
    entity; an alias never mentioned is asked of ``link(alias, doc_id)``.
    """
    exact: dict[str, dict[str, Counter[str | None]]] = {}
    keyed: dict[str, dict[str, Counter[str | None]]] = {}
    for name, ext in extractions.items():
        ex, ky = exact.setdefault(name, {}), keyed.setdefault(name, {})
        for m in ext.mentions:
            ex.setdefault(norm_text(m.text), Counter())[m.entity_id] += 1
            ky.setdefault(name_key(m.text), Counter())[m.entity_id] += 1

    def resolve(gdoc: GoldDoc, alias: str) -> str | None:
        ext = extractions.get(gdoc.doc)
        if ext is None:
            return None
        votes = exact[gdoc.doc].get(norm_text(alias)) or keyed[gdoc.doc].get(name_key(alias))
        if votes:
            linked = [(n, i) for i, n in votes.items() if i is not None]
            return max(linked)[1] if linked else None
        return link(alias, ext.doc_id) if link else None

    return resolve


def geocoder_place_level(geocoder: Any) -> PlaceLevel:
    """The level of a gold location name by the gazetteer (``country``, ``province``...)."""
    cache: dict[str, str | None] = {}

    def level(name: str) -> str | None:
        if name not in cache:
            place = geocoder.resolve(name)
            value = place.precision if place is not None else None
            if value is None and geocoder.country_of(name):
                value = "country"
            cache[name] = value
        return cache[name]

    return level


def ingest_documents(inputs: EvalInputs, store: Any, log: Log) -> dict[str, Document]:
    """Ingest each paired file with its gold ``published`` date; gold name -> document."""
    from axiswatch.ingest.pipeline import ingest_paths
    from axiswatch.store.documents import get_document

    documents: dict[str, Document] = {}
    for gdoc in inputs.gold:
        path = inputs.files[gdoc.doc]
        summary = ingest_paths(store, [str(path)], published=gdoc.published, progress=False)
        for rejection in summary.rejections:
            log(f"{rejection} (scored as predicting nothing)")
        if not summary.doc_ids:
            continue
        if len(summary.doc_ids) > 1:
            log(f"{path}: {len(summary.doc_ids)} documents in one file; scoring the first")
        with store.connect() as conn:
            doc = get_document(conn, summary.doc_ids[0])
        if doc is not None:
            documents[gdoc.doc] = doc
    return documents


def extract_all(extractor: Any, documents: dict[str, Document], log: Log) -> dict[str, Extraction]:
    """Each document's extraction; one that fails is logged (AW400) and predicts nothing."""
    names = list(documents)
    try:
        return dict(zip(names, extractor.pipe(documents[n] for n in names), strict=True))
    except Exception:  # find the failing document one at a time
        pass
    extractions: dict[str, Extraction] = {}
    for name in names:
        doc = documents[name]
        try:
            extractions[name] = extractor.extract(doc)
        except Exception as exc:  # the batch goes on
            log(f"AW400 {name}: extraction failed ({type(exc).__name__}: {exc}); "
                "scored as predicting nothing")
            extractions[name] = Extraction(doc_id=doc.id, extractor="failed")
    return extractions


def run_eval(
    gold_path: str | Path,
    docs_dir: str | Path,
    *,
    baseline: bool = True,
    predictions_out: str | Path | None = None,
    details: bool = False,
    log: Log | None = None,
) -> dict[str, Any]:
    """Score the system (and the baseline) on a gold file and its reports.

    Returns the figures in the JSON shape of ``spec/ANNOTATION.md`` plus
    ``missing`` (gold documents with no file), and with ``details`` the misses,
    false alarms and wrong arguments per document. ``predictions_out`` writes the
    system's predictions in the gold format.
    """
    say: Log = log or (lambda _msg: None)
    inputs = find_documents(read_gold(gold_path), docs_dir)
    for name in inputs.missing:
        say(f"AW100 {name}: no such file under {docs_dir} (left out of the scores)")
    if not inputs.gold:
        raise AxiswatchError("AW100", f"{docs_dir}: none of the gold documents is there")

    from axiswatch.extract.pipeline import Extractor
    from axiswatch.geo import load_geocoder
    from axiswatch.kb import load_pack
    from axiswatch.store import Store

    pack = load_pack()
    geocoder = load_geocoder()
    with tempfile.TemporaryDirectory(prefix="axiswatch-eval-") as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'eval.db'}")
        try:
            documents = ingest_documents(inputs, store, say)
        finally:
            store.close()

    extractor = Extractor(pack=pack, geocoder=geocoder)
    names = list(documents)
    extractions = extract_all(extractor, documents, say)
    predictions = [
        prediction_doc(documents[n], extractions[n], name=n, entity_info=pack.entities.get)
        for n in names
    ]
    if predictions_out:
        write_jsonl(predictions_out, predictions)
    place_level = geocoder_place_level(geocoder)
    result = score(inputs.gold, predictions,
                   resolve=system_resolver(extractions, extractor.link),
                   place_level=place_level)
    result["missing"] = inputs.missing
    if details:
        from axiswatch.eval.explain import explain

        result["details"] = explain(inputs.gold, predictions)
    if baseline:
        from axiswatch.eval.baseline import run_baseline

        base = run_baseline(((n, documents[n]) for n in names), geocode=geocoder.baseline)
        b = score(inputs.gold, base.predictions, resolve=base.resolve, place_level=place_level)
        result["baseline"] = {
            "events": b["events"],
            "arguments": b["arguments"],
            "relations": b["relations"],
            "linking": b["linking"],
            "linking_aliases": b["linking_aliases"],
            "geocoding": b["geocoding"],
        }
    return result
