"""Furniture of whole-page dumps that the outlet fixtures in tests/fixtures/whole_dumps brought in."""

from __future__ import annotations

import pytest

from kabar.extract.features import is_boilerplate_cue, text_features
from kabar.extract.lines import classify_lines, credit_line_kind


@pytest.mark.parametrize("code", ["(mcr4/jpnn)", "(*)", "(ant)", "(fas/fas)", "[yan]"])
def test_an_editors_code_after_the_last_full_stop_ends_a_sentence_of_the_body(code):
    text = f"Kegiatan serupa direncanakan digelar setiap bulan bersama karang taruna dan pengurus warga. {code}"
    words, terminal, _, cue, caption, *_ = text_features(text)
    assert terminal and not cue and not caption


@pytest.mark.parametrize("text", ["Warga antre di kantor pos. (KOMPAS.com/RENI SUSANTI)",
                                  "Suasana pasar pagi ini. (iStockphoto/Petrovich9)", "(rdp/imk)"])
def test_photo_credits_and_lone_codes_stay_furniture(text):
    assert text_features(text)[4]  # caption


def test_a_reporter_who_is_also_the_editor_is_the_byline():
    assert credit_line_kind("Redaktur & Reporter : Fransiskus Adryanto Pratama") == "byline"
    assert credit_line_kind("Redaktur: Budi Santoso") == "editor"


@pytest.mark.parametrize("text", ["Jangan Lewatkan Video Terbaru:", "Kamu Sudah Menonton Video Terbaru Berikut ini?"])
def test_video_promotions_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split()))


def test_the_points_of_a_summary_box_above_the_article_are_not_its_paragraphs():
    points = ["Tarif penyeberangan Merak-Bakauheni naik mulai pekan depan.",  # (a hyphen is no dateline)
              "Kenaikan tarif disebut untuk menutup biaya operasional.", "Pengguna jasa diminta membeli tiket secara daring."]
    body = ["Suara.com - Tarif kapal penyeberangan lintas Merak-Bakauheni akan naik mulai pekan depan, kata kementerian.",
            "Besaran kenaikan bervariasi untuk setiap golongan kendaraan yang menyeberang di lintasan itu.",
            "Operator kapal menyatakan kenaikan tarif akan diikuti perbaikan layanan di dermaga."]
    raw = ["Harga Tiket Kapal Penyeberangan Merak-Bakauheni Naik Pekan Depan", "Selasa, 09 Januari 2024 | 15:20 WIB",
           "Baca 10 detik", *points, *body]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == body
    assert set(range(3, 7)) <= set(labels.boilerplate)


def test_a_short_sentence_under_a_lone_photo_credit_is_its_caption():
    """"MI/Ramdani" then "Pelajar membaca buku ..." then the lead: the sentence between credit and lead is the
    caption, however much it reads like a sentence."""
    assert text_features("MI/Ramdani")[4] and not text_features("Harga AS/Rusia naik")[4]
    lead = ["PERPUSTAKAAN daerah di sejumlah provinsi mulai membuka layanan hingga malam untuk pelajar dan mahasiswa.",
            "Kepala perpustakaan daerah mengatakan jumlah pengunjung pada sore hari terus bertambah setahun terakhir.",
            "Selain ruang baca, perpustakaan juga menyediakan akses internet gratis dan ruang diskusi bagi pelajar."]
    raw = ["Perpustakaan Daerah Buka Layanan Malam bagi Pelajar", "Senin 22 Januari 2024, 11:48 WIB", "MI/Ramdani",
           "Pelajar membaca buku di ruang baca perpustakaan daerah.", *lead]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == lead


def test_the_lead_under_a_photo_credit_stays_the_lead_when_a_dateline_opens_it():
    lead = ["Jakarta - Perpustakaan daerah membuka layanan malam.", "Pengunjung pada sore hari terus bertambah tahun ini.",
            "Perpustakaan juga menyediakan akses internet gratis bagi pelajar."]
    raw = ["Perpustakaan Daerah Buka Layanan Malam bagi Pelajar", "Senin 22 Januari 2024, 11:48 WIB", "MI/Ramdani", *lead]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == lead


@pytest.mark.parametrize(("text", "kind"), [("Analysis by Chris Cillizza, CNN Editor-at-large", "byline"),
                                            ("Analisis oleh Budi Santoso", "byline"),
                                            ("Analysis by the numbers shows growth", None),
                                            ("Analisis oleh para ahli menunjukkan hasil berbeda", None)])
def test_an_analysis_byline_is_a_byline_not_a_headline(text, kind):
    assert credit_line_kind(text) == kind
