"""Whether pixdesk is signed in to AWS, and what the window shows for it: the toolbar's sign-in
button (plain words; the exact method in its tooltip), the first-run panel while not signed in
(built only then: a signed-in start never imports it), and a notice when the sign-in needs care."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QToolButton

from pixdesk.services.exchange import Status
from pixdesk.ui.i18n import translate, translated

if TYPE_CHECKING:
    import asyncio

    from pixdesk.services.connection import CredentialStatus  # (with the engine's: after the first frame)
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.welcome import WelcomePanel


_RENEW_AHEAD = timedelta(minutes=10)  # botocore renews a token in its last 15 minutes
_LONGEST_WAIT_MS = 6 * 3600 * 1000  # (and looks again at least this often)


class SignInStatus(QObject):
    def __init__(self, window: MainWindow, spawn: Callable[[Coroutine[Any, Any, None]], asyncio.Task[None]]) -> None:
        super().__init__(window)
        self.window, self._spawn = window, spawn
        self.status: CredentialStatus | None = None  # the latest check's answer
        self.welcome_panel: WelcomePanel | None = None  # the first-run panel, built when not signed in
        self.button = QToolButton(window)
        self.button.setText(translate("sign_in_status", "Checking sign-in…"))
        self.button.setAccessibleName(translate("sign_in_status", "Credentials"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self._clicked)
        # Re-checks when an IAM Identity Center sign-in is due to end (or to be renewed), so that
        # "Sign in again" shows before a question fails on it.
        self._expiry_timer = QTimer(self)
        self._expiry_timer.setSingleShot(True)
        self._expiry_timer.timeout.connect(self.check)

    @property
    def welcome(self) -> WelcomePanel:
        """The first-run panel (the ways to connect), built the first time pixdesk is not signed in."""
        if self.welcome_panel is None:
            from pixdesk.ui.welcome import WelcomePanel

            window = self.window
            self.welcome_panel = WelcomePanel(window)
            if window.settings.locked("aws/profile"):  # IT chose the sign-in: no other one set up here
                self.welcome_panel.lock_company_sign_in()
            self.welcome_panel.settings_requested.connect(window.open_settings)
            self.welcome_panel.recheck_requested.connect(window.check_credentials)
            self.welcome_panel.sso_requested.connect(lambda: window.sso.sign_in())
            window.updates.offer_in(self.welcome_panel)  # "Tell me when a new version…"
            window.stack.addWidget(self.welcome_panel)
        return self.welcome_panel

    def check(self) -> asyncio.Task[None]:
        return self._spawn(self._check())

    async def _check(self) -> None:
        window = self.window
        status = await window.workspace.check_credentials()
        self.status = status
        self.button.setText(translated(status.label))  # plain words; the exact method in the tooltip
        window.fit.words_changed()
        self.button.setToolTip(
            "\n".join(
                filter(
                    None,
                    (
                        translated(status.message),
                        status.detail,
                        translate("sign_in_status", "Click to change how pixdesk signs in."),
                    ),
                )
            )
        )
        if status.missing:
            # Not signed in: the ways to connect stay in view even after a question failed for
            # it. The question stays in the conversation; once connected, the chat (and Retry)
            # comes back.
            exchanges = window.session.exchanges
            kept = bool(exchanges) and exchanges[-1].status is Status.FAILED
            self.welcome.set_status(
                translate("sign_in_status", "{problem} Your question is kept — connect, then press Retry.").format(
                    problem=translated(status.message)
                )
                if kept
                else ""
            )
            window.stack.setCurrentWidget(self.welcome)
        else:
            welcome = self.welcome_panel  # (never built while signed in: nothing to clear)
            if welcome is not None:
                welcome.set_status("")
                if window.stack.currentWidget() is welcome:
                    window.stack.setCurrentWidget(window.chat)  # (the empty state takes over if there is nothing)
            if not status.ready and status.sso_session:
                # A company AWS sign-in whose time is over: one click signs in again, asking nothing.
                again = translate("sign_in_status", "Sign in again")
                self.button.setText(again)
                window.banner.say(translated(status.message), seconds=None, action=(again, self.sign_in_again))
            elif not status.ready:
                window.banner.say(translated(status.message), seconds=None)
        self._watch_expiry(status)

    def _clicked(self) -> None:
        status = self.status
        if status is not None and status.sso_session and not status.ready:
            self.sign_in_again()
        else:
            self.window.open_settings()

    def sign_in_again(self) -> None:
        """The browser step again for the sign-in in use (its address and role are kept)."""
        status = self.status
        if status is not None and status.sso_session:
            self.window.sso.sign_in_again(status.sso_session, self.window.settings.get("aws/profile"))

    def _watch_expiry(self, status: CredentialStatus) -> None:
        self._expiry_timer.stop()
        if status.expires_at is None or not status.ready:
            return
        now = datetime.now(UTC)
        when = status.expires_at + timedelta(seconds=1)
        if status.renews and status.expires_at - _RENEW_AHEAD > now:
            when = status.expires_at - _RENEW_AHEAD  # inside botocore's renewal window: the check renews it
        delay_ms = (when - now).total_seconds() * 1000
        self._expiry_timer.start(int(min(max(delay_ms, 1000), _LONGEST_WAIT_MS)))
