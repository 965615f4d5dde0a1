"""Printing a briefing's HTML to PDF with headless Chromium, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from axiswatch.errors import AxiswatchError

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         "--no-pdf-header-footer")


def chromium_path() -> str | None:
    """The Chromium executable, or None when none is installed."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: Path, pdf: Path, *, timeout: float = 120) -> Path:
    """Print ``html`` to ``pdf``; AW503 when Chromium fails."""
    browser = chromium_path()
    if browser is None:
        raise AxiswatchError("AW503", "no Chromium found to print the PDF")
    with tempfile.TemporaryDirectory(prefix="axiswatch-pdf-") as profile:
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
               html.resolve().as_uri()]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
        except (subprocess.SubprocessError, OSError) as exc:
            raise AxiswatchError("AW503", f"Chromium could not print {html}: {exc}") from exc
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise AxiswatchError("AW503", f"Chromium wrote no PDF for {html}")
    return pdf
