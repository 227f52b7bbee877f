"""What each row of the history list holds besides its plain text (what a screen reader says):
for the panel that fills the list and the delegate that draws it (pixdesk.ui.history_delegate,
which the panel loads with the list's first rows, after the first frame)."""

from __future__ import annotations

from PySide6.QtCore import Qt

CONVERSATION_ROLE = Qt.ItemDataRole.UserRole  # the conversation's id (None on a heading)
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a group heading
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 3  # "14 Mar 2025, 09:05 · 2 questions"
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4  # rich text: the matched words in <b>
