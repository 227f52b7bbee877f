"""Every screen frozen as it is now, at native resolution: one QScreen.grabWindow(0) per screen,
whose pixmap holds the screen's device pixels (a 2× screen gives twice the logical size) and
knows its device pixel ratio — so each screen keeps its own scale when several differ."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap, QScreen

from pixdesk.services.capture import Rect, looks_refused

_SAMPLE_SIDE = 64  # a refused grab is checked on a thumbnail: flat is flat at any size


@dataclass
class FrozenScreen:
    screen: QScreen
    pixmap: QPixmap  # device pixels, devicePixelRatio set
    geometry: QRect  # the screen in global logical coordinates (its origin is native too)

    @property
    def ratio(self) -> float:
        return self.pixmap.devicePixelRatio()

    @property
    def bounds(self) -> Rect:
        """The screen in its own device pixels."""
        return Rect(0, 0, self.pixmap.width(), self.pixmap.height())

    def crop(self, rect: Rect) -> QImage:
        """The device pixels of `rect`, 8 bits a channel (what pixdesk.services.capture.burn_in
        reads)."""
        part = self.pixmap.copy(QRect(rect.x, rect.y, rect.width, rect.height)).toImage()
        part.setDevicePixelRatio(1.0)
        return part.convertToFormat(QImage.Format.Format_RGBX8888)

    def looks_refused(self) -> bool:
        small = self.pixmap.scaled(
            _SAMPLE_SIDE, _SAMPLE_SIDE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
        )
        thumbnail = small.toImage().convertToFormat(QImage.Format.Format_RGBX8888)
        return looks_refused(bytes(thumbnail.constBits()), 4)


def freeze_screens() -> list[FrozenScreen]:
    """Grab every screen. On the GUI thread (QScreen.grabWindow must be); a few milliseconds a
    screen — the slow parts (cropping, redacting, encoding) happen after, elsewhere."""
    frozen = []
    for screen in QGuiApplication.screens():
        pixmap = screen.grabWindow(0)
        if not pixmap.isNull():
            frozen.append(FrozenScreen(screen, pixmap, screen.geometry()))
    return frozen


def refused(frozen: list[FrozenScreen], platform: str = sys.platform) -> bool:
    """Did the platform refuse to show us the screens? Only macOS hands back a flat picture for a
    refusal (no screen-recording permission); elsewhere a flat screen is just a flat screen."""
    return platform == "darwin" and bool(frozen) and all(screen.looks_refused() for screen in frozen)
