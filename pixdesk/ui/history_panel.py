"""The history sidebar: conversations newest first, grouped by when they were last used (Today,
Yesterday, Previous 7 days, Previous 30 days, then month by month), search over everything said,
and on each conversation a menu — Rename…, Export…, Delete… — from a right-click, the Menu key or
Shift+F10; F2 renames and Delete deletes (after confirming). It only shows and asks; the window
does the work."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixdesk.ui.flat_scroll_bar import use_flat_scroll_bars
from pixdesk.ui.history_dates import date_and_time, group_of, local_moment
from pixdesk.ui.history_roles import CONVERSATION_ROLE, DETAILS_ROLE, HEADING_ROLE, SNIPPET_ROLE, TITLE_ROLE
from pixdesk.ui.i18n import translate

if TYPE_CHECKING:  # (the history is opened just after the first frame)
    from pixdesk.services.history import ConversationSummary, Snippet

SEARCH_DELAY_MS = 250  # search once typing pauses, not on every key
RENAME_MIN_WIDTH = 460  # px: room for the dialog's title and a long conversation name
RENAME_MAX_WIDTH = 720  # px: beyond this the field scrolls (the window works down to 800 px wide)


class ConversationList(QListWidget):
    """The list, with the keyboard's way to each action on the current conversation."""

    menu_requested = Signal(QListWidgetItem, QPoint)  # the item, where to show its menu (global)
    rename_key = Signal()
    delete_key = Signal()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.itemAt(event.pos())
            if item is not None and item.data(CONVERSATION_ROLE) is not None:
                self.setCurrentItem(item)
                self.menu_requested.emit(item, event.globalPos())
            return
        self._menu_for_current()  # the Menu key: under the current conversation

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self._menu_for_current()
        elif key == Qt.Key.Key_F2 and not modifiers:
            self.rename_key.emit()
        elif key == Qt.Key.Key_Delete and not modifiers:
            self.delete_key.emit()
        elif key == Qt.Key.Key_Menu:
            self._menu_for_current()
        else:
            super().keyPressEvent(event)

    def _menu_for_current(self) -> None:
        item = self.currentItem()
        if item is not None and item.data(CONVERSATION_ROLE) is not None:
            self.scrollToItem(item)
            self.menu_requested.emit(item, self.viewport().mapToGlobal(self.visualItemRect(item).bottomLeft()))


