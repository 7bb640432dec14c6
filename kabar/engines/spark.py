"""The Spark engine: the local engine's steps on Apache Spark, with the same results.

- read: files/folders/globs (read by the executors), any Hadoop URI (``binaryFile``), JSONL split by lines
  (``textFile``), Parquet page tables; each input's bytes go through ``kabar.io.readers.read_source``.
- per article (extract + annotate): ``kabar.engines.local.process_pages`` in ``mapPartitions``, and each
  article's grouping features in the same pass (as the local engine's workers); word lists and models load once
  per Python worker (workers are reused). Template evidence (lines recurring across an outlet's pages) is tallied
  with shuffles over the whole input and broadcast, see ``template_evidence``.
- one pass over the extracted articles tallies what the next steps need from the whole input: input errors,
  article count, ids held by several pages, document frequencies (``whole_input_tallies``).
- duplicates and stories: the stories step's pure pieces (features, blocking keys, pair scores) through shuffles:
  features are sent to each blocking key, pairs are scored inside the block, connected components of the scored
  pairs are found in Spark, and the stories step's linking runs per component (features and edges only).
- briefings: each article (pickled bytes until then) goes once to its story's partition, stories balanced over
  the partitions by member count, and ``kabar.analysis.brief_stories([story], its articles)`` runs there.

Every page carries an order key (input number, file, record) so the collected digest lists documents in the same
order as the local engine.
"""

from __future__ import annotations

import math
import os
import pickle
import sys
import zlib
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
        "spark.python.worker.reuse": "true",  # word lists and models stay loaded between tasks
        "spark.pyspark.python": sys.executable,
        "spark.pyspark.driver.python": sys.executable,
        "spark.sql.execution.arrow.pyspark.enabled": "true",
    }
    if "SPARK_CONF_DIR" not in os.environ:  # a site's own Spark logging wins; else only errors from the JVM
        from kabar.data import data_path

        log_conf = f"-Dlog4j.configurationFile={data_path('spark/log4j2.properties')}"
        settings["spark.driver.extraJavaOptions"] = log_conf
        settings["spark.executor.extraJavaOptions"] = log_conf
    if (master or os.environ.get("KABAR_SPARK_MASTER", DEFAULT_MASTER)).startswith("local"):
        # In local mode one JVM only moves bytes between the Python workers; its optimising JIT compiler and
        # parallel GC threads took 15 of 60 CPU seconds on 5,000 articles (2 cores), competing with the workers.
        # The quick compiler and the serial collector: 6.5 s, the same results.
        lean = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
        settings["spark.driver.extraJavaOptions"] = f"{settings.get('spark.driver.extraJavaOptions', '')} {lean}".strip()
    if shuffle_partitions:  # else Spark's own default: the number of cores (local[N]) or of all executors' cores
        settings["spark.default.parallelism"] = str(shuffle_partitions)
    settings.update(conf or {})
    # PySpark starts local Python workers from $PYSPARK_PYTHON (default "python3" on PATH), not from the config:
    # point it at this interpreter so workers see the same installed packages (a venv, say).
    os.environ.setdefault("PYSPARK_PYTHON", settings["spark.pyspark.python"])
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def stable_hash(key) -> int:
    """The partition of a shuffle key (str or tuple of str): crc32 of its repr. PySpark's default partitioner
    (portable_hash) reads os.environ and recurses into tuples for every record: a visible share of the CPU on
    shuffles of many small records (profiled: template votes, term counts, blocking keys)."""
    return zlib.crc32(repr(key).encode("utf-8", "surrogatepass"))


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


def _page_template_key(page: Page):
    """(group, signature, short lines) of one usable page, as extraction computes it; None for unusable pages."""
    from kabar.extract import pipeline
    from kabar.extract.templates import page_template_keys

    try:
        if pipeline._usable(page):
            return None
        return page_template_keys(pipeline.page_lines(page).lines, page.url)
    except Exception:  # extraction reports the page; it casts no template vote
        return None


def whole_input_templates(pages: list[Page]) -> dict[str, frozenset[str]] | None:
    """Template lines over all pages, in this process: the local engine's pre-pass, equal to ``template_evidence``."""
    try:
        from kabar.extract.templates import template_lines
    except ImportError:
        return None
    return template_lines([k for k in map(_page_template_key, pages) if k is not None])


