"""What stands after an article on whole-page dumps (lists of other stories, newsletter boxes, footers) and what
splits one: families found on the article-extraction benchmark's dumps (bench/extract_failures.py), each tested
here on pages written in the style of Indonesian outlets."""

from __future__ import annotations

import pytest

from kabar.extract.features import is_boilerplate_cue, is_list_heading, text_features
from kabar.extract.lines import _cut_headline, classify_lines, page_features

HEAD = ["Beranda", "Nasional", "Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang", "Kamis, 07 Maret 2024 | 10:15 WIB"]
BODY = [
    "SEMARANG - Banjir rob merendam ratusan rumah di kawasan pesisir Semarang sejak Rabu malam, kata petugas.",
    "Air laut pasang masuk ke permukiman warga setinggi lutut orang dewasa dan belum surut hingga siang ini.",
    "Petugas gabungan membantu warga memindahkan barang berharga ke tempat yang lebih tinggi sejak pagi.",
    "Badan meteorologi memperkirakan pasang tinggi masih akan terjadi hingga akhir pekan di pesisir utara Jawa.",
]


def _body(raw: list[str]) -> list[str]:
    return [raw[n - 1] for n in classify_lines(raw).body]


def test_headlines_in_title_case_ending_like_sentences_are_no_paragraphs():
    """A list of other stories whose headlines ask or end with a full stop ("Kenapa Harga Cabai Naik Terus?") reads
    like sentences by its punctuation; in title case it is a list, and the footer sentence after it is no paragraph
    of the article either."""
    teasers = ["Kenapa Harga Cabai Rawit di Pasar Tradisional Naik Terus?",
               "Begini Cara Mengurus Paspor Baru Lewat Aplikasi Ponsel.",
               "Apakah Kereta Cepat Akan Diperpanjang Sampai Surabaya?",
               "Tiga Pemuda Ditangkap Usai Balapan Liar di Jalan Tol."]
    footer = "Berita ini dikelola oleh redaksi kami yang berkantor di Jakarta dan terbit setiap hari."
    raw = [*HEAD, *BODY, *teasers, footer]
    assert _body(raw) == BODY


def test_a_lead_naming_many_people_is_still_a_sentence():
    """A paragraph full of names and titles keeps its lower-case verbs and nouns: it is no headline."""
    lead = "Kapolda Metro Jaya Irjen Fadil Imran dan Wakapolda Brigjen Hendro Pandowo meninjau lokasi banjir di Kampung Melayu."
    assert page_features([lead])[0].sentence
    raw = [*HEAD, lead, *BODY[1:]]
    assert _body(raw) == [lead, *BODY[1:]]


def test_a_headline_ending_with_a_colon_announces_a_list_and_stays_a_sentence():
    line = "Daftar Lengkap Formasi CPNS Kementerian Keuangan Tahun Ini:"
    assert not page_features([line])[0].headline_case


def test_a_comments_button_in_a_share_bar_does_not_open_a_comment_section():
    """"Komentar" between "Facebook" and "WhatsApp" is a button of the share bar under the headline; the article
    below it is not a comment section (which would weigh it below the cookie notice above it)."""
    notice = ["Kami menggunakan cookie untuk meningkatkan pengalaman Anda saat membaca berita di situs ini setiap hari.",
              "Dengan terus menggunakan situs ini, Anda menyetujui penggunaan cookie sesuai kebijakan privasi kami.",
              "Anda dapat mengubah pengaturan cookie kapan saja melalui menu pengaturan peramban yang Anda gunakan."]
    bar = ["Facebook", "Twitter", "Komentar", "WhatsApp"]
    raw = [*notice, *HEAD, *bar, *BODY]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == BODY
    assert raw[labels.title - 1] == HEAD[2]


def test_a_comments_heading_under_the_article_still_ends_it():
    comments = ["Komentar", "Budi Santoso", "Semoga banjir segera surut dan warga bisa kembali beraktivitas seperti biasa."]
    raw = [*HEAD, *BODY, "Facebook", "Twitter", *comments]
    assert _body(raw) == BODY


@pytest.mark.parametrize("text", ["Terpopuler di Kompas.com", "Berita Terkini Lainnya", "Paling Banyak Dibaca Minggu Ini",
                                  "Most read in world news", "Top stories in Nation", "Popular on IndieWire",
                                  "More Business News", "RECENT CONTENT"])
def test_headings_of_lists_that_name_a_section_or_a_site_are_list_headings(text):
    assert is_list_heading(text) and text_features(text)[5]


@pytest.mark.parametrize("text", ["Berita duka dari keluarga korban", "Top news organizations sued the agency",
                                  "Populer karena murah", "Most of the victims were children",
                                  "Populer di kalangan anak muda Jakarta", "Terbaru di pesisir utara Jawa Tengah"])
def test_subheadings_opening_like_list_headings_are_not(text):
    assert not is_list_heading(text) and not text_features(text)[5]


