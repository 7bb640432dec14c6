"""Real-style Indonesian pages (a folder of tests/fixtures with an expected.json): kabar beside trafilatura, on the
HTML and on the visible-line dumps resiliparse renders of the same pages.

Per page: body token F1 against the hand-written expected paragraphs, and whether title, published (to the minute,
as an instant), authors, editors, outlet, dateline and agencies match where expected.json states them.
Run: .venv/bin/python bench/real_pages.py [FOLDER]   (FOLDER: real_html (default), real_html2, real_html3 or a path)
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract import dump_lines, token_prf  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "real_html"
FIELDS = ("title", "published", "authors", "editors", "outlet", "dateline", "agencies")
TRAF_FIELDS = ("title", "published", "authors", "outlet")  # what trafilatura's metadata offers


def same_instant(a: str | None, b: str | None) -> bool:
    """Two ISO date-times name the same minute (zones honoured); dates alone compare as text."""
    if not a or not b:
        return a == b
    try:
        x, y = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return a[:16] == b[:16]
    if (x.tzinfo is None) != (y.tzinfo is None):
        return False
    return x.replace(second=0, microsecond=0) == y.replace(second=0, microsecond=0)


def field_ok(name: str, got, want) -> bool:
    if name == "published":
        return same_instant(got, want)
    return got == want


def kabar_article(name: str, text_dump: bool):
    """kabar's article for one fixture page, read as a user's file is (kabar.io.read_source)."""
    from kabar.extract import extract_pages
    from kabar.io.readers import read_source

    raw = (PAGES / name).read_bytes()
    if text_dump:  # (the page decoded as kabar's reader decodes it: a fixture may be in another encoding)
        raw = dump_lines(next(iter(read_source(name, raw))).raw).encode("utf-8")
    pages = [p for p in read_source(name, raw)]
    return extract_pages(pages)[0]


def trafilatura_result(name: str) -> dict:
    import trafilatura

    html = (PAGES / name).read_bytes()  # (trafilatura decodes the bytes itself)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=False)
    doc = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc or {})
    authors = [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]
    return {"text": doc.get("text") or "", "title": doc.get("title"), "published": doc.get("date"),
            "authors": authors, "outlet": doc.get("sitename")}


def pages_folder(arg: str | None) -> Path:
    """A fixture folder by name (tests/fixtures/NAME) or by path."""
    if not arg:
        return ROOT / "tests" / "fixtures" / "real_html"
    named = ROOT / "tests" / "fixtures" / arg
    return named if named.is_dir() else Path(arg).resolve()


def main(folder: str | None = None) -> None:
    global PAGES
    PAGES = pages_folder(folder)
    expected = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}
    rows = []
    for name, want in expected.items():
        truth = "\n".join(want["body"])
        row = {"page": name}
        for label, dump in (("html", False), ("text", True)):
            art = kabar_article(name, dump)
            row[f"kabar_{label}_f1"] = round(token_prf(art.text, truth)[2], 3)
            row[f"kabar_{label}_wrong"] = [f for f in FIELDS if f in want and not field_ok(f, getattr(art, f), want[f])]
        traf = trafilatura_result(name)
        row["traf_f1"] = round(token_prf(traf["text"], truth)[2], 3)
        row["traf_wrong"] = [f for f in TRAF_FIELDS
                             if f in want and not field_ok(f, traf[f], want[f])]
        row["traf_day_right"] = (traf["published"] or "")[:10] == want["published"][:10]  # trafilatura gives a day
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False))
    for key in ("kabar_html_f1", "kabar_text_f1", "traf_f1"):
        print(key, "mean", round(sum(r[key] for r in rows) / len(rows), 3), "min", min(r[key] for r in rows))
    print("trafilatura publication day right on", sum(r["traf_day_right"] for r in rows), "of", len(rows), "pages")
    for key, fields in (("kabar_html_wrong", FIELDS), ("kabar_text_wrong", FIELDS), ("traf_wrong", TRAF_FIELDS)):
        stated = sum(len([f for f in fields if f in expected[r["page"]]]) for r in rows)
        print(key, "fields right", stated - sum(len(r[key]) for r in rows), "of", stated, fields)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
