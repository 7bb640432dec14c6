"""A BLIND set of real-style pages (tests/fixtures/real_html3): nineteen outlets' house styles written before kabar's
extraction code was read (regional pages in WITA/WIT, English-language outlets, a live report, a photo story, a
multi-page article, an opinion column, agency stories, a page dated only in its text, JSON-LD that is partial, in
UTC, zone-less or names the editor, a desk account or an agency as author).

Per page (HTML as a user's file): body token F1 >= 0.95 against the hand-labelled paragraphs, and each metadata field
expected.json states.
Below: the rules these pages brought in, each on small pages of its own.
"""

from __future__ import annotations

import pytest

from kabar.extract import extract_pages
from kabar.extract.bylines import names_in
from kabar.extract.html import credit_links, html_meta, lines_under_headline
from kabar.extract.metadata import parse_dateline
from kabar.records import Page
from tests.extract.test_real_pages import same_instant

# --- names ----------------------------------------------------------------------------------------------------------


def test_given_name_that_is_also_an_outlet_is_a_person():
    """'Fajar' is a daily of Makassar and one of the commonest given names: 'Fajar Hidayat' is a person."""
    assert names_in("Fajar Hidayat") == ["Fajar Hidayat"]
    assert names_in("Rina Ayu dan Fajar Setiawan") == ["Rina Ayu", "Fajar Setiawan"]


def test_outlet_or_agency_alone_or_with_a_credit_word_is_no_person():
    assert names_in("Fajar") == []
    assert names_in("ANTARA Foto") == []
    assert names_in("Reuters") == []


def test_role_after_the_writers_name_is_no_second_person():
    """'Oleh: Name, Peneliti Lembaga ...' (opinion columns): the role after the name is not a name."""
    assert names_in("Sari Wulandari, Dosen Fakultas Teknik Universitas Contoh") == ["Sari Wulandari"]
    assert names_in("Bayu Prakoso, Pengamat Kebijakan Publik") == ["Bayu Prakoso"]


def test_two_writers_stay_two():
    assert names_in("Sari Wulandari dan Bayu Prakoso") == ["Sari Wulandari", "Bayu Prakoso"]


# --- datelines ------------------------------------------------------------------------------------------------------


def test_place_closed_by_a_colon_is_a_dateline():
    """Medcom and Metro TV open the lead with 'Place: ' (a known place only)."""
    assert parse_dateline("Sumenep: Petani di pesisir selatan mulai memanen hasil tambak mereka.")[0] == "Sumenep"
    assert parse_dateline("Jenewa: Badan kesehatan dunia merilis laporan tahunan.")[0] == "Jenewa"


def test_label_closed_by_a_colon_is_no_dateline():
    assert parse_dateline("Catatan: Harga dapat berubah sewaktu-waktu tanpa pemberitahuan.")[0] is None
    assert parse_dateline("Foto: Warga mengantre di depan kantor kelurahan.")[0] is None


# --- credit boxes of links (dropped by resiliparse's main-content filter) --------------------------------------------

LEAD = [
    "Pemerintah kota memperpanjang jam operasional bus rapid transit hingga pukul 22.00 mulai pekan depan untuk "
    "melayani pekerja yang pulang malam.",
    "Kepala dinas perhubungan mengatakan tambahan jam layanan diberikan setelah jumlah penumpang pada malam hari terus "
    "meningkat dalam tiga bulan terakhir.",
    '"Kami tambah sepuluh armada agar waktu tunggu di halte tidak lebih dari lima belas menit," ujarnya, Senin.',
]


