"""Where kabar's extraction fails on the whole-page dumps of the article-extraction benchmark, page by page.

    python -m bench.extract_failures                  # figures only: dump body F1 and dump title share
    python -m bench.extract_failures --html           # and the HTML body F1
    python -m bench.extract_failures --pages 20       # and the 20 worst dump pages by F1, then the title misses
    python -m bench.extract_failures --page 0a1b...   # one page (a benchmark id prefix), every line labelled
    python -m bench.extract_failures --save a.json    # each page's F1 and title verdict, to compare a change with:
    python -m bench.extract_failures --diff a.json    # the pages whose F1 or title verdict moved since a.json

Per page, each non-blank line of the dump is printed with kabar's label (T title, D description, B body, M meta,
X boilerplate) beside the truth: "+" when its words stand in the ground-truth body, "." when they do not. Lines are
shown where the two disagree (body kept but not in the truth, truth lost), with the truth tokens lost in total.
Quality only, no timing: bench/extract.py measures speed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench.extract import dump_lines, load_benchmark, mean_f1, token_prf, tokens

IN_TRUTH = 0.8  # share of a line's words found in the truth body for the line to count as article text
SHOWN_LOST_TOKENS = 25


def truth_share(text: str, truth: Counter) -> float:
    """Share of the line's word tokens that the truth body holds."""
    own = tokens(text)
    total = sum(own.values())
    return sum((own & truth).values()) / total if total else 0.0


def line_tags(raw_lines: list[str], labels) -> dict[int, str]:
    """Line number -> kabar's one-letter label of each labelled line."""
    tags = {n: "B" for n in labels.body} | {n: "M" for n in labels.meta} | {n: "X" for n in labels.boilerplate}
    if labels.title:
        tags[labels.title] = "T"
    if labels.description:
        tags[labels.description] = "D"
    return tags


def disagreements(raw_lines: list[str], labels, truth: str, every: bool = False) -> list[str]:
    """Rows "line label truth text" for lines whose label and truth membership disagree (all lines if every)."""
    truth_tokens = tokens(truth)
    tags = line_tags(raw_lines, labels)
    rows = []
    for number, raw in enumerate(raw_lines, start=1):
        text = raw.strip()
        if not text:
            continue
        tag = tags.get(number, "?")
        inside = truth_share(text, truth_tokens) >= IN_TRUTH and len(tokens(text)) >= 1
        lost = inside and tag != "B" and sum(tokens(text).values()) >= 4
        extra = tag == "B" and not inside
        if every or lost or extra:
            rows.append(f"  {number:4} {tag} {'+' if inside else '.'} {text[:150]}")
    return rows


def run_pages(items, dumps):
    from kabar.extract import extract_pages
    from kabar.records import Page

    pages = [Page(source=k, raw=d, kind="text", url=u) for (k, u, _, _), d in zip(items, dumps, strict=True)]
    return list(extract_pages(pages))


def html_f1(items) -> dict:
    from kabar.extract import extract_pages
    from kabar.records import Page

    results = extract_pages([Page(source=k, raw=h, kind="html", url=u) for k, u, h, _ in items])
    return mean_f1([getattr(r, "text", "") for r in results], [t for *_, t in items])


def title_rows(items, dumps, articles) -> tuple[list[str], int]:
    """The pages whose dump title is not the page's own headline (kabar's title line, the headline), and the number
    of pages that state a headline."""
    from kabar.extract.html import headline, html_meta
    from kabar.extract.lines import _similarity

    rows, headed = [], 0
    for (key, _, html, _), dump, article in zip(items, dumps, articles, strict=True):
        truth = headline(html_meta(html))
        if not truth:
            continue
        headed += 1
        labels = article.lines
        raw = dump.split("\n")
        title = raw[labels.title - 1].strip() if labels and labels.title else ""
        if title and _similarity(title, truth) >= 0.6:
            continue
        where = next((n for n, line in enumerate(raw, 1) if line.strip() and _similarity(line, truth) >= 0.6), None)
        rows.append(f"{key[:12]} title@{labels.title if labels else None}: {title[:90]!r}\n"
                    f"{'':12} truth@{where}: {truth[:90]!r}")
    return rows, headed


def main(argv: list[str] | None = None) -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=0, help="show this many worst pages by dump body F1")
    args.add_argument("--page", help="show every line of the page whose id starts with this")
    args.add_argument("--html", action="store_true", help="also the HTML body F1")
    args.add_argument("--save", help="write each page's dump body F1 to this JSON file")
    args.add_argument("--diff", help="print the pages whose F1 moved from a file --save wrote")
    opts = args.parse_args(argv)
    items = load_benchmark()
    if opts.page:
        items = [it for it in items if it[0].startswith(opts.page)]
    dumps = [dump_lines(h) for _, _, h, _ in items]
    articles = run_pages(items, dumps)
    truths = [t for *_, t in items]
    texts = [getattr(a, "text", "") for a in articles]
    titles, headed = title_rows(items, dumps, articles)
    print(f"dumps body {mean_f1(texts, truths)}; titles right {1 - len(titles) / max(1, headed):.3f} "
          f"({len(titles)} misses of {headed} pages stating a headline)")
    if opts.html:
        print(f"html body {html_f1(items)}")
    missed = {row.split()[0] for row in titles}
    scores = {key: [round(token_prf(text, truth)[2], 4), key[:12] not in missed]
              for (key, _, _, truth), text in zip(items, texts, strict=True)}
    if opts.save:
        Path(opts.save).write_text(json.dumps(scores))
    if opts.diff:
        before = json.loads(Path(opts.diff).read_text())
        for key, (f1, title) in sorted(scores.items(), key=lambda kv: kv[1][0] - before.get(kv[0], kv[1])[0]):
            old_f1, old_title = before.get(key, (f1, title))
            if abs(f1 - old_f1) >= 0.001 or title != old_title:
                change = "" if title == old_title else ("  title now right" if title else "  title now wrong")
                print(f"  {key[:12]} {old_f1:.3f} -> {f1:.3f}{change}")
    scored = sorted(zip(items, dumps, articles, texts, strict=True), key=lambda x: token_prf(x[3], x[0][3])[2])
    for (key, url, _, truth), dump, article, text in scored[: (len(items) if opts.page else opts.pages)]:
        p, r, f = token_prf(text, truth)
        lost = tokens(truth) - tokens(text)
        print(f"\n== {key[:12]} F1 {f:.3f} P {p:.3f} R {r:.3f} {url}")
        print(f"   lost {sum(lost.values())} truth tokens: {' '.join(w for w, _ in lost.most_common(SHOWN_LOST_TOKENS))}")
        raw = dump.split("\n")
        print("\n".join(disagreements(raw, article.lines, truth, every=bool(opts.page))))
    if opts.pages or opts.page:
        print("\n== title misses")
        print("\n".join(titles))


if __name__ == "__main__":
    sys.exit(main())
