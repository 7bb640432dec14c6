"""Cross-article analysis of a story: entities, quotes, figures compared, timeline, summary."""

from __future__ import annotations

from kabar.analysis.briefing import brief_stories

__all__ = ["brief_stories"]
