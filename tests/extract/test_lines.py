"""The line classifier on fixture pages written in the styles of many Indonesian outlets (tests/fixtures/pages)."""

from __future__ import annotations

import pytest

from kabar.extract.lines import classify_lines, credit_line_kind
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "pages").glob("*.lines"))
ROLE_NAMES = {"T": "title", "D": "description", "B": "body", "M": "meta", "X": "boilerplate"}


def read_fixture(path):
    """(raw lines, expected role per 1-based line number) of an annotated fixture page."""
    raw, roles = [], {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            raw.append("")
            continue
        role, text = line.split("|", 1)
        raw.append(text)
        roles[number] = ROLE_NAMES[role]
    return raw, roles


def roles_of(labels):
    roles = {}
    if labels.title:
        roles[labels.title] = "title"
    if labels.description:
        roles[labels.description] = "description"
    for name in ("body", "meta", "boilerplate"):
        for number in getattr(labels, name):
            assert number not in roles, f"line {number} has two labels"
            roles[number] = name
    return roles


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_fixture_page_lines_are_classified_as_an_editor_would(path):
    raw, expected = read_fixture(path)
    got = roles_of(classify_lines(raw))
    wrong = {n: (raw[n - 1][:60], expected[n], got.get(n)) for n in expected if got.get(n) != expected[n]}
    assert not wrong
    assert set(got) == set(expected)  # every non-blank line in exactly one list


def test_there_are_fixtures_from_many_outlets():
    assert len(PAGES) >= 12


def test_page_opening_with_its_body_has_no_title():
    raw = [
        "Liputan6.com, Jakarta - Pemerintah mengumumkan kebijakan baru soal subsidi listrik untuk rumah tangga miskin.",
        "Kebijakan itu berlaku mulai bulan depan dan akan dievaluasi setiap enam bulan sekali.",
    ]
    labels = classify_lines(raw)
    assert labels.title is None
    assert labels.body == [1, 2]


def test_in_article_subheading_is_body_but_trailing_headlines_are_not():
    raw = [
        "Harga Emas Naik Tajam Pekan Ini",
        "Jakarta - Harga emas batangan naik tajam sepanjang pekan ini seiring melemahnya dolar AS.",
        "Penyebab Kenaikan",
        "Analis menyebut permintaan investor meningkat karena ketidakpastian ekonomi global yang berlanjut.",
        "Populer",
        "Rupiah Menguat di Awal Pekan",
        "Senin, 20 Maret 2023 | 09:00",
    ]
    labels = classify_lines(raw)
    assert labels.title == 1
    assert labels.body == [2, 3, 4]
    assert labels.boilerplate == [5, 6, 7]


def test_repeated_title_and_duplicated_caption_are_boilerplate():
    raw = [
        "Gunung Merapi Kembali Luncurkan Awan Panas",
        "Gunung Merapi Kembali Luncurkan Awan Panas",
        "Awan panas guguran terlihat dari Desa Kaliurang pada Selasa pagi",
        "Awan panas guguran terlihat dari Desa Kaliurang pada Selasa pagi",
        "Yogyakarta (ANTARA) - Gunung Merapi kembali meluncurkan awan panas guguran sejauh dua kilometer pada Selasa.",
        "Warga diminta menjauhi kawasan rawan bencana dan mengikuti arahan petugas di lapangan.",
    ]
    labels = classify_lines(raw)
    assert labels.title == 1
    assert labels.boilerplate == [2, 3, 4]
    assert labels.body == [5, 6]


def test_standfirst_under_the_title_is_description_but_a_body_lead_is_not():
    with_standfirst = [
        "Pemerintah Naikkan Harga BBM Subsidi",
        "Kenaikan berlaku mulai pukul 14.30 WIB dan disebut untuk menyelamatkan anggaran negara.",
        "Sabtu, 03 Sep 2022 14:00 WIB",
        "Jakarta - Pemerintah resmi menaikkan harga BBM bersubsidi jenis Pertalite dan Solar mulai Sabtu siang.",
        "Presiden menyebut keputusan itu merupakan pilihan terakhir pemerintah setelah subsidi membengkak.",
    ]
    labels = classify_lines(with_standfirst)
    assert (labels.title, labels.description) == (1, 2)
    assert labels.meta == [3]
    without = [
        "Pemerintah Naikkan Harga BBM Subsidi",
        "Pemerintah resmi menaikkan harga BBM bersubsidi jenis Pertalite dan Solar mulai Sabtu siang ini.",
        "Presiden menyebut keputusan itu merupakan pilihan terakhir pemerintah setelah subsidi membengkak.",
    ]
    labels = classify_lines(without)
    assert labels.description is None
    assert labels.body == [2, 3]


def test_template_lines_are_boilerplate_even_inside_the_body():
    raw = [
        "Judul Berita Tentang Pasar Modal Hari Ini",
        "Jakarta - Indeks harga saham gabungan ditutup menguat pada perdagangan sore ini di Bursa Efek Indonesia.",
        "Ikuti Kuis Berhadiah",
        "Investor asing mencatat pembelian bersih di pasar reguler sepanjang hari perdagangan.",
    ]
    assert 3 in classify_lines(raw).body
    assert 3 in classify_lines(raw, template={"ikuti kuis berhadiah"}).boilerplate


def test_whitespace_only_lines_are_blank_and_an_empty_page_has_no_labels():
    labels = classify_lines(["   ", "\t", ""])
    assert labels.title is None and not labels.body and not labels.boilerplate and not labels.meta


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Editor: M Bayu Pratama", "editor"),
        ("Penerjemah: Suwanti", "translator"),
        ("Sumber: Reuters", "credit"),
        ("Pewarta: Agatha Olivia", "byline"),
        ("Penulis Ahmad Fauzi", "byline"),
        ("oleh Natasha Amani", "byline"),
        ("Rizky Pratama, Jurnalis", "byline"),
        ("Rep: Fuji Eka Permana/ Red: Ani Nursalikah", "byline"),
        ("Foto: Banjir di Bekasi", None),
        ("Editor kami menolak memberikan komentar soal kasus ini kepada wartawan.", None),
        ("Sumber air warga kering sejak bulan lalu", None),
        ("Tim detikcom - detikNews", "byline"),
        ("Tim SAR gabungan masih mencari dua korban hilang", None),
        ("Laporan Wartawan Tribunnews.com, Chaerul Umam", "byline"),
        ("Laporan Keuangan Triwulan Pertama", None),
    ],
)
def test_credit_line_stand_in(line, kind):
    assert credit_line_kind(line) == kind


