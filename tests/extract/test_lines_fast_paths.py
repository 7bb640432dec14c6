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


def _slow_template_lines(pages, min_pages=3, min_share=0.3):
    """template_lines as first written: the set of distinct signatures per (group, line)."""
    from collections import defaultdict

    signatures, line_pages = defaultdict(set), defaultdict(set)
    for group, signature, lines in pages:
        signatures[group].add(signature)
        for line in lines:
            line_pages[(group, line)].add(signature)
    out = defaultdict(set)
    for (group, line), sigs in line_pages.items():
        if len(sigs) >= min_pages and len(sigs) >= min_share * len(signatures[group]):
            out[group].add(line)
    return {group: frozenset(lines) for group, lines in out.items()}


def test_template_count_by_distinct_pages_matches_the_per_line_count():
    from kabar.extract.templates import page_template_keys, template_lines

    menu = ["Beranda", "News", "Bisnis", "Bola", "Berita Terkini", "Copyright © 2024 Kompas.com"]

    def page(n, extra=()):
        return menu[: 3 + n % 4] + [f"Judul Berita Nomor {n} Tentang Banjir", f"Isi berita {n} yang cukup panjang "
                                    f"untuk menjadi tanda tangan halaman ini dan tidak ada di halaman lain."] + list(extra)

    keys = [page_template_keys(page(n), f"https://www.kompas.com/read/{n}") for n in range(7)]
    keys += [page_template_keys(page(1, ["Tag: banjir"]), "https://www.kompas.com/read/1")]  # a copy of page 1
    keys += [page_template_keys(page(n), f"https://detik.com/{n}") for n in range(2)]  # too few pages
    keys += [page_template_keys(page(n, ["Iklan"]), None) for n in range(4)]  # no url: pooled under ""
    found = template_lines(keys)
    assert found == _slow_template_lines(keys)
    assert "beranda" in found["kompas.com"] and "detik.com" not in found and "iklan" in found[""]


@pytest.mark.parametrize("raw", [
    ["  Beranda  ", "", "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas "
     "empat belas lima belas", "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga",
     "» Berita Terkini «", "A\tB  C", "İstanbul Haberleri"],
])
def test_template_keys_are_line_keys_of_the_short_lines(raw):
    from kabar.extract.features import line_key
    from kabar.extract.templates import MAX_WORDS, page_template_keys

    _, _, short = page_template_keys(raw, None)
    expected = {line_key(t) for t in (r.strip() for r in raw) if t and len(t.split()) <= MAX_WORDS} - {""}
    assert short == expected


OUTLET_LINES = CAPTION_LIKE + [
    "Baca Juga:", "Baca juga: Harga BBM Naik Mulai Besok", "BACA JUGA : Banjir Rendam Jakarta", "Advertisement",
    "Scroll to continue with content", "Simak Video Berikut Ini:", "Video Pilihan", "Daftar pemilih tetap bertambah "
    "menjadi 204 juta orang menurut KPU pada Senin.", "Halaman 1/2", "1 2 3 Selanjutnya", "Page 2 of 3",
    "Home > News > Nasional", "Beranda » Ekonomi » Makro", "| Bisnis", "Berita Terkait", "Terpopuler", "TERKINI",
    "Komentar (12)", "Leave a Reply", "More from Tempo", "Tulis Komentar", "12 Comments", "Kamis, 02 Mei 2024 | 13:53",
    "- 24 Oktober 2020, 06:25 WIB", "RABU, 21 OKTOBER 2020 | 09:20 WIB", "Chris Davies - Nov 19, 2019, 10:31 pm CST",
    "Posted on Maret 30, 2015 by Admin", "Diperbarui 26 Okt 2020, 14:32 WIB", "Senin, 7 Oktober 2024.",
    "JAKARTA, KOMPAS.com - Hujan deras.", "Liputan6.com, Jakarta - Ada.", "TEMPO.CO, Jakarta - Ya.",
    "(ANTARA) - Harga turun.", "Presiden Joko Widodo meresmikan jalan tol yang menghubungkan dua provinsi di Sumatera "
    "pada Senin pagi bersama para menteri dan gubernur setempat", "Copyright © 2024 Kompas.com. All rights reserved.",
    "↓ Baca selengkapnya ↓", "» Lihat Juga", "***", "—", "[Baca juga: Harga BBM Naik]", "(Advertisement)", "(2)",
    "一个很长的中文标题没有空格但是有很多字符在这里", "İstanbul'da toplantı",
]


