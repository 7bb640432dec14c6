"""A third set of real-style pages (tests/fixtures/real_html5): eight page types written before kabar ran on them (an
academic's analysis with its disclosure, a long-form environmental story, a match report with line-ups, a WITA
regional page, an entertainment page, a page whose og:title rewords its headline, a Yoast page in UTC, a fact-check).
Per page: body token F1 >= 0.95 and each field expected.json states; below,
the rules these pages brought in, each on small inputs of its own.
"""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.bylines import names_in
from kabar.extract.html import html_meta
from kabar.records import Page
from tests.extract.test_real_pages3 import FOOT, HEAD, LEAD, dump_article, page_with_credits


def test_printed_headline_wins_over_a_reworded_og_title():
    """og:title and the JSON-LD headline reworded for sharing; the <h1> (and <title>) print the headline."""
    printed = "Jam Operasional Bus Kota Diperpanjang hingga Malam"
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    page = Page(source="v.html", kind="html", raw=(
        f"<html><head><title>{printed}</title><meta property='og:title' content='Bus Kota Kini Beroperasi sampai "
        "Pukul 22.00'><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bus Kota Kini "
        f"Beroperasi sampai Pukul 22.00\"}}</script></head><body><article><h1>{printed}</h1>{paragraphs}</article>"
        "</body></html>"))
    assert extract_pages([page])[0].title == printed


def test_credit_box_with_label_and_name_in_two_block_elements():
    """Kompas.com: '<h6>Penulis</h6><h6><a>X</a></h6>', under a headline opening with a bracketed label."""
    html = page_with_credits("[HOAKS] Video Bus Terbakar di Terminal Kota Pekan Ini",
                             "<div><h6>Penulis</h6><h6><a href='/p/1'>Rina Wulandari</a></h6></div>"
                             "<div><h6>Editor</h6><h6><a href='/e/2'>Hendra Kusuma</a></h6></div>")
    assert html_meta(html)["credit_links"] == [("byline", "Rina Wulandari"), ("editor", "Hendra Kusuma")]


def test_heading_over_a_list_of_links_is_no_credit():
    html = page_with_credits("Jam Operasional Bus Kota Diperpanjang hingga Malam",
                             "<h3>Pilihan Editor</h3><ul><li><a href='/x'>Harga Cabai Turun Lagi</a></li></ul>")
    assert "credit_links" not in html_meta(html)


def test_line_up_with_semicolons_stays_in_the_match_report():
    """'Team (4-3-3): Keeper; Defenders; ...' is a run of capitalised names, not a headline of another story."""
    lineups = ["Persikota (4-3-3): Andi Saputra; Budi Santoso, Candra Wijaya, Dedi Kurnia, Eko Prasetyo; Fajar Ramadhan, "
               "Gilang Permana, Hadi Sucipto; Irfan Maulana, Joko Susilo, Kurniawan Adi.",
               "Persikabo (4-4-2): Lukman Hakim; Made Wirawan, Nanda Pratama, Oki Setiawan, Putu Gede; Rizal Akbar, "
               "Sandi Irawan, Teguh Wibowo, Umar Said; Vino Bastian, Wahyu Hidayat."]
    art = dump_article([*HEAD, *LEAD, "Susunan Pemain", *lineups, "Copyright 2026 Contoh Media"])
    assert all(line in art.text.split("\n") for line in lineups)


def test_disclosure_heading_ends_an_academics_article():
    """The Conversation: 'Pernyataan' / 'Disclosure statement', then the writer's funding and bio."""
    art = dump_article([*HEAD, *LEAD, "Pernyataan",
                        "Rina Wulandari menerima dana penelitian dari sebuah yayasan untuk riset transportasi kota ini.",
                        "Terbitkan ulang artikel ini", *FOOT])
    assert art.text.split("\n") == LEAD


def test_closing_credit_and_donation_pitch_end_the_story():
    art = dump_article([*HEAD, *LEAD, "Artikel yang diterbitkan oleh Rina Wulandari", "Dukung Jurnalisme Lingkungan",
                        "Kami adalah organisasi nirlaba yang hidup dari dukungan pembaca seperti Anda setiap bulan.",
                        *FOOT])
    assert art.text.split("\n") == LEAD


def test_place_in_brackets_after_the_writers_name():
    """Mongabay: 'oleh X [Halmahera Selatan] di 2 November 2026'."""
    assert names_in("Rina Wulandari [Surabaya] di 2 Maret 2026") == ["Rina Wulandari"]
