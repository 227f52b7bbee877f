"""Shown instead of the chat when pixdesk is not signed in to Amazon Bedrock: a friendly
explanation of the three ways to connect, not an error. Each button says which Settings field it
wants (settings_requested(field)), so "Enter an API key…" lands in the API-key field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pixdesk.ui.i18n import translate
from pixdesk.ui.settings_dialog import API_KEY_FIELD, PROFILE_FIELD

_RECHECK = ""  # a way with no Settings field: the button checks again instead


def _ways() -> tuple[tuple[str, str, str, str], ...]:
    """(heading, what to do in plain words, button, the Settings field it opens on)"""
    return (
        (
            translate("welcome", "Your company's AWS sign-in"),
            translate(
                "welcome",
                "If your company uses AWS, sign in with your company's AWS access in your browser, "
                "or choose a sign-in your IT team set up on this computer.",
            ),
            translate("welcome", "Choose a sign-in…"),
            PROFILE_FIELD,
        ),
        (
            translate("welcome", "An API key"),
            translate(
                "welcome",
                "Ask your AWS admin for an Amazon Bedrock API key and paste it in Settings. "
                "pixdesk keeps it in your system's keychain.",
            ),
            translate("welcome", "Enter an API key…"),
            API_KEY_FIELD,
        ),
        (
            translate("welcome", "Set up by your IT team"),
            translate(
                "welcome",
                "On a computer your IT team manages, pixdesk may find a sign-in by itself. "
                "Ask IT if you are unsure, then press Check again.",
            ),
            translate("welcome", "Check again"),
            _RECHECK,
        ),
    )


class WelcomePanel(QWidget):
    settings_requested = Signal(str)  # the Settings field to open on
    recheck_requested = Signal()
    sso_requested = Signal()  # sign in with the company's AWS access (IAM Identity Center)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("welcome", "Connect to Amazon Bedrock"))
        title = QLabel("<h2>{}</h2>".format(translate("welcome", "Connect pixdesk to Amazon Bedrock")), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()  # until there is something to say
        intro = QLabel(
            translate(
                "welcome",
                "pixdesk asks Mistral's Pixtral Large through your company's own AWS account. "
                "Choose one of these ways to connect:",
            ),
            self,
        )
        intro.setWordWrap(True)
        cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # side by side, or stacked when narrow
        self._cards, self._card_frames = cards, []
        self.buttons: dict[str, QPushButton] = {}  # by the Settings field they open ("" checks again)
        for heading, text, button_text, field in _ways():
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
            if field == PROFILE_FIELD:  # the company's AWS sign-in: first, sign in right here
                sso = translate("welcome", "Sign in with your company's AWS access…")
                self.sso_button = QPushButton(sso, card)
                self.sso_button.setAccessibleName(sso.rstrip("…"))
                self.sso_button.setToolTip(translate("welcome", "AWS IAM Identity Center (AWS SSO) sign-in."))
                self.sso_button.clicked.connect(self.sso_requested)
                inner.addWidget(self.sso_button)
            inner.addWidget(button)
            self._card_frames.append(card)
            cards.addWidget(card, 1)  # equal widths: a long button in one card does not squeeze the others
        # In a scroll area: on a small screen, at 150 % or in a longer language the cards scroll
        # rather than cut their words off.
        content = QWidget(self)
        layout = self._content_layout = QVBoxLayout(content)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(cards)
        layout.addWidget(self.status)
        # Asked once, here, before pixdesk ever looks (opt-in); the window saves it (ui.update_notice).
        self.updates_box = QCheckBox(translate("welcome", "Tell me when a new version of pixdesk is available"), self)
        self.updates_box.setToolTip(
            translate("welcome", "pixdesk looks at its release page at most once a day; it never installs anything.")
        )
        layout.addWidget(self.updates_box)
        layout.addStretch(2)
        scroll = self._scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange_cards()

    def _arrange_cards(self) -> None:
        """Side by side when the three fit the width, else one under the other (a narrow window,
        150 %, or German words): never cut off on the right."""
        spacing = max(self._cards.spacing(), 0) * (len(self._card_frames) - 1)
        margins = self._content_layout.contentsMargins()
        side = margins.left() + margins.right()
        needed = sum(card.minimumSizeHint().width() for card in self._card_frames) + spacing + side
        # (The panel's own width: in its resizeEvent the scroll area's viewport is not resized yet.)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        fits = self.width() - scroll_bar >= needed
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self._cards.direction() != direction:
            self._cards.setDirection(direction)

    def lock_company_sign_in(self) -> None:
        """The organisation set which sign-in pixdesk uses ("aws/profile" locked): signing in with
        another company access is not offered, and the button says why."""
        locked = translate("welcome", "Set by your organisation")
        self.sso_button.setEnabled(False)
        self.sso_button.setToolTip(locked)
        self.sso_button.setAccessibleDescription(locked)

    def set_status(self, message: str) -> None:
        """A line under the three ways ("Your question is kept…"); empty hides it."""
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.setVisible(bool(message))
