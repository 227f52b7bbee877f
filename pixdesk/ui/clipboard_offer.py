"""The quiet offer for a screenshot just copied: "Ask pixdesk about this screenshot?" with an
Attach button, floating over the bottom of the conversation (it takes no room and no focus: the
person may be typing). It leaves by itself after a while; nothing happens unless it is clicked.

It is a card in the window's own colours, as the attached images' chips are (the Base colour,
outlined 3:1 against the window), not in the tooltip colours: a dark palette often leaves those
light yellow, a glaring box in a dark window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pixdesk.ui.card import paint_card
from pixdesk.ui.i18n import translate
from pixdesk.ui.toast import card_colours, use_card_text_colour

SHOWN_FOR_S = 20
_THUMB_HEIGHT = 40


def question() -> str:
    """What the offer asks (in the language installed at start, so a function)."""
    return translate("clipboard_offer", "Ask pixdesk about this screenshot?")


class ClipboardOffer(QFrame):
    attach_clicked = Signal()

    def __init__(self, parent: QWidget, above: QWidget | None = None) -> None:
        """Floats over `parent`, just above `above` (the question box) when given."""
        super().__init__(parent)
        self._above = above
        self.setObjectName("clipboardOffer")
        self.setAccessibleName(translate("clipboard_offer", "Screenshot on the clipboard"))
        self.setFrameShape(QFrame.Shape.NoFrame)  # paintEvent draws the card
        self.thumbnail = QLabel(self)
        self.thumbnail.setAccessibleName(translate("clipboard_offer", "The copied screenshot"))
        self.text = QLabel(question(), self)
        self._follow_palette()
        self.attach_button = QPushButton(translate("clipboard_offer", "Attach screenshot"), self)
        self.attach_button.setAccessibleDescription(
            translate("clipboard_offer", "Adds the copied screenshot to your next question. Nothing is sent.")
        )
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never takes the focus from typing
        self.attach_button.clicked.connect(self._attach)
        self.dismiss_button = QPushButton(translate("clipboard_offer", "Not now"), self)
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.attach_button)
        layout.addWidget(self.dismiss_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.image = QImage()
        parent.installEventFilter(self)
        self.hide()

    def offer(self, image: QImage) -> None:
        self.image = image
        ratio = self.devicePixelRatioF()
        thumb = QPixmap.fromImage(
            image.scaledToHeight(int(_THUMB_HEIGHT * ratio), Qt.TransformationMode.SmoothTransformation)
        )
        thumb.setDevicePixelRatio(ratio)
        self.thumbnail.setPixmap(thumb)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(SHOWN_FOR_S * 1000)

    def _attach(self) -> None:
        self.hide()
        self.attach_clicked.emit()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            width = min(self.sizeHint().width(), parent.width() - 16)
            self.resize(width, self.sizeHint().height())
            bottom = self._above.geometry().top() - 8 if self._above is not None else parent.height() - 24
            self.move((parent.width() - width) // 2, max(0, bottom - self.height()))

    def _follow_palette(self) -> None:
        """The question in the card's checked text colour (again after a light/dark switch)."""
        use_card_text_colour(self.text, self.palette())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        paint_card(self, card_colours(self.palette())[2])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
