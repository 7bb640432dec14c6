"""bench/extract_costs.py times the steps and parts it names and leaves the timed functions as they were."""

from __future__ import annotations

from pathlib import Path

from kabar.extract import html, lines, pipeline
from kabar.records import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def test_step_costs_time_each_part_and_restore_the_functions():
    from bench.extract_costs import PARTS, STEPS, step_costs

    pages = [Page(source=p.name, raw=p.read_text(encoding="utf-8"), kind="html") for p in sorted(FIXTURES.glob("*.html"))]
    before = (html.parse, html.html_meta, lines.text_features, pipeline.classify)
    steps = step_costs(pages)
    parts = step_costs(pages, PARTS)
    assert set(steps) == {*STEPS, "extract_pages"}
    assert {name for _, name in PARTS} <= set(parts) and all(ms >= 0 for ms in parts.values())
    assert parts["visible_lines"] <= parts["extract_pages"] and parts["html_meta"] <= parts["extract_pages"]
    assert (html.parse, html.html_meta, lines.text_features, pipeline.classify) == before
