"""The conversation as one read-only document: questions with their thumbnails, answers rendered
from Markdown, and a footer per answer (region, tier, tokens, latency, estimated cost).

Streaming text is coalesced: at most ~30 redraws a second, each touching only the answer being
written (see MarkdownStream). Actions (copy, retry, settings) are `pixdesk:` links."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from pixdesk import catalog
from pixdesk.domain import STOP_REASON_WORDS, Attachment
from pixdesk.errors import Action
from pixdesk.services.chat import Exchange, Status
from pixdesk.ui.markdown_stream import MarkdownStream
from pixdesk.ui.safe_browser import SafeBrowser

REFRESH_MS = 33  # ~30 redraws a second while an answer streams
SHOWN_AT_ONCE = 30  # a long conversation opens on its newest questions; earlier ones on request
THUMB_SIDE = 72
ERROR_COLOUR = "#d13438"  # readable on light and dark backgrounds
_CODE_BLOCK = re.compile(r"^(```|~~~)[^\n]*\n(.*?)^\1", re.S | re.M)


def code_blocks(markdown: str) -> list[str]:
    return [match[2] for match in _CODE_BLOCK.finditer(markdown)]


class ChatView(SafeBrowser):
    """Emits `action(name, index)` for pixdesk: links and `external_link(url)` for the rest."""

    action = Signal(str, int)
    external_link = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Conversation")
        self.setPlaceholderText("Drop a screenshot or a scanned page here, then ask about it below.")
        self._exchanges: list[Exchange] = []
        self._all: list[Exchange] = []  # the whole conversation; _exchanges is what is drawn
        self._shown_limit = SHOWN_AT_ONCE
        self._active: tuple[Exchange, MarkdownStream] | None = None
        self._thumbs: dict[int, str] = {}
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._redraw_active)
        self.link_requested.connect(self._on_link)
        self.redraws = 0  # how many times the active answer was redrawn (tests, benchmarks)

    # --- driven by the window (which listens to the ChatSession) ----------------------------

    def show_exchanges(self, exchanges: list[Exchange], more: bool = False) -> None:
        """Rebuild everything (after Retry, Edit, New chat, opening a conversation). Only the
        newest questions are drawn at first: a 1,000-message conversation opens at once."""
        self._refresh.stop()
        self._active = None
        self._all = list(exchanges)
        self._shown_limit = self._shown_limit + SHOWN_AT_ONCE if more else SHOWN_AT_ONCE
        hidden = max(0, len(exchanges) - self._shown_limit)
        self._exchanges = []
        self.document().clear()
        self.setUpdatesEnabled(False)  # one repaint at the end, not one per message
        try:
            if hidden:
                cursor = self._end_cursor()
                cursor.insertHtml(
                    f'<a href="pixdesk:earlier/0">Show {min(hidden, SHOWN_AT_ONCE)} earlier '
                    f"question{'s' if hidden > 1 else ''}</a> ({hidden} not shown)"
                )
            for exchange in exchanges[hidden:]:
                self.add_exchange(exchange, scroll=False)
                if exchange.status not in (Status.STREAMING, Status.WAITING):
                    self.finish(exchange, scroll=False)
        finally:
            self.setUpdatesEnabled(True)
        if not more:
            self._scroll_to_end()

    def add_exchange(self, exchange: Exchange, scroll: bool = True) -> None:
        self._exchanges.append(exchange)
        if exchange not in self._all:
            self._all.append(exchange)
        cursor = self._end_cursor()
        first = self.document().isEmpty()
        self._heading(cursor, "You", top=0 if first else 22, new_block=not first)
        if exchange.attachments:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertHtml(" ".join(self._thumbnail_html(a) for a in exchange.attachments))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertText(exchange.question)  # the person's words as plain text: never parsed
        self._heading(cursor, catalog.MODEL_NAME, top=12)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        stream = MarkdownStream(self.document(), cursor.position())
        stream.update(exchange.answer.text)
        self._active = (exchange, stream)
        if scroll:
            self._scroll_to_end()

    def _heading(self, cursor: QTextCursor, title: str, top: int, new_block: bool = True) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(top)
        chars = QTextCharFormat()
        chars.setFontWeight(QFont.Weight.Bold)
        chars.setForeground(self.palette().color(QPalette.ColorRole.Link))
        if new_block:
            cursor.insertBlock(block, chars)
        else:
            cursor.setBlockFormat(block)
            cursor.setCharFormat(chars)
        cursor.insertText(title, chars)

    def text_arrived(self, exchange: Exchange) -> None:
        if self._active and self._active[0] is exchange and not self._refresh.isActive():
            self._refresh.start()

    def restart(self, exchange: Exchange) -> None:
        """The answer started over (an automatic retry after throttling)."""
        if self._active and self._active[0] is exchange:
            self._active[1].reset(exchange.answer.text)

    def finish(self, exchange: Exchange, scroll: bool = True) -> None:
        """The answer ended: draw its final text once, then its footer."""
        if exchange not in self._all:
            return  # cleared meanwhile (New chat while an answer was stopping)
        if self._active and self._active[0] is exchange:
            self._refresh.stop()
            self._active[1].update(exchange.answer.text)
            self._active = None
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(self._footer_html(exchange, self._all.index(exchange)))
        if scroll:
            self._scroll_to_end()

    # --- drawing -----------------------------------------------------------------------------

    def _redraw_active(self) -> None:
        if self._active is None:
            return
        exchange, stream = self._active
        at_end = self._at_end()
        stream.update(exchange.answer.text)
        self.redraws += 1
        if at_end:
            self._scroll_to_end()

    def _thumbnail_html(self, attachment: Attachment) -> str:
        key = id(attachment.data)
        if key not in self._thumbs:
            image = QImage.fromData(attachment.data)
            if not image.isNull():
                image = image.scaled(
                    THUMB_SIDE * 2,
                    THUMB_SIDE * 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            name = f"pixdesk-thumb:{len(self._thumbs)}"
            # Registered with the document, so it is shown without loadResource being asked.
            self.document().addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
            self._thumbs[key] = name
        scale = THUMB_SIDE / max(attachment.width, attachment.height, 1)
        w, h = max(1, round(attachment.width * scale)), max(1, round(attachment.height * scale))
        return f'<img src="{self._thumbs[key]}" width="{w}" height="{h}" alt="{html.escape(attachment.name)}"> '

    def _footer_html(self, exchange: Exchange, index: int) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        answer = exchange.answer
        parts: list[str] = []
        links: list[tuple[str, str]] = []
        if exchange.status is Status.DONE and answer.usage is not None:
            usage = answer.usage
            tier = (
                catalog.tier(usage.tier_served).title
                if usage.tier_served
                else catalog.tier(answer.tier_requested).title
            )
            seconds = f" · {usage.latency_ms / 1000:.1f} s" if usage.latency_ms is not None else ""
            parts.append(
                f"{answer.region} · {tier} · {usage.input_tokens:,} in / {usage.output_tokens:,} out "
                f"tokens{seconds} · ≈ ${usage.estimated_cost_usd:.4f} (estimate)"
            )
        note = STOP_REASON_WORDS.get(answer.stop_reason or "", "")
        if note:
            parts.append(note)
        if exchange.status is Status.STOPPED:
            parts.append("Stopped. The answer above is incomplete.")
        if exchange.status is Status.INTERRUPTED:
            parts.append("Interrupted: pixdesk was closed before this answer was finished. It is kept as it was.")
        error_html = ""
        if exchange.status is Status.FAILED and answer.error is not None:
            error = answer.error
            partial = " The answer above is incomplete." if answer.text else ""
            error_html = (
                f'<span style="color:{ERROR_COLOUR}">{html.escape(error.message)}{partial}</span> '
                f"{html.escape(error.action_hint)}<br>"
            )
            if error.action in (Action.SIGN_IN, Action.REQUEST_ACCESS):
                links.append(("settings", "Open settings"))
            links.append(("details", "Copy details"))
        if answer.text:
            links.insert(0, ("copy", "Copy answer"))
            if code_blocks(answer.text):
                links.insert(1, ("copy-code", "Copy code"))
        if exchange.region is not None:
            page = exchange.region.page + 1
            links.append(("region", f"Show page {page}" if exchange.region.fine_print else f"Show on page {page}"))
        last = index == len(self._all) - 1
        if last or exchange.status in (Status.FAILED, Status.STOPPED, Status.INTERRUPTED):
            links.append(("retry", "Retry"))
        if last:
            links.append(("edit", "Edit question"))
        link_html = " · ".join(f'<a href="pixdesk:{name}/{index}">{title}</a>' for name, title in links)
        text = html.escape(" ".join(parts))
        return (
            f'{error_html}<span style="color:{muted}; font-size:small">{text}{"<br>" if text else ""}{link_html}</span>'
        )

    # --- links ---------------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "pixdesk":
            name, _, index = url.path().partition("/")
            if name == "earlier":
                self.show_exchanges(self._all, more=True)
                return
            if not index.isdigit() or int(index) >= len(self._all):
                return
            self._act(name, int(index))
        else:
            self.external_link.emit(url)

    def _act(self, name: str, index: int) -> None:
        exchange = self._all[index]
        clipboard = QGuiApplication.clipboard()
        if name == "copy":
            clipboard.setText(exchange.answer.text)
        elif name == "copy-code":
            clipboard.setText("\n".join(code_blocks(exchange.answer.text)))
        elif name == "details" and exchange.answer.error is not None:
            error = exchange.answer.error
            clipboard.setText(
                f"{error.sentence()}\n{error.kind.code}: {error.detail}\n"
                f"request id: {exchange.answer.request_id or '-'}"
            )
        self.action.emit(name, index)

    # --- scrolling -----------------------------------------------------------------------------

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
