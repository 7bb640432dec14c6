"""The local engine: per-article steps in a process pool, then grouping and analysis in this process."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

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


def run_articles(
    pages: list[Page], workers: int = 1, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Article], list[InputError]]:
    """Per-article stage over all pages, in input order."""
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
    if workers > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(task, chunks)
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
    return articles, errors


def _collect(result: list[Article | InputError], articles: list[Article], errors: list[InputError]) -> None:
    for item in result:
        (errors if isinstance(item, InputError) else articles).append(item)


def run_local(pages: list[Page], workers: int = 1, progress: Callable[[int, int], None] | None = None):
    """Whole pipeline for one batch held in memory (``kabar digest``)."""
    from kabar.analysis import brief_stories
    from kabar.api import Digest
    from kabar.stories import group_articles

    articles, errors = run_articles(pages, workers=workers, progress=progress)
    articles, stories = group_articles(articles)
    briefings = brief_stories(stories, articles)
    return Digest(articles=articles, stories=stories, briefings=briefings, errors=errors)
