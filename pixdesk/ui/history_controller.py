"""Connects the history sidebar to the workspace: the list (all conversations, or those a search
finds), renaming and deleting. Opening a conversation and starting a new chat stay with the
window: they touch the conversation view and the composer too."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pixdesk.services.workspace import Workspace
from pixdesk.ui.history_panel import HistoryPanel


class HistoryController(QObject):
    def __init__(
        self,
        panel: HistoryPanel,
        workspace: Workspace,
        spawn: Callable[[Coroutine[Any, Any, None]], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.panel, self.workspace = panel, workspace
        panel.rename_requested.connect(lambda conversation, title: spawn(self.rename(conversation, title)))
        panel.delete_requested.connect(lambda conversation: spawn(self.delete(conversation)))
        panel.search_changed.connect(lambda text: spawn(self.refresh(text)))
        panel.setVisible(workspace.keeps_history)  # nothing to list when nothing is kept

    async def refresh(self, search: str | None = None) -> None:
        """List the conversations matching `search` (None: the words in the search box; "": all)."""
        if not self.workspace.keeps_history:
            return
        if search is None:
            search = self.panel.search.text().strip()
        listed = await self.workspace.conversations(search)
        self.panel.show_conversations(listed.conversations, self.workspace.chat.conversation_id, listed.snippets)

    def current_title(self) -> str:
        """The selected conversation's title (to name its export)."""
        item = self.panel.list.currentItem()
        return item.toolTip() if item else "conversation"

    async def rename(self, conversation_id: int, title: str) -> None:
        await self.workspace.rename_conversation(conversation_id, title)
        await self.refresh()

    async def delete(self, conversation_id: int) -> None:
        await self.workspace.delete_conversation(conversation_id)
        await self.refresh()
