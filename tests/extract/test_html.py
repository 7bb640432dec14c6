"""HTML pages: visible lines through the same classifier, head metadata (JSON-LD, Open Graph) for title and dates."""

from __future__ import annotations

import json

from kabar.extract import extract_pages
from kabar.extract.html import headline, html_meta
from kabar.records import Article, Page

JSONLD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": "Kabar Contoh"},
        {"@type": "NewsArticle", "headline": "Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah",
         "datePublished": "2022-11-21T13:45:00+07:00", "author": [{"@type": "Person", "name": "Rina Amelia"}],
         "publisher": {"@type": "Organization", "name": "Kabar Contoh"}},
    ],
}

PAGE = f"""<!DOCTYPE html><html lang="id"><head>
<title>Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah | Kabar Contoh</title>
<meta property="og:title" content="Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah">
<meta name="description" content="Gempa magnitudo 5,6 mengguncang Cianjur, Jawa Barat, Senin siang.">
<meta property="article:published_time" content="2022-11-21T13:45:00+07:00">
<script type="application/ld+json">{json.dumps(JSONLD)}</script>
<script>var ads = "Baca juga iklan";</script>
</head><body>
<nav><a href="/">Beranda</a> <a href="/news">News</a> <a href="/sport">Olahraga</a></nav>
<div class="breadcrumb">Home &gt; News &gt; Regional</div>
<article>
<h1>Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah</h1>
<div class="date">Senin, 21 Nov 2022 13:45 WIB</div>
<figure><img src="a.jpg"><figcaption>Warga berkumpul di luar rumah. (ANTARA FOTO/Raisan Al Farisi)</figcaption></figure>
<p>Cianjur - Gempa bermagnitudo 5,6 mengguncang Kabupaten <b>Cianjur</b>, Jawa Barat, pada Senin siang.</p>
<p>Warga berhamburan keluar rumah ketika guncangan terasa cukup kuat selama beberapa detik.</p>
<p>Baca juga: <a href="/x">BMKG Catat Puluhan Gempa Susulan</a></p>
<p>Badan penanggulangan bencana daerah masih mendata kerusakan bangunan dan jumlah korban.</p>
</article>
<aside><h3>Terpopuler</h3><ul><li>Harga Emas Turun Hari Ini</li><li>Jadwal Liga Inggris Pekan Ini</li></ul></aside>
<footer>Copyright 2022 Kabar Contoh. All rights reserved.</footer>
</body></html>"""


def test_html_meta_reads_jsonld_graph_and_open_graph():
    meta = html_meta(PAGE)
    assert meta["headline"] == "Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah"
    assert meta["published"] == "2022-11-21T13:45:00+07:00"
    assert meta["authors"] == ["Rina Amelia"]
    assert meta["publisher"] == "Kabar Contoh"
    assert meta["language"] == "id"
    assert headline({"title": "Harga Emas Naik | Kabar Contoh", "site_name": "Kabar Contoh"}) == "Harga Emas Naik"
    assert headline({"og_title": "Warga Mengungsi | Kompas.com"}) == "Warga Mengungsi"
    assert headline({"title": "Harga Cabai Naik Halaman all - Kompas.com"}) == "Harga Cabai Naik"
    assert headline({"title": "Pemain Timnas Cedera | Republika Online"}) == "Pemain Timnas Cedera"
    assert headline({"title": "Banjir Jakarta - Ribuan Warga Mengungsi"}) == "Banjir Jakarta - Ribuan Warga Mengungsi"
    assert headline({"title": "Gempa Guncang Cianjur - detikNews"}) == "Gempa Guncang Cianjur"


def test_html_page_gives_the_same_article_record():
    (article,) = extract_pages([Page(source="cianjur.html", raw=PAGE, kind="html", url="https://contoh.id/a/1")])
    assert isinstance(article, Article)
    assert article.title == "Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah"
    assert article.description.startswith("Gempa magnitudo 5,6")
    assert article.paragraphs == [
        "Cianjur - Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin siang.",
        "Warga berhamburan keluar rumah ketika guncangan terasa cukup kuat selama beberapa detik.",
        "Badan penanggulangan bencana daerah masih mendata kerusakan bangunan dan jumlah korban.",
    ]
    assert article.lines is None
    assert article.language == "id"


def test_truncated_html_still_yields_what_it_has():
    cut = PAGE[: PAGE.index("Warga berhamburan keluar rumah ketika")]
    (article,) = extract_pages([Page(source="cut.html", raw=cut, kind="html")])
    assert isinstance(article, Article)
    assert article.text.startswith("Cianjur - Gempa bermagnitudo 5,6")


def fixture_article(name):
    from tests.conftest import FIXTURES

    raw = (FIXTURES / "html" / name).read_text(encoding="utf-8")
    (article,) = extract_pages([Page(source=name, raw=raw, kind="html")])
    return article


