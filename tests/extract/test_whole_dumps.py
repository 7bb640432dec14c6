"""Whole-page text dumps (tests/fixtures/whole_dumps) in the house styles of twenty Indonesian outlets: every
visible line of the page, menus, breadcrumb, trending lists, "Baca Juga" and "Berita Terkait" boxes inside the
article, captions, tags and footer, as a scraper saves it. Headline, publication instant, writers and body
paragraphs are labelled by hand in expected.json.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache

import pytest

from kabar.extract import extract_pages
from kabar.records import Page
from tests.conftest import FIXTURES

PAGES = FIXTURES / "whole_dumps"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}

# Metadata (kabar.extract.metadata, dates, bylines) these pages show wrong; for the metadata engineer.
FIELD_XFAIL: dict[tuple[str, str], str] = {}


@cache
def article(name: str):
    raw = (PAGES / name).read_text(encoding="utf-8")
    return extract_pages([Page(source=name, raw=raw, kind="text")])[0]


def test_fixtures_are_whole_pages_with_furniture_around_the_article():
    for name, want in EXPECTED.items():
        lines = [ln for ln in (PAGES / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
        assert want["title"] in lines
        assert lines.index(want["title"]) >= 10  # menus and breadcrumb above the headline
        assert len(lines) - len(want["body_starts"]) >= 30  # far more furniture than article


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headline(name):
    assert article(name).title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_is_the_articles_paragraphs_in_order(name):
    paragraphs = article(name).text.split("\n")
    starts = EXPECTED[name]["body_starts"]
    assert [p[: len(s)] for p, s in zip(paragraphs, starts, strict=False)] == starts
    assert len(paragraphs) == len(starts)


def _field_cases():
    for name in sorted(EXPECTED):
        for field in ("published", "authors"):
            if field in EXPECTED[name]:
                reason = FIELD_XFAIL.get((name, field))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(name, field, marks=marks, id=f"{name}-{field}")


@pytest.mark.parametrize(("name", "field"), list(_field_cases()))
def test_metadata(name, field):
    got, want = getattr(article(name), field), EXPECTED[name][field]
    if field == "published":
        assert got and datetime.fromisoformat(got) == datetime.fromisoformat(want)
    else:
        assert got == want