def test_odd_lines_do_not_break_the_classifier():
    raw = [".", "...", "-", "|", "©", "»»", "::", "\u00a0", "123", "a", "Jakarta - Banjir melanda kota sejak pagi hari tadi.",
           ")", "(", "x" * 5000, "Kata kata kata kata kata kata kata kata kata kata kata kata kata kata kata kata kata"]
    labels = classify_lines(raw)
    every = [x for x in (labels.title, labels.description) if x] + labels.body + labels.meta + labels.boilerplate
    assert sorted(every) == [i for i, line in enumerate(raw, start=1) if line.strip()]


def test_without_byline_the_title_case_headline_nearest_the_body_wins_over_menus_and_captions():
    raw = [
        "Beranda Nasional Regional Ekonomi Olahraga",
        "Polisi Selidiki Kebakaran Gudang Pabrik Tekstil di Tangerang",
        "petugas pemadam berusaha menjinakkan api di gudang tekstil",
        "Tangerang - Polisi menyelidiki penyebab kebakaran yang melanda gudang sebuah pabrik tekstil di Cikupa.",
        "Api baru bisa dipadamkan setelah empat jam oleh belasan mobil pemadam kebakaran.",
    ]
    labels = classify_lines(raw)
    assert labels.title == 2
    assert labels.boilerplate == [1, 3]


