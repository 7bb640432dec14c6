"""Stories benchmark: ingest + cluster throughput, peak memory, a second (no-op) ingest, and clustering quality
(pairwise precision/recall against the generator's truth, duplicate recall) on a generated corpus.

    python -m bench.stories                # 100,000 articles
    python -m bench.stories --small        # 10,000 articles, for a quick run
    python -m bench.stories --articles 2000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path


def pair_counts(labels_a: dict[str, str], labels_b: dict[str, str]) -> tuple[int, int, int]:
    """(pairs together in both, pairs together in a, pairs together in b) over the keys both label."""
    keys = [k for k in labels_a if k in labels_b]
    both = Counter((labels_a[k], labels_b[k]) for k in keys)
    in_a = Counter(labels_a[k] for k in keys)
    in_b = Counter(labels_b[k] for k in keys)

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    return pairs(both), pairs(in_a), pairs(in_b)


def quality(db: str, truth_path: Path) -> dict:
    """Pairwise precision/recall of stories against true events, and how many copies were flagged."""
    import sqlite3

    truth = {}
    copies = {}
    for line in truth_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        truth[row["url"]] = row["event"]
        if row["copy_of"]:
            copies[row["url"]] = row["copy_of"]
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT p.url, a.story_id, a.duplicate_of, a.id FROM pages p JOIN articles a ON a.id = p.article_id"
                        " WHERE p.current = 1").fetchall()
    story = {url: sid for url, sid, _, _ in rows if url}
    article = {url: aid for url, _, _, aid in rows if url}
    root = {aid: (d or aid) for _, _, d, aid in rows}
    together, true_pairs, found_pairs = pair_counts(truth, story)
    # a copy is found when it and its source end up under the same earliest copy (either may be the earliest)
    flagged = sum(1 for url, src in copies.items()
                  if url in article and src in article and root[article[url]] == root[article[src]])
    family = {url: copies.get(url, url) for url in truth}  # a copy's family is its source
    family_of_article = {article[u]: f for u, f in family.items() if u in article}
    false_dups = sum(1 for _, _, d, aid in rows if d and family_of_article.get(aid) != family_of_article.get(d))
    return {"pair_precision": round(together / found_pairs, 4) if found_pairs else 1.0,
            "pair_recall": round(together / true_pairs, 4) if true_pairs else 1.0,
            "true_events": len(set(truth.values())), "stories": len(set(story.values())),
            "copies": len(copies), "copies_flagged": flagged, "false_duplicates": false_dups}


def peak_memory_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--small", action="store_true", help="10,000 articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", help="reuse/generate the corpus here (default: a temporary folder)")
    parser.add_argument("--db", help="SQLite file to build (default: in the corpus folder, removed first)")
    args = parser.parse_args(argv if argv is not None or __name__ == "__main__" else [])  # bench.run: defaults
    n = 10_000 if args.small else args.articles

    from bench.gen_corpus import generate
    from kabar.store.ingest import ingest

    corpus = Path(args.corpus or tempfile.mkdtemp(prefix="kabar-stories-"))
    if not (corpus / "truth.jsonl").exists():
        t = time.monotonic()
        counts = generate(corpus, n)
        print(f"generated {counts} in {time.monotonic() - t:.1f}s", file=sys.stderr)
    db = Path(args.db or corpus / "bench.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    pages = sorted(str(p) for p in corpus.glob("pages-*.jsonl"))

    t = time.monotonic()
    first = ingest(pages, db=str(db), workers=args.workers)
    first_s = time.monotonic() - t
    t = time.monotonic()
    second = ingest(pages, db=str(db), workers=args.workers)
    second_s = time.monotonic() - t

    t = time.monotonic()
    from kabar.store.ingest import load_weighed_features
    from kabar.store.sqlite import Store
    from kabar.stories.group import group_weighed

    with Store(str(db)) as store:
        feats = load_weighed_features(store)
    group_weighed(feats)
    cluster_s = time.monotonic() - t

    result = {
        "articles": first.articles_added,
        "ingest_seconds": round(first_s, 1),
        "articles_per_second": round(first.articles_added / first_s, 1) if first_s else None,
        "cluster_only_seconds": round(cluster_s, 1),
        "second_ingest_added": second.articles_added + second.pages_added + second.pages_changed,
        "second_ingest_seconds": round(second_s, 1),
        "peak_memory_mib": peak_memory_mib(),
        "errors": len(first.errors),
        **quality(str(db), corpus / "truth.jsonl"),
    }
    print(json.dumps(result, indent=2))
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "stories.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
