"""One way to add a menu entry: its words, its shortcut, what it does. The window and the
controllers that bring their own entries (capture, review) all add them so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def add_action(
    owner: QWidget, menu: QMenu, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], object]
) -> QAction:
    """An entry in `menu`, owned by `owner` (the window: its shortcuts work wherever it has focus)."""
    item = QAction(text, owner)
    if shortcut is not None:
        item.setShortcut(QKeySequence(shortcut))
    item.triggered.connect(slot)
    menu.addAction(item)
    return item
