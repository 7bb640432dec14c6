"""PLACEHOLDER briefing: the schema's story shape with empty analysis, until the analysis steps land."""

from __future__ import annotations

from typing import Any

from kabar.records import Article, Story


def brief_stories(stories: list[Story], articles: list[Article]) -> list[dict[str, Any]]:
    return [
        {"id": s.id, "title": s.title, "documents": list(s.documents), "summary": [], "timeline": [], "claims": [],
         "quotes": [], "entities": []}
        for s in stories
    ]
