"""Drives a real capture under a real X server: run by tests/ui/test_capture_xvfb.py (and the
benchmark) as a subprocess, because a pytest process cannot switch its Qt platform to xcb.

    python tests/ui/capture_driver.py SCENARIO OUT_DIR    (DISPLAY and QT_SCALE_FACTOR set)

It shows a window with a known pattern, then pixdesk's window over part of it, starts a capture,
and moves the real pointer with xdotool (XTEST: the X server's own input path). It prints one
line of JSON. Scenarios: "region" (drag, accept, send), "redact" (drag, black box, accept, send),
"cancel" (Esc), "shot" (leave the overlay up and save a screenshot of it), "timing" (shortcut to
overlay shown, against a bare grab)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

PATTERN_SIZE = (480, 360)  # device pixels
PATTERN_AT = (30, 30)  # logical position of the pattern window
PALETTE = [(230, 57, 70), (29, 53, 87), (69, 123, 157), (168, 218, 220), (241, 250, 238)]


def pattern_colour(x: int, y: int) -> tuple[int, int, int]:
    """Few colours (pixdesk keeps such screenshots lossless) yet a one-pixel shift shows: the
    colour steps every pixel, and the 37×29 blocks pin the position down."""
    r, g, b = PALETTE[(x + 2 * y) % 5]
    return r, g, b ^ (((x // 37 + y // 29) % 3) * 4)


def pattern_image() -> QImage:
    width, height = PATTERN_SIZE
    data = bytearray()
    for y in range(height):
        for x in range(width):
            data += bytes((*pattern_colour(x, y), 255))
    return QImage(bytes(data), width, height, width * 4, QImage.Format.Format_RGBX8888).copy()


class PatternWindow(QWidget):
    def __init__(self, ratio: float) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.image = pattern_image()
        self.image.setDevicePixelRatio(ratio)
        self.painted = 0
        width, height = PATTERN_SIZE
        self.setGeometry(PATTERN_AT[0], PATTERN_AT[1], round(width / ratio), round(height / ratio))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.end()
        self.painted += 1


async def until(condition, timeout: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.01)


async def xdotool(*args: str) -> None:
    process = await asyncio.create_subprocess_exec("xdotool", *args)
    if await process.wait() != 0:
        raise RuntimeError(f"xdotool {args} failed")


async def drag(start: tuple[int, int], end: tuple[int, int]) -> None:
    await xdotool("mousemove", str(start[0]), str(start[1]))
    await xdotool("mousedown", "1")
    await xdotool("mousemove", str((start[0] + end[0]) // 2), str((start[1] + end[1]) // 2))
    await xdotool("mousemove", str(end[0]), str(end[1]))
    await xdotool("mouseup", "1")


def make_window(executor):
    from pixdesk.bedrock.client import ClientFactory, ClientSettings
    from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
    from pixdesk.secrets import ApiKeyStore
    from pixdesk.services.workspace import Workspace
    from pixdesk.settings import Settings
    from pixdesk.ui.main_window import MainWindow

    engine = BedrockEngine(ClientFactory(ClientSettings(connect_timeout_s=2.0)), RetryPolicy(base_delay_s=0.01))
    workspace = Workspace(engine, Settings({}), executor, history=None, keys=ApiKeyStore())
    return MainWindow(workspace, prefs={})


async def scenario(name: str, out: Path) -> dict:
    from pixdesk.services.chat import Status

    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio()
    result: dict = {"ratio": ratio, "pattern_origin": [round(PATTERN_AT[0] * ratio), round(PATTERN_AT[1] * ratio)]}
    pattern = PatternWindow(ratio)
    pattern.show()
    executor = ThreadPoolExecutor(max_workers=2)
    window = make_window(executor)
    window.move(0, 0)  # over part of the pattern: the capture must not see it
    window.show()
    await until(lambda: pattern.painted and window.windowHandle().isExposed(), what="shown")
    window.composer.edit.setFocus()
    result["before"] = [window.geometry().getRect(), window.isVisible(), window.focusWidget() is window.composer.edit]

    if name == "windows":
        from pixdesk.ui.capture.foreign_windows import list_windows

        listing = list_windows()
        result["windows"] = [list(w.rect.as_box()) for w in listing.windows]
        result["refusal"] = listing.refusal
        frame = window.frameGeometry()
        result["pixdesk"] = [round(v * ratio) for v in (frame.x(), frame.y(), frame.width(), frame.height())]
        return result

    if name == "timing":
        rounds = []
        for _ in range(int(os.environ.get("CAPTURE_ROUNDS", "7"))):
            start = time.perf_counter()
            screen.grabWindow(0)
            bare = time.perf_counter() - start
            start = time.perf_counter()
            task = window.start_capture("region")
            await until(lambda: window.capture.session is not None and all(
                o.windowHandle() is not None and o.windowHandle().isExposed() for o in window.capture.session.overlays
            ), what="overlay")  # fmt: skip
            shown = time.perf_counter() - start
            window.capture.cancel()
            await task
            await until(lambda: window.windowHandle().isExposed(), what="back")
            rounds.append([bare, shown])
        result["rounds"] = rounds
        return result

    task = window.start_capture("region")
    await until(lambda: window.capture.session is not None, what="overlay")
    session = window.capture.session
    assert session is not None
    await until(lambda: all(o.windowHandle().isExposed() for o in session.overlays), what="overlay exposed")
    overlay = session.overlays[0]
    ox, oy = result["pattern_origin"]
    side = int(ratio)  # at 2× the region spans twice the device pixels
    start, end = (ox + 30, oy + 20), (ox + 30 + 200 * side, oy + 20 + 150 * side)
    result["region"] = [start[0], start[1], end[0] - start[0], end[1] - start[1]]

    if name == "cancel":
        await drag(start, end)
        await until(lambda: overlay.selection.rect is not None, what="selection")
        await xdotool("key", "Escape")
        captured = await task
        await until(lambda: window.windowHandle().isExposed(), what="back")
        result.update(
            captured=captured,
            after=[window.geometry().getRect(), window.isVisible(), window.focusWidget() is window.composer.edit],
            tray=len(window.tray.items),
        )
        return result

    await drag(start, end)
    await until(lambda: overlay.selection.rect is not None and not overlay.selection.dragging, what="selection")
    result["selected"] = list(overlay.selection.rect.as_box())
    if name in ("redact", "shot"):
        await xdotool("key", "b")
        await until(lambda: overlay.boxing, what="boxing")
        box_start, box_end = (start[0] + 40 * side, start[1] + 30 * side), (start[0] + 90 * side, start[1] + 60 * side)
        result["box"] = [box_start[0], box_start[1], box_end[0] - box_start[0], box_end[1] - box_start[1]]
        await drag(box_start, box_end)
        await until(lambda: len(overlay.selection.boxes) == 1 and overlay._box_anchor is None, what="box")
        # The pointer rests in the middle of the selection: the magnifier shows there.
        await xdotool("mousemove", str(start[0] + 150 * side), str(start[1] + 110 * side))
        await until(lambda: overlay._pointer == (start[0] + 150 * side, start[1] + 110 * side), what="pointer")
    if name == "shot":
        overlay.repaint()
        image = overlay.grab()
        path = out / f"capture-overlay-{ratio:g}x.png"
        image.save(str(path))
        result["shot"] = str(path)
        window.capture.cancel()
        await task
        return result

    await xdotool("key", "Return")
    result["captured"] = await task
    await window.tray.idle()
    attachments = window.tray.attachments()
    result["attachments"] = [[a.format, a.width, a.height] for a in attachments] if attachments else []
    result["chips"] = [chip.accessibleName() for chip in window.tray.chips()]
    result["tokens"] = window.tray.tokens
    result["after"] = [window.geometry().getRect(), window.isVisible(), window.focusWidget() is window.composer.edit]
    window.composer.set_text("What is on this screen?")
    window.send()
    await until(
        lambda: window.session.exchanges and window.session.exchanges[-1].status in (Status.DONE, Status.FAILED),
        what="answer",
    )
    result["answer_status"] = window.session.exchanges[-1].status.name
    window.session.stop()
    executor.shutdown(wait=False)
    return result


def main() -> int:
    name, out = sys.argv[1], Path(sys.argv[2])
    if shutil.which("xdotool") is None:
        print(json.dumps({"error": "no xdotool"}))
        return 2
    app = QApplication([sys.argv[0], "-platform", "xcb"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(asyncio.wait_for(scenario(name, out), 90))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
