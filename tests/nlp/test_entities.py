"""find_mentions on sentences in the styles of many Indonesian outlets: names, roles, organisations, places."""

from __future__ import annotations

import json

import pytest

from kabar.nlp.entities import find_mentions, iob_spans
from kabar.nlp.ner_features import chunk_bounds, tokenize, words_of
from tests.conftest import run_kabar


def people(text: str) -> dict[str, str | None]:
    return {m.text: m.role for m in find_mentions(text) if m.type == "person"}


def of_type(text: str, kind: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # kompas
        ("Menteri Keuangan Sri Mulyani Indrawati menyampaikan hal itu di Jakarta, Senin (12/8/2024).",
         "Sri Mulyani Indrawati", "Menteri Keuangan"),
        # antaranews
        ("Wakil Presiden Ma'ruf Amin meresmikan gedung baru di Surabaya, Jawa Timur, Rabu.",
         "Ma'ruf Amin", "Wakil Presiden"),
        # detik
        ("Kapolda Metro Jaya Irjen Karyoto mengatakan pelaku sudah ditangkap.", "Karyoto", None),
        # cnnindonesia, foreign news
        ("Menteri Luar Negeri AS Antony Blinken tiba di Beijing pada Jumat.", "Antony Blinken",
         "Menteri Luar Negeri AS"),
        # tempo, comma between role and name
        ("Perdana Menteri Jepang, Fumio Kishida, menyatakan dukungannya.", "Fumio Kishida", "Perdana Menteri Jepang"),
        # republika, party office
        ("Ketua Umum Partai Golkar Airlangga Hartarto hadir dalam acara tersebut.", "Airlangga Hartarto",
         "Ketua Umum Partai Golkar"),
        # liputan6, contraction
        ("Langkah itu disambut Menlu Retno Marsudi dalam konferensi pers.", "Retno Marsudi", "Menlu"),
        # tribunnews, regional head
        ("Gubernur Jawa Tengah Ganjar Pranowo meninjau lokasi banjir di Demak.", "Ganjar Pranowo",
         "Gubernur Jawa Tengah"),
    ],
)
def test_titles_go_to_role_and_the_mention_is_the_name(text, name, role):
    found = people(text)
    assert name in found, found
    if role is None:
        assert found[name] is not None and found[name].startswith("Kapolda Metro Jaya")
    else:
        assert found[name] == role
    assert not any(t.split()[0] in {"Menteri", "Presiden", "Gubernur", "Menlu", "Ketua", "Kapolda"} for t in found)


def test_offsets_point_at_the_text():
    text = "Jakarta - Juru Bicara Kementerian Luar Negeri Roy Soemirat menjelaskan, WNI di Lebanon aman."
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.text
    assert "Roy Soemirat" in people(text)


def test_lowercase_role_before_a_name():
    text = "Ia juga menerima telepon dari penasihat keamanan nasional AS Jake Sullivan pada Senin malam."
    assert people(text).get("Jake Sullivan") == "penasihat keamanan nasional AS"


def test_name_after_a_title_the_tagger_does_not_know():
    # okezone style: a rare surname right after a contraction
    assert "Bregovicz" in people("Pertemuan itu dihadiri Wamenlu Bregovicz dan sejumlah diplomat.")


