"""Analysis benchmark: annotate (per step) and briefing throughput in articles/s on a generated corpus, plus the
timeline and summary on the seed story.

    python -m bench.analysis                  # 2,000 generated articles
    python -m bench.analysis --articles 500   # quicker
    python -m bench.analysis --digest         # also time the whole local digest with 2 workers

Writes bench/out/analysis.json and bench/out/analysis.txt; main() returns the report.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
SEEDS = ROOT.parent / "shared" / "data" / "seeds"

STEPS = (
    ("mentions", "kabar.nlp.entities", "find_mentions"),
    ("quotes", "kabar.nlp.quotes", "find_quotes"),
    ("figures", "kabar.nlp.figures", "find_figures"),
    ("events", "kabar.nlp.timexpr", "find_dated_events"),
)


def _articles(paths: list[str]):
    from kabar.api import read_pages
    from kabar.extract import extract_pages
    from kabar.records import Article

    pages = read_pages(paths, [])
    return [a for a in extract_pages(pages) if isinstance(a, Article)]


def time_steps(articles) -> dict:
    """Seconds per step over all articles (each step on its own, in annotate's order)."""
    from importlib import import_module

    seconds: dict[str, float] = {}
    mentions = {}
    for name, module, func in STEPS:
        try:
            step = getattr(import_module(module), func)
        except (ImportError, AttributeError):
            seconds[name] = None
            continue
        start = time.process_time()
        for a in articles:
            if name == "mentions":
                mentions[a.id] = step(a.text)
            elif name == "quotes":
                step(a.text, mentions.get(a.id, []))
            else:
                step(a.text, a.published)
        seconds[name] = time.process_time() - start
    return seconds


def time_briefing(articles) -> tuple[float, float, list[dict]]:
    """(grouping seconds, briefing seconds, briefings) over annotated articles."""
    from kabar.analysis import brief_stories
    from kabar.stories import group_articles

    start = time.process_time()
    articles, stories = group_articles(articles)
    grouped = time.process_time()
    briefings = brief_stories(stories, articles)
    return grouped - start, time.process_time() - grouped, briefings


def seed_story() -> dict:
    """Timeline and summary figures of the five seed pages taken as one story."""
    from kabar.analysis.summary import summarize
    from kabar.analysis.timeline import build_timeline
    from kabar.nlp import annotate

    articles = [annotate(a) for a in _articles([str(SEEDS)])]
    timeline = build_timeline(articles)
    summary = summarize(articles)
    return {"articles": len(articles), "events": sum(len(a.events) for a in articles),
            "timeline_items": len(timeline), "timeline_dates": sorted({t["date"] for t in timeline}),
            "multi_source_items": sum(len(t["documents"]) > 1 for t in timeline),
            "summary_sentences": len(summary), "summary_multi_source": sum(len(s["documents"]) > 1 for s in summary)}


def time_digest(paths: list[str], workers: int = 2) -> dict:
    from kabar.api import digest

    start = time.perf_counter()  # wall clock: the work is in worker processes
    result = digest(paths, workers=workers)
    seconds = time.perf_counter() - start
    return {"workers": workers, "articles": len(result.articles), "seconds": round(seconds, 2),
            "articles_per_s": round(len(result.articles) / seconds, 1)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", help="reuse/generate the corpus here (default: a temporary folder)")
    parser.add_argument("--digest", action="store_true", help="also time the whole local digest (2 workers)")
    args = parser.parse_args(argv if argv is not None else [])
    from bench.gen_corpus import generate
    from kabar.nlp import annotate

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus or tmp)
        if not any(corpus.glob("pages-*.jsonl")):
            generate(corpus, args.articles)
        paths = [str(p) for p in sorted(corpus.glob("pages-*.jsonl"))]
        articles = _articles(paths)
        steps = time_steps(articles)
        start = time.process_time()
        articles = [annotate(a) for a in articles]
        annotate_s = time.process_time() - start
        group_s, brief_s, briefings = time_briefing(articles)
        digest = time_digest(paths) if args.digest else None
    n = len(articles)
    rate = (lambda s: round(n / s, 1) if s else None)  # noqa: E731
    report = {
        "articles": n,
        "stories": len(briefings),
        "annotate_articles_per_s": rate(annotate_s),
        "step_ms_per_article": {k: (round(v * 1000 / n, 3) if v is not None and n else None)
                                for k, v in steps.items()},
        "briefing_articles_per_s": rate(brief_s),
        "annotate_and_briefing_articles_per_s": rate(annotate_s + brief_s),
        "grouping_articles_per_s": rate(group_s),
        "events_per_article": round(sum(len(a.events) for a in articles) / max(n, 1), 2),
        "timeline_items_per_story": round(sum(len(b["timeline"]) for b in briefings) / max(len(briefings), 1), 2),
        "summary_sentences_per_story": round(sum(len(b["summary"]) for b in briefings) / max(len(briefings), 1), 2),
        "seed_story": seed_story() if SEEDS.exists() else None,
        "digest": digest,
        "timing_note": "CPU seconds of this process for the steps (steady under load from other jobs); the digest "
                       "figure is wall-clock with 2 worker processes",
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "analysis.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    lines = [f"{k}: {v}" for k, v in report.items()]
    (OUT / "analysis.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)
