"""The Spark engine: the local engine's steps on Apache Spark, with the same results.

- read: files/folders/globs (read by the executors), any Hadoop URI (``binaryFile``), JSONL split by lines
  (``textFile``), Parquet page tables; each input's bytes go through ``kabar.io.readers.read_source``.
- per article (extract + annotate): ``kabar.engines.local.process_pages`` in ``mapPartitions``; word lists and
  models load once per Python worker (workers are reused). Template evidence (lines recurring across an outlet's
  pages) is counted with a shuffle over the whole input and broadcast, see ``template_evidence``.
- duplicates and stories: the stories step's pure pieces (features, blocking keys, pair scores) through shuffles:
  features are sent to each blocking key, pairs are scored inside the block, and the linking step runs as connected
  components by min-label propagation in Spark. See docs/scaling.md.
- briefings: after a group-by story, ``kabar.analysis.brief_stories([story], its articles)``.

Every page carries an order key (input number, file, record) so the collected digest lists documents in the same
order as the local engine.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

from kabar.records import Article, InputError, Page, Story

DEFAULT_MASTER = "local[2]"
PAGES_PER_READ_TASK = 500  # local files read per task: large enough to amortise task start, small to spread work
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


# ---- session -----------------------------------------------------------------------------------------------


def spark_session(master: str | None = None, shuffle_partitions: int | None = None, conf: dict[str, str] | None = None):
    """A SparkSession for kabar: the active one when no master is asked for, else a new one on ``master``."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    builder = SparkSession.builder.appName("kabar")
    if master or "SPARK_MASTER" not in os.environ:
        builder = builder.master(master or os.environ.get("KABAR_SPARK_MASTER", DEFAULT_MASTER))
    settings = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": str(shuffle_partitions or 8),
        "spark.default.parallelism": str(shuffle_partitions or 8),
        "spark.python.worker.reuse": "true",  # word lists and models stay loaded between tasks
        "spark.pyspark.python": sys.executable,
        "spark.pyspark.driver.python": sys.executable,
        "spark.sql.execution.arrow.pyspark.enabled": "true",
    }
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# ---- inputs ------------------------------------------------------------------------------------------------


def _has_scheme(path: str) -> bool:
    head = path.split("/", 1)[0]
    return head.endswith(":") and len(head) > 2  # hdfs:, s3a:, file:, gs: ... (not a Windows drive letter)


def _read_local_file(name: str) -> Iterator[Page | InputError]:
    """One local file as the local engine reads it (same source names, same checks)."""
    from kabar.io.parquet import is_parquet_bytes, read_parquet_pages
    from kabar.io.readers import _read_file, read_source

    try:
        data = _read_file(name)
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(name, f"cannot read file ({err.strerror or err})")
        return
    if is_parquet_bytes(data):
        yield from read_parquet_pages(name, data)
    else:
        yield from read_source(name, data)


def _read_local_partition(items: Iterable[tuple[tuple, str]]) -> Iterator[tuple[tuple, Page | InputError]]:
    for key, name in items:
        for number, item in enumerate(_read_local_file(name)):
            yield (*key, number), item


def _read_bytes_partition(items: Iterable[tuple[tuple, str, bytes]]) -> Iterator[tuple[tuple, Page | InputError]]:
    from kabar.io.parquet import is_parquet_bytes, read_parquet_pages
    from kabar.io.readers import read_source

    for key, name, data in items:
        reader = read_parquet_pages(name, data) if is_parquet_bytes(data) else read_source(name, data)
        for number, item in enumerate(reader):
            yield (*key, number), item


def jsonl_line_pages(source: str, number: int, line: str) -> list[Page | InputError]:
    """Pages of one JSONL line, named ``source:number`` as the local reader names them."""
    from kabar.io import readers

    out = []
    for item in readers._read_jsonl(source, line):
        if isinstance(item, Page) and item.source == f"{source}:1":
            item.source = f"{source}:{number}"
        elif isinstance(item, InputError) and item.source == f"{source}:1":
            item = InputError(f"{source}:{number}", item.reason)
        out.append(item)
    return out


def _rows_partition(rows: Iterable[tuple[tuple, dict[str, Any], str]]) -> Iterator[tuple[tuple, Page | InputError]]:
    from kabar.io.parquet import page_from_row

    for key, row, where in rows:
        for number, item in enumerate(page_from_row(row, where)):
            yield (*key, number), item


def pages_from_dataframe(df, order: int = 0, where: str = "dataframe"):
    """(order key, Page | InputError) for each row of a pages DataFrame (columns: source/url, html or text...)."""
    indexed = df.rdd.map(lambda row: row.asDict(recursive=True)).zipWithIndex()
    return indexed.map(lambda ri: ((order, where, ri[1]), ri[0], f"{where}#{ri[1] + 1}")).mapPartitions(_rows_partition)


