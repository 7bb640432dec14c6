"""The cheap gates of the metadata step (added for speed) never skip a text the slow path would find something in."""

from __future__ import annotations

import re

import pytest

from kabar.extract.dates import trie_alternation
from kabar.extract.metadata import _may_cite, find_agencies
from kabar.extract.outlets import agency_mentions, may_name_agencies

# Paragraphs in the styles of many outlets: citations in every case and position, and look-alikes that cite nothing.
PARAGRAPHS = [
    "Seperti dilansir Reuters, korban tewas bertambah menjadi 30 orang.",
    "Hal itu dikutip dari kompas.com pada Senin (26/10/2020).",
    "Menurut laporan detikcom, antrean kendaraan mengular hingga 3 km.",
    "Dilansir dari kumparanNEWS, polisi masih menyelidiki kasus itu.",
    "Kantor berita dpa melaporkan banjir di Bavaria.",
    "Seperti diberitakan The Jakarta Post, harga beras naik.",
    "Mengutip THE NEW YORK TIMES, pejabat itu mengundurkan diri.",
    "Korban tewas mencapai 30 orang. (Ant/Reuters)",
    "Paris (AFP) - Pemerintah Prancis mengumumkan karantina wilayah.",
    "laporan AP menyebutkan sedikitnya 12 orang tewas.",
    "Data itu dilansir dari liputan6.com dan Tempo.co.",
    "Seperti dilansir tvOne, warga mengungsi.",
    "Sumber: REUTERS",
    "\"Kami siap,\" tulis Reuters dalam laporannya.",
    "Menurut data Bloomberg, harga emas naik 0,4 persen.",
    "The Guardian reported that the minister resigned, according to the Associated Press.",
    "the minister said the new rules take effect, via The Times.",
    "Perjanjian itu dibuat antara kedua negara, kata dia.",
    "Ia bekerja untuk (Reuters) sejak lama dan kini pensiun di Jakarta.",
    "The new rules take effect next month, the minister said.",
    "Warga berkumpul di alun-alun sejak pagi untuk menyaksikan upacara.",
    "Menurut AP (35), warga setempat, api muncul dari dapur.",
    "Harga naik 1.5 persen, kata pejabat di Jakarta melalui pesan singkat.",
    "İstanbul'da toplantı, dilansir Anadolu Agency.",
    "",
]


def test_agency_gate_never_skips_a_paragraph_with_a_name():
    gate = may_name_agencies(PARAGRAPHS)
    for text, may in zip(PARAGRAPHS, gate, strict=True):
        if agency_mentions(text):
            assert may, text


def test_agency_gate_skips_paragraphs_without_any_name():
    plain = ["Warga berkumpul di alun-alun sejak pagi.", "The rules take effect next month, the minister said.",
             "Perjanjian itu dibuat antara kedua negara.", "Harga naik 1.5 persen menurut pejabat di Jakarta."]
    assert may_name_agencies(plain) == [False] * len(plain)
    assert may_name_agencies(plain + ["Seperti dilansir Reuters, harga naik."]) == [False] * len(plain) + [True]


def test_agency_gate_alone_per_text_and_together_agree():
    texts = [text for text in PARAGRAPHS if text.isascii()]  # ("İ" anywhere: every text is read)
    assert [may_name_agencies([text])[0] for text in texts] == may_name_agencies(texts)
    assert may_name_agencies(["İstanbul", "Warga berkumpul."]) == [True, True]


def test_citation_gate_keeps_every_paragraph_find_agencies_reads_a_name_in():
    gate = _may_cite(PARAGRAPHS)
    found = [bool(find_agencies(text)) for text in PARAGRAPHS]
    assert sum(found) >= 14  # the fixtures do cite
    assert all(may for may, hit in zip(gate, found, strict=True) if hit)
    assert not gate[PARAGRAPHS.index("Warga berkumpul di alun-alun sejak pagi untuk menyaksikan upacara.")]


