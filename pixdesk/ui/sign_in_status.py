"""Whether pixdesk is signed in to AWS, and what the window shows for it: the toolbar's sign-in
button (plain words; the exact method in its tooltip), the first-run panel while not signed in
(built only then: a signed-in start never imports it), and a notice when the sign-in needs care."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QToolButton

from pixdesk.services.chat import Status
from pixdesk.services.connection import CredentialState, CredentialStatus

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.welcome import WelcomePanel


class SignInStatus(QObject):
    def __init__(self, window: MainWindow, spawn: Callable[[Coroutine[Any, Any, None]], asyncio.Task[None]]) -> None:
        super().__init__(window)
        self.window, self._spawn = window, spawn
        self.status: CredentialStatus | None = None  # the latest check's answer
        self.welcome_panel: WelcomePanel | None = None  # the first-run panel, built when not signed in
        self.button = QToolButton(window)
        self.button.setText("Checking sign-in…")
        self.button.setAccessibleName("Credentials")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(lambda: window.open_settings())

    @property
    def welcome(self) -> WelcomePanel:
        """The first-run panel (the ways to connect), built the first time pixdesk is not signed in."""
        if self.welcome_panel is None:
            from pixdesk.ui.welcome import WelcomePanel

            window = self.window
            self.welcome_panel = WelcomePanel(window)
            self.welcome_panel.settings_requested.connect(window.open_settings)
            self.welcome_panel.recheck_requested.connect(window.check_credentials)
            window.stack.addWidget(self.welcome_panel)
        return self.welcome_panel

    def check(self) -> asyncio.Task[None]:
        return self._spawn(self._check())

    async def _check(self) -> None:
        window = self.window
        status = await window.workspace.check_credentials()
        self.status = status
        self.button.setText(status.label)  # plain words; the exact method in the tooltip
        window.fit.words_changed()
        self.button.setToolTip(
            "\n".join(filter(None, (status.message, status.detail, "Click to change how pixdesk signs in.")))
        )
        if status.state is CredentialState.MISSING:
            # Not signed in: the ways to connect stay in view even after a question failed for
            # it. The question stays in the conversation; once connected, the chat (and Retry)
            # comes back.
            exchanges = window.session.exchanges
            kept = bool(exchanges) and exchanges[-1].status is Status.FAILED
            self.welcome.set_status(
                f"{status.message} Your question is kept — connect, then press Retry." if kept else ""
            )
            window.stack.setCurrentWidget(self.welcome)
        else:
            welcome = self.welcome_panel  # (never built while signed in: nothing to clear)
            if welcome is not None:
                welcome.set_status("")
                if window.stack.currentWidget() is welcome:
                    window.stack.setCurrentWidget(window.chat)  # (the empty state takes over if there is nothing)
            if status.state is not CredentialState.READY:
                window.banner.say(status.message, seconds=None)
