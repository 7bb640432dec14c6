"""Timeline: dated events merged across articles, in date order, citing every source; the seeds as one story."""

from __future__ import annotations

import pytest

from kabar.analysis.timeline import build_timeline, readable, strip_citation, strip_dateline
from kabar.nlp.timexpr import find_dated_events
from kabar.records import Article, Story
from tests.conftest import SEEDS


def article(doc_id: str, text: str, published: str | None, outlet: str = "", duplicate_of: str | None = None):
    a = Article(id=doc_id, source=f"{doc_id}.txt", text=text, published=published, outlet=outlet,
                duplicate_of=duplicate_of)
    a.events = find_dated_events(text, published)
    return a


# One flood story told by four outlets in their own styles, plus a syndicated copy.
DETIK = article("detik", "\n".join([
    "Jakarta - Banjir merendam 12 kelurahan di Jakarta Timur, Selasa (16/3/2021).",
    "Hujan deras mengguyur Jakarta sejak Senin (15/3) malam hingga pagi.",
    "Gubernur akan meninjau lokasi banjir pada Jumat.",
]), "2021-03-16T09:00+07:00", "detikNews")
KOMPAS = article("kompas", "\n".join([
    "JAKARTA, KOMPAS.com - Sebanyak 12 kelurahan di Jakarta Timur terendam banjir pada Selasa (16/3/2021).",
    "Banjir serupa pernah terjadi pada Februari 2020 dan merendam ratusan rumah.",
]), "2021-03-16T11:30+07:00", "Kompas.com")
ANTARA = article("antara", "\n".join([
    "Jakarta (ANTARA) - Ribuan warga mengungsi setelah banjir merendam Jakarta Timur kemarin.",
    "Posko pengungsian dibuka sejak 2007 di kelurahan itu, kata lurah setempat.",
    "Badan Penanggulangan Bencana Daerah mencatat 12 kelurahan terendam, seperti dikutip dari laman resminya, "
    "Rabu (17/3/2021).",
]), "2021-03-17", "ANTARA")
TRIBUN = article("tribun", "\n".join([
    "TRIBUNNEWS.COM, JAKARTA - Gubernur dijadwalkan meninjau lokasi banjir di Jakarta Timur pada Jumat (19/3/2021).",
]), "2021-03-17T08:00+07:00", "Tribunnews.com")
COPY = article("copy", KOMPAS.text, KOMPAS.published, "Kompas.id", duplicate_of="kompas")


@pytest.fixture(scope="module")
def timeline() -> list[dict]:
    return build_timeline([DETIK, KOMPAS, ANTARA, TRIBUN, COPY])


def items_on(timeline: list[dict], date: str) -> list[dict]:
    return [t for t in timeline if t["date"] == date]


def test_same_event_across_outlets_is_one_item_citing_all(timeline) -> None:
    flood = items_on(timeline, "2021-03-16")
    assert len(flood) == 1, flood
    assert set(flood[0]["documents"]) == {"detik", "kompas", "antara", "copy"}


def test_scheduled_visit_merged_across_weekday_and_full_date(timeline) -> None:
    visit = items_on(timeline, "2021-03-19")
    assert len(visit) == 1 and set(visit[0]["documents"]) == {"detik", "tribun"}


def test_chronological_with_years_and_months_first(timeline) -> None:
    dates = [t["date"] for t in timeline]
    assert dates[0] == "2007" and dates[1] == "2020-02"
    padded = [(d + "-00-00")[:10] for d in dates]
    assert padded == sorted(padded)
    assert "2021-03-15" in dates


def test_texts_are_readable(timeline) -> None:
    for item in timeline:
        text = item["text"]
        assert not text.startswith(("Jakarta -", "JAKARTA, KOMPAS", "TRIBUNNEWS", "Jakarta (ANTARA)"))
        assert "dikutip dari" not in text
        assert len(text) <= 270


