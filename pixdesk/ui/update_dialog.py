"""What is new in a newer pixdesk: the release notes (Markdown, rendered safely: they come from
the web), "Open download page" and "Later". Nothing is downloaded; the browser does the rest.
Shown with show(), never exec(): not modal."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from pixdesk.services.updates import Release
from pixdesk.ui.safe_browser import MARKDOWN, SafeBrowser
from pixdesk.ui.window_memory import fit_dialog


class UpdateDialog(QDialog):
    def __init__(
        self, release: Release, current: str, open_url: Callable[[QUrl], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.release = release
        self._open_url = open_url
        self.setWindowTitle(f"pixdesk {release.version} is available")
        heading = QLabel(
            f"<h3>{html.escape(release.title)}</h3><p>You have pixdesk {html.escape(current)}. Download the new "
            "version from its page and install it as you installed this one; your conversations and settings "
            "stay as they are.</p>",
            self,
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.notes = SafeBrowser(self)
        self.notes.setAccessibleName("What's new")
        if release.notes.strip():
            self.notes.document().setMarkdown(release.notes, MARKDOWN)
        else:
            self.notes.setPlainText("The release page says what is new in this version.")
        # A link in the notes opens only web pages, in the browser, as the download page does.
        self.notes.link_requested.connect(self._open_link)
        buttons = QDialogButtonBox(self)
        self.download_button = QPushButton("Open download page", self)
        self.download_button.setToolTip(release.page)
        self.download_button.setDefault(True)
        self.later_button = QPushButton("Later", self)
        buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._download)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(560, 480), parent)

    def _download(self) -> None:
        self._open_link(QUrl(self.release.page))
        self.accept()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("https", "http"):
            self._open_url(url)