def test_a_most_read_list_with_snippets_after_the_article_is_not_its_body():
    teasers = ["Harga Cabai Naik Jelang Lebaran", "Pedagang di pasar tradisional mengeluhkan harga cabai yang terus naik.",
               "Jalan Tol Baru Dibuka Pekan Depan", "Pemerintah memastikan jalan tol baru siap dilalui kendaraan pemudik."]
    raw = [*HEAD, *BODY, "Terpopuler di Jateng", *teasers]
    assert _body(raw) == BODY


def test_an_unterminated_headline_over_its_byline_under_a_kicker_is_the_headline():
    """A kicker ("BANJIR ROB SEMARANG") over a long headline without a full stop, then byline and date: the headline reads
    like a sentence by its words, but over its byline it is the headline, not the lead."""
    headline = "Banjir rob rendam ratusan rumah di pesisir Semarang sejak Rabu malam dan belum juga surut hingga siang ini"
    body = [BODY[0].removeprefix("SEMARANG - "), *BODY[1:]]  # (a dateline would mark the lead by itself)
    raw = ["Beranda", "Nasional", "BANJIR ROB SEMARANG", headline, "Oleh Budi Santoso", "Kamis, 07 Maret 2024 | 10:15 WIB", *body]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline
    assert [raw[n - 1] for n in labels.body] == body


def test_a_standfirst_without_a_full_stop_over_the_byline_leaves_the_headline_above_it():
    standfirst = "Warga pesisir Semarang mengungsi ke balai desa setelah air laut pasang masuk ke permukiman sejak semalam"
    raw = ["Beranda", "Nasional", HEAD[2], standfirst, "Oleh Budi Santoso", "Kamis, 07 Maret 2024 | 10:15 WIB", *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == HEAD[2]
    assert [raw[n - 1] for n in labels.body] == BODY


MORE = ["Warga di bantaran sungai diminta waspada karena debit air masih tinggi hingga malam nanti, kata petugas.",
        "Dinas sosial mendirikan dapur umum di tiga titik pengungsian untuk warga yang rumahnya terendam banjir rob.",
        "Sebagian warga memilih bertahan di lantai dua rumah mereka sambil menjaga barang berharga dari pencurian.",
        "Petugas kesehatan membuka posko di balai desa untuk memeriksa warga yang mulai terserang gatal dan demam.",
        "Wali kota Semarang meminta warga segera melapor bila ada anggota keluarga yang membutuhkan pertolongan."]


def test_a_box_naming_its_section_between_paragraphs_does_not_end_the_article():
    """"Lainnya dari Jateng" with a kicker and headlines between two paragraphs, and the article going on at length
    below the box with the words of the paragraph above it: the box is furniture, the body goes on."""
    box = ["Lainnya dari Jateng", "VIRAL", "Pemuda Kendal Sulap Sampah Plastik Jadi Paving Blok",
           "Harga Cabai di Pasar Johar Turun Jelang Akhir Pekan"]
    raw = [*HEAD, *BODY, *box, *MORE]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == BODY + MORE


def test_a_box_naming_its_section_under_the_article_still_ends_it():
    """The same box followed by a short bio and a newsletter pitch, however many words of the article they share:
    no article goes on at length below it."""
    box = ["Lainnya dari Jateng", "Pemuda Kendal Sulap Sampah Plastik Jadi Paving Blok"]
    tail = ["Budi Santoso meliput air laut pasang yang masuk ke permukiman warga pesisir utara Jawa sejak 2010.",
            "Dapatkan berita banjir rob Semarang terbaru setiap pagi langsung di kotak surat Anda."]
    raw = [*HEAD, *BODY, *box, *tail]
    assert _body(raw) == BODY


def test_the_heading_of_the_authors_bio_ends_the_article():
    """"Tentang Budi Santoso" over the bio that names him again: the bio is no paragraph of the article, however
    many words it shares with it."""
    bio = "Budi Santoso adalah wartawan yang sejak 2010 meliput banjir rob dan air laut pasang di pesisir utara Jawa."
    raw = [*HEAD, *BODY, "Tentang Budi Santoso", bio]
    assert _body(raw) == BODY
    assert page_features(["Tentang Budi Santoso", bio])[0].end_marker


def test_a_subheading_opening_like_a_bio_heading_stays_in_the_body():
    """"Tentang Tanggul Laut" over a paragraph that does not repeat it is the article's subheading."""
    paragraph = "Warga meminta pemerintah segera menyelesaikan pembangunan tanggul yang tertunda sejak tahun lalu."
    raw = [*HEAD, *BODY, "Tentang Tanggul Laut", paragraph]
    assert _body(raw) == [*BODY, "Tentang Tanggul Laut", paragraph]


def test_long_paragraphs_under_subheadings_are_no_list_of_teasers():
    """Subheading, paragraph, subheading, paragraph: the shape of a list of teasers, but paragraphs of a few
    sentences each are the article's; weighed as teasers, they were cut off from the intro above them (set apart
    by a few photo labels)."""
    sections = []
    for n, topic in enumerate(["tanggul", "pompa air", "rumah pompa", "drainase", "hutan bakau"], start=1):
        sections += [f"{n}. Pembangunan {topic.title()}",
                     f"Pemerintah kota menyiapkan anggaran untuk {topic} tahun depan. Pekerjaan {topic} dimulai setelah "
                     f"musim hujan berakhir dan diawasi oleh dinas pekerjaan umum. Warga diminta ikut mengawasi agar "
                     f"pekerjaan {topic} selesai tepat waktu dan sesuai dengan rencana yang sudah disepakati bersama. "
                     f"Dinas berjanji melaporkan kemajuan pekerjaan {topic} setiap bulan kepada dewan dan warga."]
    intro = [f"{opening} Pemerintah kota menyiapkan lima langkah untuk mengatasi banjir rob di pesisir yang terus berulang "
             "setiap tahun, kata wali kota di hadapan warga. Langkah itu disusun bersama warga, akademisi dan dinas "
             "pekerjaan umum setelah banjir rob merendam ratusan rumah dan jalan utama kota selama berhari-hari."
             for opening in ("SEMARANG - Pada Kamis pagi.", "Sebelumnya, pada Rabu malam.", "Menurut rencana, tahun depan.")]
    labels = ["Warga Mengungsi", "Tanggul Jebol", "Pompa Mati", "Jalan Tergenang"]
    raw = [*HEAD, *intro, *labels, *sections]
    body = _body(raw)
    assert body[:3] == intro and body[-2:] == sections[-2:]


def test_a_standfirst_over_the_date_under_a_headline_and_a_label_is_neither_title_nor_body():
    standfirst = "Warga pesisir Semarang mengungsi ke balai desa setelah air laut pasang masuk ke permukiman sejak semalam"
    body = [BODY[0].removeprefix("SEMARANG - "), *BODY[1:]]  # (no dateline: it would mark the lead by itself)
    raw = ["Beranda", "Nasional", HEAD[2], "Opini", standfirst, "Kamis, 07 Maret 2024 | 10:15 WIB", "Bagikan", *body]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == HEAD[2]
    assert [raw[n - 1] for n in labels.body] == body


@pytest.mark.parametrize("text", ["Dapatkan berita pilihan setiap pagi langsung di kotak masuk email Anda.",
                                  "Berlangganan newsletter kami, gratis!",
                                  "No spam, we promise. You can unsubscribe at any time.",
                                  "Get the latest updates right in your inbox. Subscribe to our newsletters.",
                                  "You have successfully subscribed. Thank you!"])
def test_newsletter_sign_up_boxes_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split())) and text_features(text)[3]