def test_duplicates_are_sources_but_not_separate_items(timeline) -> None:
    old_flood = items_on(timeline, "2020-02")
    assert len(old_flood) == 1 and old_flood[0]["documents"] == ["kompas", "copy"]


def test_different_events_on_one_day_stay_apart() -> None:
    a = article("a", "Presiden meresmikan bendungan di Aceh pada Kamis (18/3).", "2021-03-19", "Republika")
    b = article("b", "KPK menetapkan dua tersangka korupsi pada Kamis (18/3).", "2021-03-19", "Suara.com")
    items = build_timeline([a, b])
    assert len(items) == 2 and {tuple(t["documents"]) for t in items} == {("a",), ("b",)}


def test_undated_article_gets_the_story_year() -> None:
    undated = article("u", "Menteri itu tiba di Jenewa pada Kamis (8/10) untuk perundingan.", None, "RMOL")
    dated = article("d", "Perundingan dimulai pada 9 Oktober 2020 di Jenewa.", "2020-10-10", "Kontan")
    dates = {t["date"] for t in build_timeline([undated, dated])}
    assert {"2020-10-08", "2020-10-09"} <= dates


def test_empty_and_eventless_articles() -> None:
    assert build_timeline([]) == []
    assert build_timeline([article("x", "Tidak ada tanggal di sini.", "2021-01-01")]) == []


def test_dateline_and_citation_trimming() -> None:
    assert strip_dateline("Liputan6.com, Jakarta- Para menteri bertemu.", lead=True) == "Para menteri bertemu."
    assert strip_dateline("Bisnis.com, JAKARTA - Harga emas naik.") == "Harga emas naik."
    assert strip_dateline("RMOL. KPK menahan tersangka.", lead=True) == "KPK menahan tersangka."
    assert strip_dateline("KPK. Lembaga itu menahan tersangka.") .startswith("KPK.")
    assert strip_dateline("JAKARTA - Harga cabai naik.", lead=True) == "Harga cabai naik."
    assert strip_dateline("Presiden Joko Widodo - yang baru tiba - langsung rapat.") .startswith("Presiden")
    assert strip_citation("Harga naik 5 persen, seperti dilansir Reuters, Rabu (21/10/2020).") == "Harga naik 5 persen."
    long = "Menteri itu mengatakan " + "bahwa rencana itu akan dibahas, " * 20 + "pada 3 Mei."
    short = readable(long, keep="3 Mei")
    assert len(short) <= 270 and "pada 3 Mei" in short
    late = "Rapat itu " + "membahas anggaran daerah dan rencana pembangunan jalan desa, " * 6 + "berakhir pada 3 Mei."
    assert readable(late, keep="3 Mei").endswith("pada 3 Mei.") and len(readable(late, keep="3 Mei")) <= 270


# ---------------------------------------------------------------------------------------------------- the seeds

SEED_EVENTS = ["1990", "1994", "2020-09-27", "2020-10", "2020-10-08", "2020-10-09", "2020-10-12", "2020-10-20",
               "2020-10-22", "2020-10-23", "2020-10-24", "2020-10-25", "2020-10-26", "2020-10-29", "2020-11"]


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    from kabar.engines.local import process_pages
    from kabar.io import read_inputs

    pages = [p for p in read_inputs([str(SEEDS)]) if not isinstance(p, Exception)]
    return [a for a in process_pages(pages) if isinstance(a, Article)]


def test_seeds_as_one_story_have_nearly_every_dated_event(seed_articles) -> None:
    story = Story(id="s", documents=[a.id for a in seed_articles])
    assert len(story.documents) == 5
    timeline = build_timeline(seed_articles)
    found = {t["date"] for t in timeline}
    missing = [d for d in SEED_EVENTS if d not in found]
    assert len(missing) <= 1, missing
    meeting = [t for t in timeline if t["date"] == "2020-10-23" and len(t["documents"]) >= 3]
    assert meeting, "the 23 October meeting is told by several outlets"
    assert all(t["documents"] for t in timeline)


