"""Figures compared across a story's articles: agree, conflict, single; times, sides and past tolls."""

from kabar.analysis.claims import compare_figures, value_range
from kabar.nlp.figures import find_figures
from kabar.records import Article


def article(doc_id, text, published, duplicate_of=None):
    art = Article(id=doc_id, source=f"{doc_id}.txt", text=text, published=published, duplicate_of=duplicate_of)
    art.figures = find_figures(text, published)
    return art


def by_status(claims, status):
    return [c for c in claims if c["status"] == status]


def values(claim):
    return sorted((v["value"], tuple(v["documents"])) for v in claim["values"])


def test_same_value_in_two_outlets_agrees():
    claims = compare_figures([
        article("kompas", "Sedikitnya 12 orang tewas dalam banjir bandang di Manado, Minggu (8/1/2023).", "2023-01-09"),
        article("detik", "Banjir bandang yang melanda Manado menewaskan 12 orang.", "2023-01-09"),
    ])
    assert [c["status"] for c in claims] == ["agree"]
    assert {d for v in claims[0]["values"] for d in v["documents"]} == {"kompas", "detik"}
    assert {v["qualifier"] for v in claims[0]["values"]} == {"at_least", "exact"}


def test_more_than_agrees_with_exact_and_nearly_agrees_with_nearly():
    claims = compare_figures([
        article("antara", "Pemerintah setempat mengatakan 772 tentara tewas sejauh ini.", "2023-03-01"),
        article("tempo", "Lebih dari 700 tentara tewas dalam pertempuran itu.", "2023-03-03"),
        article("viva", "Hampir 5.000 orang telah tewas menurut perkiraan PBB.", "2023-03-02"),
        article("sindonews", "PBB memperkirakan hampir 5.000 orang tewas sejak awal perang.", "2023-03-03"),
    ])
    assert not by_status(claims, "conflict")
    agree = by_status(claims, "agree")
    assert len(agree) == 2
    docs = sorted(sorted({d for v in c["values"] for d in v["documents"]}) for c in agree)
    assert docs == [["antara", "tempo"], ["sindonews", "viva"]]


def test_different_values_same_day_conflict_with_sources():
    claims = compare_figures([
        article("okezone", "BPBD mencatat 36 warga tewas akibat longsor di Bogor.", "2024-02-10"),
        article("suara", "Menurut BPBD, 37 warga tewas dalam longsor di Bogor.", "2024-02-10"),
    ])
    (claim,) = claims
    assert claim["status"] == "conflict"
    assert values(claim) == [(36, ("okezone",)), (37, ("suara",))]
    assert {v["attributed_to"] for v in claim["values"]} == {"BPBD"}


def test_different_times_are_not_conflicts():
    claims = compare_figures([
        article("merdeka", "Pada Senin, 45 orang tewas akibat banjir.", "2024-03-04"),
        article("jpnn", "Jumlah korban tewas banjir mencapai 60 orang.", "2024-03-08"),
    ])
    assert not by_status(claims, "conflict")
    assert len(claims) == 2 and all(c["status"] == "single" for c in claims)


def test_historical_tolls_are_never_aligned():
    claims = compare_figures([
        article("kumparan", "Wilayah itu direbut dalam perang tahun 1990-an. 30.000 orang tewas dalam perang "
                            "tersebut. Kini 12 orang tewas.", "2023-10-16"),
        article("rmol", "Dalam perang tahun 1990-an, 25.000 orang tewas. Kini 12 orang tewas.", "2023-10-16"),
    ])
    assert not by_status(claims, "conflict")
    singles = by_status(claims, "single")
    assert sorted(c["values"][0]["value"] for c in singles) == [25000, 30000]
    assert all(c["subject"].endswith("(peristiwa lampau)") for c in singles)
    (agree,) = by_status(claims, "agree")
    assert agree["values"][0]["value"] == 12


def test_one_article_stating_a_value_twice_merges():
    text = "Sebanyak 8 pendaki hilang di Gunung Marapi. Tim SAR masih mencari 8 pendaki yang hilang itu."
    (claim,) = compare_figures([article("tribunnews", text, "2023-12-04")])
    assert claim["status"] == "single"
    assert values(claim) == [(8, ("tribunnews",))]


def test_other_sides_are_different_quantities():
    claims = compare_figures([
        article("cnnindonesia", "Sebanyak 61 warga sipil Palestina tewas dalam serangan udara.", "2023-10-16"),
        article("republika", "Sebanyak 63 warga sipil Israel tewas, kata militer.", "2023-10-16"),
    ])
    assert not by_status(claims, "conflict")


