"""Shown instead of the chat when pixdesk finds no way to reach Bedrock: a friendly explanation of
the three ways to connect, not an error."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_WAYS = (
    (
        "AWS profile or AWS SSO",
        "If your company uses AWS, sign in as you do for the AWS CLI (for SSO: <i>aws sso login</i>), "
        "then pick the profile in Settings.",
        "Choose a profile…",
    ),
    (
        "Bedrock API key",
        "Create an API key in the Amazon Bedrock console and paste it in Settings. "
        "pixdesk keeps it in your system's keychain.",
        "Enter an API key…",
    ),
    (
        "Set up by your IT team",
        "Credentials in environment variables or on a managed machine are picked up automatically. "
        "Ask IT if you are unsure, then press Check again.",
        "Check again",
    ),
)


class WelcomePanel(QWidget):
    settings_requested = Signal()
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Connect to Amazon Bedrock")
        title = QLabel("<h2>Connect pixdesk to Amazon Bedrock</h2>", self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        intro = QLabel(
            "pixdesk asks Mistral's Pixtral Large through your own AWS account. Choose one of these ways to connect:",
            self,
        )
        intro.setWordWrap(True)
        cards = QHBoxLayout()
        for heading, text, button_text in _WAYS:
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            label = QLabel(f"<b>{heading}</b><br>{text}", card)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(button_text, card)
            button.setAccessibleName(button_text.rstrip("…"))
            button.clicked.connect(self.recheck_requested if button_text == "Check again" else self.settings_requested)
            inner = QVBoxLayout(card)
            inner.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            inner.addWidget(button)
            cards.addWidget(card)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(intro)
        layout.addLayout(cards)
        layout.addStretch(2)

    def set_status(self, message: str) -> None:
        self.status.setText(message)
