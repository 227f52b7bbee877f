"""How a row of the history sidebar is drawn: a group heading ("Today", "March 2025"), or a
conversation — its title on one line, when it was last used, and with a search the words around
the match, the matched words in bold. Colours are the palette's own (text on the list's base, or
highlighted text on the selection), so they follow light and dark themes."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pixdesk.ui.history_roles import DETAILS_ROLE, HEADING_ROLE, SNIPPET_ROLE, TITLE_ROLE

if TYPE_CHECKING:  # (the history is opened just after the first frame)
    from pixdesk.services.history import Snippet


PADDING = 6  # px around a row's text
Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: Snippet) -> str:
    """The snippet as rich text: every piece escaped (it is the person's or the model's text),
    matches in bold."""
    return "".join(f"<b>{html.escape(text)}</b>" if matched else html.escape(text) for text, matched in snippet.parts)


class HistoryDelegate(QStyledItemDelegate):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() if option.rect.width() > 0 else self._view.width()
        return max(40, width - 2 * PADDING)

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        width = self._text_width(option)
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, width)
        body = f"<b>{html.escape(title)}</b><br>{html.escape(str(index.data(DETAILS_ROLE) or ''))}"
        snippet = index.data(SNIPPET_ROLE)
        if snippet:
            body += f"<br>{snippet}"
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setTextWidth(width)
        document.setHtml(body)
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        if index.data(HEADING_ROLE):
            return QSize(0, QFontMetrics(option.font).height() + 2 * PADDING + PADDING // 2)
        document = self._document(option, index)
        return QSize(0, int(document.size().height()) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        palette = item.palette
        if index.data(HEADING_ROLE):
            painter.save()
            font = QFont(item.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
            painter.drawText(
                item.rect.adjusted(PADDING, 0, -PADDING, -PADDING // 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                str(index.data(Qt.ItemDataRole.DisplayRole)),
            )
            painter.restore()
            return
        item.text = ""  # the background, selection and focus from the style; the text drawn below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text,
            palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text),
        )
        document = self._document(option, index)
        painter.save()
        painter.translate(item.rect.topLeft() + QPoint(PADDING, PADDING))
        document.documentLayout().draw(painter, context)
        painter.restore()
