"""A page dated only by its text, whose reporting day ("pada Jumat") stands after the lead: found by the blind
whole-page dumps (tests/fixtures/whole_dumps2). Paragraphs made up for each case."""

from __future__ import annotations

import pytest

from kabar.extract.dates import infer_published

LEAD = ["Kekeringan meluas ke tiga kecamatan. Warga mengantre air bersih yang dikirim truk tangki sejak Rabu (7/10/2026).",
        "BPBD mencatat 42 desa kini mengalami krisis air bersih, naik dari 27 desa pada pekan lalu.",
        "\"Kami kirim 60 tangki per hari,\" ujar kepala pelaksana BPBD saat ditemui di posko pada Kamis (8/10)."]


def test_a_bare_weekday_after_the_lead_names_the_reporting_day():
    later = "Pemerintah kabupaten kemudian menetapkan status tanggap darurat kekeringan pada Jumat, usai rapat koordinasi."
    assert infer_published([*LEAD, later], 2026) == "2026-10-09"


@pytest.mark.parametrize("later", [
    "Warga sudah melaporkan sumur mereka mengering pada Senin lalu kepada perangkat desa.",  # an earlier week
    "Warga sudah melaporkan sumur mereka mengering pada Senin kepada perangkat desa.",  # four days on: an earlier day
    "Pemerintah akan menetapkan status tanggap darurat pada Jumat setelah rapat koordinasi.",  # the future
])
def test_other_bare_weekdays_leave_the_latest_dated_day(later):
    assert infer_published([*LEAD, later], 2026) == "2026-10-08"


@pytest.mark.parametrize(("line", "published"), [("Rabu (25/11/2026) 10:05 WIB", "2026-11-25T10:05+07:00"),
                                                 ("Rabu (25/11/2026) pukul 10.05 WIB", "2026-11-25T10:05+07:00"),
                                                 ("(25/11/2026) 12.500 orang", "2026-11-25")])
def test_the_time_after_a_bracketed_date(line, published):
    from kabar.extract.dates import parse_published

    assert parse_published(line)[0] == published
