"""The ``kabar`` command: parse arguments, call the API, print. No logic of its own."""

from __future__ import annotations

import argparse
import os
import sys

from kabar import __version__
from kabar.records import InputError

EXAMPLES = """examples:
  kabar digest ../shared/data/seeds --format markdown
  kabar digest pages/ crawl.warc.gz --format json -o digest.json
  kabar digest 'dumps/*.txt' --format html -o report.html
  kabar ingest pages/ --db kabar.db && kabar stories --db kabar.db
  kabar search "gencatan senjata" --db kabar.db
  kabar serve --db kabar.db
"""

DEFAULT_DB = os.environ.get("KABAR_DB", "kabar.db")


def _say_error(err: InputError) -> None:
    print(f"kabar: error: {err.source}: {err.reason}", file=sys.stderr)


def _progress_bar(quiet: bool):
    """A progress callback drawing on stderr when it is a terminal, else None."""
    if quiet or not sys.stderr.isatty():
        return None
    from kabar.progress import TerminalProgress

    return TerminalProgress()


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


def cmd_digest(args: argparse.Namespace) -> int:
    from kabar.api import digest
    from kabar.render import render

    progress = _progress_bar(args.quiet)
    result = digest(args.paths, workers=args.workers, engine=args.engine, on_error=_say_error, progress=progress,
                    master=args.master, output_dir=args.output_dir)
    if progress:
        progress.close()
    _write(render(result.to_dict(), args.format), args.output)
    return 1 if result.errors else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from kabar.store.ingest import ingest

    progress = _progress_bar(args.quiet)
    if args.engine == "spark":
        from kabar.engines.spark import ingest_spark

        report = ingest_spark(args.paths, db=args.db, master=args.master, on_error=_say_error, progress=progress)
    else:
        report = ingest(args.paths, db=args.db, workers=args.workers, on_error=_say_error, progress=progress)
    if progress:
        progress.close()
    if not args.quiet:
        print(report.summary())
    return 1 if report.errors else 0


def cmd_search(args: argparse.Namespace) -> int:
    from kabar.store import open_store

    with open_store(args.db, create=False) as store:
        hits = store.search(args.query, limit=args.limit)
    from kabar.render.listing import render_search

    _write(render_search(hits, args.format), None)
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    from kabar.render.listing import render_stories
    from kabar.store import open_store

    with open_store(args.db, create=False) as store:
        stories = store.list_stories()
    _write(render_stories(stories, args.format), None)
    return 0


def cmd_story(args: argparse.Namespace) -> int:
    from kabar.render import render
    from kabar.store import open_store

    with open_store(args.db, create=False) as store:
        doc = store.story_digest(args.id)
    if doc is None:
        print(f"kabar: error: no story {args.id!r} in {args.db} (list them with: kabar stories --db {args.db})",
              file=sys.stderr)
        return 1
    _write(render(doc, args.format), args.output)
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    import json

    from kabar.nlp.entities import find_mentions

    stream = sys.stdin if args.file in (None, "-") else open(args.file, encoding="utf-8")
    with stream:
        for line in stream:
            mentions = find_mentions(line.rstrip("\n"))
            print(json.dumps([{"start": m.start, "end": m.end, "text": m.text, "type": m.type} for m in mentions],
                             ensure_ascii=False))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kabar.web.app import serve

    serve(db=args.db, host=args.host, port=args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kabar",
        description="Turn raw news pages into structured, cross-checked stories.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kabar {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=EXAMPLES,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    def engine_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="processes (default: %(default)s)")
        p.add_argument("--engine", choices=["local", "spark"], default="local", help="where to run (default: local)")
        p.add_argument("--master", default=None, help="Spark master URL, e.g. local[2] or spark://HOST:PORT")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    p = add("digest", cmd_digest, "Extract, group and analyse pages; print the digest.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive), glob, or - for stdin")
    p.add_argument("--format", choices=["json", "markdown", "html"], default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--output-dir", metavar="DIR",
                   help="also write Parquet tables (documents, stories, entities, quotes, figures) here")
    engine_options(p)

    p = add("ingest", cmd_ingest, "Add pages to the SQLite store and update its stories.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", default=DEFAULT_DB, help="SQLite file (default: %(default)s, or $KABAR_DB)")
    engine_options(p)

    p = add("search", cmd_search, "Full-text search over stored articles.")
    p.add_argument("query")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--format", choices=["table", "json"], default="table")

    p = add("stories", cmd_stories, "List the stories in the store.")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=["table", "json", "markdown"], default="table")

    p = add("story", cmd_story, "Show one story's briefing.")
    p.add_argument("id")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=["json", "markdown", "html"], default="markdown")
    p.add_argument("-o", "--output", metavar="FILE")

    p = add("entities", cmd_entities, "Entity mentions of each input line, one JSON array per line.")
    p.add_argument("file", nargs="?", help="text file, one document per line (default: stdin)")

    p = add("serve", cmd_serve, "Browse the store's stories in a local web page.")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kabar: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except FileNotFoundError as err:
        print(f"kabar: error: {err.filename or err}: no such file (check the path)", file=sys.stderr)
        return 2
    except Exception as err:
        from kabar.store import StoreError

        if isinstance(err, StoreError):
            print(f"kabar: error: {err}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
