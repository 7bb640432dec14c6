"""The view models shared by the web page and the report."""

from __future__ import annotations

from kabar.web.views import (
    article_view,
    citation_labels,
    format_number,
    mark_segments,
    paragraph_of,
    quote_groups,
    raw_lines,
    safe_url,
    short_date,
    snippet_segments,
    story_view,
)
from tests.web.sample import DETIK, FLOOD_STORY, KOMPAS, sample_digest


def test_format_number_uses_indonesian_separators():
    assert format_number(772.0) == "772"
    assert format_number(1500000) == "1.500.000"
    assert format_number(2.5) == "2,5"
    assert format_number(12345.75) == "12.345,75"
    assert format_number(None) == ""
    assert format_number(-3) == "-3"
    assert format_number("tiga") == "tiga" and format_number(float("nan")) == "nan"


def test_short_date():
    assert short_date("2024-10-14T09:15+07:00") == "2024-10-14 09:15"
    assert short_date("2024-10") == "2024-10"
    assert short_date(None) == ""


def test_safe_url_keeps_only_web_links():
    assert safe_url("https://www.kompas.com/a") == "https://www.kompas.com/a"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url(None) is None


def test_paragraph_of_by_line_and_by_text():
    assert paragraph_of(DETIK, line=8) == 1
    assert paragraph_of(DETIK, text="450 rumah  terendam") == 2
    assert paragraph_of(DETIK, text="tidak ada di artikel") is None
    # no line labels: found by text alone
    assert paragraph_of(KOMPAS, line=3, text="status tanggap darurat") == 2


def test_mark_segments_highlights_across_whitespace_and_case():
    pieces = mark_segments("Sebanyak 450 rumah terendam dan 1.200 warga mengungsi.", "450 Rumah\nterendam")
    assert pieces == [("Sebanyak ", False), ("450 rumah terendam", True), (" dan 1.200 warga mengungsi.", False)]
    assert mark_segments("abc", "zzz") == [("abc", False)]
    assert mark_segments("a (b) c", "(b)") == [("a ", False), ("(b)", True), (" c", False)]


def test_quote_groups_most_quoted_first_unattributed_last():
    docs = {d["id"]: d for d in sample_digest()["documents"]}
    groups = quote_groups(FLOOD_STORY["quotes"], docs)
    assert [g["speaker"] for g in groups] == ["Asep Sudrajat", None]
    assert groups[0]["quotes"][0]["cite"]["para"] == 1  # found by its raw line


def test_story_view_counts_and_dates():
    doc = sample_digest()
    view = story_view(doc["stories"][0], doc["documents"])
    assert view["size"] == 2 and view["conflicts"] == 2
    assert view["outlets"] == ["Kompas.com", "detikNews"]
    assert (view["first"], view["last"]) == ("2024-10-14", "2024-10-14")  # days: times differ by zone and basis
    assert [e["heading"] for e in view["entity_groups"]] == ["People", "Organisations", "Places"]
    assert view["entity_groups"][0]["entities"][0]["aliases"] == ["Asep"]


def test_story_view_survives_missing_documents_and_fields():
    view = story_view({"id": "x", "documents": ["nope"], "claims": [{"values": [{"value": 3, "documents": ["nope"]}]}]},
                      [])
    assert view["claims"][0]["values"][0]["cites"][0]["known"] is False
    assert view["articles"][0]["title"] == "(untitled)"


def test_article_view_marks_only_the_cited_paragraph():
    view = article_view(DETIK, highlight="450 rumah terendam", para=2)
    marked = [p["index"] for p in view["paragraphs"] if any(m for _, m in p["segments"])]
    assert marked == [2]
    assert article_view(KOMPAS)["link"] is None  # javascript: URL is not linkable


def test_raw_lines_label_every_line_with_a_reason():
    raw = "\n".join(f"line {i}" for i in range(1, 12))
    lines = raw_lines(raw, DETIK["lines"])
    kinds = {ln["n"]: ln["kind"] for ln in lines}
    assert kinds[4] == "title" and kinds[7] == "body" and kinds[5] == "meta" and kinds[1] == "boilerplate"
    assert all(ln["why"] for ln in lines)
    assert [ln["kept"] for ln in lines if ln["n"] in (1, 4, 5, 7)] == [False, True, False, True]
    assert raw_lines("a\n\nb", None)[1]["kind"] == "blank"


def test_snippet_segments_mark_the_matched_words():
    assert snippet_segments("…banjir di [Garut] dan [Bekasi]…") == [
        ("…banjir di ", False), ("Garut", True), (" dan ", False), ("Bekasi", True), ("…", False)]
    assert snippet_segments("tanpa tanda") == [("tanpa tanda", False)]
    assert snippet_segments(None) == []


def test_citation_labels_tell_articles_of_one_outlet_apart():
    docs = [
        {"id": "a", "outlet": "Liputan6.com", "published": "2020-10-21"},
        {"id": "b", "outlet": "Liputan6.com", "published": "2020-10-26T14:32+07:00"},
        {"id": "c", "outlet": "ANTARA", "published": None},
        {"id": "d", "outlet": "tempo.co", "published": "2020-10-01"},
        {"id": "e", "outlet": "tempo.co", "published": "2020-10-01"},
        {"id": "f", "outlet": None, "source": "dumps/003_abc.txt"},
    ]
    labels = citation_labels(docs)
    assert labels["a"] == "Liputan6.com 2020-10-21" and labels["b"] == "Liputan6.com 2020-10-26"
    assert labels["c"] == "ANTARA"
    assert {labels["d"], labels["e"]} == {"tempo.co #1", "tempo.co #2"}
    assert labels["f"] == "003_abc.txt"
    assert len(set(labels.values())) == len(docs)


def test_entity_citations_point_at_a_paragraph_naming_them():
    doc = sample_digest()
    view = story_view(doc["stories"][0], doc["documents"])
    people = view["entity_groups"][0]["entities"]
    rudy = next(e for e in people if e["name"] == "Rudy Gunawan")
    assert rudy["cites"][0]["para"] == 2 and rudy["cites"][0]["text"] == "Rudy Gunawan"
    asep = next(e for e in people if e["name"] == "Asep Sudrajat")
    kompas = next(c for c in asep["cites"] if c["doc"] == KOMPAS["id"])
    assert kompas["para"] == 1 and kompas["text"] == "Asep"  # found by its alias


def test_article_language_is_passed_on_only_when_it_is_a_code():
    assert article_view(DETIK)["language"] == "id"
    assert article_view(dict(DETIK, language='id" onclick="x'))["language"] is None
