"""A throwaway X server (Xvfb) for the tests and the benchmark that drive pixdesk on the xcb
platform with real X input (xdotool). Plain Python, no pytest: tests/benchmarks/capture.py
imports it too.

CI needs the Debian packages xvfb and xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MISSING = "needs Xvfb and xdotool (apt: xvfb xdotool)"


def available() -> bool:
    return shutil.which("Xvfb") is not None and shutil.which("xdotool") is not None


@contextmanager
def display(size: str = "1366x768x24") -> Iterator[str]:
    """A fresh X server while the block runs; yields its display name (":N", the number Xvfb picked)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts connections
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xcb_env(display_name: str, **extra: str) -> dict[str, str]:
    """This process's environment for a pixdesk subprocess on `display_name`: Qt's xcb platform,
    pixdesk importable from the checkout, and nothing that would point it at Wayland or rescale it
    unless `extra` says so (QT_SCALE_FACTOR="2")."""
    env = dict(os.environ, DISPLAY=display_name, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_SCALE_FACTOR"):
        env.pop(name, None)
    env.update(extra)
    return env
