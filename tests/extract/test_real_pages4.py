"""A second set of real-style pages (tests/fixtures/real_html4): eight outlets written after the real_html3 fixes and
before kabar was run on them (ANTARA English's 'GMT+700', a paywalled Kompas.id page, list items in the body, a
'Promosi' box, camel-case self-names). Per page: body token F1 >= 0.95 and each field expected.json states; below,
the rules these pages brought in, each on small inputs of its own.
"""

from __future__ import annotations

import pytest

from kabar.extract import extract_pages
from kabar.extract.dates import parse_published
from kabar.extract.metadata import parse_dateline
from kabar.records import Page
from tests.extract.test_real_pages3 import FOOT, HEAD, LEAD, dump_article


@pytest.mark.parametrize(("text", "iso"), [
    ("6th November 2026 18:20 GMT+700", "2026-11-06T18:20+07:00"),  # ANTARA English
    ("November 6, 2026 18:20 GMT+7", "2026-11-06T18:20+07:00"),
    ("6 Nov 2026 18:20 UTC+07:00", "2026-11-06T18:20+07:00"),
    ("6 Nov 2026 18:20 GMT+0800", "2026-11-06T18:20+08:00"),
    ("6 Nov 2026 18:20 GMT", "2026-11-06T18:20+00:00"),
])
def test_gmt_with_its_offset(text, iso):
    assert parse_published(text)[0] == iso


def test_a_zone_name_takes_no_offset():
    """Only GMT/UTC carry an offset: 'WIB+1' is no zone (the time is then read without one)."""
    got = parse_published("6 Nov 2026 18:20 WIB+1")[0]
    assert got is None or not got.endswith("+08:00")


def test_camel_case_brand_opening_the_lead_is_no_dateline():
    """'IDXChannel - ...', 'GenPIco - ...': a brand in camel case before the dash, not a place."""
    assert parse_dateline("IDXChannel - Indeks harga saham ditutup menguat pada perdagangan sore ini.")[0] is None
    assert parse_dateline("BeritaKota - Pemerintah kota memperpanjang jam operasional bus.")[0] is None


def test_one_word_place_still_a_dateline():
    assert parse_dateline("Makassar - Pemerintah kota memperpanjang jam operasional bus.")[0] == "Makassar"


def test_source_line_naming_the_site_itself_is_no_agency():
    """'Sumber : Nakita.id' on nakita.grid.id: the site's own title, not an agency it cites."""
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    page = Page(source="n.html", kind="html", url="https://nakita.grid.id/read/1/bus-kota", raw=(
        "<html><head><title>Bus Kota Beroperasi hingga Malam</title></head><body><article><h1>Bus Kota Beroperasi "
        f"hingga Malam</h1>{paragraphs}<p>Sumber : Nakita.id</p></article></body></html>"))
    assert extract_pages([page])[0].agencies == []


@pytest.mark.parametrize("line", [
    "Artikel ini khusus untuk pelanggan.",
    "Nikmati akses penuh ke seluruh artikel mulai Rp 50.000 per bulan.",
    "Subscribe to continue reading this story and all our journalism.",
])
def test_paywall_notice_under_the_free_paragraphs_is_furniture(line):
    art = dump_article([*HEAD, *LEAD, line, "Berlangganan Sekarang", *FOOT])
    assert art.text.split("\n") == LEAD
