"""Related-article headlines listed under a lone "Baca Juga" heading inside an article are links, not body:
in the styles of several outlets (with and without a colon, in capitals, with arrows, headlines asking a question),
while the article's own paragraphs and subheadings around such a list stay body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.extract import extract_pages
from kabar.extract.lines import classify_lines
from kabar.records import Page

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "real_html"

PARAGRAPHS = [
    "SURABAYA, KOMPAS.com - Pemerintah kota menetapkan status siaga banjir setelah hujan deras mengguyur sejak Senin "
    "malam hingga Selasa pagi.",
    "Kepala badan penanggulangan bencana daerah mengatakan ketinggian air di beberapa titik mencapai satu meter pada "
    "Selasa pagi.",
    "Warga di bantaran sungai diminta mengungsi ke posko yang disiapkan di sekolah dan masjid terdekat sampai air surut.",
    "Petugas gabungan dari kepolisian dan relawan telah mengevakuasi ratusan warga lanjut usia serta anak-anak sejak "
    "dini hari.",
    "Menurut prakiraan cuaca, hujan dengan intensitas sedang hingga lebat masih akan turun hingga akhir pekan ini.",
    "Pemerintah juga menyiapkan dapur umum dan layanan kesehatan gratis bagi para pengungsi di setiap posko.",
]
HEAD = ["Banjir Rendam Ribuan Rumah di Bantaran Sungai Kota Surabaya", "Kamis, 02 Mei 2024 | 13:53 WIB"]


def page_with(block: list[str], after: int = 3) -> list[str]:
    """A dump (blank line between visible lines) with ``block`` printed after the first ``after`` paragraphs."""
    visible = HEAD + PARAGRAPHS[:after] + block + PARAGRAPHS[after:]
    return "\n\n".join(visible).split("\n")


def body_texts(raw: list[str]) -> list[str]:
    return [raw[n - 1].strip() for n in classify_lines(raw).body]


LINKED = ["Polisi Tangkap Pelaku Pencurian Motor di Bekasi", "Harga Beras Naik Jelang Lebaran di Pasar Induk"]


@pytest.mark.parametrize("heading", [
    "Baca juga:",  # detik, CNN Indonesia
    "Baca Juga",  # republika, liputan6 (no colon)
    "BACA JUGA",  # tribunnews, pikiran-rakyat
    "BACA JUGA:",
    "Baca Juga :",  # okezone
    "Baca juga »",
    "» Baca Juga",
    "Lihat Juga:",
    "Simak juga",
])
def test_headlines_under_a_lone_related_heading_are_not_body(heading):
    raw = page_with([heading, *LINKED])
    body = body_texts(raw)
    assert body == PARAGRAPHS
    labels = classify_lines(raw)
    assert all(raw.index(t) + 1 in labels.boilerplate for t in LINKED)


def test_headlines_asking_or_exclaiming_in_title_case_are_links_too():
    linked = ["Kapan Hujan Berhenti? Ini Penjelasan BMKG", "Apa Saja Syarat Mudik Gratis Tahun 2024?",
              "Awas, Jalan Tol Ditutup Malam Ini!"]
    assert body_texts(page_with(["Baca Juga:", *linked])) == PARAGRAPHS


def test_a_question_in_sentence_case_after_the_heading_is_the_article_resuming():
    question = "Lalu, apa yang harus dilakukan warga yang rumahnya terendam banjir?"
    raw = page_with(["Baca juga:", LINKED[0], question])
    body = body_texts(raw)
    assert question in body and LINKED[0] not in body


def test_subheading_and_paragraphs_after_a_short_list_stay_body():
    raw = page_with(["Baca juga:", LINKED[0], *PARAGRAPHS[3:4], "Dapur Umum dan Layanan Kesehatan"], after=3)
    body = body_texts(raw)
    assert LINKED[0] not in body
    assert "Dapur Umum dan Layanan Kesehatan" in body  # a subheading followed by paragraphs, far from the heading
    assert all(p in body for p in PARAGRAPHS)


def test_a_sentence_about_reading_is_not_a_heading():
    sentence = "Baca juga peraturan daerah nomor 5"  # no cue standing alone: longer than a heading
    raw = page_with([sentence, "Jalur Evakuasi Warga Bantaran Sungai"])
    assert "Jalur Evakuasi Warga Bantaran Sungai" in body_texts(raw)


def test_a_related_heading_above_the_headline_keeps_linked_titles_out_of_the_title():
    raw = "\n\n".join(["BACA JUGA", "Polisi Tangkap Pelaku Pencurian Motor di Kota Bekasi Barat", *HEAD, *PARAGRAPHS])
    lines = raw.split("\n")
    labels = classify_lines(lines)
    assert lines[labels.title - 1] == HEAD[0]


@pytest.mark.parametrize(("name", "linked"), [
    ("republika.txt", ["Kuota Haji Indonesia 2024 Bertambah", "Jamaah Lansia Dapat Pendampingan Khusus"]),
    ("liputan6.txt", ["Jadwal Lengkap Timnas Indonesia di Piala Asia U-23", "Daftar 23 Pemain yang Dibawa ke Qatar"]),
])
def test_real_dumps_lose_their_linked_titles_and_keep_every_paragraph(name, linked):
    raw = (PAGES / "dumps" / name).read_text(encoding="utf-8")
    article = extract_pages([Page(source=name, raw=raw, kind="text")])[0]
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))[name.replace(".txt", ".html")]
    assert all(title not in article.text for title in linked)
    assert article.text.split("\n") == expected["body"]


@pytest.mark.parametrize("link", [
    "[Baca juga: Polisi Tangkap Pelaku Pencurian Motor di Bekasi]",  # bracketed inline links (suara, okezone)
    "(Baca Juga: Harga Beras Naik Jelang Lebaran di Pasar Induk)",
    "[Simak Video: Detik-detik Banjir Rendam Permukiman]",
    "(Advertisement)",
])
def test_a_cue_in_brackets_is_furniture_like_the_bare_cue(link):
    raw = page_with([link])
    assert body_texts(raw) == PARAGRAPHS


@pytest.mark.parametrize("line", ["(2)", "[1]", "(Foto bersama warga)", "(Bersambung)"])
def test_brackets_alone_make_no_cue(line):
    from kabar.extract.features import is_boilerplate_cue, text_features

    assert not is_boilerplate_cue(line, len(line.split())) and not text_features(line)[3]
