"""In-article lists of HTML pages: kept when they stand between paragraphs, dropped when they are links only."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.extract import extract_pages
from kabar.extract.html import HTMLTree, keep_article_lists, parse, visible_lines
from kabar.records import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html_lists"


def _article(name: str):
    return extract_pages([Page(source=name, raw=(FIXTURES / name).read_text(encoding="utf-8"), kind="html")])[0]


def test_shallow_list_between_paragraphs_is_body():
    text = _article("tempo-style-list.html").text
    assert "Operasi pasar digelar serentak di tiga puluh kota" in text
    assert "Pengawasan gudang distributor diperketat" in text
    assert text.index("Menteri Perdagangan mengatakan") < text.index("Operasi pasar") < text.index("Ia menambahkan")


def test_link_lists_between_paragraphs_and_after_the_article_stay_out():
    text = _article("tempo-style-list.html").text
    assert "Baca juga" not in text
    assert "Petani Keluhkan Harga Pupuk" not in text


def test_list_with_links_in_its_sentences_is_body():
    text = _article("antara-style-linked-list.html").text
    assert "Kartu tanda penduduk asli yang masih berlaku" in text
    assert "Nomor telepon aktif untuk menerima pesan konfirmasi" in text


@pytest.mark.parametrize("name", ["tempo-style-list.html", "antara-style-linked-list.html"])
def test_resiliparse_alone_drops_these_lists(name):
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    alone = "\n".join(visible_lines(HTMLTree.parse(raw)))
    kept = "\n".join(visible_lines(parse(raw)))
    item = "Operasi pasar digelar" if name.startswith("tempo") else "Nomor telepon aktif"
    assert item not in alone and item in kept


@pytest.mark.parametrize("html", [
    "<p>Satu.</p><ul><li>Dua tiga empat.</li></ul>",  # no block after it
    "<div>Satu.</div><ul><li>Dua tiga.</li></ul><p>Empat.</p>",  # no paragraph before it
    "<p>Satu.</p><ul><li>Dua<ul><li>tiga</li></ul></li></ul><p>Empat.</p>",  # nested: left as it is
    "<p>Satu.</p><ul><li>Dua tiga.</li><p>Empat.</p>",  # never closed
    "<p>Satu.</p><ulx><li>Dua.</li></ulx><p>Empat.</p>",  # not a list
    "<p>Satu.</p><ul><li><a href=a>Judul lain</a></li><li><a href=b>Judul lain lagi</a></li></ul><p>Empat.</p>",
    "<p>Satu.</p><ul></ul><p>Empat.</p>",  # no item
    "<ul><li>A.</li></ul><p>Satu.</p><ul class='x",  # truncated page: the tag never ends
    "<p>Satu.</p><ul\n",
    "</ul><p>Satu.</p><ul class='x",
])
def test_lists_left_alone(html):
    assert keep_article_lists(html) == html


@pytest.mark.parametrize("html, expected", [
    ("<p>Satu.</p>\n<ul class=x><li>Dua.</li></ul>\n<p>Tiga.</p>", "<p>Satu.</p>\n<ol class=x><li>Dua.</li></ol>\n<p>Tiga.</p>"),
    ("<H2>Daftar</H2><UL><LI>Dua <A href=x>tiga</A> empat lima.</LI></UL><P>Enam.</P>",
     "<H2>Daftar</H2><ol><LI>Dua <A href=x>tiga</A> empat lima.</LI></ol><P>Enam.</P>"),
    ("<p>A.</p><ul><li>B.</li></ul><p>C.</p><ul><li>D.</li></ul><h3>E</h3>",
     "<p>A.</p><ol><li>B.</li></ol><p>C.</p><ol><li>D.</li></ol><h3>E</h3>"),
])
def test_lists_between_text_blocks_become_ordered_lists(html, expected):
    assert keep_article_lists(html) == expected
