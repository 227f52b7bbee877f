"""The review report, written by the window: answers rendered from Markdown by Qt's own reader
(raw HTML in an answer is shown as text, as in the chat), then either one self-contained HTML
file or a PDF laid out on A4 pages by Qt's own PDF writer."""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from pixdesk import __version__
from pixdesk.services.report import ReportContent, write_report_html
from pixdesk.ui.i18n import translate
from pixdesk.ui.safe_browser import MARKDOWN

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_IMAGE = re.compile(r"<img\b[^>]*>", re.S)
_ALT = re.compile(r'\balt="([^"]*)"')


def markdown_html(text: str) -> str:
    """An answer's Markdown as an HTML fragment (Qt's rendering, as the chat shows it). Images an
    answer names are left out, said in words: a report never loads a web image or a local file.
    Only web and mail links stay links (see _unlink)."""
    document = QTextDocument()
    document.setMarkdown(text, MARKDOWN)
    _unlink(document)
    match = _BODY.search(document.toHtml())
    fragment = match[1] if match else ""

    def words(image: re.Match) -> str:
        alt = _ALT.search(image[0])
        if alt and alt[1]:
            return translate("report_export", "[image not shown: {description}]").format(description=alt[1])
        return translate("report_export", "[image not shown]")

    return _IMAGE.sub(words, fragment)


_LINK_SCHEMES = re.compile(r"(?i)(https?|mailto):")  # at the very start: no space, no entity, no tab inside


def _unlink(document: QTextDocument) -> None:
    """Turn every link whose target is not http, https or mailto (javascript:, data:, file:, a
    relative path…) into plain text, its words kept. The report's Content-Security-Policy would
    block a javascript: link anyway, but a report is handed on and opened anywhere: not there at all."""
    unsafe: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            if look.isAnchor() and not _LINK_SCHEMES.match(look.anchorHref()):
                unsafe.append((fragment.position(), fragment.length(), look))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, look in unsafe:  # changed after the walk: a change splits and merges fragments
        look.setAnchor(False)
        look.setAnchorHref("")
        look.clearForeground()  # not link-blue: it is not a link
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(look)


async def write_report(content: ReportContent, path: Path, run_blocking) -> Path:
    """PDF (drawn here, a page per turn of the event loop) or HTML (written by `run_blocking`,
    off the GUI thread), by the file's suffix."""
    if Path(path).suffix.lower() == ".pdf":
        return await write_pdf(content, path)
    return await run_blocking(write_report_html, content, path)


LAYOUT_DPI = 96  # the report is laid out as on a screen, then scaled to the writer's resolution


async def write_pdf(content: ReportContent, path: Path) -> Path:
    """Write the report as an A4 PDF (all of it or nothing: written beside, then renamed).

    On the GUI thread, as Qt objects must be, but a page at a time with the event loop running in
    between: a ten-page report in one QTextDocument.print() call would freeze the window for
    half a second."""
    path = Path(path)
    document = QTextDocument()
    for name, (data, _fmt, _width, _height) in content.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), QImage.fromData(data))
        await asyncio.sleep(0)
    document.setHtml(content.html)
    await asyncio.sleep(0)
    partial = path.with_name(path.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setTitle(content.title)
    writer.setCreator(f"pixdesk {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    page = QSizeF(area.width() * LAYOUT_DPI / 72, area.height() * LAYOUT_DPI / 72)
    footer = LAYOUT_DPI * 0.3  # room for "page N of M"
    document.setPageSize(QSizeF(page.width(), page.height() - footer))
    height = document.pageSize().height()
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise OSError(translate("report_export", "cannot write {path}").format(path=partial))
        scale = writer.resolution() / LAYOUT_DPI
        painter.scale(scale, scale)
        small = painter.font()
        small.setPixelSize(round(9 * LAYOUT_DPI / 72))  # 9 pt, in layout pixels
        painter.setFont(small)
        pages = document.pageCount()
        await asyncio.sleep(0)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * height)
            document.drawContents(painter, QRectF(0, number * height, page.width(), height))
            painter.restore()
            painter.drawText(
                QRectF(0, page.height() - footer, page.width(), footer),
                int(Qt.AlignmentFlag.AlignCenter),
                translate("report_export", "{page} of {count}").format(page=number + 1, count=pages),
            )
            await asyncio.sleep(0)  # let the window breathe between pages
        painter.end()
        del writer  # finishes and closes the file
        os.replace(partial, path)
    except BaseException:
        if painter.isActive():
            painter.end()
        partial.unlink(missing_ok=True)
        raise
    return path
