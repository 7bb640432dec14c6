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
