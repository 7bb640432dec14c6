"""Markdown briefing: numbered sources behind every [n], conflicts marked, quotes by speaker, articles kept."""

from __future__ import annotations

import re

from kabar.render import render
from kabar.render.markdown import render_markdown


def doc(doc_id: str, outlet: str, published: str, title: str, **extra) -> dict:
    base = {"id": doc_id, "source": f"{doc_id}.txt", "title": title, "outlet": outlet, "published": published,
            "authors": [], "editors": [], "agencies": [], "dateline": "Jakarta", "text": f"Isi berita {doc_id}.\nParagraf dua."}
    base.update(extra)
    return base


DIGEST = {
    "documents": [
        doc("k1", "Kompas.com", "2023-02-01T10:00+07:00", "Banjir rendam Bekasi", authors=["Rina Marlina"]),
        doc("d1", "detikNews", "2023-02-01T12:00+07:00", "Ribuan warga Bekasi mengungsi"),
        doc("x1", "Kompas.id", "2023-02-01T10:00+07:00", "Banjir rendam Bekasi", duplicate_of="k1"),
        doc("o1", "Okezone", "2023-02-02", "Harga cabai naik"),
    ],
    "stories": [{
        "id": "s1", "title": "Banjir Bekasi", "documents": ["k1", "d1", "x1"],
        "summary": [{"text": "Banjir merendam 12 kelurahan di Bekasi.", "documents": ["k1", "d1", "x1"]},
                    {"text": "Ribuan warga mengungsi ke masjid.", "documents": ["d1"]}],
        "timeline": [{"date": "2023-01-31", "text": "Hujan deras turun sejak malam.", "documents": ["d1"]},
                     {"date": "2023-02-01", "text": "Banjir merendam 12 kelurahan.", "documents": ["k1", "d1"]}],
        "claims": [
            {"subject": "warga mengungsi", "status": "conflict",
             "values": [{"value": 3500, "qualifier": "approx", "documents": ["k1"], "attributed_to": "BPBD"},
                        {"value": 5000, "qualifier": "at_least", "documents": ["d1"]}]},
            {"subject": "kelurahan terendam", "status": "agree",
             "values": [{"value": 12, "qualifier": "exact", "documents": ["k1", "d1"]}]},
        ],
        "quotes": [
            {"speaker": "Tri Adhianto", "text": "Kami sudah menyiapkan posko", "document": "k1", "line": 5},
            {"speaker": "Tri Adhianto", "text": "Warga diminta waspada", "document": "d1", "line": 7},
            {"speaker": None, "text": "Air naik cepat sekali", "document": "d1", "line": 9},
        ],
        "entities": [
            {"name": "Tri Adhianto", "type": "person", "role": "Wali Kota Bekasi", "aliases": ["Tri"],
             "documents": ["k1", "d1"]},
            {"name": "BPBD Kota Bekasi", "type": "organization", "aliases": ["BPBD"], "documents": ["k1"]},
            {"name": "Bekasi", "type": "location", "aliases": [], "documents": ["k1", "d1"]},
        ],
    }],
}


def test_citations_refer_to_numbered_sources() -> None:
    text = render_markdown(DIGEST)
    sources = re.findall(r"^(\d+)\. \*\*(.+?)\*\*", text, flags=re.MULTILINE)
    assert [n for n, _ in sources] == ["1", "2", "3"]
    assert sources[1][1] == "Ribuan warga Bekasi mengungsi"
    assert "Banjir merendam 12 kelurahan di Bekasi. [1–3]" in text
    assert "Ribuan warga mengungsi ke masjid. [2]" in text
    assert "copy of id k1" in text
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert cited <= {1, 2, 3}


def test_briefing_sections_in_reading_order() -> None:
    text = render_markdown(DIGEST)
    order = ["## Banjir Bekasi", "### Summary", "### Sources", "### Timeline", "### Figures", "### Quotes",
             "### People, organisations and places", "# Articles"]
    positions = [text.index(h) for h in order]
    assert positions == sorted(positions)
    assert "3 articles from Kompas.com, detikNews, Kompas.id, 2023-02-01" in text


def test_timeline_and_figures() -> None:
    text = render_markdown(DIGEST)
    assert "- **2023-01-31** — Hujan deras turun sejak malam. [2]" in text
    conflict = next(line for line in text.splitlines() if line.startswith("| warga mengungsi"))
    assert "⚠ conflict" in conflict and "~3.500 [1]" in conflict and "≥5.000 [2]" in conflict and "BPBD" in conflict
    agree = next(line for line in text.splitlines() if line.startswith("| kelurahan terendam"))
    assert "⚠" not in agree and "12 [1][2]" in agree
    assert text.index("| warga mengungsi") < text.index("| kelurahan terendam")  # conflicts first


def test_quotes_grouped_by_speaker_and_entities_with_aliases() -> None:
    text = render_markdown(DIGEST)
    block = text[text.index("**Tri Adhianto**") : text.index("**(speaker unknown)**")]
    assert "“Kami sudah menyiapkan posko” [1]" in block and "“Warga diminta waspada” [2]" in block
    assert "- **Tri Adhianto** (Wali Kota Bekasi) — also Tri [1][2]" in text
    assert "**Organisations**" in text and "- **BPBD Kota Bekasi** — also BPBD [1]" in text


def test_every_article_is_still_rendered() -> None:
    text = render(DIGEST, "markdown")
    for d in DIGEST["documents"]:
        assert f"id {d['id']}" in text
    assert "## Harga cabai naik" in text and "*By Rina Marlina*" in text
    assert "duplicate of k1" in text


def test_pipes_and_empty_digest_are_safe() -> None:
    odd = {"documents": [], "stories": [{"id": "s", "title": "A | B", "documents": [], "summary": [], "timeline": [],
                                         "claims": [{"subject": "x|y", "status": "single", "values": []}],
                                         "quotes": [], "entities": []}]}
    text = render_markdown(odd)
    assert "A \\| B" in text and "| x\\|y |" in text
    assert render_markdown({"documents": [], "stories": []}).startswith("# kabar digest")


def test_seeds_markdown(seeds_digest) -> None:
    text = render(seeds_digest, "markdown")
    assert text.count("### Summary") == 1 and "### Timeline" in text
    n_sources = len(seeds_digest["stories"][0]["documents"])
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text.split("# Articles")[0])}
    assert cited and max(cited) <= n_sources


def test_long_citation_lists_are_compact() -> None:
    from kabar.render.markdown import _cite

    numbers = {f"d{i}": i for i in range(1, 101)}
    assert _cite(["d1", "d2", "d3", "d5", "d6", "d9"], numbers) == "[1–3][5][6][9]"
    assert _cite(["d1", "x"], numbers) == "[1]"
    many = _cite([f"d{i}" for i in range(1, 100, 2)], numbers)
    assert many.endswith("(+42 more)") and many.count("[") == 8


def test_retold_quotes_of_one_speaker_are_shown_once() -> None:
    story = dict(DIGEST["stories"][0])
    story["quotes"] = [
        {"speaker": "Rizky", "text": "akan menghormati proses hukum", "document": "k1", "kind": "indirect"},
        {"speaker": "Rizky", "text": "bakal menghormati proses hukum", "document": "d1", "kind": "indirect"},
        {"speaker": "Rizky", "text": "Klien kami kooperatif sejak awal", "document": "d1"},
    ]
    text = render_markdown({"documents": DIGEST["documents"], "stories": [story]})
    assert "> akan menghormati proses hukum [1][2]" in text
    assert "bakal menghormati" not in text
    assert "> “Klien kami kooperatif sejak awal” [2]" in text
