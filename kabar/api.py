"""Python entry points: the same functions the CLI calls."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kabar.records import Article, InputError, Page, Story


@dataclass
class Digest:
    """The outcome of a run: articles, stories with their briefings, and the inputs that failed."""

    articles: list[Article] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    briefings: list[dict[str, Any]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The digest.schema.json document."""
        from kabar import __version__

        return {
            "generator": {"name": "kabar", "version": __version__, "settings": self.settings},
            "documents": [a.document() for a in self.articles],
            "stories": self.briefings,
        }


def read_pages(paths: Iterable[str], errors: list[InputError]) -> list[Page]:
    """All readable pages under paths; failures are appended to errors."""
    from kabar.io import read_inputs

    pages = []
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            pages.append(item)
    return pages


def digest(
    paths: Iterable[str],
    *,
    workers: int = 1,
    engine: str = "local",
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    master: str | None = None,
    output_dir: str | None = None,
) -> Digest:
    """Read, extract, annotate, group and analyse the pages under paths (``master``: Spark master URL;
    ``output_dir``: also write the Parquet tables of kabar.io.parquet there)."""
    from kabar.engines.local import run_local

    errors: list[InputError] = []
    if engine == "spark":
        from kabar.engines.spark import run_spark_paths  # Spark reads the inputs itself (any path Spark reads)

        result = run_spark_paths(list(paths), master=master, output_dir=output_dir)
    else:
        pages = read_pages(paths, errors)
        result = run_local(pages, workers=workers, progress=progress)
        if output_dir:
            from kabar.io.parquet import digest_tables, write_tables

            write_tables(digest_tables(result.articles, result.briefings), output_dir)
    result.errors = errors + result.errors
    if on_error:
        for err in result.errors:
            on_error(err)
    result.settings = {"engine": engine, "workers": workers}
    return result