def template_evidence(spark, pages_rdd) -> dict[str, frozenset[str]] | None:
    """Template lines of the whole input per outlet group, counted with shuffles (None when extraction has none).

    The local extraction counts, per group (outlet host), on how many distinct pages (signatures) each short line
    appears, and keeps the lines ``is_template`` accepts. Here: the short lines of pages with the same (group,
    signature) are merged (one vote per signature), then per group the signatures and the votes per line are
    summed (map-side first, so each task sends one tally per group); only the template lines reach the driver.
    """
    try:
        from kabar.extract.templates import is_template
    except ImportError:
        return None
    parts = pages_rdd.getNumPartitions()
    signatures = (pages_rdd.filter(lambda kv: isinstance(kv[1], Page)).map(lambda kv: _page_template_key(kv[1]))
                  .filter(lambda k: k is not None).map(lambda k: ((k[0], k[1]), set(k[2])))
                  .reduceByKey(_union_into, parts, stable_hash))
    tallies = (signatures.map(lambda gs: (gs[0][0], gs[1]))
               .combineByKey(_new_tally, _add_to_tally, _merge_tallies, parts, stable_hash))
    found = tallies.mapValues(lambda t: frozenset(line for line, votes in t[1].items() if is_template(votes, t[0])))
    return {group: lines for group, lines in found.collect() if lines}


def _union_into(a: set[str], b: set[str]) -> set[str]:
    a |= b
    return a


def _new_tally(lines: set[str]) -> tuple[int, dict[str, int]]:
    """(signatures seen, votes per line) of one group, from one signature's lines."""
    return 1, dict.fromkeys(lines, 1)


def _add_to_tally(tally: tuple[int, dict[str, int]], lines: set[str]) -> tuple[int, dict[str, int]]:
    votes = tally[1]
    for line in lines:
        votes[line] = votes.get(line, 0) + 1
    return tally[0] + 1, votes


def _merge_tallies(a: tuple[int, dict[str, int]], b: tuple[int, dict[str, int]]) -> tuple[int, dict[str, int]]:
    votes = a[1]
    for line, n in b[1].items():
        votes[line] = votes.get(line, 0) + n
    return a[0] + b[0], votes


def extract_with_templates(pages: list[Page], templates: dict[str, frozenset[str]]) -> list[Article | InputError]:
    """``kabar.extract.extract_pages`` with the whole input's template lines instead of the batch's."""
    from kabar.extract import extract_pages

    return extract_pages(pages, templates=templates)


def process_with_templates(pages: list[Page], templates: dict[str, frozenset[str]] | None) -> list[Article | InputError]:
    """The local engine's per-article stage (extract + annotate), with given template lines."""
    from kabar.engines.local import process_pages

    if templates is None:
        return process_pages(pages)
    from kabar.nlp import annotate

    out: list[Article | InputError] = []
    for item in extract_with_templates(pages, templates):
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(annotate(item))
        except Exception as err:  # as process_pages: an annotator bug must not lose the article or the batch
            out.append(InputError(item.source, f"annotation failed ({type(err).__name__}: {err})"))
    return out


def _process_partition(items: Iterable[tuple[tuple, Page | InputError]], templates=None):
    items = list(items)
    pages = [(key, item) for key, item in items if isinstance(item, Page)]
    for key, item in items:
        if isinstance(item, InputError):
            yield key, item
    if not pages:
        return
    batch = [p for _, p in pages]
    out = process_with_templates(batch, templates.value if templates is not None else None)
    if len(out) != len(batch):  # a step that drops or adds items: one page at a time keeps the keys right
        out = [(process_with_templates([p], templates.value if templates is not None else None) or
                [InputError(p.source, "page yielded no article")])[0] for p in batch]
    for (key, _), item in zip(pages, out, strict=True):
        # grouping features in the same pass, as the local engine's workers compute them (no second read of
        # the cached articles, no separate stage)
        yield key, (item if isinstance(item, InputError) else (packed(item), _safe_features(item)))


def packed(article: Article) -> bytes:
    """An article as bytes from extraction to its story's briefing: the passes between (tallies, weighing, the
    shuffle to stories) read only its grouping features, and unpickling 5,000 annotated articles costs about half
    a CPU second per pass, while moving bytes costs nothing."""
    return pickle.dumps(article, pickle.HIGHEST_PROTOCOL)


def unpacked(data: bytes) -> Article:
    return pickle.loads(data)


MIN_PAGES_PER_TASK = 50


def balance_pages(pages_rdd):
    """The pages spread over at least the default parallelism when few inputs hold many pages (a large WARC or
    JSON file is read by one task); a shuffle of the raw pages, done only when partitions are too few."""
    sc = pages_rdd.context
    parts = pages_rdd.getNumPartitions()
    if parts >= sc.defaultParallelism:
        return pages_rdd
    want = min(sc.defaultParallelism, math.ceil(pages_rdd.count() / MIN_PAGES_PER_TASK))
    return pages_rdd.repartition(want) if want > parts else pages_rdd


