"""A text browser for untrusted model output: renders Markdown, loads nothing, opens no link
without the person's say-so."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

# GitHub-flavoured Markdown (tables, strikethrough, task lists) with raw HTML shown as text.
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


class SafeBrowser(QTextBrowser):
    """Never fetches a resource (no file://, no http://, no relative paths): every image in an
    answer becomes an empty placeholder. Link clicks are reported through `link_requested`."""

    link_requested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self.link_requested)
        self.blocked_resources: list[QUrl] = []  # what the answer tried to load (for tests and logs)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt's name
        self.blocked_resources.append(QUrl(url))
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage()
        return QByteArray()  # (returning None here crashes PySide 6.12)
