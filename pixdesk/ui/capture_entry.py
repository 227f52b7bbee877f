"""Capture's place in the window: the File menu's three entries (a region, a window, the whole
screen) and the one way in that the toolbar, Ctrl+Shift+S, the tray icon and the global shortcut
all share. The capture itself (ui/capture/: the overlay, the screen grabs, the window lists) is
imported on the first capture, not by the window's start."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from pixdesk.settings import WINDOW_CAPTURE_SHORTCUT
from pixdesk.ui.i18n import translate
from pixdesk.ui.menu_actions import add_action

if TYPE_CHECKING:
    import asyncio

    from pixdesk.ui.capture import CaptureFlow
    from pixdesk.ui.main_window import MainWindow


class CaptureEntry(QObject):
    def __init__(self, window: MainWindow, spawn: Callable[[Coroutine[Any, Any, bool]], asyncio.Task[bool]]) -> None:
        super().__init__(window)
        self.window, self._spawn = window, spawn
        self._flow: CaptureFlow | None = None

    def add_actions(self, menu: QMenu) -> tuple[QAction, QAction, QAction]:
        """File ▸ Capture region (with the window's shortcut), Capture window, Capture the whole
        screen. They go through MainWindow.start_capture, like the tray and the global shortcut."""
        window = self.window
        entries = []
        for text, shortcut, mode in (
            (translate("capture_entry", "&Capture region"), WINDOW_CAPTURE_SHORTCUT, "region"),
            (translate("capture_entry", "Capture win&dow"), None, "window"),
            (translate("capture_entry", "Capture the whole &screen"), None, "screen"),
        ):
            entries.append(add_action(window, menu, text, shortcut, self._starter(mode)))
        entries[0].setToolTip(
            translate("capture_entry", "Capture part of the screen and ask about it ({shortcut})").format(
                shortcut=WINDOW_CAPTURE_SHORTCUT
            )
        )
        return entries[0], entries[1], entries[2]

    def _starter(self, mode: str) -> Callable[[], object]:
        # (no `mode=mode` default: a triggered action would pass its `checked` in its place)
        return lambda: self.window.start_capture(mode)

    @property
    def flow(self) -> CaptureFlow:
        """Screen captures land in the tray as a pasted image does. Built on the first capture."""
        if self._flow is None:
            from pixdesk.ui.capture import CaptureFlow

            window = self.window
            self._flow = CaptureFlow(
                window,
                window.tray.add_bytes,
                window.workspace.executor,
                lambda text: window.banner.say(text, seconds=None),
            )
        return self._flow

    def start(self, mode: str = "region") -> asyncio.Task[bool]:
        """Capture a "region", a "window" or the whole "screen" into the tray."""
        return self._spawn(self.flow.capture(mode))