def test_speaker_after_verb_of_saying():
    text = '"Kami akan terus memantau situasi di lapangan," ujar Tjandrawinata kepada wartawan.'
    assert "Tjandrawinata" in people(text)
    # the tagger alone misses these two
    assert "O'Connell" in people('"Nyawa akan diselamatkan di kedua negara," tulis O\'Connell di Twitter.')
    assert "Wiratmadja" in people('"Kami tidak akan mundur," tegas Wiratmadja seusai rapat.')


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Kementerian Pertahanan Ukraina melaporkan serangan baru pada Kamis.", "Kementerian Pertahanan Ukraina"),
        ("Kementerian Kesehatan mencatat kenaikan kasus demam berdarah.", "Kementerian Kesehatan"),
        ("Komisi Pemberantasan Korupsi (KPK) menetapkan dua tersangka baru.", "Komisi Pemberantasan Korupsi (KPK)"),
        ("Gugatan itu diajukan ke Mahkamah Konstitusi (MK) pada Senin.", "Mahkamah Konstitusi (MK)"),
        ("Koalisi Indonesia Maju (KIM) menggelar rapat di Jakarta.", "Koalisi Indonesia Maju (KIM)"),
        ("Partai Buruh memenangi pemilihan di London.", "Partai Buruh"),
        ("Universitas Gadjah Mada membuka jalur mandiri tahun ini.", "Universitas Gadjah Mada"),
    ],
)
def test_organisations(text, org):
    assert org in of_type(text, "organization"), find_mentions(text)


def test_places():
    text = "Banjir merendam ratusan rumah di Bekasi, Jawa Barat, dan sebagian Jakarta Timur sejak Selasa."
    places = of_type(text, "location")
    for place in ("Bekasi", "Jawa Barat", "Jakarta Timur"):
        assert place in places, places
    assert not any(m.type == "person" for m in find_mentions(text))


def test_place_noun_makes_a_place():
    # the tagger alone calls this unknown name a person
    mentions = find_mentions("Pasukan menyerang kota Zarvandi semalam.")
    assert [(m.text, m.type) for m in mentions] == [("Zarvandi", "location")]


def test_no_mention_crosses_a_paragraph():
    text = "Sekilas Mengenai Konflik di Kashmir\nKonflik antara India dan Pakistan kembali memanas."
    for m in find_mentions(text):
        assert "\n" not in m.text


def test_text_without_sentence_boundaries():
    words = ("warga berkumpul di alun alun sambil menunggu kedatangan Presiden Prabowo Subianto " * 40).split()
    text = " ".join(words)
    mentions = find_mentions(text)
    assert sum(m.text == "Prabowo Subianto" for m in mentions) >= 30
    assert all(len(m.text.split()) <= 4 for m in mentions)


@pytest.mark.parametrize("text", ["", "   ", "tidak ada nama di sini sama sekali.", "12345 !!! ???", "\n\n\n", "ÅØ" * 50])
def test_bad_or_empty_input_does_not_crash(text):
    assert isinstance(find_mentions(text), list)


def test_chunks_split_long_runs_and_sentences():
    words = words_of("Satu dua tiga. Empat lima enam! " + "kata " * 200)
    bounds = chunk_bounds(words, limit=60)
    assert bounds[0] == (0, 4)
    assert all(e - s <= 60 for s, e in bounds)
    assert bounds[-1][1] == len(words)


def test_tokenizer_keeps_numbers_and_reduplication_whole():
    text = "Sebanyak 5.000 anak-anak (PKB) 1,5 juta"
    assert [text[s:e] for s, e in tokenize(text)] == ["Sebanyak", "5.000", "anak-anak", "(", "PKB", ")", "1,5", "juta"]


