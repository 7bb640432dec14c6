"""A date line that states month and day without a year ("Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM") gets
its year from the URL's /YYYY/MM/ when the months agree (kabar.extract.dates.yearless_dates and the metadata
step's last resorts)."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.dates import yearless_dates
from kabar.records import Page

HEADLINE = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
LEAD = ["Badan Pusat Statistik mencatat harga beras medium di pasar tradisional naik sekitar delapan persen.",
        "Kenaikan harga beras terjadi hampir merata di seluruh provinsi, terutama di wilayah timur Indonesia.",
        "Pemerintah menyiapkan operasi pasar untuk menahan kenaikan harga beras menjelang hari raya."]


def _published(date_line: str, url: str) -> tuple[str | None, str | None]:
    raw = "\n\n".join(["Beranda", "Ekonomi", HEADLINE, date_line, "Oleh Rina Wulandari", *LEAD])
    article = extract_pages([Page(source="page.txt", raw=raw, kind="text", url=url)])[0]
    return article.published, article.published_basis


def test_yearless_dates_with_their_cues():
    assert yearless_dates("Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM") == [(11, 19, "updated"),
                                                                                 (11, 18, "published")]
    assert yearless_dates("Diperbarui 26 Okt, 14:32 WIB") == [(10, 26, "updated")]
    assert yearless_dates("Senin, 20 Maret 2023") == []


def test_the_year_of_a_yearless_publication_date_comes_from_the_url():
    published, basis = _published("Diperbarui 20 Mar, 10:15 WIB; Diterbitkan 19 Mar, 21:05 WIB",
                                  "https://kabar.example/ekonomi/2023/03/harga-beras-naik")
    assert published == "2023-03-19"
    assert basis == "byline, year from url"


def test_a_url_of_another_month_gives_no_year():
    published, _ = _published("Diperbarui 20 Mar, 10:15 WIB; Diterbitkan 19 Mar, 21:05 WIB",
                              "https://kabar.example/ekonomi/2023/04/harga-beras-naik")
    assert published is None or not published.startswith("2023-03")
