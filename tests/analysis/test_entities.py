"""merge_entities and canonical_resolver over small stories written in the styles of several outlets, and the seeds."""

from __future__ import annotations

import pytest

from kabar.analysis.entities import (
    canonical_resolver,
    in_photo_credit,
    is_abbreviation,
    is_junk,
    merge_entities,
    same_person,
    strip_title,
)
from kabar.nlp.entities import find_mentions
from kabar.records import Article, Mention
from tests.conftest import SEEDS


def article(aid: str, text: str, **meta) -> Article:
    """An article as the pipeline makes it: text, metadata, and the mentions find_mentions gives."""
    return Article(id=aid, source=f"{aid}.txt", text=text, mentions=find_mentions(text), **meta)


def by_name(entities: list[dict]) -> dict[str, dict]:
    return {e["name"]: e for e in entities}


def person_named(entities: list[dict], token: str) -> list[dict]:
    return [e for e in entities if e["type"] == "person" and token in e["name"]]


STORY = [
    article("kompas", "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Turki Hakan Fidan di "
                      "Ankara, Selasa (3/9/2024). Lavrov mengatakan pembicaraan berjalan baik.",
            authors=["Dian Maharani"]),
    article("detik", "Menlu Rusia Sergey Lavrov menyebut pertemuan dengan Hakan Fidan produktif. \"Kami sepakat "
                     "melanjutkan dialog,\" kata Lavrov kepada wartawan.", editors=["Rizki Pratama"]),
    article("antara", "Ankara (ANTARA) - Menlu Turki Hakan Fidan menerima Sergei Lavro di Ankara. Pertemuan itu "
                      "juga dihadiri Duta Besar Rusia untuk Turki Alexei Yerkhov.\nPewarta: Dian Maharani",
            translators=["Dian Maharani"]),
]


def test_misspellings_across_outlets_merge_with_the_fullest_name():
    ents = merge_entities(STORY)
    lavrov = person_named(ents, "Lavrov")
    assert len(lavrov) == 1, [e["name"] for e in ents]
    aliases = set(lavrov[0]["aliases"]) | {lavrov[0]["name"]}
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= aliases
    assert lavrov[0]["documents"] == ["kompas", "detik", "antara"]
    assert lavrov[0]["mentions"] >= 4
    assert "Menteri Luar Negeri" in lavrov[0]["role"] or lavrov[0]["role"].startswith("Menlu")


def test_truncated_caption_name_merges():
    ents = merge_entities(STORY)
    lavrov = person_named(ents, "Lavrov")[0]
    assert "Sergei Lavro" in lavrov["aliases"]
    assert not any(e["name"] == "Sergei Lavro" for e in ents)


def test_byline_names_are_not_entities():
    ents = merge_entities(STORY)
    assert not any("Maharani" in e["name"] or "Maharani" in " ".join(e["aliases"]) for e in ents)


def test_different_given_names_stay_apart():
    story = [
        article("tempo", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono bertemu Susilo Bambang Yudhoyono di "
                         "Cikeas. Agus Harimurti Yudhoyono menyebut pertemuan itu rutin."),
        article("viva", "Susilo Bambang Yudhoyono menerima Agus Harimurti Yudhoyono di Cikeas, Bogor."),
    ]
    ents = merge_entities(story)
    names = {e["name"] for e in ents if e["type"] == "person"}
    assert {"Agus Harimurti Yudhoyono", "Susilo Bambang Yudhoyono"} <= names
    assert not same_person("Agus Harimurti Yudhoyono", "Susilo Bambang Yudhoyono")
    assert not same_person("Joko Widodo", "Jono Widodo")
    assert same_person("Joko Widodo", "Widodo")
    assert same_person("Nikita Pashinyan", "Nikita Pachinian")
    # transliterations across outlets and agencies
    assert same_person("Kim Jong-un", "Kim Jong Un")
    assert same_person("Bashar al-Assad", "Bashar Assad")
    assert same_person("Volodymyr Zelensky", "Zelenskyy")
    assert not same_person("Ridwan Kamil", "Ridwan Saidi")


def test_nickname_from_the_alias_file():
    story = [
        article("merdeka", "Presiden Joko Widodo meresmikan jalan tol di Semarang, Jawa Tengah."),
        article("suara", "Jokowi berharap jalan tol itu memperlancar arus mudik. Jokowi juga menyapa warga."),
    ]
    ents = merge_entities(story)
    jokowi = [e for e in ents if e["name"] == "Joko Widodo"]
    assert jokowi and "Jokowi" in jokowi[0]["aliases"]
    assert jokowi[0]["documents"] == ["merdeka", "suara"]
    assert canonical_resolver(ents)("Jokowi") == "Joko Widodo"