@pytest.mark.parametrize("text", ["Perusahaan itu meluncurkan newsletter untuk pelanggan sejak tahun lalu, kata juru bicaranya.",
                                  "The company said its newsletter subscribers doubled last year after the paywall was lifted.",
                                  "Polisi menyita kotak berisi surat-surat penting dari rumah tersangka pada Selasa malam."])
def test_sentences_about_newsletters_are_not(text):
    assert not is_boilerplate_cue(text, len(text.split())) and not text_features(text)[3]


@pytest.mark.parametrize("text", ["Foto 3 dari 12", "Image 3 of 5", "Galeri 1/8"])
def test_a_gallerys_counter_is_furniture(text):
    assert is_boilerplate_cue(text, len(text.split()))


def test_a_sign_up_box_under_the_article_is_not_its_body():
    box = ["Dapatkan berita banjir terbaru setiap pagi langsung di kotak masuk email Anda.",
           "Berlangganan newsletter kami untuk kabar terkini dari pesisir utara Jawa dan sekitarnya."]
    assert _body([*HEAD, *BODY, *box]) == BODY


def test_a_long_thread_of_dated_comments_does_not_outweigh_a_short_article():
    """Under "Komentar", entries each dated ("Rina, 8 Maret 2024 10:12") make a thread of comments: however long
    it runs, the short article above it is the body."""
    intro = ["Pemerintah kota membuka forum tanya jawab tentang penanganan banjir rob di pesisir Semarang bulan ini.",
             "Silakan tulis pertanyaan Anda di kolom komentar di bawah dan petugas akan menjawabnya secepatnya."]
    thread = ["Komentar"]
    for n, name in enumerate(["Rina", "Budi", "Sari", "Andi", "Dewi", "Joko"], start=1):
        thread += [f"{name}, {n} Maret 2024 10:1{n}",
                   f"Saya warga Tambak Lorok yang rumahnya terendam sejak minggu lalu dan belum mendapat bantuan apa pun "
                   f"dari kelurahan. Kapan pompa air di kampung kami diperbaiki dan siapa yang harus kami hubungi bila "
                   f"air naik lagi pada malam hari? Terima kasih atas jawabannya, saya tunggu kabar dari petugas. ({n})"]
    raw = [*HEAD, *intro, *thread]
    assert _body(raw) == intro


SCHEDULE = ["Persib vs Persija, Stadion Gelora Bandung Lautan Api", "PSIS vs Arema, Stadion Jatidiri Semarang",
            "Persebaya vs Bali United, Stadion Gelora Bung Tomo", "PSM vs Borneo FC, Stadion Gelora BJ Habibie",
            "Persik vs Dewa United, Stadion Brawijaya Kediri"]