WORDS = ["dikutip", "dilansir", "di", "dilaporkan", "dilaporkan oleh", "via", "menurut", "menurut laporan", "x.y", "a+b"]
TEXTS = ["Seperti dilaporkan oleh AFP", "menurut laporan", "dikutip dari", "di sana", "viable", "x.y x-y", "a+b ab",
         "DILANSIR", "tidak ada", "dilaporkan olehnya"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_alternation_matches_as_the_flat_alternation(flags):
    flat = re.compile("|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)), flags)
    trie = re.compile(trie_alternation(WORDS), flags)
    for text in TEXTS:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


OLD_YEAR_ANCHOR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[/.-]\d{1,2}[/.-]\d\d(?!\d)")


@pytest.mark.parametrize("text", [
    "Rabu, 21 Oktober 2020 | 09:20 WIB", "21/10/2020, 09:20", "1.5.20 dan 12-1-19", "tahun 12020 dan 2019a", "x2020",
    "1920 1999 2000 2099 2100 1899", "3/4/567 7.8.90", "22020-10-21", "١٩٨٠ 2020", "", "Kamis (8/10)",
])
def test_year_anchor_finds_what_the_plain_pattern_finds(text):
    from kabar.extract.dates import _YEAR_ANCHOR

    assert [m.span() for m in _YEAR_ANCHOR.finditer(text)] == [m.span() for m in OLD_YEAR_ANCHOR.finditer(text)]


@pytest.mark.parametrize("texts, year", [
    (["Semua berita di situs ini. Copyright © 2019 Kompas.com"], 2019),
    (["COPYRIGHT 2018 ANTARA"], 2018),
    (["Hak Cipta Tempo 2017, dilindungi"], 2017),
    (["(C) 2016 Detik"], 2016),
    (["Warga berkumpul pada 2015 di alun-alun"], None),  # a bare year: neither a full date nor a copyright
    (["Warga berkumpul pada 21 Oktober 2020.", "© 2021 Kompas.com"], 2020),  # a full date wins over copyright
])
def test_year_hint_reads_copyright_lines_in_every_spelling(texts, year):
    from kabar.extract.dates import year_hint

    assert year_hint(texts) == year


META_LINES = [
    "Penulis: Budi Santoso | Editor: Ani", "Budi Santoso", "Budi Santoso, Ani Lestari dan Dedi", "Moh. Kadafi",
    "Rabu, 21 Oktober 2020 | 09:20 WIB", "Andhika Prasetia - detikNews", "Budi . . . . . .", "oleh Budi Santoso",
    "Reporter Senior Kompas Tutup Usia di Jakarta Pada Usia Tujuh Puluh", "Fahreza Rizky, Jurnalis · Rabu, 21/10/2020",
    "Achmad Fauzi | Iwan Supriyatna", "The rules take effect next month in every province of the country",
    "Budi Santoso (Reuters)", "Budi/ANTARA", "Dr. Ahmad Fauzi, M.Si", "Budi diperbarui 21 Oktober 2020 09:20 WIB",
    "– Budi Santoso", "Budi Santoso —", "Kamis (8/10) pukul 10.00", "Jawa Barat | Jawa Tengah", "Budi&Ani",
]


@pytest.mark.parametrize("text", META_LINES)
def test_names_in_with_the_dates_given_equals_names_in_alone(text):
    from kabar.extract.bylines import names_in
    from kabar.extract.dates import find_dates

    assert names_in(text, dates=find_dates(text)) == names_in(text)


def test_names_in_long_single_part_has_no_name_but_dots_do_not_count_as_words():
    from kabar.extract.bylines import names_in

    assert names_in("The rules take effect next month in every province") == []
    assert names_in("Budi Santoso . . . . . .") == ["Budi Santoso"]


@pytest.mark.parametrize("text", META_LINES)
def test_split_marks_never_skip_a_split(text):
    from kabar.extract import bylines, metadata

    for pattern, mark in ((bylines._TAIL_SPLIT, bylines._TAIL_MARK), (bylines._NAME_SEPARATORS, bylines._NAME_MARK),
                          (metadata._SEGMENT_SPLIT, metadata._SEGMENT_MARK), (metadata._PIECES, metadata._SEGMENT_MARK)):
        if not mark.search(text):
            assert pattern.split(text) == [text], (pattern.pattern, text)


def test_meta_line_kinds_of_one_segment_lines():
    from kabar.extract.metadata import meta_line_kind

    assert meta_line_kind("Budi Santoso - detikNews") == "byline"
    assert meta_line_kind("Rabu, 21 Oktober 2020 09:20 WIB") == "date"
    assert meta_line_kind("Harga beras naik 12 persen pada 2020") is None


@pytest.mark.parametrize("text", [
    "Copyright © 2020 Kompas.com", "COPYRIGHT ANTARA", "Hak Cipta Dilindungi", "HAK CIPTA", "hak\tcipta",
    "copyrıght 2020", "COPYRİGHT 2020", "hA\u212a cipta", "Berita terkini hari ini", "", "copy right",
])
def test_copyright_scan_answers_as_the_pattern(text):
    from kabar.extract.metadata import _COPYRIGHT_ANYWHERE, _mentions_copyright

    assert _mentions_copyright(text) == (_COPYRIGHT_ANYWHERE.search(text) is not None)


def test_label_lines_found_with_any_separator_and_case():
    from kabar.extract.metadata import _label_lines

    lines = ["Judul berita", "", "PENULIS :", "Budi Santoso", "", "Editor|", "Ani Lestari", "", "Penulis Budi",
             "Ani Lestari", "Menurut warga,", "Budi Santoso"]
    assert _label_lines(lines, set()) == [3, 6]


@pytest.mark.parametrize("tag", [
    ' property="og:title" content="Judul &amp; Berita"', " name='author' content='Budi'", " name=description content=x",
    ' NAME="Date" CONTENT="2020-10-21" name="pubdate"', ' content="" property="og:url"', ' data-x="a&#39;b" ',
])
def test_tag_attributes_as_the_match_by_match_reading(tag):
    import html

    from kabar.extract.html import ATTR, _attrs

    slow = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "") for m in ATTR.finditer(tag)}
    assert _attrs(tag) == slow


