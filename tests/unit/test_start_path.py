"""What the window's start does not pay for, and the image workers' share of the cores."""

from __future__ import annotations

import os
import subprocess
import sys

from pixdesk import cli, entry
from pixdesk.services.images import ImageWorkers, image_worker_count
from start_env import isolated_start


def test_the_entry_knows_every_cli_command_without_importing_the_cli():
    assert entry.CLI_COMMANDS == cli.COMMANDS
    code = "import sys, pixdesk.entry; print('pixdesk.cli' in sys.modules, 'boto3' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_one_core_is_left_for_the_window():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
    assert image_worker_count() == max(1, cores - 1)


def test_image_workers_start_only_when_asked_and_run_below_the_window():
    workers = ImageWorkers()
    try:
        assert workers._pool is None  # building the window spawns nothing
        pid = workers.submit(os.getpid).result(timeout=60)
        assert pid != os.getpid()
        if sys.platform.startswith("linux"):
            assert os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        workers.stop()


# What the window's first frame does without, imported when first used: boto3/botocore (the first
# question), keyring (read off the GUI thread), pypdfium2 (the first PDF), pi-heif (the first
# HEIC), Pillow and pixdesk.imaging (the image workers decode; the window's process needs them for
# a preview or a review), the conversation exporters, multiprocessing (the image workers start a
# moment after show), and the window's parts no first frame shows: the capture overlay, the tray
# and global shortcut (built just after show), the help dialogs, the first-run panel, Settings.
# And what only answers need: the first frame is painted before the event loop exists (asyncio,
# qasync, and ssl with them), before the chat, the engine and the history are built (sqlite) and
# before the conversation's view, which the empty state stands in for.
LAZY = (
    "asyncio",
    "qasync",
    "ssl",
    "sqlite3",
    "pixdesk.bedrock.stream",
    "pixdesk.store.history",
    "pixdesk.services.chat",
    "pixdesk.services.quota",
    "pixdesk.services.review",
    "pixdesk.services.connection",
    "pixdesk.ui.chat_view",
    "boto3",
    "botocore",
    "keyring",
    "pypdfium2",
    "pi_heif",
    "urllib.request",
    "PIL",
    "pixdesk.imaging",
    "pixdesk.store.export",
    "multiprocessing",
    "concurrent.futures.process",
    "pixdesk.ui.capture",
    "pixdesk.ui.desktop",
    "pixdesk.ui.tray",
    "pixdesk.ui.global_shortcut",
    "pixdesk.ui.clipboard_watch",
    "pixdesk.ui.help_dialogs",
    "pixdesk.ui.welcome",
    "pixdesk.ui.settings_dialog",
    "pixdesk.ui.batch_window",
    "pixdesk.ui.review_panel",
    # An image's chip, preview and small-print check (ui.attachments.CHIP_MODULES), and Compare's
    # work and dialog: the first frame's tray is empty.
    "pixdesk.ui.attachment_chip",
    "pixdesk.ui.pixel_image",
    "pixdesk.ui.preview_dialog",
    "pixdesk.services.small_print",
    "pixdesk.services.fetch",
    "pixdesk.services.compare",
    "pixdesk.ui.compare_dialog",
    "pixdesk.ui.history_delegate",  # (the list's rows come just after the first frame)
    # hashlib loads OpenSSL (the single-instance name is hashed by Qt), json only reads and
    # writes messages between launches.
    "hashlib",
    "json",
)
_REPORT_LAZY = (  # the names of LAZY that are loaded (themselves or a module of theirs), or "none"
    "\nloaded = set(sys.modules)\n"
    f"found = [n for n in {LAZY!r} if any(m == n or m.startswith(n + '.') for m in loaded)]\n"
    "print(' '.join(found) or 'none')\n"
)

# The window built as the app builds it (app._run_window: a Workspace over a history, image
# workers not yet started), offscreen, and its first frame shown — before the event loop.
_BUILD_THE_WINDOW = """
import sys
from concurrent.futures import ThreadPoolExecutor
from PySide6.QtWidgets import QApplication
from pixdesk.app import show_first_frame
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.images import ImageWorkers
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings
from pixdesk.ui.main_window import MainWindow

app = QApplication([])
executor = ThreadPoolExecutor(max_workers=2)
workers = ImageWorkers()
workspace = Workspace.open(Settings({}), executor, keys=ApiKeyStore())
window = MainWindow(workspace, workers, workers.renew, prefs={})
show_first_frame(app, window)
assert window.isVisible() and window.windowHandle().isExposed()
"""
# Then, as the app goes on: the event loop.
_START_THE_LOOP = """
import asyncio, qasync
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
"""


