"""New versions of pixdesk, in the window: Help ▸ Check for updates…, the once-a-day check for
those who asked for it (Settings ▸ Privacy, or the first-run panel), and a calm notice when there
is one — "pixdesk 1.4 is available" with a What's new button — never a modal interruption.

The automatic check waits until the window is shown and any answer being written has ended; its
notice waits too, should an answer have started meanwhile. Nothing is ever downloaded."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction

from pixdesk import __version__
from pixdesk.ui.i18n import translate, translated

if TYPE_CHECKING:
    import asyncio

    from pixdesk.services.updates import Release, UpdateCheck
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.update_dialog import UpdateDialog
    from pixdesk.ui.welcome import WelcomePanel

log = logging.getLogger(__name__)

CHECK_SETTING = "updates/check"
LAST_CHECKED_SETTING = "updates/last_checked"


class UpdateNotice(QObject):
    def __init__(
        self,
        window: MainWindow,
        spawn: Callable[[Coroutine[Any, Any, None]], asyncio.Task[None]],
        open_url: Callable[[QUrl], object],
    ) -> None:
        super().__init__(window)
        self.window, self._spawn, self._open_url = window, spawn, open_url
        self.state = "idle"  # idle · waiting for the answer · checking · done (tests and the log read it)
        self.last: UpdateCheck | None = None  # the latest check's answer
        self.dialog: UpdateDialog | None = None
        self.action = QAction(translate("update_notice", "Check for &updates…"), window)
        self.action.setToolTip(
            translate("update_notice", "Ask pixdesk's release page whether there is a newer version")
        )
        self.action.triggered.connect(lambda _checked=False: self.check_now())
        help_menu = window.help
        help_menu.menu.insertAction(help_menu.about_action, self.action)

    # --- the once-a-day check ---------------------------------------------------------------------

    def start(self) -> asyncio.Task[None]:
        """After the window is shown: look, if the person asked for it and a day has passed."""
        return self._spawn(self.check_automatically())

    async def check_automatically(self) -> None:
        from pixdesk.services.updates import Outcome, due  # (here: the window's start does not wait for it)

        settings = self.window.settings
        if not settings.get(CHECK_SETTING) or not due(settings.get(LAST_CHECKED_SETTING)):
            return
        await self._answer_ended()
        result = await self._check()
        if result.outcome is not Outcome.NEWER or result.release is None:
            return  # (the latest version, or no answer: nothing to say unasked)
        await self._answer_ended()  # an answer started while looking: the notice waits for its end
        release = result.release
        self.window.banner.say(
            translate("update_notice", "pixdesk {version} is available.").format(version=release.version),
            seconds=None,
            action=(translate("update_notice", "What's new"), lambda: self.show_release(release)),
        )

    async def _answer_ended(self) -> None:
        session = self.window.session
        while session.busy:
            self.state = "waiting for the answer"
            await session.wait()

    # --- Help ▸ Check for updates… ----------------------------------------------------------------

    def check_now(self) -> asyncio.Task[None]:
        return self._spawn(self._check_now())

    async def _check_now(self) -> None:
        from pixdesk.services.updates import Outcome

        banner = self.window.banner
        banner.say(translate("update_notice", "Looking for a new version of pixdesk…"), seconds=None)
        result = await self._check()
        if result.outcome is Outcome.NEWER and result.release is not None:
            banner.hide()
            self.show_release(result.release)
        else:
            banner.say(translated(result.message), seconds=15)

    # --- both ---------------------------------------------------------------------------------------

    async def _check(self) -> UpdateCheck:
        from pixdesk.services.updates import check_for_update, stamp

        self.state = "checking"
        choices = self.window.choices  # the proxy chosen for Bedrock (its password read off this thread)
        result = await self.window.workspace.run_blocking(lambda: check_for_update(proxy=choices.proxy()))
        if result.reached_feed:  # at most once a day; an unreachable feed is tried at the next start
            self.window.settings.set(LAST_CHECKED_SETTING, stamp())
        log.info("update check: %s%s", result.outcome.value, f" ({result.detail})" if result.detail else "")
        self.last, self.state = result, "done"
        return result

    def show_release(self, release: Release) -> None:
        """The release notes, with Open download page and Later (never modal)."""
        from pixdesk.ui.update_dialog import UpdateDialog

        if self.dialog is not None:  # (already open: one is enough)
            self.dialog.raise_()
            return
        dialog = UpdateDialog(release, __version__, self._open_url, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()  # not even window-modal: the conversation stays usable beside it

    # --- the first-run panel ------------------------------------------------------------------------

    def offer_in(self, panel: WelcomePanel) -> None:
        """The first-run panel's "Tell me when a new version…" box, saved as soon as it is ticked."""
        from pixdesk.managed import SET_BY_ORGANISATION

        settings, box = self.window.settings, panel.updates_box
        box.setChecked(bool(settings.get(CHECK_SETTING)))
        if settings.locked(CHECK_SETTING):  # IT decided, for everyone on this computer
            box.setEnabled(False)
            box.setToolTip(translated(SET_BY_ORGANISATION))
            return
        box.toggled.connect(lambda checked: settings.set(CHECK_SETTING, checked))