def test_each_sides_figures_pair_by_source_then_by_elimination():
    """Two outlets each give one toll per side; the side named by the source pairs first, the rest by elimination."""
    a = article("bisnis", "Otoritas Kyiv mengatakan 36 warga sipil tewas. Sementara itu, otoritas Moskow "
                          "melaporkan kematian 63 warga sipil.", "2022-03-01")
    b = article("kontan", "Kyiv melaporkan 37 warga sipil meninggal dunia. Moskow mengatakan, 61 warga sipil "
                          "Rusia tewas.", "2022-03-01")
    conflicts = by_status(compare_figures([a, b]), "conflict")
    assert sorted(values(c) for c in conflicts) == [[(36, ("bisnis",)), (37, ("kontan",))],
                                                    [(61, ("kontan",)), (63, ("bisnis",))]]


def test_one_article_with_both_values_is_not_a_conflict():
    """An article giving a day's toll and the total shows they count different things."""
    a = article("liputan6", "Otoritas setempat mencatat 772 tentara tewas sejak awal perang.", "2020-10-21")
    b = article("rmol", "Pertempuran sengit terjadi pada Selasa. Serangan itu menewaskan 43 tentara. Hingga saat "
                        "ini, 772 tentara tewas.", "2020-10-21")
    claims = compare_figures([a, b])
    assert not by_status(claims, "conflict")
    (agree,) = by_status(claims, "agree")
    assert agree["values"][0]["value"] == 772


def test_duplicates_do_not_count_as_a_second_outlet():
    text = "Sebanyak 9 orang tewas dalam kecelakaan bus di Subang."
    claims = compare_figures([article("detik", text, "2024-05-12"),
                              article("detik-copy", text, "2024-05-12", duplicate_of="detik")])
    assert [c["status"] for c in claims] == ["single"]


def test_claims_are_order_independent_and_schema_shaped():
    arts = [
        article("a", "BPBD mencatat 36 warga tewas.", "2024-02-10"),
        article("b", "Sebanyak 37 warga tewas dan Rp5 miliar kerugian.", "2024-02-10"),
        article("c", "Hampir 40 warga tewas.", "2024-02-11"),
    ]
    first = compare_figures(arts)
    assert first == compare_figures(list(reversed(arts)))
    for claim in first:
        assert set(claim) == {"subject", "status", "values"}
        for v in claim["values"]:
            assert set(v) >= {"value", "qualifier", "text", "as_of", "attributed_to", "documents"}


def test_value_ranges():
    assert value_range(700, "at_least")[0] == 700 and value_range(700, "at_least")[1] >= 772
    assert value_range(5000, "at_most") == (4000, 5000)
    assert value_range(36, "exact") == (36, 36)


def test_no_articles_or_no_figures():
    assert compare_figures([]) == []
    assert compare_figures([article("x", "Tidak ada angka di sini.", None)]) == []


def test_different_places_are_not_conflicts():
    claims = compare_figures([
        article("pikiran-rakyat", "Sebanyak 5 orang tewas akibat banjir di Bekasi, Minggu (3/3/2024).", "2024-03-03"),
        article("suara", "Sebanyak 7 orang tewas akibat banjir di Bogor pada Minggu.", "2024-03-03"),
        article("detik", "Sebanyak 7 orang tewas akibat banjir di Bogor Jawa Barat.", "2024-03-03"),
    ])
    assert not by_status(claims, "conflict")
    (agree,) = by_status(claims, "agree")
    assert {d for v in agree["values"] for d in v["documents"]} == {"suara", "detik"}


def test_a_toll_rising_over_the_day_is_an_update_not_a_conflict():
    morning = article("kompas", "Sebanyak 5 orang tewas akibat longsor.", "2024-01-10T08:00+07:00")
    night = article("tempo", "Sebanyak 7 orang tewas akibat longsor.", "2024-01-10T21:00+07:00")
    assert not by_status(compare_figures([morning, night]), "conflict")
    # the same two counts an hour apart do conflict
    soon = article("tempo", "Sebanyak 7 orang tewas akibat longsor.", "2024-01-10T09:00+07:00")
    assert by_status(compare_figures([morning, soon]), "conflict")
    # and a count that falls later is no update either
    lower = article("tempo", "Sebanyak 4 orang tewas akibat longsor.", "2024-01-10T21:00+07:00")
    assert by_status(compare_figures([morning, lower]), "conflict")