def _lazy_names_loaded(code: str, tmp_path) -> str:
    env = isolated_start(tmp_path)  # a history, settings and logs of the test's own
    result = subprocess.run(
        [sys.executable, "-c", code + _REPORT_LAZY], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_windows_modules_leave_slow_libraries_until_they_are_needed(tmp_path):
    """Each of these costs the window's start milliseconds to tens of milliseconds."""
    code = "import sys, pixdesk.app, pixdesk.ui.main_window, pixdesk.services.workspace, pixdesk.secrets\n"
    assert _lazy_names_loaded(code, tmp_path) == "none"


def test_building_and_showing_the_window_leaves_them_too(tmp_path):
    """Not just the imports: constructing the window (its tray, Compare, capture, help…) and its
    first frame load none of them either."""
    assert _lazy_names_loaded(_BUILD_THE_WINDOW, tmp_path) == "none"


_COUNT_ITS_PAINTS = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

class PaintCount(QObject):
    painted: set = set()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
            PaintCount.painted.add(watched.objectName() or type(watched).__name__)
        return False

counter = PaintCount()
app.installEventFilter(counter)
"""


def test_the_first_frame_is_painted_before_show_first_frame_returns(tmp_path):
    """The start benchmark says "shown" when show_first_frame returns and compares it with a bare
    window timed to its first paint: the window, its toolbar and its question box have been
    painted by then, not merely asked to show."""
    build, show = _BUILD_THE_WINDOW.split("show_first_frame(app, window)\n")
    code = build + _COUNT_ITS_PAINTS + "show_first_frame(app, window)\n" + show
    code += "print(' '.join(sorted(PaintCount.painted)))\n"
    env = isolated_start(tmp_path)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    painted = set(result.stdout.split())
    wanted = {"MainWindow", "connection", "RegionPicker", "Composer", "QuestionEdit"}
    assert wanted <= painted, " ".join(sorted(painted))


def test_what_is_built_later_is_there_when_used(tmp_path):
    """The lazy parts still come: the event loop, the conversation's view, the tray and global
    shortcut and what an image's chip needs a moment after show (start()), the chat and its
    history, the capture flow, the first-run panel and Pillow when first used."""
    code = (
        _BUILD_THE_WINDOW
        + _START_THE_LOOP
        + (
            "from PySide6.QtCore import QTimer\n"
            "window.start()\n"
            "QTimer.singleShot(0, app.quit)\n"
            "app.exec()\n"
            "assert window._desktop is not None, 'the tray and the global shortcut, after show'\n"
            "from pixdesk.ui.attachments import CHIP_MODULES\n"
            "assert [m for m in CHIP_MODULES if m not in sys.modules] == [], 'a chip is ready before the first image'\n"
            "assert window._chat_view is not None and window.stack.indexOf(window._chat_view) >= 0\n"
            "assert window.session.listener is window, 'the window hears the chat it did not build'\n"
            "assert window.capture.busy is False and window.welcome.parent() is not None\n"
            "from pixdesk.services import images\n"
            "assert images.Prepared.__module__ == 'pixdesk.imaging.prepare'\n"
            "images.load_imaging()  # what the app loads in the background a moment after show\n"
            "assert 'pixdesk.services.page_render' in sys.modules\n"
            "for task in list(window._tasks): task.cancel()\n"
            "workspace.close()\n"
            "LAZY = ('PIL', 'pixdesk.ui.desktop', 'pixdesk.ui.capture', 'pixdesk.ui.welcome',"
            " 'pixdesk.store.history')\n"
            "print(' '.join(n for n in LAZY if n in sys.modules))\n"
            "import os; os._exit(0)\n"  # (the check of credentials may still be reading the keychain)
        )
    )
    env = isolated_start(tmp_path)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "PIL",
        "pixdesk.ui.desktop",
        "pixdesk.ui.capture",
        "pixdesk.ui.welcome",
        "pixdesk.store.history",
    ]


def test_heic_and_pdf_open_in_a_fresh_process_where_nothing_was_loaded_before(tmp_path):
    """Lazy loading must not lose a format: a process that never imported pi-heif or pypdfium2
    (unlike this test session, whose conftest registers pi-heif) still reads both."""
    import pillow_heif
    from PIL import Image

    from imaging_samples import pdf_pages

    heic = tmp_path / "photo.heic"
    pillow_heif.from_pillow(Image.new("RGB", (48, 32), (200, 30, 30))).save(heic)
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(pdf_pages([(200, 100)]))
    code = (
        "import sys\nfrom pixdesk.imaging.sources import open_source\n"
        "for path in sys.argv[1:]:\n"
        "    with open_source(path) as source:\n"
        "        print(source.kind, *source.decode(0).image.size)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(heic), str(pdf)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "heic 48 32"
    assert lines[1].startswith("pdf ")


def test_what_arrives_before_the_event_loop_is_handed_on_in_order_once_it_runs():
    """Another launch's files, or macOS's "Open with", during the first frame: kept, then given to
    the window in the order they came, and afterwards straight through."""
    from pixdesk.app import HeldUntilTheLoopRuns

    held: HeldUntilTheLoopRuns[str] = HeldUntilTheLoopRuns()
    held("first.png")
    held("second.png")
    delivered: list[str] = []
    held.release_to(delivered.append)
    assert delivered == ["first.png", "second.png"]
    held("third.png")
    assert delivered == ["first.png", "second.png", "third.png"]
