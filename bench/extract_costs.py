"""Where extraction's CPU time goes: per step of kabar.extract, and per pattern of the data files, on the 181 pages of
the article-extraction benchmark (as bench/extract.py builds them: the HTML pages and their whole-page dumps).

    python -m bench.extract_costs              # the steps (ms/page, HTML and dumps) and parts of them, then the 15
                                               # costliest patterns
    python -m bench.extract_costs --patterns 40

Steps are timed in CPU time around the functions kabar.extract.pipeline calls (best of 3 passes, line caches cleared
before each, as bench/extract.py does). Each pattern of kabar/data/extract/*.txt is timed alone over every distinct
line of the pages, applied as kabar.extract.features applies its file (APPLIED: matched at the start within
PREFIX_SPAN, whole-matched against the bare text of a short line, or searched; the gates before some files are left
out, so a gated file's figure is what its gate saves). The slowest single line shows a pattern that backtracks: one
taking tens of microseconds on a line costs more than all the others (a greedy run that gives characters back, a
look-behind before the first character). Speed only: bench/extract.py measures pages/s beside trafilatura and jusText.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from bench.extract import cpu_seconds, dump_lines, load_benchmark

PASSES = 3
REPEATS = 3
STEPS = ("page_lines", "batch_templates", "classify", "normalised_lines", "_metadata", "detect_language")
# Parts of those steps, timed in passes of their own (so the steps' figures stay as they were): where page_lines goes
# on HTML (resiliparse's parse, with keep_article_lists before it, and render; the head's metadata) and the classifier's
# per-line features (~30 calls a page: the timer adds ~0.02 ms/page to its figure)
PARTS = (("kabar.extract.html", "visible_lines"), ("kabar.extract.html", "parse"),
         ("kabar.extract.html", "keep_article_lists"), ("kabar.extract.html", "html_meta"),
         ("kabar.extract.lines", "text_features"))
DATA = Path(__file__).resolve().parents[1] / "kabar" / "data" / "extract"
REGEX_MARK = re.compile(r"[\\\[\]()?*+{}|^$]")  # a line of a word list holds none of these
# How kabar.extract.features applies each file of patterns (any other file: searched in the line)
APPLIED = {"caption_patterns.txt": "caption", "end_patterns.txt": "start", "list_heading_patterns.txt": "bare",
           "pagination_patterns.txt": "bare", "live_stamp_patterns.txt": "whole"}


def _applied(pattern: str, how: str):
    """(function of a line, whether the line is offered) for a pattern applied as ``how`` says."""
    from kabar.extract.features import BARE_CHARS, CAPTION_HEAD, CAPTION_TAIL, PREFIX_SPAN

    compiled = re.compile(pattern.removeprefix("^") if how == "caption" else pattern, re.IGNORECASE)
    if how == "caption" and pattern.startswith("^"):
        return (lambda text: compiled.match(text, 0, CAPTION_HEAD)), None
    if how == "caption":
        return (lambda text: compiled.search(text[-CAPTION_TAIL:])), None
    if how == "start":
        return (lambda text: compiled.match(text, 0, PREFIX_SPAN)), (lambda text: len(text) <= PREFIX_SPAN)
    if how == "bare":
        return (lambda text: compiled.fullmatch(text.strip(BARE_CHARS).strip().lower())), \
            (lambda text: len(text) <= PREFIX_SPAN)
    if how == "whole":
        return compiled.fullmatch, (lambda text: len(text.split()) <= 3)
    return compiled.search, None


def step_costs(pages, steps=None) -> dict[str, float]:
    """CPU ms/page of each step (module, function name) in ``steps`` (default: STEPS of kabar.extract.pipeline) and
    of the whole extract_pages (best pass)."""
    import importlib

    from kabar.extract import lines, pipeline

    spent: dict[str, float] = {}
    steps = steps or [("kabar.extract.pipeline", name) for name in STEPS]
    originals = {(module, name): getattr(importlib.import_module(module), name) for module, name in steps}

    def timed(name, func):
        def wrapper(*args, **kwargs):
            start = cpu_seconds()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + cpu_seconds() - start
        return wrapper

    best: dict[str, float] = {}
    try:
        for (module, name), func in originals.items():
            setattr(importlib.import_module(module), name, timed(name, func))
        for _ in range(PASSES):
            spent.clear()
            lines.clear_text_caches()
            start = cpu_seconds()
            pipeline.extract_pages(pages)
            spent["extract_pages"] = cpu_seconds() - start
            if "extract_pages" not in best or spent["extract_pages"] < best["extract_pages"]:
                best = dict(spent)
    finally:
        for (module, name), func in originals.items():
            setattr(importlib.import_module(module), name, func)
    return {name: seconds / len(pages) * 1000 for name, seconds in best.items()}


def pattern_costs(texts: list[str], pages: int) -> list[tuple[float, float, str, str]]:
    """(ms/page, slowest line in microseconds, file, pattern) of each pattern of the data files, costliest first."""
    rows = []
    for path in sorted(DATA.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            pattern = raw.strip()
            if not pattern or pattern.startswith("#") or not REGEX_MARK.search(pattern):
                continue
            try:
                apply, offered = _applied(pattern, APPLIED.get(path.name, "search"))
            except re.error:
                continue
            total = slowest = 0.0
            for text in texts if offered is None else filter(offered, texts):
                spent = 1.0
                for _ in range(REPEATS):  # (the least of a few: a single call may lose the CPU to another process)
                    start = time.perf_counter()
                    apply(text)
                    spent = min(spent, time.perf_counter() - start)
                total += spent
                slowest = max(slowest, spent)
            rows.append((total / pages * 1000, slowest * 1e6, path.name, pattern))
    return sorted(rows, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patterns", type=int, default=15, help="how many of the costliest patterns to list")
    args = parser.parse_args()

    from kabar.extract.html import parse, visible_lines
    from kabar.records import Page

    items = load_benchmark()
    html_pages = [Page(source=k, raw=h, kind="html", url=u) for k, u, h, _ in items]
    dump_pages = [Page(source=k, raw=dump_lines(h), kind="text", url=u) for k, u, h, _ in items]
    for kind, pages in (("html", html_pages), ("dumps", dump_pages)):
        costs = step_costs(pages)
        print(f"{kind}: extract_pages {costs.pop('extract_pages'):.3f} ms/page; "
              + ", ".join(f"{name} {ms:.3f}" for name, ms in sorted(costs.items(), key=lambda kv: -kv[1])))
        parts = step_costs(pages, PARTS)
        parts.pop("extract_pages")
        print("  within them: " + ", ".join(f"{name} {ms:.3f}" for name, ms in sorted(parts.items(), key=lambda kv: -kv[1])
                                            if ms >= 0.0005))
    texts = {t for p in dump_pages for line in p.raw.split("\n") if (t := line.strip())}
    texts |= {t for p in html_pages for line in visible_lines(parse(p.raw)) if (t := line.strip())}
    print(f"\npatterns of kabar/data/extract over {len(texts)} distinct lines (ms per page of 181, slowest line):")
    for ms, slowest, name, pattern in pattern_costs(sorted(texts), len(items))[: args.patterns]:
        print(f"  {ms:7.4f} ms  {slowest:7.1f} us  {name:28} {pattern[:90]}")


if __name__ == "__main__":
    main()
