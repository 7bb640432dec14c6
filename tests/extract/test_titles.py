"""How the headline of a whole-page dump is told from menus, newsletter boxes and widgets (kabar.extract.lines)."""

from __future__ import annotations

from kabar.extract.lines import LeadWords, classify_lines, lead_words, page_features

LEAD = [
    "Jakarta - Dinas Perhubungan menutup sementara jembatan penyeberangan di kawasan Sudirman setelah retakan "
    "ditemukan pada tiang penyangga.",
    "Penutupan berlaku sejak Senin pagi hingga pemeriksaan struktur oleh tim ahli selesai dilakukan.",
    "Pejalan kaki diarahkan menyeberang lewat halte transjakarta terdekat yang dijaga petugas.",
    "Dinas Perhubungan memperkirakan perbaikan jembatan memakan waktu sekitar dua pekan.",
]
HEADLINE = "Jembatan Penyeberangan di Sudirman Ditutup karena Retak"


def _page(lines: list[str]) -> list[str]:
    return "\n\n".join(lines).split("\n")


def _title(raw: list[str]) -> str | None:
    labels = classify_lines(raw)
    return raw[labels.title - 1] if labels.title else None


def test_a_newsletter_box_with_a_date_under_it_is_not_the_headline():
    """The box's date makes it look anchored; the headline, whose byline sits too far below it, names what the
    lead tells and the box does not."""
    raw = _page(["Dapatkan Kabar Terbaru Setiap Hari di Kotak Masuk Anda", "Daftar", "Senin, 20 Maret 2023",
                 "Beranda", "Megapolitan", HEADLINE, HEADLINE, "Bagikan lewat", "Salin tautan", "Penulis Dewi Lestari",
                 *LEAD])
    assert _title(raw) == HEADLINE


def test_a_sentence_case_headline_beats_a_title_case_menu_item_far_above_it():
    raw = _page(["Beranda", "Kabar Ekonomi Dunia Hari Ini", "Cerita Dari Pelosok Negeri", "Megapolitan",
                 "Jembatan penyeberangan di Sudirman ditutup karena retak", *LEAD])
    assert _title(raw) == "Jembatan penyeberangan di Sudirman ditutup karena retak"


def test_without_a_better_line_the_structural_pick_stays():
    """A line sharing no word with the lead is only replaced by one that shares several: with none, the headline
    chosen by position stays."""
    raw = _page(["Beranda", "Kabar Ekonomi Dunia Hari Ini", "Empat Hal yang Perlu Diketahui Hari Ini", *LEAD])
    assert _title(raw) == "Empat Hal yang Perlu Diketahui Hari Ini"


def test_a_menu_line_above_the_pick_sharing_two_words_does_not_take_its_place():
    """Above the structural pick, a line must share STRONG_WORDS with the lead: an outlet's own column name that
    the lead happens to mention ("Dinas Perhubungan") is no headline."""
    raw = _page(["Beranda", "Kanal Dinas Perhubungan", "Empat Hal yang Perlu Diketahui Hari Ini", *LEAD])
    assert _title(raw) == "Empat Hal yang Perlu Diketahui Hari Ini"


def test_the_dateline_is_not_part_of_the_lead():
    """"JAKARTA, KABARKITA.com -" names the outlet, whose name its menus carry too."""
    lines = page_features(["Jakarta, KabarKita.com - " + LEAD[0].removeprefix("Jakarta - "), *LEAD[1:]])
    lead = lead_words(lines, 0, len(lines) - 1)
    assert "kabarkita" not in lead.words and "jakarta" not in lead.words
    assert {"perhubungan", "retakan", "penutupan"} <= lead.words


def test_words_match_through_indonesian_prefixes_and_english_plurals():
    lead = LeadWords(["Harga baru ditetapkan pemerintah, and simulations of galaxies."])
    assert lead.shared("Pemerintah Tetapkan Harga Baru") == (4, 4)
    assert lead.shared("Simulation of a Galaxy Cluster") == (2, 3)  # "cluster" is not in the lead


def test_a_page_title_line_at_the_top_names_the_headline_among_lines_printed_twice():
    """A dump opening with the page's <title> ("Headline | Outlet") tells which line is the headline, though a
    banner printed twice above it looks like a headline shown twice and the lead shares few words."""
    headline = "Warga Kampung Melayu Gelar Festival Layang-layang"
    raw = _page([f"{headline} | KabarKita", "Masuk", "Program Mudik Bersama Dibuka Pekan Depan", "Opini",
                 "Program Mudik Bersama Dibuka Pekan Depan", headline,
                 "Ratusan anak dan orang tua memadati lapangan di tepi sungai sejak pagi untuk menerbangkan aneka bentuk.",
                 "Panitia menyiapkan hadiah bagi peserta dengan bentuk paling unik dan paling tinggi terbangnya.",
                 "Acara tahunan itu juga diramaikan pedagang makanan dan pertunjukan musik tradisional."])
    assert _title(raw) == headline


def test_a_long_headline_without_full_stop_at_the_top_of_the_body_is_the_headline():
    headline = ("Pemerintah Siapkan Anggaran Rp 2 Triliun untuk Perbaikan Jalan Desa di Seluruh Provinsi pada Tahun "
                "Depan dan Awasi Penggunaannya")
    lead = ["Pemerintah menyiapkan anggaran Rp 2 triliun untuk perbaikan jalan desa yang rusak di seluruh "
            "provinsi.", "Anggaran itu akan disalurkan melalui pemerintah daerah mulai awal tahun depan.",
            "Kementerian meminta inspektorat mengawasi penggunaan anggaran agar tepat sasaran."]
    raw = _page(["Beranda", "Nasional", headline, "Oleh Budi Santoso", *lead])
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline
    assert [raw[n - 1] for n in labels.body] == lead


def test_a_long_unterminated_line_under_its_headline_stays_in_the_body():
    """With the headline above naming the lead, the long line under it is the article's own (a standfirst or lead)."""
    long_line = ("Anggaran perbaikan jalan desa senilai Rp 2 triliun disiapkan pemerintah untuk seluruh provinsi pada "
                 "tahun depan dan akan diawasi ketat")
    lead = ["Anggaran perbaikan jalan desa senilai Rp 2 triliun itu disalurkan ke seluruh provinsi mulai tahun depan.",
            "Pemerintah meminta inspektorat mengawasi ketat penggunaan anggaran agar tepat sasaran."]
    raw = _page(["Beranda", "Pemerintah Siapkan Anggaran Perbaikan Jalan Desa", long_line, *lead])
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == "Pemerintah Siapkan Anggaran Perbaikan Jalan Desa"
    assert long_line in [raw[n - 1] for n in labels.body + [labels.description or 0] if n]


def test_a_headline_with_its_byline_among_the_first_lines_of_the_block_opens_the_article():
    """A disclaimer sentence above the headline starts the run of sentences; the headline with its byline under it
    shows where the article begins."""
    disclaimer = "Situs ini didukung pembaca, dan kami dapat menerima komisi dari pembelian lewat tautan di halaman ini."
    lead = [LEAD[0].removeprefix("Jakarta - "), *LEAD[1:]]  # (a dateline alone would show where the body starts)
    raw = _page(["Beranda", "Sains", "Majalah Cetak Kami Terbit Setiap Bulan", disclaimer, "Beranda",
                 HEADLINE, "Oleh Dewi Lestari", *lead])
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == HEADLINE
    assert [raw[n - 1] for n in labels.body] == lead
