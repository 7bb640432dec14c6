"""Metadata of HTML pages through the whole extraction step (text cues first, head tags where the text is silent)."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.metadata import extract_metadata
from kabar.records import LineLabels, Page

PARAS = " ".join(["Warga diminta tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan."] * 3)

DETIK_HTML = f"""<!doctype html><html lang="id"><head>
<title>Banjir Rendam Kemang - detikNews</title>
<meta property="og:site_name" content="detikNews">
<meta name="dtk:publishdate" content="2020/10/21 09:20:00">
<meta property="article:published_time" content="2020-10-21T09:20:00+07:00">
<meta name="author" content="Andhika Prasetia">
</head><body>
<nav><a href="/">Home</a> <a href="/berita">Berita</a></nav>
<article>
<h1>Banjir Rendam Kawasan Kemang Jakarta Selatan</h1>
<div class="author">Andhika Prasetia - detikNews</div>
<div class="date">Rabu, 21 Okt 2020 09:20 WIB</div>
<p>Jakarta - Banjir merendam kawasan Kemang, Jakarta Selatan, setelah hujan deras mengguyur sejak pagi. {PARAS}</p>
<p>"Air mulai naik pukul 06.00," kata seorang warga kepada wartawan, seperti dilansir Reuters. {PARAS}</p>
<p>Petugas pemadam kebakaran mengerahkan perahu karet untuk mengevakuasi warga lanjut usia. {PARAS}</p>
</article>
<footer>Copyright © 2020 detikcom. All rights reserved.</footer>
</body></html>"""


def test_detik_style_html_page():
    [article] = extract_pages([Page(source="detik.html", raw=DETIK_HTML, kind="html",
                                    url="https://news.detik.com/berita/d-5221234/banjir")])
    assert article.outlet == "detikcom"
    assert article.dateline == "Jakarta"
    assert article.published == "2020-10-21T09:20+07:00"
    assert article.authors == ["Andhika Prasetia"]
    assert article.agencies == ["Reuters"]


def test_meta_tag_gives_the_zone_a_text_date_lacks():
    lines = ["Judul", "21 Oktober 2020 9:20", "Isi berita yang cukup panjang untuk menjadi sebuah paragraf."]
    labels = LineLabels(title=1, meta=[2], body=[3])
    meta = extract_metadata(lines, labels, [lines[2]], None, {"published": "2020-10-21T09:20:00+07:00"})
    assert meta["published"] == "2020-10-21T09:20+07:00"
    other_day = extract_metadata(lines, labels, [lines[2]], None, {"published": "2020-10-22T09:20:00+07:00"})
    assert other_day["published"] == "2020-10-21"  # the page's own text wins when they disagree