MATCH = ["BANDUNG - Pekan ke-25 Liga 1 digelar akhir pekan ini dengan lima pertandingan di lima kota, kata operator liga.",
         "Operator liga meminta suporter tertib dan membeli tiket hanya melalui aplikasi resmi klub masing-masing."]


def test_the_list_the_last_sentence_announces_is_body():
    """"Berikut jadwal lengkapnya:" closing the text, then the schedule's items: the article's, up to the furniture."""
    announce = "Berikut jadwal lengkap pertandingan pekan ke-25 yang akan digelar akhir pekan ini:"
    raw = [*HEAD, *MATCH, announce, *SCHEDULE, "Bagikan", "Berita Terkait", "Harga Tiket Final Naik Dua Kali Lipat"]
    assert _body(raw) == [*MATCH, announce, *SCHEDULE]


def test_a_list_announced_between_paragraphs_does_not_split_the_article():
    announce = "Lima laga itu adalah sebagai berikut, semuanya dimulai pukul 19.00 waktu setempat:"
    after = ["Seluruh pertandingan disiarkan langsung oleh stasiun televisi pemegang hak siar liga musim ini.",
             "Operator juga menyiapkan layanan siaran ulang di aplikasi resmi bagi penonton di luar negeri."]
    raw = [*HEAD, *MATCH, announce, *SCHEDULE, *after]
    assert _body(raw) == [*MATCH, announce, *SCHEDULE, *after]


def test_items_ended_by_furniture_do_not_bridge_to_text_below_it():
    """The list closes the article: a share bar ends it, and a block far below (an outlet's self-description) is
    not joined across the items as if they were paragraphs' neighbours."""
    announce = "Berikut jadwal lengkap pertandingan pekan ke-25 yang akan digelar akhir pekan ini:"
    footer = ("Kabar Bola adalah portal berita olahraga yang menyajikan informasi sepak bola nasional dan internasional "
              "setiap hari, dikelola oleh tim redaksi yang berpengalaman di bidang jurnalistik olahraga sejak 2010.")
    menu = ["Redaksi", "Pedoman Media Siber", "Karier", "Kontak", "Info Iklan", "Kebijakan Privasi", "Disclaimer",
            "Indeks"]  # (fewer lines than the items and the menu together: MERGE_GAP)
    raw = [*HEAD, *MATCH, announce, *SCHEDULE, "Bagikan", "Facebook", *menu, footer]
    assert _body(raw) == [*MATCH, announce, *SCHEDULE]


def test_a_subscription_pitch_above_the_headline_is_not_the_lead():
    pitch = "Berita terbaik dari redaksi terpercaya setiap hari. Berlangganan sekarang untuk akses tanpa batas ke semua artikel."
    assert is_boilerplate_cue(pitch, len(pitch.split()))


def test_a_linked_headline_cut_short_inside_a_related_box_does_not_end_it():
    """"Berita Terkait" then a headline cut in the middle of a word ("... di Pesisir Sema...") between two
    paragraphs: the cut headline reads like a sentence by its dots only; the box is furniture and the body goes on."""
    box = ["Berita Terkait", "Tanggul Jebol, Ratusan Warga Mengungsi dari Kampung di Pesisir Sema...",
           "Harga Ikan Naik Usai Nelayan Berhenti Melaut"]
    raw = [*HEAD, *BODY[:2], *box, *BODY[2:]]
    assert _body(raw) == BODY


def test_a_long_sentence_trailing_off_is_not_a_cut_headline():
    lines = page_features(["Kami hanya bisa menunggu air surut sambil berdoa agar tanggul di kampung kami tidak jebol lagi "
                           "seperti tahun lalu, ketika seluruh rumah terendam hingga atap dan...",
                           "Tanggul jebol di pesisir Sema..."])
    assert [_cut_headline(x) for x in lines] == [False, True]


def test_a_trending_box_between_paragraphs_does_not_end_the_article():
    box = ["Trending", "Pemuda Kendal Sulap Sampah Plastik Jadi Paving Blok", "Harga Cabai di Pasar Johar Turun"]
    raw = [*HEAD, *BODY, *box, *MORE]
    assert _body(raw) == BODY + MORE


