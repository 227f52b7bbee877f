"""The desktop app: QApplication on a qasync event loop, logging, the crash reporter, the window.

`pixdesk [IMAGE…]` opens the window with those images attached (so "Open with pixdesk" works)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Generic, TextIO, TypeVar

import platformdirs
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from pixdesk import __version__
from pixdesk.logs import setup_logging
from pixdesk.ui import pyside_import_hook  # noqa: F401 - installs itself: every import after this one is quicker
from pixdesk.ui.single_instance import Handoff, InstanceServer, bring_to_front, hand_off, launch_turn, server_name

# The window's own modules (the widgets, the workspace) are imported in main(), once this launch
# knows it opens a window: a second launch hands its files to the running window and ends
# without paying for them. The event loop's machinery (asyncio, qasync) and what only answers
# need (the engine, the history) come after the window's first frame: see _run_window.

WORKERS_START_DELAY_MS = 1000  # after the history list and the credentials, a moment after show
WINDOW_ICON = Path(__file__).parent / "ui" / "icons" / "pixdesk.png"  # made by resources/icon/make_icons.py


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pixdesk", add_help=False)
    parser.add_argument("images", nargs="*")
    parser.add_argument("--review", metavar="DOCUMENT")  # open a scan or PDF in the review pane
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    return parser.parse_known_args(argv)[0]


GUI_SWITCH_INTERVAL_S = 0.001  # Python's default is 5 ms


def favour_the_gui_thread() -> None:
    """A worker thread running Python (botocore reading the stream, history writes) holds the
    GIL for up to the switch interval before the GUI thread may run: 5 ms by default, a visible
    hitch on top of the window's own work. 1 ms keeps the window ahead (measured: the stall rows)."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def create_app(argv: list[str]) -> QApplication:
    QGuiApplication.setApplicationName("pixdesk")
    QGuiApplication.setOrganizationName("pixdesk")
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("pixdesk")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setWindowIcon(QIcon(str(WINDOW_ICON)))  # title bars and the Linux task bar; installers set their own
    from pixdesk.ui import style  # (light: Qt only)

    style.install(app)  # a 2-px focus ring on whatever has focus, in any style
    return app


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    log_path = setup_logging()
    logging.captureWarnings(True)  # a library's warning (a damaged image's EXIF) goes to the log, not a console
    data_directory = _data_directory()
    instance_name = server_name(data_directory)
    with launch_turn(data_directory):
        if hand_off(instance_name, Handoff.from_arguments(args.images, args.review)):
            logging.getLogger(__name__).info("handed the launch's files to the running window")
            return 0
        app = create_app(argv)
        instance = InstanceServer(app)
        instance.listen(instance_name)  # before the turn ends: the launches waiting now reach this window
    return _run_window(app, args, log_path, instance)


def _data_directory() -> Path:
    """The history's folder (pixdesk.store.history.default_directory, which this module does not
    import: a second launch must end quickly). One window per folder."""
    return Path(platformdirs.user_data_dir("pixdesk", appauthor=False))


def _install_language(app: QApplication) -> str:
    """The window's language: Settings ▸ Answers ▸ Language, else the system's (read once, at start:
    a change applies the next time pixdesk starts)."""
    from pixdesk.settings import Settings
    from pixdesk.ui.i18n import install_translations
    from pixdesk.ui.settings_store import QSettingsStore

    return install_translations(app, Settings(QSettingsStore()).get("ui/language"))


T = TypeVar("T")


class HeldUntilTheLoopRuns(Generic[T]):
    """What arrives before the event loop runs — another launch's files, macOS's "Open with" —
    kept in order and handed on once it runs: attaching a file needs the loop."""

    def __init__(self) -> None:
        self._held: list[T] = []
        self._deliver: Callable[[T], None] | None = None

    def __call__(self, item: T) -> None:
        if self._deliver is None:
            self._held.append(item)
        else:
            self._deliver(item)

    def release_to(self, deliver: Callable[[T], None]) -> None:
        self._deliver = deliver
        held, self._held = self._held, []
        for item in held:
            deliver(item)


def show_first_frame(app: QApplication, window: QWidget) -> None:
    """Show the window and paint it, before the event loop runs. What the person does meanwhile
    (a click, a key) and another launch's files wait in the queue until it runs, a moment later."""
    window.show()
    app.sync()  # the window system's answer (mapped, exposed) is in the queue: its paint happens now
    app.processEvents(
        QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents | QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers
    )


