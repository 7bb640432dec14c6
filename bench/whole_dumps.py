"""Whole-page text dumps with hand labels (tests/fixtures/whole_dumps2 by default, or the folder given): kabar beside
jusText (run on a dump as bench/extract.py runs it: one <p> per line).

Per page: body token F1 of both tools against the labelled body lines, how many non-blank lines kabar labels as the
editor did (when expected.json gives 'labels': one letter per non-blank line, T D M B X), and which metadata fields
are wrong. Run: .venv/bin/python bench/whole_dumps.py [tests/fixtures/whole_dumps]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract import justext_bodies, token_prf  # noqa: E402
from real_pages import field_ok  # noqa: E402

FIELDS = ("title", "description", "published", "authors", "editors", "translators", "agencies", "outlet", "dateline",
          "language")


def body_truth(lines: list[str], starts: list[str]) -> str:
    """The labelled body: for each paragraph opening, the first unused non-blank line that starts with it."""
    body, at = [], 0
    for start in starts:
        while at < len(lines) and not lines[at].startswith(start):
            at += 1
        if at < len(lines):
            body.append(lines[at])
            at += 1
    return "\n".join(body)


def predicted_letters(raw_lines: list[str], labels) -> str:
    """kabar's label of every non-blank line, as one letter each (T D M B X)."""
    body, meta = set(labels.body), set(labels.meta)
    letters = []
    for number, line in enumerate(raw_lines, 1):
        if not line.strip():
            continue
        letters.append("T" if number == labels.title else "D" if number == labels.description else
                       "B" if number in body else "M" if number in meta else "X")
    return "".join(letters)


def same_title_copy(got: str, want: str, texts: list[str]) -> str:
    """got, with its title moved to the editor's line when kabar took another copy of the same text: dumps often
    print the headline twice (breadcrumb or page title, then the headline), and either copy is the title (the seeds'
    labels take the first)."""
    g, w = got.find("T"), want.find("T")
    if g < 0 or w < 0 or g == w or texts[g] != texts[w]:
        return got
    letters = list(got)
    letters[g], letters[w] = letters[w], letters[g]
    return "".join(letters)


def kabar_article(path: Path):
    from kabar.extract import extract_pages
    from kabar.io.readers import read_source

    return extract_pages(list(read_source(path.name, path.read_bytes())))[0]


def measure(folder: Path) -> list[dict]:
    expected = {k: v for k, v in json.loads((folder / "expected.json").read_text()).items() if not k.startswith("_")}
    names = sorted(expected)
    dumps = [(folder / name).read_text(encoding="utf-8") for name in names]
    justext_texts, _ = justext_bodies(dumps, from_dump=True)
    rows = []
    for name, dump, justext_text in zip(names, dumps, justext_texts, strict=True):
        want = expected[name]
        raw_lines = dump.split("\n")
        texts = [ln.strip() for ln in raw_lines if ln.strip()]
        truth = body_truth(texts, want["body_starts"])
        art = kabar_article(folder / name)
        row = {"page": name, "kabar_f1": round(token_prf(art.text, truth)[2], 3),
               "justext_f1": round(token_prf(justext_text, truth)[2], 3)}
        if "labels" in want and art.lines is not None:
            got = same_title_copy(predicted_letters(raw_lines, art.lines), want["labels"], texts)
            row["lines_right"] = sum(a == b for a, b in zip(got, want["labels"], strict=True))
            row["lines"] = len(want["labels"])
            row["lines_wrong"] = " ".join(f"{i + 1}:{b}>{a}" for i, (a, b) in enumerate(zip(got, want["labels"],
                                                                                              strict=True)) if a != b)
        row["fields"] = sum(f in want for f in FIELDS)
        row["wrong"] = {f: getattr(art, f) for f in FIELDS if f in want and not field_ok(f, getattr(art, f), want[f])}
        rows.append(row)
    return rows


# blind sets (2, 4, 5, 6) and the set written after reading kabar/extract (3)
SETS = ("whole_dumps2", "whole_dumps3", "whole_dumps4", "whole_dumps5", "whole_dumps6")


def summary(rows: list[dict]) -> dict:
    labelled = [r for r in rows if "lines" in r]
    report = {"pages": len(rows)}
    for key in ("kabar_f1", "justext_f1"):
        report[key] = {"mean": round(sum(r[key] for r in rows) / len(rows), 3), "min": min(r[key] for r in rows)}
    report["lines_right"] = [sum(r["lines_right"] for r in labelled), sum(r["lines"] for r in labelled)]
    report["fields_right"] = [sum(r["fields"] - len(r["wrong"]) for r in rows), sum(r["fields"] for r in rows)]
    report["fields_wrong"] = {f: [r["page"] for r in rows if f in r["wrong"]] for f in FIELDS
                              if any(f in r["wrong"] for r in rows)}
    return report


def as_text(name: str, report: dict) -> str:
    lines = [f"{name}: {report['pages']} pages",
             f"  body F1 kabar {report['kabar_f1']['mean']} (min {report['kabar_f1']['min']}), jusText "
             f"{report['justext_f1']['mean']} (min {report['justext_f1']['min']})",
             f"  lines right {report['lines_right'][0]} of {report['lines_right'][1]}",
             f"  fields right {report['fields_right'][0]} of {report['fields_right'][1]}"]
    lines += [f"    {field} wrong on {len(pages)}: {' '.join(pages)}" for field, pages in report["fields_wrong"].items()]
    return "\n".join(lines) + "\n"


def main(folder: Path | None = None) -> dict:
    """Per page rows of one folder (printed), or, run by bench/run.py, the summary of both labelled sets written to
    bench/out/whole_dumps.json and .txt."""
    if folder is not None:
        rows = measure(folder)
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        print(as_text(folder.name, summary(rows)), end="")
        return summary(rows)
    reports = {name: summary(measure(ROOT / "tests" / "fixtures" / name)) for name in SETS}
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "whole_dumps.json").write_text(json.dumps(reports, indent=2))
    text = "".join(as_text(name, report) for name, report in reports.items())
    (out / "whole_dumps.txt").write_text(text)
    print(text, end="")
    return reports


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
