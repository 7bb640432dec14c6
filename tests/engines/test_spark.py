"""The Spark engine (local mode) gives the local engine's results: documents, duplicates, stories, figures."""

from __future__ import annotations

import json
import random

import pytest

from kabar.engines.local import run_local
from kabar.io import read_inputs
from kabar.records import InputError, Page
from tests.conftest import SEEDS
from tests.engines.corpus import make_pages, write_jsonl, write_text_dumps

pytestmark = pytest.mark.spark


def _local(paths):
    """The local engine over paths, reading Parquet page tables with kabar.io.parquet as the Spark engine does."""
    from kabar.io.parquet import is_parquet_path, read_parquet_pages

    items = []
    for path in map(str, paths):
        items.extend(read_parquet_pages(path) if is_parquet_path(path) else read_inputs([path]))
    pages = [p for p in items if isinstance(p, Page)]
    result = run_local(pages, workers=1)
    result.errors = [e for e in items if isinstance(e, InputError)] + result.errors
    return result


def _story_sets(result):
    """Stories as sets of member document ids (ids themselves may differ only by a documented mapping)."""
    return sorted(sorted(s.documents) for s in result.stories)


def _figures(result):
    return [[f.to_dict() for f in a.figures] for a in result.articles]


def assert_same(local, spark_result):
    assert [a.document() for a in spark_result.articles] == [a.document() for a in local.articles]
    assert [a.duplicate_of for a in spark_result.articles] == [a.duplicate_of for a in local.articles]
    assert _story_sets(spark_result) == _story_sets(local)
    assert [s.to_dict() for s in spark_result.stories] == [s.to_dict() for s in local.stories]
    assert _figures(spark_result) == _figures(local)
    assert [a.to_dict() for a in spark_result.articles] == [a.to_dict() for a in local.articles]
    assert json.dumps(spark_result.briefings, sort_keys=True) == json.dumps(local.briefings, sort_keys=True)
    assert [(e.source, e.reason) for e in spark_result.errors] == [(e.source, e.reason) for e in local.errors]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    pages = make_pages(events=5, outlets_per_event=4)
    write_text_dumps(folder / "dumps", pages)
    return folder, pages


@pytest.fixture(scope="module")
def corpus_runs(spark, corpus):
    """The generated text dumps through both engines; the Spark run also writes its Parquet tables."""
    from kabar.engines.spark import run_spark_paths

    folder, _ = corpus
    out = folder / "out"
    return _local([folder / "dumps"]), run_spark_paths([str(folder / "dumps")], output_dir=str(out)), out


def test_generated_corpus_equals_local_engine(corpus, corpus_runs):
    local, result, _ = corpus_runs
    _, pages = corpus
    assert len(result.articles) == len(pages)
    assert any(a.duplicate_of for a in result.articles)  # the corpus holds copies: the comparison is not vacuous
    assert any(len(s.documents) > 1 for s in result.stories)
    assert_same(local, result)


def test_parquet_outputs_hold_the_digest(corpus_runs):
    from kabar.io.parquet import read_table

    _, result, out = corpus_runs
    docs = sorted(read_table(str(out / "documents.parquet")), key=lambda d: (d["id"], d["source"]))
    articles = sorted(result.articles, key=lambda a: (a.id, a.source))
    story_of = {d: b["id"] for b in result.briefings for d in b["documents"]}
    assert [d["id"] for d in docs] == [a.id for a in articles]
    assert [d["story"] for d in docs] == [story_of[a.id] for a in articles]
    assert [d["text"] for d in docs] == [a.text for a in articles]
    assert [d["duplicate_of"] for d in docs] == [a.duplicate_of for a in articles]
    stories = read_table(str(out / "stories.parquet"))
    assert sorted((s["id"], tuple(s["documents"])) for s in stories) == sorted(
        (b["id"], tuple(b["documents"])) for b in result.briefings)
    assert all(json.loads(s["briefing"])["id"] == s["id"] for s in stories)
    assert len(read_table(str(out / "figures.parquet"))) == sum(len(a.figures) for a in result.articles)
    assert len(read_table(str(out / "quotes.parquet"))) == sum(len(a.quotes) for a in result.articles)
    assert len(read_table(str(out / "entities.parquet"))) == sum(len(b["entities"]) for b in result.briefings)


