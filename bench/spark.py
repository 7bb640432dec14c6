"""Spark benchmark: local engine vs the Spark engine in local mode on the generated corpus, same results, and what
Spark shuffles (bytes per stage, from Spark's own event log), for docs/scaling.md.

    python -m bench.spark                 # 10,000 generated articles (what `make bench` runs: a few minutes)
    python -m bench.spark --articles 100000 --corpus /tmp/kabar-100k   # the issue's run: 30-60 min on 2 cores
    python -m bench.spark --small         # 2,000 articles, a quick run
    python -m bench.spark --articles 5000 --master local[2] --workers 2

Reports go to bench/out/spark.{json,txt} and bench/out/spark-<articles>.{json,txt}. Speed is wall time of each
engine run back to back in this process, and CPU seconds of all processes involved (the local engine's pool, the
Spark JVM and its Python workers): on a shared machine the CPU ratio is the steadier figure.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_ARTICLES = 10_000
DRIVER_MEMORY = "8g"


def shuffle_by_stage(event_dir: str) -> list[dict]:
    """Shuffle bytes written and read, wall seconds and summed task seconds per stage call site, from the Spark event
    log (stage name = the RDD call site)."""
    names: dict[int, str] = {}
    written: dict[int, int] = defaultdict(int)
    read: dict[int, int] = defaultdict(int)
    records: dict[int, int] = defaultdict(int)
    task_ms: dict[int, int] = defaultdict(int)
    wall_ms: dict[int, int] = {}
    for path in glob.glob(os.path.join(event_dir, "**", "*"), recursive=True):
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                kind = event.get("Event")
                if kind == "SparkListenerStageCompleted":
                    info = event["Stage Info"]
                    names[info["Stage ID"]] = info.get("Stage Name", "")
                    if info.get("Submission Time") and info.get("Completion Time"):
                        wall_ms[info["Stage ID"]] = info["Completion Time"] - info["Submission Time"]
                elif kind == "SparkListenerTaskEnd":
                    metrics = event.get("Task Metrics") or {}
                    stage = event["Stage ID"]
                    wm = metrics.get("Shuffle Write Metrics") or {}
                    rm = metrics.get("Shuffle Read Metrics") or {}
                    written[stage] += wm.get("Shuffle Bytes Written", 0)
                    records[stage] += wm.get("Shuffle Records Written", 0)
                    read[stage] += rm.get("Remote Bytes Read", 0) + rm.get("Local Bytes Read", 0)
                    task_ms[stage] += metrics.get("Executor Run Time", 0)
    by_site: dict[str, dict] = {}
    for stage, name in names.items():
        site = name.split(" at ", 1)[-1] if " at " in name else name
        entry = by_site.setdefault(f"{name.split(' at ', 1)[0]} at {site}",
                                   {"written": 0, "records": 0, "read": 0, "seconds": 0.0, "task_seconds": 0.0})
        entry["written"] += written[stage]
        entry["records"] += records[stage]
        entry["read"] += read[stage]
        entry["seconds"] = round(entry["seconds"] + wall_ms.get(stage, 0) / 1000, 1)
        entry["task_seconds"] = round(entry["task_seconds"] + task_ms[stage] / 1000, 1)
    return [{"stage": k, **v} for k, v in by_site.items()]


def _proc_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process and its reaped children) from /proc/PID/stat; None if gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), sum(int(x) for x in fields[11:15]) / ticks  # utime stime cutime cstime


def children_cpu_seconds() -> float:
    """CPU seconds of this process's live descendants (the Spark JVM, its Python daemon and workers) and of the
    descendants they have reaped. Python workers run outside this process, so process_time cannot see them."""
    parent_of, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _proc_stat(int(entry))
            if stat is not None:
                parent_of[int(entry)], cpu[int(entry)] = stat
    ours, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, parent in parent_of.items() if parent in frontier} - ours
        ours |= frontier
    return sum(cpu[pid] for pid in ours)


def cpu_seconds() -> float:
    """This process's CPU time plus all its descendants' (live ones from /proc, reaped ones from os.times)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system + children_cpu_seconds()


def compare(local, spark) -> dict:
    """How far the two digests differ (0 everywhere = the same results)."""
    def by_source(result):
        return {a.source: a for a in result.articles}

    la, sa = by_source(local), by_source(spark)
    docs = sum(1 for s in la if s not in sa or la[s].document() != sa[s].document())
    dups = sum(1 for s in la if s in sa and la[s].duplicate_of != sa[s].duplicate_of)
    figures = sum(1 for s in la if s in sa and [f.to_dict() for f in la[s].figures] != [f.to_dict() for f in sa[s].figures])
    stories_local = {tuple(st.documents) for st in local.stories}
    stories_spark = {tuple(st.documents) for st in spark.stories}
    briefings = sum(1 for a, b in zip(local.briefings, spark.briefings, strict=False) if a != b)
    return {"documents_differing": docs, "duplicate_of_differing": dups, "figures_differing": figures,
            "stories_only_local": len(stories_local - stories_spark), "stories_only_spark": len(stories_spark - stories_local),
            "story_ids_equal": [s.id for s in local.stories] == [s.id for s in spark.stories],
            "briefings_differing": briefings + abs(len(local.briefings) - len(spark.briefings)),
            "articles_local": len(local.articles), "articles_spark": len(spark.articles)}


