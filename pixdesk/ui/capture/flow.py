"""Capture, start to finish: pixdesk steps aside (its window hidden, and gone from the screen
before anything is grabbed), every screen is frozen, one overlay per screen lets the person
choose, pixdesk comes back exactly as it was (place, size, maximised or not, the widget that had
the keyboard), and what was chosen goes into the tray as a pasted image does — its black boxes
burned in first, off the GUI thread, so no covered pixel reaches the tray."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from pixdesk.services.capture import MODES, burn_in, refused_capture_message, window_on_screen
from pixdesk.ui.capture.foreign_windows import WindowList, list_windows
from pixdesk.ui.capture.frozen import FrozenScreen, freeze_screens, refused
from pixdesk.ui.capture.overlay import CaptureOverlay
from pixdesk.ui.i18n import translate, translated

log = logging.getLogger(__name__)

UNMAP_TIMEOUT_S = 0.5  # a window manager that never says the window is gone: grab anyway
# Once pixdesk is off the screen, the programs it covered must repaint what it hid; without a
# compositor that is their work, not the X server's. Long enough for a busy 2-core laptop.
SETTLE_S = 0.05


@dataclass
class Captured:
    """What the person accepted: the rectangle's device pixels (RGBX8888, not yet redacted — it
    never leaves this module so) and the black boxes to burn in, relative to it."""

    pixels: bytes
    width: int
    height: int
    stride: int
    boxes: list[tuple[int, int, int, int]]


class CaptureSession(QObject):
    """One overlay per frozen screen; `result` resolves with what was accepted, or None."""

    def __init__(self, frozen: list[FrozenScreen], mode: str, windows: WindowList) -> None:
        super().__init__()
        self.result: asyncio.Future[Captured | None] = asyncio.get_running_loop().create_future()
        self.overlays: list[CaptureOverlay] = []
        note = translated(windows.refusal) if mode == "window" and windows.refusal else None
        for screen in frozen:
            origin = (screen.geometry.x(), screen.geometry.y())
            on_screen = [window_on_screen(w.rect, windows.units, origin, screen.ratio) for w in windows.windows]
            overlay = CaptureOverlay(screen, mode, on_screen, note)
            overlay.accepted.connect(lambda o=overlay: self._accepted(o))
            overlay.cancelled.connect(lambda: self._finish(None))
            overlay.activated.connect(lambda o=overlay: self._activated(o))
            self.overlays.append(overlay)

    def show(self) -> None:
        for overlay in self.overlays:
            overlay.show()
            overlay.raise_()
        first = self._under_pointer()
        if first is not None:
            first.activateWindow()
            first.setFocus()
            first.grabKeyboard()  # X11 gives a window past the window manager no keys otherwise

    def _under_pointer(self) -> CaptureOverlay | None:
        from PySide6.QtGui import QCursor

        where = QCursor.pos()
        return next(
            (o for o in self.overlays if o.geometry().contains(where)), self.overlays[0] if self.overlays else None
        )

    def _activated(self, chosen: CaptureOverlay) -> None:
        for overlay in self.overlays:
            if overlay is not chosen:
                overlay.drop_selection()

    def _accepted(self, overlay: CaptureOverlay) -> None:
        rect = overlay.selection.rect
        if rect is None:
            return
        image = overlay.frozen.crop(rect)
        captured = Captured(
            bytes(image.constBits()),
            image.width(),
            image.height(),
            image.bytesPerLine(),
            overlay.selection.boxes_in_capture(),
        )
        self._finish(captured)

    def _finish(self, captured: Captured | None) -> None:
        if not self.result.done():
            self.result.set_result(captured)
        self.close()

    def close(self) -> None:
        for overlay in self.overlays:
            overlay.releaseKeyboard()
            overlay.close()
        self.overlays.clear()


@dataclass
class _WindowState:
    visible: bool
    geometry: QRect  # (not saveGeometry: restoring it re-fits the window, which may move it)
    state: Qt.WindowState
    focus: QWidget | None


class CaptureFlow:
    """`start(mode)` from the toolbar, the File menu, Ctrl+Shift+S, the tray or a global shortcut."""

    def __init__(
        self,
        window: QMainWindow,
        deliver: Callable[[bytes, str], object],
        executor: Executor,
        say: Callable[[str], None],
    ) -> None:
        self.window, self._deliver, self._executor, self._say = window, deliver, executor, say
        self.session: CaptureSession | None = None  # while the overlays are up
        self.shown_at: float | None = None  # perf_counter when the overlays were shown (benchmark)

    @property
    def busy(self) -> bool:
        return self.session is not None

    async def capture(self, mode: str) -> bool:
        """True if something was captured and handed to the tray."""
        if mode not in MODES:
            raise ValueError(f"capture mode {mode!r}: one of {MODES}")
        if self.session is not None:
            return False  # a second shortcut while the overlay is up: that overlay is the answer
        loop = asyncio.get_running_loop()
        listing = loop.run_in_executor(self._executor, list_windows) if mode == "window" else None
        before = await self._step_aside()
        try:
            frozen = freeze_screens()
            if not frozen or refused(frozen):
                self._say(translated(refused_capture_message(sys.platform)))
                return False
            windows = await listing if listing is not None else WindowList()
            self.session = CaptureSession(frozen, mode, windows)
            self.session.show()
            self.shown_at = time.perf_counter()
            captured = await self.session.result
        finally:
            if self.session is not None:
                self.session.close()
            self.session = None
            self._come_back(before)
        if captured is None:
            return False
        png = await loop.run_in_executor(
            self._executor,
            burn_in,
            captured.pixels,
            captured.width,
            captured.height,
            captured.stride,
            captured.boxes,
        )
        self._deliver(png, translate("capture.flow", "screen capture"))  # the tray's name for it
        if not self.window.isVisible():  # captured from the system tray: the question is asked here
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
        return True

    def cancel(self) -> None:
        if self.session is not None:
            self.session._finish(None)

    async def _step_aside(self) -> _WindowState:
        window = self.window
        before = _WindowState(window.isVisible(), window.geometry(), window.windowState(), window.focusWidget())
        if not before.visible:
            return before
        window.hide()
        handle = window.windowHandle()
        deadline = time.monotonic() + UNMAP_TIMEOUT_S
        # Qt marks the window unexposed when the platform says it is off the screen (X11's
        # UnmapNotify); the grab must not catch it on its way out.
        while handle is not None and handle.isExposed() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        await asyncio.sleep(SETTLE_S)
        return before

    def _come_back(self, before: _WindowState) -> None:
        if not before.visible:
            return
        window = self.window
        window.setWindowState(before.state)
        window.show()
        if not before.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.setGeometry(before.geometry)  # a window manager may place a re-shown window anew
        window.raise_()
        window.activateWindow()
        if before.focus is not None and before.focus.isVisible():
            before.focus.setFocus(Qt.FocusReason.OtherFocusReason)
