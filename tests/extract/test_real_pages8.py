"""A sixth set of real-style pages (tests/fixtures/real_html8): a detik explainer split over two pages, a Tribunnews
story republished from TribunJateng.com, Merdeka.com with 'Sumber: Antara', an IDN Times listicle, a Kompas.com
regional page. Per page: body token F1 >= 0.95 and each field expected.json states; below, the rule this set brought
in on a small input of its own.
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
from tests.extract.test_real_pages3 import FOOT, HEAD, LEAD, dump_article

PAGES = FIXTURES / "real_html8"
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
    if field == "published":
        assert same_instant(got, want), (got, want)
    else:
        assert got == want


def test_republished_from_line_names_the_source_outlet():
    """'Artikel ini telah tayang di TribunJateng.com dengan judul <a long headline>' under the body."""
    line = ("Artikel ini telah tayang di TribunJateng.com dengan judul Puluhan Warga Pikul Rumah Panggung, Tradisi "
            "Sambatan Masih Lestari di Desa Kami")
    art = dump_article([*HEAD, *LEAD, line, *FOOT])
    assert art.agencies == ["TribunJateng.com"] and art.text.split("\n") == LEAD


@pytest.mark.parametrize(("line", "name"), [
    ("Rina Wulandari PutriSenin, 16 Nov 2026, 12:00 WIB", "Rina Wulandari Putri"),
    ("LAPORAN: RINA WULANDARI PUTRISELASA, 06 OKTOBER 2026 | 15:20 WIB", "Rina Wulandari Putri"),
])
def test_byline_glued_to_its_date_is_split_again(line, name):
    """A name and the weekday of its date dumped without a space between them (IDN Times, RMOL)."""
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", line, *LEAD, *FOOT])
    assert art.authors == [name]


def test_a_weekday_in_a_sentence_is_left_alone():
    from kabar.extract.metadata import unglued_weekday

    assert unglued_weekday("Rapat digelar Senin, 16 November, di balai kota.") == \
        "Rapat digelar Senin, 16 November, di balai kota."
