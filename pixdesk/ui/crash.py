"""When something unexpected happens: log it (secrets redacted) and show a calm dialog whose
details can be copied for support. Never a raw traceback in a console nobody sees."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pixdesk import __version__
from pixdesk.logs import REDACT
from pixdesk.ui.close_row import with_close_row
from pixdesk.ui.i18n import translate
from pixdesk.ui.window_memory import fit_dialog

log = logging.getLogger("pixdesk.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("crash", "pixdesk ran into a problem"))
        intro = QLabel(
            translate(
                "crash",
                "Something unexpected went wrong. Your conversation is safe and pixdesk keeps "
                "running; if this happens again, please send these details to support.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("crash", "Problem details"))
        buttons = with_close_row(self, intro, self.details, grow=1)
        copy = QPushButton(translate("crash", "Copy details"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details.toPlainText()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        if log_path is not None:
            folder = QPushButton(translate("crash", "Open log folder"), self)
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent))))
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        fit_dialog(self, QSize(640, 420), parent)


class CrashReporter(QObject):
    """Installed as sys.excepthook and as the asyncio loop's exception handler."""

    shown = Signal(CrashDialog)
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
        dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
        self.dialogs.append(dialog)
        dialog.open()  # not exec(): a nested loop would break qasync
        self.shown.emit(dialog)
