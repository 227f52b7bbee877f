"""Prepare several files at once, on every core (Pillow releases the GIL while it decodes,
resizes and encodes), so two large screenshots take about as long as one."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.intake import prepare_file
from pixdesk.imaging.prepare import Box, Prepared


def prepare_files(paths: Sequence[str | Path], pages: str | None = None, crop: Box | None = None,
                  resolution: Resolution = Resolution.MODEL) -> list[Prepared]:
    """Every selected page of every file, in order. Raises the first file's KnownError."""
    if not paths:
        return []
    workers = min(len(paths), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pixdesk-imaging") as pool:
        results = list(pool.map(lambda path: prepare_file(path, pages, crop, resolution), paths))
    return [prepared for per_file in results for prepared in per_file]