def articles_from_pages(spark, pages_rdd):
    """(order key, InputError | (``packed`` Article, its grouping features)) after extraction and annotation."""
    evidence = template_evidence(spark, pages_rdd)
    templates = spark.sparkContext.broadcast(evidence) if evidence is not None else None
    return pages_rdd.mapPartitions(lambda it: _process_partition(it, templates))


# ---- grouping ----------------------------------------------------------------------------------------------


ARTICLES_PER_PARTITION = 2_000  # grouping partitions: few for small inputs, where task overhead dominates
MAX_TASKS_PER_CORE = 4  # and at most this many per core for large ones (a partition holds more articles instead)


def grouping_partitions(cores: int, n_articles: int) -> int:
    """Partitions of the grouping and briefing shuffles: a multiple of the cores (so the last wave of tasks does
    not leave cores idle), about ARTICLES_PER_PARTITION articles each, 1 to MAX_TASKS_PER_CORE tasks per core."""
    cores = max(1, cores)
    per_core = math.ceil(n_articles / (ARTICLES_PER_PARTITION * cores))
    return cores * max(1, min(MAX_TASKS_PER_CORE, per_core))
EDGES_PER_PARTITION = 200_000  # graph partitions: few for small graphs, where task overhead dominates a round


def _changed_label(old: int | str, new: int | str, counter) -> int | str:
    if new != old:
        counter.add(1)
    return new


SINGLE_TASK_EDGES = 2_000_000  # graphs up to this many edges get their components in one executor task
SINGLE_TASK_NODES = 2_000_000  # so do graphs known to have at most this many nodes, whatever their edge count


def _union_find_partition(edges) -> Iterator[tuple[Any, Any]]:
    """(node, smallest node of its component) for the edges of one partition (all of them, after coalesce(1))."""
    parent: dict[Any, Any] = {}

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in edges:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the smaller node stays root: roots are component minima
    for node in parent:
        yield node, find(node)


def connected_components(edges, max_rounds: int = 100, parts: int | None = None,
                         single_task_edges: int = SINGLE_TASK_EDGES, max_nodes: int | None = None):
    """(node, smallest node of its component) for every node on an edge, in Spark (no collect of the graph).

    Union-find inside one executor task keeps one entry per node while the edges stream through it, so a graph of
    at most SINGLE_TASK_NODES nodes (``max_nodes``, a bound the caller knows: the number of articles) or of at most
    ``single_task_edges`` edges is solved there; a round of label propagation costs three shuffles of the edges
    (at 100,000 generated articles, over 2 million edges: one and a half to two minutes a round on 2 cores).
    Larger graphs take the distributed rounds below. The result is persisted (memory and disk);
    unpersist it when done.
    """
    from pyspark import StorageLevel

    level = StorageLevel.MEMORY_AND_DISK
    few_nodes = max_nodes is not None and max_nodes <= SINGLE_TASK_NODES
    n_edges = None if few_nodes else edges.count()
    if few_nodes or n_edges <= single_task_edges:
        wanted = math.ceil((n_edges or 0) / EDGES_PER_PARTITION)
        out_parts = parts or max(1, min(edges.context.defaultParallelism, wanted))
        labels = edges.coalesce(1).mapPartitions(_union_find_partition)
        return labels.partitionBy(out_parts).persist(level)
    return propagate_min_labels(edges, max_rounds, parts)


def propagate_min_labels(edges, max_rounds: int = 100, parts: int | None = None):
    """(node, smallest node of its component) for every node on an edge, in Spark (no collect of the graph).

    Min-label propagation with pointer jumping: each round every node takes the smallest label among itself and
    its neighbours, then the label of its label. Labels only fall and stay inside the component; at the fixed
    point every component carries its smallest node. Jumping makes the number of rounds logarithmic in the
    component's diameter (a chain of 1,000 articles takes about 10 rounds instead of 1,000). Three shuffles per
    round; an accumulator counts changed labels. The result is persisted (memory and disk); unpersist it when done.
    """
    from pyspark import StorageLevel

    level = StorageLevel.MEMORY_AND_DISK
    sc = edges.context
    undirected = edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])]).persist(level)
    if parts is None:
        parts = max(1, min(sc.defaultParallelism, math.ceil(undirected.count() / EDGES_PER_PARTITION)))
    undirected = undirected.distinct(parts).persist(level)
    labels = undirected.map(lambda e: (e[0], min(e))).reduceByKey(min, parts).persist(level)
    for round_no in range(max_rounds):
        changes = sc.accumulator(0)
        sent = undirected.join(labels, parts).map(lambda kv: (kv[1][0], kv[1][1]))
        propagated = (labels.cogroup(sent, parts)
                      .mapValues(lambda v, c=changes: _changed_label(min(v[0]), min(min(v[0]), *v[1]), c))
                      .persist(level))
        updated = (propagated.map(lambda nl: (nl[1], nl[0])).join(propagated, parts)
                   .map(lambda kv, c=changes: (kv[1][0], _changed_label(kv[0], kv[1][1], c)))
                   .persist(level))
        if round_no % 4 == 3:
            updated.localCheckpoint()  # cut the lineage of long runs
        updated.count()
        for old in (labels, propagated):
            old.unpersist()
        labels = updated
        if changes.value == 0:
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