@pytest.mark.parametrize("line, kind", [
    ("The Guardian reports on the new rules", None),  # an agency's name, no mark, no digit: no meta line
    ("Reuters", None),
    ("Andhika Prasetia - detikNews", "byline"),  # segments
    ("JAKARTA, KOMPAS.com -", "dateline"),  # a dateline ends in a dash
    ("Achmad Fauzi | Iwan Supriyatna", "byline"),
    ("Oleh Budi Santoso", "byline"),  # a cue at the start
    ("Budi Santoso · 21 Oktober 2020", "byline"),
    (", Oleh Budi Santoso", "byline"),  # a segment loses its edge commas: the cue then opens it
    ("Rabu 21/10/2020,", "date"),
    ("09:20 WIB", "date"),  # a time alone, with its zone
    ("4:14 p.m.", None),
    ("Budi Santoso 2", None),  # a name and a digit, one segment: neither date nor time
])
def test_unmarked_lines_without_digits_or_cues_are_no_meta_lines(line, kind):
    from kabar.extract.metadata import meta_line_kind

    assert meta_line_kind(line) == kind


@pytest.mark.parametrize("text", ["Copyright 2020", "HAK CIPTA", "copyrıght", "COPYRİGHT", "ſumber", "(C) Tempo", "",
                                  "Berita hari ini", "dilansir dari Kompas.com", "DIKUTIP"])
def test_plain_scans_never_miss_what_the_case_insensitive_pattern_finds(text):
    from kabar.extract.metadata import _lines_holding, _may_contain

    words = ("copyright", "hak cipta", "(c)", "sumber", "dilansir", "dikutip")
    pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    if pattern.search(text):
        assert _may_contain(text, words)
        assert 1 in _lines_holding(["Judul", text, "Penutup"], words)
    assert _may_contain(text, words) or not pattern.search(text)


def test_lines_holding_names_the_lines_in_order():
    from kabar.extract.metadata import _lines_holding

    lines = ["Copyright 2020 Kompas", "badan", "© Tempo", "HAK CIPTA dilindungi", "copyright lagi"]
    assert list(_lines_holding(lines, ("copyright", "hak cipta", "©"))) == [0, 2, 3, 4]


def test_extract_metadata_reads_lines_that_are_not_all_plain_strings():
    from kabar.extract.metadata import extract_metadata

    class Line(str):
        pass

    lines = [Line("Oleh Budi Santoso"), None, "Jakarta - Harga beras naik 12 persen pada Senin (26/10/2020)."]
    result = extract_metadata(lines, None, [lines[2]], None)
    assert result["authors"] == ["Budi Santoso"] and result["dateline"] == "Jakarta"


# --- label lines and dateline-only lines: gates added for speed, compared with the plain computations ---------------

def _dump_lines() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "fixtures"
    return [line for path in sorted(root.glob("whole_dumps*/*.txt"))
            for line in path.read_text(encoding="utf-8").split("\n")]


LABEL_PAGE = ["Penulis", "Budi Santoso", "", "EDITOR:", "Ahmad Fauzi", "  reporter  ", "Rina Wulandari", "Oleh",
              "Sri Wahyuni Lestari", "-", "Penulis Ahmad Fauzi hari ini", "Béatrice", "Jean Dupont", "Foto:",
              "Warga Desa", "Redaktur :", "Kurniawan Eka Mulyana", "x" * 30]