def test_the_headline_printed_twice_wins_over_the_deck_above_the_byline():
    """Breadcrumb copy of the headline, the headline, a deck without a full stop, byline, date: the line right above
    the byline is the deck; the headline is the line the page prints twice."""
    deck = "Ratusan warga pesisir mengungsi ke balai desa dan masjid terdekat"
    raw = ["Beranda", "Nasional", HEAD[2], "Tim Redaksi", HEAD[2], deck, "Oleh Budi Santoso", HEAD[3], *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == HEAD[2]
    assert [raw[n - 1] for n in labels.body] == BODY


def test_a_short_line_over_the_byline_does_not_outrank_the_headline():
    """"Kirim ke teman" (three words) right above the byline is a widget, not the headline printed twice above it
    (in the breadcrumb, then as the headline), even when the headline names nothing the lead names."""
    headline = "Malam Panjang di Kampung Tambak Lorok"
    raw = ["Beranda", headline, "Nasional", headline, "Kirim ke teman", "Oleh Budi Santoso", HEAD[3], *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline


def test_a_posting_row_opening_with_a_date_anchors_the_short_headline_above_it():
    """"12/03/2024 Budi Santoso Nasional, Hukum" (date, author, sections) is a date line, so the four-word headline
    above it is the headline, not the posting row."""
    raw = ["Beranda", "Nasional", "Tanggul Laut Jebol Lagi", "12/03/2024 Budi Santoso Nasional, Hukum", *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == "Tanggul Laut Jebol Lagi"
    assert 4 in labels.meta and [raw[n - 1] for n in labels.body] == BODY


@pytest.mark.parametrize("text", ["10.30 12/03/2024 Petugas tiba di lokasi dan mulai memompa air.",
                                  "2019-11-13T23:06:00+01:00", "12/03/2024 – Tersangka ditangkap di Bogor",
                                  "13/03/2024: Berkas perkara dilimpahkan ke kejaksaan"])
def test_a_timeline_entry_or_a_machine_timestamp_is_no_posting_row(text):
    assert page_features([text])[0].meta is None


def test_a_table_under_a_short_heading_after_the_text_is_body():
    """"Jadwal Pekan Ke-25" then rows that all hold " – ": a schedule closing the article, not furniture."""
    rows = [row.replace(", ", " – ") for row in SCHEDULE]
    raw = [*HEAD, *MATCH, "Jadwal Pekan Ke-25", *rows, "Bagikan", "Berita Terkait", "Harga Tiket Final Naik"]
    assert _body(raw) == [*MATCH, "Jadwal Pekan Ke-25", *rows]


def test_headlines_under_a_short_heading_after_the_text_are_not():
    """Headlines of other stories share no separator: under "Lainnya" they stay out of the body."""
    headlines = ["Harga Cabai Naik Jelang Lebaran", "Jalan Tol Baru Dibuka Pekan Depan",
                 "Persib Rekrut Pemain Asing Baru", "Cuaca Ekstrem Landa Jawa Tengah"]
    raw = [*HEAD, *MATCH, "Baca Lainnya", *headlines]
    assert _body(raw) == MATCH


def test_fewer_than_three_rows_under_a_heading_are_not_a_table():
    raw = [*HEAD, *MATCH, "Info Tiket", "Tribun: Rp 50.000", "VIP: Rp 150.000"]
    assert _body(raw) == MATCH


@pytest.mark.parametrize("text", ["Caption", "Close", "Back to Gallery", "Explore further", "Tutup"])
def test_gallery_and_widget_controls_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split()))


def test_a_long_headline_holding_a_dash_over_its_date_is_the_headline():
    """A headline long enough to read like a sentence, opening like a dateline ("Riset Kami Menunjukkan – ..."),
    over its date: the headline, not the lead (a lead opening with a dateline ends like a sentence)."""
    headline = ("Riset Kami Menunjukkan – Warga Pesisir Semarang Paling Terdampak Banjir Rob dan Kenaikan Muka Air "
                "Laut di Seluruh Pantai Utara Jawa")
    body = [BODY[0].removeprefix("SEMARANG - "), *BODY[1:]]
    raw = ["Beranda", "Riset", headline, HEAD[3], *body]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline
    assert [raw[n - 1] for n in labels.body] == body


def test_the_headline_repeated_right_over_the_byline_beats_a_widget_under_it():
    """The headline at the top of the page and again right over the byline (the second copy a duplicate, so no
    candidate): "Ikuti Budi Santoso di Twitter sekarang" over the date is a widget, the headline is the first copy."""
    headline = "Tanggul Laut Jebol Lagi"
    raw = [headline, "Beranda", "Nasional", "Regional", headline, "Oleh Budi Santoso",
           "Ikuti Budi Santoso di Twitter sekarang", HEAD[3], *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline


def test_a_section_repeated_in_the_breadcrumb_is_no_headline():
    """"Sains & Antariksa" printed twice (menu and breadcrumb) two lines over the date is a section, not the
    headline: the headline over the byline stays."""
    headline = "Astronaut Perlu Pesawat Lebih Kecil untuk Tidur Panjang"
    raw = ["Beranda", "Sains & Antariksa", "Teknologi", "Beranda", "Sains & Antariksa", "Astrobiologi", HEAD[3],
           headline, "Oleh Budi Santoso", *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline


def test_the_authors_bio_closing_the_text_is_not_body():
    """"Budi Santoso" over "Budi adalah wartawan ..." at the end of the text: the author's bio, not a paragraph."""
    bio = "Budi adalah wartawan yang meliput banjir rob dan air laut pasang di pesisir utara Jawa sejak 2010."
    raw = [*HEAD, *BODY, "Budi Santoso", bio]
    assert _body(raw) == BODY


def test_a_name_over_a_paragraph_not_opening_with_it_is_no_bio():
    paragraph = "Warga berharap pemerintah segera memperbaiki tanggul yang jebol sebelum musim hujan berikutnya tiba."
    raw = [*HEAD, *BODY, "Tambak Lorok", paragraph]
    assert _body(raw) == [*BODY, "Tambak Lorok", paragraph]


def test_a_subheading_the_paragraph_under_it_repeats_is_no_bio():
    paragraph = "Tanggul laut di Tambak Lorok jebol untuk kedua kalinya tahun ini setelah dihantam gelombang tinggi."
    raw = [*HEAD, *BODY, "Tanggul Laut", paragraph]
    assert _body(raw) == [*BODY, "Tanggul Laut", paragraph]


@pytest.mark.parametrize("text", ["Tag: banjir rob, semarang, tambak lorok, tanggul laut, bmkg, pasang air laut, pesisir utara",
                                  "Filed Under: Eastern Equine Encephalitis, EEE, health, Michigan",
                                  "Pick Six Newsletter", "Thanks for signing up!",
                                  "There was an error processing your subscription."])
def test_tag_lists_of_any_length_and_newsletter_box_lines_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split()))


def test_the_headline_naming_most_of_the_lead_beats_a_photos_caption_under_it():
    """A widget over the date names nothing of the lead; of the lines that do, the headline names more of it than
    the photo's caption nearer the body."""
    headline = "Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang Sejak Rabu Malam"
    raw = ["Beranda", headline, "Layanan Pembaca Kami", HEAD[3], "Ratusan Rumah di Semarang Terendam", "Dok. Istimewa",
           *BODY]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline


def test_headlines_with_their_outlet_under_a_short_heading_are_no_table():
    """Rows that all end alike ("... - Kompas.com") are other stories' headlines, not a table."""
    headlines = ["Harga Cabai Naik Jelang Lebaran - Kompas.com", "Jalan Tol Baru Dibuka Pekan Depan - Kompas.com",
                 "Persib Rekrut Pemain Asing Baru - Kompas.com", "Cuaca Ekstrem Landa Jawa Tengah - Kompas.com"]
    raw = [*HEAD, *MATCH, "Artikel Menarik", *headlines]
    assert _body(raw) == MATCH


@pytest.mark.parametrize("tail", [[], ["Editor: Andi Pratama"], ["Bagikan", "Berita Terkait", "Harga Cabai Naik"]])
def test_an_attribution_line_full_of_titles_closing_the_text_stays_body(tail):
    """"Hal itu disampaikan Kepala Dinas ... di Balai Kota." has capitalised titles and names but a lower-case verb:
    a sentence, kept as the article's last paragraph."""
    last = "Hal itu disampaikan Kepala Dinas Pekerjaan Umum Kota Semarang Budi Santoso di Balai Kota."
    assert page_features([last])[0].sentence
    assert _body([*HEAD, *BODY, last, *tail]) == [*BODY, last]


def test_a_profile_section_of_the_article_is_no_bio_heading():
    """"Profil Budi Gunadi Sadikin" over "Budi Gunadi Sadikin lahir di Bogor ..." is the article's own section."""
    section = ["Profil Budi Gunadi Sadikin",
               "Budi Gunadi Sadikin lahir di Bogor dan pernah memimpin sejumlah bank milik negara sebelum menjadi menteri.",
               "Ia dikenal sebagai bankir yang memimpin penggabungan beberapa bank pemerintah pada awal kariernya."]
    raw = [*HEAD, *BODY, *section]
    assert _body(raw) == [*BODY, *section]


@pytest.mark.parametrize("text", [
    "Materi ini tidak boleh diterbitkan ulang tanpa izin. ©2024 PT Kabar Media. All rights reserved.",
    "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujuinya.",
    "Hak cipta dilindungi undang-undang. Dilarang mengutip sebagian atau seluruh isi tanpa izin redaksi."])
def test_copyright_and_cookie_notices_anywhere_in_a_line_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split())) and text_features(text)[3]