def _rename_copies(items: list[tuple[tuple, tuple[bytes, Any]]]) -> list[tuple[tuple, tuple[bytes, Any]]]:
    from kabar.stories.group import unique_ids

    articles = unique_ids([unpacked(data) for _, (data, _) in items])
    out = []
    for (key, (_, features)), article in zip(items, articles, strict=True):
        features.id = article.id  # as group_articles: nothing else in the features depends on the id
        out.append((key, (packed(article), features)))
    return out


def unique_ids_in_spark(articles_rdd, parts: int | None = None, shared_ids: list[str] | None = None):
    """The stories step's ``unique_ids`` (pages with the same body get distinct ids) over (order key, (packed
    Article, features)); the features carry the article's id.

    Only ids held by several articles are shuffled: their set (``shared_ids`` when the caller counted them) is
    found by a count and broadcast.
    """
    if shared_ids is None:
        shared_ids = (articles_rdd.map(lambda kv: (kv[1][1].id, 1)).reduceByKey(lambda a, b: a + b, parts, stable_hash)
                      .filter(lambda kc: kc[1] > 1).keys().collect())
    if not shared_ids:
        return articles_rdd
    ids = articles_rdd.context.broadcast(frozenset(shared_ids))
    alone = articles_rdd.filter(lambda kv: kv[1][1].id not in ids.value)
    copies = (articles_rdd.filter(lambda kv: kv[1][1].id in ids.value).map(lambda kv: (kv[1][1].id, kv))
              .groupByKey(parts, stable_hash)
              .flatMap(lambda kv: _rename_copies(list(kv[1]))))
    return alone.union(copies)


def _safe_features(article: Article):
    from kabar.stories.features import Features, article_features

    try:
        return article_features(article)
    except Exception:  # as group_articles does: a malformed article stands alone
        return Features(id=article.id, title=article.title or "")


def _counted_terms(feature) -> set[str]:
    from kabar.stories import features as fmod

    counted = getattr(fmod, "counted_terms", None)
    return counted(feature) if counted else set(feature.terms)


def _weigh(feature, idf):
    """Weighed features without the raw term counts, which grouping no longer needs (smaller shuffles)."""
    from dataclasses import replace

    from kabar.stories.features import weigh_features

    weigh_features(feature, idf)
    return replace(feature, terms={}, names=[])


SMALL_BLOCK_PAIRS = 32  # below this many pairs a block is scored pair by pair, above with the vectorised scorer


def _scored_pairs_in_block(members) -> Iterator[tuple[tuple[str, str], tuple[float, bool]]]:
    """((id_a, id_b), (score, duplicate)) for the candidate pairs of one block, as the local grouping pairs them;
    only pairs the linking step can use (copies, or scores at the edge threshold) are kept."""
    from kabar.stories.cluster import EDGE_THRESHOLD, block_pairs, is_duplicate, pair_score

    feats = sorted(members, key=lambda f: f.id)
    if len(feats) < 2:
        return
    pairs = sorted(set(block_pairs(list(range(len(feats))), feats)))
    if len(pairs) >= SMALL_BLOCK_PAIRS:
        import numpy as np

        from kabar.stories.batch import score_pair_array

        scores, copies = score_pair_array(feats, np.array(pairs, dtype=np.int64))
        results = zip(pairs, scores.tolist(), copies.tolist(), strict=True)
    else:
        results = ((p, pair_score(feats[p[0]], feats[p[1]]), is_duplicate(feats[p[0]], feats[p[1]])) for p in pairs)
    for (i, j), score, duplicate in results:
        if duplicate or score >= EDGE_THRESHOLD:
            yield (feats[i].id, feats[j].id), (float(score), bool(duplicate))


def _link_component(feats, edges) -> tuple[list[Story], dict[str, str]]:
    """The stories and duplicate roots of one connected component, by the stories step's own linking."""
    from kabar.stories.cluster import EDGE_THRESHOLD, link, representative, sort_key
    from kabar.stories.group import duplicate_roots, story_id

    feats = sorted(feats, key=lambda f: f.id)
    index = {f.id: i for i, f in enumerate(feats)}
    scored, duplicates = [], []
    for (ida, idb), (score, duplicate) in sorted(edges):  # ids sorted = the local grouping's index order
        i, j = index[ida], index[idb]
        if score >= EDGE_THRESHOLD:
            scored.append((score, i, j))
        if duplicate:
            duplicates.append((i, j))
    stories = []
    for members in link(feats, scored, duplicates):
        ordered = sorted(members, key=lambda i: sort_key(feats[i]))
        title = feats[representative(members, feats)].title
        stories.append(Story(id=story_id(feats[ordered[0]].id), documents=[feats[i].id for i in ordered], title=title))
    return stories, duplicate_roots(feats, duplicates)


