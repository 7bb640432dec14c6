"""View models shared by the web page and the HTML report: pure functions from digest dicts to what templates show.

Templates only lay out what these functions return, so the story views are the same in ``kabar serve`` and in
``kabar digest --format html``. Nothing here escapes: Jinja's autoescape does that in the templates.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

QUALIFIER_SIGNS = {"approx": "±", "at_least": "≥", "at_most": "≤"}
QUALIFIER_WORDS = {"exact": "exact", "approx": "about", "at_least": "at least", "at_most": "at most"}
STATUS_ORDER = {"conflict": 0, "agree": 1, "single": 2}
ENTITY_GROUPS = (("person", "People"), ("organization", "Organisations"), ("location", "Places"), ("other", "Other"))

# Why a raw line did not make it into the clean text, shown next to each line of the raw page.
LINE_REASONS = {
    "title": "headline",
    "description": "standfirst under the headline",
    "body": "article text",
    "meta": "metadata: byline, date, editor or source credit",
    "boilerplate": "removed: site furniture (menus, ads, related links, share buttons, captions)",
    "blank": "",
    "unlabelled": "not classified",
}


def format_number(value: float | int | None) -> str:
    """A figure as Indonesian readers write it: 1.500.000 and 2,5."""
    if value is None:
        return ""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def short_date(value: str | None) -> str:
    """An ISO date-time cut to what a reader needs: '2020-10-21 14:05' or just the date."""
    if not value:
        return ""
    match = re.match(r"(\d{4}(?:-\d{2}){0,2})(?:T(\d{2}:\d{2}))?", value)
    if not match:
        return value
    return match.group(1) + (" " + match.group(2) if match.group(2) else "")


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (a page's own URL may say javascript:...)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def outlet_name(doc: dict[str, Any] | None) -> str:
    """The document's outlet, else its file name."""
    if not doc:
        return "?"
    if doc.get("outlet"):
        return doc["outlet"]
    source = doc.get("source") or doc.get("id") or "?"
    return os.path.basename(source.rstrip("/")) or source


def doc_label(doc: dict[str, Any] | None) -> str:
    """How a document is named in citations: its distinct label within a story if set, else its outlet name."""
    return (doc or {}).get("_label") or outlet_name(doc)


def citation_labels(documents: list[dict[str, Any]]) -> dict[str, str]:
    """A distinct citation label per document: the outlet, with the date (then a number) when one outlet has several."""
    base = {d["id"]: outlet_name(d) for d in documents}
    labels: dict[str, str] = {}
    for label in set(base.values()):
        same = sorted((d for d in documents if base[d["id"]] == label), key=lambda d: (d.get("published") or "", d["id"]))
        if len(same) == 1:
            labels[same[0]["id"]] = label
            continue
        dated = [f"{label} {short_date(d.get('published'))[:10]}".strip() for d in same]
        for n, (d, name) in enumerate(zip(same, dated, strict=True), start=1):
            labels[d["id"]] = name if dated.count(name) == 1 else f"{label} #{n}"
    return labels


def paragraphs(doc: dict[str, Any]) -> list[str]:
    text = doc.get("text") or ""
    return text.split("\n") if text else []


def paragraph_lines(doc: dict[str, Any]) -> list[int | None]:
    """The raw line number of each paragraph, when the line labels line up with the paragraphs one to one."""
    paras = paragraphs(doc)
    body = (doc.get("lines") or {}).get("body") or []
    if body and len(body) == len(paras):
        return list(body)
    return [None] * len(paras)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def paragraph_of(doc: dict[str, Any], text: str | None = None, line: int | None = None) -> int | None:
    """Index of the paragraph of ``doc`` that holds raw line ``line`` or contains ``text`` (whitespace-insensitive)."""
    if line is not None:
        numbers = paragraph_lines(doc)
        if line in numbers:
            return numbers.index(line)
    if text:
        needle = _squash(text)
        paras = [_squash(p) for p in paragraphs(doc)]
        for i, para in enumerate(paras):
            if needle and needle in para:
                return i
        # A sentence may be quoted with its ends trimmed: fall back to its longest stretch of words.
        words = needle.split()
        if len(words) >= 6:
            middle = " ".join(words[1:-1])
            for i, para in enumerate(paras):
                if middle in para:
                    return i
    return None


def cite(docs: dict[str, dict[str, Any]], doc_id: str, text: str | None = None, line: int | None = None) -> dict:
    """A citation: which document, which paragraph, and the words to highlight there."""
    doc = docs.get(doc_id)
    para = paragraph_of(doc, text=text, line=line) if doc else None
    return {"doc": doc_id, "label": doc_label(doc), "para": para, "text": text, "line": line, "known": doc is not None}


