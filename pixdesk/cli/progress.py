"""The progress of `pixdesk batch` on stderr: on a terminal, one bar redrawn in place; otherwise
(a log, a pipe) a line per finished item, which reads well in a file."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TextIO

from pixdesk.cli.terminal import printable
from pixdesk.services.batch import BatchItem, BatchProgress

BAR_WIDTH = 24


class ProgressBar:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.live = out.isatty()
        self.last = ""
        self._drawn = 0.0
        self._progress: BatchProgress | None = None  # the latest, for the per-item lines

    def show(self, progress: BatchProgress) -> None:
        if not self.live or time.monotonic() - self._drawn < 0.1:
            self._progress = progress
            return
        self._drawn = time.monotonic()
        filled = round(BAR_WIDTH * progress.finished / max(1, progress.total))
        line = f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {progress.line()}"
        self.out.write(line.ljust(len(self.last)))
        self.out.flush()
        self.last = line
        self._progress = progress

    def item_done(self, item: BatchItem) -> None:
        if not self.live:
            progress = self._progress
            counter = f"[{progress.finished + 1}/{progress.total}] " if progress else ""
            print(
                f"{counter}{printable(Path(item.path).name)} page {item.page + 1}: {item.status}",
                file=self.out,
                flush=True,
            )

    def end(self) -> None:
        if self.live and self.last:
            self.out.write("\n")
            self.out.flush()
