"""A ninth set of real-style pages (tests/fixtures/real_html11): a WordPress story whose photo captions are italic
paragraphs between its paragraphs, a 'Ringkasan' box of bullet points above an article, an English page dated only by
its URL. Per page (HTML): body token F1 >= 0.95 and each field expected.json states.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from kabar.extract import extract_pages
from kabar.io.readers import read_source
from kabar.records import Page
from tests.conftest import FIXTURES
from tests.extract.test_real_pages import same_instant, token_f1

PAGES = FIXTURES / "real_html11"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}
FIELDS = ("title", "published", "authors", "editors", "outlet", "dateline", "agencies")


@cache
def article(name: str):
    path = PAGES / name
    pages = list(read_source(path.name, path.read_bytes()))
    assert len(pages) == 1 and isinstance(pages[0], Page) and pages[0].kind == "html"
    return extract_pages(pages)[0]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_body_token_f1(name):
    got = article(name).text
    assert token_f1(got, "\n".join(EXPECTED[name]["body"])) >= 0.95, got


@pytest.mark.parametrize(("name", "field"), [(n, f) for n, w in EXPECTED.items() for f in FIELDS if f in w])
def test_metadata_field(name, field):
    got, want = getattr(article(name), field), EXPECTED[name][field]
    if field == "published" and "T" in want:
        assert same_instant(got, want), (got, want)
    else:
        assert got == want
