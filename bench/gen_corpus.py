"""Generate a synthetic Indonesian news corpus with truth labels, for the stories benchmark.

Many events; each told by several outlets in their own words and page templates, some over several days; agency
(ANTARA-style) texts copied by other outlets with a new lead, trimmed or extended; look-alike events (same kind of
event in the same province, or the same official, days apart or on the same day elsewhere); filler sentences from
real Indonesian news (idner-news-2k) as noise. Output: JSONL files of {"url", "text"} pages in the plain-text dump
style of the seeds, and truth.jsonl with {"url", "event", "copy_of"} per page.

    python -m bench.gen_corpus OUT_DIR --articles 100000 [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDNER = ROOT.parent / "shared" / "data" / "dev" / "idner-news-2k" / "train.txt"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

OUTLETS = [
    ("kompas.com", "{CITY}, KOMPAS.com - ", "Baca juga: {OTHER}", "Editor: {NAME}"),
    ("detik.com", "{City} - ", "Baca juga: {OTHER}", "({initials}/{initials2})"),
    ("tempo.co", "TEMPO.CO, {City} - ", "Baca: {OTHER}", "Editor: {NAME}"),
    ("antaranews.com", "{City} (ANTARA) - ", "Baca juga: {OTHER}", "Pewarta: {NAME}"),
    ("liputan6.com", "Liputan6.com, {City} - ", "Advertisement", "Penulis: {NAME}"),
    ("cnnindonesia.com", "{City}, CNN Indonesia -- ", "Baca halaman selanjutnya", "({initials}/{initials2})"),
    ("tribunnews.com", "TRIBUNNEWS.COM, {CITY} - ", "Baca juga: {OTHER}", "Editor: {NAME}"),
    ("okezone.com", "{CITY} - ", "Baca Juga: {OTHER}", "Penulis: {NAME}"),
    ("republika.co.id", "REPUBLIKA.CO.ID, {CITY} -- ", "Baca juga: {OTHER}", "Red: {NAME}"),
    ("suara.com", "Suara.com - ", "Baca Juga: {OTHER}", "Kontributor: {NAME}"),
    ("kumparan.com", "", "Baca juga: {OTHER}", "Reporter: {NAME}"),
    ("rmol.id", "RMOL. ", "Baca juga: {OTHER}", "LAPORAN: {NAME}"),
    ("pikiran-rakyat.com", "PR {CITY} - ", "Baca Juga: {OTHER}", "Penulis: {NAME}"),
    ("viva.co.id", "VIVA – ", "Baca juga: {OTHER}", "Editor: {NAME}"),
    ("sindonews.com", "{CITY} - ", "Baca juga: {OTHER}", "Penulis: {NAME}"),
    ("merdeka.com", "Merdeka.com - ", "Baca juga: {OTHER}", "Reporter: {NAME}"),
]

# Kinds of events: nouns and sentence templates in two wordings each (outlets pick one), with slots filled per event.
KINDS = {
    "banjir": {
        "head": ["Banjir Rendam {n1} Rumah di {village}, {city}", "{n1} Rumah Terendam Banjir di {district}",
                 "Banjir Landa {district}, Warga {village} Mengungsi", "Hujan Deras, {village} {city} Dilanda Banjir"],
        "lines": [
            ["Banjir merendam sedikitnya {n1} rumah warga di Desa {village}, Kecamatan {district}, {city}, pada {day}.",
             "Sebanyak {n1} rumah di Desa {village}, {district}, terendam banjir setelah hujan deras mengguyur {city} "
             "sejak {day}."],
            ["Kepala BPBD {city} {official} menyebut ketinggian air mencapai {n2} sentimeter.",
             "Menurut {official} dari BPBD {city}, air setinggi {n2} sentimeter masuk ke permukiman warga."],
            ["Sungai {river} meluap karena hujan turun sejak sore hari.",
             "Luapan Sungai {river} menjadi penyebab utama banjir di kawasan tersebut."],
            ["Sebanyak {n3} warga terpaksa mengungsi ke balai desa dan masjid terdekat.",
             "{n3} jiwa mengungsi ke balai Desa {village} dan sejumlah masjid."],
            ["\"Kami sudah mengirim perahu karet dan logistik ke lokasi,\" kata {official}.",
             "{official} mengatakan pihaknya telah menyalurkan perahu karet serta bantuan logistik."],
            ["Warga bernama {witness} mengaku air naik dengan cepat pada dini hari.",
             "{witness}, warga setempat, bercerita air masuk rumah menjelang subuh."],
        ],
    },
    "kebakaran": {
        "head": ["Kebakaran Hanguskan {n1} Kios di Pasar {village}", "Pasar {village} {city} Terbakar, {n1} Kios Ludes",
                 "{n2} Unit Damkar Padamkan Api di Pasar {village}", "Api Lalap Pasar {village}, Kerugian Ratusan Juta"],
        "lines": [
            ["Kebakaran melanda Pasar {village}, {district}, {city}, pada {day} dan menghanguskan {n1} kios.",
             "Sebanyak {n1} kios di Pasar {village}, {city}, ludes terbakar pada {day}."],
            ["Sebanyak {n2} unit mobil pemadam kebakaran dikerahkan ke lokasi.",
             "Dinas Pemadam Kebakaran {city} menerjunkan {n2} unit mobil damkar."],
            ["Kepala Dinas Damkar {city} {official} menduga api berasal dari korsleting listrik.",
             "Dugaan sementara, api dipicu korsleting listrik, ujar {official}."],
            ["Api baru berhasil dipadamkan setelah sekitar {n3} jam.",
             "Petugas membutuhkan waktu {n3} jam untuk menjinakkan api."],
            ["Pedagang bernama {witness} mengaku kehilangan seluruh barang dagangannya.",
             "\"Semua dagangan saya habis,\" kata {witness}, salah seorang pedagang."],
            ["Polisi dari Polsek {district} masih menyelidiki penyebab pasti kebakaran.",
             "Penyebab pasti kebakaran masih diselidiki Polsek {district}."],
        ],
    },
    "korupsi": {
        "head": ["KPK Tahan {suspect} dalam Kasus Korupsi {project}", "{suspect} Ditahan KPK, Kerugian Negara Rp{n1} Miliar",
                 "Kasus {project}: KPK Tetapkan {suspect} Tersangka", "Jadi Tersangka Korupsi {project}, {suspect} Ditahan"],
        "lines": [
            ["Komisi Pemberantasan Korupsi (KPK) menahan {suspect} terkait dugaan korupsi proyek {project} di {city}.",
             "KPK resmi menahan {suspect} dalam perkara korupsi {project} di {city} pada {day}."],
            ["Kerugian negara dalam kasus ini ditaksir mencapai Rp{n1} miliar.",
             "Penyidik memperkirakan negara dirugikan Rp{n1} miliar."],
            ["Juru bicara KPK {official} mengatakan {suspect} ditahan selama {n2} hari pertama.",
             "{suspect} akan ditahan {n2} hari ke depan, kata juru bicara KPK {official}."],
            ["Penyidik telah memeriksa {n3} saksi, termasuk pejabat Dinas PUPR {city}.",
             "Sebanyak {n3} saksi sudah diperiksa, di antaranya pejabat Dinas PUPR {city}."],
            ["{suspect} keluar dari gedung KPK mengenakan rompi oranye dan tidak berkomentar.",
             "Mengenakan rompi tahanan, {suspect} memilih bungkam saat ditanya wartawan."],
            ["Kuasa hukum {suspect}, {witness}, menyatakan akan menghormati proses hukum.",
             "{witness} selaku pengacara {suspect} mengatakan kliennya kooperatif."],
        ],
    },
    "kecelakaan": {
        "head": ["Kecelakaan Bus di {road}, {n1} Penumpang Tewas",
                 "Bus {company} Masuk Jurang di {district}, {n1} Orang Meninggal",
                 "{n1} Tewas dalam Kecelakaan Bus {company} di {city}", "Tragedi Bus {company} di {road}"],
        "lines": [
            ["Bus {company} mengalami kecelakaan di {road}, {district}, {city}, pada {day}.",
             "Sebuah bus milik PO {company} terjun ke jurang di ruas {road}, {city}, {day}."],
            ["Sebanyak {n1} penumpang meninggal dunia dan {n2} lainnya luka-luka.",
             "Kecelakaan itu menewaskan {n1} orang, sementara {n2} penumpang terluka."],
            ["Kasat Lantas Polres {city} {official} menduga rem bus blong.",
             "Dugaan awal, bus mengalami rem blong, kata {official} dari Satlantas Polres {city}."],
            ["Korban luka dibawa ke RSUD {city} untuk mendapat perawatan.",
             "Para korban luka dilarikan ke RSUD {city}."],
            ["Bus tersebut membawa {n3} penumpang dari {origin} menuju {city}.",
             "Bus yang mengangkut {n3} penumpang itu berangkat dari {origin}."],
            ["Seorang penumpang selamat, {witness}, mengatakan bus melaju kencang di turunan.",
             "\"Bus melaju kencang di turunan lalu oleng,\" kata {witness}, penumpang yang selamat."],
        ],
    },
    "kunjungan": {
        "head": ["{leader} Kunjungi {city}, Resmikan {project}", "Resmikan {project}, {leader} Janjikan Lapangan Kerja",
                 "{leader} Tinjau {project} di {city}", "Kunjungan Kerja {leader} ke {city}"],
        "lines": [
            ["{leader} melakukan kunjungan kerja ke {city} pada {day} untuk meresmikan {project}.",
             "Dalam kunjungannya ke {city}, {day}, {leader} meresmikan {project}."],
            ["Proyek tersebut menelan anggaran Rp{n1} miliar dan ditargetkan menyerap {n2} tenaga kerja.",
             "Dengan nilai investasi Rp{n1} miliar, {project} diharapkan membuka {n2} lapangan kerja."],
            ["{leader} didampingi {official} dan sejumlah pejabat daerah.",
             "Turut hadir {official} serta pejabat Pemkab setempat."],
            ["\"Saya ingin manfaatnya langsung dirasakan masyarakat {city},\" kata {leader}.",
             "{leader} berharap {project} segera dirasakan manfaatnya oleh warga {city}."],
            ["Setelah peresmian, {leader} meninjau pasar tradisional di {district}.",
             "Usai acara, rombongan {leader} bergerak ke pasar di {district}."],
            ["Warga bernama {witness} menyambut baik kehadiran proyek itu.",
             "{witness}, warga {district}, mengaku senang dengan adanya proyek baru."],
        ],
    },
    "sidang": {
        "head": ["Sidang {suspect}: Jaksa Tuntut {n1} Tahun Penjara", "{suspect} Dituntut {n1} Tahun dalam Kasus {project}",
                 "Jaksa Minta Hakim Hukum {suspect} {n1} Tahun", "Tuntutan {n1} Tahun untuk {suspect}"],
        "lines": [
            ["Jaksa penuntut umum menuntut {suspect} dengan hukuman {n1} tahun penjara di Pengadilan Negeri {city}, {day}.",
             "Di PN {city}, {day}, {suspect} dituntut {n1} tahun bui oleh jaksa."],
            ["Selain itu, {suspect} dituntut membayar denda Rp{n2} juta.",
             "Jaksa juga meminta {suspect} membayar denda sebesar Rp{n2} juta."],
            ["Majelis hakim yang dipimpin {official} menunda sidang hingga pekan depan.",
             "Hakim ketua {official} menjadwalkan sidang lanjutan pekan depan."],
            ["Perkara {project} ini menyeret {n3} terdakwa lain.",
             "Selain {suspect}, ada {n3} terdakwa lain dalam perkara {project}."],
            ["Penasihat hukum {suspect}, {witness}, akan mengajukan pleidoi.",
             "{witness} selaku kuasa hukum menyatakan akan menyampaikan nota pembelaan."],
        ],
    },
}
UPDATES = [
    "Hingga {day}, petugas masih melakukan pendataan di lokasi.",
    "Perkembangan terbaru, jumlah korban bertambah menjadi {n4} orang.",
    "Pemerintah {city} menetapkan status tanggap darurat selama {n2} hari.",
    "Pada {day}, {official} kembali memberikan keterangan kepada wartawan.",
]
# Outlets never share sentences verbatim unless they copy: every account is re-worded word by word.
SYNONYMS = {
    "sebanyak": ["sedikitnya", "setidaknya", "total", "sejumlah"], "warga": ["penduduk", "masyarakat", "warga setempat"],
    "rumah": ["hunian", "rumah penduduk", "tempat tinggal"], "mengatakan": ["menyebut", "menuturkan", "menjelaskan"],
    "kata": ["ujar", "tutur", "ucap"], "pada": ["di hari", "pada hari"], "setelah": ["usai", "seusai", "sesudah"],
    "lokasi": ["tempat kejadian", "titik kejadian", "area"], "terdekat": ["sekitar", "di dekatnya"],
    "mengaku": ["menyatakan", "bercerita", "mengungkapkan"], "dikerahkan": ["diterjunkan", "dikirim"],
    "menduga": ["memperkirakan", "mensinyalir"], "penyebab": ["pemicu", "asal"], "masih": ["hingga kini masih", "tengah"],
    "resmi": ["secara resmi", "akhirnya"], "terkait": ["dalam kaitan", "soal"], "dugaan": ["sangkaan", "indikasi"],
    "penyidik": ["tim penyidik", "penyidik lembaga antirasuah"], "akan": ["bakal", "hendak"], "sejumlah": ["beberapa", "banyak"],
    "meninggal": ["tewas", "wafat"], "lainnya": ["yang lain", "penumpang lain"], "dibawa": ["dievakuasi", "diangkut"],
    "melakukan": ["menggelar", "menjalani"], "berharap": ["ingin", "meminta agar"], "hingga": ["sampai", "sampai dengan"],
    "menahan": ["menjebloskan", "menahan secara resmi"], "besar": ["masif", "luas"], "cepat": ["sangat cepat", "tiba-tiba"],
    "juga": ["pun", "turut"], "ke": ["menuju", "ke arah"], "sekitar": ["kurang lebih", "kira-kira"],
}
CONNECTORS = ["Sementara itu, ", "Diketahui, ", "Menurut informasi, ", "Selain itu, ", "Adapun ", "Di sisi lain, ",
              "Dalam keterangannya, ", "Berdasarkan data, ", "Lebih lanjut, ", ""]
LOWER_AFTER_CONNECTOR = {  # sentence openings that are ordinary words, so "Sementara itu, sebanyak ..." reads right
    "Sebanyak", "Kebakaran", "Banjir", "Menurut", "Dugaan", "Petugas", "Pedagang", "Warga", "Penyidik", "Kerugian",
    "Korban", "Bus", "Sungai", "Luapan", "Api", "Proyek", "Dengan", "Setelah", "Usai", "Selain", "Perkara", "Penyebab",
    "Jaksa", "Hakim", "Majelis", "Dalam", "Turut", "Sebuah", "Kecelakaan", "Para", "Dinas", "Polisi", "Mengenakan",
    "Seorang", "Kuasa", "Penasihat", "Hingga", "Perkembangan", "Pemerintah", "Pada",
}
FIRST = ["Agus", "Budi", "Siti", "Dewi", "Rudi", "Hendra", "Yusuf", "Rina", "Fajar", "Nur", "Bambang", "Wahyu", "Eko",
         "Sri", "Dedi", "Ahmad", "Irfan", "Putri", "Andi", "Rahmat", "Teguh", "Lestari", "Gilang", "Ratna", "Yohanes",
         "Made", "Ketut", "Hotman", "Rizky", "Fitri", "Joko", "Indra", "Taufik", "Wulan", "Bayu", "Slamet"]
LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Siregar", "Lubis", "Prasetyo", "Kurniawan", "Setiawan",
        "Hasibuan", "Purnomo", "Rahman", "Susanto", "Gunawan", "Simanjuntak", "Wibowo", "Pratama", "Harahap", "Tanjung",
        "Sitompul", "Manurung", "Permana", "Suryadi", "Halim", "Sembiring", "Utomo", "Daulay", "Firmansyah", "Ramadhan"]
SYLL = ["su", "ka", "ma", "ja", "ti", "re", "ba", "ngi", "lo", "sa", "wa", "de", "po", "ra", "ni", "gu", "ta", "ke", "mu",
        "ha", "do", "le", "ci", "pa", "ra", "ya"]
PROVINCES = [("Jawa Barat", ["Bandung", "Bogor", "Bekasi", "Garut", "Cianjur", "Tasikmalaya"]),
             ("Jawa Tengah", ["Semarang", "Solo", "Magelang", "Klaten", "Cilacap", "Banyumas"]),
             ("Jawa Timur", ["Surabaya", "Malang", "Jember", "Kediri", "Banyuwangi", "Madiun"]),
             ("Sumatera Utara", ["Medan", "Binjai", "Deli Serdang", "Siantar", "Karo", "Asahan"]),
             ("Sulawesi Selatan", ["Makassar", "Gowa", "Maros", "Bone", "Parepare", "Palopo"]),
             ("Kalimantan Timur", ["Samarinda", "Balikpapan", "Bontang", "Kutai", "Paser", "Berau"])]
LEADERS = ["Presiden Joko Widodo", "Wakil Presiden Ma'ruf Amin", "Menteri PUPR Basuki Hadimuljono",
           "Menteri BUMN Erick Thohir", "Gubernur Ridwan Kamil", "Gubernur Ganjar Pranowo"]


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLL) for _ in range(n)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _filler(path: Path = IDNER) -> list[str]:
    if not path.exists():
        return ["Harga cabai di pasar tradisional kembali naik menjelang akhir pekan."]
    sents, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3:
            words.append(parts[0])
        elif words:
            text = " ".join(words)
            for p in (" ,", " .", " :", " ?", " !", " )", "( "):
                text = text.replace(p, p.strip())
            if len(words) >= 8:
                sents.append(text)
            words = []
    return sents


def _noise(rng: random.Random, filler: list[str]) -> str:
    """An unrelated sentence of real Indonesian news with its names and numbers replaced, so that unrelated
    articles do not share the same rare words (as they would not in a real corpus)."""
    words = rng.choice(filler).split(" ")
    out = []
    for k, w in enumerate(words):
        if k and w[:1].isupper():
            out.append(_word(rng, rng.randint(2, 3)))
        elif w.isdigit():
            out.append(str(rng.randint(2, 999)))
        else:
            out.append(w)
    return " ".join(out)


def make_event(rng: random.Random, eid: int, start: date, theme: dict | None = None) -> dict:
    """One event: its kind, place, people, numbers and day; a theme makes it a look-alike of another event."""
    theme = theme or {}
    province, cities = theme.get("province") or rng.choice(PROVINCES)
    kind = theme.get("kind") or rng.choice(list(KINDS))
    city = theme.get("city") or rng.choice(cities)
    return {
        "id": f"e{eid}", "kind": kind, "province": province, "city": city, "cities": cities,
        "district": _word(rng, 3), "village": _word(rng, 3), "river": _word(rng, 2), "road": f"Jalan Raya {_word(rng, 3)}",
        "company": _word(rng, 2) + " " + rng.choice(["Trans", "Jaya", "Indah", "Sakti"]),
        "project": theme.get("project") or rng.choice(["Bendungan", "Tol", "Pelabuhan", "RSUD", "Jembatan"]) + " "
        + _word(rng, 3),
        "official": theme.get("official") or _person(rng), "witness": _person(rng),
        "suspect": theme.get("suspect") or _person(rng),
        "leader": theme.get("leader") or rng.choice(LEADERS), "origin": rng.choice(cities),
        "n1": rng.randint(3, 400), "n2": rng.randint(2, 90), "n3": rng.randint(2, 60), "n4": rng.randint(5, 500),
        "day0": start, "days": theme.get("days") or rng.choice([1, 1, 1, 2, 3, 5, 7]),
    }


def _fmt_day(d: date) -> str:
    return f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def _vary(rng: random.Random, sentence: str) -> str:
    """Re-word a sentence: synonyms for common words, a connector in front."""
    words = sentence.split(" ")
    out = [rng.choice(SYNONYMS[w]) if w in SYNONYMS and rng.random() < 0.6 else w for w in words]
    text = " ".join(out)
    first = text.split(" ", 1)[0]
    if rng.random() < 0.4 and first in LOWER_AFTER_CONNECTOR:
        text = rng.choice(CONNECTORS) + text[:1].lower() + text[1:]
    return text


def _fill(text: str, ev: dict, d: date) -> str:
    values = {k: v for k, v in ev.items() if isinstance(v, str | int)}
    return text.format(**values, day=_fmt_day(d))


def write_article(rng: random.Random, ev: dict, outlet: tuple, pub: date, filler: list[str], others: list[str]) -> dict:
    """An outlet's own account of the event: own wording, order, lead and page template."""
    name, lead, related, credit = outlet
    kind = KINDS[ev["kind"]]
    lines = kind["lines"]
    picked = sorted(rng.sample(range(len(lines)), k=rng.randint(max(3, len(lines) - 2), len(lines))))
    if rng.random() < 0.5:
        picked = picked[:1] + rng.sample(picked[1:], k=len(picked) - 1)
    body = [_vary(rng, _fill(rng.choice(lines[i]), ev, ev["day0"])) for i in picked]
    if pub > ev["day0"]:
        body.insert(1, _fill(rng.choice(UPDATES), ev, pub))
    for _ in range(rng.choice([0, 0, 1, 1, 2])):  # unrelated sentences (leaked boilerplate, careless copy)
        body.insert(rng.randint(1, len(body)), _noise(rng, filler))
    city = ev["city"]
    body[0] = lead.format(CITY=city.upper(), City=city) + body[0]
    title = _fill(rng.choice(kind["head"]), ev, ev["day0"])
    return {"title": title, "body": body, "outlet": name, "pub": pub, "related": related, "credit": credit,
            "others": others}