def page_with_credits(headline: str, credit: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    return (f"<html><head><title>{headline}</title><meta property='og:title' content='{headline}'></head><body>"
            f"<article><h1>{headline}</h1><div class='credit'>{credit}</div>{paragraphs}</article></body></html>")


def test_credit_links_found_by_a_headline_opening_with_a_hyphenated_word():
    """Reduplicated words ('Anak-anak', 'Pete-pete') open many Indonesian headlines."""
    html = page_with_credits("Anak-anak Sekolah Dapat Bus Gratis Mulai Pekan Depan",
                             "Penulis: <a href='/p/1'>Rina Wulandari</a> Editor: <a href='/e/2'>Hendra Kusuma</a>")
    assert html_meta(html)["credit_links"] == [("byline", "Rina Wulandari"), ("editor", "Hendra Kusuma")]


def test_credit_label_in_its_own_element():
    """'<span>Editor:</span> <a>X</a>' and '<b>Penulis</b>: <a>X</a>'."""
    html = page_with_credits("Jam Operasional Bus Kota Diperpanjang hingga Malam",
                             "<b>Penulis</b>: <a href='/p/1'>Rina Wulandari</a> "
                             "<span>Editor:</span> <a href='/e/2'>Hendra Kusuma</a>")
    assert credit_links(html, 0, "Jam Operasional Bus Kota Diperpanjang hingga Malam") == [
        ("byline", "Rina Wulandari"), ("editor", "Hendra Kusuma")]


def test_link_after_an_unrelated_element_is_no_credit():
    html = page_with_credits("Jam Operasional Bus Kota Diperpanjang hingga Malam",
                             "<span>Terpopuler</span> <a href='/x'>Harga Cabai Turun</a>")
    assert "credit_links" not in html_meta(html)


def test_same_person_as_writer_and_editor_when_the_credit_box_says_so():
    html = page_with_credits("Jam Operasional Bus Kota Diperpanjang hingga Malam",
                             "Reporter: <a href='/p/1'>Rina Wulandari</a> | Editor: <a href='/p/1'>Rina Wulandari</a>")
    art = extract_pages([Page(source="p.html", raw=html, kind="html")])[0]
    assert art.authors == ["Rina Wulandari"] and art.editors == ["Rina Wulandari"]


def test_writer_is_not_made_editor_without_an_editor_label():
    html = page_with_credits("Jam Operasional Bus Kota Diperpanjang hingga Malam",
                             "Reporter: <a href='/p/1'>Rina Wulandari</a> | Editor: <a href='/e/2'>Hendra Kusuma</a>")
    art = extract_pages([Page(source="p.html", raw=html, kind="html")])[0]
    assert art.authors == ["Rina Wulandari"] and art.editors == ["Hendra Kusuma"]


# --- furniture inside and under the article ------------------------------------------------------------------------


def dump_article(lines: list[str]):
    return extract_pages([Page(source="t.txt", raw="\n".join(lines), kind="text")])[0]


HEAD = ["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", "Oleh Rina Wulandari",
        "Senin, 2 Maret 2026 10:15 WIB"]
FOOT = ["Berita Terkait", "Halte Baru Dibangun di Lima Titik", "Copyright 2026 Contoh Media"]


def test_box_closed_by_name_inside_the_article_is_furniture():
    """'Lewati Podcast dan lanjutkan membaca' ... 'Akhir dari Podcast' (BBC): every line of the box, even a sentence."""
    box = ["Lewati Podcast dan lanjutkan membaca", "Podcast", "Kabar Pagi",
           "Berita, analisis, dan informasi terkini setiap pagi langsung di ponsel Anda.", "Episode",
           "Akhir dari Podcast"]
    art = dump_article([*HEAD, *LEAD[:2], *box, LEAD[2], *FOOT])
    assert art.text.split("\n") == LEAD


def test_list_closed_by_its_heading_is_furniture():
    box = ["Artikel-artikel yang direkomendasikan", "Halte baru dibangun di lima titik koridor timur kota",
           "Tarif bus kota tidak naik meski jam layanan bertambah", "Akhir dari Artikel-artikel yang direkomendasikan"]
    art = dump_article([*HEAD, *LEAD[:2], *box, LEAD[2], *FOOT])
    assert art.text.split("\n") == LEAD


def test_closer_without_its_opener_changes_nothing():
    sentence = ("Akhir dari masa uji coba itu akan ditentukan setelah dinas perhubungan mengevaluasi jumlah penumpang "
                "pada malam hari.")
    art = dump_article([*HEAD, *LEAD, sentence, *FOOT])
    assert sentence in art.text.split("\n")


@pytest.mark.parametrize("line", [
    "Opini ini merupakan pandangan pribadi penulis dan tidak mencerminkan sikap redaksi.",
    "Tulisan ini merupakan pandangan pribadi penulis dan tidak mewakili pandangan redaksi kami.",
    "*) Penulis adalah dosen Fakultas Teknik di sebuah universitas negeri di Surabaya.",
    "The writer is a lecturer in urban planning at a state university in Surabaya.",
])
def test_opinion_disclaimer_and_bio_lines_are_furniture(line):
    art = dump_article([*HEAD, *LEAD, line, *FOOT])
    assert art.text.split("\n") == LEAD


@pytest.mark.parametrize("line", ["Topics : transportasi bus kota halte", "Join the discussions. Log in to comment."])
def test_topic_list_and_comment_prompt_end_the_article(line):
    art = dump_article([*HEAD, *LEAD, line, "Copyright 2026 Contoh Media"])
    assert art.text.split("\n") == LEAD


def bio_page(bio: str) -> Page:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*LEAD, bio])
    return Page(source="o.html", kind="html", raw=(
        "<html><head><title>Kota dan Bus Malam</title><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        "\"headline\":\"Kota dan Bus Malam\",\"author\":{\"@type\":\"Person\",\"name\":\"Rina Wulandari\"}}"
        f"</script></head><body><article><h1>Kota dan Bus Malam</h1>{paragraphs}</article></body></html>"))


