"""Show a question exactly as it was sent, when the conversation shows shorter words in its place
(a whole-document question's parts: pixdesk wrote their instructions for the model, and the last
one quotes every partial answer). Not modal to the window; the focus goes back where it was."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pixdesk import catalog
from pixdesk.ui.close_row import with_close_row
from pixdesk.ui.dialog_focus import open_giving_focus_back
from pixdesk.ui.i18n import translate


class SentTextDialog(QDialog):
    """The exact text of one question, read-only, with Copy and Close."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sent_text", "What was sent"))
        intro = QLabel(
            translate(
                "sent_text",
                "The question exactly as pixdesk sent it to {model}, with the instructions it added for the model. "
                "The conversation shows it in short.",
            ).format(model=catalog.MODEL_NAME),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(text)  # not ours to interpret: plain text, never Markdown or HTML
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(translate("sent_text", "Question as sent"))
        buttons = with_close_row(self, intro, self.text, grow=1)
        self.copy_button = QPushButton(translate("sent_text", "Copy"), self)
        self.copy_button.setToolTip(translate("sent_text", "Copy the question as sent"))
        self.copy_button.setAutoDefault(False)  # Enter closes, as in the image preview
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        self.resize(self._fitting_size(parent))

    @staticmethod
    def _fitting_size(parent: QWidget | None) -> QSize:
        """640×480, or less on a small screen (1366×768 at 150 % leaves 910×512)."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width, height = 640, 480
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        return QSize(width, height)


def open_sent_text(text: str, parent: QWidget) -> SentTextDialog:
    dialog = SentTextDialog(text, parent)
    open_giving_focus_back(dialog)
    return dialog
