"""A progress bar on stderr for long runs (rich), used only when stderr is a terminal.

It must never draw on stdout: ``kabar digest ... > digest.json`` keeps a clean document while the bar shows.
"""

from __future__ import annotations

import sys
from typing import TextIO


def wants_progress(quiet: bool, stream: TextIO | None = None) -> bool:
    """Draw a bar only when asked not to be quiet and the stream is a terminal (not a pipe, file or CI log)."""
    stream = stream if stream is not None else sys.stderr
    try:
        return not quiet and stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class TerminalProgress:
    """Callable progress(done, total) drawing one rich progress bar on stderr; close() removes it."""

    def __init__(self, label: str = "pages", stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        console = Console(file=stream if stream is not None else sys.stderr)
        self._progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  TimeRemainingColumn(), console=console, transient=True)
        self._task = None
        self._progress.start()

    def __call__(self, done: int, total: int) -> None:
        if self._task is None:
            self._task = self._progress.add_task("run", total=total)
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        self._progress.stop()

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
