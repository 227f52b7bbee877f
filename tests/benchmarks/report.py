"""The benchmark table: each figure beside its goal and a baseline from the same run."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass


@dataclass
class Row:
    metric: str
    figure: str
    goal: str
    baseline: str
    ratio: str
    ok: bool | None  # None: informative, no goal


def print_table(rows: list[Row]) -> None:
    headers = ("metric", "figure", "goal", "baseline (same run)", "ratio", "")
    table = [headers] + [
        (r.metric, r.figure, r.goal, r.baseline, r.ratio, "—" if r.ok is None else "ok" if r.ok else "MISSED")
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    for index, line in enumerate(table):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def median_seconds(work, rounds: int) -> float:
    """The median wall time of `rounds` runs of `work()`."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
