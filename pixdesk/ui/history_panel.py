"""The history sidebar: conversations newest first, search over everything said, rename, delete
(after confirming), new chat. It only shows and asks; the window does the work."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixdesk.services.history import ConversationSummary

SEARCH_DELAY_MS = 250  # search once typing pauses, not on every key


def _local_time(iso_utc: str) -> str:
    try:
        moment = datetime.datetime.fromisoformat(iso_utc).astimezone()
    except ValueError:
        return iso_utc
    today = datetime.date.today()
    return moment.strftime("%H:%M" if moment.date() == today else "%d %b %Y, %H:%M")


class HistoryPanel(QWidget):
    open_requested = Signal(int)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    new_requested = Signal()
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("History")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search all conversations")
        self.search.setAccessibleName("Search history")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Conversations")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        new = QPushButton("New chat", self)
        new.clicked.connect(self.new_requested)
        self.rename_button = QPushButton("Rename…", self)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button = QPushButton("Delete…", self)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (new, self.rename_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _text: self._typing.start())

    def show_conversations(
        self, conversations: list[ConversationSummary], current: int | None, snippets: dict[int, str] | None = None
    ) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for conversation in conversations:
            when = _local_time(conversation.updated_at)
            text = f"{conversation.title}\n{when} · {conversation.message_count // 2 or 1} question" + (
                "s" if conversation.message_count > 3 else ""
            )
            if snippets and conversation.id in snippets:
                text += f"\n…{snippets[conversation.id]}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            item.setToolTip(conversation.title)
            if conversation.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _rename(self) -> None:
        conversation = self._selected()
        if conversation is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Rename conversation")
        dialog.setLabelText("New name:")
        dialog.setTextValue(self.list.currentItem().toolTip())
        dialog.textValueSelected.connect(lambda title: self.rename_requested.emit(conversation, title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rename_dialog = dialog
        dialog.open()

    def _delete(self) -> None:
        conversation = self._selected()
        if conversation is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete conversation?",
            f"Delete “{self.list.currentItem().toolTip()}” and its images? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.delete_requested.emit(conversation))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.delete_box = box
        box.open()
