"""Date expressions resolved against the publication date, on sentences written in many outlets' styles."""

from __future__ import annotations

import pytest

from kabar.nlp.timexpr import anchor_from_text, find_dated_events, parse_reference

WED = "2021-03-17T10:15+07:00"  # a Wednesday


def dates(text: str, published: str | None = WED, **kw) -> list[str]:
    return [e.date for e in find_dated_events(text, published, **kw)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # detik / kompas / tempo: weekday with (d/m) and (d/m/yyyy)
        ("Jakarta - Polisi menangkap dua tersangka pada Senin (15/3) malam.", "2021-03-15"),
        ("JAKARTA, KOMPAS.com - Banjir merendam 12 kelurahan, Selasa (16/3/2021).", "2021-03-16"),
        ("TEMPO.CO, Jakarta - Sidang ditunda hingga Kamis (18/3/21).", "2021-03-18"),
        # antaranews / pikiran-rakyat: "Jumat, 12 Maret 2021", "pada 23 Oktober"
        ("Jakarta (ANTARA) - Gubernur meresmikan pasar itu pada Jumat, 12 Maret 2021.", "2021-03-12"),
        ("Rapat paripurna digelar pada 9 Maret lalu di gedung DPR.", "2021-03-09"),
        ("Vaksinasi tahap kedua dimulai 22 Maret mendatang.", "2021-03-22"),
        ("Pemerintah menetapkan libur pada 2 April.", "2021-04-02"),
        ("Tiket dijual sejak 26 Feb 2021 di situs resmi.", "2021-02-26"),
        ("Rapat itu digelar tanggal 5-6 Mei 2020 di Bandung.", "2020-05-05"),
        ("Kebijakan itu berlaku 01/04/2021 menurut surat edaran.", "2021-04-01"),
        # relative words (liputan6, cnnindonesia, tribunnews, okezone, suara)
        ("Kebakaran terjadi kemarin di Pasar Senen.", "2021-03-16"),
        ("Gempa mengguncang Malang tadi malam.", "2021-03-16"),
        ("Hujan deras turun semalam di Bogor.", "2021-03-16"),
        ("Menurut BMKG, cuaca cerah hari ini.", "2021-03-17"),
        ("Presiden dijadwalkan tiba besok di Kupang.", "2021-03-18"),
        ("Kejadian itu terjadi kemarin lusa di Medan.", "2021-03-15"),
        ("Harga cabai naik sejak pekan lalu.", "2021-03-10"),
        ("Pelantikan akan digelar pekan depan.", "2021-03-24"),
        ("Kasus itu dilaporkan bulan lalu ke polisi.", "2021-02"),
        ("Inflasi tahun lalu lebih rendah.", "2020"),
        ("Kejadian serupa terjadi dua hari lalu di Bekasi.", "2021-03-15"),
        ("Ia dilantik tiga pekan lalu.", "2021-02-24"),
        ("Pabrik itu berdiri 30 tahun silam.", "1991"),
        # weekdays alone: past-leaning, future with cues, "lalu"/"depan"
        ("Pertempuran kembali pecah pada Jumat di perbatasan.", "2021-03-12"),
        ("Gubernur akan meninjau lokasi pada Jumat.", "2021-03-19"),
        ("KPK memeriksa saksi pada Rabu.", "2021-03-17"),
        ("Ekonomi akan tumbuh lima persen, kata Menteri Keuangan di Jakarta, Jumat.", "2021-03-12"),
        ("Gubernur BI mengatakan Senin bahwa inflasi akan turun.", "2021-03-15"),
        ("Massa berunjuk rasa Sabtu lalu di depan gedung DPRD.", "2021-03-13"),
        ("Pertandingan digelar Minggu mendatang.", "2021-03-21"),
        ("Kesepakatan itu dicapai pada akhir pekan lalu.", "2021-03-13"),
        ("Rapat digelar Kamis pekan lalu di Balai Kota.", "2021-03-11"),
        ("Pelantikan dijadwalkan Senin pekan depan.", "2021-03-22"),
        ("Ia terakhir terlihat sepekan lalu.", "2021-03-10"),
        ("Perusahaan itu bangkrut setahun lalu.", "2020"),
        ("Sidang berlanjut Kamis (18-3-2021) di Pengadilan Negeri Surabaya.", "2021-03-18"),
        # months and years
        ("Pada awal Oktober 2020, kedua pihak menandatangani nota kesepahaman.", "2020-10"),
        ("Pemilihan akan digelar pada November.", "2021-11"),
        ("Pemilihan digelar pada November.", "2020-11"),
        ("Harga minyak turun sejak Januari lalu.", "2021-01"),
        ("Kelompok itu berdiri sejak 1994.", "1994"),
        ("Wilayah itu direbut dalam perang tahun 1990-an.", "1990"),
        ("Proyek itu dimulai pada 2019 lalu.", "2019"),
        ("Sepanjang 2020, ekspor batu bara turun 12 persen.", "2020"),
        ("The ministers met in Washington on October 23, 2020.", "2020-10-23"),
        ("Polisi menggerebek gudang itu kemarin (16/3) malam.", "2021-03-16"),
        ("Sidang digelar di Pengadilan Negeri Jakarta Selatan (15/3).", "2021-03-15"),
        ("Harga emas naik menjelang Pemilu 2024.", "2024"),
        ("Nasabah asuransi jiwa pada semester 1 tahun 2007 tumbuh 94 persen.", "2007"),
        ("Angka obesitas pria pada 2010 sekitar 15 persen.", "2010"),
        ("Indeks itu naik 5 persen hingga akhir bulan februari.", "2021-02"),
    ],
)
def test_expressions_resolve(sentence: str, expected: str) -> None:
    assert expected in dates(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tentara menguasai sekitar 20 desa di distrik itu.",
        "Sebanyak 2000 orang mengungsi ke gedung olahraga.",
        "Skor akhir pertandingan itu 2-1 untuk tuan rumah.",
        "Harga beras naik menjadi Rp12.500 per kilogram.",
        "Sekitar 1500 warga terdampak banjir.",
        "Bantuan diberikan pada 2000 keluarga di Garut.",
        "Vaksin disuntikkan kepada 1800 pasien sejak 1200 dosis tiba.",
        "Mei Lestari, warga setempat, menolak rencana itu.",
        "Selama beberapa pekan terakhir, harga cabai naik.",
        "Usul itu disetujui dua pertiga (2/3) anggota dewan.",
        "Persija menang dengan skor (2/1) atas tamunya.",
        "(3/4) bagian lahan itu sudah dibebaskan.",
        "Aturan itu tertuang dalam UU Nomor 11 Tahun 2020 tentang Cipta Kerja.",
        "Perpres No. 82 Tahun 2018 mengatur jaminan kesehatan.",
        "Dua hari sebelumnya, ia sempat dirawat di rumah sakit.",
        "Bantuan disalurkan dalam 14 hari ke depan.",
        "Kami menatap hari esok dengan optimistis.",
        "Pasar kaget digelar setiap Jumat di halaman masjid.",
        "Festival itu diadakan tiap bulan Juli di Bali.",
        "Ia bukan anak kemarin sore di dunia politik.",
        "Mereka berharap para sandera dibebaskan dalam beberapa hari ini.",
    ],
)
def test_numbers_and_names_are_not_dates(sentence: str) -> None:
    assert dates(sentence) == []


