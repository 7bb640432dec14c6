"""A whole story from five outlets (an earthquake), written in their house styles: the shared toll agrees with all
its sources, the injured count on which two outlets disagree the same evening is a conflict, the next day's toll,
the houses, the aid money and a past quake's toll are not conflicts."""

from kabar.analysis.claims import compare_figures
from kabar.nlp.figures import find_figures
from kabar.records import Article

PAGES = {
    "kompas": ("2022-11-21T20:00+07:00", "outlet-kompas",
               "CIANJUR, KOMPAS.com - Sedikitnya 162 orang meninggal dunia akibat gempa bermagnitudo 5,6 yang "
               "mengguncang Cianjur, Senin (21/11/2022). Kepala BNPB Suharyanto mengatakan, 326 orang luka-luka "
               "dan 2.345 rumah rusak berat.\nGempa Cianjur tahun 2000 silam menewaskan 3 orang."),
    "detik": ("2022-11-21T21:00+07:00", "outlet-detik",
              "Jakarta - Korban meninggal dunia akibat gempa Cianjur bertambah menjadi 162 orang. Menurut BNPB, "
              "sebanyak 350 orang luka-luka."),
    "antara": ("2022-11-21T20:30+07:00", "outlet-antara",
               "Cianjur (ANTARA) - Gubernur Jawa Barat Ridwan Kamil menyebut 162 warga tewas dalam gempa itu. "
               "Pemerintah provinsi menyiapkan dana bantuan Rp10 miliar."),
    "tempo": ("2022-11-22T10:00+07:00", "outlet-tempo",
              "TEMPO.CO, Jakarta - Jumlah korban tewas gempa Cianjur mencapai 268 orang per Selasa (22/11/2022), "
              "dan 151 orang masih hilang."),
    "cnn": ("2022-11-21T22:00+07:00", "outlet-cnn",
            "Jakarta, CNN Indonesia -- BNPB mencatat 162 orang meninggal dunia. Pemerintah menyiapkan bantuan "
            "Rp10 miliar bagi korban."),
}


def story():
    arts = []
    for doc_id, (published, outlet, text) in PAGES.items():
        art = Article(id=doc_id, source=f"{doc_id}.txt", text=text, published=published, outlet=outlet)
        art.figures = find_figures(text, published)
        arts.append(art)
    return compare_figures(arts)


def docs(claim):
    return {d for v in claim["values"] for d in v["documents"]}


def test_shared_toll_agrees_with_all_its_sources():
    claims = story()
    toll = next(c for c in claims if any(v["value"] == 162 for v in c["values"]))
    assert toll["status"] == "agree"
    assert docs(toll) == {"kompas", "detik", "antara", "cnn"}


def test_injured_counts_of_the_same_evening_conflict():
    claims = story()
    (conflict,) = [c for c in claims if c["status"] == "conflict"]
    assert sorted((v["value"], tuple(v["documents"])) for v in conflict["values"]) == [(326, ("kompas",)),
                                                                                       (350, ("detik",))]


def test_other_figures_are_not_conflicts():
    claims = story()
    by_value = {v["value"]: c for c in claims for v in c["values"]}
    assert by_value[268]["status"] == "single"  # the next day's toll
    assert by_value[10_000_000_000]["status"] == "agree"  # the aid money, two outlets
    assert by_value[3]["status"] == "single" and by_value[3]["subject"].endswith("(peristiwa lampau)")
    assert by_value[2345]["status"] == "single"
