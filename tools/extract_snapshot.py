"""Snapshot of everything the extraction step outputs, for checking that a speed change changes nothing.

    .venv/bin/python tools/extract_snapshot.py before.jsonl     # on the old code
    .venv/bin/python tools/extract_snapshot.py after.jsonl      # on the new code
    cmp before.jsonl after.jsonl

One JSON line per Article.document() (plus body_lines and the line labels) of: the 181 article-extraction-benchmark
pages as HTML and as text dumps (made as bench/extract.py makes them), each in one batch (template lines across the
batch) and the first 40 alone, the HTML fixtures of tests/fixtures and tests/web/html_pages, and the Indonesian
text dumps (seeds, tests/fixtures, tests/web/pages), each in one batch and alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DIRS = ("tests/fixtures/html", "tests/web/html_pages")
HTML_FIXTURES = ("tests/fixtures/real_html/*.html",)
TEXT_FIXTURES = ("../shared/data/seeds/*.txt", "tests/fixtures/**/*.txt", "tests/fixtures/**/*.lines", "tests/web/pages/*.txt")
ALONE = 40


def _record(result) -> dict:
    if not hasattr(result, "document"):
        return {"error": repr(result)}
    doc = result.document()
    doc["_body_lines"] = result.body_lines
    doc["_lines"] = repr(result.lines)
    return doc


def snapshot_lines() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from bench.extract import dump_lines, load_benchmark
    from kabar.extract import extract_pages
    from kabar.records import Page

    items = load_benchmark()
    html_pages = [Page(source=k, raw=h, kind="html", url=u) for k, u, h, _ in items]
    dump_pages = [Page(source=k, raw=dump_lines(h), kind="text", url=u) for k, u, h, _ in items]
    fixtures = [Page(source=str(p.relative_to(ROOT)), raw=p.read_text(encoding="utf-8", errors="replace"), kind="html")
                for d in FIXTURE_DIRS for p in sorted((ROOT / d).rglob("*")) if p.is_file()]
    fixtures += [Page(source=str(p.relative_to(ROOT)), raw=p.read_text(encoding="utf-8", errors="replace"), kind="html")
                 for pattern in HTML_FIXTURES for p in sorted(ROOT.glob(pattern))]
    texts = [Page(source=p.name, raw=p.read_text(encoding="utf-8", errors="replace"), kind="text")
             for pattern in TEXT_FIXTURES for p in sorted(ROOT.glob(pattern))]
    out = []
    for name, pages in (("html", html_pages), ("dump", dump_pages), ("fixture", fixtures), ("text", texts)):
        batches = [pages] + [[page] for page in pages[:ALONE]]
        for batch in batches:
            for result in extract_pages(batch):
                out.append(f"{name} " + json.dumps(_record(result), sort_keys=True, ensure_ascii=False, default=str))
    return out


def main(path: str) -> None:
    lines = snapshot_lines()
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents -> {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "extract_snapshot.jsonl")
