"""A one-line notice above the composer: a throttling countdown, an image that could not be
added, a hint. Calm, dismissible, never modal."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # No fixed accessible name: a screen reader reads the label's text (the notice itself),
        # not "Notice" — that is its description.
        self.label.setAccessibleDescription("Notice")
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName("Dismiss notice")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, seconds: float | None = 8.0) -> None:
        """Show `text`; it goes away by itself after `seconds` (None: stays until replaced)."""
        self.label.setText(text)
        self.show()
        if seconds is None:
            self._hide_timer.stop()
        else:
            self._hide_timer.start(int(seconds * 1000))

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
