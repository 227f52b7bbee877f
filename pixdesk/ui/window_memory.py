"""Where the window opens and how big it is: the first time, at most 90 % of the screen it opens
on; after that, where the person left it (size, position, sidebar width and whether the sidebar
was shown) — always brought back inside a screen that exists now, however the screens changed.

The preferences are a plain mapping (QSettings through QSettingsStore in the app, a dict in
tests). QSettings hands back strings for what it stored, so every value is parsed with care and
a value that does not parse is ignored, never fatal."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1180, 760)  # a comfortable chat on a large screen
SHARE = 0.9  # of the available screen, at most, for a window opened the first time
MINIMUM = QSize(640, 480)  # the window still works down to 800×560; below that it may scroll
NARROW = 700  # narrower than this, the conversations sidebar steps aside by itself

GEOMETRY_KEY = "window/geometry"
MAXIMIZED_KEY = "window/maximized"
SIDEBAR_WIDTH_KEY = "window/sidebar_width"
SIDEBAR_HIDDEN_KEY = "window/sidebar_hidden"


def screen_areas(window: QWidget) -> list[QRect]:
    """The available area (without panels and docks) of every screen, the window's own first."""
    own = window.screen()
    screens = [own, *(s for s in QGuiApplication.screens() if s is not own)]
    return [screen.availableGeometry() for screen in screens if screen is not None]


def fit_dialog(dialog: QWidget, preferred: QSize, parent: QWidget | None = None) -> None:
    """Size `dialog` to `preferred`, shrunk to SHARE of the screen it opens on (its parent's):
    a 1366×768 laptop at 150 % has room for 911×512, less than a roomy dialog asks for."""
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    width, height = int(screen.width() * SHARE), int(screen.height() * SHARE)
    dialog.resize(min(preferred.width(), width), min(preferred.height(), height))


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size, shrunk to SHARE of the available area, centred in it."""
    width = min(preferred.width(), int(available.width() * SHARE))
    height = min(preferred.height(), int(available.height() * SHARE))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def _overlap(a: QRect, b: QRect) -> int:
    common = a.intersected(b)
    return common.width() * common.height() if common.isValid() else 0


def clamp_into(saved: QRect, areas: Sequence[QRect]) -> QRect:
    """`saved` moved (and shrunk if needed) into the screen it overlaps most; if it overlaps
    none (its screen was unplugged), into the first one, keeping its size if that fits."""
    target = max(areas, key=lambda area: _overlap(area, saved))
    if _overlap(target, saved) == 0:
        target = areas[0]
    size = saved.size().boundedTo(target.size())
    x = min(max(saved.x(), target.left()), target.left() + target.width() - size.width())
    y = min(max(saved.y(), target.top()), target.top() + target.height() - size.height())
    return QRect(x, y, size.width(), size.height())


def _rect(value: Any) -> QRect | None:
    try:
        x, y, width, height = (int(part) for part in str(value).split())
    except (TypeError, ValueError):
        return None
    return QRect(x, y, width, height) if width > 0 and height > 0 else None


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes")


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


class WindowMemory:
    """Reads and writes the window's place in `prefs`."""

    def __init__(self, prefs: MutableMapping[str, Any]) -> None:
        self.prefs = prefs

    def placement(self, areas: Sequence[QRect]) -> tuple[QRect, bool]:
        """Where the window should open (its frame, inside a screen) and whether maximised."""
        saved = _rect(self.prefs.get(GEOMETRY_KEY))
        maximized = _flag(self.prefs.get(MAXIMIZED_KEY, "false"))
        if saved is None:
            return first_geometry(areas[0]), maximized
        return clamp_into(saved, areas), maximized

    def save_placement(self, frame: QRect, maximized: bool) -> None:
        # Spaces, not commas: QSettings reads a comma-separated value back as a list.
        self.prefs[GEOMETRY_KEY] = f"{frame.x()} {frame.y()} {frame.width()} {frame.height()}"
        self.prefs[MAXIMIZED_KEY] = "true" if maximized else "false"

    @property
    def sidebar_width(self) -> int | None:
        width = _int(self.prefs.get(SIDEBAR_WIDTH_KEY, ""))
        return width if width is not None and width > 0 else None

    @sidebar_width.setter
    def sidebar_width(self, width: int) -> None:
        self.prefs[SIDEBAR_WIDTH_KEY] = str(width)

    @property
    def sidebar_hidden(self) -> bool:
        return _flag(self.prefs.get(SIDEBAR_HIDDEN_KEY, "false"))

    @sidebar_hidden.setter
    def sidebar_hidden(self, hidden: bool) -> None:
        self.prefs[SIDEBAR_HIDDEN_KEY] = "true" if hidden else "false"
