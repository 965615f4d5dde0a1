"""An extractor factory for cluster tests: the real extractor, with real failures.

A document whose text contains ``ALWAYS-FAILS`` makes extraction raise every
time. A document containing ``CRASHES-ONCE`` kills the worker process the
first time its batch runs (the nanny restarts the worker and the scheduler
runs the batch again).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from axiswatch.errors import AxiswatchError
from axiswatch.extract.pipeline import Extractor
from axiswatch.model import Document, Extraction


def crash_marker(doc_id: str) -> Path:
    """The file that records a crash already happened for ``doc_id``."""
    return Path(tempfile.gettempdir()) / f"axiswatch-test-crashed-{doc_id}"


class Flaky:
    """The real :class:`Extractor` behind documents that fail on purpose."""

    def __init__(self) -> None:
        self.inner = Extractor()
        self.nlp = self.inner.nlp

    def pipe(self, docs: Iterable[Document], *,
             on_error: Callable[[Document, AxiswatchError], None]) -> Iterator[Extraction]:
        kept = []
        for doc in docs:
            if "CRASHES-ONCE" in doc.text:
                marker = crash_marker(doc.id)
                if not marker.exists():
                    marker.write_text("crashed")
                    os._exit(3)
            if "ALWAYS-FAILS" in doc.text:
                on_error(doc, AxiswatchError("AW400", f"cannot extract {doc.id}"))
            else:
                kept.append(doc)
        return self.inner.pipe(kept, on_error=on_error)
