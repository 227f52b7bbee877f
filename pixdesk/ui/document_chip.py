"""What of the document under review goes along with the question, as a chip above the question
box: "contract.pdf — page 2", "contract.pdf — selected region". It looks like the attached
images' chips (attachment_chip: same card, outline and focus ring) but carries words, not a
thumbnail: the page itself is on screen beside it.

One Tab stop; its ✕ follows it. Delete or Backspace on the chip removes it, as ✕ does: the
question then goes without the document, and the missing chip shows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from pixdesk.ui import icons
from pixdesk.ui.card import border_colour, paint_card
from pixdesk.ui.i18n import translate

TEXT_WIDTH = 320  # longer names are elided in the middle (the whole text is in the tooltip)
ICON_SIDE = 16


class DocumentChip(QFrame):
    remove_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.icon = QLabel(self)
        self.icon.setFixedSize(ICON_SIDE, ICON_SIDE)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not ours: never rich text
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove.clicked.connect(self.remove_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignVCenter)
        self._paint_icon()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """`text`: what goes along, "contract.pdf — page 2"."""
        self._text = text
        self.setToolTip(
            translate(
                "document_chip", "Goes with your question: {what}. Remove it to ask without the document."
            ).format(what=text)
        )
        self.setAccessibleName(translate("document_chip", "Goes with the question: {what}").format(what=text))
        self.setAccessibleDescription(
            translate("document_chip", "Delete removes it: the question then goes without the document.")
        )
        self.remove.setAccessibleName(translate("document_chip", "Send without {what}").format(what=text))
        self.remove.setToolTip(self.remove.accessibleName())
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.label.font())
        self.label.setText(metrics.elidedText(self._text, Qt.TextElideMode.ElideMiddle, TEXT_WIDTH))

    def _paint_icon(self) -> None:
        sign = icons.icon("image", self.palette(), QPalette.ColorRole.WindowText)
        self.icon.setPixmap(sign.pixmap(QSize(ICON_SIDE, ICON_SIDE), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: the icon follows the text
            self._paint_icon()
        elif event.type() == QEvent.Type.FontChange:
            self._elide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        paint_card(self, border_colour(self.palette()))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_clicked.emit()
        else:
            super().keyPressEvent(event)
