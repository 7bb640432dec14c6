"""A seventh set of real-style pages (tests/fixtures/real_html9) with old or broken markup: a table layout with <font>
headline, date and byline and <br><br> paragraphs, an ISO-8859-1 page, a page with unclosed tags and an ad script in
its body. Per page: body token F1 >= 0.95 and each field expected.json states.
"""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.io.readers import read_source
from kabar.records import Page
from tests.conftest import FIXTURES

PAGES = FIXTURES / "real_html9"


def test_latin1_page_is_decoded():
    assert "Andrés" in next(iter(read_source("latin1.html", (PAGES / "latin1.html").read_bytes()))).raw


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
