"""Markdown for a person: per story a briefing (summary with numbered citations, timeline, figures compared across
outlets, quotes by speaker, people/organisations/places), then every article with its headline, outlet, date,
byline and clean text."""

from __future__ import annotations

import re
from typing import Any

QUALIFIER_MARK = {"approx": "~", "at_least": "≥", "at_most": "≤", "exact": ""}
STATUS_MARK = {"conflict": "⚠ conflict", "agree": "✓ agree", "single": "single source"}
ENTITY_SECTIONS = (("person", "People"), ("organization", "Organisations"), ("location", "Places"),
                   ("other", "Other names"))


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


def _inline(text: Any) -> str:
    """One line of text safe inside Markdown inline context and table cells."""
    return " ".join(str(text or "").split()).replace("|", "\\|")


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
    head += [p for para in (doc.get("text") or "").split("\n") for p in (para, "")]
    return "\n".join(head)


# ---------------------------------------------------------------------------------------------------- briefing


MAX_CITATION_GROUPS = 8


def _cite(ids: list[str], numbers: dict[str, int]) -> str:
    """'[1][3]' for the given document ids, runs as '[4–7]', long lists cut; ids outside the story are skipped."""
    marks = sorted({numbers[i] for i in ids if i in numbers})
    groups: list[list[int]] = []
    for n in marks:
        if groups and n == groups[-1][-1] + 1:
            groups[-1].append(n)
        else:
            groups.append([n])
    shown = "".join(f"[{g[0]}]" if len(g) == 1 else f"[{g[0]}]" + f"[{g[1]}]" if len(g) == 2 else f"[{g[0]}–{g[-1]}]"
                    for g in groups[:MAX_CITATION_GROUPS])
    rest = sum(len(g) for g in groups[MAX_CITATION_GROUPS:])
    return shown + (f" (+{rest} more)" if rest else "")


def _source_label(doc: dict[str, Any] | None, doc_id: str) -> str:
    if doc is None:
        return f"id {doc_id}"
    facts = [_inline(x) for x in (doc.get("outlet"), (doc.get("published") or "")[:10]) if x]
    label = f"**{_inline(doc['title'])}**" if doc.get("title") else f"**(untitled)** *{_opening(doc)}*"
    label += " — " + ", ".join(facts) if facts else ""
    if doc.get("authors"):
        label += " · " + _inline(", ".join(doc["authors"]))
    if doc.get("duplicate_of"):
        label += f" · copy of id {doc['duplicate_of']}"
    return label


def _opening(doc: dict[str, Any], words: int = 12) -> str:
    """The first words of an untitled article (its standfirst, else its text), to recognise it by."""
    text = _inline(doc.get("description") or doc.get("text") or "")
    cut = text.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def _sources_line(doc_ids: list[str], docs: dict[str, dict[str, Any]]) -> str:
    outlets: list[str] = []
    for doc_id in doc_ids:
        outlet = (docs.get(doc_id) or {}).get("outlet")
        if outlet and outlet not in outlets:
            outlets.append(outlet)
    dates = sorted(d[:10] for d in ((docs.get(i) or {}).get("published") for i in doc_ids) if d)
    line = f"{len(doc_ids)} article{'s' if len(doc_ids) != 1 else ''}"
    if outlets:
        line += " from " + ", ".join(_inline(o) for o in outlets)
    if dates:
        line += f", {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    return line


def _value_text(value: dict[str, Any]) -> str:
    number = value.get("value")
    shown = f"{number:,.0f}".replace(",", ".") if isinstance(number, (int, float)) and number == int(number) \
        else str(number)
    return QUALIFIER_MARK.get(value.get("qualifier") or "exact", "") + shown


def _claims_table(claims: list[dict[str, Any]], numbers: dict[str, int]) -> list[str]:
    order = {"conflict": 0, "agree": 1, "single": 2}
    rows = ["| What | Status | Values (sources) | As of · reported by |", "|---|---|---|---|"]
    for claim in sorted(claims, key=lambda c: order.get(c.get("status"), 3)):
        values, notes = [], []
        for value in claim.get("values", []):
            values.append(f"{_value_text(value)} {_cite(value.get('documents', []), numbers)}".strip())
            note = " · ".join(_inline(x) for x in (value.get("as_of"), value.get("attributed_to")) if x)
            if note and note not in notes:
                notes.append(note)
        status = STATUS_MARK.get(claim.get("status"), _inline(claim.get("status")))
        rows.append(f"| {_inline(claim.get('subject'))} | {status} | {'; '.join(values)} | {'; '.join(notes)} |")
    return rows


