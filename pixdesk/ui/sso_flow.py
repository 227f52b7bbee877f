"""Sign in with your company's AWS access from anywhere in the window (the first-run panel,
Settings, "Sign in again" on the toolbar): opens the sign-in dialog and, once signed in, makes
that sign-in the one pixdesk uses and checks it."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pixdesk.ui.i18n import translate, translated

PROFILE_FIELD = "aws/profile"  # the setting (and Settings' field) naming the sign-in in use
START_URL_SETTING = "aws/sso_start_url"  # the company's sign-in page (IT may set and lock it)

if TYPE_CHECKING:
    import asyncio

    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.sso_sign_in_dialog import SsoSignInDialog


class SsoFlow:
    def __init__(
        self,
        window: MainWindow,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        open_url: Callable[[QUrl], object],
    ) -> None:
        self.window, self._spawn, self.open_url = window, spawn, open_url
        self.dialog: SsoSignInDialog | None = None  # the one open now (tests read it)
        self._opening = False  # (a second click while the first is still opening does nothing)

    def sign_in(self, parent: QWidget | None = None, start_url: str | None = None) -> asyncio.Task[Any]:
        """Set up a new sign-in: address, browser, account and role. The address is filled in with
        `start_url`, else the one in Settings ("aws/sso_start_url", which IT may set and lock)."""
        return self._spawn(self._open(None, "", parent, start_url))

    def sign_in_again(self, session_name: str, profile: str) -> asyncio.Task[Any]:
        """The browser step only, for a sign-in already set up whose time is over."""
        return self._spawn(self._open(session_name, profile, None))

    async def _open(
        self, session_name: str | None, profile: str, parent: QWidget | None, start_url: str | None = None
    ) -> None:
        if self.dialog is not None:  # one sign-in at a time: bring the open one forward
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._opening:
            return
        window = self.window
        sign_in = window.workspace.sso_sign_in(session_name)
        self._opening = True
        try:
            regions = [] if session_name else await sign_in.regions()
        finally:
            self._opening = False
        from pixdesk.ui.sso_sign_in_dialog import SsoSignInDialog

        dialog = SsoSignInDialog(
            sign_in,
            self._spawn,
            self.open_url,
            regions,
            window.settings.get("bedrock/region"),
            parent or window,
            renew_profile=profile,
        )
        settings = window.settings
        if not settings.locked(START_URL_SETTING) and start_url:
            dialog.start_url.setText(start_url)
        else:
            dialog.start_url.setText(settings.get(START_URL_SETTING))
            dialog.start_url.setReadOnly(settings.locked(START_URL_SETTING))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def _signed_in(self, profile: str) -> None:
        window = self.window
        dialog = self.dialog
        if dialog is not None and not dialog.sign_in.renewing:
            self._remember(START_URL_SETTING, dialog.start_url.text().strip())
        if not self._remember(PROFILE_FIELD, profile):
            window.banner.say(translated(window.settings.refusal(PROFILE_FIELD, profile)), seconds=None)
            window.check_credentials()
            return
        self._show_in_settings(PROFILE_FIELD, profile)
        if dialog is not None and not dialog.sign_in.renewing:
            self._show_in_settings(START_URL_SETTING, window.settings.get(START_URL_SETTING))
        window.banner.say(translate("sso_sign_in", "Signed in with your company's AWS access."))
        window.check_credentials()

    def _show_in_settings(self, key: str, value: str) -> None:
        """Settings, if open behind, shows `value` too: its Save must not put the old one back."""
        settings = self.window.settings_dialog
        if settings is None:
            return
        try:
            editor = settings.field(key)
            if isinstance(editor, QComboBox):
                if editor.findText(value) < 0:
                    editor.addItem(value)
                editor.setCurrentText(value)
            elif isinstance(editor, QLineEdit):
                editor.setText(value)
        except (KeyError, RuntimeError):  # not a field there; or Settings closed meanwhile (deleted on close)
            pass

    def _remember(self, key: str, value: str) -> bool:
        """Keep `value` in Settings; False when the organisation set that setting otherwise."""
        try:
            self.window.settings.set(key, value)
        except ValueError:
            return False
        return True
