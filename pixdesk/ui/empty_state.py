"""What an empty conversation shows: a drop zone that says what to do ("Drop a screenshot or a
scanned page"), the other ways in as buttons, and starter questions for the common jobs. A
starter question fills the question box; it is never sent on its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixdesk.ui import icons
from pixdesk.ui.i18n import translate
from pixdesk.words import QT_TRANSLATE_NOOP

# In English; shown (and a starter put in the question box) in the window's language.
TITLE = QT_TRANSLATE_NOOP("empty_state", "Drop a screenshot or a scanned page")
STARTERS = (
    QT_TRANSLATE_NOOP("empty_state", "What is wrong in this screenshot?"),
    QT_TRANSLATE_NOOP("empty_state", "Transcribe this page"),
    QT_TRANSLATE_NOOP("empty_state", "Give me the table as CSV"),
    QT_TRANSLATE_NOOP("empty_state", "Summarise this document"),
)


class EmptyState(QWidget):
    open_requested = Signal()
    paste_requested = Signal()
    review_requested = Signal()
    starter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("empty_state", "Empty conversation"))
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(translate("empty_state", "Drop images here"))
        self.title = QLabel(translate("empty_state", TITLE), self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(translate("empty_state", "…or bring one in another way, then ask about it."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        self.open_button = QPushButton(translate("empty_state", "Open…"), self)
        self.open_button.setToolTip(translate("empty_state", "Choose images or a PDF to ask about (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested)
        self.paste_button = QPushButton(translate("empty_state", "Paste"), self)
        self.paste_button.setToolTip(translate("empty_state", "Paste a screenshot from the clipboard (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste_requested)
        self.review_button = QPushButton(translate("empty_state", "Review a document…"), self)
        self.review_button.setToolTip(
            translate("empty_state", "Open a scanned document page by page, to mark, redact and ask (Ctrl+R)")
        )
        self.review_button.clicked.connect(self.review_requested)
        ways = QHBoxLayout()
        ways.addStretch(1)
        for button in (self.open_button, self.paste_button, self.review_button):
            button.setAutoDefault(False)
            ways.addWidget(button)
        ways.addStretch(1)

        self.starters_heading = QLabel(translate("empty_state", "Or start from a common question:"), self)
        self.starters_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.starter_buttons: list[QPushButton] = []
        starters = QGridLayout()
        starters.setHorizontalSpacing(8)
        starters.setVerticalSpacing(8)
        for number, starter in enumerate(STARTERS):
            question = translate("empty_state", starter)
            button = QPushButton(question, self)
            button.setAutoDefault(False)
            button.setAccessibleDescription(translate("empty_state", "Puts this question in the question box"))
            button.clicked.connect(lambda _checked=False, q=question: self.starter_chosen.emit(q))
            starters.addWidget(button, number // 2, number % 2)
            self.starter_buttons.append(button)

        for label in (self.title, self.hint, self.starters_heading):
            label.setForegroundRole(QPalette.ColorRole.Text)  # drawn on the Base-coloured card
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addStretch(1)
        column.addWidget(self.picture)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(ways)
        column.addSpacing(16)
        column.addWidget(self.starters_heading)
        column.addLayout(starters)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        card = QWidget(self)  # the words and buttons keep a readable width on a wide window
        card.setLayout(column)
        card.setMaximumWidth(640)
        outer.addWidget(card, 6)
        outer.addStretch(1)
        self._column, self._outer = column, outer
        # What goes first when the room is short (a small laptop at 150 %, an image with a
        # warning above the question box): squeezed, the buttons became unreadable slivers.
        self._optional = ((self.starters_heading, *self.starter_buttons), (self.picture,), (self.hint,))
        self._paint_icon()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_to_height()

    def _fit_to_height(self) -> None:
        """Show all that fits in the height there is: the starter questions, then the picture, then
        the hint leave, in that order, rather than every line and button being squeezed."""
        margins = self._outer.contentsMargins()
        room = self.height() - margins.top() - margins.bottom()
        for group in self._optional:
            for widget in group:
                widget.setVisible(True)
        for group in self._optional:
            self._column.invalidate()
            if self._column.sizeHint().height() <= room:
                return
            for widget in group:
                widget.setVisible(False)

    def _paint_icon(self) -> None:
        self.picture.setPixmap(icons.icon("image", self.palette(), QPalette.ColorRole.Text).pixmap(QSize(48, 48)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """The drop zone: a Base-coloured card with a dashed outline in the icon colour (≥ 3:1)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(icons.ink(self.palette(), QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(10, 10, -10, -10), 12, 12)
        painter.end()
