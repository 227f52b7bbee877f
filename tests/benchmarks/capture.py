"""Benchmark row for capture: the shortcut pressed → the overlay on the screen (pixdesk's window
stepped aside and gone, every screen frozen, the overlay exposed), against a bare
QScreen.grabWindow on the same X server. Needs Xvfb and xdotool; runs tests/ui/capture_driver.py
on the xcb platform in a subprocess (a Qt process cannot switch platforms)."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from report import Row

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "ui" / "capture_driver.py"
GOAL_MS = 150


def _timings(workdir: Path, rounds: int) -> list[list[float]]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        env = dict(
            os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), CAPTURE_ROUNDS=str(rounds)
        )
        done = subprocess.run(
            [sys.executable, str(DRIVER), "timing", str(workdir)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])["rounds"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def rows(workdir: Path, quick: bool) -> list[Row]:
    metric = "capture shortcut → overlay shown, window stepped aside (Xvfb 1366×768, median)"
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
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