def test_relative_words_need_a_publication_date() -> None:
    assert dates("Kebakaran terjadi kemarin di Pasar Senen.", None) == []
    assert dates("Gubernur meninjau lokasi pada Jumat.", None) == []
    # an absolute date with its year needs no reference
    assert dates("Konflik meletus pada 27 September 2020.", None) == ["2020-09-27"]


def test_year_hint_completes_dates_without_a_year() -> None:
    assert dates("Menlu itu setuju hadir pada Kamis (8/10).", None, year_hint=2020) == ["2020-10-08"]


def test_year_is_completed_towards_the_publication_date() -> None:
    # early January article mentioning late December: last year
    assert dates("Banjir melanda pada 28 Desember.", "2021-01-04") == ["2020-12-28"]
    assert dates("Festival digelar pada 3 Januari mendatang.", "2020-12-20") == ["2021-01-03"]


def test_cited_report_date_is_dropped_when_the_sentence_has_its_own() -> None:
    text = ("Para menteri akan bertemu di Washington pada 23 Oktober mendatang, seperti dikutip dari AFP, "
            "Rabu (21/10/2020).")
    assert dates(text, "2020-10-21") == ["2020-10-23"]
    alone = "Presiden menyatakan keadaan darurat, seperti dilansir Reuters, Rabu (21/10/2020)."
    assert dates(alone, "2020-10-21") == ["2020-10-21"]