def _keyed_file_rows(rows: Iterable, order: int) -> Iterator[tuple[tuple, dict[str, Any], str]]:
    """Rows of Parquet part files keyed (order, file, block start, row in block): the files' own row order."""
    counters: dict[tuple[str, int], int] = {}
    for row in rows:
        data = row.asDict(recursive=True)
        path, block = data.pop("__kabar_file"), data.pop("__kabar_block")
        number = counters.get((path, block), 0)
        counters[(path, block)] = number + 1
        yield (order, path, block, number), data, f"{path}#{block}+{number + 1}"


def pages_from_parquet(spark, path: str, order: int = 0):
    """(order key, Page | InputError) for each row of a Parquet pages table, in file and row order.

    Spark packs file splits into partitions largest first, so the key comes from each row's file and block.
    """
    df = spark.read.parquet(path)
    df = df.select("*", df["_metadata.file_path"].alias("__kabar_file"), df["_metadata.file_block_start"].alias("__kabar_block"))
    return df.rdd.mapPartitions(lambda rows: _keyed_file_rows(rows, order)).mapPartitions(_rows_partition)


def pages_from_paths(spark, paths: Iterable[str]):
    """(order key, Page | InputError) for every page under paths, read by Spark; keys sort in the local reader's order."""
    from kabar.io.parquet import is_parquet_path
    from kabar.io.readers import expand_paths, read_source

    sc = spark.sparkContext
    parts = []
    errors: list[tuple[tuple, InputError]] = []
    for order, path in enumerate(paths):
        if path == "-":
            data = sys.stdin.buffer.read()
            items = [((order, "", n), item) for n, item in enumerate(read_source("<stdin>", data))]
            parts.append(sc.parallelize(items, 1))
        elif is_parquet_path(path) or (_has_scheme(path) and path.rstrip("/").endswith(".parquet")):
            parts.append(pages_from_parquet(spark, path, order))
        elif path.endswith(_JSONL_SUFFIXES):
            lines = sc.textFile(path).zipWithIndex().filter(lambda li: li[0].strip())
            parts.append(lines.flatMap(
                lambda li, p=path, o=order: [((o, p, li[1], n), x) for n, x in enumerate(jsonl_line_pages(p, li[1] + 1, li[0]))]
            ))
        elif _has_scheme(path):
            files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
                     .select("path", "content").rdd.map(lambda r, o=order: ((o, r.path), r.path, bytes(r.content))))
            parts.append(files.mapPartitions(_read_bytes_partition))
        else:
            names = []
            for number, item in enumerate(expand_paths([path])):
                if isinstance(item, InputError):
                    errors.append(((order, f"{number:012d}", 0), item))
                else:
                    names.append(((order, f"{number:012d}"), item))
            if names:
                slices = max(1, min(len(names), max(sc.defaultParallelism, math.ceil(len(names) / PAGES_PER_READ_TASK))))
                parts.append(sc.parallelize(names, slices).mapPartitions(_read_local_partition))
    if errors:
        parts.append(sc.parallelize(errors, 1))
    if not parts:
        return sc.parallelize([], 1)
    return parts[0] if len(parts) == 1 else sc.union(parts)


def pages_from_list(spark, pages: list[Page]):
    """(order key, Page) for pages already in memory, keyed by their position."""
    sc = spark.sparkContext
    slices = max(1, min(len(pages), max(sc.defaultParallelism, math.ceil(len(pages) / PAGES_PER_READ_TASK))))
    return sc.parallelize([((0, "", n), p) for n, p in enumerate(pages)], slices)


# ---- per-article stage -------------------------------------------------------------------------------------


def template_evidence(pages_rdd):
    """Template lines of the whole input, counted with a shuffle; None when extraction has no template step.

    Uses kabar.extract.templates' pure pieces when present: ``template_keys(page)`` (the (group, line) keys a page
    votes for) and ``template_lines_from_counts(counts, pages_per_group)`` (which counts make a template line).
    """
    try:
        from kabar.extract import templates
    except ImportError:
        return None
    keys_of = getattr(templates, "template_keys", None)
    decide = getattr(templates, "template_lines_from_counts", None)
    if keys_of is None or decide is None:
        return None
    only_pages = pages_rdd.filter(lambda kv: isinstance(kv[1], Page)).map(lambda kv: kv[1])
    counts = only_pages.flatMap(lambda p: [(k, 1) for k in set(keys_of(p))]).reduceByKey(lambda a, b: a + b)
    frequent = counts.filter(lambda kc: kc[1] >= 2).collectAsMap()
    per_group = only_pages.flatMap(lambda p: {g for g, _ in keys_of(p)} or []).countByValue()
    return decide(frequent, dict(per_group))


def _process_partition(items: Iterable[tuple[tuple, Page | InputError]], templates=None):
    items = list(items)
    pages = [(key, item) for key, item in items if isinstance(item, Page)]
    for key, item in items:
        if isinstance(item, InputError):
            yield key, item
    if not pages:
        return
    value = templates.value if templates is not None else None
    results = _process(pages, value)
    yield from results


