"""A short-lived note floating over the bottom of a widget ("Copied."): it confirms a quiet action
without taking room in the layout or replacing a notice the person still needs.

Floating notes are cards in the window's own colours, as the attached images' chips are (the
Base colour, outlined 3:1 against the window), not in the tooltip colours: a dark palette often
leaves those light yellow, a glaring box in a dark window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from pixdesk.ui.card import border_colour, paint_card
from pixdesk.ui.i18n import translate
from pixdesk.ui.readable import readable


def card_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(text, background, outline) of a floating card in `palette`: the text checked 4.5:1
    against the card, the outline 3:1 against the card and the window around it."""
    background = palette.color(QPalette.ColorRole.Base)
    return readable(palette.color(QPalette.ColorRole.Text), background), background, border_colour(palette)


def use_card_text_colour(label: QLabel, palette: QPalette) -> None:
    """`label`'s text in the card's checked text colour for `palette` (call again after a
    light/dark switch)."""
    own = label.palette()
    own.setColor(QPalette.ColorRole.WindowText, card_colours(palette)[0])
    label.setPalette(own)


class Toast(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("toast", "Confirmation"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMargin(8)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def say(self, text: str, seconds: float = 1.5) -> None:
        self.setText(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(int(seconds * 1000))

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 24)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """The card, then the text in its checked colour (read from the palette at each paint,
        so a light/dark switch needs nothing more)."""
        text, _background, outline = card_colours(self.palette())
        paint_card(self, outline)
        painter = QPainter(self)
        painter.setPen(text)
        painter.drawText(self.contentsRect().adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter, self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
