"""Files handed to pixdesk by the system while it runs or starts: on macOS, "Open with pixdesk",
a double-click on an associated file and a drop on the Dock icon arrive as QFileOpenEvents on
the application, not as command-line arguments (Windows and Linux pass arguments instead)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenHandler(QObject):
    """Install on the QApplication; `attach` receives each opened file's path."""

    def __init__(self, attach: Callable[[list[str]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attach = attach

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self._attach([path])
                return True
        return False
