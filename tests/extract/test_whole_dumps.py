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
                yield pytest.param(name, field, id=f"{name}-{field}")


@pytest.mark.parametrize(("name", "field"), list(_field_cases()))
def test_metadata(name, field):
    got, want = getattr(article(name), field), EXPECTED[name][field]
    if field == "published":
        assert got and datetime.fromisoformat(got) == datetime.fromisoformat(want)
    else:
        assert got == want


# The same pages changed the ways other outlets' pages differ: the article must come out the same.
SIDEBAR = ["Terpopuler", "Pemprov Umumkan Jadwal Pemadaman Bergilir di Tiga Kecamatan Mulai Pekan Depan",
           "Senin, 01 Januari 2024 08:00 WIB", "Harga Cabai Merah Turun Drastis Setelah Panen Raya di Sentra Produksi",
           "Senin, 01 Januari 2024 07:30 WIB", "Ratusan Warga Antre Minyak Goreng Murah di Kantor Kelurahan Sejak Subuh",
           "Minggu, 31 Desember 2023 19:10 WIB"]
COMMENTS = ["Komentar (3)", "Semoga cepat ditangani pemerintah, kasihan warga yang terdampak sejak kemarin sore.",
            "Setuju, pemerintah harus lebih sigap menangani masalah seperti ini ke depannya.",
            "Terima kasih infonya, sangat membantu kami yang tinggal di sekitar lokasi tersebut."]
BOX = ["Berita Terkait", "Warga Keluhkan Jalan Rusak di Jalur Utama Kabupaten",
       "Pemerintah Janjikan Perbaikan Jembatan Sebelum Lebaran", "Dua Kecamatan Terendam Banjir Setinggi Lutut"]
ADS = ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"]


def _line_of(lines: list[str], start: str) -> int:
    return max(i for i, line in enumerate(lines) if line.startswith(start))


def _variant(name: str, how: str, pages=PAGES, expected=EXPECTED) -> list[str]:
    """The page's lines changed the way ``how`` says (pages, expected: another set of whole-page dumps)."""
    want = expected[name]
    lines = (pages / name).read_text(encoding="utf-8").split("\n")
    if how == "no blank lines":
        return [line for line in lines if line.strip()]
    if how == "blank lines between all":
        return "\n\n".join(line for line in lines if line.strip()).split("\n")
    if how == "popular list above the headline":
        t = lines.index(want["title"])
        return lines[:t] + SIDEBAR + lines[t:]
    if how == "comments after the article":
        end = _line_of(lines, want["body_starts"][-1]) + 6
        return lines[:end] + COMMENTS + lines[end:]
    if how == "page title line first":
        return [want["title"] + " | Berita Terkini"] + lines
    second = _line_of(lines, want["body_starts"][1]) + 1
    return lines[:second] + (BOX if how == "related box after paragraph 2" else ADS) + lines[second:]


VARIANTS = ("no blank lines", "blank lines between all", "popular list above the headline", "comments after the article",
            "page title line first", "related box after paragraph 2", "ads after paragraph 2")


@pytest.mark.parametrize("how", VARIANTS)
def test_headline_and_body_survive_other_page_layouts(how):
    wrong = []
    for name in sorted(EXPECTED):
        if how.endswith("paragraph 2") and len(EXPECTED[name]["body_starts"]) < 4:
            continue
        got = extract_pages([Page(source=name, raw="\n".join(_variant(name, how)), kind="text")])[0]
        starts = EXPECTED[name]["body_starts"]
        paragraphs = got.text.split("\n")
        if got.title != EXPECTED[name]["title"] or len(paragraphs) != len(starts) or \
                any(not p.startswith(s) for p, s in zip(paragraphs, starts, strict=False)):
            wrong.append(name)
    assert not wrong