@pytest.mark.parametrize("text", OUTLET_LINES)
def test_text_features_equal_the_separate_checks(text):
    f = features
    words = len(text.split())
    expected = (
        words,
        bool(f.TERMINAL.search(text[-f.TERMINAL_TAIL:])) and text[-1] in f.TERMINAL_CHARS,
        f.stop_ratio(text) if words >= f.LONG_LINE_WORDS else 0.0,
        f.is_boilerplate_cue(text, words),
        f.is_caption(text),
        len(text) <= f.PREFIX_SPAN and f.is_list_heading(text),
        len(text) <= f.PREFIX_SPAN and f.is_end_marker(text),
        words <= f.DATE_LINE_TOKENS and bool(f.DIGIT.search(text)) and f.is_date_line(text, f.WORD.findall(text)),
        None,  # dateline: below
    )
    got = f.text_features(text)
    terminal = got[1]
    assert got[0] == expected[0] or words <= 2 and f.CJK.search(text)
    assert got[1:2] == expected[1:2]
    assert got[2] == (expected[2] if not terminal else 0.0)
    assert got[3:8] == expected[3:8]
    assert got[8] == (terminal and got[0] < f.SENTENCE_MIN_WORDS and f.has_dateline(text))


def test_outlet_lines_exercise_every_feature():
    rows = [features.text_features(t) for t in OUTLET_LINES]
    for k in range(1, 9):
        values = {bool(r[k]) for r in rows}
        assert values == {True, False}, k


def _slow_is_date_line(text, tokens):
    """is_date_line as first written (generators, the numeric-date pattern searched where needed)."""
    f = features
    if not tokens or len(tokens) > f.DATE_LINE_TOKENS:
        return False
    cal = f.calendar_words()
    lowered = [t.lower() for t in tokens]
    named = sum(1 for t in lowered if t in cal)
    dateish = named + sum(1 for t in tokens if t.isdigit())
    has_date = named > 0 or f.NUMERIC_DATE.search(text) is not None
    if has_date and dateish >= 2 and dateish >= 0.6 * len(tokens) and len(tokens) <= 12:
        return True
    if text.endswith(".") or not (f.NUMERIC_DATE.search(text) or f.FULL_DATE.search(text)):
        return False
    return bool(f.TIME.search(text)) or not f._set("extract/posting_cues.txt").isdisjoint(lowered)


@pytest.mark.parametrize("text", OUTLET_LINES)
def test_date_line_check_answers_as_first_written(text):
    tokens = features.WORD.findall(text)
    assert features.is_date_line(text, tokens) == _slow_is_date_line(text, tokens)


@pytest.mark.parametrize("text", [
    "Satu dua tiga", "Satu  dua", "Satu\tdua tiga", "Satu\u00a0dua tiga", "Satu\u3000dua", "Satu\u2009dua", "x",
    "Satu\u200bdua",  # a zero-width space is not whitespace: one word for split() too
])
def test_word_count_shortcut_counts_as_split(text):
    assert features.text_features(text)[0] == len(text.split())


@pytest.mark.parametrize("text", [*OUTLET_LINES, "a › b", "x • y", "Rabu · 12:00", "1 > 0", "nav | menu"])
def test_navigation_character_test_equals_the_pattern(text):
    assert features._has_nav_char(text) == (features.NAV_CHAR.search(text) is not None)


SIMILARITY_PAIRS = [
    ("Banjir Rendam Ribuan Rumah di Kampung Melayu", "Banjir rendam ribuan rumah di Kampung Melayu - Kompas.com"),
    ("Harga Cabai Naik Jadi Rp 80.000/kg", "HARGA CABAI NAIK: Rp 80.000 per kg!"),
    ("Wali Kota Tinjau Lokasi Longsor", "Longsor, wali kota tinjau lokasi... (video)"),
    ("Berita Terkait", "Presiden Resmikan Jalan Tol Baru di Sumatera"),
    ("don't stop — e-commerce's rise", "Don’t stop: E-Commerce's rise"),
    ("...", "Judul"),
    ("", ""),
]


@pytest.mark.parametrize(("a", "b"), SIMILARITY_PAIRS)
def test_similarity_from_cached_word_sets_is_the_plain_jaccard(a: str, b: str) -> None:
    from kabar.extract.lines import _similarity

    wa, wb = set(features.normalise(a).split()), set(features.normalise(b).split())
    plain = len(wa & wb) / len(wa | wb) if wa and wb else 0.0
    assert _similarity(a, b) == plain
    assert _similarity(a, b) == _similarity(a, b)  # (the second time from the cache)


def test_caption_prefix_marks_the_shorter_copy_of_a_caption() -> None:
    caption = "Warga mengungsi ke masjid saat banjir melanda Kampung Melayu. /Twitter/@info_jakarta"
    lines = page_features(["Warga mengungsi ke masjid saat banjir melanda Kampung Melayu.", caption,
                           "Menu Utama"])
    assert lines[1].caption and lines[0].caption  # the bare copy above the credited one
    assert not lines[2].caption  # too short to count as a copy