def test_detik_style_page_body_without_ads_links_video_teaser_and_initials():
    article = fixture_article("detik-style.html")
    assert article.title == "Warga Bekasi Keluhkan Air PDAM Keruh Sejak Sepekan"
    paras = article.paragraphs
    assert paras[0].startswith("Bekasi - Warga di sejumlah perumahan")
    assert paras[-1].startswith("Sejumlah pelanggan meminta PDAM")
    assert "Pelanggan Minta Kompensasi" in paras  # subheading stays in the body
    joined = article.text
    for furniture in ("ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga", "Gambas", "(yoe/dhn)", "Terpopuler",
                      "Copyright", "Simak Video", "komentar"):
        assert furniture not in joined
    assert len(paras) == 6


def test_kompas_style_page_body_with_subheading_and_no_related_lists():
    article = fixture_article("kompas-style.html")
    assert article.title == "Harga Beras Medium Naik, Pemerintah Gelar Operasi Pasar"
    assert article.paragraphs[0].startswith("JAKARTA, KOMPAS.com - Pemerintah menggelar operasi pasar")
    assert "Harga di Pasar Induk" in article.paragraphs
    assert article.paragraphs[-1].startswith('"Pasokan dari daerah sentra')
    assert "Baca juga" not in article.text and "Gaji ke-13" not in article.text and "Penulis" not in article.text


def test_headline_printed_below_a_kicker_sentence_is_the_title_not_body():
    page = """<html><head><meta property="og:title" content="Banjir Rendam Ribuan Rumah di Kabupaten Bandung"></head>
<body><div class="article"><p>Hujan deras mengguyur sejak sore dan belum berhenti hingga malam hari ini.</p>
<h1>Banjir Rendam Ribuan Rumah di Kabupaten Bandung</h1>
<p>Bandung - Banjir merendam ribuan rumah di tiga kecamatan di Kabupaten Bandung sejak Selasa malam kemarin.</p>
<p>Warga mengungsi ke masjid dan balai desa sambil menunggu air surut, kata petugas di lokasi.</p>
<p>Petugas gabungan mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak.</p></div></body></html>"""
    (article,) = extract_pages([Page(source="kicker.html", raw=page, kind="html")])
    assert article.title == "Banjir Rendam Ribuan Rumah di Kabupaten Bandung"
    assert article.paragraphs[0].startswith("Bandung - Banjir merendam")
    assert "Banjir Rendam Ribuan Rumah di Kabupaten Bandung" not in article.paragraphs


def test_short_lines_between_paragraphs_of_an_html_article_stay_in_the_body():
    # (a <ul> would be dropped by resiliparse's main-content filter itself; short <p> lines are kept)
    items = "".join(f"<p>Kelurahan nomor {n} di Jakarta Timur</p>" for n in range(1, 7))
    page = f"""<html><head><meta property="og:title" content="Enam Kelurahan Masuk Zona Merah Banjir"></head><body>
<article><h1>Enam Kelurahan Masuk Zona Merah Banjir</h1>
<p>Jakarta - Pemerintah kota menetapkan enam kelurahan sebagai zona merah banjir menjelang puncak musim hujan.</p>
{items}
<p>Warga di kelurahan tersebut diminta menyiapkan tas siaga bencana dan memantau ketinggian air sungai.</p>
<p>Petugas juga menyiagakan perahu karet dan pompa air di sejumlah titik yang rawan tergenang.</p>
</article></body></html>"""
    (article,) = extract_pages([Page(source="list.html", raw=page, kind="html")])
    assert article.paragraphs[0].startswith("Jakarta - Pemerintah kota")
    assert article.paragraphs[-1].startswith("Petugas juga menyiagakan")
    assert "Kelurahan nomor 3 di Jakarta Timur" in article.paragraphs


def test_liputan6_style_page_over_two_page_blocks_with_subheading():
    article = fixture_article("liputan6-style.html")
    assert article.title == "Pemerintah Salurkan Bantuan Beras untuk 21 Juta Keluarga"
    assert article.description == "Bantuan beras 10 kilogram disalurkan setiap bulan hingga Juni."
    assert article.paragraphs[0].startswith("Liputan6.com, Jakarta - Pemerintah mulai menyalurkan")
    assert article.paragraphs[-1].startswith("Direktur utama Bulog memastikan")
    assert "Stok Beras Aman" in article.paragraphs
    for furniture in ("Advertisement", "Baca Juga", "Saksikan Video", "Tags", "Terpopuler", "oleh Tira"):
        assert furniture not in article.text


def test_head_tags_are_read_only_up_to_the_head_end():
    page = ('<html><head><title>Judul Berita</title><meta property="og:title" content="Judul Kepala">'
            '<link rel="canonical" href="https://contoh.co.id/a"></head><body>'
            '<meta name="description" content="bukan kepala"><link rel="canonical" href="https://lain.id/b">'
            '<title>Bukan</title><p>Isi.</p></body></html>')
    meta = html_meta(page)
    assert meta["title"] == "Judul Berita" and meta["og_title"] == "Judul Kepala"
    assert meta["url"] == "https://contoh.co.id/a" and "description" not in meta


