"""Where the question is typed: Enter sends, Shift+Enter starts a new line, pasted images go to
the attachments, and one button is Send or Stop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget


def carries_images(mime: QMimeData) -> bool:
    if mime.hasImage() or any(f.startswith("image/") for f in mime.formats()):
        return True
    return mime.hasUrls() and any(url.isLocalFile() or url.scheme() in ("http", "https") for url in mime.urls())


class QuestionEdit(QPlainTextEdit):
    submitted = Signal()
    images_pasted = Signal(QMimeData)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Ask about the images…  (Enter sends, Shift+Enter starts a new line)")
        self.setAccessibleName("Question")
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)  # three lines, then it scrolls

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return carries_images(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if carries_images(source):
            self.images_pasted.emit(source)
        else:
            self.insertPlainText(source.text())  # plain text only: no rich text from the clipboard


class Composer(QWidget):
    send_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QuestionEdit(self)
        self.button = QPushButton("Send", self)
        self.button.setAccessibleName("Send question")
        self.button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        self.edit.submitted.connect(self._submit)
        self.button.clicked.connect(self._clicked)
        self._busy = False

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def set_busy(self, busy: bool) -> None:
        """While an answer streams the button is Stop; Enter is ignored (no double send)."""
        self._busy = busy
        self.button.setText("Stop" if busy else "Send")
        self.button.setAccessibleName("Stop the answer" if busy else "Send question")
        self.button.setToolTip("Stop (Esc)" if busy else "Send (Enter)")

    def _submit(self) -> None:
        if not self._busy:
            self.send_clicked.emit()

    def _clicked(self) -> None:
        (self.stop_clicked if self._busy else self.send_clicked).emit()
