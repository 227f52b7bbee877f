"""Runs pixdesk's window under a real X server with the global capture shortcut registered: run
by tests/ui/test_global_shortcut_x11.py as a subprocess (a pytest process cannot switch its Qt
platform to xcb).

    python tests/ui/global_shortcut_driver.py      (DISPLAY set, QT_QPA_PLATFORM=xcb)

Prints one JSON line per event: {"ready": …, "status": …, "second": …} once the shortcut is
registered (and a second registration of the same keys, as another program would try, was
refused), then {"start_capture": MODE, "overlay": …} when the shortcut reached the window's
capture entry point, and exits."""

from __future__ import annotations

import asyncio
import json
import sys
from concurrent.futures import ThreadPoolExecutor

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main() -> int:
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    from pixdesk.bedrock.client import ClientFactory, ClientSettings
    from pixdesk.bedrock.stream import BedrockEngine
    from pixdesk.secrets import ApiKeyStore
    from pixdesk.services.workspace import Workspace
    from pixdesk.settings import Settings
    from pixdesk.ui.global_shortcut import GlobalShortcut
    from pixdesk.ui.main_window import MainWindow

    executor = ThreadPoolExecutor(max_workers=2)
    workspace = Workspace(BedrockEngine(ClientFactory(ClientSettings())), Settings({}), executor, keys=ApiKeyStore())
    window = MainWindow(workspace, prefs={})
    start_capture = window.start_capture
    done = asyncio.Event()

    def capture_called(mode: str = "region") -> None:
        start_capture(mode)  # the real entry point: pixdesk steps aside, the overlay comes up

        def report() -> None:
            session = getattr(getattr(window, "capture", None), "session", None)
            overlays = getattr(session, "overlays", None)
            if overlays is None and session is None and getattr(window, "capture", None) is not None:
                QTimer.singleShot(50, report)  # the screens are still being frozen
                return
            say(start_capture=mode, overlay=bool(overlays) and all(o.isVisible() for o in overlays))
            cancel = getattr(getattr(window, "capture", None), "cancel", None)
            if cancel is not None:
                cancel()
            done.set()

        report()

    window.start_capture = capture_called  # type: ignore[method-assign]
    window.show()
    _ = window.desktop  # the shortcut registered, as MainWindow.start() does a moment after show
    other = GlobalShortcut()  # another program holding the same keys is refused in words
    second = other.apply(workspace.settings.get("capture/global_shortcut"))
    say(ready=window.desktop.shortcut.works, status=window.desktop.shortcut.status, second=second)
    with loop:
        loop.run_until_complete(asyncio.wait_for(done.wait(), 90))
    window.desktop.shortcut.release()
    executor.shutdown(wait=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