def test_acronym_in_brackets_merges_with_the_full_name():
    story = [
        article("jpnn", "Komisi Pemberantasan Korupsi (KPK) memeriksa saksi di Jakarta."),
        article("rmol", "KPK menjadwalkan pemeriksaan ulang pekan depan."),
    ]
    ents = merge_entities(story)
    kpk = [e for e in ents if e["name"] == "Komisi Pemberantasan Korupsi"]
    assert kpk and "KPK" in kpk[0]["aliases"] and kpk[0]["type"] == "organization"
    assert not any(e["name"] == "KPK" for e in ents)


def test_photo_credits_are_not_entities():
    text = ("Warga mengungsi di Gaza, Senin (6/5/2024). (Foto: REUTERS/Ibraheem Abu Mustafa)\n"
            "Militer Israel memerintahkan warga meninggalkan Rafah.")
    ents = merge_entities([article("kumparan", text)])
    assert not any("Mustafa" in e["name"] for e in ents)
    assert in_photo_credit("(AP Photo/Aziz Karimov)", 10, 22)
    assert not in_photo_credit("kata Aziz Karimov kepada wartawan", 5, 17)


def test_junk_words_are_dropped():
    text = "Sementara itu, warga tetap tenang. Selasa pagi hujan turun."
    assert is_junk(Mention(0, 9, "Sementara", "person"), text)
    assert is_junk(Mention(35, 41, "Selasa", "location"), text)
    mid = "Ia bertemu Sementara di pasar."  # not sentence-initial: kept (it may be a name)
    assert not is_junk(Mention(11, 20, "Sementara", "person"), mid)
    assert is_junk(Mention(0, 20, "Kementerian luar negeri", "organization"), "Kementerian luar negeri kedua negara")


def test_sorted_by_mentions():
    ents = merge_entities(STORY)
    counts = [e["mentions"] for e in ents]
    assert counts == sorted(counts, reverse=True)
    assert all({"name", "type", "aliases", "documents", "mentions", "_forms"} <= e.keys() for e in ents)


def test_resolver_maps_surnames_titles_and_misspellings():
    ents = merge_entities(STORY)
    resolve = canonical_resolver(ents)
    lavrov = person_named(ents, "Lavrov")[0]["name"]
    assert lavrov in ("Sergei Lavrov", "Sergey Lavrov")
    assert resolve("Lavrov") == lavrov
    assert resolve("Menlu Rusia Sergey Lavrov") == lavrov
    assert resolve("Sergei Lavrow") == lavrov
    assert resolve("Fidan") == "Hakan Fidan"
    assert resolve("Budi Santoso") is None
    assert resolve("") is None


def test_strip_title_and_abbreviations():
    assert strip_title("Menlu Armenia Nikol Tashev") == "Nikol Tashev"
    assert strip_title("Presiden Joko Widodo") == "Joko Widodo"
    assert strip_title("Joko Widodo") == "Joko Widodo"
    assert is_abbreviation("AS", "Amerika Serikat")
    assert is_abbreviation("Kemensos", "Kementerian Sosial")
    assert not is_abbreviation("ANTARA", "Yerevan")


def test_empty_story():
    assert merge_entities([]) == []
    assert merge_entities([Article(id="x", source="x", text="")]) == []


@pytest.fixture(scope="module")
def seed_entities():
    from kabar.api import digest

    result = digest([str(SEEDS)])
    assert result.articles
    return merge_entities(result.articles), result.articles


def test_seeds_every_political_figure_with_misspellings_merged(seed_entities):
    ents, _ = seed_entities
    people = [e for e in ents if e["type"] == "person"]
    for surname in ("Pompeo", "Bayramov", "Mnatsakanyan", "Aliyev", "Pashinyan", "Putin", "Macron", "Sarkissian",
                    "Biegun", "O'Brien", "Zakharova", "Suleymanov"):
        assert len([e for e in people if surname in e["name"]]) == 1, (surname, [e["name"] for e in people])
    pashinyan = [e for e in people if "Pashinyan" in e["name"]][0]
    assert "Nikol Pachinian" in pashinyan["aliases"]
    pompeo = [e for e in people if "Pompeo" in e["name"]][0]
    assert pompeo["name"] == "Mike Pompeo" and len(pompeo["documents"]) >= 4


def test_seeds_hardly_any_spurious_people(seed_entities):
    ents, articles = seed_entities
    credited = {n for a in articles for n in a.authors + a.editors + a.translators}
    people = [e["name"] for e in ents if e["type"] == "person"]
    assert not credited & set(people)
    known = ("Pompeo", "Bayramov", "Mnatsakanyan", "Aliyev", "Pashinyan", "Putin", "Macron", "Sarkissian", "Biegun",
             "O'Brien", "Zakharova", "Suleymanov", "Trump", "Biden", "Anies")
    spurious = [p for p in people if not any(k in p for k in known)]
    assert len(spurious) <= 2, spurious


