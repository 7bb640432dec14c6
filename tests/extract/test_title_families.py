"""Families of headline misses found on whole-page dumps of real pages (the article-extraction benchmark), each
rebuilt on a small page of its own in Indonesian or English style (kabar.extract.lines.choose_title and the rules
that move the body's first line past a headline)."""

from __future__ import annotations

import pytest

from kabar.extract.lines import classify_lines

LEAD_ID = [
    "Jakarta - Badan Pusat Statistik mencatat harga beras medium di pasar tradisional naik sekitar delapan persen "
    "sepanjang bulan lalu dibandingkan bulan sebelumnya.",
    "Kenaikan harga beras terjadi hampir merata di seluruh provinsi, terutama di wilayah timur Indonesia.",
    "Pemerintah menyiapkan operasi pasar untuk menahan kenaikan harga beras menjelang hari raya.",
]
LEAD_EN = [
    "Brock Nelson scored his second goal of the game in overtime to cap a frantic comeback and lift the New York "
    "Islanders over the Pittsburgh Penguins on Tuesday night.",
    "The Islanders trailed by two goals in the third period before Nelson and Anthony Beauvillier scored.",
    "New York has now gone 15 straight games without a loss in regulation.",
]


def _page(lines: list[str]) -> list[str]:
    return "\n\n".join(lines).split("\n")


def _title(lines: list[str]) -> str | None:
    raw = _page(lines)
    labels = classify_lines(raw)
    return raw[labels.title - 1] if labels.title else None


def _first_body(lines: list[str]) -> str:
    raw = _page(lines)
    return raw[classify_lines(raw).body[0] - 1]


def test_a_quotes_attribution_opening_with_a_dash_is_no_headline():
    """A fact check prints the claim, its attribution ("— Anggota DPRD ... di media sosial") and then its own
    question headline over the byline; the question reads like a sentence, and the attribution above it is no
    headline over it."""
    headline = "Benarkah harga beras naik dua kali lipat dalam sebulan terakhir?"
    lines = ["Beranda", "Cek Fakta", "“Harga beras sudah naik dua kali lipat dalam sebulan.”",
             "— Seorang anggota DPRD dalam unggahan di media sosial pekan lalu", headline,
             "Oleh Rina Wulandari", *LEAD_ID]
    assert _title(lines) == headline


def test_a_row_of_a_table_is_no_headline():
    """A stock table between the headline and the lead: its rows are tab-separated cells in capitals, title case
    by their words, but no headline holds a tab."""
    headline = "Saham Emiten Beras Turun Setelah Laporan Harga Pangan Dirilis"
    lines = ["Beranda", "Ekonomi", headline, "Kode\t\tEmiten\t\tHarga\t\tPerubahan",
             "BERAS\t\tPT BERAS PANGAN NUSANTARA TBK\t\t1.250\t\t-3,1%", *LEAD_ID]
    assert _title(lines) == headline


def test_a_line_in_lower_case_over_the_date_is_no_headline():
    """A tag line in lower case between the headline and the date is anchored by the date as a headline would be;
    a headline opens with a capital (or a name such as "iPhone")."""
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    lines = ["Beranda", "Ekonomi", headline, "harga beras naik pasar tradisional", "Senin, 20 Maret 2023 10:15 WIB",
             *LEAD_ID]
    assert _title(lines) == headline


def test_a_name_in_lower_case_camel_case_may_open_a_headline():
    headline = "iPhone Baru Dijual Mulai Pekan Depan di Indonesia"
    lines = ["Beranda", "Teknologi", headline, "Senin, 20 Maret 2023 10:15 WIB",
             "Jakarta - Ponsel iPhone baru mulai dijual di Indonesia pekan depan melalui distributor resmi.",
             "Harga ponsel iPhone baru itu dibuka mulai belasan juta rupiah untuk model paling murah.",
             "Distributor menyiapkan pemesanan awal secara daring sejak hari ini."]
    assert _title(lines) == headline


def test_the_headlines_second_copy_over_the_deck_names_the_headline():
    """The headline printed in a list high on the page and again right over the deck, which stands over the
    agency's credit and the date: the deck is anchored, the copy over it marks the headline."""
    headline = "Nelson's OT goal lifts Isles past Penguins"
    deck = "N.Y. completes frantic comeback to extend unbeaten streak to 15"
    lines = ["Sports", "Hockey", headline, "Vermont gives No. 7 Virginia a battle", "No. 4 Huskies rout Virginia",
             "Golf", "Auto Racing", "Columnists", "Outdoors", "Photos", "Videos", "Newsletters", headline, deck,
             "Associated Press",
             "Published 11:26 pm EST, Tuesday, November 19, 2019", *LEAD_EN]
    assert _title(lines) == headline


