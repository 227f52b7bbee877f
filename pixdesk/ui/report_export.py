"""The review report, written by the window: answers rendered from Markdown by Qt's own reader
(raw HTML in an answer is shown as text, as in the chat), then either one self-contained HTML
file or a PDF laid out on A4 pages by Qt's own PDF writer."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pixdesk import __version__
from pixdesk.services.report import ReportContent, write_report_html
from pixdesk.ui.safe_browser import MARKDOWN

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_IMAGE = re.compile(r"<img\b[^>]*>", re.S)
_ALT = re.compile(r'\balt="([^"]*)"')


def markdown_html(text: str) -> str:
    """An answer's Markdown as an HTML fragment (Qt's rendering, as the chat shows it). Images an
    answer names are left out, said in words: a report never loads a web image or a local file."""
    document = QTextDocument()
    document.setMarkdown(text, MARKDOWN)
    match = _BODY.search(document.toHtml())
    fragment = match[1] if match else ""
    def words(image: re.Match) -> str:
        alt = _ALT.search(image[0])
        return f"[image not shown: {alt[1]}]" if alt and alt[1] else "[image not shown]"

    return _IMAGE.sub(words, fragment)


def write_report(content: ReportContent, path: Path) -> Path:
    """PDF or HTML, by the file's suffix."""
    return write_pdf(content, path) if Path(path).suffix.lower() == ".pdf" else write_report_html(content, path)


def write_pdf(content: ReportContent, path: Path) -> Path:
    """Write the report to `path` (all of it or nothing: written beside, then renamed). GUI thread."""
    path = Path(path)
    document = QTextDocument()
    for name, (data, _fmt, _width, _height) in content.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), QImage.fromData(data))
    document.setHtml(content.html)
    partial = path.with_name(path.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setTitle(content.title)
    writer.setCreator(f"pixdesk {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    try:
        document.print_(writer)
        del writer  # finishes and closes the file
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