@pytest.mark.parametrize("text", ["Regulator menyebut perusahaan itu menggunakan cookie untuk melacak pengguna tanpa izin.",
                                  "Penjual kue kering dan cookies cokelat kebanjiran pesanan menjelang Lebaran tahun ini."])
def test_sentences_about_cookies_are_not(text):
    assert not is_boilerplate_cue(text, len(text.split()))


def test_a_menu_of_pipe_separated_items_is_furniture_but_a_page_title_is_not():
    assert is_boilerplate_cue("Tentang Kami | Redaksi | Pedoman Media Siber | Karir | Kontak", 11)
    assert not is_boilerplate_cue("Banjir Rob Rendam Ratusan Rumah | Nasional | Kabar Semarang", 10)


@pytest.mark.parametrize("text", ["Natalie Naccache | Bloomberg | Getty Images", "Michael Conroy, AP", "Budi Santoso, ANTARA"])
def test_a_photographers_credit_to_an_agency_is_a_caption(text):
    assert text_features(text)[4]


@pytest.mark.parametrize("text", ["Harga minyak dunia naik dua persen pada Senin, kata analis kepada Reuters.",
                                  "Kantor berita AP"])
def test_a_sentence_naming_an_agency_is_no_credit(text):
    assert not text_features(text)[4]