def test_standfirst_right_above_a_dateline_lead_is_description():
    raw = [
        "Kejaksaan Tahan Dua Tersangka Korupsi Dana Desa",
        "Keduanya diduga menyelewengkan dana desa senilai ratusan juta rupiah selama dua tahun.",
        "TEMPO.CO, Jakarta - Kejaksaan negeri menahan dua tersangka kasus korupsi dana desa pada Senin.",
        "Penahanan dilakukan selama 20 hari ke depan untuk kepentingan penyidikan perkara tersebut.",
    ]
    labels = classify_lines(raw)
    assert (labels.title, labels.description, labels.body) == (1, 2, [3, 4])


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("jpnn.com, JAKARTA - Ketua DPD meminta", True),
        ("Liputan6.com, Jakarta- Para menteri", True),
        ("Baku/Yerevan (ANTARA) - Pertempuran", True),
        ("JAKARTA, KOMPAS.com - Pemerintah", True),
        ("Jakarta, CNN Indonesia -- Gempa", True),
        ("KONTAN.CO.ID - JAKARTA. Rupiah", True),
        ("VIVA – Menteri", True),
        ("Presiden Joko Widodo - yang akrab disapa", False),
        ("menurut dia - Presiden", False),
    ],
)
def test_datelines_of_many_outlets(lead, expected):
    from kabar.extract.features import has_dateline

    assert has_dateline(lead) is expected


def test_a_list_inside_the_article_does_not_cut_the_body():
    raw = [
        "Daftar Daerah Rawan Banjir di Jakarta Selama Musim Hujan",
        "Jakarta - Badan penanggulangan bencana merilis daftar kelurahan yang rawan banjir selama musim hujan tahun ini.",
        "Berikut daftarnya:",
        "Kampung Melayu",
        "Bukit Duri",
        "Cawang",
        "Rawajati",
        "Pejaten Timur",
        "Warga di daerah tersebut diminta menyiapkan tas siaga bencana dan memantau informasi ketinggian air.",
        "Petugas juga menyiagakan perahu karet dan pompa air di sejumlah titik yang rawan tergenang.",
    ]
    labels = classify_lines(raw)
    assert labels.body == list(range(2, 11))


def test_comments_below_the_article_are_not_body():
    raw = [
        "Pemerintah Umumkan Libur Nasional Tambahan Tahun Depan",
        "Jakarta - Pemerintah mengumumkan tambahan dua hari libur nasional untuk tahun depan melalui surat keputusan bersama.",
        "Keputusan itu diambil setelah rapat koordinasi antara kementerian terkait pada Senin sore.",
        "Komentar",
        "budi_santoso",
        "Semoga libur tambahan ini benar-benar dimanfaatkan untuk berkumpul bersama keluarga di rumah.",
        "ani.wijaya",
        "Kalau libur terus kapan kerjanya, ekonomi bisa melambat kalau terlalu banyak hari libur nasional.",
        "rudi88",
        "Setuju sekali dengan keputusan pemerintah, karyawan swasta juga butuh waktu istirahat yang cukup panjang.",
        "joko",
        "Mudah-mudahan perusahaan swasta juga mengikuti keputusan ini supaya adil bagi semua pekerja di negeri ini.",
    ]
    labels = classify_lines(raw)
    assert labels.body == [2, 3]
    assert labels.boilerplate == list(range(4, 13))


def test_lines_in_scripts_without_spaces_are_measured_by_characters():
    raw = [
        "記事のタイトルがここに入ります",
        "先日、不正に改造したスマートフォンを販売したとして、二十代の男性が逮捕されたというニュースを耳にしました。",
        "報道によると、今回販売されたのは、機能制限を解除したスマートフォンだったとのことです。",
    ]
    labels = classify_lines(raw)
    assert labels.body == [2, 3]


def test_name_with_role_between_headline_and_date_is_the_byline():
    raw = [
        "Harga Pangan Melonjak Jelang Hari Raya di Semarang",
        "Dewi Lestari, Kontributor Semarang",
        "Senin, 20 Maret 2023 10:00 WIB",
        "SEMARANG - Harga sejumlah bahan pangan melonjak menjelang hari raya, kata pedagang di Pasar Johar.",
        "Kenaikan paling tinggi terjadi pada cabai rawit dan bawang merah sepanjang pekan ini.",
    ]
    labels = classify_lines(raw)
    assert labels.title == 1
    assert labels.meta == [2, 3]


