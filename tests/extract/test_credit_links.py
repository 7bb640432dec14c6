"""Credit boxes whose names are links ("Penulis <a>X</a> Editor <a>Y</a>"), which resiliparse's main-content filter
drops: html.credit_links reads them near the headline, extract_metadata takes them when the text names nobody."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.html import credit_links, html_meta
from kabar.extract.metadata import extract_metadata
from kabar.records import LineLabels, Page

HEADLINE = "Pemerintah Kota Perluas Jaringan Air Bersih ke Enam Kecamatan"
PARAS = [
    "Pemerintah kota memperluas jaringan pipa air bersih ke enam kecamatan di wilayah timur mulai bulan depan, "
    "setelah survei menunjukkan ribuan rumah tangga masih bergantung pada sumur dangkal yang mudah tercemar.",
    "Kepala dinas pekerjaan umum mengatakan pemasangan pipa utama akan dikerjakan bertahap agar lalu lintas di jalan "
    "protokol tidak terganggu, dan warga akan diberi tahu jadwal pengerjaan di lingkungan masing-masing.",
    "Anggaran proyek berasal dari dana daerah dan pinjaman lunak, sementara tarif sambungan baru untuk keluarga "
    "berpenghasilan rendah akan digratiskan selama tahun pertama sesuai keputusan dewan kota.",
]
NAV = "<nav>" + " ".join(f'<a href="/kanal/{n}">Kanal {n}</a>' for n in range(12)) + "</nav>"


def page(credit_after_h1: str = "", credit_before_h1: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<!doctype html><html lang="id"><head><title>{HEADLINE} | Contoh Warta</title>'
            f'<meta property="og:title" content="{HEADLINE}">{head}</head><body>{NAV}<main><article>'
            f"{credit_before_h1}<h1>{HEADLINE}</h1>{credit_after_h1}{paragraphs}</article></main>"
            "<footer>Copyright 2024 Contoh Warta</footer></body></html>")


def article(raw: str):
    [art] = extract_pages([Page(source="p.html", kind="html", raw=raw)])
    return art


# idntimes-style: label and link in their own divs after the headline
IDN_BOX = ('<div class="author-info"><div class="author-name">Penulis <a href="/penulis/x">Dewi Anggraini</a></div>'
           '<div class="editor-name">Editor <a href="/editor/y">Teguh Prasetyo</a></div></div>')
# merdeka-style: one line, "Reporter : <a>X</a> | Editor : <a>Y</a>", above the headline
MERDEKA_BOX = ('<div class="reporter">Reporter : <a href="/r">Siti Rahmawati</a> | Redaktur : <a href="/e">Bayu '
               'Kurniawan</a></div>')
# viva-style: "Oleh : <a>X</a>" alone
VIVA_BOX = '<div class="main-content-author">Oleh : <a href="/a">Arif Budiman</a></div>'
# Pikiran Rakyat-style (without its JSON-LD): "Penulis:" and "Editor:" boxes of links
PR_BOX = ('<div class="read__info"><div class="read__info__author">Penulis: <a href="/a">Nita Lestari</a></div>'
          '<div class="read__info__editor">Editor: <a href="/e">Yusuf Wijanarko</a></div></div>')
# okezone-style: "Jurnalis <a>X</a>", the writer alone
OKEZONE_BOX = '<div class="namerep">Jurnalis <a href="/a">Fahmi Firdaus</a></div>'
# antara-style: "Pewarta:" and "Editor:" links in spans
ANTARA_BOX = ('<p class="credit"><span>Pewarta: <a href="/p">Lukman Hakim</a></span> <span>Editor: <a href="/e">Rina '
              'Marlina</a></span></p>')


def test_credit_links_read_the_labelled_links_by_the_headline():
    assert credit_links(page(IDN_BOX), 0, HEADLINE) == [("byline", "Dewi Anggraini"), ("editor", "Teguh Prasetyo")]
    assert credit_links(page(credit_before_h1=MERDEKA_BOX), 0, HEADLINE) == [("byline", "Siti Rahmawati"),
                                                                              ("editor", "Bayu Kurniawan")]


def test_idntimes_style_box_gives_author_and_editor():
    art = article(page(IDN_BOX))
    assert art.authors == ["Dewi Anggraini"] and art.editors == ["Teguh Prasetyo"]


def test_pikiran_rakyat_style_box_without_jsonld():
    art = article(page(PR_BOX))
    assert art.authors == ["Nita Lestari"] and art.editors == ["Yusuf Wijanarko"]


def test_okezone_style_reporter_link():
    art = article(page(OKEZONE_BOX))
    assert art.authors == ["Fahmi Firdaus"] and art.editors == []


def test_merdeka_style_box_before_the_headline():
    """(resiliparse keeps this one-line box: its names are read once, not twice)"""
    art = article(page(credit_before_h1=MERDEKA_BOX))
    assert art.authors == ["Siti Rahmawati"] and art.editors == ["Bayu Kurniawan"]


def test_viva_style_author_only():
    """(kept by resiliparse too)"""
    art = article(page(VIVA_BOX))
    assert art.authors == ["Arif Budiman"] and art.editors == []


def test_antara_style_reporter_and_editor():
    """(kept by resiliparse too)"""
    art = article(page(ANTARA_BOX))
    assert art.authors == ["Lukman Hakim"] and art.editors == ["Rina Marlina"]


def test_head_author_is_kept_and_the_box_gives_the_editor():
    head = '<meta name="author" content="Dewi Anggraini">'
    art = article(page(IDN_BOX, head=head))
    assert art.authors == ["Dewi Anggraini"] and art.editors == ["Teguh Prasetyo"]


def test_visible_byline_and_editor_win_over_credit_links():
    lines = [HEADLINE, "Penulis: Hendra Wijaya | Editor: Maya Sari", *PARAS]
    labels = LineLabels(title=1, meta=[2], body=[3, 4, 5])
    meta = {"credit_links": [("byline", "Dewi Anggraini"), ("editor", "Teguh Prasetyo")]}
    result = extract_metadata(lines, labels, PARAS, None, meta)
    assert result["authors"] == ["Hendra Wijaya"] and result["editors"] == ["Maya Sari"]
    without_line = extract_metadata([HEADLINE, *PARAS], LineLabels(title=1, body=[2, 3, 4]), PARAS, None, meta)
    assert without_line["authors"] == ["Dewi Anggraini"] and without_line["editors"] == ["Teguh Prasetyo"]


def test_editors_pick_menu_gives_no_editor():
    menu = ('<div class="menu">Editor\'s Pick <a href="/s/1">Harga Cabai Turun</a> <a href="/s/2">Jalan Tol Baru '
            'Dibuka</a></div><div class="box">Pilihan Editor <a href="/s/3">Banjir Surut Pagi</a></div>')
    assert credit_links(page(menu), 0, HEADLINE) == []
    assert article(page(menu)).editors == []


def test_link_text_that_is_no_name_gives_nobody():
    box = ('<div>Editor: <a href="/e">lihat semua berita terbaru dari redaksi hari ini</a></div>'
           '<div>Oleh-oleh <a href="/tag/kuliner">Kuliner</a></div>')
    art = article(page(box))
    assert art.authors == [] and art.editors == []


def test_no_credit_links_when_the_headline_is_not_in_the_body():
    raw = page(IDN_BOX).replace(f"<h1>{HEADLINE}</h1>", "<h1>Judul Lain Sama Sekali Berbeda Dari Tajuk</h1>")
    assert "credit_links" not in html_meta(raw)
    assert credit_links(page(IDN_BOX), 0, "Pendek") == []
