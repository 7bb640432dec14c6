"""The local engine: per-article steps in a process pool, grouping in this process, briefings in the pool."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from kabar.records import Article, InputError, Page


def process_pages(pages: list[Page]) -> list[Article | InputError]:
    """Extract and annotate a batch of pages (the per-article stage, also used per Spark partition)."""
    from kabar.extract import extract_pages
    from kabar.nlp import annotate

    out: list[Article | InputError] = []
    for item in extract_pages(pages):
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(annotate(item))
        except Exception as err:  # an annotator bug must not lose the article or the batch
            out.append(InputError(item.source, f"annotation failed ({type(err).__name__}: {err})"))
    return out


def _chunks(pages: list[Page], size: int) -> list[list[Page]]:
    return [pages[i : i + size] for i in range(0, len(pages), size)]


def with_features(pages: list[Page], task: Callable = process_pages) -> list[tuple[Article | InputError, Any]]:
    """Worker task: the per-article stage plus each article's grouping features (None where they fail), so the
    parent process does not compute them one by one after the pool is done."""
    from kabar.stories.features import article_features

    out: list[tuple[Article | InputError, Any]] = []
    for item in task(pages):
        features = None
        if isinstance(item, Article):
            try:
                features = article_features(item)
            except Exception:  # grouping computes them again and handles the failure there
                features = None
        out.append((item, features))
    return out


def run_articles(
    pages: list[Page], workers: int = 1, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Article], list[InputError]]:
    """Per-article stage over all pages, in input order."""
    articles, errors, _ = _run_articles(pages, workers, progress)
    return articles, errors


def _run_articles(
    pages: list[Page], workers: int = 1, progress: Callable[[int, int], None] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> tuple[list[Article], list[InputError], list | None]:
    """run_articles; with a pool, also the grouping features of each article (aligned with the articles)."""
    articles: list[Article] = []
    errors: list[InputError] = []
    # Cross-page template evidence needs pages of one outlet together, so chunks are large.
    chunks = _chunks(pages, max(200, len(pages) // max(1, workers * 4) or 1))
    task = process_pages
    if len(chunks) > 1:  # template lines counted over the whole input (as on Spark), not per chunk
        from functools import partial

        from kabar.engines.spark import process_with_templates, whole_input_templates

        templates = whole_input_templates(pages)
        if templates is not None:
            task = partial(process_with_templates, templates=templates)
    if workers > 1 and len(chunks) > 1 and pool is not None:
        from functools import partial

        features: list = []
        done = 0
        for chunk, result in zip(chunks, pool.map(partial(with_features, task=task), chunks), strict=True):
            done += len(chunk)
            for item, feats in result:
                if isinstance(item, InputError):
                    errors.append(item)
                else:
                    articles.append(item)
                    features.append(feats)
            if progress:
                progress(done, len(pages))
        return articles, errors, features
    if workers > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(max_workers=workers) as own_pool:
            results = own_pool.map(task, chunks)
            done = 0
            for chunk, result in zip(chunks, results, strict=True):
                done += len(chunk)
                _collect(result, articles, errors)
                if progress:
                    progress(done, len(pages))
    else:
        done = 0
        for chunk in chunks:
            _collect(task(chunk), articles, errors)
            done += len(chunk)
            if progress:
                progress(done, len(pages))
    return articles, errors, None


def _collect(result: list[Article | InputError], articles: list[Article], errors: list[InputError]) -> None:
    for item in result:
        (errors if isinstance(item, InputError) else articles).append(item)


def run_local(pages: list[Page], workers: int = 1, progress: Callable[[int, int], None] | None = None):
    """Whole pipeline for one batch held in memory (``kabar digest``)."""
    from kabar.analysis import brief_stories
    from kabar.api import Digest
    from kabar.stories import group_articles

    if workers > 1 and len(pages) > 200:  # one pool for the per-article stage and the briefings
        with ProcessPoolExecutor(max_workers=workers) as pool:
            articles, errors, features = _run_articles(pages, workers, progress, pool)
            articles, stories = group_articles(articles, features=features)
            briefings = brief_in_pool(pool, stories, articles, workers)
        return Digest(articles=articles, stories=stories, briefings=briefings, errors=errors)
    articles, errors = run_articles(pages, workers=workers, progress=progress)
    articles, stories = group_articles(articles)
    briefings = brief_stories(stories, articles)
    return Digest(articles=articles, stories=stories, briefings=briefings, errors=errors)


def brief_in_pool(pool: ProcessPoolExecutor, stories: list, articles: list[Article], workers: int) -> list[dict]:
    """brief_stories over batches of stories in the pool, in story order (a briefing reads only its members).

    Batches are balanced by member count (big stories cost most), so no worker waits on one long batch."""
    from kabar.analysis import brief_stories

    by_id = {a.id: a for a in articles}
    n_batches = workers * 4
    if len(stories) < n_batches * 2:
        return brief_stories(stories, articles)
    loads = [0] * n_batches
    batches: list[list[int]] = [[] for _ in range(n_batches)]
    for k in sorted(range(len(stories)), key=lambda k: -len(stories[k].documents)):
        target = loads.index(min(loads))
        batches[target].append(k)
        loads[target] += len(stories[k].documents)
    futures = []
    for batch in batches:
        batch.sort()
        members = {i: by_id[i] for k in batch for i in stories[k].documents if i in by_id}
        futures.append(pool.submit(brief_stories, [stories[k] for k in batch], list(members.values())))
    out: list[dict | None] = [None] * len(stories)
    for batch, future in zip(batches, futures, strict=True):
        try:
            done = future.result()
        except Exception:  # a dead worker (out of memory, a crash in a C library): brief the batch here
            done = brief_stories([stories[k] for k in batch], articles)
        for k, briefing in zip(batch, done, strict=True):
            out[k] = briefing
    return out
