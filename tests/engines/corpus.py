"""A small generated corpus in the styles of many Indonesian outlets, for the engine comparison tests.

Several events, each reported by several outlets (different leads and wording, the same facts), agency copies
re-published with a new lead, exact copies under another name, and template lines (navigation, "Baca juga",
copyright) that recur across an outlet's pages.
"""

from __future__ import annotations

import json
import random

OUTLETS = [
    # (outlet, dateline lead pattern, navigation lines, footer lines)
    ("detik", "{city} - ", ["detikNews", "Berita", "Internasional"], ["Baca juga: {teaser}", "(nvc/imk)"]),
    ("kompas", "{CITY}, KOMPAS.com - ", ["KOMPAS.com", "News", "Nasional"], ["Baca juga: {teaser}", "Editor: Sandro Gatra"]),
    ("antaranews", "{city} (ANTARA) - ", ["ANTARA News", "Terkini"], ["Pewarta: Asep Firmansyah", "COPYRIGHT © ANTARA 2024"]),
    ("tempo", "TEMPO.CO, {city} - ", ["Tempo.co", "Nasional"], ["Pilihan Editor: {teaser}"]),
    ("liputan6", "Liputan6.com, {city} - ", ["Liputan6", "News"], ["Saksikan Video Berikut Ini:", "Advertisement"]),
    ("cnnindonesia", "{city}, CNN Indonesia -- ", ["CNN Indonesia", "Nasional"], ["(dal/sfr)", "Lihat juga: {teaser}"]),
    ("tribunnews", "TRIBUNNEWS.COM, {CITY} - ", ["Tribunnews.com", "Nasional"], ["Editor: Hasanudin Aco", "Berita Terkait"]),
    ("okezone", "{CITY} - ", ["Okezone", "News"], ["Baca Juga: {teaser}", "(han)"]),
    ("republika", "REPUBLIKA.CO.ID, {CITY} -- ", ["Republika", "Berita"], ["Red: Muhammad Hafil", "Sumber: Antara"]),
    ("suara", "Suara.com - ", ["Suara.com", "News"], ["Baca Juga:", "Scroll to continue with content"]),
    ("kumparan", "", ["kumparan", "NEWS"], ["Simak juga: {teaser}"]),
    ("sindonews", "{CITY} - ", ["SINDOnews", "Nasional"], ["(maf)"]),
]

CITIES = ["Jakarta", "Bandung", "Surabaya", "Makassar", "Medan", "Semarang", "Denpasar", "Palembang", "Ambon", "Kupang"]
KINDS = [
    ("banjir", "Banjir melanda {n} desa di {place}", "warga mengungsi", "rumah terendam"),
    ("gempa", "Gempa magnitudo {m} mengguncang {place}", "orang tewas", "bangunan rusak"),
    ("kebakaran", "Kebakaran hebat menghanguskan pasar di {place}", "kios terbakar", "pedagang mengungsi"),
    ("longsor", "Tanah longsor menimbun jalan di {place}", "orang hilang", "rumah tertimbun"),
]
PEOPLE = ["Budi Santoso", "Siti Rahmawati", "Agus Wibowo", "Dewi Lestari", "Hendra Gunawan", "Rina Marlina"]
ROLES = ["Kepala BPBD", "Bupati", "Kapolres", "Wali Kota", "Kepala Basarnas"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _event(rng: random.Random, number: int) -> dict:
    kind, headline, unit_a, unit_b = KINDS[number % len(KINDS)]
    place = rng.choice(CITIES)
    return {
        "kind": kind, "place": place,
        "headline": headline.format(n=rng.randint(3, 40), m=f"{rng.uniform(4, 7):.1f}", place=place),
        "a": rng.randint(5, 900), "unit_a": unit_a, "b": rng.randint(2, 300), "unit_b": unit_b,
        "person": rng.choice(PEOPLE), "role": rng.choice(ROLES), "day": rng.randint(1, 27),
        "month": rng.randrange(len(MONTHS)), "weekday": rng.choice(DAYS),
    }


def _body(rng: random.Random, ev: dict, lead: str) -> list[str]:
    paras = [
        f"{lead}{ev['headline']} pada {ev['weekday']} ({ev['day']}/{ev['month'] + 1}/2024). Sedikitnya {ev['a']} "
        f"{ev['unit_a']} akibat peristiwa tersebut, menurut data sementara petugas.",
        f"{ev['role']} {ev['place']} {ev['person']} mengatakan sekitar {ev['b']} {ev['unit_b']} dan petugas masih "
        "mendata kerugian di lokasi kejadian.",
        f"\"Kami terus berkoordinasi dengan semua pihak agar bantuan cepat sampai kepada warga,\" kata {ev['person']} "
        f"di {ev['place']}, {ev['weekday']}.",
        rng.choice([
            "Petugas gabungan dari TNI, Polri dan relawan dikerahkan ke lokasi untuk membantu evakuasi warga.",
            "Pemerintah daerah menetapkan status tanggap darurat selama tujuh hari ke depan.",
            "Warga diminta tetap waspada karena cuaca ekstrem diperkirakan masih terjadi beberapa hari ke depan.",
        ]),
    ]
    return paras


def make_pages(events: int = 6, outlets_per_event: int = 4, seed: int = 7) -> list[tuple[str, str]]:
    """(file name, page text) pairs: text dumps of every outlet's report of every event, plus copies."""
    rng = random.Random(seed)
    pages: list[tuple[str, str]] = []
    for number in range(events):
        ev = _event(rng, number)
        chosen = rng.sample(OUTLETS, outlets_per_event)
        agency_body = None
        for outlet, lead, nav, footer in chosen:
            lead_text = lead.format(city=ev["place"], CITY=ev["place"].upper())
            body = _body(rng, ev, lead_text)
            if agency_body is None:
                agency_body = body
            teaser = f"{rng.choice(['Polisi', 'Pemkot'])} {rng.choice(['Selidiki', 'Bantu'])} Kasus di {rng.choice(CITIES)}"
            date_line = f"{ev['weekday']}, {ev['day']} {MONTHS[ev['month']]} 2024 10:{rng.randint(10, 59)} WIB"
            lines = [*nav, ev["headline"], date_line, f"Penulis: {rng.choice(PEOPLE)}", *body,
                     *(f.format(teaser=teaser) for f in footer)]
            pages.append((f"{number:03d}_{outlet}.txt", "\n".join(lines) + "\n"))
        # an agency copy re-published with a new lead paragraph, and an exact copy under another name
        new_lead = f"Kabar terbaru dari {ev['place']}: petugas masih bersiaga di lokasi kejadian hingga malam hari."
        pages.append((f"{number:03d}_copy_lead.txt", "\n".join(["Berita", ev["headline"], new_lead, *agency_body[1:]]) + "\n"))
        pages.append((f"{number:03d}_copy_exact.txt", pages[-2][1]))
    return pages


def write_text_dumps(folder, pages: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages:
        (folder / name).write_text(text, encoding="utf-8")


def write_jsonl(path, pages: list[tuple[str, str]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for name, text in pages:
            fh.write(json.dumps({"url": f"https://example.id/{name}", "text": text}, ensure_ascii=False) + "\n")