def mark_segments(paragraph: str, needle: str | None) -> list[tuple[str, bool]]:
    """The paragraph cut into (text, highlighted) pieces around the first occurrence of needle."""
    if not needle or not needle.strip():
        return [(paragraph, False)]
    words = [re.escape(w) for w in needle.split()]
    match = re.search(r"\s+".join(words), paragraph, flags=re.IGNORECASE)
    if not match:
        return [(paragraph, False)]
    pieces = [(paragraph[: match.start()], False), (match.group(0), True), (paragraph[match.end():], False)]
    return [p for p in pieces if p[0]]


def snippet_segments(snippet: str | None, open_mark: str = "[", close_mark: str = "]") -> list[tuple[str, bool]]:
    """A full-text search snippet cut into (text, matched) pieces at the store's match markers."""
    if not snippet:
        return []
    pieces: list[tuple[str, bool]] = []
    pattern = re.escape(open_mark) + r"([^" + re.escape(open_mark + close_mark) + r"]+)" + re.escape(close_mark)
    pos = 0
    for match in re.finditer(pattern, snippet):
        if match.start() > pos:
            pieces.append((snippet[pos:match.start()], False))
        pieces.append((match.group(1), True))
        pos = match.end()
    if pos < len(snippet):
        pieces.append((snippet[pos:], False))
    return pieces


def _date_range(docs: list[dict[str, Any]]) -> tuple[str, str]:
    dates = sorted(d["published"] for d in docs if d.get("published"))
    return (short_date(dates[0])[:10], short_date(dates[-1])[:10]) if dates else ("", "")


