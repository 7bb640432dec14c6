"""The metadata of the five customer seed pages, as a careful reader of each page states it.

The line labels are written here by hand (what the lines engineer's classifier should produce), so these tests
check metadata extraction on its own.
"""

from __future__ import annotations

import pytest

from kabar.extract.metadata import extract_metadata, meta_line_kinds
from kabar.records import LineLabels
from tests.conftest import SEEDS


def _labels(n_lines: int, title=None, description=None, meta=(), boilerplate=()) -> LineLabels:
    body = [n for n in range(1, n_lines + 1)
            if n not in (title, description) and n not in meta and n not in boilerplate]
    return LineLabels(title=title, description=description, body=body, meta=list(meta),
                      boilerplate=list(boilerplate))


SEED_LABELS = {
    "000": dict(boilerplate=(3, 9, 17)),
    "001": dict(title=7, meta=(9,), boilerplate=(1, 3, 5, *range(37, 110))),
    "002": dict(title=1, meta=(3, 51, 53), boilerplate=(4, 5, 13, 23, 33, 43, *range(56, 69))),
    "003": dict(title=1, meta=(30, 38, 39), boilerplate=(3, 5, 15, 17, 32, 34, 36, 40, 42, 44, 46)),
    "004": dict(title=1, description=3, meta=(5, 6), boilerplate=(7, 8, 30, 34, 35, 55, 56, 58, 60)),
}


def seed_metadata(prefix: str) -> dict:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    labels = _labels(len(lines), **SEED_LABELS[prefix])
    labels.body = [n for n in labels.body if lines[n - 1].strip()]
    body = [lines[n - 1].strip() for n in labels.body]
    return extract_metadata(lines, labels, body, None)


EXPECTED = {
    "000": dict(outlet="Liputan6.com", published="2020-10-21", published_basis="dateline", authors=[], editors=[],
                translators=[], agencies=["AFP"], dateline="Jakarta"),
    "001": dict(outlet=None, published="2020-10-21T09:20+07:00", published_basis="byline",
                authors=["Sarah Meiliana Gunawan"], editors=[], translators=[], agencies=["Reuters"], dateline=None),
    "002": dict(outlet="Pikiranrakyat-Bekasi.com", published="2020-10-24T06:25+07:00", published_basis="byline",
                authors=[], editors=["M Bayu Pratama"], translators=[], agencies=["Al Jazeera"], dateline=None),
    "003": dict(outlet="ANTARA", published="2020-10-09", published_basis="inferred from body dates", authors=[],
                editors=["Yuni Arisandy Sinaga"], translators=["Suwanti"], agencies=["RIA Novosti", "Reuters"],
                dateline="Baku/Yerevan"),
    "004": dict(outlet="Liputan6.com", published="2020-10-26T14:32+07:00", published_basis="byline",
                authors=["Natasha Khairunisa Amani"], editors=[], translators=[], agencies=["AFP"],
                dateline="Jakarta"),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(prefix):
    meta = seed_metadata(prefix)
    for key, value in EXPECTED[prefix].items():
        got = sorted(meta[key]) if isinstance(value, list) else meta[key]
        want = sorted(value) if isinstance(value, list) else value
        assert got == want, f"{prefix} {key}: {meta[key]!r}"
    assert meta["language"] is None


def test_seed_popular_list_dates_are_not_meta_lines():
    lines = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8").split("\n")
    kinds = meta_line_kinds(lines)
    assert kinds[9 - 1] == "date"
    assert all(kinds[n - 1] is None for n in range(37, 110)), [n for n in range(37, 110) if kinds[n - 1]]


def test_seed_meta_lines_are_recognised():
    for prefix, numbers in {"002": (3, 51, 53), "003": (30, 38, 39), "004": (5, 6)}.items():
        lines = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8").split("\n")
        kinds = meta_line_kinds(lines)
        assert all(kinds[n - 1] for n in numbers), prefix
        body = SEED_LABELS[prefix]
        others = [n for n in range(1, len(lines) + 1) if n not in numbers and n not in body.get("boilerplate", ())]
        assert not any(kinds[n - 1] for n in others), [(n, lines[n - 1]) for n in others if kinds[n - 1]]
