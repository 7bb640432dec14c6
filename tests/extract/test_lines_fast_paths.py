"""The line classifier's gates and shortcuts (added for speed) give the answers of the plain computations they
replace, on lines in the styles of many outlets."""

from __future__ import annotations

import re

import pytest

from kabar.data import load_lines
from kabar.extract import features
from kabar.extract.lines import choose_title, credit_line_kind, page_features

# Captions and their look-alikes: credits at the end in brackets, after a slash, after "Foto:", agency credits,
# and ordinary lines with the same punctuation (URLs, dates, ratios, parentheses) that are not captions.
CAPTION_LIKE = [
    "Warga mengungsi ke masjid saat banjir melanda Kampung Melayu, Senin (1/1/2024). (ANTARA FOTO/Aprillio Akbar)",
    "Petugas memadamkan api di Pasar Senen, Jakarta Pusat, Kamis (25/4/2024). (KOMPAS.com/RENI SUSANTI)",
    "Suasana rapat paripurna DPR di Senayan. [Suara.com/Ema Rohimah]",
    "Presiden meninjau lokasi gempa di Cianjur. /Twitter/@setkabgoid",
    "Kemacetan di jalan tol Cikampek menjelang libur panjang/Net",
    "Ilustrasi uang rupiah. Tribunnews/Jeprima",
    "Foto: Pemandangan Danau Toba dari Bukit Holbung diambil dari udara pagi hari",
    "REUTERS/Aziz Karimov",
    "TEMPO/Imam Sukamto",
    "Kompas.com/Garry Lotulung",
    "Tangkapan layar video yang beredar di media sosial (Instagram/@info_jakarta)",
    "Gubernur menyampaikan sambutan (dok. Humas Pemprov)",
    "Baca selengkapnya di https://www.example.co.id/berita/2024/01/01/judul-berita",
    "Harga cabai naik menjadi Rp 80.000/kg di Pasar Induk Kramat Jati, Rabu (3/1/2024).",
    "Skor akhir 2:1 untuk tuan rumah (babak pertama 1:0)",
    "Pertandingan berlangsung pukul 19.30 WIB (live di TV nasional)",
    "Catatan: data sementara per 12/10/2023",
    "Ia berkata: harga BBM tidak naik tahun ini / belum diputuskan",
    "Penulis: Ahmad Fauzi / Editor: Budi Santoso",
    "Menurut dia, 3/4 warga setuju.",
]


def _one_alternation_caption(text: str) -> bool:
    """is_caption as one search with every pattern, without the punctuation gates."""
    patterns = load_lines("extract/caption_patterns.txt")
    head = re.compile("|".join(f"(?:{p.removeprefix('^')})" for p in patterns if p.startswith("^")), re.IGNORECASE)
    tail = re.compile("|".join(f"(?:{p})" for p in patterns if not p.startswith("^")), re.IGNORECASE)
    if head.match(text, 0, features.CAPTION_HEAD):
        return True
    return tail.search(text[-features.CAPTION_TAIL:]) is not None


@pytest.mark.parametrize("text", CAPTION_LIKE)
def test_caption_gates_answer_as_one_search_over_every_pattern(text):
    assert features.is_caption(text) == _one_alternation_caption(text)


def test_caption_fixtures_hold_captions_and_look_alikes():
    answers = [features.is_caption(t) for t in CAPTION_LIKE]
    assert any(answers) and not all(answers)  # the list above tests both sides of the gates


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"\((?:[^()]{0,40}foto[^()]{0,80})\)\s*$", "()"),
    (r"\s/\s?[A-Z]\w*$", "/"),
    (r"(?-i:\.\s+[A-Z]\w*\s?/\s?[A-Z]\w+$)", "./"),  # scoped flags: literals inside still required
    (r"(?:foto|image)\s*:\s*[^.]{2,80}$", ":"),
    (r"(?:/|\|)x$", ""),  # either of two: neither is required
    (r"(?:/)?x$", ""),  # optional
    (r"(?:/){2,3}x$", "/"),  # repeated at least once
    (r"[(\[]x[)\]]$", ""),  # a class: no single character is required
    (r"(", ""),  # unparsable: no gate rather than a wrong one
])
def test_required_punctuation_is_what_every_match_contains(pattern, needed):
    assert features._required_punctuation(pattern) == needed


@pytest.mark.parametrize("text", [
    "Editor: M Bayu", "oleh Budi Santoso", "Penulis Ahmad Fauzi", "Rizky Pratama, Jurnalis", "Kamis, 02 Mei 2024 | 13:53",
    "Jakarta - Pemerintah menaikkan harga BBM mulai pekan depan, kata menteri.", "Laporan Keuangan Triwulan",
])
def test_page_features_meta_is_the_credit_kind_or_a_date_line(text):
    [line] = page_features([text])
    expected = credit_line_kind(text) if line.words <= 12 else None
    assert line.meta == (expected or ("date" if line.date else None))


def test_page_features_marks_repeats_case_insensitively():
    lines = page_features(["Banjir Rendam Jakarta", "", "Banjir rendam jakarta", "Banjir Rendam Bekasi"])
    assert [line.duplicate for line in lines] == [False, True, False]
    assert [line.number for line in lines] == [1, 3, 4]


def _slow_repeated_choice(prefix):
    """choose_title's "first candidate printed twice" rule as it was first written (a scan per candidate)."""
    from kabar.extract.lines import _title_candidate

    candidates = [i for i, line in enumerate(prefix) if _title_candidate(line)]
    return [i for i in candidates
            if any(x.duplicate and x.text.lower() == prefix[i].text.lower() for x in prefix[i + 1:])]


def test_headline_printed_twice_is_chosen_when_no_byline_or_date_anchors_one():
    raw = ["Beranda", "Ekonomi", "Harga Cabai Rawit Melonjak Jelang Ramadan di Pasar Induk", "Menu Utama Lainnya Hari Ini",
           "Harga cabai rawit melonjak jelang Ramadan di pasar induk", "Warga Antre Minyak Goreng Murah di Balai Kota"]
    prefix = page_features(raw)
    assert _slow_repeated_choice(prefix) == [2]
    assert prefix[choose_title(prefix)].text == raw[2]