def test_mixed_inputs_and_bad_inputs_equal_local_engine(spark, corpus, tmp_path):
    """JSONL (split by lines), a Parquet pages table and broken inputs in one run, as the local engine reads them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kabar.engines.spark import run_spark_paths

    _, pages = corpus
    write_jsonl(tmp_path / "pages.jsonl", pages[:10])
    rows = [{"source": f"pq/{name}", "text": text} for name, text in pages[10:20]]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pages.parquet")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "bad.jsonl").write_text('{"text": "Jakarta - Hujan deras turun sejak pagi di seluruh kota."}\nnot json\n')
    paths = [tmp_path / n for n in ("pages.jsonl", "pages.parquet", "empty.txt", "binary.bin", "bad.jsonl", "missing.txt")]
    result = run_spark_paths([str(p) for p in paths])
    assert [a.source for a in result.articles[:10]] == [f"https://example.id/{name}" for name, _ in pages[:10]]
    assert [a.source for a in result.articles[10:20]] == [r["source"] for r in rows]
    assert {e.source for e in result.errors} >= {str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                                                 str(tmp_path / "binary.bin"), f"{tmp_path / 'bad.jsonl'}:2"}
    assert_same(_local(paths), result)


def test_dataframe_entry_point(spark, corpus):
    from kabar.engines.spark import run_spark_dataframe

    _, pages = corpus
    rows = [{"url": f"https://example.id/{name}", "text": text} for name, text in pages[:4]]
    result = run_spark_dataframe(spark.createDataFrame(rows))
    local = run_local([Page(source=r["url"], raw=r["text"], url=r["url"]) for r in rows])
    assert [a.document() for a in result.articles] == [a.document() for a in local.articles]
    assert _story_sets(result) == _story_sets(local)


def _components_by_union_find(edges):
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {n: find(n) for n in parent}


def test_connected_components_match_union_find(spark):
    from kabar.engines.spark import connected_components

    rng = random.Random(3)
    # chains (long paths, the worst case for label propagation), stars and random sparse edges
    edges = [(i, i + 1) for i in range(0, 30)] + [(100, 100 + k) for k in range(1, 12)]
    edges += [(rng.randrange(200, 400), rng.randrange(200, 400)) for _ in range(150)]
    edges = [(a, b) for a, b in edges if a != b]
    want = _components_by_union_find(edges)
    rdd = spark.sparkContext.parallelize(edges, 4)
    assert dict(connected_components(rdd).collect()) == want  # one executor task (small graph)
    assert dict(connected_components(rdd, single_task_edges=0).collect()) == want  # distributed rounds
    assert dict(connected_components(rdd, single_task_edges=0, max_nodes=400).collect()) == want  # few nodes: one task


def test_block_pairs_equal_brute_force(spark):
    from kabar.engines.spark import block_pairs

    rng = random.Random(5)
    feats = {k: frozenset(rng.sample(range(30), 6)) for k in range(80)}

    def keys(f):
        return [f"t{t}" for t in sorted(f)[:3]]

    def score(fa, fb):
        return len(fa & fb) / len(fa | fb)

    got = block_pairs(spark.sparkContext.parallelize(sorted(feats.items()), 4), keys, score, 0.2).collect()
    want = set()
    for a in feats:
        for b in feats:
            if a < b and set(keys(feats[a])) & set(keys(feats[b])) and score(feats[a], feats[b]) >= 0.2:
                want.add((a, b))
    assert {(a, b) for a, b, _ in got} == want
    assert all(abs(s - score(feats[a], feats[b])) < 1e-12 for a, b, s in got)


def test_cli_digest_on_spark_equals_local_digest(seeds_digest, tmp_path):
    """The real command: `kabar digest --engine spark --master local[1] --output-dir` prints the local digest."""
    from kabar.io.parquet import read_table
    from tests.conftest import run_kabar

    out = tmp_path / "tables"
    proc = run_kabar("digest", str(SEEDS), "--engine", "spark", "--master", "local[1]", "--format", "json", "--quiet",
                     "--output-dir", str(out))
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    doc = json.loads(proc.stdout)
    assert doc["generator"]["settings"]["engine"] == "spark"
    assert doc["documents"] == seeds_digest["documents"]
    assert doc["stories"] == seeds_digest["stories"]
    assert sorted(d["id"] for d in read_table(str(out / "documents.parquet"))) == sorted(
        d["id"] for d in seeds_digest["documents"])


def test_ingest_on_spark_fills_the_store_like_local_ingest(spark, corpus, tmp_path):
    from kabar.engines.spark import ingest_spark
    from kabar.store import open_store
    from kabar.store.ingest import ingest

    folder, pages = corpus
    dumps = [str(folder / "dumps")]
    local_report = ingest(dumps, db=str(tmp_path / "local.db"))
    report = ingest_spark(dumps, db=str(tmp_path / "spark.db"))
    assert report.pages_added == local_report.pages_added == len(pages)
    assert report.articles_added == local_report.articles_added
    again = ingest_spark(dumps, db=str(tmp_path / "spark.db"))
    assert again.pages_added == 0 and again.pages_unchanged == len(pages)
    with open_store(str(tmp_path / "local.db")) as local_store, open_store(str(tmp_path / "spark.db")) as spark_store:
        local_doc, spark_doc = local_store.digest(), spark_store.digest()
    def by_id(items):
        return sorted(items, key=lambda d: d["id"])

    assert by_id(spark_doc["documents"]) == by_id(local_doc["documents"])
    assert by_id(spark_doc["stories"]) == by_id(local_doc["stories"])


def test_pages_of_few_large_inputs_are_spread_over_the_workers(spark):
    from kabar.engines.spark import MIN_PAGES_PER_TASK, balance_pages

    sc = spark.sparkContext
    many = sc.parallelize([((0, "", n), n) for n in range(MIN_PAGES_PER_TASK * 4)], 1)  # one big WARC, say
    spread = balance_pages(many)
    assert spread.getNumPartitions() == sc.defaultParallelism > 1
    assert sorted(spread.collect()) == sorted(many.collect())
    few = sc.parallelize([((0, "", n), n) for n in range(10)], 1)
    assert balance_pages(few).getNumPartitions() == 1  # not worth a shuffle


def test_template_evidence_equals_the_local_pre_pass(spark, corpus):
    """Template lines counted by Spark's tallies equal the local engine's whole-input count (and there are some)."""
    from kabar.engines.spark import pages_from_list, template_evidence, whole_input_templates

    _, pages = corpus
    records = [Page(source=f"https://example.id/{name}", raw=text, url=f"https://example.id/{name}") for name, text in pages]
    local = whole_input_templates(records)
    assert local and any(local.values())
    assert template_evidence(spark, pages_from_list(spark, records)) == {g: lines for g, lines in local.items() if lines}


def test_briefings_by_joined_memberships_equal_broadcast_ones(spark, corpus):
    """Above the broadcast limit story memberships are joined to the articles: the same stories and briefings."""
    from kabar.engines.spark import (
        articles_from_pages,
        briefed_stories,
        pages_from_list,
    )

    _, pages = corpus
    records = [Page(source=f"https://example.id/{name}", raw=text, url=f"https://example.id/{name}") for name, text in pages]
    items = articles_from_pages(spark, pages_from_list(spark, records)).cache()
    articles = items.filter(lambda kv: not isinstance(kv[1], InputError))

    def run(limit):
        briefed, _ = briefed_stories(spark, articles, 2, broadcast_limit=limit)
        done = sorted(briefed.collect(), key=lambda sbm: sbm[0].id)
        return ([(s.to_dict(), json.dumps(b, sort_keys=True), [(k, a.to_dict()) for k, a in m]) for s, b, m in done])

    broadcast, joined = run(10**9), run(0)
    assert any(len(story["documents"]) > 1 for story, _, _ in broadcast)
    assert joined == broadcast


def test_balanced_partitions_spread_the_members():
    from kabar.engines.spark import balanced_partitions
    from kabar.records import Story

    sizes = [40, 30, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    stories = [Story(id=f"s{k:02d}", documents=[f"d{k}-{i}" for i in range(n)]) for k, n in enumerate(sizes)]
    part_of = balanced_partitions(stories, 2)
    loads = [sum(len(s.documents) for s in stories if part_of[s.id] == p) for p in (0, 1)]
    assert set(part_of) == {s.id for s in stories} and set(part_of.values()) == {0, 1}
    assert max(loads) - min(loads) <= 1  # the two big stories apart, the small ones filling up (58 vs 58)
    assert balanced_partitions(list(reversed(stories)), 2) == part_of  # not the input order


def test_grouping_partitions_are_a_multiple_of_the_cores():
    from kabar.engines.spark import ARTICLES_PER_PARTITION, MAX_TASKS_PER_CORE, grouping_partitions

    assert grouping_partitions(2, 10) == 2
    assert grouping_partitions(2, 3 * ARTICLES_PER_PARTITION) == 4
    assert grouping_partitions(2, 10**9) == 2 * MAX_TASKS_PER_CORE
    assert all(grouping_partitions(c, n) % c == 0 for c in (1, 2, 3, 16) for n in (0, 999, 10**5, 10**7))


def test_stable_hash_is_the_same_in_every_process():
    """Shuffle partitions must not depend on the process (str hashing is randomised per interpreter)."""
    import subprocess
    import sys
    from pathlib import Path

    from kabar.engines.spark import stable_hash

    keys = ["t:banjir", ("id", "abc"), (("kompas.com", "baca juga"), "sig"), ("articles",), (None, "x")]
    code = ("import ast,json,sys; from kabar.engines.spark import stable_hash; "
            "print(json.dumps([stable_hash(k) for k in ast.literal_eval(sys.argv[1])]))")
    root = Path(__file__).resolve().parents[2]
    other = subprocess.run([sys.executable, "-c", code, repr(keys)], capture_output=True, text=True, check=True,
                           cwd=root, env={"PYTHONHASHSEED": "random"})
    assert json.loads(other.stdout) == [stable_hash(k) for k in keys]
    assert len({stable_hash(k) for k in keys}) == len(keys)
