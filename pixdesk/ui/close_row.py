"""The standard way a pixdesk dialog ends: its parts one above the other, then a row with Close
(Esc closes too). One place, so every dialog's last row looks and behaves the same."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget


def with_close_row(dialog: QDialog, *parts: QWidget | QLayout, grow: int = 0) -> QDialogButtonBox:
    """Lay `parts` out in `dialog`, part number `grow` taking the spare room, above a Close row;
    returns the row, for a dialog that adds its own buttons (Copy…) to it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for number, part in enumerate(parts):
        stretch = 1 if number == grow else 0
        if isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    layout.addWidget(buttons)
    return buttons
