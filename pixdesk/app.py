"""The desktop app: QApplication on a qasync event loop, logging, the crash reporter, the window.

`pixdesk [IMAGE…]` opens the window with those images attached (so "Open with pixdesk" works)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from pixdesk import __version__
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.logs import setup_logging
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.history import HistoryWriter
from pixdesk.services.images import image_process_pool
from pixdesk.store.history import HistoryStore
from pixdesk.settings import Settings
from pixdesk.ui.crash import CrashReporter
from pixdesk.ui.garbage import MainThreadGarbageCollector
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.settings_store import QSettingsStore


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pixdesk", add_help=False)
    parser.add_argument("images", nargs="*")
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    return parser.parse_known_args(argv)[0]


def create_app(argv: list[str]) -> QApplication:
    QGuiApplication.setApplicationName("pixdesk")
    QGuiApplication.setOrganizationName("pixdesk")
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("pixdesk")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    return app


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    log_path = setup_logging()
    app = create_app(argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    collector = MainThreadGarbageCollector(app)
    crash = CrashReporter(log_path)
    crash.install()
    loop.set_exception_handler(crash.loop_exception)
    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pixdesk-io")
    pools = [image_process_pool()]

    def renew_image_pool():
        pools[-1].shutdown(wait=False, cancel_futures=True)
        pools.append(image_process_pool())
        return pools[-1]

    store = HistoryStore()
    history = HistoryWriter(store)
    window = MainWindow(BedrockEngine(), Settings(QSettingsStore()), ApiKeyStore(), executor, pools[0],
                        renew_image_pool, history)
    collector.busy = window.is_busy
    window.show()
    window.start(interrupted=store.interrupted_conversation_id() if store.interrupted_on_open else None)
    if args.images:
        window.attach_paths(args.images)
    if args.quit_after_shown:
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    executor.shutdown(wait=False, cancel_futures=True)
    pools[-1].shutdown(wait=False, cancel_futures=True)
    history.close()
    collector.stop()
    return 0
