"""The window's image worker processes end with it — also when it is killed (kill -9, a crash),
rather than living on as orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

_APP = """
import sys, time
from pixdesk.services.images import image_process_pool
if __name__ == "__main__":
    pool = image_process_pool()
    pids = sorted(pool.submit(__import__("os").getpid).result(timeout=60) for _ in range(8))
    print(" ".join(str(pid) for pid in set(pids)), flush=True)
    time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has ended; only its parent has not collected it


def test_workers_end_when_the_app_is_killed(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(_APP)
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        workers = [int(pid) for pid in app.stdout.readline().split()]
        assert workers and all(_running(pid) for pid in workers)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        app.stdout.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.05)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # do not leave them behind even if the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, f"image workers outlived the killed app: {left}"


_BUSY_APP = """
import sys, time
from pixdesk.services.images import image_process_pool, prepare_ref, stop_image_pool
from pixdesk.imaging.encode import Resolution
if __name__ == "__main__":
    pool = image_process_pool()
    pids = set(pool.submit(__import__("os").getpid).result(timeout=60) for _ in range(8))
    busy = [pool.submit(prepare_ref, sys.argv[1], 0, Resolution.MODEL) for _ in range(len(pids) + 2)]
    print(" ".join(str(pid) for pid in pids), flush=True)
    sys.stdin.readline()  # the test says when: the workers are drawing the page by then
    stop_image_pool(pool)
    print("stopped", flush=True)
"""


def test_quitting_does_not_wait_for_a_worker_drawing_a_slow_page(tmp_path):
    """The window quits (or renews its pool) while every worker draws a page that takes about
    a minute: the workers are stopped, the process ends — it does not linger for the page."""
    from imaging_samples import slow_pdf

    pdf = slow_pdf(tmp_path / "heavy.pdf")
    script = tmp_path / "app.py"
    script.write_text(_BUSY_APP)
    with subprocess.Popen(
        [sys.executable, str(script), str(pdf)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    ) as app:
        try:
            workers = [int(pid) for pid in app.stdout.readline().split()]
            app.stdin.write("quit\n")
            app.stdin.flush()
            assert app.stdout.readline().strip() == "stopped"
            assert app.wait(timeout=20) == 0  # a hang guard: the page alone takes ~60 s
        finally:
            app.kill()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(_running(pid) for pid in workers)


_WARNING_APP = """
import sys
from pixdesk.errors import KnownError
from pixdesk.imaging.encode import Resolution
from pixdesk.services.images import image_process_pool, prepare_ref, stop_image_pool
if __name__ == "__main__":
    pool = image_process_pool()
    try:
        pool.submit(prepare_ref, sys.argv[1], 0, Resolution.MODEL).result(timeout=60)
    except KnownError as error:
        print(error.message, flush=True)
    stop_image_pool(pool)
"""


def test_a_library_warning_in_an_image_worker_never_reaches_the_console(tmp_path):
    """The window's workers share its console (a terminal on Linux): Pillow's warning about a
    damaged TIFF must not be printed there; the plain sentence comes back instead."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "TIFF")
    tiff = tmp_path / "scan.tif"
    tiff.write_bytes(buffer.getvalue()[:8])  # its first IFD points past the end: Pillow warns
    script = tmp_path / "app.py"
    script.write_text(_WARNING_APP)
    result = subprocess.run(
        [sys.executable, "-W", "default", str(script), str(tiff)],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )
    assert "scan.tif looks like a TIFF file but is damaged" in result.stdout
    assert "Warning" not in result.stderr and "site-packages" not in result.stderr, result.stderr


_FIRST_IMAGE = """
import pickle, sys
from pixdesk.services.images import load_imaging
load_imaging()  # as the window does, in the background, a moment after it is shown
before = set(sys.modules)
result = pickle.loads(open(sys.argv[1], "rb").read())  # a worker's prepared page, as handed back
from pixdesk.services.saved_redactions import file_redactions, sha256_of_bytes  # (the attach's lookup)
print(sorted(set(sys.modules) - before))
"""


def test_the_first_attached_image_imports_nothing_more_in_the_windows_process(tmp_path):
    # A worker's result names imaging's types, and every attach looks up saved redactions: the
    # first image of a session imported them while the window waited (~30 ms, from the GIL).
    import pickle

    from helpers import png_bytes
    from pixdesk.imaging.encode import Resolution
    from pixdesk.services.images import InMemoryImage, prepare_ref

    page = prepare_ref(InMemoryImage(png_bytes(640, 480), "shot.png"), 0, Resolution.MODEL)
    handed_back = tmp_path / "page.pickle"
    handed_back.write_bytes(pickle.dumps(page))
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_IMAGE, str(handed_back)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
