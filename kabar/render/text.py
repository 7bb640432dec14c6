"""Render a digest document (the schema's dict) as JSON or Markdown."""

from __future__ import annotations

import json
from typing import Any


def render(doc: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        from kabar.render.markdown import render_markdown

        return render_markdown(doc)
    if fmt == "html":
        from kabar.render.html import render_html

        return render_html(doc)
    raise ValueError(f"unknown format {fmt!r}")