def test_short_forms_of_places_from_the_alias_file():
    story = [
        article("bisnis", "Harga minyak di Amerika Serikat turun, sedangkan di Korea Selatan naik."),
        article("kontan", "Pembeli di AS menahan pesanan, begitu pula pembeli di Korsel."),
    ]
    ents = by_name(merge_entities(story))
    assert "Amerika Serikat" in ents and "AS" in ents["Amerika Serikat"]["aliases"]
    assert ents["Amerika Serikat"]["documents"] == ["bisnis", "kontan"]
    assert "AS" not in ents
    assert "Korsel" in ents["Korea Selatan"]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Suasana sidang di Jakarta. (ANTARA FOTO/Galih Pradipta/foc)\nHakim menunda sidang.",
        "Massa berunjuk rasa di depan gedung DPR. Foto: Galih Pradipta\nPolisi berjaga.",
        "Hakim menunda sidang hingga pekan depan.\nPewarta: Galih Pradipta\nEditor: Budi Santoso",
    ],
)
def test_credit_and_staff_names_in_the_body_are_dropped(text):
    art = article("antara", text)
    if not any("Pradipta" in m.text for m in art.mentions):  # as a tagger may well tag it
        start = text.index("Galih Pradipta")
        art.mentions.append(Mention(start, start + len("Galih Pradipta"), "Galih Pradipta", "person"))
    names = [e["name"] for e in merge_entities([art]) if e["type"] == "person"]
    assert not any("Pradipta" in n or "Santoso" in n for n in names), names


def test_credited_name_without_its_initial_is_dropped():
    # a signature line without a cue, as some outlets end their pages
    story = [article("pikiran-rakyat", "Wali Kota Bekasi Tri Adhianto meninjau banjir.\nBayu Pratama",
                     editors=["M Bayu Pratama"])]
    assert any(m.text == "Bayu Pratama" for m in story[0].mentions)
    names = [e["name"] for e in merge_entities(story) if e["type"] == "person"]
    assert "Tri Adhianto" in names and not any("Pratama" in n for n in names)


def test_credited_name_with_academic_titles_is_dropped():
    story = [article("republika", "Rektor Universitas Airlangga Mohammad Nasih membuka seminar.\nBudi Santoso",
                     authors=["Prof. Dr. Budi Santoso, M.Si"])]
    names = [e["name"] for e in merge_entities(story) if e["type"] == "person"]
    assert not any("Santoso" in n for n in names), names


def test_organisation_word_order_and_spelling_variants_merge_but_neighbours_do_not():
    from kabar.analysis.entities import same_thing

    assert same_thing("Group Minsk OSCE", "Grup OSCE Minsk")
    assert same_thing("Washington DC", "Washington D.C")
    assert not same_thing("Jawa Barat", "Jawa Timur")
    assert not same_thing("Kalimantan Barat", "Kalimantan Timur")
    assert not same_thing("Kementerian Pertahanan Armenia", "Kementerian Pertahanan Azerbaijan")
    assert not same_thing("Papua Barat", "Papua Barat Daya")


def test_lowercase_descriptions_are_junk():
    assert is_junk(Mention(0, 15, "pasukan Armenia", "organization"), "pasukan Armenia menyerang")
    assert not is_junk(Mention(0, 12, "al-Mubarak X", "person"), "al-Mubarak X tiba")


def test_courtesy_prefix_and_surname_join_the_full_name():
    # detik/jatim style: full name first, then the surname and a familiar "Gus" form
    text = ("Komisi Pemberantasan Korupsi (KPK) menahan Bupati Sidoarjo Ahmad Muhdlor Ali. Penahanan dilakukan "
            "setelah Muhdlor diperiksa selama delapan jam.\nMenurut dia, Gus Muhdlor tidak pernah memerintahkan "
            "pemotongan tersebut.")
    ents = [e for e in merge_entities([article("detik", text)]) if e["type"] == "person"]
    muhdlor = [e for e in ents if "Muhdlor" in e["name"]]
    assert len(muhdlor) == 1 and muhdlor[0]["name"] == "Ahmad Muhdlor Ali"
    assert {"Muhdlor", "Gus Muhdlor"} <= set(muhdlor[0]["aliases"])
    assert muhdlor[0]["role"] == "Bupati Sidoarjo"


def test_resolver_by_role_and_not_by_the_place_in_a_role():
    story = [
        article("kompas", "Presiden Rusia Vladimir Putin menelepon Presiden Prancis Emmanuel Macron. Menteri Luar "
                          "Negeri Rusia Sergei Lavrov ikut mendampingi."),
    ]
    resolve = canonical_resolver(merge_entities(story))
    assert resolve("Presiden Rusia") == "Vladimir Putin"
    assert resolve("Menteri Luar Negeri Rusia") == "Sergei Lavrov"
    assert resolve("Presiden") is None  # two presidents: too vague
    assert resolve("Presiden Jerman") is None  # not "Jerman", and no such person in the story
    assert strip_title("Presiden Rusia") == ""
