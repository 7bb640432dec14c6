"""Silver-truth check of the metadata fields on the 181 pages of ../shared/data/dev/article-extraction-benchmark.

The page's own head is the silver truth: JSON-LD datePublished / article:published_time (and the like) for the
publication date, JSON-LD author / author meta tags for the authors. kabar's fields are compared twice: extracted
from the TEXT DUMP (bench/extract.py dump_lines; the head is not there, the URL is, as in bench/extract.py) and from
the HTML. Each field counts as right, wrong or missing (kabar states nothing) on the pages whose head states it;
"extra" counts values kabar gives where the head states none (not scored: a head may leave out what the page prints).
Wrong values are the defects; missing is acceptable when the dump does not print the field.

    .venv/bin/python -m bench.metadata_silver            # figures, and every wrong value with its page
    .venv/bin/python -m bench.metadata_silver --missing  # also the missing ones

The silver reading is independent of kabar's own head reader (kabar.extract.html), so that a bug there shows.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

META_TAG = re.compile(r"<meta\b([^>]*)>", re.IGNORECASE)
ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
JSONLD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
DATE_TAGS = ("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
             "dc.date.issued", "sailthru.date", "parsely-pub-date")
AUTHOR_TAGS = ("author", "article:author", "sailthru.author", "parsely-author", "dc.creator")
ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "report", "techarticle", "scholarlyarticle", "liveblogposting"}
ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?")


def _jsonld_objects(html: str) -> list[dict]:
    """JSON-LD objects of a page. Read apart from kabar.extract.html on purpose: the truth must not share the
    reader it judges (this one also follows mainEntity and takes no shortcuts)."""
    out, stack = [], []
    for block in JSONLD.findall(html):
        try:
            stack.append(json.loads(block.strip().removeprefix("<!--").removesuffix("-->"), strict=False))
        except ValueError:
            continue
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage")
                         and isinstance(v, (list, dict)))
    return out


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds)


def _person_names(value) -> list[str]:
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            kind = item.get("@type")
            if isinstance(kind, str) and kind.lower() == "organization":
                continue
            item = item.get("name")
        if isinstance(item, str) and item.strip() and not item.startswith("http"):
            out.append(" ".join(item.split()))
    return out


def _valid(value) -> bool:
    """An ISO date of this era ("0001-01-01T00:00:00Z" is a template's empty value, not a date)."""
    m = ISO.search(value) if isinstance(value, str) else None
    return m is not None and 1990 <= int(m.group(1)) <= 2100


def silver(html: str) -> dict:
    """{'published': ISO string or None, 'authors': [names]} as the page's head states them."""
    objects = [o for o in _jsonld_objects(html) if _is_article(o)]
    published = next((o["datePublished"] for o in objects if _valid(o.get("datePublished"))), None)
    authors = next((names for o in objects if (names := _person_names(o.get("author")))), [])
    tags: dict[str, list[str]] = {}
    head = html[: html.lower().find("</head")] if "</head" in html.lower() else html[:200_000]
    for tag in META_TAG.finditer(head):
        attrs = {k.lower(): a or b for k, a, b in ATTR.findall(tag.group(1))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if attrs.get("content", "").strip():
            tags.setdefault(key, []).append(" ".join(attrs["content"].split()))
    if published is None:
        published = next((v[0] for k in DATE_TAGS if (v := tags.get(k)) and _valid(v[0])), None)
    if not authors:
        authors = next(([a for a in v if not a.startswith("http")] for k in AUTHOR_TAGS if (v := tags.get(k))), [])
    return {"published": published, "authors": [a for a in authors if a]}


def _parse(value: str) -> tuple[datetime | None, bool, bool]:
    """(moment, has_time, has_zone) of an ISO-like string."""
    m = ISO.search(value or "")
    if not m:
        return None, False, False
    y, mo, d, hh, mm, tz = m.groups()
    try:
        moment = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    except ValueError:
        return None, False, False
    if tz:
        if tz == "Z":
            zone = UTC
        else:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        moment = moment.replace(tzinfo=zone)
    return moment, hh is not None, tz is not None


def judge_date(got: str | None, truth: str) -> str:
    """'right', 'wrong day', 'wrong time', 'wrong zone' or 'missing' of kabar's date against the head's."""
    if not got:
        return "missing"
    g, g_time, g_zone = _parse(got)
    t, t_time, t_zone = _parse(truth)
    if g is None or t is None:
        return "wrong day"
    if g_time and g_zone and t_time and t_zone:
        if abs((g - t).total_seconds()) < 60:
            return "right"
        same_clock = (g.hour, g.minute) == (t.hour, t.minute) and g.date() == t.date()
        return "wrong zone" if same_clock else "wrong day" if g.date() != t.astimezone(g.tzinfo).date() and \
            g.date() != t.date() else "wrong time"
    # one side without a time: the day as each writes it, or the head's moment in kabar's zone; kabar's date without
    # a zone (the page prints "Nov 19, 2019") is right when it is the head moment's day somewhere (UTC-12 .. UTC+14)
    days = {t.date()}
    if t_zone and g_zone:
        days.add(t.astimezone(g.tzinfo).date())
    elif t_zone and t_time:
        days |= {(t.astimezone(UTC) + timedelta(hours=h)).date() for h in (-12, 0, 14)}
    return "right" if g.date() in days else "wrong day"


def _norm(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if len(w) > 1}


def judge_authors(got: list[str], truth: list[str]) -> str:
    """'right' when every name kabar gives shares a word with a head name, 'partly' when some do (a head often names
    only the first of several writers: read these), 'wrong' when none does, 'missing' when kabar gives none."""
    if not got:
        return "missing"
    truth_words = set().union(*(_norm(t) for t in truth))
    matched = sum(bool(_norm(g) & truth_words) for g in got)
    return "right" if matched == len(got) else "partly" if matched else "wrong"


def run() -> dict:
    sys.path.insert(0, str(ROOT))
    from bench.extract import dump_lines, load_benchmark
    from kabar.extract import extract_pages
    from kabar.records import Page

    items = load_benchmark()
    truths = [silver(h) for _, _, h, _ in items]
    kinds = {
        "dump": [Page(source=k, raw=dump_lines(h), kind="text", url=u) for k, u, h, _ in items],
        "html": [Page(source=k, raw=h, kind="html", url=u) for k, u, h, _ in items],
    }
    report: dict = {"pages": len(items), "stated": {"published": sum(bool(t["published"]) for t in truths),
                                                   "authors": sum(bool(t["authors"]) for t in truths)}}
    for kind, pages in kinds.items():
        articles = extract_pages(pages)
        dates: dict[str, int] = {}
        authors: dict[str, int] = {}
        cases = []
        extra = {"published": 0, "authors": 0}
        for (key, url, _, _), truth, art in zip(items, truths, articles, strict=True):
            got_date = getattr(art, "published", None)
            got_authors = list(getattr(art, "authors", None) or [])
            if truth["published"]:
                verdict = judge_date(got_date, truth["published"])
                dates[verdict] = dates.get(verdict, 0) + 1
                if verdict != "right":
                    cases.append({"page": key, "field": "published", "verdict": verdict, "got": got_date,
                                  "basis": getattr(art, "published_basis", None), "truth": truth["published"],
                                  "url": url})
            elif got_date:
                extra["published"] += 1
            if truth["authors"]:
                verdict = judge_authors(got_authors, truth["authors"])
                authors[verdict] = authors.get(verdict, 0) + 1
                if verdict != "right":
                    cases.append({"page": key, "field": "authors", "verdict": verdict, "got": got_authors,
                                  "truth": truth["authors"], "url": url})
            elif got_authors:
                extra["authors"] += 1
                cases.append({"page": key, "field": "authors", "verdict": "extra", "got": got_authors,
                              "truth": [], "url": url})
        report[kind] = {"published": dict(sorted(dates.items())), "authors": dict(sorted(authors.items())),
                        "extra (head states none)": extra, "cases": cases}
    return report


def as_text(report: dict, show_missing: bool = False) -> str:
    st = report["stated"]
    out = [f"metadata silver truth: {report['pages']} benchmark pages; head states a date on {st['published']}, "
           f"authors on {st['authors']}"]
    for kind in ("dump", "html"):
        row = report[kind]
        out.append(f"  {kind:4}  published {row['published']}")
        out.append(f"        authors   {row['authors']}  extra where the head states none: "
                   f"{row['extra (head states none)']}")
    for kind in ("dump", "html"):
        for case in report[kind]["cases"]:
            if case["verdict"] == "missing" and not show_missing:
                continue
            out.append(f"  {kind} {case['page'][:12]} {case['field']} {case['verdict']}: got {case['got']!r}"
                       f"{' (' + case['basis'] + ')' if case.get('basis') else ''} head {case['truth']!r}")
    return "\n".join(out) + "\n"


def main(quiet: bool = False) -> dict:
    report = run()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "metadata_silver.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    text = as_text(report, show_missing="--missing" in sys.argv)
    (OUT / "metadata_silver.txt").write_text(text)
    if not quiet:
        print(text, end="")
    return report


if __name__ == "__main__":
    main()
