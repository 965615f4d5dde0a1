"""Fixtures for the language tests that need the spaCy pipeline (loaded once)."""

from __future__ import annotations

import pytest

from axiswatch.extract.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