def group_in_spark(spark, articles_rdd, parts: int | None = None, frequencies: tuple[dict[str, int], int] | None = None):
    """Duplicates and stories through shuffles, over (order key, (packed Article, features)) with unique ids.

    Returns (RDD of (stories, duplicate roots) per connected component, RDDs to unpersist):
    1. document frequencies of the features (computed with extraction) by reduceByKey, unless given as
       (frequencies, number of articles); IDF broadcast; weighing;
    2. blocking keys held by two or more articles found by a count (broadcast), features sent to those keys only,
       candidate pairs made and scored inside each block by the local block rule; pairs deduplicated by key;
    3. connected components of the usable pairs (copies, scores at the edge threshold) in Spark;
    4. the stories step's linking inside each component: it only merges clusters joined by scored pairs, so it
       never crosses components and per-component runs give the global result. Only features and edges meet
       under the component's key; the articles themselves are shuffled once, later, to their story.
    """
    from pyspark import StorageLevel

    from kabar.stories.cluster import blocking_keys
    from kabar.stories.features import idf_table

    level = StorageLevel.MEMORY_AND_DISK
    sc = spark.sparkContext
    feats = articles_rdd.map(lambda kv: (kv[1][1].id, kv[1][1]))
    if frequencies is None:
        counts = (feats.flatMap(lambda kv: [("", 1)] + [(t, 1) for t in _counted_terms(kv[1])])  # "": article count
                  .reduceByKey(lambda a, b: a + b, parts, stable_hash).collectAsMap())
        n_docs = counts.pop("", 0)
    else:
        counts, n_docs = frequencies
    idf = sc.broadcast(idf_table(counts, n_docs))
    weighed = feats.mapValues(lambda f: _weigh(f, idf.value)).persist(level)
    shared = (weighed.flatMap(lambda kv: [(k, 1) for k in dict.fromkeys(blocking_keys(kv[1]))])
              .reduceByKey(lambda a, b: a + b, parts, stable_hash).filter(lambda kc: kc[1] > 1).keys().collect())
    shared_keys = sc.broadcast(frozenset(shared))
    blocks = (weighed.flatMap(lambda kv: [(k, kv[1]) for k in dict.fromkeys(blocking_keys(kv[1])) if k in shared_keys.value])
              .groupByKey(parts, stable_hash))
    edges = (blocks.flatMap(lambda kv: _scored_pairs_in_block(list(kv[1]))).reduceByKey(lambda a, b: a, parts, stable_hash)
             .persist(level))
    labels = connected_components(edges.keys(), parts=parts, max_nodes=n_docs)
    # every article's features and its component's edges meet under the component's key; an article on no
    # usable pair is its own component, keyed by its own id (never another component's label)
    if labels.count() <= BROADCAST_LABELS:  # few labels: sent to every task, no join shuffles of the features
        label_of = sc.broadcast(labels.collectAsMap())
        comp_feats = weighed.map(lambda kv: (label_of.value.get(kv[0], kv[0]), (0, kv[1])))
        comp_edges = edges.map(lambda e: (label_of.value[e[0][0]], (1, e)))
    else:
        comp_feats = weighed.leftOuterJoin(labels, parts).map(lambda kv: (_component(kv), (0, kv[1][0])))
        comp_edges = edges.map(lambda e: (e[0][0], e)).join(labels, parts).map(lambda kv: (kv[1][1], (1, kv[1][0])))
    linked = (comp_feats.union(comp_edges).groupByKey(parts, stable_hash)
              .map(lambda kv: _link_component(*_split_tagged(kv[1]))))
    return linked, [weighed, edges, labels]


BROADCAST_LABELS = 2_000_000  # component labels up to this many nodes are broadcast instead of joined
BROADCAST_STORIES = 2_000_000  # story memberships of up to this many articles are broadcast instead of joined


def _component(joined) -> str:
    node, (_, label) = joined
    return node if label is None else label


def _split_tagged(tagged) -> tuple[list, list]:
    parts: tuple[list, list] = ([], [])
    for tag, value in tagged:
        parts[tag].append(value)
    return parts