def test_bio_opening_with_the_writers_name_after_the_column_is_no_body():
    """'Rina Wulandari adalah peneliti ...' under her column (Media Indonesia, Kompas opinion pages)."""
    art = extract_pages([bio_page("Rina Wulandari adalah peneliti transportasi perkotaan di sebuah lembaga kajian "
                                  "kebijakan publik di Jakarta.")])[0]
    assert art.authors == ["Rina Wulandari"] and art.text.split("\n") == LEAD


def test_last_paragraph_about_someone_else_stays():
    last = ("Hendra Kusuma adalah salah satu penumpang yang setiap malam menunggu bus terakhir di halte pusat kota "
            "setelah pulang bekerja.")
    art = extract_pages([bio_page(last)])[0]
    assert art.text.split("\n") == [*LEAD, last]


# --- agencies -------------------------------------------------------------------------------------------------------


def wire_page(author: str, url: str, after: str = "") -> Page:
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    return Page(source="w.html", kind="html", url=url, raw=(
        "<html><head><title>Bus Kota Beroperasi hingga Malam</title><meta name='author' content='" + author + "'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bus Kota Beroperasi hingga "
        "Malam\",\"author\":{\"@type\":\"Person\",\"name\":\"" + author + "\"}}</script></head><body><article>"
        f"<h1>Bus Kota Beroperasi hingga Malam</h1>{paragraphs}{after}</article></body></html>"))


def test_agency_named_as_the_heads_author_is_the_source():
    """An agency's copy: 'Reuters' as the JSON-LD author and the byline; no person is its author."""
    art = extract_pages([wire_page("Reuters", "https://contoh-berita.id/bisnis/bus-kota")])[0]
    assert art.agencies == ["Reuters"] and art.authors == []


def test_the_site_itself_as_author_is_no_agency():
    art = extract_pages([wire_page("BBC", "https://www.bbc.com/indonesia/articles/abc123")])[0]
    assert "BBC" not in art.agencies


def test_person_as_author_gives_no_agency():
    art = extract_pages([wire_page("Rina Wulandari", "https://contoh-berita.id/bisnis/bus-kota")])[0]
    assert art.agencies == [] and art.authors == ["Rina Wulandari"]


def test_source_line_under_the_body_names_the_agency():
    """'(Sumber: AFP)' (Medcom) or 'Sumber: Reuters' (Kontan) under a translated story."""
    for line in ("(Sumber: AFP)", "Sumber: AFP"):
        art = dump_article([*HEAD, *LEAD, "Baca juga: Halte Baru Dibangun di Lima Titik", line, *FOOT])
        assert art.agencies == ["AFP"], line