def render_page(rng: random.Random, art: dict) -> str:
    pub = art["pub"]
    hour, minute = rng.randint(5, 22), rng.randint(0, 59)
    when = rng.choice([f"{DAYS[pub.weekday()]}, {pub.day} {MONTHS[pub.month - 1]} {pub.year} {hour:02d}:{minute:02d} WIB",
                       f"{pub.day} {MONTHS[pub.month - 1][:3]} {pub.year}, {hour:02d}:{minute:02d} WIB",
                       f"{DAYS[pub.weekday()].upper()}, {pub.day} {MONTHS[pub.month - 1].upper()} {pub.year} | "
                       f"{hour:02d}:{minute:02d} WIB"])
    lines = ["Beranda", "Berita", art["title"], when]
    body = list(art["body"])
    rel = art["related"]
    for _ in range(rng.randint(0, 2)):
        other = rng.choice(art["others"]) if art["others"] else "Berita lain hari ini"
        body.insert(rng.randint(1, len(body)), rel.format(OTHER=other))
    lines += body
    initials = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))
    lines.append(art["credit"].format(NAME=_person(rng), initials=initials, initials2=initials[::-1]))
    lines += ["Terpopuler", rng.choice(art["others"]) if art["others"] else "Berita lain", "Copyright © 2024"]
    return "\n\n".join(lines) + "\n"


