"""Quotes and speakers on short pages written in the styles of many Indonesian outlets."""

import pytest

from kabar.nlp.quotes import find_quotes, strip_title
from kabar.records import Mention


def direct(text, mentions=()):
    return [q for q in find_quotes(text, list(mentions)) if q.kind == "direct"]


def speakers(text, mentions=()):
    return [q.speaker for q in direct(text, mentions)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # detik: cue after the quote, title, rank and place before the name, "kepada wartawan"
        ('"Kami akan menindak tegas siapa pun yang terlibat," kata Kapolda Metro Jaya Irjen Fadil Imran kepada '
         'wartawan, Senin (12/4/2021).', "Fadil Imran"),
        # kompas: speaker and verb before the quote
        ('Menteri Keuangan Sri Mulyani Indrawati mengatakan, "Defisit anggaran masih terkendali dengan baik."',
         "Sri Mulyani Indrawati"),
        # cnnindonesia: colon after the verb
        ('Ketua KPU Hasyim Asy\'ari menegaskan: "Tahapan pemilu tetap berjalan sesuai jadwal."', "Hasyim Asy'ari"),
        # curly quotes, party chairman
        ('“Kami menolak usulan itu dengan tegas,” tegas Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono.',
         "Agus Harimurti Yudhoyono"),
        # kumparan: "tulis X di Twitter"
        ('"Terima kasih atas semua dukungan kalian selama ini," tulis Raffi Ahmad di akun Instagram pribadinya.',
         "Raffi Ahmad"),
        # antaranews: title with a comma before the name
        ('"Indonesia mendesak semua pihak menahan diri," ujar Juru Bicara Kementerian Luar Negeri, Teuku '
         'Faizasyah.', "Teuku Faizasyah"),
        # "kata X pada ..."
        ('"Pencarian korban terus dilakukan hingga hari ketujuh," kata Kepala BNPB Suharyanto pada konferensi '
         'pers di Jakarta, Kamis.', "Suharyanto"),
        # name then verb after the quote
        ('"Stok vaksin kita cukup sampai akhir tahun," Budi Gunadi Sadikin menambahkan.', "Budi Gunadi Sadikin"),
        # foreign head of state, translated copy
        ('"Kami tidak akan menyerah pada tekanan apa pun," kata Presiden Ukraina Volodymyr Zelensky.',
         "Volodymyr Zelensky"),
    ],
)
def test_named_speakers(text, speaker):
    assert speakers(text) == [speaker]


def test_katanya_resolves_to_the_speaker_named_before():
    text = ("Gubernur Jawa Barat Ridwan Kamil meninjau lokasi banjir di Bekasi, Minggu (2/1/2022).\n"
            '"Kami sudah siapkan dapur umum dan tenda pengungsian," katanya.\n'
            '"Warga jangan panik dan ikuti arahan petugas," ujarnya lagi.')
    quotes = direct(text)
    assert [q.speaker for q in quotes] == ["Ridwan Kamil", "Ridwan Kamil"]
    assert [q.cue for q in quotes] == ["kata", "ujar"]


def test_pronoun_prefers_the_last_subject_over_a_later_object():
    text = ("Menko Polhukam Mahfud MD menyampaikan hal itu usai bertemu Presiden Joko Widodo di Istana Negara.\n"
            '"Pemerintah tidak akan mundur sedikit pun dalam kasus ini," tegasnya.')
    assert speakers(text) == ["Mahfud MD"]


@pytest.mark.parametrize("description", ["politikus PDI Perjuangan itu", "dia", "pria yang juga Ketua DPD itu",
                                         "mantan menteri tersebut"])
def test_descriptions_resolve_to_the_nearest_prior_person(description):
    text = ("Anggota Komisi III DPR Arteria Dahlan menilai revisi undang-undang itu mendesak.\n"
            f'"Kalau tidak sekarang, kapan lagi kita membenahinya," ujar {description}.')
    assert speakers(text) == ["Arteria Dahlan"]


def test_indefinite_speaker_is_not_resolved_to_someone_else():
    text = ("Wali Kota Surabaya Eri Cahyadi meresmikan pasar itu pada Senin.\n"
            '"Harga cabai di sini sudah naik dua kali lipat," kata seorang pedagang.')
    assert speakers(text) == [None]


