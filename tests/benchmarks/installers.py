"""Benchmark rows for the installers (Linux bundle): its size against PyInstaller's untrimmed
collection built in the same run, and how fast the bundle starts and self-tests compared with
running pixdesk from source. Run by run.py."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from report import Row

from ui import start_environment, time_to_shown

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402


def _build(distpath: Path, untrimmed: bool = False) -> Path:
    env = dict(os.environ, PIXDESK_UNTRIMMED="1" if untrimmed else "0")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "pixdesk.spec"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(distpath),
            "--workpath",
            str(distpath / "work"),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        raise RuntimeError(f"PyInstaller failed:\n{built.stderr[-2000:]}")
    return distpath / "pixdesk"


def _built_bundle(workdir: Path) -> Path:
    """The bundle packaging/linux/build.sh made (CI runs it just before), else one built now."""
    existing = ROOT / "dist" / "pixdesk" / "pixdesk"
    return existing.parent if existing.exists() else _build(workdir / "trimmed")


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def rows(workdir: Path, quick: bool) -> list[Row]:
    if not sys.platform.startswith("linux"):
        return []
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return [
            Row(
                "Linux bundle",
                "not measured",
                "",
                "PyInstaller is not installed (pip install -e '.[package]')",
                "",
                None,
            )
        ]
    trimmed = _built_bundle(workdir)
    untrimmed = _build(workdir / "untrimmed", untrimmed=True)
    size, _groups = bundle.size_report(trimmed)
    baseline, _ = bundle.size_report(untrimmed)
    result = [
        Row(
            "Linux bundle, unpacked",
            f"{size:.1f} MB",
            f"≤ {bundle.SIZE_GOAL_MB} MB",
            f"{baseline:.1f} MB PyInstaller's own collection",
            f"{size / baseline:.2f}×",
            size <= bundle.SIZE_GOAL_MB,
        )
    ]

    env = start_environment()  # the same as the from-source start row: compiled bytecode, warmed once
    time_to_shown([sys.executable, "-m", "pixdesk", "--quit-after-shown"], env)
    rounds = 3 if quick else 7
    frozen_start = statistics.median(
        time_to_shown([str(trimmed / "pixdesk"), "--quit-after-shown"], env) for _ in range(rounds)
    )
    source_start = statistics.median(
        time_to_shown([sys.executable, "-m", "pixdesk", "--quit-after-shown"], env) for _ in range(rounds)
    )
    result.append(
        Row(
            "cold start to window shown, bundle (median)",
            f"{frozen_start * 1000:.0f} ms",
            "≤ from source",
            f"{source_start * 1000:.0f} ms from source",
            f"{frozen_start / source_start:.2f}×",
            frozen_start <= source_start,
        )
    )
    frozen_test = statistics.median(_seconds([str(trimmed / "pixdesk"), "--self-test"], env) for _ in range(rounds))
    source_test = statistics.median(
        _seconds([sys.executable, "-m", "pixdesk", "--self-test"], env) for _ in range(rounds)
    )
    result.append(
        Row(
            "--self-test of the bundle, end to end (median)",
            f"{frozen_test:.1f} s",
            "≤ 10 s",
            f"{source_test:.1f} s from source",
            f"{frozen_test / source_test:.2f}×",
            frozen_test <= 10,
        )
    )
    return result
