"""When something unexpected happens: log it (secrets redacted) and show a calm dialog whose
details can be copied for support. Never a raw traceback in a console nobody sees."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from pixdesk import __version__
from pixdesk.logs import REDACT

if TYPE_CHECKING:
    from pixdesk.ui.crash_dialog import CrashDialog

log = logging.getLogger("pixdesk.crash")


class CrashReporter(QObject):
    """Installed as sys.excepthook and as the asyncio loop's exception handler."""

    shown = Signal(object)  # the CrashDialog shown (its module is loaded with the first one)
    _report = Signal(str)  # crosses from any thread to the GUI thread

    def __init__(self, log_path: Path | None) -> None:
        super().__init__()
        self.log_path = log_path
        self.dialogs: list[CrashDialog] = []
        self._report.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda args: self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = REDACT("".join(traceback.format_exception(kind, value, tb)))
        log.error("unexpected error\n%s", text)
        self._report.emit(f"pixdesk {__version__}\n{text}")

    def loop_exception(self, loop: object, context: dict) -> None:
        exception = context.get("exception")
        if exception is None:
            log.error("event loop: %s", REDACT(str(context.get("message"))))
            return
        self.excepthook(type(exception), exception, exception.__traceback__)

    def _show(self, details: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialogs and self.dialogs[-1].isVisible():  # one dialog at a time; add to it
            self.dialogs[-1].details.appendPlainText("\n" + details)
            return
        from pixdesk.ui.crash_dialog import CrashDialog

        dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
        self.dialogs.append(dialog)
        dialog.open()  # not exec(): a nested loop would break qasync
        self.shown.emit(dialog)
