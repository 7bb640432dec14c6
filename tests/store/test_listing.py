"""Terminal listings of stories and search hits."""

from __future__ import annotations

import json

from kabar.render.listing import render_search, render_stories

STORIES = [
    {"id": "sabc", "title": "Gempa M 5,8 Guncang Garut | 37 Rumah Rusak", "size": 5, "outlets": ["Kompas.com", "detikcom"],
     "first": "2024-02-12T08:40+07:00", "last": "2024-02-13T14:00+07:00"},
    {"id": "sdef", "title": "Banjir " * 30, "size": 1, "outlets": [], "first": None, "last": None},
]
HITS = [{"id": "a1", "title": "Banjir Citarum", "outlet": "Okezone", "published": "2024-03-04T08:05+07:00",
         "snippet": "Sungai [Citarum] meluap", "story": "sabc"}]


def test_stories_table_json_and_markdown():
    table = render_stories(STORIES, "table")
    lines = table.splitlines()
    assert lines[0].split() == ["STORY", "SIZE", "FIRST", "LAST", "OUTLETS", "TITLE"]
    assert "2024-02-12" in lines[2] and "Kompas.com, detikcom" in lines[2]
    assert max(len(line) for line in lines) < 200  # long titles are cut
    assert json.loads(render_stories(STORIES, "json")) == STORIES
    markdown = render_stories(STORIES, "markdown")
    assert markdown.splitlines()[0].startswith("| Story |")
    assert "Guncang Garut \\| 37" in markdown  # a pipe in a title does not break the table


def test_empty_listings_say_what_to_do():
    assert "kabar ingest" in render_stories([], "table")
    assert render_stories([], "json").strip() == "[]"
    assert "No matching" in render_search([], "table")


def test_search_hits_table_json_and_markdown():
    table = render_search(HITS, "table")
    assert "a1" in table and "Okezone" in table and "[Citarum]" in table
    assert json.loads(render_search(HITS, "json")) == HITS
    assert "**Banjir Citarum**" in render_search(HITS, "markdown")
