"""The global capture shortcut on a real X server (Xvfb): registered with XGrabKey by the window,
pressed with xdotool (XTEST, the server's own input path) while no pixdesk window has the
keyboard, it reaches MainWindow.start_capture and the capture overlay comes up. A second grab of
the same keys, as another program would try, is refused in words.

CI needs the Debian packages xvfb and xdotool (the test skips only when they are missing)."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("global_shortcut_driver.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool (apt: xvfb xdotool)"
)


@pytest.fixture
def xvfb():
    """A fresh X server for one test; its display number is the one Xvfb picked."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()  # written once the server accepts connections
    assert display, "Xvfb did not start"
    yield f":{display}"
    server.terminate()
    server.wait(timeout=10)


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _next_json(lines: queue.Queue[str], process: subprocess.Popen[str], errors: Path) -> dict:
    while True:
        try:
            line = lines.get(timeout=90)  # a bound for a hung driver, not a timing assertion
        except queue.Empty:
            process.kill()
            pytest.fail(f"the driver said nothing: {errors.read_text()[-3000:]}")
        if line.startswith("{"):
            return json.loads(line)


def test_the_global_shortcut_reaches_the_capture_from_outside_the_window(xvfb, tmp_path):
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_SCALE_FACTOR"):
        env.pop(name, None)
    errors = tmp_path / "driver-stderr.txt"
    with (
        errors.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, str(DRIVER)], env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
        ) as process,
    ):
        try:
            lines = _lines(process)
            ready = _next_json(lines, process, errors)
            assert ready["ready"], ready
            assert ready["status"] == "Ctrl+Alt+S captures from any program while pixdesk runs."
            assert ready["second"] == "Another program already uses Ctrl+Alt+S. Choose another shortcut."
            # The key goes to the root window's grab, wherever the focus is (Xvfb runs no window manager).
            subprocess.run(["xdotool", "key", "ctrl+alt+s"], env=env, check=True, timeout=30)
            called = _next_json(lines, process, errors)
            assert called["start_capture"] == "region"
            assert called["overlay"] is True
            assert process.wait(timeout=60) == 0, errors.read_text()[-3000:]
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
