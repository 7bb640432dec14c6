"""Names in bylines and credit lines: cues, splitting, proper case, tails cut off."""

from __future__ import annotations

import pytest

from kabar.extract.bylines import cue_segments, names_in, proper_case
from kabar.extract.metadata import people_in_line


@pytest.mark.parametrize(("raw", "cased"), [
    ("SARAH MEILIANA GUNAWAN", "Sarah Meiliana Gunawan"),
    ("M Bayu Pratama", "M Bayu Pratama"),
    ("M. FIKRI SETIAWAN", "M. Fikri Setiawan"),
    ("ROBERT O'BRIEN", "Robert O'Brien"),
    ("siti nurhaliza", "Siti Nurhaliza"),
    ("Andi SETIAWAN", "Andi Setiawan"),
    ("McDonald Siregar", "McDonald Siregar"),
    ("AHMAD BIN ABDULLAH", "Ahmad bin Abdullah"),
    ("Siti binti Hasan", "Siti binti Hasan"),
])
def test_proper_case(raw, cased):
    assert proper_case(raw) == cased


@pytest.mark.parametrize(("rest", "names"), [
    ("Natasha Khairunisa Amani diperbarui 26 Okt 2020, 14:32 WIB", ["Natasha Khairunisa Amani"]),
    ("SARAH MEILIANA GUNAWAN", ["Sarah Meiliana Gunawan"]),
    ("Fitria Chusna Farisa dan Diamanty Meiliana", ["Fitria Chusna Farisa", "Diamanty Meiliana"]),
    ("Ihsanuddin, Kristian Erdianto", ["Ihsanuddin", "Kristian Erdianto"]),
    ("Tribunnews.com, Igman Ibrahim", ["Igman Ibrahim"]),
    ("Fahreza Rizky , Jurnalis", ["Fahreza Rizky"]),
    ("Andhika Prasetia - detikNews", ["Andhika Prasetia"]),
    ("Budi Santoso | Rabu, 21 Oktober 2020", ["Budi Santoso"]),
    ("Suwanti", ["Suwanti"]),
    ("Dr. Ahmad Fauzi, M.Si", ["Dr. Ahmad Fauzi"]),  # opinion column with a degree
    ("Prof. Siti Zuhro, Ph.D.", ["Prof. Siti Zuhro"]),
    ("Reuters", []),  # an agency, not a person
    ("Jill Disis, CNN Business", ["Jill Disis"]),  # the desk of an outlet is not a person
    ("karena itu pemerintah menunda", []),
    ("Redaksi", []),
    ("Tim Liputan6.com", []),
    ("Kementerian Luar Negeri Rusia menyatakan bahwa perang harus berakhir segera", []),
    ("", []),
])
def test_names_in(rest, names):
    assert names_in(rest) == names


def test_cue_segments_split_on_labelled_cues():
    segments = cue_segments("Penulis: Fitria Chusna Farisa Editor: Diamanty Meiliana")
    assert [(k, r) for k, _, r in segments] == [("byline", "Fitria Chusna Farisa"), ("editor", "Diamanty Meiliana")]


def test_cue_segments_need_separator_for_sentence_words():
    assert cue_segments("Sumber di kepolisian mengatakan hal itu") is None
    assert cue_segments("Red Bull Racing juara lagi") is None
    assert cue_segments("Sumber: Reuters")[0][0] == "credit"
    assert cue_segments("Red: Agus Yulianto")[0][0] == "editor"
    assert cue_segments("oleh Budi Santoso")[0][0] == "byline"


@pytest.mark.parametrize(("line", "kind", "expected"), [
    ("Penulis: Fitria Chusna Farisa | Editor: Diamanty Meiliana", "byline",
     [("byline", "Fitria Chusna Farisa"), ("editor", "Diamanty Meiliana")]),
    ("RABU, 21 OKTOBER 2020 | 09:20 WIB | LAPORAN: SARAH MEILIANA GUNAWAN", "date",
     [("byline", "SARAH MEILIANA GUNAWAN")]),
    ("Andhika Prasetia - detikNews", "byline", [("byline", "Andhika Prasetia")]),
    ("Reporter: Abdul Basith Bardan | Editor: Tendi Mahadi", "byline",
     [("byline", "Abdul Basith Bardan"), ("editor", "Tendi Mahadi")]),
    ("Penerjemah: Suwanti", "translator", [("translator", "Suwanti")]),
    ("Selasa, 20 Okt 2020 13:45 WIB", "date", []),
])
def test_people_in_line(line, kind, expected):
    assert people_in_line(line, kind) == expected
