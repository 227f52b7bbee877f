"""Where the question is typed: Enter sends, Shift+Enter starts a new line, pasted images go to
the attachments, a paperclip adds images from files, and one button is Send or Stop. While a
document is under review, a chip above the box says what of it goes along ("contract.pdf —
page 2"); removing the chip sends the question without it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from pixdesk.ui import icons
from pixdesk.ui.document_chip import DocumentChip
from pixdesk.ui.i18n import translate
from pixdesk.words import QT_TRANSLATE_NOOP

# In English; shown translated.
PLACEHOLDER = QT_TRANSLATE_NOOP("composer", "Ask about the images…  (Enter sends, Shift+Enter starts a new line)")
DOCUMENT_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "composer", "Ask about the document…  (Enter sends, Shift+Enter starts a new line)"
)


def carries_images(mime: QMimeData) -> bool:
    if mime.hasImage() or any(f.startswith("image/") for f in mime.formats()):
        return True
    return mime.hasUrls() and any(url.isLocalFile() or url.scheme() in ("http", "https") for url in mime.urls())


class QuestionEdit(QPlainTextEdit):
    submitted = Signal()
    images_pasted = Signal(QMimeData)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("composer", PLACEHOLDER))
        self.setAccessibleName(translate("composer", "Question"))
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
    attach_clicked = Signal()
    document_removed = Signal()  # the person removed the document's chip: ask without it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QuestionEdit(self)
        self.attach = QToolButton(self)
        self.attach.setAccessibleName(translate("composer", "Attach images"))
        self.attach.setToolTip(translate("composer", "Attach images or a PDF (Ctrl+O)"))
        self.attach.setIconSize(QSize(20, 20))
        self.attach.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.attach.clicked.connect(self.attach_clicked)
        self.button = QPushButton(translate("composer", "Send"), self)
        self.button.setIconSize(QSize(18, 18))
        # Not setDefault(): a default button wears a permanent highlight that hides its focus ring,
        # and Enter in the question box already sends.
        self.button.setAutoDefault(False)
        self.document_chip = DocumentChip(self)
        self.document_chip.remove_clicked.connect(self._document_removed)
        self.document_chip.hide()  # until a document is open for review
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attach, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # Above the box, lined up with it: what goes along is read before the question is typed.
        chip_row = QHBoxLayout()
        chip_row.setContentsMargins(self.attach.sizeHint().width() + row.spacing(), 0, 0, 0)
        chip_row.addWidget(self.document_chip)
        chip_row.addStretch(1)
        layout.addLayout(chip_row)
        layout.addLayout(row)
        self.setTabOrder(self.document_chip, self.document_chip.remove)
        self.edit.submitted.connect(self._submit)
        self.button.clicked.connect(self._clicked)
        self._busy = False
        self.set_busy(False)

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    @property
    def document(self) -> str | None:
        """What of the document goes along with the question, in words; None: nothing."""
        return self.document_chip.text if self.document_chip.isVisibleTo(self) else None

    def set_document(self, text: str | None) -> None:
        """Show what of the document goes along ("contract.pdf — page 2"), or no chip (None)."""
        if text is None:
            self.document_chip.hide()
        else:
            self.document_chip.set_text(text)
            self.document_chip.show()
        self.edit.setPlaceholderText(translate("composer", PLACEHOLDER if text is None else DOCUMENT_PLACEHOLDER))

    def _document_removed(self) -> None:
        had_focus = self.document_chip.hasFocus() or self.document_chip.remove.hasFocus()
        self.set_document(None)
        if had_focus:
            self.edit.setFocus()  # not lost with the chip that held it
        self.document_removed.emit()

    def set_busy(self, busy: bool) -> None:
        """While an answer streams the button is Stop (Enter: see _submit)."""
        self._busy = busy
        if busy:
            self.button.setText(translate("composer", "Stop"))
            self.button.setAccessibleName(translate("composer", "Stop the answer"))
            self.button.setToolTip(translate("composer", "Stop (Esc)"))
        else:
            self.button.setText(translate("composer", "Send"))
            self.button.setAccessibleName(translate("composer", "Send question"))
            self.button.setToolTip(translate("composer", "Send (Enter)"))
        self._paint_icons()

    def _paint_icons(self) -> None:
        palette = self.palette()
        self.button.setIcon(icons.icon("stop" if self._busy else "send", palette))
        self.attach.setIcon(icons.icon("attach", palette))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # a light/dark switch: icons follow the text colour
            self._paint_icons()
        super().changeEvent(event)

    def _submit(self) -> None:
        # Enter is the window's to judge, busy or not: an answer being written ignores it, but
        # one complete on screen whose request is still ending takes the next question.
        self.send_clicked.emit()

    def _clicked(self) -> None:
        (self.stop_clicked if self._busy else self.send_clicked).emit()
