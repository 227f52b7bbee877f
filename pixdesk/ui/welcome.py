"""Shown instead of the chat when pixdesk is not signed in to Amazon Bedrock: a friendly
explanation of the three ways to connect, not an error. Each button says which Settings field it
wants (settings_requested(field)), so "Enter an API key…" lands in the API-key field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixdesk.ui.settings_dialog import API_KEY_FIELD, PROFILE_FIELD

_RECHECK = ""  # a way with no Settings field: the button checks again instead

# (heading, what to do in plain words, button, the Settings field it opens on)
_WAYS = (
    (
        "Your company's AWS sign-in",
        "If your company uses AWS, your IT team can set up an AWS sign-in on this computer. "
        "Once it is there, choose it in Settings.",
        "Choose a sign-in…",
        PROFILE_FIELD,
    ),
    (
        "An API key",
        "Ask your AWS admin for an Amazon Bedrock API key and paste it in Settings. "
        "pixdesk keeps it in your system's keychain.",
        "Enter an API key…",
        API_KEY_FIELD,
    ),
    (
        "Set up by your IT team",
        "On a computer your IT team manages, pixdesk may find a sign-in by itself. "
        "Ask IT if you are unsure, then press Check again.",
        "Check again",
        _RECHECK,
    ),
)


class WelcomePanel(QWidget):
    settings_requested = Signal(str)  # the Settings field to open on
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Connect to Amazon Bedrock")
        title = QLabel("<h2>Connect pixdesk to Amazon Bedrock</h2>", self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()  # until there is something to say
        intro = QLabel(
            "pixdesk asks Mistral's Pixtral Large through your company's own AWS account. "
            "Choose one of these ways to connect:",
            self,
        )
        intro.setWordWrap(True)
        cards = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}  # by the Settings field they open ("" checks again)
        for heading, text, button_text, field in _WAYS:
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            label = QLabel(f"<b>{heading}</b><br>{text}", card)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(button_text, card)
            button.setAccessibleName(button_text.rstrip("…"))
            button.setAccessibleDescription(text)
            if field == _RECHECK:
                button.clicked.connect(self.recheck_requested)
            else:
                button.clicked.connect(lambda _checked=False, wanted=field: self.settings_requested.emit(wanted))
            self.buttons[field] = button
            inner = QVBoxLayout(card)
            inner.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            inner.addWidget(button)
            cards.addWidget(card)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(cards)
        layout.addWidget(self.status)
        layout.addStretch(2)

    def set_status(self, message: str) -> None:
        """A line under the three ways ("Your question is kept…"); empty hides it."""
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.setVisible(bool(message))
