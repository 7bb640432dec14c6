"""Metadata benchmark: speed of meta_line_kind and extract_metadata, and field accuracy through the full extraction
step on the seeds and the house-style dumps in tests/fixtures/metadata (`python -m bench.metadata`, a few seconds);
then the silver-truth check of bench/metadata_silver.py (dates and authors of the 181 benchmark pages against their
own head tags, from the dumps and from the HTML; its cases are in bench/out/metadata_silver.txt).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from kabar.extract import extract_pages
from kabar.extract.metadata import extract_metadata, meta_line_kind
from kabar.records import Page

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "data" / "seeds"
DUMPS = ROOT / "tests" / "fixtures" / "metadata"
OUT = Path(__file__).resolve().parent / "out"
FIELDS = ("outlet", "published", "authors", "editors", "translators", "agencies", "dateline")


def _expected() -> dict[Path, dict]:
    from tests.extract.test_metadata_seeds import EXPECTED as SEED_EXPECTED

    expected = {DUMPS / name: fields for name, fields in json.loads((DUMPS / "expected.json").read_text()).items()}
    for prefix, fields in SEED_EXPECTED.items():
        expected[next(SEEDS.glob(f"{prefix}_*.txt"))] = fields
    return expected


def _same(got, want) -> bool:
    return sorted(got) == sorted(want) if isinstance(want, list) else got == want


def _cpu(fn, repeat: int) -> float:
    """Best CPU seconds of one call (process time: the machine is shared)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main() -> dict:
    expected = _expected()
    pages = [Page(source=str(path), raw=path.read_text(encoding="utf-8")) for path in expected]
    articles = extract_pages(pages)
    right = {f: 0 for f in FIELDS}
    total = {f: 0 for f in FIELDS}
    misses = []
    for path, article in zip(expected, articles, strict=True):
        for field in FIELDS:
            if field not in expected[path]:
                continue
            total[field] += 1
            if _same(getattr(article, field), expected[path][field]):
                right[field] += 1
            else:
                misses.append(f"{path.name} {field}: {getattr(article, field)!r} != {expected[path][field]!r}")

    lines = [ln for p in pages for ln in p.raw.split("\n") if ln.strip() and len(ln.split()) <= 30]
    per_line = _cpu(lambda: [meta_line_kind(ln) for ln in lines], 5) / len(lines)
    inputs = []
    for page, article in zip(pages, articles, strict=True):
        raw_lines = page.raw.split("\n")
        inputs.append((raw_lines, article.lines, article.paragraphs, None))
    per_page = _cpu(lambda: [extract_metadata(*args) for args in inputs], 5) / len(inputs)

    report = {
        "pages": len(pages),
        "field_accuracy": {f: round(right[f] / total[f], 3) for f in FIELDS if total[f]},
        "misses": misses,
        "meta_line_kind_us_per_line": round(per_line * 1e6, 1),
        "extract_metadata_ms_per_page": round(per_page * 1e3, 2),
    }
    from bench import metadata_silver

    silver = metadata_silver.main(quiet=True)
    report["silver"] = {kind: {key: silver[kind][key] for key in ("published", "authors")} for kind in ("dump", "html")}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "metadata.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    text = [f"metadata on {report['pages']} pages (seeds + house-style dumps), full extraction step"]
    text += [f"  {f:12s} {acc:.3f}" for f, acc in report["field_accuracy"].items()]
    text += [f"  meta_line_kind     {report['meta_line_kind_us_per_line']} us/line (CPU)",
             f"  extract_metadata   {report['extract_metadata_ms_per_page']} ms/page (CPU)"]
    text += [f"  miss: {m}" for m in misses]
    text += [f"silver truth (benchmark pages' head tags), {kind}: published {row['published']}, authors {row['authors']}"
             for kind, row in report["silver"].items()]
    (OUT / "metadata.txt").write_text("\n".join(text) + "\n")
    print("\n".join(text))
    return report


if __name__ == "__main__":
    main()