def test_one_event_per_distinct_date_with_the_sentence_and_span() -> None:
    text = "Paragraf pembuka tanpa tanggal.\nSidang pertama digelar Senin (15/3) dan dilanjutkan pada 22 Maret."
    events = find_dated_events(text, WED)
    assert [e.date for e in events] == ["2021-03-15", "2021-03-22"]
    for event in events:
        assert text[event.start : event.end] == event.text
        assert event.expression in event.text
    assert events[0].expression == "Senin (15/3)"


def test_photo_captions_are_skipped() -> None:
    text = ("Warga melintasi jalan yang rusak di Ganja, Selasa (6/10/2020). REUTERS/Aziz Karimov\n"
            "Pertempuran pecah lagi pada 7 Oktober 2020.")
    assert dates(text, "2020-10-09") == ["2020-10-07"]


def test_capitalised_minggu_is_sunday_lowercase_is_the_week() -> None:
    assert dates("Laga digelar Minggu (21/3).") == ["2021-03-21"]
    assert dates("Ia mengatakan minggu ini kebijakan itu berlaku.") == ["2021-03-17"]


def test_reference_forms() -> None:
    assert parse_reference("2020-10-21T09:20+07:00").day.isoformat() == "2020-10-21"
    assert parse_reference("2020").year == 2020 and parse_reference("2020").day is None
    assert parse_reference("kemarin").year is None
    assert parse_reference(None).day is None
    from datetime import date, datetime

    assert parse_reference(date(2020, 10, 21)).day == date(2020, 10, 21)
    assert parse_reference(datetime(2020, 10, 21, 22, 5)).hour == 22


def test_anchor_from_text_needs_a_weekday_that_agrees() -> None:
    assert anchor_from_text("Ia berbicara di Jakarta, Rabu (21/10/2020).") == "2020-10-21"
    assert anchor_from_text("Ia berbicara di Jakarta, Senin (21/10/2020).") is None
    # without a publication date, the dateline in the text anchors "kemarin"
    assert dates("Kota itu dibom kemarin, seperti dikutip dari AFP, Rabu (21/10/2020).", None) == ["2020-10-20"]


def test_bad_input_is_safe() -> None:
    assert dates("") == []
    assert dates("Tanggal (31/2) tidak ada.") == []
    assert dates("Sesuatu terjadi pada 45 Oktober.") == []
    assert dates("Tanpa tanggal sama sekali.", "bukan tanggal") == []


def test_relative_words_inside_direct_speech_are_not_resolved() -> None:
    text = '"Kami setuju gencatan senjata hari ini," tulis juru bicara itu di Twitter pada 25 Oktober.'
    assert dates(text, "2020-10-26") == ["2020-10-25"]
    assert dates("“Besok kami kembali,” ujarnya.", "2020-10-26") == []


def test_dateline_cut_by_the_sentence_splitter_is_rejoined() -> None:
    from kabar.nlp.timexpr import news_sentence_spans

    text = "TEMPO.CO, Jakarta - Sidang digelar Senin (15/3). Ya.\nREPUBLIKA.CO.ID, JAKARTA -- Hujan turun kemarin."
    pieces = [text[s:e] for s, e in news_sentence_spans(text)]
    assert pieces[0].startswith("TEMPO.CO, Jakarta - Sidang")
    assert "Ya." in pieces
    assert dates(text) == ["2021-03-15", "2021-03-16"]
    assert find_dated_events(text, WED)[0].text.startswith("TEMPO.CO")


def test_tadi_malam_late_in_the_evening_is_the_same_day() -> None:
    assert dates("Gempa mengguncang Malang tadi malam.", "2021-03-17T22:40+07:00") == ["2021-03-17"]
    assert dates("Gempa mengguncang Malang tadi malam.", "2021-03-17T07:10+07:00") == ["2021-03-16"]


def test_written_date_wins_over_the_relative_word_it_spells_out() -> None:
    # a report written on the 17th, published on the 18th: "kemarin (16/3)" is the 16th
    assert dates("Polisi menggerebek gudang itu kemarin (16/3) malam.", "2021-03-18") == ["2021-03-16"]