def test_a_long_count_of_comments_on_the_title_opens_the_comment_section():
    heading = "12 tanggapan untuk “Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang Sejak Rabu Malam”"
    comment = "Semoga pemerintah segera memperbaiki tanggul yang jebol agar warga pesisir bisa kembali ke rumah."
    raw = [*HEAD, *BODY, heading, "Rina", "8 Maret 2024 pukul 10.12", comment]
    assert _body(raw) == BODY
    assert page_features([heading])[0].end_marker


def test_a_long_sentence_opening_with_a_number_is_no_comment_heading():
    line = "12 warga yang rumahnya terendam banjir rob mengungsi ke balai desa sejak Rabu malam."
    assert not page_features([line])[0].end_marker


@pytest.mark.parametrize("text", [
    "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
    "Dengan mengakses situs ini, Anda menyetujui pedoman media siber dan kebijakan privasi kami.",
    "Have a tip? Budi Santoso may be reached at budi@kabar.id. Follow him on Twitter."])
def test_terms_of_use_and_how_to_reach_the_writer_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split()))


def test_a_sentence_about_the_use_of_a_site_is_not():
    text = "Para arkeolog menyebut use of this site sebagai tempat upacara sudah berlangsung sejak 3.000 tahun lalu."
    assert not is_boilerplate_cue(text, len(text.split()))


def test_a_comment_count_heading_long_enough_to_read_like_a_sentence_still_splits_the_comments_off():
    """"12 tanggapan untuk “...”" with a title of sixteen words reads like a sentence by its length; it is a heading
    all the same, and the comments under it are not joined to the article's last paragraph."""
    title = "Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang Sejak Rabu Malam dan Belum Juga Surut Hingga Kini"
    heading = f"12 tanggapan untuk “{title}”"
    comments = [f"Semoga pemerintah segera memperbaiki tanggul yang jebol agar warga bisa kembali ke rumah. ({n})"
                for n in range(3)]
    raw = [*HEAD, *BODY, heading, *comments]
    assert page_features([heading])[0].sentence
    assert _body(raw) == BODY


def test_the_list_of_references_after_the_text_is_not_body():
    refs = ["Kementerian Kesehatan RI (2023). Pedoman penanganan penyakit akibat banjir bagi tenaga kesehatan di daerah.",
            "Badan Meteorologi (2024). Peringatan dini banjir rob di pesisir utara Jawa selama musim hujan tahun ini."]
    assert _body([*HEAD, *BODY, "Referensi:", *refs]) == BODY


def test_a_date_line_ending_in_am_or_pm_is_a_date():
    line = page_features(["Published: Monday, November 18th, 2019 at 11:08 a.m."])[0]
    assert line.date and not line.sentence


@pytest.mark.parametrize("text", [
    "We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
    "This copy is for your personal, non-commercial use only. To order copies for distribution, use the order form.",
    "Write to Budi Santoso at budi.santoso@kabar.id"])
def test_browser_warnings_reprint_notices_and_write_to_lines_are_furniture(text):
    assert is_boilerplate_cue(text, len(text.split())) and text_features(text)[3]


def test_a_sentence_about_browsers_is_not():
    text = "Pengguna diminta memperbarui browser setelah celah keamanan ditemukan pada versi lama, kata peneliti."
    assert not is_boilerplate_cue(text, len(text.split()))


def test_a_most_read_box_splitting_the_article_does_not_end_it_when_the_text_goes_on_at_length():
    """"Paling Banyak Dibaca" with kickers and headlines between two halves of an article that share only a couple
    of words: the text goes on for five paragraphs below the box, so the box is furniture inside the article."""
    box = ["Paling Banyak Dibaca", "VIRAL", "Pemuda Kendal Sulap Sampah Plastik Jadi Paving Blok", "HEBOH",
           "Harga Cabai di Pasar Johar Turun Drastis", "TERUNGKAP", "Polisi Tangkap Pencuri Motor di Ungaran"]
    second = ["Di pesisir lain, nelayan Tambak Lorok memilih menambatkan perahu dan tidak melaut sejak Selasa.",
              "Mereka khawatir gelombang tinggi merusak perahu yang menjadi satu-satunya sumber penghasilan keluarga.",
              "Sebagian nelayan kini bekerja serabutan sebagai buruh bangunan sambil menunggu cuaca kembali tenang.",
              "Pemerintah kota menjanjikan bantuan beras bagi nelayan yang tidak melaut selama cuaca buruk ini.",
              "Bantuan itu akan dibagikan melalui kelurahan mulai pekan depan setelah pendataan selesai dilakukan."]
    raw = [*HEAD, *BODY, *box, *second]
    assert _body(raw) == BODY + second


def test_a_long_announced_list_closing_the_text_is_body():
    """Forty items (a product list with its links) under "Berikut daftar lengkapnya:" are the article's."""
    announce = "Berikut daftar lengkap barang yang didiskon selama pekan belanja nasional tahun ini:"
    items = [f"{n}) Barang diskon nomor {n}" for n in range(1, 41)]
    raw = [*HEAD, *MATCH, announce, *items, "Bagikan"]
    assert _body(raw) == [*MATCH, announce, *items]


@pytest.mark.parametrize("text", ["Advert", "Subscribe to our YouTube channel for the latest videos",
                                  "Email Budi Santoso at budi@kabar.id or follow him on X."])
