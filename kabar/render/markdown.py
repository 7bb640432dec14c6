"""Markdown for a person: per story its briefing, per article headline, outlet, date, byline and clean text."""

from __future__ import annotations

from typing import Any


def _byline(doc: dict[str, Any]) -> str:
    parts = []
    if doc.get("authors"):
        parts.append("By " + ", ".join(doc["authors"]))
    if doc.get("editors"):
        parts.append("Editor: " + ", ".join(doc["editors"]))
    if doc.get("translators"):
        parts.append("Translator: " + ", ".join(doc["translators"]))
    if doc.get("agencies"):
        parts.append("Source: " + ", ".join(doc["agencies"]))
    return " · ".join(parts)


def render_article(doc: dict[str, Any]) -> str:
    head = [f"## {doc.get('title') or '(untitled)'}", ""]
    facts = [x for x in (doc.get("outlet"), doc.get("published"), doc.get("dateline")) if x]
    if facts:
        head.append("*" + " · ".join(facts) + "*")
    if _byline(doc):
        head.append("*" + _byline(doc) + "*")
    head.append(f"<sub>{doc['source']} · id {doc['id']}"
                + (f" · duplicate of {doc['duplicate_of']}" if doc.get("duplicate_of") else "") + "</sub>")
    head.append("")
    if doc.get("description"):
        head += [f"**{doc['description']}**", ""]
    head += [p for para in doc.get("text", "").split("\n") for p in (para, "")]
    return "\n".join(head)


def render_markdown(doc: dict[str, Any]) -> str:
    out = ["# kabar digest", ""]
    for article in doc.get("documents", []):
        out.append(render_article(article))
    return "\n".join(out).rstrip() + "\n"
