"""Parquet pages in, Parquet tables out (documents, stories, entities, quotes, figures).

The row builders are pure functions over the records, so the local engine (pyarrow) and the Spark engine
(DataFrames built from the same Arrow schemas) write identical tables.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from kabar.records import Article, InputError, Page

# Column names a pages table may use, most specific first: HTML, plain-text dump, then generic content.
HTML_COLUMNS = ("html",)
TEXT_COLUMNS = ("text", "raw", "content", "body")
SOURCE_COLUMNS = ("source", "url", "path", "id")
TABLES = ("documents", "stories", "entities", "quotes", "figures")


def is_parquet_bytes(data: bytes) -> bool:
    """Parquet files start and end with the magic 'PAR1'."""
    return len(data) >= 8 and data[:4] == b"PAR1" and data[-4:] == b"PAR1"


def is_parquet_path(path: str) -> bool:
    """A ``.parquet`` file, or a folder of part files as Spark and pyarrow write them."""
    stripped = path.rstrip("/")
    if stripped.endswith(".parquet"):
        return True
    if os.path.isdir(stripped):
        names = os.listdir(stripped)
        return bool(names) and any(n.endswith(".parquet") for n in names) and all(
            n.endswith(".parquet") or n.startswith(("_", ".")) for n in names
        )
    return False


def pick_column(names: Iterable[str], candidates: tuple[str, ...]) -> str | None:
    """The first candidate present in names (case-insensitive), as spelled in names."""
    lower = {n.lower(): n for n in names}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


def page_from_row(row: dict[str, Any], where: str) -> Iterator[Page | InputError]:
    """Pages held in one row of a pages table: a text/HTML string, or raw bytes read like a file."""
    from kabar.io.readers import detect_kind, read_source

    names = list(row)
    html_col = pick_column(names, HTML_COLUMNS)
    text_col = pick_column(names, TEXT_COLUMNS)
    src_col = pick_column(names, SOURCE_COLUMNS)
    url_col = pick_column(names, ("url",))
    url = row.get(url_col) if url_col else None
    url = url if isinstance(url, str) and url else None
    source = row.get(src_col) if src_col else None
    source = str(source) if source not in (None, "") else where
    body = None
    kind = None
    for col, col_kind in ((html_col, "html"), (text_col, None)):
        if col and row.get(col) not in (None, "", b""):
            body, kind = row[col], col_kind
            break
    if body is None:
        yield InputError(source, "row has no html/text/content column value")
        return
    fetched = _fetch_time(row, names)
    if isinstance(body, (bytes, bytearray)):
        for page in read_source(source, bytes(body)):
            if isinstance(page, Page):
                page.url = url or page.url
                page.fetched = page.fetched or fetched
            yield page
        return
    if not isinstance(body, str):
        yield InputError(source, f"page column holds {type(body).__name__}, not text")
        return
    if not body.strip():
        yield InputError(source, "empty page")
        return
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    kind_col = pick_column(names, ("kind",))
    given_kind = row.get(kind_col) if kind_col else None
    if given_kind in ("text", "html"):
        kind = given_kind
    yield Page(source=source, raw=text, kind=kind or detect_kind(text), url=url, fetched=fetched, encoding="utf-8")


def _fetch_time(row: dict[str, Any], names: list[str]) -> str | None:
    """The row's fetch time as text, from the column names JSONL lines use (not "date": in a news table that is
    usually the publication date, and a relative "2 jam yang lalu" must be read against the fetch time only)."""
    from kabar.io.readers import FETCH_TIME_KEYS

    col = pick_column(names, FETCH_TIME_KEYS)
    value = row.get(col) if col else None
    if value is None or isinstance(value, bool) or not str(value).strip():
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value).strip()


def read_parquet_pages(source: str, data: bytes | None = None) -> Iterator[Page | InputError]:
    """Pages of a Parquet pages table (a file path, a folder of parts, or a file's bytes); never raises."""
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(data) if data is not None else source)
    except Exception as err:  # pyarrow raises several kinds on broken files
        yield InputError(source, f"unreadable Parquet ({type(err).__name__}: {err})")
        return
    for number, row in enumerate(table.to_pylist(), start=1):
        yield from page_from_row(row, f"{source}#{number}")


# ---- output tables -------------------------------------------------------------------------------------------


