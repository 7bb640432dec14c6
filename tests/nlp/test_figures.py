"""Numeric claims: values, qualifiers, what is counted, source, as-of date, past tolls, and what is not a figure."""

import pytest

from kabar.nlp.figures import figure_profiles, find_figures


def one(text, published="2023-10-16"):
    figures = find_figures(text, published)
    assert len(figures) == 1, figures
    return figures[0]


def test_toll_with_qualifier_others_and_date():
    text = ("Sedikitnya 12 orang tewas dan 30 lainnya luka-luka akibat gempa di Cianjur, Jawa Barat, Senin "
            "(21/11/2022).")
    dead, hurt = find_figures(text, "2022-11-22")
    assert (dead.value, dead.unit, dead.qualifier, dead.as_of) == (12, "deaths", "at_least", "2022-11-21")
    assert (hurt.value, hurt.unit, hurt.qualifier) == (30, "injured", "exact")
    assert hurt.subject == "orang luka-luka"
    assert text[dead.start:dead.end] == dead.text and dead.text.startswith("Sedikitnya 12")


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("Jumlah korban tewas mencapai lima ribu orang.", 5000, "deaths", "exact"),
        ("Hampir 2.000 warga mengungsi ke tenda darurat.", 2000, "displaced", "at_most"),
        ("Sekitar 1,5 juta jiwa terdampak banjir di Kalimantan Selatan.", 1_500_000, "affected", "approx"),
        ("Puluhan rumah rusak diterjang angin puting beliung.", 20, "damaged", "at_least"),
        ("Polisi menangkap 25 orang yang diduga terlibat tawuran.", 25, "arrested", "exact"),
        ("Tim SAR gabungan mengevakuasi 700 lebih penumpang kapal.", 700, "evacuated", "at_least"),
        ("Sebanyak 3 ribu pendaki dinyatakan hilang.", 3000, "missing", "exact"),
        ("Kasus baru Covid-19 bertambah 1.234 kasus positif hari ini.", 1234, "infected", "exact"),
        ("Kerugian negara ditaksir mencapai Rp2,5 triliun.", 2_500_000_000_000, "money", "exact"),
    ],
)
def test_number_forms_units_and_qualifiers(text, value, unit, qualifier):
    fig = one(text)
    assert (fig.value, fig.unit, fig.qualifier) == (pytest.approx(value), unit, qualifier)


def test_group_and_side_words_in_the_subject():
    text = "Kementerian Kesehatan Gaza mengatakan, 36 warga sipil Palestina dan 5 tentara tewas dalam serangan."
    civ, mil = find_figures(text, "2023-10-16")
    assert civ.subject == "warga sipil Palestina tewas"
    assert mil.subject == "tentara tewas"
    assert civ.text == "36 warga sipil Palestina"  # the words stop before the next figure
    assert mil.text == "5 tentara tewas"
    profiles = figure_profiles(text, "2023-10-16")
    assert profiles[0].group == "civilians" and profiles[0].sides == ("Palestina",)
    assert profiles[1].group == "military"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BNPB mencatat 1.250 warga mengungsi akibat erupsi.", "BNPB"),
        ("Menurut data Basarnas, 14 penumpang masih hilang.", "data Basarnas"),
        ("Presiden Filipina Ferdinand Marcos Jr memperkirakan bahwa hampir 300 orang tewas.", "Ferdinand Marcos Jr"),
        ("Sebanyak 40 orang tewas dalam kebakaran itu, kata polisi setempat.", None),
        ("Sebanyak 40 orang tewas dalam kebakaran itu, kata Kapolres AKBP Budi Hermanto.", "Budi Hermanto"),
    ],
)
def test_who_reported_it(text, source):
    assert one(text).attributed_to == source


def test_as_of_from_weekday_month_name_or_publication():
    assert one("Pada Kamis, 50 orang tewas akibat longsor.", "2023-10-16").as_of == "2023-10-12"
    assert one("Hingga 3 Januari 2024, 120 orang meninggal dunia.", "2024-01-05").as_of == "2024-01-03"
    assert one("Sebanyak 8 orang tewas.", "2024-01-05T10:00:00+07:00").as_of == "2024-01-05"
    assert one("Sebanyak 8 orang tewas.", None).as_of is None
    # a start date is not the as-of date
    assert one("Sejak 27 September, lebih dari 400 orang tewas.", "2020-10-09").as_of == "2020-10-09"


@pytest.mark.parametrize(
    "text",
    [
        "Dalam tsunami Aceh tahun 2004, sekitar 170.000 orang tewas.",
        "Kerusuhan itu pecah pada 1998. Sebanyak 1.000 orang tewas dalam kerusuhan tersebut.",
        "Wilayah itu dikuasai dalam perang tahun 1990-an. 30.000 orang tewas dalam pertempuran tersebut.",
        "Gempa 30 tahun silam itu menewaskan 5.000 orang.",
    ],
)
def test_historical_tolls(text):
    figures = find_figures(text, "2023-10-16")
    assert figures and all(f.historical for f in figures)


