"""Publication dates in the forms Indonesian pages write them, and dates inferred from the body."""

from __future__ import annotations

import pytest

from kabar.extract.dates import find_dates, infer_published, lead_dateline_date, parse_published, year_hint


@pytest.mark.parametrize(("text", "iso"), [
    ("RABU, 21 OKTOBER 2020 | 09:20 WIB | LAPORAN: SARAH MEILIANA GUNAWAN", "2020-10-21T09:20+07:00"),  # rmol
    ("- 24 Oktober 2020, 06:25 WIB", "2020-10-24T06:25+07:00"),  # pikiran-rakyat
    ("Kompas.com - 21/10/2020, 09:20 WIB", "2020-10-21T09:20+07:00"),  # kompas
    ("Selasa, 20 Okt 2020 13:45 WIB", "2020-10-20T13:45+07:00"),  # detik, cnnindonesia
    ("Rabu 21 Oct 2020 09:20 WIB", "2020-10-21T09:20+07:00"),  # republika
    ("Kamis, 22 Oktober 2020 - 14:05 WITA", "2020-10-22T14:05+08:00"),  # a Makassar outlet
    ("Jumat, 23 Oktober 2020 | 08.30 WIT", "2020-10-23T08:30+09:00"),  # dotted time, Papua zone
    ("Rabu, 21 Oktober 2020 / 09:20 WIB", "2020-10-21T09:20+07:00"),  # kontan
    ("Senin, 2 Nop 2020 pukul 10.00 WIB", "2020-11-02T10:00+07:00"),  # old month spelling
    ("Sabtu, 7 Agu 2021 19:00 (WIB)", "2021-08-07T19:00+07:00"),
    ("2020-10-21T09:20:00+07:00", "2020-10-21T09:20+07:00"),  # meta tag
    ("2020-10-21T02:20:00Z", "2020-10-21T02:20+00:00"),
    ("2020/10/21 09:20:00", "2020-10-21"),  # a tag without zone
    ("October 21, 2020 9:20 WIB", "2020-10-21T09:20+07:00"),  # English edition
    ("21 Oktober 2020", "2020-10-21"),
    ("21 Oktober 2020 9:20", "2020-10-21"),  # kumparan: a time without zone is not an instant
    ("Rabu, 21/10/20 09:20 WIB", "2020-10-21T09:20+07:00"),
    ("09:20 WIB - Rabu, 21 Oktober 2020", "2020-10-21T09:20+07:00"),  # time first
    ("Rabu, 21-10-2020 / 09:20 WIB", "2020-10-21T09:20+07:00"),
])
def test_meta_line_forms(text, iso):
    assert parse_published(text)[0] == iso


def test_publication_cue_beats_update_cue():
    text = "Diperbarui 27 Okt 2020, 08:00 WIB | Diterbitkan 26 Okt 2020, 14:32 WIB"
    assert parse_published(text) == ("2020-10-26T14:32+07:00", "published")


def test_update_only_is_reported_as_update():
    assert parse_published("oleh Natasha diperbarui 26 Okt 2020, 14:32 WIB") == ("2020-10-26T14:32+07:00", "updated")


def test_first_plain_date_beats_later_update():
    text = "Selasa, 20 Okt 2020 13:45 WIB | Diperbarui Selasa, 20 Okt 2020 15:00 WIB"
    assert parse_published(text)[0] == "2020-10-20T13:45+07:00"


@pytest.mark.parametrize("text", ["31 Februari 2020", "45/10/2020", "", "Harga naik 20 persen", "2 jam yang lalu",
                                   "Nomor 12/34/5678"])
def test_no_date(text):
    assert parse_published(text) == (None, None)


def test_times_are_not_read_as_dates():
    assert find_dates("pukul 8:00 waktu setempat pada 12.30") == []


def test_year_hint_from_copyright_and_full_dates():
    assert year_hint(["COPYRIGHT © ANTARA 2020"]) == 2020
    assert year_hint(["Pada 27 September 2019 ia tiba.", "© 2024 Tempo.co"]) == 2019  # scrape-time copyright
    assert year_hint(["Tiba 27 September 2019.", "Pulang 2 Januari 2020."]) == 2020
    assert year_hint(["Tanpa tahun di sini"]) is None


def test_lead_reporting_date_convention():
    lead = ["Hal itu disampaikan Menteri kepada wartawan di Jakarta, Senin (19/10/2020)."]
    assert lead_dateline_date(lead, None) == "2020-10-19"


def test_lead_reporting_date_inside_the_sentence():
    lead = ["Menteri Kesehatan di Jakarta, Rabu (21/10/2020), mengatakan vaksin tiba bulan depan."]
    assert lead_dateline_date(lead, None) == "2020-10-21"


def test_lead_reporting_date_needs_matching_weekday():
    assert lead_dateline_date(["Hal itu disampaikan di Jakarta, Selasa (19/10/2020)."], None) is None


def test_lead_event_date_is_not_the_reporting_date():
    assert lead_dateline_date(["Gencatan senjata mulai berlaku pada Senin (26/10/2020)."], None) is None
    assert lead_dateline_date(["Rapat akan digelar di Jakarta, Senin (26/10/2020)."], None) is None


def test_lead_short_date_takes_year_from_hint():
    assert lead_dateline_date(["kata dia di Surabaya, Kamis (8/10)."], 2020) == "2020-10-08"
    assert lead_dateline_date(["kata dia di Surabaya, Kamis (8/10)."], None) is None


def test_inferred_from_bare_weekday_after_latest_past_date():
    paragraphs = [
        "Pertempuran kembali pecah pada Jumat, seiring persiapan pembicaraan.",
        "Menteri pada Kamis (8/10) setuju menghadiri pertemuan di Jenewa.",
        "Ia dijadwalkan bertemu para pejabat di Moskow pada Senin (12/10).",  # future: not a past event
    ]
    assert infer_published(paragraphs, 2020) == "2020-10-09"


def test_inferred_needs_a_year():
    assert infer_published(["Menteri pada Kamis (8/10) setuju hadir."], None) is None


def test_inferred_without_lead_weekday_is_latest_past_weekday_date():
    paragraphs = ["Banjir melanda kota itu.", "Warga mengungsi sejak Selasa (6/10) dan Rabu (7/10/2020) malam."]
    assert infer_published(paragraphs, 2020) == "2020-10-07"


def test_weekday_dates_deep_in_the_body_are_background():
    paragraphs = ["Banjir melanda kota itu.", "Warga mengungsi.", "Air mulai surut.",
                  "Banjir serupa terjadi pada Rabu (7/10/2020) di kota lain."]
    assert infer_published(paragraphs, 2020) is None


def test_bound_dates_are_not_events():
    assert infer_published(["Hujan lebat turun pada Rabu.", "Peringatan berlaku hingga Kamis (22/10)."], 2020) is None