def _arrow_schemas():
    import pyarrow as pa

    strings = pa.list_(pa.string())
    lines = pa.struct([("title", pa.int64()), ("description", pa.int64()), ("body", pa.list_(pa.int64())),
                       ("meta", pa.list_(pa.int64())), ("boilerplate", pa.list_(pa.int64()))])
    return {
        "documents": pa.schema([
            ("id", pa.string()), ("source", pa.string()), ("url", pa.string()), ("language", pa.string()),
            ("title", pa.string()), ("description", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
            ("published_basis", pa.string()), ("authors", strings), ("editors", strings), ("translators", strings),
            ("agencies", strings), ("dateline", pa.string()), ("text", pa.string()), ("duplicate_of", pa.string()),
            ("lines", lines), ("story", pa.string()),
        ]),
        "stories": pa.schema([
            ("id", pa.string()), ("title", pa.string()), ("documents", strings), ("size", pa.int64()),
            ("outlets", strings), ("first", pa.string()), ("last", pa.string()), ("briefing", pa.string()),
        ]),
        "entities": pa.schema([
            ("story", pa.string()), ("name", pa.string()), ("type", pa.string()), ("role", pa.string()),
            ("aliases", strings), ("mentions", pa.int64()), ("documents", strings),
        ]),
        "quotes": pa.schema([
            ("story", pa.string()), ("document", pa.string()), ("speaker", pa.string()), ("text", pa.string()),
            ("kind", pa.string()), ("cue", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("line", pa.int64()),
        ]),
        "figures": pa.schema([
            ("story", pa.string()), ("document", pa.string()), ("value", pa.float64()), ("unit", pa.string()),
            ("subject", pa.string()), ("qualifier", pa.string()), ("text", pa.string()), ("start", pa.int64()),
            ("end", pa.int64()), ("as_of", pa.string()), ("attributed_to", pa.string()), ("place", pa.string()),
            ("historical", pa.bool_()), ("line", pa.int64()),
        ]),
    }


_SCHEMAS: dict | None = None


def arrow_schema(table: str):
    """The pyarrow schema of one output table (also turned into the Spark schema)."""
    global _SCHEMAS
    if _SCHEMAS is None:
        _SCHEMAS = _arrow_schemas()
    return _SCHEMAS[table]


def document_row(article: Article, story: str | None) -> dict[str, Any]:
    row = article.document()
    row.setdefault("lines", None)
    row["story"] = story
    return row


def quote_rows(article: Article, story: str | None) -> list[dict[str, Any]]:
    return [
        {"story": story, "document": article.id, "speaker": q.speaker, "text": q.text, "kind": q.kind, "cue": q.cue,
         "start": q.start, "end": q.end, "line": article.line_of(q.start)}
        for q in article.quotes
    ]


def figure_rows(article: Article, story: str | None) -> list[dict[str, Any]]:
    return [
        {"story": story, "document": article.id, "value": float(f.value), "unit": f.unit, "subject": f.subject,
         "qualifier": f.qualifier, "text": f.text, "start": f.start, "end": f.end, "as_of": f.as_of,
         "attributed_to": f.attributed_to, "place": f.place, "historical": bool(f.historical),
         "line": article.line_of(f.start)}
        for f in article.figures
    ]


def story_row(briefing: dict[str, Any], articles: list[Article]) -> dict[str, Any]:
    """One stories row: the listing fields, and the whole briefing as JSON."""
    members = set(briefing.get("documents") or [])
    mine = [a for a in articles if a.id in members]
    dates = sorted(a.published for a in mine if a.published)
    return {
        "id": briefing["id"], "title": briefing.get("title") or "", "documents": list(briefing.get("documents") or []),
        "size": len(members), "outlets": sorted({a.outlet for a in mine if a.outlet}),
        "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        "briefing": json.dumps(briefing, ensure_ascii=False, sort_keys=True),
    }


def entity_rows(briefing: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for ent in briefing.get("entities") or []:
        rows.append({"story": briefing["id"], "name": ent.get("name"), "type": ent.get("type"), "role": ent.get("role"),
                     "aliases": list(ent.get("aliases") or []), "mentions": ent.get("mentions"),
                     "documents": list(ent.get("documents") or [])})
    return rows


def story_rows(briefing: dict[str, Any], articles: list[Article]) -> dict[str, list[dict[str, Any]]]:
    """All output rows of one story (its briefing and its member articles)."""
    sid = briefing["id"]
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["stories"].append(story_row(briefing, articles))
    out["entities"].extend(entity_rows(briefing))
    for article in articles:
        out["documents"].append(document_row(article, sid))
        out["quotes"].extend(quote_rows(article, sid))
        out["figures"].extend(figure_rows(article, sid))
    return out


def digest_tables(articles: list[Article], briefings: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The five output tables of a whole run; articles in no story get story = null."""
    story_of = {doc: b["id"] for b in briefings for doc in b.get("documents") or []}
    by_id: dict[str, list[Article]] = {}
    for a in articles:
        by_id.setdefault(a.id, []).append(a)
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for b in briefings:
        members = [a for doc in dict.fromkeys(b.get("documents") or []) for a in by_id.get(doc, [])]
        tables["stories"].append(story_row(b, members))
        tables["entities"].extend(entity_rows(b))
    for a in articles:
        sid = story_of.get(a.id)
        tables["documents"].append(document_row(a, sid))
        tables["quotes"].extend(quote_rows(a, sid))
        tables["figures"].extend(figure_rows(a, sid))
    return tables


def write_tables(tables: dict[str, list[dict[str, Any]]], out_dir: str) -> dict[str, str]:
    """Write each table as ``out_dir/<table>.parquet`` with pyarrow; returns the paths written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    os.makedirs(out_dir, exist_ok=True)
    written = {}
    for name in TABLES:
        path = os.path.join(out_dir, f"{name}.parquet")
        pq.write_table(pa.Table.from_pylist(tables.get(name) or [], schema=arrow_schema(name)), path)
        written[name] = path
    return written


def read_table(path: str) -> list[dict[str, Any]]:
    """Rows of a table written by either engine (a file or a Spark folder of parts)."""
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()