def test_current_tolls_are_not_historical():
    fig = one("Kerusuhan itu terjadi pada 2023. Sebanyak 10 orang tewas dalam kerusuhan tersebut.", "2023-10-16")
    assert not fig.historical


@pytest.mark.parametrize(
    "text",
    [
        "Rapat digelar pada 17 Agustus 2023 pukul 08.00 WIB di lantai 3.",
        "Pada 2020, sebanyak 30 persen warga tewas karena wabah itu.",
        "Korban, Budi (45), ditemukan tewas di rumahnya.",
        "Hubungi 081234567890 untuk melaporkan warga hilang.",
        "Ini adalah kali ke-3 banjir melanda sejak 2021.",
        "Pasal 5 ayat 2 mengatur sanksi bagi pelaku.",
        "Pandemi Covid-19 menewaskan warga.",
        "Pertempuran berkecamuk selama lebih dari tiga minggu dan dua gencatan senjata gagal.",
        "Kedua negara sepakat menghentikan tembakan.",
        "Dia lahir pada 1990-an dan tewas dalam kecelakaan.",
        "Timnas menang 2-1 atas Vietnam.",
    ],
)
def test_not_figures(text):
    assert find_figures(text, "2023-10-16") == []


def test_bad_input_does_not_crash():
    assert find_figures("", None) == []
    assert isinstance(find_figures("12 12 12 tewas tewas, , ,. 5.000.000,00,00 orang", "bukan tanggal"), list)


def test_profiles_of_given_figures_match_the_whole_text_analysis():
    from kabar.nlp.figures import profiles_of

    text = ("Perang itu pecah pada 1994.\nSebanyak 30.000 orang tewas dalam perang tersebut.\n"
            "Kini sedikitnya 12 warga sipil tewas dan 7 lainnya hilang, kata Kapolres AKBP Budi Hermanto.")
    whole = figure_profiles(text, "2023-10-16")
    assert len(whole) == 3 and whole[0].figure.historical
    assert profiles_of(text, "2023-10-16", [p.figure for p in whole]) == whole


def test_place_after_the_figure():
    assert one("Sebanyak 7 orang tewas akibat banjir di Bogor, Minggu.").place == "Bogor"
    assert one("Sedikitnya 3 orang tewas di Kabupaten Cianjur Senin pagi.").place == "Kabupaten Cianjur"
    assert one("Sebanyak 7 orang tewas akibat banjir.").place is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Korban meninggal dunia akibat gempa bertambah menjadi 321 orang.", [(321, "deaths")]),
        ("Sebanyak 1.234 orang meninggal dunia, 5.678 luka-luka, dan 100 hilang.",
         [(1234, "deaths"), (5678, "injured"), (100, "missing")]),
        ("Kebakaran itu menghanguskan 30 rumah warga.", [(30, "damaged")]),
        ("Total 15 orang ditetapkan sebagai tersangka dalam kasus itu.", [(15, "arrested")]),
        ("Sebanyak 300 KK terdampak banjir rob.", [(300, "affected")]),
        ("Gempa bermagnitudo 5,6 mengguncang Cianjur dan merusak 2.000 rumah.", [(2000, "damaged")]),
        ("Gempa berkekuatan 5,6 SR tidak menimbulkan korban jiwa.", []),
        ("Polisi menyita 5 kilogram sabu dari tersangka.", []),
    ],
)
def test_more_toll_sentences(text, values):
    assert [(f.value, f.unit) for f in find_figures(text, "2024-01-01")] == values


def test_about_suffix_and_decades():
    fig = one("Sebanyak 2.000-an warga mengungsi ke gedung sekolah.")
    assert (fig.value, fig.qualifier, fig.unit) == (2000, "approx", "displaced")
    assert find_figures("Mereka mengungsi pada 1960-an dan tewas di sana.", "2023-10-16") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Seperti dilaporkan Reuters, sedikitnya 20 orang tewas dalam serangan itu.", "Reuters"),
        ("Dikutip dari AFP, 14 warga sipil tewas di kota itu.", "AFP"),
    ],
)
def test_passive_sources(text, source):
    assert one(text).attributed_to == source


def test_minggu_as_week_is_not_sunday():
    assert one("Dalam dua minggu terakhir, 40 orang tewas.", "2023-10-18").as_of == "2023-10-18"
    assert one("Pada Minggu, 40 orang tewas.", "2023-10-18").as_of == "2023-10-15"
