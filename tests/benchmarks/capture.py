"""Benchmark row for capture: the shortcut pressed → the overlay on the screen (pixdesk's window
stepped aside and gone, every screen frozen, the overlay exposed), against a bare
QScreen.grabWindow on the same X server. Needs Xvfb and xdotool; runs tests/ui/capture_driver.py
on the xcb platform in a subprocess (a Qt process cannot switch platforms)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from report import Row

sys.path.insert(0, str(Path(__file__).parent.parent))  # tests/: xvfb
import xvfb

DRIVER = xvfb.ROOT / "tests" / "ui" / "capture_driver.py"
GOAL_MS = 150


def _timings(workdir: Path, rounds: int) -> list[list[float]]:
    with xvfb.display() as display:
        done = subprocess.run(
            [sys.executable, str(DRIVER), "timing", str(workdir)],
            env=xvfb.xcb_env(display, CAPTURE_ROUNDS=str(rounds)),
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])["rounds"]


def rows(workdir: Path, quick: bool) -> list[Row]:
    metric = "capture shortcut → overlay shown, window stepped aside (Xvfb 1366×768, median)"
    if not xvfb.available():
        return [Row(metric, "not measured (needs Xvfb and xdotool)", f"≤ {GOAL_MS} ms", "—", "—", None)]
    rounds = _timings(workdir, 5 if quick else 15)
    bare = statistics.median(r[0] for r in rounds) * 1000
    shown = statistics.median(r[1] for r in rounds) * 1000
    return [
        Row(
            metric,
            f"{shown:.0f} ms (worst {max(r[1] for r in rounds) * 1000:.0f} ms)",
            f"≤ {GOAL_MS} ms",
            f"{bare:.1f} ms bare QScreen.grabWindow",
            f"{shown / bare:.1f}×",
            shown <= GOAL_MS,
        )
    ]
