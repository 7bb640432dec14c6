"""Extractive summary: 5-8 sentences, no repeats, every sentence citing the articles that state it."""

from __future__ import annotations

from kabar.analysis.summary import summarize
from kabar.analysis.timeline import content_words, overlap
from kabar.nlp.timexpr import find_dated_events
from kabar.records import Article


def article(doc_id: str, paragraphs: list[str], published: str, duplicate_of: str | None = None) -> Article:
    text = "\n".join(paragraphs)
    a = Article(id=doc_id, source=doc_id, text=text, published=published, duplicate_of=duplicate_of)
    a.events = find_dated_events(text, published)
    return a


SHARED = "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin siang dan merusak ribuan rumah warga."
STORY = [
    article("detik", [
        "Jakarta - " + SHARED,
        "Badan Nasional Penanggulangan Bencana mencatat 268 orang meninggal dunia akibat gempa tersebut.",
        "Presiden Joko Widodo meninjau lokasi gempa di Cianjur pada Selasa (22/11) dan menjanjikan bantuan perbaikan rumah.",
        "Tim SAR gabungan masih mencari korban yang tertimbun longsor di Kecamatan Cugenang hingga malam hari.",
        "Apakah bantuan sudah cukup?",
    ], "2022-11-22T15:00+07:00"),
    article("kompas", [
        "CIANJUR, KOMPAS.com - " + SHARED.replace("ribuan", "lebih dari dua ribu"),
        "Sebanyak 58.362 warga mengungsi ke tenda-tenda darurat yang didirikan di lapangan dan halaman sekolah.",
        "Pemerintah daerah menetapkan status tanggap darurat selama 30 hari sejak Senin (21/11).",
        "Kebutuhan air bersih dan selimut menjadi yang paling mendesak di pengungsian, kata relawan.",
    ], "2022-11-22T18:00+07:00"),
    article("antara", [
        "Cianjur (ANTARA) - Presiden Joko Widodo meninjau lokasi gempa di Cianjur dan menjanjikan bantuan untuk "
        "perbaikan rumah warga yang rusak.",
        "BMKG mencatat lebih dari 100 gempa susulan terjadi setelah gempa utama pada Senin siang.",
        "Sekolah-sekolah di kecamatan terdampak diliburkan sementara hingga kondisi aman, ujar kepala dinas pendidikan.",
    ], "2022-11-23T08:00+07:00"),
    article("tempo", [
        "TEMPO.CO, Jakarta - Korban meninggal akibat gempa Cianjur bertambah menjadi 271 orang menurut data terbaru BNPB.",
        "Jalan nasional yang menghubungkan Cianjur dan Puncak sempat tertutup longsor dan kini sudah bisa dilalui.",
        "Sejumlah perusahaan menyalurkan bantuan logistik melalui posko yang dibuka di kantor bupati.",
    ], "2022-11-23T12:00+07:00"),
]
COPY = article("copy", STORY[0].paragraphs, STORY[0].published, duplicate_of="detik")


def test_five_to_eight_sentences_each_cited() -> None:
    summary = summarize(STORY)
    assert 5 <= len(summary) <= 8
    ids = {a.id for a in STORY}
    for item in summary:
        assert item["text"] and item["documents"] and set(item["documents"]) <= ids


def test_no_repeats() -> None:
    summary = summarize(STORY + [COPY])
    texts = [item["text"] for item in summary]
    assert len(set(texts)) == len(texts)
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            assert overlap(content_words(a), content_words(b)) < 0.8, (a, b)


def test_near_duplicate_across_outlets_cites_both() -> None:
    summary = summarize(STORY, size=8)
    quake = [item for item in summary if "mengguncang Cianjur" in item["text"]]
    assert len(quake) == 1
    assert {"detik", "kompas"} <= set(quake[0]["documents"])
    assert not quake[0]["text"].startswith(("Jakarta -", "CIANJUR, KOMPAS"))


def test_duplicates_cited_with_their_original() -> None:
    summary = summarize(STORY + [COPY])
    assert any("copy" in item["documents"] for item in summary)
    for item in summary:
        assert ("copy" in item["documents"]) == ("detik" in item["documents"])


def test_questions_are_not_summary_sentences() -> None:
    assert all(not item["text"].endswith("?") for item in summarize(STORY, size=8))


def test_gist_first_then_date_order() -> None:
    summary = summarize(STORY, size=8)
    published = {a.id: a.published for a in STORY}

    def date_of(item: dict) -> str:
        source = item["documents"][0]
        events = find_dated_events(item["text"], published[source])
        return events[0].date if events else published[source][:10]

    rest = [date_of(item) for item in summary[1:]]
    assert rest == sorted(rest)
    # the gist is stated by more than one outlet
    assert len(summary[0]["documents"]) >= 2


def test_small_and_empty_inputs() -> None:
    assert summarize([]) == []
    one = article("solo", ["Harga beras di Pasar Induk Cipinang naik menjadi Rp14.000 per kilogram pekan ini."],
                  "2023-02-01")
    assert [item["documents"] for item in summarize([one])] == [["solo"]]
    assert summarize([article("empty", [""], "2023-02-01")]) == []


def test_sentences_that_lean_on_their_context_are_avoided() -> None:
    from kabar.analysis.summary import is_anaphoric

    assert is_anaphoric("Ia mengatakan bantuan sudah dikirim.")
    assert is_anaphoric("Hal tersebut disampaikan Bupati di Cianjur.")
    assert not is_anaphoric("Iannone menang di Sirkuit Mandalika.")
    twins = [
        article("a", ["Banjir merendam ratusan rumah warga di Kabupaten Bandung pada Senin malam.",
                      "Ia mengatakan bantuan sudah dikirim ke lokasi banjir di Kabupaten Bandung."], "2023-03-07"),
        article("b", ["Bupati mengatakan bantuan sudah dikirim ke lokasi banjir di Kabupaten Bandung.",
                      "Banjir merendam ratusan rumah warga di Kabupaten Bandung."], "2023-03-07"),
    ]
    texts = [item["text"] for item in summarize(twins)]
    assert not any(t.startswith("Ia ") for t in texts)
    assert any(t.startswith("Bupati mengatakan") for t in texts)
