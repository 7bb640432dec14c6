"""Metadata of whole text dumps (tests/fixtures/metadata/*.txt, written in outlets' house styles) through the full
extraction step: the lines classifier labels the lines, the metadata step reads them."""

from __future__ import annotations

import json

import pytest

from kabar.extract import extract_pages
from kabar.records import Page
from tests.conftest import FIXTURES

DUMPS = FIXTURES / "metadata"
EXPECTED = json.loads((DUMPS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles() -> dict:
    pages = [Page(source=name, raw=(DUMPS / name).read_text(encoding="utf-8")) for name in EXPECTED]
    return {a.source: a for a in extract_pages(pages)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dump_metadata(articles, name):
    article = articles[name]
    for key, want in EXPECTED[name].items():
        got = getattr(article, key)
        if isinstance(want, list):
            assert sorted(got) == sorted(want), f"{name} {key}"
        else:
            assert got == want, f"{name} {key}"
