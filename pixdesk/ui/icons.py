"""The window's line icons, tinted with the palette's text colour so they read on light and dark
themes alike.

The masks are PNGs made from resources/icons/*.svg by resources/icons/make_icons.py (the Linux
bundle has no QtSvg). Each mask is black on transparent; here its alpha is filled with the
colour of the palette's ButtonText (or WindowText), at 1×, 2× and 3× so HiDPI screens get sharp
strokes. The tinted icons are cached per colour: a palette change gives new icons, the same
palette reuses them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap

from pixdesk.ui.readable import GRAPHIC_CONTRAST, contrast

ICON_DIR = Path(__file__).resolve().parent / "icons"
NAMES = ("attach", "capture", "help", "image", "new-chat", "send", "settings", "sidebar", "stop")
_SCALES = {1: "", 2: "@2x", 3: "@3x"}

_masks: dict[tuple[str, int], QImage] = {}
_icons: dict[tuple[str, int, int], QIcon] = {}


def ink(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QColor:
    """The colour icons are drawn in: the palette's text colour, unless a theme made it too faint
    against the background it sits on — then black or white, whichever reads better."""
    background = palette.color(
        QPalette.ColorRole.Button if role == QPalette.ColorRole.ButtonText else QPalette.ColorRole.Window
    )
    colour = palette.color(role)
    if contrast(colour, background) >= GRAPHIC_CONTRAST:
        return colour
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if contrast(black, background) >= contrast(white, background) else white


def _mask(name: str, scale: int) -> QImage:
    key = (name, scale)
    if key not in _masks:
        path = ICON_DIR / f"{name}{_SCALES[scale]}.png"
        image = QImage(str(path))
        if image.isNull():
            raise FileNotFoundError(f"{path}: run resources/icons/make_icons.py")
        _masks[key] = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return _masks[key]


def _tinted(mask: QImage, colour: QColor, scale: int) -> QPixmap:
    image = QImage(mask)  # a copy: the cached mask stays black
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)  # keep the mask's alpha
    painter.fillRect(image.rect(), colour)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def icon(name: str, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    """`name`'s icon in `palette`'s colours (normal and disabled)."""
    normal = ink(palette, role)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    key = (name, normal.rgba(), disabled.rgba())
    if key not in _icons:
        result = QIcon()
        for scale in _SCALES:
            mask = _mask(name, scale)
            result.addPixmap(_tinted(mask, normal, scale), QIcon.Mode.Normal)
            result.addPixmap(_tinted(mask, disabled, scale), QIcon.Mode.Disabled)
        _icons[key] = result
    return _icons[key]