def _run_window(app: QApplication, args: argparse.Namespace, log_path: Path, instance: InstanceServer) -> int:
    favour_the_gui_thread()
    language = _install_language(app)  # before the window's modules: every word they show is translated
    from pixdesk.managed import machine_policy
    from pixdesk.secrets import ApiKeyStore
    from pixdesk.services.images import ImageWorkers, load_imaging
    from pixdesk.services.workspace import Workspace
    from pixdesk.settings import Settings
    from pixdesk.ui.crash import CrashReporter
    from pixdesk.ui.garbage import MainThreadGarbageCollector
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.settings_store import QSettingsStore

    collector = MainThreadGarbageCollector(app)
    crash = CrashReporter(log_path)
    crash.install()
    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pixdesk-io")
    workers = ImageWorkers()  # processes start after the window is shown (below), or when first needed
    # The person's choices (QSettings) under what IT set for this computer (pixdesk.managed). The
    # workspace opens nothing yet: the history and the engine are opened when first used.
    workspace = Workspace.open(Settings(QSettingsStore(), machine_policy()), executor, keys=ApiKeyStore())
    window = MainWindow(workspace, workers, workers.renew)
    logging.getLogger(__name__).info("window language: %s", language)
    collector.busy = window.is_busy
    handoffs: HeldUntilTheLoopRuns[Handoff] = HeldUntilTheLoopRuns()
    instance.received.connect(handoffs)
    opened_files: HeldUntilTheLoopRuns[list[str]] = HeldUntilTheLoopRuns()
    if sys.platform == "darwin":  # (only macOS sends QFileOpenEvents; elsewhere a filter on every event is waste)
        from pixdesk.ui.file_open import FileOpenHandler

        file_opener = FileOpenHandler(opened_files, app)  # "Open with pixdesk" while running or starting
        app.installEventFilter(file_opener)
    show_first_frame(app, window)
    if args.quit_after_shown:
        print("shown", flush=True)  # noqa: T201 - the start-up benchmark's signal

    # The window is on screen. Now the event loop — asyncio on Qt's loop — and what the window
    # does next; the chat, the engine and the history are built by the first to need them.
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(crash.loop_exception)

    def receive(handoff: Handoff) -> None:
        if os.environ.get("PIXDESK_TEST_ECHO"):  # the single-instance test reads what arrived
            import json

            print("received", json.dumps({"images": handoff.images, "review": handoff.review}), flush=True)  # noqa: T201
        if handoff.images:
            window.attach_paths(list(handoff.images))
        if handoff.review:
            window.review.open_later(handoff.review)
        bring_to_front(window)

    def after_shown() -> None:
        # The window is on screen and answers; now what it shows next. Credentials (the keychain
        # may be slow), the history list, and the image workers, which are started last and at
        # a lower priority so they never take the cores from the window that is still settling.
        window.start(interrupted=workspace.interrupted_conversation())
        if args.images:
            window.attach_paths(args.images)
        if args.review:
            window.review.open_later(args.review)
        handoffs.release_to(receive)  # (after the launch's own files: they came first)
        opened_files.release_to(window.attach_paths)
        QTimer.singleShot(WORKERS_START_DELAY_MS, workers.start)
        # Pillow, for a preview or a review: not at start (the first frame needs none of it), not
        # on the GUI thread when first used — loaded in the background once the window has settled.
        QTimer.singleShot(WORKERS_START_DELAY_MS, lambda: executor.submit(load_imaging))
        if os.environ.get("PIXDESK_TEST_ECHO"):
            print("ready", flush=True)  # noqa: T201 - the single-instance test starts its second launch now

    QTimer.singleShot(0, after_shown)
    if args.quit_after_shown:  # (after after_shown: the benchmark times all of the start)
        QTimer.singleShot(0, lambda: (print("answering", flush=True), app.quit()))  # noqa: T201
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    instance.close()
    executor.shutdown(wait=False, cancel_futures=True)
    workers.stop()
    workspace.close()
    collector.stop()
    return 0


def self_test(out: TextIO | None = None) -> int:
    """`pixdesk --self-test`: headless, one line per check, 0 if all passed, else 1."""
    # Imported here: the window's start-up need not pay for the local server and its certificates.
    import asyncio
    import tempfile

    import qasync

    from pixdesk.services import self_test as core_self_test
    from pixdesk.ui import self_test as qt_self_test

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt picks a platform
    report = core_self_test.Report(out if out is not None else sys.stdout)
    report.heading()
    report.run("Qt offscreen plugin", qt_self_test.check_offscreen_plugin)
    if not report.ok:
        return report.finish()  # Qt would abort the process rather than start without it
    app = create_app([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def everything(workdir: Path) -> None:
        qt_self_test.run_qt_checks(report)
        asked = await core_self_test.run_core_checks(report, workdir, qt_self_test.saved_proxy())
        if asked is None:
            report.skip("chat rendering", "there was no answer to draw")
        else:
            report.run("chat rendering", lambda: qt_self_test.check_rendering(*asked))

    with tempfile.TemporaryDirectory(prefix="pixdesk-self-test-") as workdir, loop:
        loop.run_until_complete(everything(Path(workdir)))
    code = report.finish()
    if report.timed_out:  # something still hangs in a worker: do not wait for it on the way out
        os._exit(code)
    return code
