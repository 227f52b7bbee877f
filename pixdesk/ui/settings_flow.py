"""Settings from the window: open the dialog (with the focus in a chosen field), test the
connection with what is on screen, and apply what was saved to the toolbar and the sign-in."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from pixdesk.settings import KEEP_DAYS
from pixdesk.ui.i18n import translate, translated
from pixdesk.ui.retention import delete_old_conversations, is_shorter

if TYPE_CHECKING:
    import asyncio

    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.settings_dialog import SettingsDialog  # (built when Settings is first opened)


class SettingsFlow:
    def __init__(self, window: MainWindow, spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]]) -> None:
        self.window = window
        self._spawn = spawn
        self.dialog: SettingsDialog | None = None  # the one open now (tests and the window read it)

    async def open(self, field: str | None = None) -> None:
        """Settings, with the keyboard focus in `field` (a setting key or "api_key"; by default
        the first field of the first section)."""
        window = self.window
        workspace = window.workspace
        profiles = await workspace.available_profiles()
        proxy_password = await workspace.run_blocking(window.choices.proxy_password)  # (a keychain read)
        from pixdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            window.settings,
            profiles,
            window.choices.api_key(),
            window.choices.keychain_available(),
            window,
            keeps_history=workspace.keeps_history,
            shortcut_check=window.desktop.shortcut.check,
            tray_note=window.desktop.tray_note,
            proxy_password=proxy_password,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.test_requested.connect(lambda: self._spawn(self._test_connection(dialog)))
        dialog.sso_requested.connect(lambda: window.sso.sign_in(dialog, dialog.values().get("aws/sso_start_url")))
        self.dialog = dialog
        closed: list[bool] = []
        dialog.finished.connect(lambda _result: closed.append(True))  # (then deleted: touch it no more)

        def show_network() -> None:
            self._spawn(self._show_network(dialog, closed))

        dialog.network.choice_changed.connect(show_network)
        dialog.open()
        show_network()
        if field:
            dialog.focus_field(field)

    def _apply(self, dialog: SettingsDialog) -> None:
        window = self.window
        kept_in_tray = window.settings.get("desktop/keep_in_tray")
        kept_days = window.settings.get(KEEP_DAYS)
        dialog.save()
        if is_shorter(kept_days, window.settings.get(KEEP_DAYS)):  # history retention: what is now too old goes
            self._spawn(delete_old_conversations(window, tell=True))
        if window.settings.get("desktop/keep_in_tray") != kept_in_tray:
            window.settings.set("desktop/tray_asked", True)  # chosen here: closing need not ask
        window.desktop.apply_settings()  # the global shortcut and the clipboard watch, as saved
        if not window.choices.change_api_key(dialog.api_key.text()):
            window.banner.say(
                translate(
                    "settings_flow", "No keychain on this computer: the API key is kept only until pixdesk quits."
                )
            )
        password = dialog.network.password_text()
        if not window.choices.change_proxy_password(password) and password:
            window.banner.say(
                translate(
                    "settings_flow",
                    "No keychain on this computer: the proxy password is kept only until pixdesk quits.",
                )
            )
        window.region.set_region(window.settings.get("bedrock/region"))
        window.tier.set_tier(window.settings.get("bedrock/tier"))
        window.check_credentials()

    async def _test_connection(self, dialog: SettingsDialog) -> None:
        dialog.test_button.setEnabled(False)
        asking = translate("settings_flow", "Asking Pixtral Large…")
        dialog.test_result.setText(asking)
        dialog.test_result.setAccessibleName(asking)
        values = dialog.values()
        result = await self.window.workspace.test_connection(
            values["bedrock/region"],
            values["aws/profile"],
            dialog.api_key.text().strip(),
            values["bedrock/tier"],
            proxy=dialog.network.choice(),
        )
        dialog.show_test_result(translated(result.message), result.ok)

    async def _show_network(self, dialog: SettingsDialog, closed: list[bool]) -> None:
        """Under the proxy choices: which proxy and certificates the choice on screen means."""
        in_use = await self.window.workspace.network_in_use(dialog.network.choice())
        if not closed:
            dialog.network.show_in_use(translated(in_use.sentence()))
