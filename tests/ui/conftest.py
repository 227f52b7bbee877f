"""pytest-qt with qasync: each test runs its scenario as a coroutine on a qasync loop over the
test's QApplication, exactly as the app runs. Waits poll a condition; they never just sleep."""

from __future__ import annotations

import asyncio
import gc
from concurrent.futures import ThreadPoolExecutor

import pytest
import qasync

import xvfb
from imaging_samples import pdf_pages, scan_with_secret
from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings
from pixdesk.ui.main_window import MainWindow


@pytest.fixture(scope="package", autouse=True)
def tidy_qt_before_leaving(qapp):
    """When the UI tests are done, free what they left with Qt, while Python is still alive."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    # The paste test hands the clipboard a QMimeData made in Python; Qt would free it only in
    # its own exit handlers, after Python is gone: a segfault on the way out. Free it now.
    QApplication.clipboard().clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture(scope="package", autouse=True)
def focus_ring_style(qapp):
    """The window's style, as pixdesk.app installs it: focus drawn as a 2-px ring."""
    from pixdesk.ui import style

    return style.install(qapp)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread():
    """As in the app (pixdesk.ui.garbage): no automatic GC, which could free Qt objects from a
    worker thread; collect here, on the GUI thread, after each test."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def run(qapp):
    """run(coroutine) on a qasync loop; cancels whatever the test left running."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)

    # In the app the loop always runs. Here it runs only inside runner(), and qasync's
    # run_until_complete processes Qt events once more *after* unmarking the loop as running; Qt
    # events between runs (QTest's mouse and keys, qtbot's waits) can also resume a task whose
    # worker thread finished. Such a task failed with "no running event loop" — on a busy machine
    # only. So the loop stays marked as the running one throughout, as it is in the app.
    run_forever = loop.run_forever

    def run_forever_and_stay_current():
        try:
            return run_forever()
        finally:
            asyncio._set_running_loop(loop)

    loop.run_forever = run_forever_and_stay_current

    def runner(coroutine, timeout: float = 30.0):
        return loop.run_until_complete(asyncio.wait_for(coroutine, timeout))

    asyncio._set_running_loop(loop)
    yield runner
    loop.run_forever = run_forever  # from here on the loop winds down: it stops being current
    asyncio._set_running_loop(None)
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    asyncio.set_event_loop(None)
    loop.close()  # now, while Qt is alive; at garbage collection its signals may be gone


class OpenedUrls(list):
    def __call__(self, url) -> bool:
        self.append(url.toString())
        return True


@pytest.fixture
def chat_view(qtbot):
    """The conversation's view on its own, shown."""
    from pixdesk.ui.chat_view import ChatView

    widget = ChatView()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    return widget


@pytest.fixture
def executor():
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pixdesk-test-work")
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
def settings_store() -> dict:
    return {}


@pytest.fixture
def make_window(qtbot, executor, settings_store, run):
    """A real MainWindow over a Workspace with the real engine (talking to whatever server the
    test started); `history`, if given, is where it keeps conversations."""
    windows = []

    def make(history=None, **kwargs) -> MainWindow:
        engine = BedrockEngine(ClientFactory(ClientSettings(connect_timeout_s=2.0)), RetryPolicy(base_delay_s=0.01))
        workspace = Workspace(engine, Settings(settings_store), executor, history=history, keys=ApiKeyStore())
        opened = OpenedUrls()
        kwargs.setdefault("prefs", {})  # a fresh window each test: no size or place carried over
        window = MainWindow(workspace, open_url=opened, **kwargs)
        window.opened_urls = opened
        window.session.throttle_wait = lambda error, attempt: 1.2
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.stop()


@pytest.fixture
def x_display():
    """A fresh X server (Xvfb, 1366×768) for one test: its display name, ":N"."""
    with xvfb.display() as name:
        yield name


@pytest.fixture
def scan(tmp_path):
    """An A4 scan at 300 dpi with a secret to black out (imaging_samples.SECRET_BOX)."""
    return scan_with_secret(tmp_path / "contract.png")


@pytest.fixture
def twelve_pages(tmp_path):
    """A 12-page PDF: more than the 8 pages one request can carry."""
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf_pages([(595, 842)] * 12))
    return path


@pytest.fixture
def german(qapp):
    """German for one test; afterwards the English source text and the locale as they were."""
    from PySide6.QtCore import QLocale

    from pixdesk.ui import i18n

    before = QLocale()
    assert i18n.install_translations(qapp, "de") == "de"
    yield
    i18n.install_translations(qapp, "en")  # (removes pixdesk's translators)
    QLocale.setDefault(before)