def generate(out: Path, n_articles: int, seed: int = 1, per_file: int = 2000) -> dict:
    rng = random.Random(seed)
    filler = _filler()
    out.mkdir(parents=True, exist_ok=True)
    truth = (out / "truth.jsonl").open("w", encoding="utf-8")
    files: list = []
    counts = {"articles": 0, "events": 0, "copies": 0}
    recent_titles: list[str] = []
    eid = 0
    start = date(2024, 1, 1)

    def emit(url: str, text: str, event: str, copy_of: str | None) -> None:
        if counts["articles"] % per_file == 0:
            files.append((out / f"pages-{len(files):04d}.jsonl").open("w", encoding="utf-8"))
        files[-1].write(json.dumps({"url": url, "text": text}, ensure_ascii=False) + "\n")
        truth.write(json.dumps({"url": url, "event": event, "copy_of": copy_of}) + "\n")
        counts["articles"] += 1

    while counts["articles"] < n_articles:
        base = start + timedelta(days=rng.randint(0, 364))
        # a theme of 1-3 look-alike events: same kind in the same city, or the same person, days apart or same day
        first = make_event(rng, eid, base)
        group = [first]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            eid += 1
            shift = rng.choice([0, 0, 3, 9, 20])
            theme = {"province": (first["province"], first["cities"]), "kind": first["kind"]}
            if rng.random() < 0.5:
                theme["city"] = first["city"]
            if first["kind"] in ("korupsi", "sidang", "kunjungan") and rng.random() < 0.6:
                theme.update(suspect=first["suspect"], leader=first["leader"])
            group.append(make_event(rng, eid, base + timedelta(days=shift), theme))
        eid += 1
        for ev in group:
            counts["events"] += 1
            outlets = rng.sample(OUTLETS, k=rng.randint(2, 8))
            agency_text = None
            for k, outlet in enumerate(outlets):
                pub = ev["day0"] + timedelta(days=rng.randint(0, ev["days"] - 1))
                url = f"https://{outlet[0]}/read/{ev['id']}-{k}"
                art = write_article(rng, ev, outlet, pub, filler, recent_titles[-50:])
                emit(url, render_page(rng, art), ev["id"], None)
                recent_titles.append(art["title"])
                if outlet[0] == "antaranews.com":
                    agency_text = (url, art)
            if agency_text and rng.random() < 0.8:
                src_url, art = agency_text
                for c, outlet in enumerate(rng.sample(OUTLETS, k=rng.randint(1, 3))):
                    copy = dict(art)
                    body = list(art["body"][1:])
                    if rng.random() < 0.4:
                        body = body[: max(3, len(body) * 2 // 3)]  # trimmed
                    if rng.random() < 0.3:
                        body.append(_noise(rng, filler))  # extended
                    city = ev["city"]
                    lead = outlet[1].format(CITY=city.upper(), City=city)
                    new_lead = _fill(rng.choice(KINDS[ev["kind"]]["lines"][0]), ev, ev["day0"])
                    copy.update(body=[lead + new_lead] + body, outlet=outlet[0], related=outlet[2], credit=outlet[3],
                                pub=art["pub"] + timedelta(days=rng.choice([0, 0, 1])),
                                title=_fill(rng.choice(KINDS[ev["kind"]]["head"]), ev, ev["day0"]))
                    emit(f"https://{outlet[0]}/copy/{ev['id']}-{c}", render_page(rng, copy), ev["id"], src_url)
                    counts["copies"] += 1
            if counts["articles"] >= n_articles:
                break
    truth.close()
    for fh in files:
        fh.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps(generate(Path(args.out), args.articles, args.seed)))


if __name__ == "__main__":
    main()
