"""Grouping: duplicates and stories."""

from __future__ import annotations

from kabar.stories.group import group_articles

__all__ = ["group_articles"]