def test_one_copy_of_a_short_line_over_the_deck_does_not_displace_it():
    """Only a headline-long copy counts over the deck: a section name printed twice ("Berita Ekonomi Terkini") is
    menu, and the anchored line under it stays the headline."""
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    lines = ["Beranda", "Berita Ekonomi Terkini", "Olahraga", "Berita Ekonomi Terkini", headline,
             "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID]
    assert _title(lines) == headline


def test_a_long_unterminated_headline_under_a_breadcrumb_run_into_it_opens_the_article():
    """A breadcrumb run together with the headline ("Home News Business News <headline>") opens the block of
    sentences, the headline itself follows: long enough to read as a sentence, without a closing stop, with its
    date under it. The article starts after it, and it is the headline, not the breadcrumb."""
    headline = ("Two hospital groups introduce a shared alarm management system for intensive care units in the "
                "region to improve patient care")
    lead = ["The full integration of the monitoring software with bedside devices will deliver alerts to the phones "
            "of nurses and doctors, the companies said on Thursday.",
            "The system is expected to reduce the number of false alarms heard on the wards each night.",
            "Installation starts next month at twelve sites and will be finished by the end of the year."]
    lines = ["Careers", "Contact Us", "Phone +41 41 544 78 00", "Home News Business News " + headline, headline,
             "August 23, 2018", *lead]
    assert _title(lines) == headline
    assert _first_body(lines) == lead[0]


def test_a_long_unterminated_headline_with_its_date_under_a_notice_opens_the_article():
    """Under a notice in sentences at the top of the block ("Kirimkan cerita Anda ..."), the headline long enough to
    read as a sentence, without a closing stop, with its date right under it, is where the article starts."""
    headline = ("Pemerintah menyiapkan operasi pasar di seluruh provinsi untuk menahan harga yang terus naik "
                "menjelang hari raya tahun ini")
    lines = ["Beranda", "Ekonomi",
             "Kirimkan cerita Anda tentang harga kebutuhan pokok di daerah Anda ke alamat surel redaksi kami.",
             headline, "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID[1:]]  # (a lead without a dateline to start at)
    assert _title(lines) == headline
    assert _first_body(lines) == LEAD_ID[1]


def test_a_date_line_ending_with_its_outlet_is_the_date_not_a_photo_credit():
    """"Updated on: November 19, 2019 / 10:07 AM / CBS News" ends as a photo's credit does ("Foto / Antara"); as a
    date line it is the date under the headline, which then opens no body."""
    headline = "Benarkah harga beras naik dua kali lipat dalam sebulan terakhir?"
    lines = ["Beranda", "Ekonomi", "Masuk",
             headline, "Diperbarui: 20 Maret 2023 / 10:15 WIB / Kabar Kita", *LEAD_ID[1:]]
    raw = _page(lines)
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline
    assert raw[labels.meta[0] - 1] == lines[4]
    assert raw[labels.body[0] - 1] == LEAD_ID[1]


STOPPED = "Harga Beras Naik Lagi. Pemerintah Siapkan Operasi Pasar."


def test_a_headline_ending_with_a_full_stop_over_its_byline_is_the_headline():
    """Under the section labels, right over the byline and the date, a short line in two sentences is the headline
    for all its full stops; the article starts after its byline and date."""
    lines = ["Beranda", "Ekonomi", "Masuk", STOPPED, "Oleh Rina Wulandari", "Senin, 20 Maret 2023 10:15 WIB",
             *LEAD_ID[1:]]
    assert _title(lines) == STOPPED
    assert _first_body(lines) == LEAD_ID[1]


def test_a_headline_ending_with_a_full_stop_under_a_menu_line_is_the_headline():
    """A headline-like menu line far above the byline is the structural pick; the stopped line over the byline,
    nearer the body, takes its place."""
    lines = ["Beranda", "Kabar Pagi Bersama Tim Redaksi", "Ekonomi", "Bisnis", "Masuk", STOPPED, "Oleh Rina Wulandari",
             "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID[1:]]
    assert _title(lines) == STOPPED


def test_a_short_standfirst_under_a_short_headline_stays_the_standfirst():
    """The same shape under a headline, even a three-word one, is the standfirst: the headline keeps the title."""
    lines = ["Beranda", "Ekonomi", "Harga Beras Naik", "Pemerintah menyiapkan operasi pasar di semua provinsi.",
             "Oleh Rina Wulandari", "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID[1:]]
    assert _title(lines) == "Harga Beras Naik"


def test_the_dates_of_a_list_of_stories_with_their_authors_above_the_headline_date_nothing():
    """A list of other stories above the headline, each with its author between its headline and its date: the
    dates are the list's, not the page's (which here states only a weekday), so none is the publication date."""
    from kabar.extract import extract_pages
    from kabar.records import Page

    listed = [("Harga Cabai di Pasar Induk Turun Menjelang Akhir Pekan", "Andi Saputra", "12/11/2023 10:00"),
              ("Pemkot Siapkan Pompa Air di Titik Rawan Banjir", "Dewi Lestari", "11/11/2023 16:40"),
              ("Jalan Tol Baru Dibuka untuk Umum Mulai Besok Pagi", "Andi Saputra", "10/11/2023 08:15")]
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    lines = ["Beranda", "Terkini", *[x for item in listed for x in item], "Ekonomi", headline, "Rina Wulandari",
             "Senin", *LEAD_ID]
    raw = _page(lines)
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline
    assert not {n for n in labels.meta if raw[n - 1][:2].isdigit()}
    article = extract_pages([Page(source="page.txt", raw="\n".join(raw), kind="text")])[0]
    assert article.published is None


@pytest.mark.parametrize("echo", ["Bagikan artikel ini lewat: {}", "Beranda » Ekonomi » {}"])
def test_the_headline_echoed_after_a_separator_beats_the_deck_over_the_byline(echo):
    """Headline, a comment count, the deck over the byline: the deck is anchored. The headline printed again as the
    last part of a share widget's text or of a breadcrumb marks it as the page's headline."""
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    deck = "Kenaikan tertinggi tercatat di wilayah timur Indonesia"
    lines = ["Beranda", "Ekonomi", headline, "15 komentar", deck, "Oleh Rina Wulandari",
             "Senin, 20 Maret 2023 10:15 WIB", "Bagikan", echo.format(headline), *LEAD_ID]
    assert _title(lines) == headline


def test_a_breadcrumb_above_the_headline_ending_with_a_section_name_marks_no_headline():
    """A breadcrumb above the headline ends with the section's name, which the menu above prints too: that is no
    second print of a headline, and the headline over its byline stays."""
    section = "Kabar Ekonomi dan Bisnis Terkini Hari Ini"
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    lines = ["Beranda", section, "Olahraga", f"Beranda » {section}", headline, "Oleh Rina Wulandari",
             "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID]
    assert _title(lines) == headline


QUESTION = "Harga beras naik lagi, cukupkah operasi pasar menahan lonjakan menjelang hari raya?"


def test_a_headline_reading_as_a_sentence_opens_the_block_under_a_far_menu():
    """The headline ends with a question mark, reads as a sentence and opens the block; the pick above is a menu
    line with no date under it and no word of the lead. The block's first line is the headline."""
    lines = ["Beranda", "Kabar Pilihan Redaksi Pagi Ini", "Olahraga", "Hiburan", "Masuk", QUESTION, *LEAD_ID[1:]]
    assert _title(lines) == QUESTION
    assert _first_body(lines) == LEAD_ID[1]


def test_a_dated_pick_keeps_the_title_over_a_block_opening_with_a_question():
    """A headline over its date stays the headline, whatever the question under it is."""
    headline = "Rapat Koordinasi Digelar di Balai Kota Sore Ini"
    lines = ["Beranda", headline, "Senin, 20 Maret 2023 10:15 WIB", QUESTION, *LEAD_ID[1:]]
    assert _title(lines) == headline


MENU_TWICE = ["Beranda", "Kanal Bisnis | Konten Berbayar", "Olahraga", "Hiburan", "Kanal Bisnis | Konten Berbayar",
              "Ekonomi", "Gaya Hidup"]


def test_a_headline_naming_three_words_of_the_lead_beats_a_menu_line_printed_twice():
    """A menu line printed twice (desktop and mobile menus) is the structural pick and names nothing of the lead;
    the headline nearer the body names three of its words, fewer than half of its own: it is the headline."""
    headline = "Kisah Petani Tua yang Bertahan di Tengah Naiknya Harga Beras Medium"
    lines = [*MENU_TWICE, headline, "Peneliti Senior", *LEAD_ID]
    assert _title(lines) == headline


def test_a_line_naming_two_words_of_the_lead_does_not_replace_the_pick():
    """Two shared words, fewer than half of its own, are not enough for a line to replace the pick."""
    line = "Kisah Petani Tua yang Bertahan di Tengah Naiknya Harga Beras"
    lines = [*MENU_TWICE, line, "Peneliti Senior", *LEAD_ID]
    assert _title(lines) != line


def test_the_last_cell_of_a_table_row_over_the_date_is_the_headline():
    """An old table layout dumps the left column's last link and the headline as one row of cells; the row over
    the date is the headline's, and the headline is its last cell."""
    from kabar.extract import extract_pages
    from kabar.records import Page

    headline = "Nelayan Pesisir Keluhkan Kelangkaan Solar Bersubsidi"
    lines = ["BERANDA | DAERAH | EKONOMI", "Berita Terbaru", "Harga Karet Naik Tipis",
             f"Turnamen Sepak Bola Antar Desa\t\t{headline}", "Senin, 02 November 2026 - 10:25 WIB",
             "Oleh: Hendri Setiawan", *LEAD_ID]
    raw = "\n\n".join(lines)
    assert _title(lines) == lines[3]
    assert extract_pages([Page(source="page.txt", raw=raw, kind="text")])[0].title == headline


def test_a_line_of_keywords_joined_by_bare_commas_is_no_headline():
    """A keywords line ("harga beras,operasi pasar,Bulog") right over the date is anchored as a headline would
    be; commas without a space after a letter make it a list of tags."""
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    lines = ["Beranda", "Ekonomi", headline, "Rina Wulandari", "Harga Beras,Operasi Pasar,Bulog Pusat",
             "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID]
    assert _title(lines) == headline


def test_a_headline_with_a_decimal_comma_is_still_a_headline():
    headline = "Pemerintah Kucurkan Rp3,2 Triliun untuk Operasi Pasar Beras"
    lines = ["Beranda", "Ekonomi", headline, "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID]
    assert _title(lines) == headline


def test_a_lead_opening_with_a_hyphenated_brand_has_no_dateline():
    """"T-Mobile CEO ..." opens with a capital and a dash as "JAKARTA-Presiden ..." does; a dateline's place has
    more than one letter, so the lead is not cut there and the body starts at its first paragraph."""
    from kabar.extract.features import has_dateline

    assert not has_dateline("T-Mobile CEO John Legere is stepping down in May next year.")
    assert not has_dateline("K-Pop makin digemari remaja di kota-kota besar Indonesia.")
    assert has_dateline("JAKARTA-Presiden meresmikan jalan tol baru di Jawa Barat.")


BLOG_LEAD = ["Menanam cabai di pot cocok untuk warga kota yang tidak punya halaman luas di rumahnya sendiri.",
             "Pilih pot berdiameter sedikitnya tiga puluh sentimeter dan isi dengan tanah yang gembur.",
             "Siram tanaman cabai setiap pagi dan letakkan pot di tempat yang terkena sinar matahari."]


def test_the_line_a_breadcrumb_under_it_ends_with_is_the_headline():
    """A blog prints the post's title, then the breadcrumb closing with it ("Beranda » Tips » <title>"), then a
    category line longer and in title case: the breadcrumb names the title."""
    title = "Cara Menanam Cabai di Pot"
    lines = ["Beranda", "Tips", "Kontak", title, f"Beranda » Tips Berkebun » {title}",
             "Bagikan", "Tips Berkebun, Tips Menanam Sayuran di Rumah Sendiri", *BLOG_LEAD]
    assert _title(lines) == title


def test_a_breadcrumb_ending_with_a_section_does_not_displace_a_dated_headline():
    section = "Berita Daerah Terkini"
    headline = "Harga Beras Medium Naik Delapan Persen dalam Sebulan"
    lines = ["Beranda", section, f"Beranda » {section}", headline, "Senin, 20 Maret 2023 10:15 WIB", *LEAD_ID]
    assert _title(lines) == headline


MORE_MENU = ["Otomotif", "Teknologi", "Kesehatan", "Pendidikan"]


def test_a_share_bar_between_the_headline_and_its_byline_does_not_part_them():
    """Headline, five share buttons, byline: the buttons do not count in the few lines within which a headline's
    byline follows it, so the headline is anchored and beats a menu line printed twice."""
    headline = "Emiten Pangan Anjlok Usai Rilis Kinerja Kuartal Ketiga"
    buttons = ["Facebook", "Twitter", "Komentar", "Cetak", "Email"]
    lines = [*MENU_TWICE, *MORE_MENU, headline, *buttons, "Oleh Rina Wulandari", *LEAD_ID]
    assert _title(lines) == headline


def test_furniture_longer_than_buttons_still_parts_a_line_from_a_byline():
    """Lines that are no buttons (labels, notices) between a line and a byline part them: it is not anchored."""
    headline = "Emiten Pangan Anjlok Usai Rilis Kinerja Kuartal Ketiga"
    furniture = ["Kanal Bursa", "Kanal Emiten", "Simak berita lainnya di kanal kami", "Dapatkan kabar terbaru setiap pagi"]
    lines = [*MENU_TWICE, *MORE_MENU, headline, *furniture, "Oleh Rina Wulandari",
             *LEAD_ID]
    assert _title(lines) != headline
