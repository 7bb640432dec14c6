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