def run(articles: int, master: str, workers: int, corpus: str | None = None) -> dict:
    from bench.gen_corpus import generate
    from kabar.api import digest
    from kabar.engines.spark import run_spark_paths, spark_session

    tmp = tempfile.mkdtemp(prefix="kabar-bench-spark-")
    folder = Path(corpus or os.path.join(tmp, "corpus"))
    if not list(folder.glob("pages-*.jsonl")):
        generate(folder, articles)
    files = sorted(str(p) for p in folder.glob("pages-*.jsonl"))
    events = os.path.join(tmp, "events")
    os.makedirs(events)

    started, cpu = time.perf_counter(), cpu_seconds()
    local = digest(files, workers=workers)
    local_s, local_cpu = time.perf_counter() - started, cpu_seconds() - cpu

    started = time.perf_counter()
    # the digest is collected to compare it with the local one: room for it in the driver JVM (local mode: the
    # executors' memory too) at 100,000 articles
    spark_session(master, conf={"spark.eventLog.enabled": "true", "spark.eventLog.dir": events,
                                "spark.eventLog.compress": "false", "spark.eventLog.rolling.enabled": "false",
                                "spark.driver.memory": DRIVER_MEMORY, "spark.driver.maxResultSize": "0"})
    startup_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), cpu_seconds()
    result = run_spark_paths(files)
    spark_s, spark_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    from pyspark.sql import SparkSession

    SparkSession.getActiveSession().stop()  # flushes the event log
    n = len(local.articles)
    stages = shuffle_by_stage(events)
    shutil.rmtree(tmp, ignore_errors=True)  # the event log, and the corpus unless the caller gave its folder
    total_shuffle = sum(r["written"] for r in stages)
    shuffles = sorted((r for r in stages if r["written"] or r["read"]), key=lambda r: -r["written"])
    slowest = sorted(stages, key=lambda r: -r["seconds"])
    return {
        "articles": n, "master": master, "local_workers": workers,
        "local_seconds": round(local_s, 1), "local_articles_per_s": round(n / local_s, 1) if local_s else None,
        "spark_startup_seconds": round(startup_s, 1),
        "spark_seconds": round(spark_s, 1), "spark_articles_per_s": round(n / spark_s, 1) if spark_s else None,
        "spark_over_local_time": round(spark_s / local_s, 2) if local_s else None,
        "local_cpu_seconds": round(local_cpu, 1), "spark_cpu_seconds": round(spark_cpu, 1),
        "spark_over_local_cpu": round(spark_cpu / local_cpu, 2) if local_cpu else None,
        "load_average": os.getloadavg()[0],
        "same_results": compare(local, result),
        "shuffle_bytes_total": total_shuffle,
        "shuffle_bytes_per_article": round(total_shuffle / n, 1) if n else None,
        "shuffle_by_stage": shuffles[:15],
        "time_by_stage": slowest[:12],
    }


def render(report: dict) -> str:
    lines = [
        f"Spark engine vs local engine on {report['articles']} generated articles",
        f"  local engine ({report['local_workers']} workers): {report['local_seconds']} s, "
        f"{report['local_articles_per_s']} articles/s",
        f"  Spark {report['master']}: {report['spark_seconds']} s, {report['spark_articles_per_s']} articles/s "
        f"(+{report['spark_startup_seconds']} s session start); Spark/local time = {report['spark_over_local_time']}",
        f"  CPU seconds (all processes): local {report['local_cpu_seconds']}, Spark {report['spark_cpu_seconds']}; "
        f"Spark/local CPU = {report['spark_over_local_cpu']} (1-min load average at the end: {report['load_average']:.1f})",
        f"  same results: {json.dumps(report['same_results'])}",
        f"  shuffled: {report['shuffle_bytes_total'] / 2**20:.1f} MiB in all, "
        f"{report['shuffle_bytes_per_article']} bytes per article",
    ]
    for row in report["shuffle_by_stage"]:
        lines.append(f"    {row['written'] / 2**20:8.2f} MiB written, {row['records']:>9} records  {row['stage']}")
    lines.append("  slowest stages (wall s, summed task s):")
    for row in report.get("time_by_stage", []):
        lines.append(f"    {row['seconds']:7.1f} s {row['task_seconds']:7.1f} task-s  {row['stage']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=int(os.environ.get("KABAR_BENCH_ARTICLES", DEFAULT_ARTICLES)))
    parser.add_argument("--small", action="store_true", help="2,000 articles")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--workers", type=int, default=2, help="local engine processes")
    parser.add_argument("--corpus", help="a folder of pages-*.jsonl from bench.gen_corpus (generated when empty)")
    args = parser.parse_args(argv if argv is not None else [])
    report = run(2000 if args.small else args.articles, args.master, args.workers, args.corpus)
    OUT.mkdir(parents=True, exist_ok=True)
    text = render(report)
    for name in ("spark", f"spark-{report['articles']}"):
        (OUT / f"{name}.json").write_text(json.dumps(report, indent=2))
        (OUT / f"{name}.txt").write_text(text)
    print(text, end="")
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)
