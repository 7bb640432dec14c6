"""A date's year glued to the clock after it, as dumps join two inline elements without a space ("Nov 15,
20195:45 AM", "Senin, 20 Maret 202310:15 WIB"), is still the date (kabar.extract.dates)."""

from __future__ import annotations

import pytest

from kabar.extract import extract_pages
from kabar.extract.dates import parse_published
from kabar.records import Page


@pytest.mark.parametrize(("text", "iso"), [
    ("Senin, 20 Maret 202310:15 WIB", "2023-03-20T10:15+07:00"),
    ("Rabu, 8 November 20239:05 WITA", "2023-11-08T09:05+08:00"),
    ("Nov 15, 20195:45 AM", "2019-11-15"),
])
def test_a_year_glued_to_its_clock_is_read(text, iso):
    assert parse_published(text)[0] == iso


@pytest.mark.parametrize("text", ["Kode pos 20195:45", "Nomor 202310:15 di daftar"])
def test_a_number_glued_to_a_clock_without_a_month_is_no_date(text):
    assert parse_published(text) == (None, None)


def test_a_dump_with_the_glued_date_under_its_headline_states_it():
    raw = ["Beranda", "Ekonomi", "Harga Beras Medium Naik Delapan Persen dalam Sebulan", "Senin, 20 Maret 202310:15 WIB",
           "Jakarta - Badan Pusat Statistik mencatat harga beras medium naik sekitar delapan persen sepanjang bulan lalu.",
           "Kenaikan harga terjadi hampir merata di seluruh provinsi, terutama di wilayah timur Indonesia.",
           "Pemerintah menyiapkan operasi pasar untuk menahan kenaikan harga menjelang hari raya."]
    article = extract_pages([Page(source="page.txt", raw="\n\n".join(raw), kind="text")])[0]
    assert article.published == "2023-03-20T10:15+07:00"