def balanced_partitions(stories: list[Story], n_parts: int) -> dict[str, int]:
    """Story id -> partition, largest stories first onto the least loaded partition (load = member count), so
    no core waits on one partition holding the big stories while the other is idle."""
    loads = [0] * max(1, n_parts)
    out = {}
    for story in sorted(stories, key=lambda s: (-len(s.documents), s.id)):
        target = loads.index(min(loads))
        out[story.id] = target
        loads[target] += len(story.documents)
    return out


def _brief_story(story: Story, members) -> tuple[Story, dict[str, Any], list[tuple[tuple, Article]]]:
    """(Story, briefing, [(order key, Article)]) of one story from its (order key, packed article, duplicate root)
    members (any order in; input order out)."""
    from kabar.analysis import brief_stories

    articles = []
    for key, data, root in sorted(members, key=lambda m: m[0]):
        article = unpacked(data)
        article.duplicate_of = root
        articles.append((key, article))
    return story, brief_stories([story], [a for _, a in articles])[0], articles


def brief_in_spark(spark, articles_rdd, linked, parts: int | None = None, broadcast_limit: int = BROADCAST_STORIES,
                   n_articles: int | None = None):
    """(Story, briefing, [(order key, Article)]) per story: each article goes to its story's partition (one
    shuffle of the articles), and the stories are briefed there, spread over the cores.

    Story memberships and duplicate roots are small (ids): up to ``broadcast_limit`` articles they come to the
    driver and are broadcast, with each story's partition chosen by member count (balanced); above, they are
    joined to the articles and stories are hashed to partitions. ``n_articles``: their number, if known.
    """
    sc = spark.sparkContext
    n_parts = parts or sc.defaultParallelism
    memberships = linked.flatMap(
        lambda sr: [(doc, (story.id, sr[1].get(doc))) for story in sr[0] for doc in story.documents])
    stories = linked.flatMap(lambda sr: [(story.id, story) for story in sr[0]])
    if (n_articles if n_articles is not None else memberships.count()) <= broadcast_limit:
        found = linked.collect()
        all_stories = {story.id: story for component, _ in found for story in component}
        roots = sc.broadcast({doc: root for _, component_roots in found for doc, root in component_roots.items()})
        story_of = sc.broadcast({doc: story.id for story in all_stories.values() for doc in story.documents})
        part_of = sc.broadcast(balanced_partitions(list(all_stories.values()), n_parts))
        by_id = sc.broadcast(all_stories)
        keyed = articles_rdd.map(
            lambda kv: (story_of.value[kv[1][1].id], (kv[0], kv[1][0], roots.value.get(kv[1][1].id))))
        grouped = keyed.groupByKey(n_parts, partitionFunc=lambda sid: part_of.value[sid])
        return grouped.map(lambda sm: _brief_story(by_id.value[sm[0]], sm[1]))
    keyed = (articles_rdd.map(lambda kv: (kv[1][1].id, (kv[0], kv[1][0]))).join(memberships, n_parts)
             .map(lambda kv: (kv[1][1][0], (*kv[1][0], kv[1][1][1]))))  # story: (order key, packed, root)
    return (stories.mapValues(lambda st: (0, st)).union(keyed.mapValues(lambda m: (1, m))).groupByKey(n_parts)
            .map(lambda kv: _brief_story(*_story_and_members(kv[1]))))


def _story_and_members(tagged) -> tuple[Story, list]:
    story, members = None, []
    for tag, value in tagged:
        if tag == 0:
            story = value
        else:
            members.append(value)
    return story, members


# ---- whole runs --------------------------------------------------------------------------------------------


def _partition_tallies(items) -> Iterator[tuple[tuple, Any]]:
    """One pass over a partition of extracted items for all the whole-input figures the next steps need: the
    input errors, the number of articles, each article id (ids held by several pages must be renamed) and each
    article's counted terms (document frequencies), summed by key afterwards."""
    errors, count = [], 0
    for key, item in items:
        if isinstance(item, InputError):
            errors.append((key, item))
            continue
        features = item[1]
        count += 1
        yield ("id", features.id), 1
        for term in _counted_terms(features):
            yield ("term", term), 1
    yield ("articles",), count
    if errors:
        yield ("errors",), errors


def whole_input_tallies(items, parts: int) -> tuple[list[tuple[tuple, InputError]], int, list[str], dict[str, int]]:
    """(errors in input order, number of articles, ids held by several articles, document frequency per term)."""
    summed = (items.mapPartitions(_partition_tallies).reduceByKey(lambda a, b: a + b, parts, stable_hash)
              .filter(lambda kv: kv[0][0] != "id" or kv[1] > 1).collect())
    errors, n_articles, shared_ids, frequencies = [], 0, [], {}
    for key, value in summed:
        if key[0] == "term":
            frequencies[key[1]] = value
        elif key[0] == "id":
            shared_ids.append(key[1])
        elif key[0] == "articles":
            n_articles = value
        else:
            errors = sorted(value, key=lambda ke: ke[0])
    return errors, n_articles, shared_ids, frequencies