def test_a_sentence_with_two_dates_gives_each_its_clause() -> None:
    from kabar.analysis.timeline import focus_clause

    sentence = ("Pada awal Maret 2021, kedua pihak menandatangani nota kesepahaman di Jakarta dan perjanjian "
                "lanjutannya diteken pada Senin (15/3).")
    first = focus_clause(sentence, "awal Maret 2021")
    assert first == "Pada awal Maret 2021, kedua pihak menandatangani nota kesepahaman di Jakarta."
    second = focus_clause(sentence, "Senin (15/3)")
    assert "15/3" in second and "awal Maret" not in second and len(second.split()) >= 8
    items = build_timeline([article("bisnis", sentence, "2021-03-17", "Bisnis.com")])
    assert [t["date"] for t in items] == ["2021-03", "2021-03-15"]
    assert items[0]["text"] != items[1]["text"]


def test_related_links_left_in_the_text_are_not_events() -> None:
    text = ("Polisi menangkap pelaku pada Senin (15/3).\n"
            "Baca juga: Polisi Tangkap Pencuri Motor di Depok, Selasa (9/3)")
    items = build_timeline([article("okezone", text, "2021-03-16", "Okezone")])
    assert [t["date"] for t in items] == ["2021-03-15"]


def test_connectives_leaning_on_the_previous_sentence_are_dropped() -> None:
    from kabar.analysis.timeline import drop_opener

    assert drop_opener("Selain itu, KPK menahan dua tersangka baru.") == "KPK menahan dua tersangka baru."
    assert drop_opener("Sementara itu, harga cabai turun di Pasar Induk.") == "Harga cabai turun di Pasar Induk."
    assert drop_opener("Danau Toba meluap kemarin sore.") == "Danau Toba meluap kemarin sore."
    assert drop_opener("Namun, itu saja.") == "Namun, itu saja."  # too little would be left
    items = build_timeline([article("viva", "Selain itu, Gubernur meninjau tanggul jebol pada Jumat (12/3).",
                                    "2021-03-13", "VIVA")])
    assert items[0]["text"].startswith("Gubernur meninjau")


def test_since_the_same_day_is_the_same_start() -> None:
    a = article("a", "Aksi mogok para buruh pabrik tekstil itu berlangsung sejak 2 Mei 2022.", "2022-05-10", "Kontan")
    b = article("b", "Produksi di pabrik tekstil terhenti sejak 2 Mei lalu karena pemogokan.", "2022-05-11", "Bisnis.com")
    items = build_timeline([a, b])
    assert len(items) == 1 and set(items[0]["documents"]) == {"a", "b"}


def test_item_text_is_a_typical_one_date_wording() -> None:
    a = article("a", "Tol Cipali ditutup sementara pada Senin (15/3) karena banjir setinggi 50 sentimeter.",
                "2021-03-16", "Kompas.com")
    b = article("b", "Banjir setinggi 50 sentimeter membuat Tol Cipali ditutup pada Senin (15/3).",
                "2021-03-16", "detikNews")
    c = article("c", "Tol Cipali yang dibuka pada 2015 ditutup karena banjir pada Senin (15/3).", "2021-03-16", "Tempo")
    items = [t for t in build_timeline([a, b, c]) if t["date"] == "2021-03-15"]
    assert len(items) == 1 and len(items[0]["documents"]) == 3
    assert items[0]["text"] in (a.text, b.text)


def test_bare_date_lines_are_not_events() -> None:
    text = "Rabu, 21 Oktober 2020 | 09:20 WIB\nWarga Bekasi mengungsi pada Selasa (20/10) karena banjir."
    items = build_timeline([article("x", text, "2020-10-21", "Suara.com")])
    assert [t["date"] for t in items] == ["2020-10-20"]