def test_clear_text_caches_forgets_every_line_seen():
    from kabar.extract import features, lines

    page = ["Beranda | Nasional | Olahraga", "Judul Berita Hari Ini", "Penulis: Budi Santoso", "Isi berita."]
    lines.classify(page)
    per_text = (lines._cached_meta_kind, lines._line_facts, features.is_menu_row, lines._headline_shaped)
    assert all(c.cache_info().currsize for c in per_text)
    lines.clear_text_caches()
    assert not any(c.cache_info().currsize for c in (*per_text, lines._word_set, lines._content_words))


HEADLINE_CASE_LINES = [
    "Can a Person Survive Eating Only Beef?", "Polisi Tangkap Dua Pelaku Pencurian Motor.",
    "Kapolda Metro Jaya Irjen Karyoto dan Wakapolda Suyudi meninjau lokasi banjir.",
    "Harga cabai naik menjadi Rp 80.000 per kilogram di pasar induk.", "Presiden Joko Widodo Tiba di Bandung 2024.",
    "Apa Saja Syarat Mudik Gratis 2024?", "Related coverage from Money:", "Ini Dia.", "Warga Desa Sukamaju Panen Raya.",
    "Menteri Keuangan Sri Mulyani Indrawati menyampaikan Laporan Keuangan Pemerintah Pusat Tahun 2023.",
    "Kata Dia: Kami Siap Bertanding Lagi Minggu Depan!", "1 2 3 4 5.", "Ia pergi.", "The Minister Said So, and left.",
]


def _headline_case_by_definition(text: str, words: int) -> bool:
    from kabar.extract import lines

    if not lines.HEADLINE_CASE_MIN_WORDS <= words <= lines.HEADLINE_CASE_MAX_WORDS or text.endswith(":"):
        return False
    content = [w for w in features.WORD.findall(text) if not w.isdigit() and w.lower() not in features.stop_words()]
    if len(content) < lines.HEADLINE_CASE_CONTENT_WORDS:
        return False
    return all(w[0].isupper() for w in content)


@pytest.mark.parametrize("text", HEADLINE_CASE_LINES)
def test_headline_case_stopping_at_the_first_lower_case_word_equals_its_definition(text):
    from kabar.extract.lines import _headline_case

    for words in (len(text.split()), 3, 26):
        assert _headline_case(text, words) == _headline_case_by_definition(text, words)


def test_headline_case_fixtures_hold_both_answers():
    from kabar.extract.lines import _headline_case

    answers = [_headline_case(t, len(t.split())) for t in HEADLINE_CASE_LINES]
    assert any(answers) and not all(answers)


def test_sentence_answers_short_lines_first_as_its_full_test_does():
    import itertools

    def by_definition(x: features.LineFeatures) -> bool:
        if x.cue or x.caption or x.duplicate or x.template or x.date or x.meta is not None or x.headline_case:
            return False
        if x.terminal and (x.words >= features.SENTENCE_MIN_WORDS
                           or x.dateline and x.words >= features.DATELINE_SENTENCE_WORDS):
            return True
        return x.words >= features.LONG_LINE_WORDS and x.stop_ratio >= features.MIN_STOP_RATIO

    for words, terminal, dateline, stop, noisy, meta, headline in itertools.product(
            range(0, 20), (False, True), (False, True), (0.0, 0.5), (False, True), (None, "date"), (False, True)):
        line = features.LineFeatures(1, "x", words, terminal, stop, noisy, False, False, False, False, dateline, meta,
                                     False, False, headline)
        assert line.sentence == by_definition(line)


def test_clear_text_caches_also_forgets_template_keys_dates_and_outlet_groups():
    from kabar.extract import dates, lines, templates
    from kabar.extract.pipeline import extract_pages
    from kabar.records import Page

    raw = "Beranda\n\nJudul Berita Hari Ini\n\nRabu, 21 Oktober 2020 | 09:20 WIB\n\nWarga desa menggelar panen raya."
    pages = [Page(source=str(n), raw=raw, url=f"https://www.contoh.co.id/berita/{n}") for n in range(3)]
    extract_pages(pages)  # (three pages of one outlet: its lines are keyed for template lines)
    cached = (templates.short_line_key, dates._found_dates, templates.page_group)
    assert all(c.cache_info().currsize for c in cached)
    lines.clear_text_caches()  # (bench/extract.py times extraction cold)
    assert not any(c.cache_info().currsize for c in cached)
