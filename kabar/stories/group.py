"""PLACEHOLDER: exact duplicates only, one story per article, until MinHash and clustering land."""

from __future__ import annotations

import hashlib

from kabar.records import Article, Story


def group_articles(articles: list[Article]) -> tuple[list[Article], list[Story]]:
    seen: dict[str, str] = {}
    stories = []
    for a in articles:
        key = hashlib.sha1(a.text.encode()).hexdigest()
        if key in seen and a.text:
            a.duplicate_of = seen[key]
        else:
            seen[key] = a.id
        stories.append(Story(id="s" + a.id, documents=[a.id], title=a.title or ""))
    return articles, stories