def test_a_page_without_a_head_end_is_read_in_its_first_200000_characters():
    early = '<meta name="description" content="Ringkasan awal">'
    late = '<meta property="og:title" content="Terlambat">'
    meta = html_meta(early + " " * 200_000 + late)
    assert meta["description"] == "Ringkasan awal" and "og_title" not in meta
    cut = html_meta(" " * (200_000 - 20) + late)  # the tag runs past the limit: not read
    assert "og_title" not in cut


def test_a_tag_inside_a_head_tags_attribute_is_read_as_the_separate_searches_read_it():
    # (html_meta reads the head's <meta>, <link> and its end in one scan; a "<" inside a tag sends it back to the
    # separate searches, which find a tag that starts inside another one)
    hidden_link = ('<html><head><meta name="keywords" content="<link rel=canonical href=https://contoh.id/a>">'
                   '<link rel="canonical" href="https://contoh.id/b"></head><body><p>Isi.</p></body></html>')
    assert html_meta(hidden_link)["url"] == "https://contoh.id/a"
    hidden_end = ('<html><head><meta name="x" content="</head>"><meta property="og:title" content="Judul">'
                  '</head><body></body></html>')
    assert "og_title" not in html_meta(hidden_end)  # the head ends at the first "</head>", in the attribute
    plain = ('<html><head><META property="og:title" content="Judul"><LINK REL=canonical href="https://contoh.id/c">'
             '<link rel="stylesheet" href="s.css"></head><body></body></html>')
    assert html_meta(plain)["og_title"] == "Judul" and html_meta(plain)["url"] == "https://contoh.id/c"


def test_head_end_is_the_same_whether_html_meta_or_a_search_found_it():
    from kabar.extract import html as html_module

    for page in ('<head><meta name="a" content="b"></head ><body>x', '<html><meta name="a"><body class="b">',
                 '<meta name="a" content="<body>">', "no tags at all", '<link rel="x"><BODY>'):
        html_meta(page)
        found = html_module.head_end(page)
        match = html_module.HEAD_END.search(page)
        assert found == (match.start() if match else None), page


def test_the_remembered_headline_search_answers_only_for_the_same_page_title_and_start():
    from kabar.extract import html as html_module

    def fresh(page, title, limit):
        html_module._last_headline = html_module._last_pieces = None
        return html_module.lines_under_headline(page, title, limit)

    one = ("<html><head></head><body><h1>Harga Cabai Naik Tajam di Pasar</h1><span>Oleh: Ani</span><span>Senin</span>"
           "<h2>Banjir Melanda Kota Lama Lagi</h2><span>Oleh: Budi</span></body></html>")
    other = one.replace("Ani", "Citra")
    asks = [(one, "Harga Cabai Naik Tajam di Pasar", 2), (one, "Banjir Melanda Kota Lama Lagi", 2),
            (one, "Banjir Melanda Kota Lama Lagi", 1), (other, "Harga Cabai Naik Tajam di Pasar", 2),
            (one, "Harga Cabai Naik Tajam di Pasar", 2), (one, None, 2)]
    expected = [fresh(page, title, limit) for page, title, limit in asks]
    assert expected[0] == ["Oleh: Ani", "Senin"] and expected[1] == ["Oleh: Budi"] and expected[3][0] == "Oleh: Citra"
    html_module._last_headline = html_module._last_pieces = None
    got = [html_module.lines_under_headline(page, title, limit) for page, title, limit in asks]
    assert got == expected
    got[0].append("changed by a caller")
    assert html_module.lines_under_headline(*asks[0]) == expected[0]  # (each caller gets its own list)


def test_canonical_link_is_found_in_any_case_and_with_letters_re_folds():
    def page(link):
        return f'<html><head><link rel="stylesheet" href="a.css">{link}</head><body></body></html>'

    assert html_meta(page('<LINK REL="CANONICAL" HREF="https://contoh.id/a">'))["url"] == "https://contoh.id/a"
    # (IGNORECASE matches "İ" for "i": the gate before the pattern must not skip it)
    assert html_meta(page('<link rel="canonİcal" href="https://contoh.id/b">'))["url"] == "https://contoh.id/b"
    assert "url" not in html_meta(page('<link rel="alternate" href="https://contoh.id/c">'))


def test_jsonld_blocks_are_read_between_stray_mentions_of_json_in_any_case():
    from kabar.extract.html import _jsonld_blocks

    page = ('<html><head><script src="a+json.js"></script><script type="application/LD+JSON">{"a": 1}</script>'
            '</head><body><p>x+json y</p><script type=application/ld+json>{"b": 2}</SCRIPT><p>+Json</p>'
            '<script type="application/ld+json">{"c": 3}</body></html>')
    assert list(_jsonld_blocks(page)) == ['{"a": 1}', '{"b": 2}']  # (the last has no </script>: not read)
    assert list(_jsonld_blocks("<p>no structured data</p>")) == []


def test_a_page_holds_a_time_tag_only_as_written():
    from kabar.extract.html import _holds_time_tag

    assert _holds_time_tag('<p>x</p><time datetime="2026-11-24">24 November</time>')
    assert not _holds_time_tag("<p>time</p><TIME>") and not _holds_time_tag("<p>no tags of time</p>")
