"""Screenshots of every state of the window — for README, and for looking at a change as a person would.

Run it on a real X display (Xvfb), with a throwaway data folder and the local Bedrock-compatible
server, so nothing reaches AWS and no real history shows:

    Xvfb :91 -screen 0 1366x768x24 &
    DISPLAY=:91 .venv/bin/python resources/screenshots/tour.py --out /tmp/shots
    DISPLAY=:91 .venv/bin/python resources/screenshots/tour.py --out /tmp/shots-dark --dark
    # 150 %: Xvfb :92 -screen 0 1920x1080x24, then QT_SCALE_FACTOR=1.5 DISPLAY=:92 …

Each state is one PNG of the whole screen (what `import -window root` would take). `--only NAME,…`
takes some of them. The README's pictures are this script's output at 1366×768."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATES = (
    "first-run",
    "empty",
    "attached",
    "streaming",
    "answer",
    "error",
    "throttled",
    "settings",
    "history",
    "review",
    "whole-document",
    "small-print",
    "compare",
    "capture",
    "batch",
    "narrow",
)


def _isolate(workdir: Path) -> None:
    """A data folder of its own, no keychain, no AWS sign-in yet (the first state shows the welcome)."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(workdir / name.lower())
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        del os.environ[name]
    os.environ["AWS_CONFIG_FILE"] = str(workdir / "no-aws-config")
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = str(workdir / "no-aws-credentials")
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dark", action="store_true", help="a dark palette, as a dark system theme gives")
    parser.add_argument("--only", default="", help="comma-separated states: " + ", ".join(STATES))
    parser.add_argument("--language", default="en", help="the window's language: en, de, fr, es or system")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else set(STATES)
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="pixdesk-tour-"))
    _isolate(workdir)
    sys.path.insert(0, str(ROOT))

    import qasync
    from PIL import Image, ImageDraw
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    from pixdesk.app import create_app
    from pixdesk.secrets import ApiKeyStore
    from pixdesk.services.workspace import Workspace
    from pixdesk.settings import Settings
    from pixdesk.testing.server import Behaviour, Fault, LocalBedrock
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.page_view import Tool
    from pixdesk.ui.settings_store import QSettingsStore
    from tests.benchmarks import fixtures
    from tests.fine_print_samples import page_with_small_print
    from tests.helpers import DARK_PALETTE

    qt = QApplication([sys.argv[0]])
    if args.dark:
        qt.setStyle("Fusion")
        palette = QPalette()
        for role, colour in DARK_PALETTE.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        for role in ("WindowText", "Text", "ButtonText"):  # greyed out when disabled, as a real dark theme does
            palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#8a8a8a"))
        qt.setPalette(palette)
    app = create_app([])
    from pixdesk.ui.i18n import install_translations

    install_translations(app, args.language)  # (as pixdesk.app does before the window is built)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    server = LocalBedrock(behaviour=Behaviour()).start()
    screenshot = fixtures.screenshot(workdir / "order-10407.png", 1600, 1000)
    document = fixtures.long_pdf(workdir / "contract.pdf", pages=12)
    small_print = workdir / "invoice-2024-0117.png"
    page_with_small_print().save(small_print)
    changed = workdir / "order-10407-after.png"
    after = Image.open(screenshot).convert("RGB")
    ImageDraw.Draw(after).rectangle((520, 300, 760, 330), fill=(200, 30, 40))  # a new error banner
    after.save(changed)

    from concurrent.futures import ThreadPoolExecutor

    executor = ThreadPoolExecutor(max_workers=4)
    workspace = Workspace.open(Settings(QSettingsStore()), executor, keys=ApiKeyStore())
    window = MainWindow(workspace)
    window.show()
    window.start()

    async def settle(seconds: float = 0.6) -> None:
        await asyncio.sleep(seconds)  # (a tour, not a test: let animations and repaints finish)

    async def until(condition, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not reach the state")
            await asyncio.sleep(0.05)

    async def shot(name: str, only=None) -> None:
        """The part of the screen pixdesk's windows cover (the Xvfb background left out), or
        only the window `only`."""
        if name not in wanted:
            return
        await settle()
        area = QRect()
        for widget in [only] if only is not None else QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow():
                area = area.united(widget.frameGeometry())
        ratio = QGuiApplication.primaryScreen().devicePixelRatio()
        scaled = QRect(*(round(v * ratio) for v in (area.x(), area.y(), area.width(), area.height())))
        picture = QGuiApplication.primaryScreen().grabWindow(0)
        picture.copy(scaled.intersected(picture.rect())).save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png", flush=True)

    async def xdotool(*words: str) -> None:
        process = await asyncio.create_subprocess_exec("xdotool", *words)
        await process.wait()

    async def drag(x1: int, y1: int, x2: int, y2: int) -> None:
        await xdotool("mousemove", str(x1), str(y1))
        await xdotool("mousedown", "1")
        await xdotool("mousemove", str((x1 + x2) // 2), str((y1 + y2) // 2))
        await xdotool("mousemove", str(x2), str(y2))
        await xdotool("mouseup", "1")

    async def ask(question: str, attach: bool = True) -> None:
        if attach:
            window.attach_paths([str(screenshot)])
            await until(lambda: not window.tray.busy)
        asked = len(window.session.exchanges)
        window.composer.set_text(question)
        window.send()
        await until(lambda: len(window.session.exchanges) > asked)

    async def tour() -> None:
        await until(lambda: window.credentials is not None)
        await shot("first-run")
        os.environ.update(server.env())
        os.environ.update({"AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local"})
        await window.check_credentials()
        await shot("empty")

        window.attach_paths([str(screenshot)])
        await until(lambda: not window.tray.busy)
        window.composer.set_text("Why was order 10407 declined? What should I tell the customer?")
        await shot("attached")

        server.behaviour.tokens_per_second = 12
        window.send()
        await until(lambda: window.session.busy)
        await until(lambda: len(window.session.exchanges[-1].answer.text) > 120)
        await shot("streaming")
        server.behaviour.tokens_per_second = None
        await until(lambda: not window.session.busy)
        await shot("answer")

        window.new_chat()
        server.inject(Fault.error("AccessDeniedException"))
        await ask("Is anything wrong in this screenshot?")
        await until(lambda: not window.session.busy)
        await shot("error")

        window.new_chat()
        server.inject(Fault.error("ThrottlingException", times=None))
        await ask("Transcribe this page.")
        await until(lambda: window.session.exchanges[-1].wait_left_s > 0)
        await settle(1.5)
        await shot("throttled")
        window.session.stop()
        server.clear_faults()
        await until(lambda: not window.session.busy)

        window.open_settings()
        await until(lambda: getattr(window, "settings_dialog", None) is not None and window.settings_dialog.isVisible())
        await shot("settings")
        window.settings_dialog.reject()

        window.new_chat()
        await ask("Give me the table as CSV.")
        await until(lambda: not window.session.busy)
        window.sidebar.search.setText("order")
        await settle(1.0)
        await shot("history")
        window.sidebar.search.clear()

        window.new_chat()
        window.review.open_later(str(document))
        await until(lambda: window.review_panel.isVisible())
        await until(lambda: window.review_panel.view.page_item is not None)
        view = window.review_panel.view
        view.drawn.emit(Tool.REDACT, QRect(160, 230, 700, 60))  # as if drawn with the mouse
        view.drawn.emit(Tool.REGION, QRect(120, 420, 1000, 300))
        await until(lambda: window.review_panel.ask_button.isEnabled())
        window.composer.set_text("Which clauses on this part of the page mention payment?")
        window.review_panel.ask_button.click()
        await until(lambda: bool(window.session.exchanges) and not window.session.busy)
        await settle(1.5)
        await shot("review")

        window.whole_document_action.trigger()  # the chip: "contract.pdf — whole document"
        window.composer.set_text("What is the total amount due, and when?")
        window.send()
        await until(lambda: window.whole_document.panel.isVisible())
        await settle(1.0)
        await shot("whole-document")
        window.whole_document.panel.hide()
        window.review.close_document()

        window.new_chat()
        window.attach_paths([str(small_print)])
        await until(lambda: not window.tray.busy and not window.tray.measuring)
        window.composer.set_text("What is the reference number in the footer?")
        await shot("small-print")

        window.new_chat()
        window.attach_paths([str(screenshot), str(changed)])
        await until(lambda: not window.tray.busy and window.compare.button.isEnabled())
        window.compare.start()
        await until(lambda: len(window.tray.items) == 3, timeout=60)
        await settle(1.0)
        await shot("compare")
        for dialog in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]:
            dialog.close()

        if "capture" in wanted:
            desk = QLabel()  # what the person was looking at: another program, full screen
            area = QGuiApplication.primaryScreen().geometry()
            desk.setWindowFlag(Qt.WindowType.FramelessWindowHint)
            desk.setGeometry(area)
            desk.setPixmap(
                QPixmap(str(screenshot)).scaled(
                    area.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
            desk.show()
            await settle(0.5)
            task = window.start_capture("region")
            await until(lambda: window.capture.session is not None)
            overlay = window.capture.session.overlays[0]
            await until(lambda: overlay.windowHandle() is not None and overlay.windowHandle().isExposed())
            ratio = QGuiApplication.primaryScreen().devicePixelRatio()
            origin = desk.mapToGlobal(desk.rect().topLeft())

            def at(x: float, y: float) -> tuple[int, int]:  # a place on the desk, in X's device pixels
                return round((origin.x() + x * desk.width()) * ratio), round((origin.y() + y * desk.height()) * ratio)

            await drag(*at(0.28, 0.22), *at(0.86, 0.58))
            await xdotool("key", "b")
            await drag(*at(0.62, 0.30), *at(0.82, 0.36))  # an e-mail address, blacked out
            await xdotool("mousemove", *map(str, at(0.47, 0.40)))  # the magnifier over the text
            await settle(1.0)
            await shot("capture", only=overlay)
            window.capture.cancel()
            await task
            desk.close()

        batch = await window.open_batch()
        if batch is not None:
            batch.add_paths([str(screenshot), str(document)])
            await batch.start()
            await until(lambda: batch.job is not None and not batch.running, timeout=60)
            batch.table.selectRow(0)
            await settle(1.0)
            await shot("batch", only=batch)
            batch.close()

        window.showNormal()
        window.resize(800, 560)
        await shot("narrow")

    try:
        with loop:
            loop.run_until_complete(tour())
    finally:
        window.session.stop()
        server.stop()
        executor.shutdown(wait=False, cancel_futures=True)
        workspace.close()
    return 0


if __name__ == "__main__":  # image workers are spawned processes that import this file
    raise SystemExit(main(sys.argv[1:]))
