"""File ▸ Export conversation… and Import conversation…: the open conversation out as a web
page, Markdown or JSON, and a JSON export back in as a new conversation."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from pixdesk.errors import KnownError
from pixdesk.services.workspace import Workspace
from pixdesk.ui.folders import remembering_dialog
from pixdesk.ui.i18n import error_sentence, translate

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow  # (which builds this)


def _exports() -> dict[str, tuple[str, str]]:
    """File-dialog filter → (the workspace's export format, suffix); in the language of the day."""
    return {
        translate("conversation_files", "Web page, images included") + " (*.html)": ("html", ".html"),
        translate("conversation_files", "Markdown with an images folder") + " (*.md)": ("md", ".md"),
        translate("conversation_files", "pixdesk conversation, re-importable") + " (*.json)": ("json", ".json"),
    }


class ConversationFiles(QObject):
    """`window`: the MainWindow, for its banner, its history list and opening a conversation."""

    def __init__(
        self, workspace: Workspace, spawn: Callable[[Coroutine[Any, Any, None]], object], window: MainWindow
    ) -> None:
        super().__init__(window)
        self.workspace, self._spawn, self.window = workspace, spawn, window
        # The sidebar's Export… (on any conversation, open or not) is this same export.
        window.sidebar.export_requested.connect(self.export)

    def export_conversation(self) -> None:
        """File ▸ Export conversation…: the open one."""
        conversation = self.workspace.chat.conversation_id
        if not self.workspace.keeps_history or conversation is None:
            self.window.banner.say(
                translate("conversation_files", "Open or start a conversation first; then it can be exported.")
            )
            return
        self.export(conversation, self.window.history_list.current_title())

    def export(self, conversation: int, title: str) -> None:
        """Save `conversation` as a web page (self-contained), Markdown, or JSON, in a file
        named after `title`."""
        dialog = remembering_dialog(self.window, translate("conversation_files", "Export conversation"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(list(_exports()))
        dialog.selectFile(self.workspace.safe_filename(title, conversation))
        dialog.fileSelected.connect(
            lambda path: self._spawn(self._export(conversation, path, dialog.selectedNameFilter()))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    async def _export(self, conversation: int, path: str, name_filter: str) -> None:
        fmt, suffix = _exports()[name_filter]
        target = Path(path)
        if fmt == "md":  # a Markdown file and its images/ folder, in a folder of their own
            target = target.with_suffix("")
        elif target.suffix.lower() != suffix:
            target = target.with_suffix(suffix)
        try:
            written = await self.workspace.export_conversation(conversation, target, fmt)
        except (OSError, KnownError) as error:
            self.window.banner.say(
                translate("conversation_files", "The conversation could not be exported: {reason}").format(reason=error)
            )
            return
        self.window.banner.say(translate("conversation_files", "Exported to {path}.").format(path=written))

    def import_conversation(self) -> None:
        dialog = remembering_dialog(self.window, translate("conversation_files", "Import conversation"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                translate("conversation_files", "pixdesk conversations") + " (*.json)",
                translate("conversation_files", "All files") + " (*)",
            ]
        )
        dialog.fileSelected.connect(lambda path: self._spawn(self._import(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()

    async def _import(self, path: str) -> None:
        try:
            conversation = await self.workspace.import_conversation(Path(path))
        except KnownError as error:
            self.window.banner.say(error_sentence(error))
            return
        await self.window.history_list.refresh("")
        await self.window.open_conversation(conversation)
