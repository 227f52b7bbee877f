"""The dialog of pixdesk.ui.crash: what went wrong, in words, with details to copy for support
(built on the first problem: the window's start does not load it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QWidget

from pixdesk.ui.close_row import with_close_row
from pixdesk.ui.i18n import translate
from pixdesk.ui.window_memory import fit_dialog


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
