"""A progress bar on stderr for long runs (rich), used only when stderr is a terminal."""

from __future__ import annotations


class TerminalProgress:
    """Callable progress(done, total) drawing one rich progress bar."""

    def __init__(self, label: str = "pages") -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                  transient=True)
        self._task = None
        self._progress.start()

    def __call__(self, done: int, total: int) -> None:
        if self._task is None:
            self._task = self._progress.add_task("run", total=total)
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        self._progress.stop()