def test_quote_without_any_speaker_gets_none_and_scare_quotes_are_skipped():
    text = ('Spanduk bertuliskan "Tolak kenaikan harga BBM sekarang juga" terpasang di depan gedung DPRD.\n'
            'Program "Kartu Prakerja" kembali dibuka bulan ini.')
    quotes = direct(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is None and quotes[0].text.startswith("Tolak kenaikan")


def test_missing_opening_mark_starts_at_the_paragraph():
    text = ('"Kami mendesak semua pihak mematuhi gencatan senjata," kata Menlu Retno Marsudi.\n'
            'Indonesia siap membantu proses perdamaian dengan segala cara," sebutnya.')
    quotes = direct(text)
    assert [q.speaker for q in quotes] == ["Retno Marsudi", "Retno Marsudi"]
    assert quotes[1].text.startswith("Indonesia siap")


def test_quote_running_across_paragraphs_with_missing_closing_mark():
    text = ("Presiden Joko Widodo berpidato di depan para kepala daerah.\n"
            '"Ini adalah awal dari kebangkitan ekonomi kita setelah pandemi panjang\n'
            '"Kita semua harus bekerja lebih keras lagi tahun depan," kata Jokowi.')
    quotes = direct(text)
    assert len(quotes) == 2
    assert quotes[0].text.startswith("Ini adalah awal")
    assert [q.speaker for q in quotes] == ["Jokowi", "Jokowi"]


def test_fragment_inside_reported_speech_takes_the_subject():
    text = ('Menlu Retno Marsudi mengungkapkan via Twitter bahwa perundingan telah berjalan secara "sangat '
            'konstruktif dan terbuka".')
    quotes = direct(text)
    assert [q.speaker for q in quotes] == ["Retno Marsudi"]
    assert quotes[0].cue == "mengungkapkan"


def test_indirect_speech_is_kept_separately():
    text = ("Jakarta (ANTARA) - Juru bicara Kementerian Kesehatan Mohammad Syahril mengatakan bahwa kasus baru "
            "Covid-19 terus menurun dalam sepekan terakhir.")
    quotes = find_quotes(text, [])
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Mohammad Syahril")]
    assert quotes[0].text.startswith("kasus baru")


def test_mentions_decide_the_speaker_when_given():
    text = '"Kami siap mengamankan arus mudik tahun ini," kata Kapolri Jenderal Listyo Sigit Prabowo.'
    start = text.index("Listyo")
    mention = Mention(start, start + len("Listyo Sigit Prabowo"), "Listyo Sigit Prabowo", "person")
    assert speakers(text, [mention]) == ["Listyo Sigit Prabowo"]
    # a pronoun resolves to the last person mention before the quote
    text2 = 'Pelatih Shin Tae-yong memuji timnya.\n"Mereka bermain sangat disiplin malam ini," ujarnya.'
    m2 = Mention(8, 8 + len("Shin Tae-yong"), "Shin Tae-yong", "person")
    assert speakers(text2, [m2]) == ["Shin Tae-yong"]


def test_spans_point_into_the_text():
    text = 'Kata pengamat, situasinya rumit. "Kita harus menunggu hasil penyelidikan resmi," ujar Budi Santoso.'
    (q,) = direct(text)
    assert text[q.start:q.end].startswith("Kita harus menunggu")


def test_strip_title():
    assert strip_title("Presiden Rusia Vladimir Putin") == "Vladimir Putin"
    assert strip_title("Menteri Luar Negeri AS Mike Pompeo") == "Mike Pompeo"
    assert strip_title("Menlu Pompeo") == "Pompeo"
    assert strip_title("Presiden") == "Presiden"


def test_empty_and_odd_inputs_do_not_crash():
    assert find_quotes("", []) == []
    assert isinstance(find_quotes('" " “ ” """', []), list)
    assert isinstance(find_quotes('"," kata', []), list)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # menurut X, "..."
        ('Menurut Kepala BMKG Dwikorita Karnawati, "Gempa ini tidak berpotensi tsunami."', "Dwikorita Karnawati"),
        # passive after the quote
        ('"Kami akan mengusut kasus ini sampai tuntas." Demikian disampaikan Kapolri Listyo Sigit Prabowo.',
         "Listyo Sigit Prabowo"),
        # passive before the quote
        ('Hal itu disampaikan Wakil Presiden Ma\'ruf Amin di Jakarta: "Pemerintah akan terus memantau situasi."',
         "Ma'ruf Amin"),
        # apposition between commas before the verb
        ('Kapolres Bogor, AKBP Iman Imanuddin, mengatakan, "Pelaku sudah kami amankan di kantor polisi."',
         "Iman Imanuddin"),
        # a long title with commas inside it
        ('"Hujan lebat masih akan turun sepekan ke depan," kata Kepala Pusat Data, Informasi, dan Komunikasi '
         'Kebencanaan BNPB Abdul Muhari.', "Abdul Muhari"),
        # question and exclamation marks, no comma
        ('"Siapa yang mau bertanggung jawab atas semua ini?" tanya Ketua RT Slamet Riyadi.', "Slamet Riyadi"),
        ('"Kita harus menang di laga terakhir ini!" seru pelatih Indra Sjafri.', "Indra Sjafri"),
        # English verbs in translated copy
        ('"We will not back down from this fight," said Anthony Albanese.', "Anthony Albanese"),
    ],
)
def test_more_speaker_patterns(text, speaker):
    assert speakers(text) == [speaker]


