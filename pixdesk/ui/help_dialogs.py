"""The Help menu's two windows: About pixdesk (what it is, the exact model and where things are
kept) and the keyboard shortcuts sheet. Both are plain, non-modal, and closed with Esc."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pixdesk.ui.close_row import with_close_row
from pixdesk.ui.i18n import translate
from pixdesk.ui.window_memory import fit_dialog


class AboutDialog(QDialog):
    """`facts`: (label, value) rows, shown as they are given, the values selectable for copying."""

    def __init__(self, heading: str, summary: str, facts: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help_dialogs", "About pixdesk"))
        rows = "".join(
            f"<tr><td style='padding: 2px 12px 2px 0'>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
            for label, value in facts
        )
        self.label = QLabel(f"<h3>{html.escape(heading)}</h3><p>{html.escape(summary)}</p><table>{rows}</table>", self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName(translate("help_dialogs", "About pixdesk"))
        self.label.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in facts))
        self.facts = list(facts)
        with_close_row(self, self.label)
        self.setMinimumWidth(520)


class ShortcutsDialog(QDialog):
    """`rows`: (what it does, keys), in the order given."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help_dialogs", "Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, self)
        table.setAccessibleName(translate("help_dialogs", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([translate("help_dialogs", "Action"), translate("help_dialogs", "Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table for Close
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        self.rows = list(rows)
        with_close_row(self, table)
        fit_dialog(self, QSize(520, 480), parent)
