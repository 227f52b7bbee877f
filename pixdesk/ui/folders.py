"""Which folder a file dialog opens in: the last one the person used, else their Pictures (or
Documents) folder — never the folder pixdesk happened to be started from."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"
_Location = QStandardPaths.StandardLocation


def default_folder() -> str:
    for location in (_Location.PicturesLocation, _Location.DocumentsLocation, _Location.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


class FolderMemory:
    def __init__(self, prefs: MutableMapping[str, Any]) -> None:
        self.prefs = prefs

    def start(self) -> str:
        last = str(self.prefs.get(LAST_FOLDER_KEY) or "")
        return last if last and Path(last).is_dir() else default_folder()

    def remember(self, paths: Iterable[str]) -> None:
        """The folder of the first chosen file (or the folder itself, if one was chosen)."""
        for path in paths:
            chosen = Path(path)
            self.prefs[LAST_FOLDER_KEY] = str(chosen if chosen.is_dir() else chosen.parent)
            return


def remembering_dialog(parent: QWidget, title: str, folders: FolderMemory | None = None) -> QFileDialog:
    """A file dialog that opens in the remembered folder and remembers the one chosen. `folders`:
    the window's memory (found on `parent`'s window when not given)."""
    if folders is None:
        found = getattr(parent.window(), "folders", None) or getattr(parent.window().parent(), "folders", None)
        folders = found if isinstance(found, FolderMemory) else FolderMemory({})
    dialog = QFileDialog(parent, title, folders.start())
    dialog.filesSelected.connect(folders.remember)
    return dialog