def test_source_line_far_below_the_body_is_not_read():
    footer = [f"Berita lain nomor {i} tentang transportasi kota" for i in range(12)]
    art = dump_article([*HEAD, *LEAD, "Berita Terkait", *footer, "(Sumber: AFP)", "Copyright 2026 Contoh Media"])
    assert art.agencies == []


# --- a date only under the headline, outside the main content -------------------------------------------------------


def header_page(date_line: str) -> Page:
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    return Page(source="h.html", kind="html", raw=(
        "<html><head><title>Jam Operasional Bus Kota Diperpanjang hingga Malam</title></head><body>"
        "<div class='menu'><a href='/'>Home</a> <a href='/kota'>Kota</a></div><div class='post'>"
        "<div class='post-title'><h1>Jam Operasional Bus Kota Diperpanjang hingga Malam</h1></div>"
        f"<div class='post-meta'><span>LAPORAN: <a href='/t/rina'>RINA WULANDARI</a></span><span>{date_line}</span></div>"
        "<div class='share'><a href='#'>Facebook</a><a href='#'>Twitter</a></div>"
        f"<div class='post-content'>{paragraphs}</div></div></body></html>"))


def test_lines_under_the_headline_come_from_the_body_not_the_head():
    page = header_page("SENIN, 02 MARET 2026 | 10:15 WIB")
    got = lines_under_headline(page.raw, "Jam Operasional Bus Kota Diperpanjang hingga Malam", 3)
    assert got == ["LAPORAN:", "RINA WULANDARI", "SENIN, 02 MARET 2026 | 10:15 WIB"]


def test_date_and_time_under_the_headline_when_the_head_has_none():
    art = extract_pages([header_page("SENIN, 02 MARET 2026 | 10:15 WIB")])[0]
    assert same_instant(art.published, "2026-03-02T10:15+07:00"), art.published


def test_update_time_under_the_headline_is_no_publication_time():
    art = extract_pages([header_page("Diperbarui 02 Maret 2026, 10:15 WIB")])[0]
    assert "T" not in (art.published or ""), art.published


# --- a chart or table inside the article ----------------------------------------------------------------------------


def test_chart_title_with_its_source_inside_the_article_is_no_headline():
    """A chart's title over 'Sumber: X' between paragraphs (Katadata's Databoks, statistics boxes) reads like a
    headline with a credit under it: the article must not start below it, nor keep the title as a paragraph."""
    chart = ["Jumlah Penumpang Bus Malam per Bulan (2025-2026)", "Sumber: Dinas Perhubungan Kota"]
    more = ("Dinas perhubungan juga akan memasang papan informasi digital di setiap halte sehingga penumpang dapat "
            "mengetahui perkiraan waktu kedatangan bus berikutnya secara langsung.")
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", "Oleh Rina Wulandari",
                        "Senin, 2 Maret 2026 10:15 WIB", *LEAD[:2], *chart, LEAD[2], more, *FOOT])
    assert art.title == "Jam Operasional Bus Kota Diperpanjang hingga Malam"
    assert art.text.split("\n") == [*LEAD, more]


def test_headline_with_its_byline_inside_the_block_still_opens_the_article():
    """The guard: a headline with a byline (not a source) under it below a teaser sentence still opens the article."""
    teaser = ("Pembaca setia kami dapat menikmati semua artikel tanpa iklan dengan berlangganan paket premium "
              "mulai hari ini.")
    art = dump_article(["Beranda Berita", teaser, "Jam Operasional Bus Kota Diperpanjang hingga Malam",
                        "Oleh Rina Wulandari", *LEAD, *FOOT])
    assert art.text.split("\n") == LEAD


# --- inline elements dumped without a space between them -----------------------------------------------------------


def test_link_cue_glued_to_its_headline_is_furniture():
    """'Baca JugaIHSG Dibuka Melemah' (label and link in two inline elements, dumped without a space)."""
    glued = "Baca JugaHalte Baru Dibangun di Lima Titik Koridor Timur"
    art = dump_article([*HEAD, *LEAD[:2], glued, LEAD[2], *FOOT])
    assert art.text.split("\n") == LEAD


