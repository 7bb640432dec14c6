"""Balinese names keep their article, and the wider gazetteers (regencies, world cities, universities, clubs)."""

from __future__ import annotations

import pytest

from kabar.nlp.entities import find_mentions, include_balinese_article
from kabar.nlp.ner_features import phrase_matches, words_of


def names(text: str, kind: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # antaranews (Bali bureau)
        ("Gubernur Bali I Wayan Koster meninjau lokasi banjir di Denpasar, Selasa.", "I Wayan Koster"),
        # tribunnews (Tribun Bali)
        ("Kepala Dinas Pariwisata Ni Luh Putu Ayu Wijayanti mengatakan kunjungan wisatawan naik.",
         "Ni Luh Putu Ayu Wijayanti"),
        # detik
        ("Menurut I Made Mudharta, harga cabai di pasar naik dua kali lipat.", "I Made Mudharta"),
    ],
)
def test_balinese_article_is_part_of_the_name(text, name):
    assert name in names(text, "person")


def test_balinese_article_rule_on_tokens():
    words = words_of("kata I Nyoman Sudarsana di Gianyar")
    assert include_balinese_article(words, [(2, 4, "PER")]) == [(1, 4, "PER")]
    # only before a Balinese name word, and never for other types
    assert include_balinese_article(words_of("Jilid I Bandung"), [(2, 3, "LOC")]) == [(2, 3, "LOC")]
    assert include_balinese_article(words_of("Babak I Persib menang"), [(2, 3, "PER")]) == [(2, 3, "PER")]


@pytest.mark.parametrize(
    ("phrase", "key"),
    [("Kulon Progo", "LOC"), ("Labuan Bajo", "LOC"), ("Johor Bahru", "LOC"), ("Selat Sunda", "LOC"),
     ("Universitas Gadjah Mada", "ORG"), ("Persebaya Surabaya", "ORG"), ("Sriwijaya Air", "ORG"),
     ("Bukit Asam", "ORG"), ("Kalbe Farma", "ORG"), ("Kompas TV", "ORG"),
     ("Partai Keadilan Sejahtera", "ORG")],
)
def test_wider_gazetteers(phrase, key):
    words = words_of(f"Kabar dari {phrase} hari ini")
    assert (2, 2 + len(words_of(phrase))) in phrase_matches(words, key)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # kompas regional
        ("Banjir merendam ratusan rumah di Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta, Senin.", "Kulon Progo"),
        # okezone
        ("Wisatawan asing memadati Labuan Bajo menjelang libur akhir tahun.", "Labuan Bajo"),
    ],
)
def test_regency_found_as_place(text, place):
    assert any(place in found for found in names(text, "location"))


@pytest.mark.parametrize(
    ("text", "org", "person", "role"),
    [
        # republika
        ("Ketua DPR Puan Maharani membuka rapat paripurna di Senayan, Jakarta.", "DPR", "Puan Maharani",
         "Ketua DPR"),
        # jpnn
        ("Anggota DPR Masinton Pasaribu menolak usulan itu, Rabu (3/4).", "DPR", "Masinton Pasaribu", "Anggota DPR"),
    ],
)
def test_known_organisation_inside_a_role_is_kept(text, org, person, role):
    mentions = find_mentions(text)
    assert org in [m.text for m in mentions if m.type == "organization"]
    assert {m.text: m.role for m in mentions if m.type == "person"}.get(person) == role


def test_known_place_starting_with_a_title_word_is_not_cut():
    # "Raja" is a title ("Raja Salman"), but "Raja Ampat" is a regency
    assert "Raja Ampat" in names("Wisatawan mancanegara berlibur ke Raja Ampat, Papua Barat Daya.", "location")


def test_organisation_run_into_a_name_is_split():
    from kabar.nlp.entities import split_organisation_and_name

    words = words_of("kata Ketua DPD Partai Gerindra Suhardi Wibowo kepada wartawan")
    split = split_organisation_and_name(words, [(3, 7, "ORG")])
    assert [(" ".join(words[s:e]), k) for s, e, k in split] == [("Partai Gerindra", "ORG"), ("Suhardi Wibowo", "PER")]
    # a one-word organisation at the start of a longer organisation name stays whole (sindonews, bisnis)
    words = words_of("lembaga pemeringkat Moody's Investors Service menaikkan peringkat")
    assert split_organisation_and_name(words, [(2, 5, "ORG")]) == [(2, 5, "ORG")]
    # a place after the organisation is no name (kompas)
    words = words_of("pemain Persija Jakarta itu")
    assert split_organisation_and_name(words, [(1, 3, "ORG")]) == [(1, 3, "ORG")]


def test_lowercase_spans_without_a_known_name_are_dropped():
    from kabar.nlp.entities import is_lowercase_common

    words = words_of("Spanduk dukungan terpasang di mana-mana dan di patung kuda")
    assert is_lowercase_common(words, (4, 5, "LOC"))
    assert is_lowercase_common(words, (8, 10, "LOC"))
    # an organisation head or a known lowercase name keeps the span (detik, antaranews)
    assert not is_lowercase_common(words_of("kata kementerian luar negeri"), (1, 4, "ORG"))
    assert not is_lowercase_common(words_of("dikutip dari detikcom"), (2, 3, "ORG"))
    assert not any(m.text == "mana-mana" for m in find_mentions("Warga Jakarta mencari air bersih ke mana-mana."))


def test_person_name_feature_covers_common_given_names():
    from kabar.nlp.ner_features import sentence_features

    words = words_of("Kepala desa Sutrisno dan warga asing Parker bertemu")
    feats = sentence_features(words)
    assert "gPER" in feats[2] and "gPER" in feats[6]
    assert "gPER" not in feats[1]


def test_known_name_start_is_joined_with_the_word_before():
    from kabar.nlp.ner_features import sentence_features

    feats = sentence_features(words_of("Roket ditembakkan ke Israel dan serangan Israel berlanjut"))
    assert "gLOC=B|ke" in feats[3]
    assert "gLOC=B|serangan" in feats[6]
    assert not any("|" in f for f in feats[0])  # nothing before the first word
