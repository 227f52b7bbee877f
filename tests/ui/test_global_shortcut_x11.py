"""The global capture shortcut on a real X server (Xvfb): registered with XGrabKey by the window,
pressed with xdotool (XTEST, the server's own input path) while no pixdesk window has the
keyboard, it reaches MainWindow.start_capture and the capture overlay comes up. A second grab of
the same keys, as another program would try, is refused in words.

CI needs the Debian packages xvfb and xdotool (the test skips only when they are missing)."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import xvfb

DRIVER = Path(__file__).with_name("global_shortcut_driver.py")

pytestmark = pytest.mark.skipif(not xvfb.available(), reason=xvfb.MISSING)


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


def test_the_global_shortcut_reaches_the_capture_from_outside_the_window(x_display, tmp_path):
    env = xvfb.xcb_env(x_display)
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
