"""A box of related links inside an article ("Berita Terkait" between two paragraphs) is dropped and the body goes
on below it; after the article it still ends the body (kabar.extract.lines._soften_related_boxes)."""

from __future__ import annotations

import pytest

from kabar.extract.lines import classify_lines

HEAD = ["Beranda", "Nasional", "Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang", "Kamis, 07 Desember 2023 10:15 WIB"]
BEFORE = [
    "Semarang - Banjir rob merendam ratusan rumah warga di kawasan pesisir utara Semarang sejak Rabu malam.",
    "Ketinggian air di permukiman warga mencapai lutut orang dewasa dan membuat aktivitas warga terganggu.",
]
AFTER = [
    "Badan Penanggulangan Bencana Daerah mendirikan dapur umum bagi warga yang rumahnya terendam banjir rob.",
    "Petugas juga menyiagakan perahu karet untuk membantu warga pesisir yang hendak mengungsi ke tempat lebih tinggi.",
]
BOX = ["Gelombang Tinggi Diprediksi Terjang Pantai Selatan Jawa", "Warga Demak Bangun Tanggul Darurat dari Karung Pasir",
       "Kamis, 07 Desember 2023"]
FOOTER = ["Terpopuler", "Harga Emas Hari Ini Turun Tipis", "Tentang Kami", "Pedoman Media Siber"]


def _labels(lines: list[str]):
    raw = "\n\n".join(lines).split("\n")
    labels = classify_lines(raw)
    return raw, labels


def _texts(raw: list[str], numbers: list[int]) -> list[str]:
    return [raw[n - 1] for n in numbers]


@pytest.mark.parametrize("heading", ["Berita Terkait", "BERITA TERKAIT", "Artikel Terkait:", "Related articles"])
def test_the_body_goes_on_below_a_related_box_between_two_paragraphs(heading):
    raw, labels = _labels([*HEAD, *BEFORE, heading, *BOX, *AFTER, *FOOTER])
    assert _texts(raw, labels.body) == BEFORE + AFTER
    assert {heading, *BOX} <= set(_texts(raw, labels.boilerplate))


def test_a_related_box_after_the_writers_credit_ends_the_article():
    """Below the byline and credits the article is over: the teasers after the box are other stories, though they
    share its words."""
    teasers = ["Warga pesisir Semarang mulai membersihkan rumah dari lumpur setelah banjir rob surut pada pagi hari.",
               "Pemerintah kota menyiapkan pompa tambahan untuk menyedot air banjir rob dari permukiman warga."]
    raw, labels = _labels([*HEAD, *BEFORE, *AFTER, "Editor: Rina Amelia", "Berita Terkait", *BOX[:2], *teasers])
    assert _texts(raw, labels.body) == BEFORE + AFTER


def test_a_headline_in_title_case_after_the_box_is_one_more_link():
    """"Kapan Banjir Rob Surut? Ini Kata BMKG" reads like a sentence by its question mark; in title case it is a
    linked headline, and what follows it is not the article's."""
    raw, labels = _labels([*HEAD, *BEFORE, "Berita Terkait", *BOX, "Kapan Banjir Rob di Pesisir Semarang Surut?",
                           "Warga pesisir Semarang berharap banjir rob segera surut agar bisa kembali bekerja seperti biasa."])
    assert _texts(raw, labels.body) == BEFORE


def test_text_after_the_box_that_does_not_go_on_with_the_article_stays_out():
    """The outlet's self-description below a related box shares no words with the article."""
    about = ["Portal ini dikelola perusahaan pers yang terverifikasi Dewan Pers sebagai media siber nasional.",
             "Seluruh konten dilindungi undang-undang hak cipta dan tidak boleh diterbitkan ulang tanpa izin."]
    raw, labels = _labels([*HEAD, *BEFORE, "Berita Terkait", *BOX[:2], *about])
    assert _texts(raw, labels.body) == BEFORE


def test_the_articles_subheading_under_a_box_of_title_case_links_stays_in_the_body():
    """Indonesian outlets set linked headlines in title case; a sentence-case line right under them, above the
    next paragraph, is the article's own subheading."""
    raw, labels = _labels([*HEAD, *BEFORE, "Berita Terkait", *BOX[:2], "Dapur umum untuk warga", *AFTER, *FOOTER])
    assert _texts(raw, labels.body) == BEFORE + ["Dapur umum untuk warga"] + AFTER


def test_a_second_box_right_under_the_first_is_dropped_too():
    raw, labels = _labels([*HEAD, *BEFORE, "Berita Terkait", *BOX[:2], "Artikel Terkait", BOX[0], *AFTER, *FOOTER])
    assert _texts(raw, labels.body) == BEFORE + AFTER


def test_links_in_sentence_case_are_all_links():
    """Where every linked headline is in sentence case (English outlets), none of them is taken for a subheading."""
    links = ["Hong Kong uprising: protesters send a warning to the city government", "Students under siege in the university"]
    before = ["Police said the demonstrators inside the university had no option but to come out and surrender.",
              "The siege of the university campus entered its third day on Tuesday as supplies ran low."]
    after = ["Many of the protesters inside the university campus wear masks to shield their identities.",
             "Police said the demonstrators would be arrested as they leave the campus of the university."]
    raw, labels = _labels(["Home", "World", "Police Tighten Siege of University Campus", "By Laura Lane",
                           *before, "Related articles", *links, *after, "Most read", "Weather warning for the weekend"])
    assert _texts(raw, labels.body) == before + after
