"""Date, byline, editor, agency and dateline forms of Indonesian outlets, line by line and in small pages."""

from __future__ import annotations

import pytest

from kabar.extract.dates import parse_published
from kabar.extract.metadata import meta_line_kind, parse_dateline, people_in_line
from tests.extract.labelled import page


@pytest.mark.parametrize("line, kind, people", [
    ("Jurnalis: Fahreza Rizky", "byline", [("byline", "Fahreza Rizky")]),  # okezone
    ("Reporter: Dimas Choirul", "byline", [("byline", "Dimas Choirul")]),  # sindonews
    ("Oleh : Rifki Arsilan", "byline", [("byline", "Rifki Arsilan")]),  # viva
    ("Reporter : Rizky Andwika Editor : Antonius Suryo", "byline",  # merdeka, on one line
     [("byline", "Rizky Andwika"), ("editor", "Antonius Suryo")]),
    ("Penulis: Fathan Sinaga Editor: Adil Pratama", "byline", [("byline", "Fathan Sinaga"), ("editor", "Adil Pratama")]),
    ("Penulis: Reynas Abdila | Editor: Dewi Agustina", "byline",  # tribun
     [("byline", "Reynas Abdila"), ("editor", "Dewi Agustina")]),
    ("Published by Dwi Agustiar", "byline", [("byline", "Dwi Agustiar")]),  # idntimes
    ("Editor: Wahyu Sudoyo", "editor", [("editor", "Wahyu Sudoyo")]),
    ("Redaktur : Budi Santoso", "editor", [("editor", "Budi Santoso")]),
    ("Sumber: Antara", "credit", [("credit", "Antara")]),
])
def test_people_lines(line, kind, people):
    assert meta_line_kind(line) == kind
    assert people_in_line(line, kind) == people


@pytest.mark.parametrize("line, iso, cue", [
    ("Senin, 2 Nov 2020 14:05 WIB", "2020-11-02T14:05+07:00", "date"),
    ("Senin, 02 November 2020 - 14:05 WIB", "2020-11-02T14:05+07:00", "date"),
    ("Senin, 2 November 2020 | 14:05 WIB", "2020-11-02T14:05+07:00", "date"),
    ("Senin, 2/11/2020 14:05 WIB", "2020-11-02T14:05+07:00", "date"),
    ("2 Nov 2020 14:05 WITA", "2020-11-02T14:05+08:00", "date"),
    ("Senin, 2 Nov 2020 14:05 WIT", "2020-11-02T14:05+09:00", "date"),
    ("Diperbarui 2 Nov 2020, 16:10 WIB", "2020-11-02T16:10+07:00", "updated"),
    ("Diperbarui: Senin, 2 November 2020 16:10 WIB", "2020-11-02T16:10+07:00", "updated"),
    ("Update: 2 November 2020 16:10 WIB", "2020-11-02T16:10+07:00", "updated"),
    ("Dipublikasikan: 2 November 2020 14:05 WIB", "2020-11-02T14:05+07:00", "published"),
    ("02 November 2020 14:05", "2020-11-02", "date"),  # no zone stated: the date alone
])
def test_date_lines(line, iso, cue):
    assert meta_line_kind(line) == "date"
    assert parse_published(line) == (iso, cue)


@pytest.mark.parametrize("line", ["2 jam yang lalu", "5 menit yang lalu", "Kemarin, 14:05", "Dibaca: 1.234 kali"])
def test_relative_times_and_counters_state_no_date(line):
    # "2 jam yang lalu" needs the time the page was fetched, which a dump does not carry: no date rather than a guess
    assert parse_published(line) == (None, None)
    assert meta_line_kind(line) is None


@pytest.mark.parametrize("lead, place, outlet", [
    ("Jakarta, CNBC Indonesia - Harga emas naik.", "Jakarta", "CNBC Indonesia"),
    ("Bisnis.com, JAKARTA - Harga emas naik.", "Jakarta", "Bisnis.com"),
    ("KONTAN.CO.ID - JAKARTA. Harga emas naik.", "Jakarta", "Kontan"),
    ("Suara.com - Harga emas naik.", None, "Suara.com"),
    ("Jakarta, IDN Times - Harga emas naik.", "Jakarta", "IDN Times"),
    ("MAKASSAR, TRIBUN-TIMUR.COM - Banjir merendam.", "Makassar", "Tribun-Timur.com"),  # a dash inside the name
    ("Liputan6.com, Jakarta- Harga emas naik.", "Jakarta", "Liputan6.com"),
])
def test_datelines(lead, place, outlet):
    found_place, found_outlet, _ = parse_dateline(lead)
    assert (found_place, found_outlet) == (place, outlet)



IDNTIMES = """
T Harga Emas Antam Naik Rp5.000 per Gram
M Published by Dwi Agustiar
M Diperbarui 2 Nov 2020, 16:10 WIB
M Senin, 2 Nov 2020 14:05 WIB
X Dibaca: 1.234 kali
B Jakarta, IDN Times - Harga emas batangan produksi PT Aneka Tambang naik Rp5.000 per gram pada perdagangan hari ini.
B Kenaikan itu mengikuti harga emas dunia yang menguat setelah data ekonomi Amerika Serikat dirilis, dikutip dari Reuters.
"""


def test_idntimes_style_page_prefers_the_publication_date():
    meta = page(IDNTIMES)
    assert meta["published"] == "2020-11-02T14:05+07:00"
    assert meta["authors"] == ["Dwi Agustiar"]
    assert meta["outlet"] == "IDN Times"
    assert meta["dateline"] == "Jakarta"
    assert meta["agencies"] == ["Reuters"]