def _process(pages: list[tuple[tuple, Page]], templates) -> list[tuple[tuple, Article | InputError]]:
    from kabar.engines.local import process_pages

    batch = [p for _, p in pages]
    if templates is not None:
        out = process_pages(batch, templates=templates)
    else:
        out = process_pages(batch)
    if len(out) != len(batch):  # a step that drops or adds items: process one by one to keep the keys right
        out = []
        for page in batch:
            res = process_pages([page], templates=templates) if templates is not None else process_pages([page])
            out.append(res[0] if res else InputError(page.source, "page yielded no article"))
    return [(key, item) for (key, _), item in zip(pages, out, strict=True)]


def articles_from_pages(spark, pages_rdd):
    """(order key, Article | InputError) after extraction and annotation, per partition."""
    evidence = template_evidence(pages_rdd)
    templates = spark.sparkContext.broadcast(evidence) if evidence is not None else None
    return pages_rdd.mapPartitions(lambda it: _process_partition(it, templates))


# ---- grouping ----------------------------------------------------------------------------------------------


def connected_components(edges, max_rounds: int = 100):
    """(node, smallest node of its component) for every node on an edge, by min-label propagation in Spark.

    Each round sends every node's label to its neighbours and keeps the smallest; it stops when no label changes
    (rounds ≈ the longest shortest path inside a component, small for story graphs).
    """
    undirected = edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])]).distinct().cache()
    labels = undirected.map(lambda e: (e[0], min(e))).reduceByKey(min)
    for round_no in range(max_rounds):
        sent = undirected.join(labels).map(lambda kv: (kv[1][0], kv[1][1]))
        updated = labels.union(sent).reduceByKey(min).cache()
        changed = updated.join(labels).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = updated
        if round_no % 5 == 4:
            labels.localCheckpoint()  # cut the lineage of long propagations
        if changed == 0:
            break
    undirected.unpersist()
    return labels


def block_pairs(features_rdd, blocking_keys, pair_score, threshold: float, max_block: int | None = None):
    """(key_a, key_b, score) for pairs sharing a blocking key and scoring at least threshold (key_a < key_b).

    Features travel with their blocking keys, so scoring happens inside each block without joins.
    """
    def send(kv):
        key, feats = kv
        return [(block, (key, feats)) for block in set(blocking_keys(feats))]

    def score_block(members):
        members = sorted(members, key=lambda m: m[0])
        if max_block is not None and len(members) > max_block:
            return
        for (ka, fa), (kb, fb) in combinations(members, 2):
            score = pair_score(fa, fb)
            if score >= threshold:
                yield (ka, kb), score

    blocks = features_rdd.flatMap(send).groupByKey()
    return blocks.flatMap(lambda kv: score_block(kv[1])).reduceByKey(max).map(lambda kv: (kv[0][0], kv[0][1], kv[1]))


def group_on_driver(articles: list[Article]) -> tuple[list[Article], list[Story]]:
    """Fallback when the stories step offers no pure pieces: the local grouping on the collected articles."""
    from kabar.stories import group_articles

    return group_articles(articles)


# ---- whole runs --------------------------------------------------------------------------------------------


def _collect_sorted(rdd) -> list[tuple[tuple, Any]]:
    return sorted(rdd.collect(), key=lambda kv: kv[0])


def run_spark(spark, pages_rdd, output_dir: str | None = None, collect: bool = True):
    """The whole pipeline over an RDD of (order key, Page | InputError); returns a kabar.api.Digest."""
    from pyspark import StorageLevel

    from kabar.analysis import brief_stories
    from kabar.api import Digest

    items = articles_from_pages(spark, pages_rdd).persist(StorageLevel.MEMORY_AND_DISK)
    errors = [e for _, e in _collect_sorted(items.filter(lambda kv: isinstance(kv[1], InputError)))]
    keyed = _collect_sorted(items.filter(lambda kv: isinstance(kv[1], Article)))
    articles = [a for _, a in keyed]
    articles, stories = group_on_driver(articles)
    briefings = brief_stories(stories, articles)
    items.unpersist()
    result = Digest(articles=articles, stories=stories, briefings=briefings, errors=errors)
    if output_dir:
        from kabar.io.parquet import digest_tables, write_tables

        write_tables(digest_tables(articles, briefings), output_dir)
    return result


def run_spark_pages(pages: list[Page], master: str | None = None, output_dir: str | None = None):
    """``kabar digest --engine spark`` over pages already read: a kabar.api.Digest equal to the local engine's."""
    spark = spark_session(master)
    return run_spark(spark, pages_from_list(spark, pages), output_dir=output_dir)


def run_spark_paths(paths: Iterable[str], master: str | None = None, output_dir: str | None = None):
    """Read, extract, annotate, group and analyse everything under paths (local paths or any Spark URI)."""
    spark = spark_session(master)
    return run_spark(spark, pages_from_paths(spark, list(paths)), output_dir=output_dir)


def run_spark_dataframe(df, output_dir: str | None = None):
    """The pipeline over a Spark DataFrame of pages (columns source/url and html or text)."""
    return run_spark(df.sparkSession, pages_from_dataframe(df), output_dir=output_dir)
