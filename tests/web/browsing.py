"""What the browser tests share: waiting for a view to be ready, and watching a page
for what it must never do."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Dialog, Page


def ready(page: Page) -> None:
    """Wait until the view has drawn itself (it sets ``body[data-ready=yes]``)."""
    page.wait_for_selector("body[data-ready=yes]", timeout=15000)


class Watch:
    """What a page did that it must not: outside requests, CSP violations, errors, dialogs."""

    def __init__(self, page: Page, base: str) -> None:
        self.problems: list[str] = []
        page.on("request", self._request(base))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                if m.type == "error" else None)

    def _dialog(self, dialog: Dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _request(self, base: str) -> Any:
        def check(req: Any) -> None:
            if not (req.url.startswith(base) or req.url.startswith("data:")):
                self.problems.append(f"outside request: {req.url}")
        return check
