"""Outputs: JSON (digest.schema.json), Markdown, self-contained HTML."""

from __future__ import annotations

from kabar.render.text import render

__all__ = ["render"]