def test_iob_spans_treat_stray_inside_as_start():
    assert iob_spans(["O", "I-PER", "I-PER", "B-LOC", "I-ORG"]) == [(1, 3, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_cli_prints_one_array_per_line():
    lines = "Presiden Joko Widodo tiba di Bandung.\n\nKPK memeriksa saksi di Jakarta.\n"
    proc = run_kabar("entities", "-", input=lines.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert len(out) == 3
    assert {"text": "Joko Widodo", "type": "person"}.items() <= out[0][0].items()
    assert out[1] == []
    assert any(m["text"] == "Jakarta" and m["type"] == "location" for m in out[2])


def test_a_surname_recurring_in_the_text_stays_a_person():
    # kontan style: full name once, then the surname alone in later paragraphs
    text = ("Direktur Utama PT Sinar Makmur, Hendrawan Kusnadi, mengatakan ekspor naik.\n"
            "Menurut Kusnadi, permintaan dari Jepang terus tumbuh.\nKusnadi menambahkan, pabrik baru dibangun.")
    assert "Hendrawan Kusnadi" in people(text)
    found = [m for m in find_mentions(text) if m.text == "Kusnadi"]
    assert len(found) == 2 and all(m.type == "person" for m in found)
    assert all(text[m.start : m.end] == m.text for m in find_mentions(text))


def test_dateline_bracket_is_not_part_of_the_place():
    text = "Surabaya (ANTARA) - Wali Kota Surabaya Eri Cahyadi meninjau Pasar Turi, Senin."
    places = of_type(text, "location")
    assert "Surabaya (ANTARA)" not in places and "Surabaya" in places
    assert people(text).get("Eri Cahyadi", "").startswith("Wali Kota")


def test_country_inside_a_role_is_not_a_separate_organisation():
    text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Ankara, Selasa."
    orgs = of_type(text, "organization")
    assert not any(o.startswith("Luar Negeri") for o in orgs), orgs
    assert people(text) == {"Sergei Lavrov": "Menteri Luar Negeri Rusia"}


def test_title_with_a_dot_is_stripped():
    found = people("Rektor Universitas Indonesia Prof. Ari Kuncoro membuka acara itu.")
    assert "Ari Kuncoro" in found, found


def test_organisation_with_a_comma_list_and_its_acronym_is_one_span():
    # kompas/antaranews style for agencies with long names
    text = "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi hujan lebat di Jawa Barat."
    assert "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" in of_type(text, "organization")
    # a list of separate organisations without an acronym stays separate
    text = "Rapat dihadiri Kementerian Keuangan, Bank Indonesia, dan Otoritas Jasa Keuangan di Jakarta."
    orgs = of_type(text, "organization")
    assert "Bank Indonesia" in orgs and not any("," in o for o in orgs)


def test_headline_in_title_case_keeps_only_names():
    # rmol/pikiran-rakyat style headlines and subheadings inside dumped pages
    mentions = find_mentions("Akhiri Perang Saudara, Sudan Akan Bertemu Ethiopia Dan Mesir Di Kairo")
    assert {m.text for m in mentions} <= {"Sudan", "Ethiopia", "Mesir", "Kairo"}
    assert {"Ethiopia", "Kairo"} <= {m.text for m in mentions}
    found = people("Kaki Kanan Aktor Senior Dorman Borisman Dikubur di Halaman Rumah")
    assert any(name.endswith("Borisman") for name in found) and not any("Dikubur" in n for n in found), found
    assert not any(m.text == "Halaman Rumah" for m in find_mentions("Jenazah Dikubur di Halaman Rumah Warga"))


def test_role_with_a_listed_unit_name_and_a_possessive():
    text = '"Hujan masih turun," kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari.'
    assert people(text).get("Abdul Muhari") == "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB"
    text = "Malaysia menyambut kesepakatan itu lewat pernyataan duta besarnya untuk Indonesia, Hermono."
    assert people(text).get("Hermono") == "duta besar untuk Indonesia"


def test_a_span_cut_inside_a_known_name_is_completed():
    # the tagger alone marks only "Amerika" here
    assert of_type("Harga minyak di Amerika Serikat turun.", "location") == ["Amerika Serikat"]


def test_fallback_without_the_model_uses_gazetteers_and_titles():
    from kabar.nlp.entities import fallback_tags

    words = words_of("Presiden Joko Widodo tiba di Bandung bersama Menlu Retno Marsudi .")
    spans = {(" ".join(words[s:e]), kind) for s, e, kind in iob_spans(fallback_tags(words))}
    assert {("Joko Widodo", "PER"), ("Bandung", "LOC"), ("Retno Marsudi", "PER")} <= spans


def test_two_titled_people_joined_by_dan_are_split():
    text = "Ia menelepon PM Armenia Nikol Tashev dan Presiden Azerbaijan Ilham Rzayev pada Sabtu."
    assert people(text) == {"Nikol Tashev": "PM Armenia", "Ilham Rzayev": "Presiden Azerbaijan"}


def test_two_ministers_in_one_run_each_get_their_own_role():
    text = ("Ia bertemu dengan Menteri Luar Negeri Armenia Zohrab Tashev dan Menteri Luar Negeri Azerbaijan "
            "Jeyhun Rzayev di Jenewa.")
    assert people(text) == {"Zohrab Tashev": "Menteri Luar Negeri Armenia",
                            "Jeyhun Rzayev": "Menteri Luar Negeri Azerbaijan"}
    assert not any(m.text.startswith("Menteri") for m in find_mentions(text))


def test_title_then_place_then_unknown_surname():
    assert people("Pertemuan itu dihadiri Wamenlu AS Bregovicz.") == {"Bregovicz": "Wamenlu AS"}


def test_a_missing_model_file_falls_back_to_rules(monkeypatch, tmp_path):
    from kabar.nlp import entities

    monkeypatch.setenv("KABAR_NER_MODEL", str(tmp_path / "absent.crfsuite"))
    entities._tagger.cache_clear()
    try:
        assert entities._tagger() is None
        found = {(m.text, m.type) for m in find_mentions("Presiden Joko Widodo tiba di Bandung.")}
        assert {("Joko Widodo", "person"), ("Bandung", "location")} <= found
    finally:
        monkeypatch.delenv("KABAR_NER_MODEL")
        entities._tagger.cache_clear()
    assert entities._tagger() is not None


def test_honorifics_are_stripped_but_are_no_role():
    assert people("Warga menyambut Pak Ganjar Pranowo di Semarang.") == {"Ganjar Pranowo": None}
    assert people("Menurut Prof. Dr. Ari Kuncoro, ekonomi tumbuh.") == {"Ari Kuncoro": None}


def test_one_word_page_labels_are_not_names():
    for label in ("Advertisement", "Populer", "Terkini", "Loading"):
        assert find_mentions(label) == []
    assert find_mentions("Populer\nPresiden Joko Widodo tiba.")[0].text == "Joko Widodo"


def test_headline_with_lowercase_function_words():
    text = "Bergerak Atasi Banjir, Hendra Kurniawanto Akan Pilih Kelompok Warga untuk Digusur"
    assert [m.text for m in find_mentions(text)] == ["Hendra Kurniawanto"]


def test_possessive_role_goes_to_the_person_after_the_comma():
    text = "Sementara itu, kuasa hukum Muhdlor, Mustofa Abidin, mengatakan kliennya akan kooperatif."
    assert people(text) == {"Muhdlor": None, "Mustofa Abidin": "kuasa hukum Muhdlor"}
    text = "Juru bicara Ganjar, Chico Hakim, membantah kabar itu."
    assert people(text)["Chico Hakim"] == "Juru bicara Ganjar"
    # a title that is the person's own stays with them
    assert people("Presiden Joko Widodo, Jusuf Kalla, dan Prabowo hadir.")["Joko Widodo"] == "Presiden"
    text = "Juru bicara Presiden Joko Widodo, Fadjroel Rachman, membantah kabar itu."
    assert people(text)["Fadjroel Rachman"] == "Juru bicara Presiden Joko Widodo"


def test_known_nicknames_are_people():
    assert people("Ahok tiba di Balai Kota.") == {"Ahok": None}
    assert set(people("Cak Imin bertemu AHY di Jakarta.")) == {"Cak Imin", "AHY"}
    assert people("Gus Dur dikenal sebagai tokoh pluralisme.") == {"Gus Dur": None}


def test_rank_inside_a_longer_title_and_a_glued_next_word():
    assert "Soedirman" in people("Foto itu menunjukkan Panglima Besar Jendral Soedirman pulang dari gerilya.")
    found = people('"Kami siap membantu," imbuh Sanchez Ratusan relawan tiba di lokasi.')
    assert "Sanchez" in found and not any("Ratusan" in n for n in found)
