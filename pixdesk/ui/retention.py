"""History retention in the window: the "Keep conversations for" choice in Settings ▸ Privacy, and
deleting old conversations off the GUI thread — when the window starts, and at once when a shorter
time is saved. The deleting itself is the workspace's (Workspace.delete_old_conversations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from pixdesk.ui.i18n import translate

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow

FOREVER = 0
CHOICES = (FOREVER, 365, 90, 30, 7)  # days, longest first: the usual steps of a retention policy


def period_title(days: int) -> str:
    """How a retention period reads: "Forever", "1 year", "90 days"."""
    if days == FOREVER:
        return translate("retention", "Forever")
    if days == 365:
        return translate("retention", "1 year")
    return translate("retention", "%n day(s)", None, days)


def keep_days_box(days: int, parent: QWidget | None = None) -> QComboBox:
    """The choices a person understands, each holding its number of days (read with currentData).
    A number set otherwise (by IT's policy: any whole number of days) is shown as it is."""
    box = QComboBox(parent)
    for choice in (FOREVER, *sorted({*CHOICES, days} - {FOREVER}, reverse=True)):  # Forever, then longest first
        box.addItem(period_title(choice), choice)
    box.setCurrentIndex(box.findData(days))
    return box


def is_shorter(before: int, after: int) -> bool:
    """Does `after` keep less than `before` (so that some conversations may have to go now)?"""
    return after != FOREVER and (before == FOREVER or after < before)


async def delete_old_conversations(window: MainWindow, tell: bool = False) -> int:
    """Delete what the retention period no longer keeps (on the history's thread) and list the
    conversations again if any went. `tell`: after the person shortened the period themselves,
    say calmly how many went; at start-up it is quiet (the log has a line)."""
    workspace = window.workspace
    if not workspace.keeps_history:
        return 0
    deleted = await workspace.delete_old_conversations()
    if deleted:
        await window.history_list.refresh()
        if tell:
            window.banner.say(
                translate("retention", "%n older conversation(s) deleted, as Settings ▸ Privacy asks.", None, deleted)
            )
    return deleted