def test_one_outlets_articles_do_not_conflict_with_each_other():
    first = article("a1", "Sebanyak 5 orang tewas akibat longsor.", "2024-01-10")
    second = article("a2", "Sebanyak 7 orang tewas akibat longsor.", "2024-01-10")
    first.outlet = second.outlet = "detik.com"
    assert not by_status(compare_figures([first, second]), "conflict")


def test_people_and_residents_may_be_one_count_but_soldiers_are_not():
    claims = compare_figures([
        article("kompas", "Sebanyak 12 orang tewas akibat longsor di Banjarnegara.", "2024-02-01"),
        article("antara", "Longsor di Banjarnegara menewaskan 12 warga.", "2024-02-01"),
        article("tempo", "Sebanyak 14 tentara tewas dalam latihan di Banjarnegara.", "2024-02-01"),
    ])
    assert not by_status(claims, "conflict")
    (agree,) = by_status(claims, "agree")
    assert {d for v in agree["values"] for d in v["documents"]} == {"kompas", "antara"}


def test_a_figure_inside_a_quote_is_its_speakers():
    from kabar.nlp.quotes import find_quotes

    art = article("viva", '"Sebanyak 9 orang tewas dalam kecelakaan itu," kata Kapolres AKBP Budi Hermanto.',
                  "2024-05-12")
    art.quotes = find_quotes(art.text, [])
    (claim,) = compare_figures([art])
    assert claim["values"][0]["attributed_to"] == "Budi Hermanto"


def test_generic_people_count_agrees_with_a_named_group_but_never_conflicts_with_it():
    same = compare_figures([
        article("jpnn", "Kecelakaan bus itu menewaskan 12 penumpang.", "2024-04-02"),
        article("kompas", "Sebanyak 12 orang tewas dalam kecelakaan bus itu.", "2024-04-02"),
    ])
    assert [c["status"] for c in same] == ["agree"]
    other = compare_figures([
        article("jpnn", "Kecelakaan bus itu menewaskan 5 penumpang.", "2024-04-02"),
        article("kompas", "Sebanyak 7 orang tewas dalam kecelakaan bus itu.", "2024-04-02"),
    ])
    assert [c["status"] for c in other] == ["single", "single"]


def test_vague_amounts_agree_only_with_the_same_word():
    claims = compare_figures([
        article("suara", "Puluhan rumah rusak diterjang puting beliung.", "2024-04-02"),
        article("okezone", "Puting beliung membuat puluhan rumah rusak.", "2024-04-02"),
        article("detik", "Sebanyak 35 rumah rusak diterjang puting beliung.", "2024-04-02"),
    ])
    assert not by_status(claims, "conflict")
    (agree,) = by_status(claims, "agree")
    assert {d for v in agree["values"] for d in v["documents"]} == {"suara", "okezone"}


def test_an_increase_is_not_a_total():
    claims = compare_figures([
        article("kompas", "Korban tewas gempa bertambah 100 orang menjadi 268 orang.", "2022-11-22"),
        article("detik", "Korban tewas gempa bertambah menjadi 268 orang.", "2022-11-22"),
    ])
    assert not by_status(claims, "conflict")
    (agree,) = by_status(claims, "agree")
    assert agree["values"][0]["value"] == 268


def test_the_same_sum_under_other_words_agrees():
    claims = compare_figures([
        article("bisnis", "Pemerintah menyiapkan anggaran bantuan Rp1,5 triliun untuk korban gempa.", "2024-02-01"),
        article("kontan", "Dana sebesar Rp1,5 triliun disiapkan bagi korban gempa.", "2024-02-01"),
        article("kompas", "Dana darurat Rp2 triliun juga disiapkan.", "2024-02-01"),
    ])
    assert not by_status(claims, "conflict")
    (agree,) = by_status(claims, "agree")
    assert {d for v in agree["values"] for d in v["documents"]} == {"bisnis", "kontan"}


def test_nationals_are_a_group():
    claims = compare_figures([
        article("detik", "Sebanyak 3 WNI tewas dalam kebakaran di Hong Kong.", "2024-02-01"),
        article("kompas", "Kebakaran di Hong Kong menewaskan 3 orang WNI.", "2024-02-01"),
    ])
    assert [c["status"] for c in claims] == ["agree"]