ARTICLE = """Jakarta - Menteri Kesehatan Budi Gunadi Sadikin menyebut stok vaksin aman hingga akhir tahun.
"Stok kita masih cukup untuk enam bulan ke depan," kata Budi di Kompleks Parlemen, Senayan, Jakarta, Rabu (12/1/2022).
Budi menjelaskan vaksinasi booster akan dimulai pekan depan. "Prioritas kami lansia dan tenaga kesehatan," ujarnya.
Sementara itu, Ketua Komisi IX DPR Felly Estelita Runtuwene meminta pemerintah transparan.
"Kami minta data distribusi dibuka ke publik," kata Felly.
Felly juga menyinggung pernyataan Menkes Budi soal stok vaksin. "Itu harus dibuktikan di lapangan," ujarnya.
Menurutnya, masih banyak daerah yang kekurangan vaksin. "Jangan sampai ada daerah yang tertinggal," tegas politikus NasDem itu.
"Kami siap diawasi," timpal Budi singkat."""


def test_alternating_speakers_in_one_article():
    # names as written after a cue; pronouns and descriptions resolve to the full name found before
    assert speakers(ARTICLE) == ["Budi", "Budi Gunadi Sadikin", "Felly", "Felly Estelita Runtuwene",
                                 "Felly Estelita Runtuwene", "Budi"]


def test_alternating_speakers_with_the_entity_tagger():
    from kabar.nlp import entities
    mentions = entities.find_mentions(ARTICLE)
    assert speakers(ARTICLE, mentions) == ["Budi", "Budi Gunadi Sadikin", "Felly", "Felly Estelita Runtuwene",
                                           "Felly Estelita Runtuwene", "Budi"]


def test_role_with_affiliation_then_name():
    text = ('"Koalisi ini masih sangat cair menjelang pendaftaran," kata pengamat politik dari Universitas '
            'Indonesia (UI), Aditya Perdana.')
    assert speakers(text) == ["Aditya Perdana"]


def test_quote_paragraph_after_a_paragraph_naming_the_speaker():
    text = ("Kepala Basarnas Kusworo mengatakan pencarian diperluas hingga radius 10 kilometer. Ia "
            "menambahkan:\n"
            '"Kami mengerahkan dua kapal dan satu helikopter untuk menyisir perairan itu."\n'
            "Cuaca buruk sempat menghambat pencarian.\n"
            '"Tidak ada yang tahu kapan badai berikutnya datang ke wilayah ini."')
    quotes = direct(text)
    # the second quote paragraph, one narrative paragraph later, still continues the same speaker
    assert [q.speaker for q in quotes] == ["Kusworo", "Kusworo"]


def test_bare_title_resolves_to_its_holder_named_before():
    text = ("Presiden Joko Widodo memanggil Menteri Keuangan Sri Mulyani Indrawati ke Istana.\n"
            '"Anggaran untuk bantuan sosial harus segera cair," kata Presiden.\n'
            '"Kami siapkan pencairannya pekan ini," kata Menkeu.')
    assert speakers(text)[0] == "Joko Widodo"


def test_indirect_speech_starts_after_bahwa():
    text = "Presiden Prabowo Subianto mengatakan dalam pidatonya pada Senin, bahwa swasembada pangan harus tercapai."
    (q,) = find_quotes(text, [])
    assert q.kind == "indirect" and q.text.startswith("swasembada pangan")


def test_quote_interrupted_by_its_cue():
    text = '"Kami siap," kata Bupati Bogor Iwan Setiawan, "untuk membantu semua korban banjir di wilayah kami."'
    assert speakers(text) == ["Iwan Setiawan", "Iwan Setiawan"]


