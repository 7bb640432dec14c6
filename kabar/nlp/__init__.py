"""Per-article language steps: sentences, entity mentions, quotes, figures, dated events."""

from __future__ import annotations

from kabar.nlp.annotate import annotate

__all__ = ["annotate"]