def briefed_stories(spark, articles_rdd, parts: int | None = None, broadcast_limit: int = BROADCAST_STORIES,
                    tallies: tuple[list[str], dict[str, int], int] | None = None):
    """(Story, briefing, [(order key, Article)]) per story, all computed in Spark, over (order key, (packed
    Article, features)); plus RDDs to unpersist. ``tallies``: (shared ids, document frequencies, number of articles) when
    already counted (``whole_input_tallies``)."""
    from pyspark import StorageLevel

    shared_ids, frequencies = (tallies[0], tallies[1:]) if tallies is not None else (None, None)
    articles_rdd = unique_ids_in_spark(articles_rdd, parts, shared_ids)
    linked, cached = group_in_spark(spark, articles_rdd, parts, frequencies)
    linked.persist(StorageLevel.MEMORY_AND_DISK)  # read twice: memberships, then the stories
    cached.append(linked)
    n_articles = tallies[2] if tallies is not None else None
    return brief_in_spark(spark, articles_rdd, linked, parts, broadcast_limit, n_articles), cached


def write_spark_tables(spark, briefed, output_dir: str) -> None:
    """The five output tables as Parquet folders ``output_dir/<table>.parquet`` (any path Spark writes)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    from kabar.io.parquet import TABLES, arrow_schema, story_rows

    rows = briefed.flatMap(
        lambda sbm: [(table, row) for table, table_rows in story_rows(sbm[1], [a for _, a in sbm[2]]).items()
                     for row in table_rows])
    for table in TABLES:
        schema = from_arrow_schema(arrow_schema(table))
        names = schema.fieldNames()
        data = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr, n=names: tuple(tr[1].get(k) for k in n))
        spark.createDataFrame(data, schema).write.mode("overwrite").parquet(f"{output_dir.rstrip('/')}/{table}.parquet")


def run_spark(spark, pages_rdd, output_dir: str | None = None, collect: bool = True):
    """The whole pipeline over an RDD of (order key, Page | InputError); returns a kabar.api.Digest.

    With ``collect=False`` only the Parquet tables are written (nothing but the errors comes to the driver) and
    the Digest holds just the errors.
    """
    from pyspark import StorageLevel

    from kabar.api import Digest

    given_cached = pages_rdd.is_cached  # a caller's cached RDD stays cached
    read = pages_rdd if given_cached else pages_rdd.persist(StorageLevel.MEMORY_AND_DISK)
    pages_rdd = balance_pages(read)
    if not pages_rdd.is_cached:
        pages_rdd.persist(StorageLevel.MEMORY_AND_DISK)  # read once: the template pass and extraction both use it
    items = articles_from_pages(spark, pages_rdd).persist(StorageLevel.MEMORY_AND_DISK)
    cores = spark.sparkContext.defaultParallelism
    keyed_errors, n_articles, shared_ids, frequencies = whole_input_tallies(items, grouping_partitions(cores, 0))
    articles_rdd = items.filter(lambda kv: not isinstance(kv[1], InputError))
    result = Digest(errors=[e for _, e in keyed_errors])
    parts = grouping_partitions(cores, n_articles)
    briefed, cached = briefed_stories(spark, articles_rdd, parts, tallies=(shared_ids, frequencies, n_articles))
    briefed.persist(StorageLevel.MEMORY_AND_DISK)
    if output_dir:
        write_spark_tables(spark, briefed, output_dir)
    if collect:
        done = sorted(briefed.collect(), key=lambda sbm: sbm[0].id)  # the local grouping lists stories by id
        result.stories = [story for story, _, _ in done]
        result.briefings = [briefing for _, briefing, _ in done]
        result.articles = [a for _, a in sorted((m for _, _, members in done for m in members), key=lambda kv: kv[0])]
    for rdd in [briefed, items, *cached, *([] if given_cached else [read]), *([] if pages_rdd is read else [pages_rdd])]:
        rdd.unpersist()
    return result


def run_spark_pages(pages: list[Page], master: str | None = None, output_dir: str | None = None):
    """``kabar digest --engine spark`` over pages already read: a kabar.api.Digest equal to the local engine's."""
    spark = spark_session(master)
    return run_spark(spark, pages_from_list(spark, pages), output_dir=output_dir)


def run_spark_paths(paths: Iterable[str], master: str | None = None, output_dir: str | None = None,
                    collect: bool = True):
    """Read, extract, annotate, group and analyse everything under paths (local paths or any Spark URI)."""
    spark = spark_session(master)
    return run_spark(spark, pages_from_paths(spark, list(paths)), output_dir=output_dir, collect=collect)


