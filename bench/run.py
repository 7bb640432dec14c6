"""`make bench`: run each area's benchmark module (bench/extract.py, metadata.py, whole_dumps.py, stories.py, analysis.py,
spark.py when present).

Each module has a main() that writes its JSON and text report under bench/out/ and returns the report; this runner
also writes bench/out/summary.json with every report and which modules failed or were absent.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

AREAS = ("extract", "metadata", "whole_dumps", "stories", "analysis", "analysis_entities", "spark")
OUT = Path(__file__).resolve().parent / "out"


def run_area(name: str) -> dict:
    """The area's report, or {"status": "absent"|"failed", ...}."""
    if not (Path(__file__).resolve().parent / f"{name}.py").exists():
        return {"status": "absent"}
    start = time.perf_counter()
    try:
        module = importlib.import_module(f"bench.{name}")
        report = module.main()
    except Exception as err:  # one area's failure must not hide the others' figures
        traceback.print_exc()
        return {"status": "failed", "error": f"{type(err).__name__}: {err}"}
    return {"status": "ok", "seconds": round(time.perf_counter() - start, 1), "report": report}


def main(areas: list[str] | None = None) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    summary = {}
    for name in areas or AREAS:
        print(f"== bench {name}", flush=True)
        summary[name] = run_area(name)
        if summary[name]["status"] != "ok":
            print(f"   {summary[name]['status']} {summary[name].get('error', '')}".rstrip(), flush=True)
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2, default=str))
    return 1 if any(v["status"] == "failed" for v in summary.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or None))
