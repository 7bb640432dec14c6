"""Find input files and read them into ``Page`` records; input problems become ``InputError`` items.

Type is detected from content (HTML, WARC, JSONL, Parquet pages table, text dump), not only from the file suffix.
"""

from __future__ import annotations

import glob
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from kabar.io.decode import decode_bytes, gunzip_if_needed, gzip_head, looks_binary
from kabar.records import InputError, Page

MAX_PAGE_BYTES = 20 * 1024 * 1024  # one page; a WARC or JSONL container may be larger, its records may not
MAX_CONTAINER_BYTES = 4 * 1024 * 1024 * 1024
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named by paths, folders (recursively, sorted) and globs; '-' stands for stdin."""
    for path in paths:
        if path == "-":
            yield "-"
        elif os.path.isdir(path):
            found = sorted(
                str(p) for p in Path(path).rglob("*") if p.is_file() and not p.name.startswith(".") and p.name not in _SKIP_NAMES
            )
            if not found:
                yield InputError(path, "folder holds no files")
            yield from found
        elif os.path.exists(path):
            yield path
        elif glob.has_magic(path):
            matches = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
            if not matches:
                yield InputError(path, "no file matches this pattern")
            yield from matches
        else:
            yield InputError(path, "no such file or folder")


def read_inputs(paths: Iterable[str]) -> Iterator[Page | InputError]:
    """Every page found under paths, in a stable order; failures are yielded, never raised."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            data = sys.stdin.buffer.read() if item == "-" else _read_file(item)
        except InputError as err:
            yield err
            continue
        except OSError as err:
            yield InputError(item, f"cannot read file ({err.strerror or err})")
            continue
        yield from read_source(item if item != "-" else "<stdin>", data)


def _read_file(path: str) -> bytes:
    size = os.path.getsize(path)
    if size > MAX_CONTAINER_BYTES:
        raise InputError(path, f"file is {size // 2**20} MiB, over the {MAX_CONTAINER_BYTES // 2**20} MiB limit")
    with open(path, "rb") as fh:
        return fh.read()


def read_source(source: str, data: bytes) -> Iterator[Page | InputError]:
    """Pages held in one input's bytes (one page, or many for WARC and JSONL)."""
    if _is_warc(gzip_head(data)):
        yield from _read_warc(source, data)  # warcio reads per-record gzip itself, record by record
        return
    try:
        data = gunzip_if_needed(data)
    except (OSError, EOFError, zlib.error) as err:
        yield InputError(source, f"broken gzip data ({err})")
        return
    if not data.strip():
        yield InputError(source, "empty file")
        return
    if _is_warc(data):
        yield from _read_warc(source, data)
        return
    if data[:4] == b"PAR1":
        from kabar.io.parquet import is_parquet_bytes, read_parquet_pages

        if is_parquet_bytes(data):
            yield from read_parquet_pages(source, data)
            return
    if looks_binary(data):
        yield InputError(source, "binary data, not a text or HTML page")
        return
    if len(data) > MAX_PAGE_BYTES and not _is_jsonl(data):
        yield InputError(source, f"page is {len(data) // 2**20} MiB, over the {MAX_PAGE_BYTES // 2**20} MiB page limit")
        return
    try:
        text, encoding = decode_bytes(data)
    except ValueError as err:
        yield InputError(source, str(err))
        return
    if _is_jsonl(data):
        yield from _read_jsonl(source, text)
        return
    yield _page(source, text, encoding=encoding)


def _page(source: str, text: str, url: str | None = None, encoding: str | None = None, kind: str | None = None) -> Page:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Page(source=source, raw=text, kind=kind or detect_kind(text), url=url, encoding=encoding)


def detect_kind(text: str) -> str:
    """'html' when the text is markup, else 'text'."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head[:512]:
        return "html"
    sample = text[:20000].lower()
    tags = sum(sample.count(t) for t in ("<div", "<p>", "<p ", "<body", "<head", "<meta", "<span", "<a href"))
    return "html" if tags >= 3 else "text"


def _is_warc(data: bytes) -> bool:
    return data[:8] == b"WARC/1.0" or data[:8] == b"WARC/1.1" or data[:9] == b"WARC/0.18"


def _is_jsonl(data: bytes) -> bool:
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    line = data.lstrip().split(b"\n", 1)[0]
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and ("html" in obj or "text" in obj)


def _read_jsonl(source: str, text: str) -> Iterator[Page | InputError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except ValueError as err:
            yield InputError(where, f"malformed JSON line ({err.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "JSON line is not an object")
            continue
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        body = obj.get("html") if isinstance(obj.get("html"), str) else obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "JSON line has no 'html' or 'text'")
            continue
        kind = "html" if isinstance(obj.get("html"), str) else None
        page = _page(url or where, body, url=url, encoding="utf-8", kind=kind)
        page.fetched = _fetch_time(obj)
        yield page


# The names crawlers give a page's fetch time in a JSONL line (Common Crawl's "timestamp", news-please's
# "date_download", Scrapy pipelines' "crawled_at"...); the first present wins.
FETCH_TIME_KEYS = ("fetched", "fetch_time", "fetched_at", "crawled_at", "crawl_time", "date_crawled", "date_download",
                   "timestamp")


def _fetch_time(obj: dict) -> str | None:
    """The fetch time a JSONL line states, as text (ISO, crawl stamp or Unix seconds), or None."""
    for key in FETCH_TIME_KEYS:
        value = obj.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _read_warc(source: str, data: bytes) -> Iterator[Page | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            fetched = record.rec_headers.get_header("WARC-Date")
            rid = record.rec_headers.get_header("WARC-Record-ID") or f"record {count + 1}"
            where = url or f"{source}#{rid}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
            try:
                payload = record.content_stream().read()
            except Exception as err:  # warcio raises many kinds on truncated records
                yield InputError(where, f"broken WARC record ({err})")
                continue
            count += 1
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield InputError(where, "truncated WARC record (fewer bytes than its Content-Length)")
                continue
            if ctype and not any(t in ctype for t in ("html", "text", "xml")):
                continue
            for page in read_source(where, payload):
                if isinstance(page, Page):
                    page.url = url
                    page.fetched = page.fetched or fetched
                yield page
    except ArchiveLoadFailed as err:
        yield InputError(source, f"malformed WARC ({err})")
    except Exception as err:  # a truncated gzip member or header in the middle of a WARC
        yield InputError(source, f"malformed WARC after {count} records ({type(err).__name__}: {err})")