def test_a_short_widget_label_nearer_the_body_does_not_beat_a_full_headline():
    raw = [
        "Banjir Rendam Ribuan Rumah di Kabupaten Bandung Selatan",
        "Info Lalu Lintas Jakarta",
        "Bandung - Banjir merendam ribuan rumah di tiga kecamatan di Kabupaten Bandung sejak Selasa malam.",
        "Warga mengungsi ke masjid dan balai desa sambil menunggu air surut, kata petugas di lokasi.",
    ]
    labels = classify_lines(raw)
    assert labels.title == 1
    assert labels.boilerplate == [2]


def test_a_list_of_teasers_below_the_article_is_not_joined_to_it():
    raw = [
        "Pemerintah Tetapkan Harga Eceran Tertinggi Beras yang Baru",
        "Senin, 20 Maret 2023 10:00 WIB",
        "Jakarta - Pemerintah menetapkan harga eceran tertinggi beras medium yang baru untuk seluruh Indonesia.",
        "Kebijakan ini diambil untuk menjaga daya beli masyarakat di tengah kenaikan harga gabah di tingkat petani.",
        "Badan pangan akan mengawasi penerapan harga baru di pasar tradisional dan ritel modern di berbagai daerah.",
        "Pedagang yang menjual di atas harga eceran tertinggi akan mendapat teguran dan sanksi administratif.",
        "Pilihan Untukmu",
        "Video Pilihan",
        "Kanal Ekonomi",
        "Ikuti Perkembangan",
        "Harga Cabai Turun di Pasar Induk",
        "Pedagang mengaku pasokan dari sentra produksi mulai normal kembali pekan ini.",
        "Rupiah Menguat Tipis Pagi Ini",
        "Mata uang garuda bergerak menguat seiring masuknya aliran modal asing ke pasar obligasi.",
        "Bursa Saham Dibuka Melemah",
        "Indeks harga saham gabungan dibuka melemah mengikuti pergerakan bursa regional di Asia.",
        "Ekspor Kopi Naik Dua Kali Lipat",
        "Kenaikan ekspor kopi didorong permintaan yang tinggi dari negara-negara di Eropa dan Amerika.",
    ]
    labels = classify_lines(raw)
    assert labels.body == [3, 4, 5, 6]
    assert labels.boilerplate == list(range(7, 19))


ARTICLE = [
    "Pemerintah Tetapkan Harga Eceran Tertinggi Beras yang Baru",
    "Senin, 20 Maret 2023 10:00 WIB",
    "Jakarta - Pemerintah menetapkan harga eceran tertinggi beras medium yang baru untuk seluruh Indonesia.",
    "Kebijakan ini diambil untuk menjaga daya beli masyarakat di tengah kenaikan harga gabah di tingkat petani.",
    "Badan pangan akan mengawasi penerapan harga baru di pasar tradisional dan ritel modern di berbagai daerah.",
    "Pedagang yang menjual di atas harga eceran tertinggi akan mendapat teguran dan sanksi administratif.",
]


def test_teasers_listed_with_writer_and_date_are_not_joined_to_the_article():
    """"Headline / Writer / Date / First sentence" for each other story (opinion and "more from" pages): the date
    between a teaser's headline and its sentence does not hide that the sentence stands alone."""
    teasers = []
    for n, (head, writer) in enumerate([("Harga Cabai Turun di Pasar Induk", "Rina Amelia"),
                                        ("Rupiah Menguat Tipis Pagi Ini", "Budi Santoso"),
                                        ("Bursa Saham Dibuka Melemah", "Dewi Lestari"),
                                        ("Ekspor Kopi Naik Dua Kali Lipat", "Ahmad Fauzi"),
                                        ("Harga Emas Antam Stagnan", "Siti Aminah")]):
        teasers += [head, writer, f"Selasa, {21 + n} Maret 2023",
                    f"Pedagang dan analis menyebut pergerakan pekan ini dipengaruhi banyak faktor dari luar negeri {n}."]
    raw = ARTICLE + ["Opini", "Ekonomi", "Berbagi", "Kolom Pilihan Redaksi"] + teasers
    labels = classify_lines(raw)
    assert labels.body == [3, 4, 5, 6]


