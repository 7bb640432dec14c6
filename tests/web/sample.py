"""A hand-written digest document (digest.schema.json) with a full briefing, in the style of several outlets.

It feeds the renderers directly, so their tests do not depend on how well extraction or analysis do today.
Some fields carry markup and event handlers on purpose: renderers must show them as text.
"""

from __future__ import annotations

import copy

DETIK = {
    "id": "d1a2b3c4d5e6f701", "source": "pages/detik_banjir.txt", "url": "https://news.detik.com/berita/d-7001/banjir",
    "language": "id", "title": "Banjir Bandang Terjang Kabupaten Garut, 12 Warga Dilaporkan Tewas",
    "description": None, "outlet": "detikNews", "published": "2024-10-14T09:15+07:00", "published_basis": "byline",
    "authors": ["Rizky Pratama"], "editors": [], "translators": [], "agencies": [], "dateline": "Garut",
    "text": ("Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, pada Minggu (13/10/2024) malam. "
             "BPBD Garut mencatat 12 warga tewas dan 30 lainnya luka-luka.\n"
             "\"Kami masih melakukan pencarian terhadap warga yang dilaporkan hilang,\" kata Kepala BPBD Garut Asep "
             "Sudrajat.\n"
             "Sebanyak 450 rumah terendam dan 1.200 warga mengungsi."),
    "duplicate_of": None,
    "lines": {"title": 4, "description": None, "body": [7, 8, 10], "meta": [5, 6], "boilerplate": [1, 2, 3, 9, 11]},
}
KOMPAS = {
    "id": "e2b3c4d5e6f70812", "source": "pages/kompas_banjir.txt", "url": "javascript:alert('url')",
    "language": "id", "title": "Korban Tewas Banjir Bandang Garut Bertambah Jadi 15 Orang",
    "description": "Tiga korban tambahan ditemukan tertimbun lumpur.", "outlet": "Kompas.com",
    "published": "2024-10-14T16:40+07:00", "published_basis": "byline", "authors": ["Dewi Lestari"],
    "editors": ["Bambang Hermawan"], "translators": [], "agencies": [], "dateline": "Garut",
    "text": ("Jumlah korban meninggal dunia akibat banjir bandang di Kabupaten Garut bertambah menjadi 15 orang "
             "pada Senin (14/10/2024) sore.\n"
             "\"Tiga jenazah kami temukan siang tadi,\" ujar Asep.\n"
             "Bupati Garut Rudy Gunawan menetapkan status tanggap darurat selama 14 hari.\n"
             "Sebanyak 450 rumah terendam dan sekitar 1.500 warga mengungsi."),
    "duplicate_of": None,
}
EVIL = {
    "id": "f3c4d5e6f7081923", "source": "pages/<img src=x onerror=alert(9)>.txt", "url": None, "language": "id",
    "title": "Warga <b onmouseover=\"alert(1)\">Bekasi</b> Gelar Kerja Bakti <script>window.__pwned=1</script>",
    "description": None, "outlet": "<script>window.__pwned=7</script>", "published": "2024-10-20",
    "published_basis": "byline", "authors": ["<img src=x onerror=alert(2)>"], "editors": [], "translators": [],
    "agencies": [], "dateline": "Bekasi",
    "text": "Ratusan warga menggelar kerja bakti <script>window.__pwned=2</script> pada Minggu pagi.",
    "duplicate_of": None,
}

FLOOD_STORY = {
    "id": "s-garut", "title": "Banjir bandang Garut", "documents": [DETIK["id"], KOMPAS["id"]],
    "summary": [
        {"text": "BPBD Garut mencatat 12 warga tewas dan 30 lainnya luka-luka.", "documents": [DETIK["id"]]},
        {"text": "Bupati Garut Rudy Gunawan menetapkan status tanggap darurat selama 14 hari.",
         "documents": [KOMPAS["id"]]},
    ],
    "timeline": [
        {"date": "2024-10-14", "text": "Korban tewas bertambah menjadi 15 orang.", "documents": [KOMPAS["id"]]},
        {"date": "2024-10-13", "text": "Banjir bandang menerjang tiga kecamatan di Kabupaten Garut.",
         "documents": [DETIK["id"]]},
    ],
    "claims": [
        {"subject": "rumah terendam", "status": "agree", "values": [
            {"value": 450, "qualifier": "exact", "text": "450 rumah terendam", "documents": [DETIK["id"], KOMPAS["id"]]}]},
        {"subject": "warga tewas", "status": "conflict", "values": [
            {"value": 12, "qualifier": "exact", "text": "12 warga tewas", "as_of": "2024-10-14",
             "attributed_to": "BPBD Garut", "documents": [DETIK["id"]]},
            {"value": 15, "qualifier": "exact", "text": "bertambah menjadi 15 orang", "as_of": "2024-10-14",
             "attributed_to": None, "documents": [KOMPAS["id"]]}]},
        {"subject": "warga mengungsi", "status": "conflict", "values": [
            {"value": 1200, "qualifier": "exact", "text": "1.200 warga mengungsi", "documents": [DETIK["id"]]},
            {"value": 1500, "qualifier": "approx", "text": "sekitar 1.500 warga mengungsi", "documents": [KOMPAS["id"]]}]},
    ],
    "quotes": [
        {"speaker": "Asep Sudrajat", "text": "Kami masih melakukan pencarian terhadap warga yang dilaporkan hilang,",
         "document": DETIK["id"], "line": 8},
        {"speaker": "Asep Sudrajat", "text": "Tiga jenazah kami temukan siang tadi,", "document": KOMPAS["id"], "line": None},
        {"speaker": None, "text": "Bantuan segera <script>window.__pwned=3</script> disalurkan",
         "document": KOMPAS["id"], "line": None},
    ],
    "entities": [
        {"name": "Asep Sudrajat", "type": "person", "role": "Kepala BPBD Garut", "aliases": ["Asep"], "mentions": 3,
         "documents": [DETIK["id"], KOMPAS["id"]]},
        {"name": "Rudy Gunawan", "type": "person", "role": "Bupati Garut", "aliases": [], "mentions": 1,
         "documents": [KOMPAS["id"]]},
        {"name": "Badan Penanggulangan Bencana Daerah Garut", "type": "organization", "role": None,
         "aliases": ["BPBD Garut"], "mentions": 2, "documents": [DETIK["id"], KOMPAS["id"]]},
        {"name": "Garut", "type": "location", "role": None, "aliases": [], "mentions": 4,
         "documents": [DETIK["id"], KOMPAS["id"]]},
    ],
}
EVIL_STORY = {
    "id": "s-evil", "title": "Kerja bakti <script>window.__pwned=4</script>", "documents": [EVIL["id"]],
    "summary": [{"text": "<img src=x onerror=alert(5)> warga kerja bakti", "documents": [EVIL["id"]]}],
    "timeline": [], "claims": [], "quotes": [],
    "entities": [{"name": "<svg onload=alert(6)>", "type": "other", "aliases": ["\" onmouseover=\"alert(8)"],
                  "documents": [EVIL["id"]]}],
}


def sample_digest() -> dict:
    """A fresh copy of the whole document: two stories, three articles."""
    return copy.deepcopy({
        "generator": {"name": "kabar", "version": "test", "settings": {}},
        "documents": [DETIK, KOMPAS, EVIL],
        "stories": [FLOOD_STORY, EVIL_STORY],
    })