def _quotes_by_speaker(quotes: list[dict[str, Any]], numbers: dict[str, int]) -> list[str]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for quote in quotes:
        groups.setdefault(quote.get("speaker") or "(speaker unknown)", []).append(quote)
    out: list[str] = []
    for speaker, items in sorted(groups.items(), key=lambda kv: (kv[0] == "(speaker unknown)", -len(kv[1]))):
        out += [f"**{_inline(speaker)}**", ""]
        for quote, documents in _merge_retellings(items):
            indirect = quote.get("kind") == "indirect"
            text = _inline(quote.get("text"))
            out.append(f"> {text if indirect else '“' + text + '”'} {_cite(documents, numbers)}".rstrip())
            out.append("")
    return out


_WORDS = re.compile(r"\w+")


def _merge_retellings(quotes: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[str]]]:
    """One speaker's quotes with outlets' retellings of the same words ("akan/bakal menghormati proses hukum")
    shown once, citing every document."""
    merged: list[tuple[dict[str, Any], set[str], list[str]]] = []
    for quote in quotes:
        words = set(_WORDS.findall((quote.get("text") or "").lower()))
        for _, seen, documents in merged:
            if words and seen and len(words & seen) / min(len(words), len(seen)) >= 0.75:
                if quote.get("document") not in documents:
                    documents.append(quote.get("document", ""))
                break
        else:
            merged.append((quote, words, [quote.get("document", "")]))
    return [(quote, documents) for quote, _, documents in merged]


def _entity_lines(entities: list[dict[str, Any]], numbers: dict[str, int]) -> list[str]:
    out: list[str] = []
    for kind, heading in ENTITY_SECTIONS:
        items = [e for e in entities if e.get("type") == kind]
        if not items:
            continue
        out += [f"**{heading}**", ""]
        for entity in items:
            line = f"- **{_inline(entity.get('name'))}**"
            if entity.get("role"):
                line += f" ({_inline(entity['role'])})"
            aliases = [a for a in entity.get("aliases", []) if a != entity.get("name")]
            if aliases:
                line += " — also " + ", ".join(_inline(a) for a in aliases)
            line += " " + _cite(entity.get("documents", []), numbers)
            out.append(line.rstrip())
        out.append("")
    return out


def render_briefing(story: dict[str, Any], docs: dict[str, dict[str, Any]]) -> str:
    """One story's briefing as Markdown; citations [n] refer to the numbered sources of the story."""
    doc_ids = list(story.get("documents", []))
    numbers = {doc_id: n for n, doc_id in enumerate(doc_ids, start=1)}
    out = [f"## {_inline(story.get('title')) or '(untitled story)'}", "", "*" + _sources_line(doc_ids, docs) + "*",
           ""]
    if story.get("summary"):
        out += ["### Summary", ""]
        for sentence in story["summary"]:
            out += [f"{_inline(sentence.get('text'))} {_cite(sentence.get('documents', []), numbers)}".rstrip(), ""]
    out += ["### Sources", ""]
    out += [f"{numbers[i]}. {_source_label(docs.get(i), i)}" for i in doc_ids]
    out.append("")
    if story.get("timeline"):
        out += ["### Timeline", ""]
        out += [f"- **{_inline(t.get('date'))}** — {_inline(t.get('text'))} {_cite(t.get('documents', []), numbers)}"
                .rstrip() for t in story["timeline"]]
        out.append("")
    if story.get("claims"):
        out += ["### Figures", "", *_claims_table(story["claims"], numbers), ""]
    if story.get("quotes"):
        out += ["### Quotes", "", *_quotes_by_speaker(story["quotes"], numbers)]
    if story.get("entities"):
        out += ["### People, organisations and places", "", *_entity_lines(story["entities"], numbers)]
    return "\n".join(out).rstrip() + "\n"


def render_markdown(doc: dict[str, Any]) -> str:
    documents = doc.get("documents", [])
    stories = doc.get("stories", [])
    docs = {d.get("id"): d for d in documents}
    out = ["# kabar digest", "",
           f"{len(documents)} article{'s' if len(documents) != 1 else ''} · "
           f"{len(stories)} stor{'ies' if len(stories) != 1 else 'y'}", ""]
    for story in stories:
        out.append(render_briefing(story, docs))
    if documents:
        out += ["# Articles", ""]
    for article in documents:
        out.append(render_article(article))
    return "\n".join(out).rstrip() + "\n"
