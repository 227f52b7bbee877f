"""A one-line notice above the composer: a throttling countdown, an image that could not be
added, a hint. Calm, dismissible, never modal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from pixdesk.ui.i18n import translate


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # No fixed accessible name: a screen reader reads the label's text (the notice itself),
        # not "Notice" — that is its description.
        self.label.setAccessibleDescription(translate("banner", "Notice"))
        # The notice's one next step, when it has one ("What's new"); hidden otherwise.
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self._action: Callable[[], object] | None = None
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName(translate("banner", "Dismiss notice"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def say(
        self, text: str, seconds: float | None = 8.0, action: tuple[str, Callable[[], object]] | None = None
    ) -> None:
        """Show `text`; it goes away by itself after `seconds` (None: stays until replaced).
        `action`: (button text, what it does) — the button hides the notice, then does it."""
        self.label.setText(text)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.show()
        if seconds is None:
            self._hide_timer.stop()
        else:
            self._hide_timer.start(int(seconds * 1000))

    def _act(self) -> None:
        action = self._action
        self.hide()
        if action is not None:
            action()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