def claim_rows(claims: list[dict[str, Any]], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims with conflicts first, each value formatted and cited to the paragraph stating it."""
    rows = []
    for claim in sorted(claims, key=lambda c: STATUS_ORDER.get(c.get("status"), 3)):
        values = []
        for v in claim.get("values") or []:
            qualifier = v.get("qualifier")
            values.append({
                "value": format_number(v.get("value")),
                "sign": QUALIFIER_SIGNS.get(qualifier, ""),
                "qualifier": QUALIFIER_WORDS.get(qualifier, ""),
                "text": v.get("text") or "",
                "as_of": short_date(v.get("as_of")),
                "attributed_to": v.get("attributed_to"),
                "cites": [cite(docs, d, text=v.get("text")) for d in v.get("documents") or []],
            })
        rows.append({"subject": claim.get("subject") or "", "status": claim.get("status") or "single", "values": values})
    return rows


def quote_groups(quotes: list[dict[str, Any]], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, most quoted first; unattributed quotes last."""
    groups: dict[str | None, list[dict]] = defaultdict(list)
    for q in quotes:
        groups[q.get("speaker")].append({
            "text": q.get("text") or "",
            "cite": cite(docs, q.get("document"), text=q.get("text"), line=q.get("line")),
        })
    order = sorted(groups, key=lambda s: (s is None, -len(groups[s]), s or ""))
    return [{"speaker": s, "quotes": groups[s], "count": len(groups[s])} for s in order]


def _name_cite(docs: dict[str, dict[str, Any]], doc_id: str, forms: list[str]) -> dict:
    """A citation to the first paragraph of the document naming the entity by any of its forms."""
    for form in forms:
        if form:
            found = cite(docs, doc_id, text=form)
            if found["para"] is not None:
                return found
    return cite(docs, doc_id)


def entity_groups(entities: list[dict[str, Any]], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities by type (people, organisations, places, other), most mentioned first."""
    out = []
    for kind, heading in ENTITY_GROUPS:
        members = [e for e in entities if (e.get("type") or "other") == kind]
        members.sort(key=lambda e: (-(e.get("mentions") or 0), e.get("name") or ""))
        if members:
            out.append({"type": kind, "heading": heading, "count": len(members), "entities": [{
                "name": e.get("name") or "",
                "role": e.get("role"),
                "aliases": [a for a in e.get("aliases") or [] if a != e.get("name")],
                "mentions": e.get("mentions"),
                "cites": [_name_cite(docs, d, [e.get("name") or "", *(e.get("aliases") or [])])
                          for d in e.get("documents") or []],
            } for e in members]})
    return out


def article_rows(doc_ids: list[str], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The story's articles, oldest first, with what a reader needs to pick one."""
    rows = []
    for doc_id in doc_ids:
        doc = docs.get(doc_id) or {"id": doc_id}
        rows.append({
            "id": doc_id,
            "title": doc.get("title") or "(untitled)",
            "outlet": outlet_name(doc),
            "published": short_date(doc.get("published")),
            "authors": doc.get("authors") or [],
            "duplicate_of": doc.get("duplicate_of"),
            "words": len((doc.get("text") or "").split()),
        })
    rows.sort(key=lambda r: (r["published"] or "9999", r["outlet"]))
    return rows


def story_view(story: dict[str, Any], documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything a story page shows, from a schema stories[] item and the documents[] it refers to."""
    docs = {d["id"]: d for d in documents if d.get("id")}
    labels = citation_labels(list(docs.values()))
    docs = {i: dict(d, _label=labels[i]) for i, d in docs.items()}
    members = [docs[i] for i in story.get("documents") or [] if i in docs]
    first, last = _date_range(members)
    timeline = sorted(story.get("timeline") or [], key=lambda t: t.get("date") or "")
    claims = claim_rows(story.get("claims") or [], docs)
    return {
        "id": story.get("id") or "",
        "title": story.get("title") or "(untitled story)",
        "size": len(story.get("documents") or []),
        "outlets": sorted({outlet_name(d) for d in members}),
        "first": first,
        "last": last,
        "summary": [{"text": s.get("text") or "",
                     "cites": [cite(docs, d, text=s.get("text")) for d in s.get("documents") or []]}
                    for s in story.get("summary") or []],
        "timeline": [{"date": t.get("date") or "", "text": t.get("text") or "",
                      "cites": [cite(docs, d, text=t.get("text")) for d in t.get("documents") or []]}
                     for t in timeline],
        "claims": claims,
        "conflicts": sum(1 for c in claims if c["status"] == "conflict"),
        "speakers": quote_groups(story.get("quotes") or [], docs),
        "entity_groups": entity_groups(story.get("entities") or [], docs),
        "articles": article_rows(list(story.get("documents") or []), docs),
    }


def article_view(doc: dict[str, Any], highlight: str | None = None, para: int | None = None) -> dict[str, Any]:
    """An article's metadata and clean text, with the cited words highlighted in paragraph ``para``."""
    lines = paragraph_lines(doc)
    paras = []
    for i, text in enumerate(paragraphs(doc)):
        marked = highlight if (para is None or para == i) else None
        paras.append({"index": i, "line": lines[i], "segments": mark_segments(text, marked)})
    facts = [
        ("Outlet", doc.get("outlet")),
        ("Published", short_date(doc.get("published")) + (f" ({doc['published_basis']})"
                                                          if doc.get("published") and doc.get("published_basis") else "")),
        ("Authors", ", ".join(doc.get("authors") or [])),
        ("Editors", ", ".join(doc.get("editors") or [])),
        ("Translators", ", ".join(doc.get("translators") or [])),
        ("Agencies", ", ".join(doc.get("agencies") or [])),
        ("Dateline", doc.get("dateline")),
        ("Language", doc.get("language")),
        ("Source", doc.get("source")),
    ]
    return {
        "id": doc.get("id") or "",
        "title": doc.get("title") or "(untitled)",
        "description": doc.get("description"),
        "facts": [(k, v) for k, v in facts if v],
        "url": doc.get("url"),
        "link": safe_url(doc.get("url")),
        "language": doc.get("language") if re.fullmatch(r"[a-z]{2,3}", doc.get("language") or "") else None,
        "duplicate_of": doc.get("duplicate_of"),
        "paragraphs": paras,
    }


def line_kinds(labels: dict[str, Any] | None) -> dict[int, str]:
    """Raw line number -> its label (title, description, body, meta, boilerplate)."""
    kinds: dict[int, str] = {}
    if not labels:
        return kinds
    for kind in ("body", "meta", "boilerplate"):
        for n in labels.get(kind) or []:
            kinds[n] = kind
    for kind in ("title", "description"):
        if labels.get(kind) is not None:
            kinds[labels[kind]] = kind
    return kinds


def raw_lines(raw: str | None, labels: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Each raw line with its number, its label and why it was kept or dropped."""
    if not raw:
        return []
    kinds = line_kinds(labels)
    out = []
    for n, text in enumerate(raw.split("\n"), start=1):
        kind = kinds.get(n) or ("blank" if not text.strip() else "unlabelled")
        out.append({"n": n, "text": text, "kind": kind, "why": LINE_REASONS[kind],
                    "kept": kind in ("title", "description", "body")})
    return out
