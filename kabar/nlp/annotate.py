"""Adds mentions, quotes, figures and dated events to an article. PLACEHOLDER until the nlp steps land."""

from __future__ import annotations

from kabar.records import Article


def annotate(article: Article) -> Article:
    return article
