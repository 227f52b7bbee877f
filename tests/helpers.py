"""Helpers for tests: images made in memory, and asking through the real engine."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import Answer, AskRequest, Attachment, Connection
from pixdesk.imaging.intake import attachment_from_bytes
from pixdesk.services.asking import ask, new_answer

DARK_PALETTE = {  # CONTRIBUTING.md's dark palette (as GTK's Adwaita dark gives it), by QPalette role
    "Window": "#2b2b2b",
    "WindowText": "#e8e8e8",
    "Base": "#1e1e1e",
    "AlternateBase": "#262626",
    "Text": "#e8e8e8",
    "Button": "#353535",
    "ButtonText": "#e8e8e8",
    "Link": "#6cb4ff",
    "Highlight": "#3d6fd6",
    "HighlightedText": "#ffffff",
    "PlaceholderText": "#9a9a9a",
}


def png_bytes(width: int = 640, height: int = 480, color: str = "white") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def png_attachment(width: int = 640, height: int = 480) -> Attachment:
    return attachment_from_bytes(png_bytes(width, height), "screenshot.png")


def run_ask(engine: BedrockEngine, request: AskRequest, connection: Connection | None = None) -> Answer:
    """Ask and collect the whole answer on a fresh event loop."""
    connection = connection or Connection()
    answer = new_answer(request, connection)
    asyncio.run(ask(engine, request, connection, answer))
    return answer


async def until(predicate, timeout: float = 10.0, message: str = "condition") -> None:
    """Like qtbot.waitUntil, for coroutines: poll `predicate` while the loop keeps running."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {message() if callable(message) else message}")
        await asyncio.sleep(0.01)


def run_pixdesk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`pixdesk ARGS…` as a person runs it: a separate process, in this test's environment."""
    return subprocess.run(
        [sys.executable, "-m", "pixdesk", *args], capture_output=True, text=True, timeout=timeout, env=os.environ.copy()
    )


def image_folder(folder, count: int, size: tuple[int, int] = (640, 480)):
    """`count` small PNG screenshots, each a little different, in a new folder."""
    folder.mkdir()
    for number in range(count):
        Image.new("RGB", (size[0], size[1] + number), (40 * number % 256, 90, 150)).save(folder / f"shot{number}.png")
    return folder


async def asked_in_window(window, text: str) -> None:
    """Type `text` in the window's question box, send it, and wait until its answer is done or failed."""
    from pixdesk.services.exchange import Status

    window.composer.set_text(text)
    window.send()
    await until(
        lambda: window.session.exchanges and window.session.exchanges[-1].status in (Status.DONE, Status.FAILED),
        message="the answer",
    )


LEDGER_METHODS = (
    "__init__",
    "snapshot",
    "reserve",
    "mark_sent",
    "settle",
    "release",
    "hold",
    "declare",
    "declared",
    "earliest",
)


def ledger_calls_on_the_main_thread(monkeypatch) -> list[str]:
    """The names of the pacing ledger's methods called on the main thread from now on (the event
    loop's, the window's): SQLite may wait there for another pixdesk process's transaction."""
    import threading

    from pixdesk.store.pacing_ledger import PacingLedger

    on_the_loop: list[str] = []
    for name in LEDGER_METHODS:
        original = getattr(PacingLedger, name)

        def watched(*args, _original=original, _name=name, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_the_loop.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(PacingLedger, name, watched)
    return on_the_loop


class HeldPool(ThreadPoolExecutor):
    """Image work that waits until the test lets it run."""

    def __init__(self) -> None:
        super().__init__(max_workers=2)
        self.release = threading.Event()

    def submit(self, fn, /, *args, **kwargs):
        def held():
            self.release.wait(30)
            return fn(*args, **kwargs)

        return super().submit(held)
