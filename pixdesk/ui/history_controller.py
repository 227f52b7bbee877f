"""Connects the history sidebar to the workspace: the list (all conversations, or those a search
finds), renaming and deleting, and keeping the list current when another process — `pixdesk
ask`, a batch, another window — writes to the same history. Opening a conversation and starting
a new chat stay with the window: they touch the conversation view and the composer too."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from pixdesk.services.workspace import Workspace
from pixdesk.ui.history_panel import HistoryPanel
from pixdesk.ui.history_roles import TITLE_ROLE
from pixdesk.ui.i18n import translate

POLL_MS = 2000  # how often to ask whether another process wrote (one cheap SQLite pragma)


class HistoryController(QObject):
    def __init__(
        self,
        panel: HistoryPanel,
        workspace: Workspace,
        spawn: Callable[[Coroutine[Any, Any, None]], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.panel, self.workspace, self._spawn = panel, workspace, spawn
        panel.rename_requested.connect(lambda conversation, title: spawn(self.rename(conversation, title)))
        panel.delete_requested.connect(lambda conversation: spawn(self.delete(conversation)))
        panel.search_changed.connect(lambda text: spawn(self.refresh(text)))
        panel.setVisible(workspace.keeps_history)  # nothing to list when nothing is kept
        self._version: int | None = None
        self._polling = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._tick)

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
        title = item.data(TITLE_ROLE) if item is not None else None
        return str(title) if title else translate("history_controller", "conversation")

    async def rename(self, conversation_id: int, title: str) -> None:
        await self.workspace.rename_conversation(conversation_id, title)
        await self.refresh()

    async def delete(self, conversation_id: int) -> None:
        await self.workspace.delete_conversation(conversation_id)
        await self.refresh()

    # --- other processes' writes ---------------------------------------------------------------

    def follow_other_processes(self) -> None:
        """From now on, every POLL_MS while the window is on screen, ask the history whether
        another process wrote to it, and list again if so (search and selection kept)."""
        if self.workspace.keeps_history:
            self._poll.start()
            self._tick()  # the version to compare with, read now

    def _tick(self) -> None:
        window = self.panel.window()
        if self._polling or not window.isVisible() or window.isMinimized():
            return  # (a change while hidden is seen at the first tick after it is shown again)
        self._polling = True
        self._spawn(self._check_for_changes())

    async def _check_for_changes(self) -> None:
        try:
            version = await self.workspace.history_version()
            changed = self._version is not None and version != self._version
            self._version = version
            if changed:
                await self.refresh()
        finally:
            self._polling = False