MERDEKA = """
T Harga Emas Antam Naik Rp5.000 per Gram
M Reporter : Rizky Andwika Editor : Antonius Suryo
M Senin, 2 November 2020 14:05
B Merdeka.com - Harga emas batangan produksi PT Aneka Tambang naik Rp5.000 per gram pada perdagangan hari ini.
B Kenaikan itu mengikuti harga emas dunia yang menguat setelah data ekonomi Amerika Serikat dirilis.
"""


def test_merdeka_style_page():
    meta = page(MERDEKA)
    assert meta["authors"] == ["Rizky Andwika"]
    assert meta["editors"] == ["Antonius Suryo"]
    assert meta["outlet"] == "Merdeka.com"
    assert meta["published"] == "2020-11-02T14:05+07:00"  # no zone on the page: the outlet's (WIB)
    assert meta["published_basis"] == "byline, zone of the outlet"


RELATIVE = """
T Harga Emas Antam Naik Rp5.000 per Gram
M 2 jam yang lalu
M Jurnalis: Fahreza Rizky
B Harga emas batangan produksi PT Aneka Tambang naik Rp5.000 per gram pada perdagangan hari ini.
B Kenaikan itu mengikuti harga emas dunia yang menguat setelah data ekonomi Amerika Serikat dirilis.
"""


def test_an_outlet_of_central_indonesia_reads_its_time_in_wita():
    meta = page("T Banjir Rendam Makassar\nM Senin, 2 November 2020 14:05\nB MAKASSAR, TRIBUN-TIMUR.COM - Banjir merendam "
                "sejumlah kawasan di Makassar sejak pagi.\nB Warga diminta tetap waspada karena hujan masih turun.")
    assert meta["outlet"] == "Tribun-Timur.com"
    assert meta["published"] == "2020-11-02T14:05+08:00"


def test_a_stated_zone_wins_over_the_outlets():
    meta = page("T Banjir Rendam Makassar\nM Senin, 2 November 2020 14:05 WIB\nB MAKASSAR, TRIBUN-TIMUR.COM - Banjir "
                "merendam sejumlah kawasan di Makassar sejak pagi.\nB Warga diminta tetap waspada karena hujan masih turun.")
    assert meta["published"] == "2020-11-02T14:05+07:00"


def test_a_page_with_only_a_relative_time_states_no_date():
    meta = page(RELATIVE)
    assert meta["published"] is None
    assert meta["authors"] == ["Fahreza Rizky"]


@pytest.mark.parametrize("line, iso", [
    ("Selasa, 24 Nov 2020 10:30 WIB · 5 menit baca", "2020-11-24T10:30+07:00"),  # reading time beside the date
    ("Selasa, 24 November 2020 - 10:30 WIB | Waktu baca 3 menit", "2020-11-24T10:30+07:00"),
    ("Jakarta, Selasa, 24 November 2020", "2020-11-24"),  # the place the page was written in
    ("Selasa, 24 Nov 2020 10:30 WIB Jakarta", "2020-11-24T10:30+07:00"),
    ("Published November 20th, 2019 - 07:29 GMT", "2019-11-20T07:29+00:00"),  # English ordinals
])
def test_date_lines_with_notes_places_and_ordinals(line, iso):
    assert meta_line_kind(line) == "date"
    assert parse_published(line)[0] == iso


def test_a_date_beside_an_ordinary_word_is_no_date_line():
    assert meta_line_kind("Presiden Selasa, 24 November 2020") is None


@pytest.mark.parametrize("line, cue", [
    ("First Published: Tuesday, November 19, 2019 08:38 AM", "published"),
    ("Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", "date"),
    ("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", "published"),
])
def test_publication_and_update_cues(line, cue):
    assert meta_line_kind(line) == "date"
    assert parse_published(line) == ("2019-11-19" if "19," in line else "2019-11-18T18:54+00:00", cue)


@pytest.mark.parametrize("line", [
    "Jumat, 20 November 2020 - 19:03 WIB Oleh: Budi Santoso",
    "Diposting pada 20 November 2020 oleh Budi Santoso",
    "Posted on November 20, 2020 by Budi Santoso",
])
def test_a_date_then_its_writer_on_one_line(line):
    kind = meta_line_kind(line)
    assert kind == "date"
    assert people_in_line(line, kind) == [("byline", "Budi Santoso")]
    assert parse_published(line)[0].startswith("2020-11-20")


def test_a_date_then_an_ordinary_phrase_is_no_byline():
    assert meta_line_kind("Senin, 2 Nov 2020 oleh karena itu") is None


def test_writer_then_date_with_seconds_inews_style():
    line = "Dewi Maharani · Minggu, 12 Mei 2024 - 20:15:00 WIB"
    assert meta_line_kind(line) == "byline"
    assert people_in_line(line, "byline") == [("byline", "Dewi Maharani")]
    assert parse_published(line)[0] == "2024-05-12T20:15+07:00"


def test_a_time_with_seconds_on_the_line_under_the_date():
    meta = page("T Harga Emas Naik\nM Minggu, 12 Mei 2024\nM 20:15:00 WIB\n"
                "B Harga emas batangan naik Rp5.000 per gram pada perdagangan hari ini menurut data resmi.")
    assert meta["published"] == "2024-05-12T20:15+07:00"
