"""Rendering a briefing with Jinja2 templates shipped as package data.

HTML is autoescaped: every string that came from a report (titles, evidence,
names) is escaped. Markdown escapes the characters that Markdown or inline
HTML would interpret.
"""

from __future__ import annotations

import re
from functools import cache

import jinja2

from axiswatch.report.briefing import Briefing

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def md_escape(text: object) -> str:
    """``text`` with Markdown and HTML-significant characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


@cache
def _env(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("axiswatch.report", "templates"),
        autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)
    env.filters["md"] = md_escape
    return env


def render_html(briefing: Briefing) -> str:
    """The briefing as a standalone HTML page (images beside it)."""
    return _env(True).get_template("briefing.html").render(b=briefing)


def render_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown with footnotes."""
    return _env(False).get_template("briefing_md.txt").render(b=briefing)