def test_name_and_colon_before_the_quote():
    text = 'Ketua Umum PSSI Erick Thohir: "Target kami lolos ke putaran final Piala Asia."'
    assert speakers(text) == ["Erick Thohir"]


def test_a_place_and_colon_is_not_a_speaker():
    text = 'Jakarta: "Harga beras naik lagi di semua pasar tradisional."'
    assert speakers(text) == [None]


@pytest.mark.parametrize("cue", ["desaknya", "sindirnya", "candanya", "keluhnya", "pesannya", "janjinya"])
def test_more_nya_cues(cue):
    text = f'Wali Kota Bandung Yana Mulyana meninjau pasar.\n"Pedagang harus tertib dan menjaga kebersihan," {cue}.'
    assert speakers(text) == ["Yana Mulyana"]


def test_a_noun_before_a_quote_is_no_cue():
    text = 'Spanduk protes "Tolak kenaikan tarif ojek online sekarang juga" dibentangkan di depan kantor dinas.'
    assert speakers(text) == [None]


def test_a_quoted_term_is_not_a_quote():
    text = 'Kata "demokrasi" sering disalahartikan oleh banyak orang.'
    assert direct(text) == []


@pytest.mark.parametrize(
    ("cue_phrase", "speaker"),
    [
        ("tulis @jokowi di Twitter", "@jokowi"),
        ("ujar Presiden ke-7 RI Joko Widodo", "Joko Widodo"),
        ("ujar Sekretaris Jenderal (Sekjen) PDIP Hasto Kristiyanto", "Hasto Kristiyanto"),
        ("kata Direktur Utama PT Pertamina (Persero) Nicke Widyawati", "Nicke Widyawati"),
        ("kata Kepala Polres Bogor Iman Imanuddin", "Iman Imanuddin"),
        ("ujar Wakil Ketua DPR Sufmi Dasco Ahmad saat dikonfirmasi", "Sufmi Dasco Ahmad"),
    ],
)
def test_titles_bodies_and_accounts(cue_phrase, speaker):
    assert speakers(f'"Kami akan terus bekerja untuk rakyat," {cue_phrase}.') == [speaker]


def test_demikian_x():
    text = '"Kami tidak akan berhenti sampai kasus ini tuntas," demikian Kapolri Listyo Sigit Prabowo.'
    assert speakers(text) == ["Listyo Sigit Prabowo"]


def test_closing_curly_marks_used_on_both_sides():
    text = "Kapolda Jawa Timur Irjen Imam Sugianto mengatakan, ”Kami sudah mengantongi identitas pelaku.”"
    (q,) = direct(text)
    assert q.text.startswith("Kami sudah") and q.speaker == "Imam Sugianto"


def test_quote_over_three_paragraphs():
    text = ("Menteri PUPR Basuki Hadimuljono meninjau bendungan.\n"
            '"Pembangunan bendungan ini sudah mencapai sembilan puluh persen\n'
            '"Kami targetkan selesai pada akhir tahun depan tanpa kendala berarti\n'
            '"Air dari bendungan ini akan mengairi ribuan hektare sawah," kata Basuki.')
    quotes = direct(text)
    assert [q.speaker for q in quotes] == ["Basuki", "Basuki", "Basuki"]


def test_menurut_opens_indirect_speech():
    text = ("Menteri Pertanian Andi Amran Sulaiman meninjau panen di Sragen.\n"
            "Menurutnya, produksi beras tahun ini akan naik signifikan.\n"
            "Menurut Andi Amran Sulaiman, impor beras tidak diperlukan lagi.\n"
            "Menurut data BPS, harga gabah stabil sepanjang bulan ini.")
    quotes = find_quotes(text, [])
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [
        ("indirect", "Andi Amran Sulaiman", "menurut"), ("indirect", "Andi Amran Sulaiman", "menurut")]
    assert quotes[0].text.startswith("produksi beras")


@pytest.mark.parametrize(
    ("cue_phrase", "speaker"),
    [
        ("tutur Sekretaris Daerah (Sekda) Kota Bandung Ema Sumarna", "Ema Sumarna"),
        ("ujar Anggota Komisi I DPR dari Fraksi PKS Sukamta", "Sukamta"),
    ],
)
def test_title_then_body_then_name(cue_phrase, speaker):
    assert speakers(f'"Kami akan terus bekerja untuk rakyat," {cue_phrase}.') == [speaker]
