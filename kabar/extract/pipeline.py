"""Extraction steps over a batch of pages. PLACEHOLDER: replaced by the line classifier and metadata steps."""

from __future__ import annotations

import hashlib

from kabar.records import Article, InputError, LineLabels, Page


def article_id(text: str) -> str:
    """Stable id from the content."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def extract_page(page: Page) -> Article:
    lines = page.raw.split("\n")
    numbered = [(i, ln.strip()) for i, ln in enumerate(lines, start=1) if ln.strip()]
    body = [(i, t) for i, t in numbered[1:] if len(t) > 80]
    labels = LineLabels(
        title=numbered[0][0] if numbered else None,
        body=[i for i, _ in body],
        boilerplate=[i for i, t in numbered[1:] if len(t) <= 80],
    )
    text = "\n".join(t for _, t in body)
    return Article(
        id=article_id(page.raw),
        source=page.source,
        url=page.url,
        text=text,
        title=numbered[0][1] if numbered else None,
        lines=labels if page.kind == "text" else None,
        body_lines=[i for i, _ in body],
    )


def extract_pages(pages: list[Page]) -> list[Article | InputError]:
    out: list[Article | InputError] = []
    for page in pages:
        try:
            out.append(extract_page(page))
        except Exception as err:
            out.append(InputError(page.source, f"extraction failed ({type(err).__name__}: {err})"))
    return out
