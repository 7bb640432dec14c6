"""The local engine's pool path (features computed in workers, briefings in the pool) gives the one-process result."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from kabar.engines.local import brief_in_pool, run_local
from kabar.records import Page


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[Page]:
    from bench.gen_corpus import generate
    from kabar.api import read_pages

    folder = tmp_path_factory.mktemp("pool")
    generate(folder, 300)  # more than one chunk of pages: the pool path; many events and outlets, with copies
    return read_pages([str(p) for p in sorted(folder.glob("pages-*.jsonl"))], [])


@pytest.fixture(scope="module")
def one_process(pages):
    return run_local(pages, workers=1)


def _snapshot(result) -> tuple:
    return ([a.to_dict() for a in result.articles], [s.to_dict() for s in result.stories], result.briefings,
            [(e.source, e.reason) for e in result.errors])


def test_pool_digest_equals_one_process_digest(pages, one_process):
    assert len(pages) > 200
    assert len(one_process.stories) >= 20 and any(len(s.documents) > 1 for s in one_process.stories)
    assert any(a.duplicate_of for a in one_process.articles)  # exact copies: renamed ids of worker features count
    assert _snapshot(run_local(pages, workers=2)) == _snapshot(one_process)


def test_brief_in_pool_keeps_story_order(one_process):
    stories = sorted(one_process.stories, key=lambda s: -len(s.documents))  # big first: batches get reordered
    with ProcessPoolExecutor(max_workers=2) as pool:
        pooled = brief_in_pool(pool, stories, one_process.articles, 2)
    assert len(stories) >= 16  # enough stories for the batched path
    by_id = {b["id"]: b for b in one_process.briefings}
    assert [b["id"] for b in pooled] == [s.id for s in stories]
    assert pooled == [by_id[s.id] for s in stories]