def test_share_buttons_glued_into_one_word_are_no_name():
    assert names_in("Rina Wulandari | FacebookXWhatsAppTelegramSalin Link") == ["Rina Wulandari"]
    assert names_in("FacebookTwitterWhatsAppSalin Tautan") == []


def test_a_name_with_one_inner_capital_stays():
    assert names_in("Ronald McDonald") == ["Ronald McDonald"]


# --- credit boxes of opinion pages and of the BBC (dumps) ------------------------------------------------------------


def test_columnists_role_under_his_name_is_no_headline():
    """Name, then his role, then the date under the column's title (Media Indonesia, Kompas opinion pages)."""
    art = dump_article(["Beranda Opini", "Kota dan Bus Malam yang Kita Butuhkan", "Rina Wulandari",
                        "Peneliti Pusat Kajian Transportasi Perkotaan", "02/03/2026 05:00", *LEAD, *FOOT])
    assert art.title == "Kota dan Bus Malam yang Kita Butuhkan"
    assert art.authors == ["Rina Wulandari"] and art.text.split("\n") == LEAD


def test_a_headline_under_a_name_and_over_a_date_is_still_the_headline_when_no_role_word_opens_it():
    """The guard: only an occupation word (meta_cues.json) makes the line between a name and a date a role."""
    art = dump_article(["Beranda Opini", "Rina Wulandari", "Kota dan Bus Malam yang Kita Butuhkan",
                        "02/03/2026 05:00", *LEAD, *FOOT])
    assert art.title == "Kota dan Bus Malam yang Kita Butuhkan"


def test_bbc_reported_from_line_is_no_headline():
    """BBC's credit box: 'Penulis, X' / 'Peranan, Wartawan ...' / 'Melaporkan dari, Place' under the headline."""
    headline = "Bus malam: 'Kami pulang lebih cepat, asal jadwalnya tepat'"
    art = dump_article(["BBC News, Indonesia", "Berita", headline, "Penulis, Rina Wulandari",
                        "Peranan, Wartawan BBC News Indonesia", "Melaporkan dari, Surabaya, Jawa Timur",
                        "2 Maret 2026", *LEAD, *FOOT])
    assert art.title == headline and art.text.split("\n") == LEAD


# --- an uncued byline of separate elements under the headline ------------------------------------------------------


def byline_page(byline: str, head_author: str = "Hendra Kusuma") -> Page:
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    return Page(source="b.html", kind="html", raw=(
        "<html><head><title>Bus Kota Beroperasi hingga Malam</title><script type='application/ld+json'>"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Bus Kota Beroperasi hingga Malam\",\"author\":{\"@type\":"
        f"\"Person\",\"name\":\"{head_author}\"}}}}</script></head><body><div class='head'><h1>Bus Kota Beroperasi "
        f"hingga Malam</h1><div class='author'>{byline}</div><div class='date'>Senin, 2 Maret 2026 | 10:15</div></div>"
        f"<div class='share'><a href='#'>Facebook</a><a href='#'>Twitter</a></div><article>{paragraphs}</article>"
        "<div class='editor'>Editor : Hendra Kusuma</div></body></html>"))


def test_name_dash_outlet_byline_under_the_headline_names_the_writer():
    """Bisnis.com: '<a>Name</a><span>-</span><span>Bisnis.com</span>' (dropped by the main-content filter) while
    the JSON-LD names the editor as author."""
    art = extract_pages([byline_page("<a href='/a/rina'>Rina Wulandari</a><span>-</span><span>Bisnis.com</span>")])[0]
    assert art.authors == ["Rina Wulandari"] and art.editors == ["Hendra Kusuma"]


def test_no_byline_under_the_headline_gives_no_writer():
    art = extract_pages([byline_page("<span>Bisnis.com</span>")])[0]
    assert art.authors == [] and art.editors == ["Hendra Kusuma"]
