"""Listings for the terminal: stories (``kabar stories``) and search hits (``kabar search``) as table, json or markdown."""

from __future__ import annotations

import json
from typing import Any

TITLE_WIDTH = 70


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(value: str | None) -> str:
    return (value or "")[:10] or "-"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_stories(stories: list[dict[str, Any]], fmt: str = "table") -> str:
    """Stories ({id, title, size, outlets, first, last}) as 'table', 'json' or 'markdown'."""
    if fmt == "json":
        return json.dumps(stories, ensure_ascii=False, indent=2) + "\n"
    if not stories:
        return "No stories yet: add pages with kabar ingest.\n"
    if fmt == "markdown":
        lines = ["| Story | Title | Articles | Outlets | First | Last |", "|---|---|---|---|---|---|"]
        for s in stories:
            lines.append(f"| `{s['id']}` | {_md_cell(s.get('title') or '')} | {s.get('size', 0)} | "
                         f"{_md_cell(', '.join(s.get('outlets') or []))} | {_day(s.get('first'))} | {_day(s.get('last'))} |")
        return "\n".join(lines) + "\n"
    rows = [[s["id"], str(s.get("size", 0)), _day(s.get("first")), _day(s.get("last")),
             _short(", ".join(s.get("outlets") or []) or "-", 30), _short(s.get("title"), TITLE_WIDTH)] for s in stories]
    return _table(["STORY", "SIZE", "FIRST", "LAST", "OUTLETS", "TITLE"], rows)


def render_search(hits: list[dict[str, Any]], fmt: str = "table") -> str:
    """Search hits ({id, title, outlet, published, snippet, story}) as 'table', 'json' or 'markdown'."""
    if fmt == "json":
        return json.dumps(hits, ensure_ascii=False, indent=2) + "\n"
    if not hits:
        return "No matching articles.\n"
    if fmt == "markdown":
        lines = []
        for h in hits:
            lines.append(f"- **{_md_cell(h.get('title') or h['id'])}** ({h.get('outlet') or 'unknown outlet'}, "
                         f"{_day(h.get('published'))}) — article `{h['id']}`, story `{h.get('story') or '-'}`")
            if h.get("snippet"):
                lines.append(f"  > {_md_cell(h['snippet'])}")
        return "\n".join(lines) + "\n"
    rows = [[h["id"], _day(h.get("published")), _short(h.get("outlet") or "-", 20), h.get("story") or "-",
             _short(h.get("title"), TITLE_WIDTH)] for h in hits]
    out = _table(["ARTICLE", "PUBLISHED", "OUTLET", "STORY", "TITLE"], rows)
    snippets = [f"{h['id']}: {_short(h.get('snippet'), 150)}" for h in hits if h.get("snippet")]
    return out + ("\n" + "\n".join(snippets) + "\n" if snippets else "")
