"""Fixtures for the extraction tests: one extractor (one spaCy pipeline) per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.ids import document_id
from axiswatch.model import Document, Extraction

# A Thursday: "on Tuesday" is 2024-02-06, "last month" is 2024-01.
PUBLISHED = "2024-02-08"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def make_doc(text: str, published: str | None = PUBLISHED) -> Document:
    """A document of ``text`` as ingest would store it."""
    return Document(id=document_id(text), text=text, published=published)


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[..., Extraction]:
    def run(text: str, published: str | None = PUBLISHED) -> Extraction:
        return extractor.extract(make_doc(text, published))

    return run
