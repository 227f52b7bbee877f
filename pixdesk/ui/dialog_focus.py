"""Open a dialog that is not modal to the window and, when it closes, put the keyboard focus back
where it was: the person who pressed a link or a key to see it carries on from the same place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog


def open_giving_focus_back(dialog: QDialog) -> None:
    """open() `dialog` (deleted on close); when it finishes, the focus returns to the widget that
    had it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    had_focus = QApplication.focusWidget()

    def give_focus_back() -> None:
        if had_focus is not None:
            try:
                had_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:  # it went away while the dialog was open
                pass

    dialog.finished.connect(give_focus_back)
    dialog.open()
