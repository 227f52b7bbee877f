"""Two real pixdesk processes: a second launch hands its files to the window already running
and ends (exit 0, no window of its own); after a crash, the next launch opens a window again."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from helpers import png_bytes

WAIT_S = 90  # a window's start on a busy 2-core machine; a bound, not a timing assertion


class RunningWindow:
    """`python -m pixdesk` in the background, its stdout read line by line."""

    def __init__(self, env: dict[str, str], cwd, args: Sequence[str] = ()) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pixdesk", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=cwd,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def next_line(self, starting: str) -> str:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            if line.startswith(starting):
                return line
        raise AssertionError(f"the window never said {starting!r} (exit code {self.process.poll()})")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def env(tmp_path):
    # TMPDIR: Qt puts the socket file there; a killed window's file stays in this test's folder.
    socket_dir = tmp_path / "s"
    socket_dir.mkdir()
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PIXDESK_TEST_ECHO="1", TMPDIR=str(socket_dir))


def _launch(env, cwd, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pixdesk", *args], capture_output=True, text=True, timeout=WAIT_S, env=env, cwd=cwd
    )


def test_a_second_launch_hands_its_files_to_the_running_window(tmp_path, env):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "shot.png").write_bytes(png_bytes(320, 200))
    (folder / "scan.png").write_bytes(png_bytes(200, 320))
    first = RunningWindow(env, cwd=tmp_path)
    try:
        first.next_line("ready")
        second = _launch(env, folder, "shot.png", "--review", "scan.png")  # relative: the cwd differs
        assert second.returncode == 0, second.stderr[-800:]
        assert "ready" not in second.stdout  # it opened no window of its own
        received = json.loads(first.next_line("received ").removeprefix("received "))
        assert received == {"images": [str(folder / "shot.png")], "review": str(folder / "scan.png")}
        again = _launch(env, folder)  # launched again with nothing: the window is only raised
        assert again.returncode == 0 and "ready" not in again.stdout
        assert json.loads(first.next_line("received ").removeprefix("received ")) == {"images": [], "review": None}
    finally:
        first.kill()


def test_after_a_crash_the_next_launch_opens_a_window(tmp_path, env):
    crashed = RunningWindow(env, cwd=tmp_path)
    try:
        crashed.next_line("ready")
    finally:
        crashed.kill()  # SIGKILL: its socket file is left behind
    assert any((tmp_path / "s").iterdir()), "the killed window left no socket file: nothing tested"
    replacement = RunningWindow(env, cwd=tmp_path)
    try:
        replacement.next_line("ready")
        (tmp_path / "late.png").write_bytes(png_bytes(100, 100))
        late = _launch(env, tmp_path, "late.png")
        assert late.returncode == 0 and "ready" not in late.stdout
        received = json.loads(replacement.next_line("received ").removeprefix("received "))
        assert received == {"images": [str(tmp_path / "late.png")], "review": None}
    finally:
        replacement.kill()


def test_a_burst_of_launches_opens_one_window_that_gets_every_file(tmp_path, env):
    """Open with on several files: one process per file, all at once. One of them becomes the
    window; the others hand it their files (before launches took turns, each opened a window)."""
    names = [f"shot{number}.png" for number in range(8)]
    for name in names:
        (tmp_path / name).write_bytes(png_bytes(64, 64))
    launches = {name: RunningWindow(env, cwd=tmp_path, args=[name]) for name in names}
    try:
        deadline = time.monotonic() + WAIT_S
        while sum(launch.process.poll() is None for launch in launches.values()) > 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        windows = [name for name, launch in launches.items() if launch.process.poll() is None]
        assert len(windows) == 1, f"{len(windows)} windows are open"
        assert all(launch.process.returncode == 0 for name, launch in launches.items() if name not in windows)
        window = launches[windows[0]]
        received = [json.loads(window.next_line("received ").removeprefix("received ")) for _ in names[1:]]
        assert sorted(Path(image).name for message in received for image in message["images"]) == sorted(
            name for name in names if name not in windows
        )
    finally:
        for launch in launches.values():
            launch.kill()
