"""Extraction: a raw ``Page`` to an ``Article`` (clean body, line labels, metadata)."""

from __future__ import annotations

from kabar.extract.pipeline import extract_page, extract_pages

__all__ = ["extract_page", "extract_pages"]