def test_time_stamped_updates_of_a_live_report_stay_one_body():
    """A live report stamps each update with its time ("12:30 WIB"): sentences after a time line, with no headline
    above it, are the article's own."""
    raw = ARTICLE[:3]
    for n, hour in enumerate(["10:30", "11:15", "12:00", "12:45", "13:30"]):
        raw += [f"{hour} WIB", f"Petugas melaporkan antrean pembeli di pasar tradisional masih panjang pada pukul {hour}.",
                f"Sebagian pedagang di los nomor {n + 1} mengaku stok beras medium mulai menipis sejak pagi tadi."]
    labels = classify_lines(raw)
    sentences = [n for n, line in enumerate(raw, 1) if line.endswith(".")]
    assert set(sentences) <= set(labels.body)


def test_a_short_article_under_its_headline_and_date_beats_a_longer_footer_text():
    raw = [
        "Gempa Magnitudo 5,2 Guncang Sukabumi Pagi Ini",
        "Kamis, 06 Juli 2023 07:15 WIB",
        "Sukabumi - Gempa bermagnitudo 5,2 mengguncang wilayah Sukabumi, Jawa Barat, pada Kamis pagi sekitar pukul 06.40 WIB.",
        "Badan meteorologi menyatakan gempa tidak berpotensi tsunami dan warga diminta tetap tenang.",
        "Berita Terkait",
        "Gempa Susulan Terasa hingga Bogor",
        "Tentang Kami",
        "Portal berita ini dikelola oleh perusahaan media yang telah terverifikasi oleh Dewan Pers sebagai media siber nasional.",
        "Seluruh konten yang dimuat dilindungi undang-undang hak cipta dan tidak boleh diterbitkan ulang tanpa izin tertulis.",
        "Kami berkomitmen menyajikan informasi yang akurat, berimbang, dan dapat dipertanggungjawabkan kepada para pembaca.",
    ]
    labels = classify_lines(raw)
    assert labels.title == 1
    assert labels.body == [3, 4]
    assert labels.boilerplate == list(range(5, 11))


def test_a_headline_ending_in_a_quotation_is_not_a_sentence_of_the_body():
    raw = [
        'Presiden soal Pemilu: "Kami Siap Menjaga Netralitas Aparat"',
        "Senin, 20 Maret 2023 10:00 WIB",
        "Jakarta - Presiden menegaskan pemerintah siap menjaga netralitas aparatur negara menjelang pemilihan umum.",
        '"Kami tidak akan membiarkan aparat berpihak kepada salah satu calon," kata Presiden di Istana.',
    ]
    labels = classify_lines(raw)
    assert (labels.title, labels.meta, labels.body) == (1, [2], [3, 4])


def test_a_question_headline_above_its_date_is_the_title():
    raw = [
        "Kapan Harga Beras Kembali Turun di Pasar Tradisional?",
        "Senin, 20 Maret 2023 10:00 WIB",
        "Jakarta - Harga beras di pasar tradisional diperkirakan baru turun setelah panen raya bulan depan.",
        "Pedagang menyebut pasokan dari daerah sentra produksi masih terbatas hingga akhir bulan ini.",
    ]
    labels = classify_lines(raw)
    assert (labels.title, labels.meta, labels.body) == (1, [2], [3, 4])


def test_short_lines_printed_twice_are_a_menu_not_the_headline():
    """Menus are often dumped twice (desktop and mobile) above the article: a three-word item printed twice is no
    headline; the headline-long line nearest the body is."""
    menu = ["Kabar Desa Terkini", "Dunia Usaha Kecil", "Rumah Tangga Sehat"]
    raw = [*menu, "Masuk", *menu,
           "Pemerintah Kota Bandung Resmikan Taman Baru di Pusat Kota",
           "Wali kota meresmikan taman seluas dua hektare itu pada Minggu pagi bersama ratusan warga sekitar.",
           "Taman tersebut dilengkapi jalur lari, area bermain anak, dan perpustakaan kecil yang buka setiap hari.",
           "Menurut dia, pembangunan taman memakan waktu delapan bulan dengan anggaran dari pemerintah provinsi."]
    raw = "\n\n".join(raw).split("\n")
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == "Pemerintah Kota Bandung Resmikan Taman Baru di Pusat Kota"
