"""A fifth set of real-style pages (tests/fixtures/real_html7): VIVA with the next article appended under the first, a
Maluku page in WIT dated only in its text (update time first) with a comment thread, a small WordPress site, an AP
story on Jakarta Globe. Per page: body token F1 >= 0.95 and each field expected.json states; below, the rules these
pages brought in, each on small inputs of its own.
"""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.features import text_features
from kabar.extract.metadata import parse_dateline
from kabar.records import Page
from tests.extract.test_real_pages3 import FOOT, HEAD, LEAD, dump_article

SECOND = ["Tarif Angkutan Kota Naik Mulai Bulan Depan di Lima Rute", "Senin, 2 Maret 2026 - 08:00 WIB",
          "Oleh : Bambang Sutrisno",
          "Surabaya, Contoh – Tarif angkutan kota di lima rute naik Rp1.000 mulai bulan depan setelah harga bahan "
          "bakar kembali naik pekan lalu.",
          "Dinas perhubungan menyebut kenaikan itu sudah disepakati bersama organisasi angkutan darat setempat."]


def two_articles(separator: str = "") -> Page:
    first = ["Surabaya, Contoh – " + LEAD[0], *LEAD[1:]]
    html_first = "".join(f"<p>{p}</p>" for p in first)
    html_second = (f"<h2>{SECOND[0]}</h2><div>{SECOND[1]}</div><div>{SECOND[2]}</div>"
                   + "".join(f"<p>{p}</p>" for p in SECOND[3:]))
    return Page(source="v.html", kind="html", raw=(
        "<html><head><title>Jam Operasional Bus Kota Diperpanjang hingga Malam</title></head><body><main>"
        "<article><h1>Jam Operasional Bus Kota Diperpanjang hingga Malam</h1><div>Senin, 2 Maret 2026 - 10:15 WIB</div>"
        f"<div>Oleh : Rina Wulandari</div>{html_first}</article>{separator}<article>{html_second}</article>"
        "</main></body></html>"))


def test_next_article_appended_under_the_first_is_not_its_body():
    """A second headline with its date and byline, then a lead with a dateline as the first one's: a new story."""
    art = extract_pages([two_articles()])[0]
    assert art.text.split("\n") == ["Surabaya, Contoh – " + LEAD[0], *LEAD[1:]]
    assert art.authors == ["Rina Wulandari"]


def test_next_article_separator_ends_the_body_in_a_dump():
    art = dump_article([*HEAD, *LEAD, "Artikel Selanjutnya", *SECOND, *FOOT])
    assert art.text.split("\n") == LEAD


def test_a_subheading_inside_the_article_is_no_next_article():
    """The guard: a subheading followed by a paragraph (no byline or date under it) stays in the body."""
    more = ("Selain menambah jam layanan, dinas perhubungan juga akan memasang papan informasi digital di setiap halte "
            "sehingga penumpang dapat mengetahui perkiraan waktu kedatangan bus berikutnya.")
    art = dump_article([*HEAD, *LEAD[:2], "Papan Informasi Digital di Setiap Halte", more, LEAD[2], *FOOT])
    assert more in art.text.split("\n")


def test_editors_code_with_a_hyphen_closes_a_sentence():
    """'... mendatang. (S-25)': the last paragraph ends like a sentence and stays in the body."""
    assert text_features("BMKG memperkirakan gelombang tinggi masih terjadi hingga Minggu mendatang. (S-25)")[1]
    last = "Warga diminta tetap waspada terhadap gelombang tinggi hingga akhir pekan ini. (S-25)"
    art = dump_article([*HEAD, *LEAD, last, *FOOT])
    assert last in art.text.split("\n")


def test_place_in_capitals_and_an_unlisted_outlet_is_a_dateline():
    assert parse_dateline("AMBON, Siwalimanews – Kapal cepat batal berlayar.")[0] == "Ambon"
    assert parse_dateline("JAKARTA, Senin – Pemerintah mengumumkan.")[0] is None


def test_agency_name_alone_between_headline_and_date_is_the_source():
    """A dump of an agency's copy: 'Reuters' alone under the headline, the date under it (Jakarta Globe)."""
    art = dump_article(["Beranda Bisnis", "Bus Kota Kini Beroperasi hingga Pukul 22.00 Malam", "Reuters",
                        "November 20, 2026 | 2:35 pm", *LEAD, *FOOT])
    assert art.agencies == ["Reuters"] and art.authors == []


def test_a_word_between_headline_and_date_is_no_agency():
    art = dump_article(["Beranda Bisnis", "Bus Kota Kini Beroperasi hingga Pukul 22.00 Malam", "Transportasi",
                        "November 20, 2026 | 2:35 pm", *LEAD, *FOOT])
    assert art.agencies == []