def run_spark_dataframe(df, output_dir: str | None = None, collect: bool = True):
    """The pipeline over a Spark DataFrame of pages (columns source/url and html or text)."""
    return run_spark(df.sparkSession, pages_from_dataframe(df), output_dir=output_dir, collect=collect)


# ---- the SQLite store --------------------------------------------------------------------------------------


def _page_digest(item: Page | InputError):
    from kabar.store.sqlite import page_hash

    if isinstance(item, InputError):
        return item
    return item.source, page_hash(item.raw, item.kind, item.url)


def _featurise_partition(items, templates) -> Iterator[tuple[tuple, tuple[Page, str, tuple[str, Any, Any]]]]:
    """(order key, (page, hash, result)) with the store's per-page result: ('ok', article dict, features dict) or
    ('error', source, reason), as kabar.store.ingest.featurise_pages gives it, with the whole input's templates."""
    from kabar.stories.features import article_features

    items = list(items)
    pages = [page for _, (page, _) in items]
    results = process_with_templates(pages, templates.value if templates is not None else None)
    if len(results) != len(pages):
        results = [(process_with_templates([p], templates.value if templates is not None else None) or
                    [InputError(p.source, "page yielded no article")])[0] for p in pages]
    for (key, (page, digest)), item in zip(items, results, strict=True):
        if isinstance(item, InputError):
            result = ("error", item.source, item.reason)
        else:
            try:
                result = ("ok", item.to_dict(), article_features(item).to_dict())
            except Exception as err:  # grouping features must never lose the article
                result = ("error", item.source, f"grouping features failed ({type(err).__name__}: {err})")
        yield key, (page, digest, result)


def ingest_spark(paths: Iterable[str], db: str = "kabar.db", master: str | None = None,
                 on_error=None, progress=None):
    """``kabar ingest --engine spark``: per-article work in Spark, results loaded into the SQLite store.

    Spark reads the inputs and hashes each page; the driver keeps only pages the store does not hold yet (the
    same check as the local ingest); Spark extracts, annotates and featurises those (template evidence over all
    new pages, broadcast) and streams them back partition by partition (toLocalIterator) into the store's own
    batched transactions. Stories and briefings are then brought up to date by the store as after a local ingest
    (the store is one SQLite file on the driver, so that part runs there).
    """
    import time

    from pyspark import StorageLevel

    from kabar.store.ingest import (
        CHUNK_PAGES,
        IngestReport,
        is_new_content,
        report_error,
        update_briefings,
        update_stories,
        write_chunk,
    )
    from kabar.store.sqlite import Store

    started = time.monotonic()
    report = IngestReport(db=str(db))
    spark = spark_session(master)
    pages = pages_from_paths(spark, list(paths)).persist(StorageLevel.MEMORY_AND_DISK)
    listing = sorted(pages.mapValues(_page_digest).collect(), key=lambda kv: kv[0])
    with Store(db, create=True) as store:
        new_keys, pending = set(), set()
        for key, item in listing:
            if isinstance(item, InputError):
                report_error(report, item, on_error)
            elif is_new_content(store, item[0], item[1], pending, report):
                new_keys.add(key)
        if new_keys:
            wanted = spark.sparkContext.broadcast(frozenset(new_keys))
            fresh = pages.filter(lambda kv: kv[0] in wanted.value)
            evidence = template_evidence(spark, fresh)
            templates = spark.sparkContext.broadcast(evidence) if evidence is not None else None
            hashed = fresh.map(lambda kv: (kv[0], (kv[1], _page_digest(kv[1])[1])))
            done = hashed.mapPartitions(lambda it: _featurise_partition(it, templates)).sortByKey()
            chunk, results, written = [], [], 0
            for _, (page, digest, result) in done.toLocalIterator():
                chunk.append((page, digest))
                results.append(result)
                if len(chunk) >= CHUNK_PAGES:
                    write_chunk(store, chunk, results, report, on_error)
                    written += len(chunk)
                    chunk, results = [], []
                    if progress:
                        progress(written, len(new_keys))
            if chunk:
                write_chunk(store, chunk, results, report, on_error)
                if progress:
                    progress(written + len(chunk), len(new_keys))
        has_articles = store.conn.execute("SELECT count(*) FROM articles WHERE active = 1").fetchone()[0]
        has_stories = store.conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is not None
        if store.get_meta("stories_stale") or (has_articles and not has_stories):
            report.stories_changed = update_stories(store)
        report.briefings = update_briefings(store)
        report.stories_total = store.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    pages.unpersist()
    report.seconds = time.monotonic() - started
    return report