class HistoryPanel(QWidget):
    open_requested = Signal(int)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    export_requested = Signal(int, str)  # conversation id, its title (to name the file)
    new_requested = Signal()
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("history_panel", "History"))
        self._listed_current: int | None = None  # the open conversation when the list was last drawn
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("history_panel", "Search all conversations"))
        self.search.setAccessibleName(translate("history_panel", "Search history"))
        self.search.setClearButtonEnabled(True)
        self.list = ConversationList(self)
        self.list.setAccessibleName(translate("history_panel", "Conversations"))
        self.list.setAccessibleDescription(
            translate("history_panel", "Menu key or Shift+F10: rename, export or delete. F2 renames.")
        )
        self._delegate_set = False  # (the rows' delegate comes with the first rows: an empty list draws none)
        use_flat_scroll_bars(self.list, horizontal=False)  # as the conversation's
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-measured (snippets re-wrapped) on resize
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.list.menu_requested.connect(self._show_menu)
        self.list.rename_key.connect(self.rename_selected)
        self.list.delete_key.connect(self.delete_selected)
        self.list.currentItemChanged.connect(self._skip_heading)
        new = QPushButton(translate("history_panel", "New chat"), self)
        new.setAccessibleName(translate("history_panel", "New chat"))
        new.clicked.connect(self.new_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.menu = self._build_menu()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _text: self._typing.start())

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(translate("history_panel", "Conversation actions"))
        self.rename_action = QAction(translate("history_panel", "&Rename…"), menu)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown in the menu; the list takes the key
        self.rename_action.triggered.connect(self.rename_selected)
        self.export_action = QAction(translate("history_panel", "&Export…"), menu)
        self.export_action.triggered.connect(self.export_selected)
        self.delete_action = QAction(translate("history_panel", "&Delete…"), menu)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.rename_action, self.export_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # never fires from elsewhere
            action.setProperty("where", translate("history_panel", "history list"))  # for Help ▸ Keyboard shortcuts
            menu.addAction(action)
        menu.insertSeparator(self.delete_action)
        return menu

    # --- the list -------------------------------------------------------------------------------

    def show_conversations(
        self,
        conversations: list[ConversationSummary],
        current: int | None,
        snippets: dict[int, Snippet] | None = None,
    ) -> None:
        """List `conversations` (newest first) under their groups. The open conversation
        (`current`) is selected when it changed since the last listing (a new chat, another one
        opened); otherwise the row selected before stays selected (and the list where it was
        scrolled) if it is still listed — a refresh does not undo where the keyboard went."""
        from pixdesk.ui.history_delegate import HistoryDelegate, snippet_html

        if not self._delegate_set:  # the first rows, just after the first frame: how they are drawn
            self.list.setItemDelegate(HistoryDelegate(self.list))
            self._delegate_set = True
        selected = self.selected()
        scrolled = self.list.verticalScrollBar().value()
        listed = {c.id for c in conversations}
        opened_another = current != self._listed_current
        self._listed_current = current
        keep = current if (opened_another and current in listed) or selected not in listed else selected
        today = datetime.date.today()
        self.list.blockSignals(True)
        self.list.clear()
        group = None
        for conversation in conversations:
            moment = local_moment(conversation.updated_at)
            if group_of(moment, today) != group:
                group = group_of(moment, today)
                self._add_heading(group)
            # (a whole-document question is one question, however many requests it took)
            questions = max(1, conversation.question_count or conversation.message_count // 2)
            details = translate("history_panel", "{date} · %n question(s)", None, questions).format(
                date=date_and_time(moment, conversation.updated_at)
            )
            snippet = snippets.get(conversation.id) if snippets else None
            lines = [conversation.title, details] + ([snippet.text] if snippet else [])
            item = QListWidgetItem("\n".join(lines), self.list)  # the plain text: what a screen reader says
            item.setData(CONVERSATION_ROLE, conversation.id)
            item.setData(TITLE_ROLE, conversation.title)
            item.setData(DETAILS_ROLE, details)
            if snippet:
                item.setData(SNIPPET_ROLE, snippet_html(snippet))
            item.setToolTip(conversation.title)
            if conversation.id == keep:
                self.list.setCurrentItem(item)
        self.list.verticalScrollBar().setValue(scrolled)
        self.list.blockSignals(False)

    def _add_heading(self, text: str) -> None:
        heading = QListWidgetItem(text, self.list)
        heading.setData(HEADING_ROLE, True)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable, not a conversation
        heading.setData(Qt.ItemDataRole.AccessibleDescriptionRole, translate("history_panel", "Group"))

    def conversation_items(self) -> list[QListWidgetItem]:
        """The rows that are conversations (not group headings), top to bottom."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in items if item.data(CONVERSATION_ROLE) is not None]

    def headings(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.text() for item in items if item.data(HEADING_ROLE)]

    def selected(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(CONVERSATION_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _selected_title(self) -> str:
        item = self.list.currentItem()
        return str(item.data(TITLE_ROLE)) if item is not None else ""

    def _skip_heading(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        """The keyboard moves over a heading onto the next conversation in the same direction."""
        if item is None or item.data(CONVERSATION_ROLE) is not None:
            return
        row = self.list.row(item)
        step = -1 if previous is not None and self.list.row(previous) > row else 1
        neighbours = (self.list.item(candidate) for candidate in (row + step, row - step))
        target = next((n for n in neighbours if n is not None and n.data(CONVERSATION_ROLE) is not None), None)
        if target is not None:
            self.list.setCurrentItem(target)  # (selects it before the view selects the heading's row)

    def _open(self, item: QListWidgetItem) -> None:
        conversation = item.data(CONVERSATION_ROLE)
        if conversation is not None:
            self.open_requested.emit(int(conversation))

    def _show_menu(self, _item: QListWidgetItem, where: QPoint) -> None:
        self.menu.popup(where)  # not exec(): a nested loop would break qasync

    # --- actions on the selected conversation ----------------------------------------------------

    def rename_selected(self) -> None:
        conversation = self.selected()
        if conversation is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("history_panel", "Rename conversation"))
        dialog.setLabelText(translate("history_panel", "Name:"))
        dialog.setTextValue(self._selected_title())
        # The dialog sizes itself to its layout (a minimum width of its own is overridden): the
        # field sets the width, room for the whole name and for the title bar's "Rename conversation".
        field = dialog.findChild(QLineEdit)
        if field is not None:
            wanted = field.fontMetrics().horizontalAdvance(dialog.textValue()) + 24
            field.setMinimumWidth(min(RENAME_MAX_WIDTH, max(RENAME_MIN_WIDTH, wanted)))
        dialog.setOkButtonText(translate("history_panel", "Rename"))
        dialog.textValueSelected.connect(lambda title: self.rename_requested.emit(conversation, title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rename_dialog = dialog
        dialog.open()

    def export_selected(self) -> None:
        conversation = self.selected()
        if conversation is not None:
            self.export_requested.emit(conversation, self._selected_title())

    def delete_selected(self) -> None:
        conversation = self.selected()
        if conversation is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("history_panel", "Delete conversation?"),
            translate("history_panel", "Delete “{title}” and its images? This cannot be undone.").format(
                title=self._selected_title()
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(
            translate("history_panel", "Delete conversation"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setAccessibleName(translate("history_panel", "Delete conversation"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter does not delete by accident
        box.setEscapeButton(cancel)
        delete.clicked.connect(lambda: self.delete_requested.emit(conversation))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.delete_box = box
        self.delete_confirm = delete
        box.open()
