"""File ▸ Export conversation… and Import conversation…: the open conversation out as a web
page, Markdown or JSON, and a JSON export back in as a new conversation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from pixdesk.errors import KnownError
from pixdesk.store.export import export_html, export_json, export_markdown, import_json, safe_filename

_EXPORTS = {  # file-dialog filter → (exporter, suffix)
    "Web page, images included (*.html)": (export_html, ".html"),
    "Markdown with an images folder (*.md)": (export_markdown, ".md"),
    "pixdesk conversation, re-importable (*.json)": (export_json, ".json"),
}


class ConversationFiles(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def export_conversation(self) -> None:
        """Save the open conversation as a web page (self-contained), Markdown, or JSON."""
        if self.window.history is None or self.window.session.conversation_id is None:
            self.window.banner.say("Open or start a conversation first; then it can be exported.")
            return
        dialog = QFileDialog(self.window, "Export conversation")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(list(_EXPORTS))
        dialog.selectFile(safe_filename(self.window._title(), self.window.session.conversation_id))
        conversation = self.window.session.conversation_id
        dialog.fileSelected.connect(lambda path: self.window._spawn(self._export(conversation, path, dialog.selectedNameFilter())))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    async def _export(self, conversation: int, path: str, name_filter: str) -> None:
        exporter, suffix = _EXPORTS[name_filter]
        target = Path(path)
        if exporter is export_markdown:  # a Markdown file and its images/ folder, in a folder of their own
            target = target.with_suffix("")
        elif target.suffix.lower() != suffix:
            target = target.with_suffix(suffix)
        try:
            written = await self.window.history.call(exporter, self.window.history.store, conversation, target)
        except (OSError, KnownError) as error:
            self.window.banner.say(f"The conversation could not be exported: {error}")
            return
        self.window.banner.say(f"Exported to {written}.")

    def import_conversation(self) -> None:
        dialog = QFileDialog(self.window, "Import conversation")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["pixdesk conversations (*.json)", "All files (*)"])
        dialog.fileSelected.connect(lambda path: self.window._spawn(self._import(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()

    async def _import(self, path: str) -> None:
        try:
            conversation = await self.window.history.call(import_json, self.window.history.store, Path(path))
        except KnownError as error:
            self.window.banner.say(error.sentence())
            return
        await self.window.refresh_history()
        await self.window.open_conversation(conversation)