def _label_lines_by_definition(lines: list[str], body_numbers: set[int]) -> list[int]:
    """_label_lines as one walk over every line with no initial-letter gate (the computation it replaced)."""
    from kabar.extract import metadata

    out = []
    for n, text in enumerate(lines, 1):
        text = text.strip()
        if not text or len(text) > 25 or n in body_numbers:
            continue
        if text.isascii() and text.split(None, 1)[0].lower().rstrip(":|-,;") not in metadata._cue_first_words():
            continue
        cued = metadata.cue_segments(text)
        if not cued or len(cued) != 1 or cued[0][2] or cued[0][0] not in ("byline", "editor", "translator"):
            continue
        under = metadata._next_line(lines, n)
        under_at = next((m for m in range(n + 1, min(n + 4, len(lines) + 1)) if lines[m - 1].strip()), None)
        if under and under_at not in body_numbers and metadata.names_in(under):
            out.append(n)
    return out


@pytest.mark.parametrize("lines", [LABEL_PAGE, _dump_lines()], ids=["labels", "whole_dumps"])
def test_label_lines_find_what_the_plain_walk_finds(lines):
    from kabar.extract.metadata import _label_lines

    found = _label_lines(lines, {len(lines)})
    assert found == _label_lines_by_definition(lines, {len(lines)})
    if lines is LABEL_PAGE:
        assert {1, 4, 6} <= set(found)  # (the labels in any case, the padded one too)


DATELINE_ONLY = ["JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "Liputan6.com, Jakarta:", "TEMPO.CO, Jakarta - ",
                 "Jakarta (ANTARA) -", "KONTAN.CO.ID - JAKARTA.", "BOGOR-RADAR BOGOR,", "Suara.com -", "PR BEKASI -",
                 "JAKARTA, KOMPAS.com - Hujan turun.", "Jakarta -", "Jakarta. ", "Jenewa:", "Budi Santoso, Reporter",
                 "Paris (AFP) — ", "Dhaka, bdnews24.com —"]


def _dateline_only_by_definition(text: str) -> str | None:
    from kabar.extract.metadata import parse_dateline

    place, outlet, end = parse_dateline(text + " ")
    if (place or outlet) and not text[end:].strip() and outlet and (place or re.search(r"[-–—]\s*$", text)):
        return "dateline"
    return None


@pytest.mark.parametrize("texts", [DATELINE_ONLY, [t.strip() for t in _dump_lines() if t.strip()]],
                         ids=["datelines", "whole_dumps"])
def test_dateline_only_gate_answers_as_the_parse(texts):
    from kabar.extract.metadata import _dateline_only

    answers = [_dateline_only(t) for t in texts]
    assert answers == [_dateline_only_by_definition(t) for t in texts]
    if texts is DATELINE_ONLY:
        assert "dateline" in answers and None in answers


def test_the_copyright_lines_found_once_serve_both_outlet_readers():
    from kabar.extract.metadata import (
        COPYRIGHT_WORDS,
        _lines_holding,
        _outlet_from_text,
        _unlisted_masthead_outlet,
    )

    page = ["Kabar Pesisir Raya", "Beranda", "Banjir rendam pesisir", "Warga mengungsi sejak pagi.",
            "© 2026 Kabar Pesisir Raya. All rights reserved."]
    at = _lines_holding(page, COPYRIGHT_WORDS)
    assert list(at) == [4]
    assert _unlisted_masthead_outlet(page, at) == _unlisted_masthead_outlet(page) == "Kabar Pesisir Raya"
    assert _outlet_from_text(page, page[3:4], [], at) == _outlet_from_text(page, page[3:4], [])


@pytest.mark.parametrize("lines", [
    ["Judul", "COPYRIGHT © 2026 Kabar", "Hak Cipta Dilindungi", "(C) Pesisir", "isi"],
    ["HA\u212a CIPTA 2026 Kabar", "Beranda", "copyright"],  # (the Kelvin sign lower-cases to "k")
    ["İstanbul", "© 2026"], ["\ud800 copyright 2026", "isi"], ["Ünïcödé ©", "Cöpyright", "copyright’s"], [""], [],
    _dump_lines(),
], ids=["cases", "kelvin", "dotted-i", "surrogate", "accents", "blank", "none", "whole_dumps"])
def test_lines_holding_finds_what_lower_casing_the_page_finds(lines):
    from kabar.extract.metadata import COPYRIGHT_WORDS, _lines_holding, _lines_holding_lowered

    joined = "\n".join(lines)
    assert list(_lines_holding(lines, COPYRIGHT_WORDS)) == list(_lines_holding_lowered(joined, lines, COPYRIGHT_WORDS))