def test_more_furniture_lines(text):
    assert is_boilerplate_cue(text, len(text.split()))


def test_a_related_news_box_between_paragraphs_does_not_end_the_article():
    box = ["Related News", "Harga Ikan Naik Usai Nelayan Berhenti Melaut", "Tanggul Jebol di Pesisir Demak"]
    raw = [*HEAD, *BODY[:2], *box, *BODY[2:]]
    assert _body(raw) == BODY


def test_related_links_under_the_article_end_it():
    raw = [*HEAD, *BODY, "Related links:", "Harga Ikan Naik Usai Nelayan Berhenti Melaut",
           "Nelayan di Kendal memilih menjual perahu setelah harga solar naik dua kali dalam setahun."]
    assert _body(raw) == BODY


def test_a_section_box_heading_left_alone_between_paragraphs_does_not_end_the_article():
    """An HTML page's main content keeps "Lainnya dari Jateng" but drops the links under it: the heading alone
    between two paragraphs, the article going on at length below it, is furniture inside the article."""
    raw = [*HEAD, *BODY, "Lainnya dari Jateng", *MORE]
    assert _body(raw) == BODY + MORE


def test_a_related_heading_left_alone_under_the_text_still_ends_it():
    raw = [*HEAD, *BODY, "Berita Terkait", "Budi Santoso adalah wartawan yang meliput pesisir utara Jawa sejak 2010."]
    assert _body(raw) == BODY


LEGAL = ["Informasi di situs ini disajikan untuk tujuan umum dan tidak dimaksudkan sebagai nasihat hukum, medis, atau "
         "keuangan bagi pembaca mana pun dalam keadaan apa pun.",
         "Hasil yang dialami setiap orang dapat berbeda-beda tergantung kondisi awal, tujuan, dan usaha yang dilakukan "
         "masing-masing selama mengikuti program ini.",
         "© 2024 PT Kabar Media. All rights reserved. Kabar Media adalah pemilik merek dagang yang tercantum di situs ini.",
         "Konsultasikan dengan dokter Anda sebelum memulai program latihan apa pun atau menggunakan suplemen dan produk "
         "pengganti makanan yang dijual di situs ini.",
         "Semua merek dagang lain yang disebutkan di situs ini adalah milik pemiliknya masing-masing dan digunakan hanya "
         "untuk keperluan identifikasi."]


def test_the_legal_footer_around_the_sites_copyright_line_does_not_outweigh_a_short_article():
    raw = [*HEAD, *BODY[:3], "Menu", "Tentang Kami", "Kontak", "Karier", "Pedoman", *LEGAL]
    assert _body(raw) == BODY[:3]


def test_an_article_quoting_a_videos_copyright_line_keeps_its_body():
    """A headline with its date over the text: a video's notice ("All rights reserved", too long a line to end the
    article as a short copyright line does) between its paragraphs does not make the article a footer."""
    notice = "© 2024 KabarTV. All rights reserved. Video ini tidak boleh disiarkan ulang tanpa izin tertulis redaksi."
    raw = [*HEAD, *BODY[:2], notice, *BODY[2:], *MORE]
    assert _body(raw) == [*BODY, *MORE]


TICKER = ["Harga Cabai Rawit Naik Jelang Lebaran Pedagang di pasar induk menyebut pasokan dari Brebes berkurang drastis.",
          "Jalan Tol Baru Dibuka Pekan Depan Kementerian memastikan tarif tol belum berlaku selama masa uji coba.",
          "Persib Rekrut Pemain Asing Baru Manajemen klub mengumumkan kontrak gelandang asal Brasil itu berdurasi dua musim.",
          "Pasar Murah Digelar di Alun-alun Kota Ribuan paket sembako dijual separuh harga kepada pembeli yang antre.",
          "Festival Kuliner Ramaikan Akhir Pekan Puluhan pedagang makanan khas daerah membuka lapak hingga tengah malam.",
          "Stasiun Baru Mulai Beroperasi Bulan Depan Operator kereta menambah jadwal perjalanan menuju bandara.",
          "Pameran Buku Digelar di Balai Kota Penerbit lokal menawarkan potongan harga bagi pelajar dan mahasiswa."]


def test_a_ticker_of_other_stories_a_few_lines_above_the_headline_is_not_the_body():
    """Seven teasers (headline and snippet on one line) a few lines above the headline with its date: the one
    headline with its date inside the block of sentences opens the article; the teasers above name nothing its lead
    names."""
    raw = ["Beranda", "Breaking News", *TICKER, "Bagikan", HEAD[2], HEAD[3], "Cetak", *BODY, *MORE]
    labels = classify_lines(raw)
    assert [raw[n - 1] for n in labels.body] == [*BODY, *MORE]
    assert raw[labels.title - 1] == HEAD[2]


def test_a_videos_title_and_date_inside_the_article_does_not_cut_its_first_half():
    video = ["Video Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang", "Kamis, 07 Maret 2024 | 09:00 WIB"]
    raw = [*HEAD, *BODY, *MORE[:3], *video, *MORE[3:]]
    assert _body(raw)[:len(BODY)] == BODY
