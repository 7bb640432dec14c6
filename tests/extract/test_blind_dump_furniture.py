"""Furniture families that the blind whole-page dumps (tests/fixtures/whole_dumps2) showed kabar missing: English
link cues with their headline on the same line, a paid story's "Promosi" link, BBC's comma-labelled captions and
credit box, and a dated copyright line closing the article. Each page here is made up for the rule it tests."""

from __future__ import annotations

import pytest

from kabar.extract.features import is_boilerplate_cue, text_features
from kabar.extract.lines import classify_lines

LEAD = ["JAKARTA - The city council approved a new budget for school repairs on Monday after weeks of debate.",
        "Council members said the money would go first to buildings damaged by floods earlier this year.",
        "The education agency will publish the list of schools to be repaired before the end of the month."]
TAIL = ["Officials said contractors would be chosen through an open tender in the coming weeks.",
        "Parents welcomed the decision but asked the council to make sure the work is finished before classes resume."]
MENU = ["News", "Business", "Sports", "Opinion", "Jakarta"]


def _body(raw: list[str]) -> list[str]:
    labels = classify_lines(raw)
    return [raw[n - 1] for n in labels.body]


@pytest.mark.parametrize("link", ["Read also: Flooded schools in North Jakarta to reopen after two weeks of repairs",
                                  "Read: Teachers union urges council to raise spending on school safety checks",
                                  "Read more: How a decade of budget cuts left Jakarta's school buildings crumbling",
                                  "See also: Council delays vote on school budget for a third time amid protests",
                                  "Related news: Free health checks reach twenty million people in the first year",
                                  "Also Read: Rupiah strengthens as investors await United States inflation data"])
def test_an_english_link_cue_with_its_headline_on_one_line_is_furniture_at_any_length(link):
    assert len(link.split()) > 8  # (longer than the short-line cues)
    assert is_boilerplate_cue(link, len(link.split()))
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, link, *TAIL]
    assert _body(raw) == LEAD + TAIL


def test_a_sentence_that_opens_with_read_stays_body():
    text = "Readers of the council's report will find the full list of schools on its website next week."
    assert not is_boilerplate_cue(text, len(text.split()))


def test_a_linked_headline_under_a_lone_read_more_label_is_furniture():
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, "Read More:",
           "Flooded Schools in North Jakarta Reopen After Repairs", "Teachers Union Urges Council to Raise Spending",
           *TAIL]
    assert _body(raw) == LEAD + TAIL


def test_a_paid_story_link_under_its_promosi_label_is_furniture():
    lead = ["SUKOHARJO - Pemerintah kabupaten mulai membagikan benih padi kepada kelompok tani pekan ini.",
            "Kepala dinas pertanian mengatakan benih dibagikan melalui penyuluh di setiap kecamatan.",
            "Petani diminta segera menanam setelah hujan turun merata dalam sepekan terakhir."]
    tail = ["Dinas juga menyiapkan pompa air yang bisa dipinjam kelompok tani secara bergantian.",
            "Panen pertama musim ini diperkirakan berlangsung pada pertengahan Februari."]
    raw = ["Beranda", "Daerah", "Ekonomi", "Dinas Pertanian Bagikan Benih Padi untuk Petani", "Sabtu, 14 November 2026",
           *lead, "Promosi", "Bank Daerah Salurkan Kredit Usaha untuk Petani dan Nelayan", *tail]
    assert _body(raw) == lead + tail


@pytest.mark.parametrize("line", ["Sumber gambar, Getty Images", "Keterangan gambar, Warga menunggu bus di halte.",
                                  "Image source, Reuters", "Image caption, Commuters wait for a train in Jakarta."])
def test_captions_labelled_with_a_comma_are_captions(line):
    assert text_features(line)[4]  # caption


def test_a_bbc_style_page_keeps_captions_and_its_credit_box_out_of_the_body():
    lead = ["Semakin banyak pekerja muda memilih tinggal di kamar sewa dekat stasiun ketimbang rumah di pinggiran kota.",
            "Survei sebuah lembaga riset menunjukkan separuh responden menghabiskan dua jam sehari di perjalanan.",
            "Pengamat tata kota menilai tren ini mendorong harga sewa di sekitar stasiun naik setiap tahun."]
    raw = [*MENU, "Pekerja muda memilih kamar sewa dekat stasiun: 'Ongkos habis di jalan'",
           "Sumber gambar, Getty Images", "Keterangan gambar, Penumpang menunggu kereta pada jam sibuk pagi hari.",
           "Informasi artikel", "16 November 2026", *lead]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == lead
    assert {7, 8, 9} <= set(labels.boilerplate)


@pytest.mark.parametrize("line", ["COPYRIGHT © ANTARA 2026", "© 2026 BBC. BBC tidak bertanggung jawab atas konten.",
                                  "Copyright © 2026 Harian Daerah. All rights reserved", "Hak Cipta © 2026 Kabar Kota"])
