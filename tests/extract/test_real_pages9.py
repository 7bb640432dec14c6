"""A seventh set of real-style pages (tests/fixtures/real_html9) with old or broken markup: a table layout with <font>
headline, date and byline and <br><br> paragraphs, an ISO-8859-1 page, a page with unclosed tags and an ad script in
its body. Per page: body token F1 >= 0.95 and each field expected.json states.
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

PAGES = FIXTURES / "real_html9"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}
FIELDS = ("title", "published", "authors", "editors", "outlet", "dateline", "agencies")


@cache
def article(name: str):
    path = PAGES / name
    pages = list(read_source(path.name, path.read_bytes()))
    assert len(pages) == 1 and isinstance(pages[0], Page) and pages[0].kind == "html"
    return extract_pages(pages)[0]


def test_latin1_page_is_decoded():
    assert "Andrés" in next(iter(read_source("latin1.html", (PAGES / "latin1.html").read_bytes()))).raw


@pytest.mark.parametrize("name", list(EXPECTED))
def test_body_token_f1(name):
    got = article(name).text
    assert token_f1(got, "\n".join(EXPECTED[name]["body"])) >= 0.95, got


@pytest.mark.parametrize(("name", "field"), [
    pytest.param(n, f, id=f"{n}-{f}") for n, w in EXPECTED.items() for f in FIELDS if f in w])
def test_metadata_field(name, field):
    got, want = getattr(article(name), field), EXPECTED[name][field]
    if field == "published":
        assert same_instant(got, want), (got, want)
    else:
        assert got == want


def test_printed_part_of_a_title_naming_the_site_first():
    """Only a <title> 'Site - Headline' in the head; the page prints the headline in a table cell of its own row."""
    paragraphs = "".join(f"{p}<br><br>" for p in [
        "SAMBAS - Pemerintah kabupaten memperpanjang jam operasional bus kota hingga pukul 22.00 mulai pekan depan "
        "untuk melayani pekerja yang pulang malam dari kawasan industri.",
        "Kepala dinas perhubungan mengatakan tambahan jam layanan diberikan setelah jumlah penumpang pada malam hari "
        "terus meningkat dalam tiga bulan terakhir di seluruh koridor.",
        "Dinas juga akan menambah sepuluh armada agar waktu tunggu di halte tidak lebih dari lima belas menit pada "
        "jam sibuk pagi dan sore hari."])
    raw = ("<html><head><title>Harian Contoh Borneo - Jam Operasional Bus Kota Diperpanjang</title></head><body>"
           "<table><tr><td><a href='#'>Harga Karet Naik Tipis</a></td><td><font class='judul'>Jam Operasional Bus "
           f"Kota Diperpanjang</font><br><br>{paragraphs}</td></tr></table></body></html>")
    art = extract_pages([Page(source="t.html", raw=raw, kind="html")])[0]
    assert art.title == "Jam Operasional Bus Kota Diperpanjang"


def test_a_title_not_printed_in_parts_is_kept_whole():
    raw = ("<html><head><title>Kafe Sajikan Kopi Rp 5.000 - Warga Antre Panjang</title></head><body><article>"
           "<h1>Kafe Sajikan Kopi Rp 5.000 - Warga Antre Panjang</h1><p>" + "Sebuah kafe di kawasan Dago menjual kopi "
           "susu seharga lima ribu rupiah per gelas sehingga antrean pembeli mengular hingga ke trotoar setiap pagi. "
           * 3 + "</p></article></body></html>")
    art = extract_pages([Page(source="k.html", raw=raw, kind="html")])[0]
    assert art.title == "Kafe Sajikan Kopi Rp 5.000 - Warga Antre Panjang"