def test_a_dated_copyright_line_ends_the_article(line):
    notice = ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis di situs web ini tanpa "
              "izin tertulis dari redaksi.")
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, *TAIL, "Editor: Budi Santoso",
           line, notice]
    assert _body(raw) == LEAD + TAIL


def test_a_photo_credit_naming_copyright_without_a_year_does_not_end_the_article():
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, "Hak cipta gambar Getty Images",
           *TAIL]
    assert _body(raw) == LEAD + TAIL


@pytest.mark.parametrize(("opening", "closing"), [("Lewati Whatsapp dan lanjutkan membaca", "Akhir dari Whatsapp"),
                                                  ("Skip Podcast and continue reading", "End of Podcast")])
def test_a_box_readers_may_skip_is_furniture_from_its_opening_to_its_closing(opening, closing):
    box = [opening, "Akun resmi kami di WhatsApp", "Liputan mendalam kami langsung di WhatsApp Anda setiap pagi hari.",
           "Klik di sini", closing]
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, *box, *TAIL]
    assert _body(raw) == LEAD + TAIL


def test_a_skip_line_without_its_closing_line_leaves_the_article_alone():
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD,
           "Lewati Whatsapp dan lanjutkan membaca", *TAIL, "Akhir dari Podcast"]
    assert set(LEAD + TAIL) <= set(_body(raw))  # (no box closes: the paragraphs after the line stay)


def test_the_clock_stamps_of_a_live_reports_entries_stay_with_their_entries():
    entries = ["13.20 WIB", "BPBD mencatat 84 RT terendam dengan ketinggian air 40 hingga 150 sentimeter pada siang ini.",
               "11.45 WIB", "Pintu air berstatus Siaga 1 dan petugas mulai membuka pintu air secara bertahap.",
               "10.10 WIB", "Layanan bus rute Kampung Melayu dialihkan sementara karena jalan tergenang air."]
    lead = "JAKARTA - Hujan deras sejak Sabtu malam membuat sejumlah wilayah terendam banjir. Berikut perkembangannya."
    raw = ["Beranda", "News", "Daerah", "LIVE: Banjir Rendam Jakarta, Ini Perkembangan Terkini",
           "Minggu, 22 November 2026 - 08:05 WIB", lead, *entries]
    assert _body(raw) == [lead, *entries]


def test_a_lone_clock_time_inside_the_body_is_no_entry_stamp():
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, "10.45 WIB", *TAIL]
    assert "10.45 WIB" not in _body(raw)


def test_a_disclaimer_under_an_opinion_piece_is_furniture():
    text = ("Disclaimer: Tulisan ini merupakan opini pribadi penulis dan tidak mewakili pandangan redaksi kami, "
            "segala isi menjadi tanggung jawab penulis.")
    assert is_boilerplate_cue(text, len(text.split()))


def test_a_bare_name_under_a_headline_printed_twice_is_the_byline():
    headline = "Council Approves School Repair Budget After Weeks of Debate"
    raw = ["News", "Business", headline, headline, "Reza Pratama", "November 19, 2026 | 2:05 pm", *LEAD]
    labels = classify_lines(raw)
    assert 5 in labels.meta


@pytest.mark.parametrize("line", ["Mama-mama pedagang pinang di pasar kota – Jubi/Engelbert Wally",
                                  "Warga mengikuti simulasi evakuasi di lereng gunung - Harian Jogja/Sunartono"])
def test_a_caption_closed_by_a_dashed_outlet_and_photographer_credit_is_a_caption(line):
    assert text_features(line)[4]


def test_a_reader_poll_after_the_article_is_furniture():
    poll = ["Bagaimana pendapat Anda tentang anggaran perbaikan sekolah ini?", "Setuju", "Tidak setuju", "Ragu-ragu",
            "Kirim", "Lihat hasil"]
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, *TAIL, *poll]
    assert _body(raw) == LEAD + TAIL


def test_a_question_closing_the_article_without_answers_stays_body():
    question = "Will the schools be ready before classes resume in January?"
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, *TAIL, question, "Tags",
           "Education", "Jakarta"]
    assert _body(raw) == LEAD + TAIL + [question]


def test_a_lone_next_link_between_two_pages_of_an_article_is_furniture():
    raw = [*MENU, "Council Approves School Repair Budget", "November 16, 2026", *LEAD, "Halaman", "1", "2", "Selanjutnya",
           *TAIL]
    assert _body(raw) == LEAD + TAIL


@pytest.mark.parametrize("line", ["Dengarkan artikel ini", "Listen to this article", "Dengarkan Berita"])
def test_an_audio_player_over_the_article_is_furniture(line):
    assert is_boilerplate_cue(line, len(line.split()))
