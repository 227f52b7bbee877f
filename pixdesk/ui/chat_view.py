"""The conversation as one read-only document: questions with their thumbnails, answers rendered
from Markdown, and a footer per answer (region, tier, tokens, latency, estimated cost).

Streaming text is coalesced: at most ~20 redraws a second, each touching only the answer being
written (see MarkdownStream). Actions (copy, retry, settings) are `pixdesk:` links."""

from __future__ import annotations

import html
import re

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QGuiApplication,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QWidget

from pixdesk import catalog
from pixdesk.domain import STOP_REASON_WORDS, Attachment
from pixdesk.errors import Action
from pixdesk.services.exchange import Exchange, Status
from pixdesk.ui.chat_style import ChatLook, chat_colours, chat_look
from pixdesk.ui.chat_words import ALTERNATIVES, finished_words, status_html
from pixdesk.ui.declared_words import region_title, tier_title
from pixdesk.ui.flat_scroll_bar import use_flat_scroll_bars
from pixdesk.ui.i18n import money, number, translate, translated
from pixdesk.ui.markdown_stream import MarkdownStream, is_code_block
from pixdesk.ui.readable import mix
from pixdesk.ui.safe_browser import SafeBrowser
from pixdesk.ui.sent_text import SentTextDialog, open_sent_text
from pixdesk.ui.sent_thumbnails import SentThumbnails

__all__ = ["ChatView", "chat_colours", "code_blocks"]  # chat_colours: for the contrast test

READING_WIDTH = 880  # px: the longest line of the conversation; wider windows centre it
SIDE_MARGIN = 8
REFRESH_MS = 50  # ~20 redraws a second while an answer streams: smooth to read, and the window stays free
SHOWN_AT_ONCE = 30  # a long conversation opens on its newest questions; earlier ones on request
THUMB_SIDE = 160
CARD_PADDING = 12  # px inside a question's card
_CODE_BLOCK = re.compile(r"^(```|~~~)[^\n]*\n(.*?)^\1", re.S | re.M)


def _where(region: str | None) -> str:
    """Where the answer was processed, as a person says it ("US East (N. Virginia)")."""
    try:
        return region_title(catalog.region(region or ""))
    except KeyError:
        return region or ""


def code_blocks(markdown: str) -> list[str]:
    return [match[2] for match in _CODE_BLOCK.finditer(markdown)]


def has_code_block(markdown: str) -> bool:
    """Whether `markdown` holds a fenced code block (read only up to the first)."""
    return _CODE_BLOCK.search(markdown) is not None


class ChatView(SafeBrowser):
    """Emits `action(name, index)` for pixdesk: links, `external_link(url)` for the rest and
    `preview_requested(attachment)` when a sent image's thumbnail is clicked."""

    action = Signal(str, int)
    external_link = Signal(QUrl)
    preview_requested = Signal(object)  # the Attachment exactly as it was sent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("chat_view", "Conversation"))
        use_flat_scroll_bars(self)
        self.setPlaceholderText(
            translate("chat_view", "Drop a screenshot or a scanned page here, then ask about it below.")
        )
        self._exchanges: list[Exchange] = []
        self._all: list[Exchange] = []  # the whole conversation; _exchanges is what is drawn
        self._shown_limit = SHOWN_AT_ONCE
        self._active: tuple[Exchange, MarkdownStream] | None = None
        self._streams: dict[int, MarkdownStream] = {}  # id(exchange) -> its answer, while unfinished
        self._linked: dict[int, list[int]] = {}  # id(exchange) -> [its code blocks given a Copy link so far]
        self._look: ChatLook = chat_look(self.palette())
        self.thumbnails = SentThumbnails(self.document, THUMB_SIDE * 2, self)  # (made at 2×: sharp on HiDPI)
        self.thumbnails.tint = self._picture_tint()
        self.thumbnails.arrived.connect(self.viewport().update)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._redraw_active)
        # Following the answer down is a step of its own, run once the loop has had its turn: a
        # redraw and the scroll (which repaints the whole view) back to back held the window's
        # thread ~3 ms; apart, neither keeps a click or a timer waiting half as long.
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._scroll_to_end)
        self._following = False  # the view was at the end when this redraw began: it follows it down
        self._rest = QTimer(self)  # the rest of a redraw done in steps (MarkdownStream.step)
        self._rest.setSingleShot(True)
        self._rest.setInterval(0)
        self._rest.timeout.connect(self._redraw_active)
        self.link_requested.connect(self._on_link)
        self.redraws = 0  # how many times the active answer was redrawn (tests, benchmarks)
        self.sent_text_dialog: SentTextDialog | None = None  # the last "What was sent" opened
        # What a busy Bedrock's countdown offers instead of waiting (the window leaves out what
        # the organisation decided: a locked tier or region, or a single allowed region).
        self.alternatives: tuple[str, ...] = ALTERNATIVES

    # --- driven by the window (which listens to the ChatSession) ----------------------------

    # --- a reading column ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_reading_column()

    def _fit_reading_column(self) -> None:
        """Lines no longer than READING_WIDTH, centred, as in the chat apps people know: a
        full-width line on a wide window is hard to follow."""
        side = max(SIDE_MARGIN, (self.viewport().width() - READING_WIDTH) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side or fmt.rightMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def show_exchanges(self, exchanges: list[Exchange], more: bool = False) -> None:
        """Rebuild everything (after Retry, Edit, New chat, opening a conversation). Only the
        newest questions are drawn at first: a 1,000-message conversation opens at once."""
        self._refresh.stop()
        self._rest.stop()
        self._follow.stop()
        self._following = False
        self._active = None
        self._streams.clear()
        self._look = chat_look(self.palette())
        self.thumbnails.tint = self._picture_tint()
        self._all = list(exchanges)
        self._shown_limit = self._shown_limit + SHOWN_AT_ONCE if more else SHOWN_AT_ONCE
        hidden = max(0, len(exchanges) - self._shown_limit)
        self._exchanges = []
        self.document().clear()
        self._fit_reading_column()  # (clearing the document forgot its margins)
        self.thumbnails.document_cleared(a.data for exchange in exchanges for a in exchange.attachments)
        self.setUpdatesEnabled(False)  # one repaint at the end, not one per message
        try:
            if hidden:
                cursor = self._end_cursor()
                earlier = min(hidden, SHOWN_AT_ONCE)  # (a variable: lupdate misses calls with calls in them)
                show = translate("chat_view", "Show %n earlier question(s)", None, earlier)
                not_shown = translate("chat_view", "(%n not shown)", None, hidden)
                cursor.insertHtml(
                    f'<a href="pixdesk:earlier/0" style="color:{self._look.fg("link").name()}">{html.escape(show)}</a> '
                    f"{html.escape(not_shown)}"
                )
            for exchange in exchanges[hidden:]:
                self.add_exchange(exchange, scroll=False)
                if exchange.status not in (Status.STREAMING, Status.WAITING):
                    self.finish(exchange, scroll=False, announce=False)
                else:
                    self.waiting(exchange)
        finally:
            self.setUpdatesEnabled(True)
        if not more:
            self._scroll_to_end()

    def add_exchange(self, exchange: Exchange, scroll: bool = True) -> None:
        self._exchanges.append(exchange)
        if exchange not in self._all:
            self._all.append(exchange)
        index = self._all.index(exchange)
        cursor = self._end_cursor()
        if not self.document().isEmpty():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self._question_card(cursor, exchange, index)
        cursor = self._end_cursor()  # the block after the card
        self._heading(cursor, catalog.MODEL_NAME, "heading", top=10, new_block=False)
        cursor.insertBlock(QTextBlockFormat(), self._plain("answer"))
        blocks_linked = [0]  # the answer's code blocks given a Copy link so far

        def committed(position: int) -> None:
            blocks_linked[0] = self._add_copy_links(position, index, blocks_linked[0])

        stream = MarkdownStream(self.document(), cursor.position(), self._look, committed)
        self._linked[id(exchange)] = blocks_linked
        stream.update(exchange.answer.text)
        self._active = (exchange, stream)
        self._streams[id(exchange)] = stream
        if exchange.status is Status.STREAMING and not exchange.answer.text:
            self.waiting(exchange)  # "Connecting…" at once, not a blank answer
        if scroll:
            self._scroll_to_end()

    def _question_card(self, cursor: QTextCursor, exchange: Exchange, index: int) -> None:
        """The question in a tinted card: "You", the images sent (click: exactly what was sent),
        the person's words. A question pixdesk wrote for them (a whole-document question's part)
        shows its short words, and a link to the text exactly as sent."""
        card = QTextFrameFormat()
        card.setBackground(self._look.bg("question"))
        card.setPadding(CARD_PADDING)
        card.setTopMargin(14)
        card.setBottomMargin(6)
        card.setBorder(0)
        cursor.insertFrame(card)
        self._heading(cursor, translate("chat_view", "You"), "question_heading", top=0, new_block=False)
        if exchange.attachments:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertHtml(" ".join(self._thumbnail_html(a, index, n) for n, a in enumerate(exchange.attachments)))
        cursor.insertBlock(QTextBlockFormat(), self._plain("question"))
        shown = exchange.question if exchange.shown is None else translated(exchange.shown)  # (pixdesk's words)
        cursor.insertText(shown, self._plain("question"))  # the person's words: never parsed
        if exchange.shown is not None:
            below = QTextBlockFormat()
            below.setTopMargin(4)
            cursor.insertBlock(below, QTextCharFormat())
            title = html.escape(
                translate(
                    "chat_view", "The question exactly as sent, with the instructions pixdesk added for the model"
                ),
                quote=True,
            )
            words = html.escape(translate("chat_view", "What was sent"))  # (lupdate reads no f-strings)
            cursor.insertHtml(
                f'<a href="pixdesk:sent-text/{index}" style="color:{self._look.fg("link").name()}; font-size:small" '
                f'title="{title}">{words}</a>'
            )

    def _picture_tint(self) -> QColor:
        """Where a sent image's picture will be, until it is made: a shade of its card."""
        return mix(self._look.bg("question"), self._look.fg("question"), 0.12)

    def _plain(self, name: str) -> QTextCharFormat:
        chars = QTextCharFormat()
        chars.setForeground(self._look.fg(name))
        return chars

    def _heading(self, cursor: QTextCursor, title: str, colour: str, top: int, new_block: bool = True) -> None:
        """A role heading ("You", "Pixtral Large"): bold, in the text colour (not the link blue),
        and a heading for screen readers."""
        block = QTextBlockFormat()
        block.setTopMargin(top)
        block.setBottomMargin(4)
        block.setHeadingLevel(3)
        chars = self._plain(colour)
        chars.setFontWeight(QFont.Weight.Bold)
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
            self.waiting(exchange)

    def waiting(self, exchange: Exchange) -> None:
        """Redraw only this answer's status line: "Connecting…" before the first words, or the
        countdown while Bedrock is busy or the quota is used up, with what the person can do."""
        stream = self._streams.get(id(exchange))
        if stream is None or exchange.answer.text or exchange not in self._all:
            return
        line = status_html(exchange, self._all.index(exchange), self._look, self.alternatives)
        if line:
            stream.show_status(line)

    def finish(self, exchange: Exchange, scroll: bool = True, announce: bool = True) -> None:
        """The answer ended: draw its final text once, then its footer (and, live, tell a
        screen reader once — not at every token)."""
        if exchange not in self._all:
            return  # cleared meanwhile (New chat while an answer was stopping)
        index = self._all.index(exchange)
        stream = self._streams.pop(id(exchange), None)
        if self._active and self._active[0] is exchange:
            self._refresh.stop()
            self._rest.stop()
            self._following = False
            self._active = None
        if stream is not None:
            stream.update(exchange.answer.text)  # (blocks finished meanwhile get their links here)
            stream.end()
            linked = self._linked.pop(id(exchange), [0])
            self._add_copy_links(stream.tail_position, index, linked[0])  # the last, unfinished part
        cursor = self._end_cursor()
        if exchange.answer.text.strip() or cursor.block().text():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        # else no words came (an error, Stop, a close before the first one): the footer takes
        # the answer's empty line, right under the model's name, not a blank line below it.
        cursor.insertHtml(self._footer_html(exchange, index))
        if scroll:
            self._scroll_to_end()
        if announce:
            self._announce(finished_words(exchange))

    # --- drawing -----------------------------------------------------------------------------

    def _redraw_active(self) -> None:
        if self._active is None:
            return
        exchange, stream = self._active
        self._following = self._following or self._at_end() or self._follow.isActive()
        more = stream.step(exchange.answer.text)  # (the blocks just finished; then, next turn, the tail)
        self.redraws += 1
        if more:
            self._rest.start()
        elif self._following:
            self._following = False
            self._follow.start()

    def _add_copy_links(self, start: int, index: int, number: int = 0) -> int:
        """A "Copy" link under each fenced code block from `start` on, numbered from `number`;
        returns the next number."""
        document = self.document()
        block = document.findBlock(start)
        # Two fences with only a blank line between them are drawn as one run of code lines when
        # the answer is drawn at once (reopened): the run is split after each fence's own lines,
        # or its one link sat under the second fence and copied the first.
        source = self._all[index].answer.text if index < len(self._all) else ""
        lines_of_fence = [max(1, code.count("\n")) for code in code_blocks(source)]
        lines = 0  # of the fence being walked, so far
        editing = QTextCursor(document)
        editing.beginEditBlock()  # one layout pass for all the links: an answer may hold 200 blocks
        while block.isValid():
            following = block.next()
            fenced = block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence)
            lines = lines + 1 if fenced else 0
            fence_done = number < len(lines_of_fence) and lines >= lines_of_fence[number]
            if fenced and (fence_done or not (following.isValid() and is_code_block(following))):
                lines = 0
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                below = QTextBlockFormat()
                below.setBottomMargin(6)
                cursor.insertBlock(below, QTextCharFormat())
                link = self._plain("link")
                link.setAnchor(True)
                link.setAnchorHref(f"pixdesk:copy-code/{index}/{number}")
                link.setFontUnderline(True)
                link.setToolTip(translate("chat_view", "Copy this code"))
                cursor.insertText(translate("chat_view", "Copy"), link)
                number += 1
                following = cursor.block().next()
            block = following
        editing.endEditBlock()
        return number

    def _thumbnail_html(self, attachment: Attachment, index: int, number: int) -> str:
        name = self.thumbnails.resource(attachment.data)
        scale = min(1.0, THUMB_SIDE / max(attachment.width, attachment.height, 1))
        w, h = max(1, round(attachment.width * scale)), max(1, round(attachment.height * scale))
        alt = html.escape(
            translate("chat_view", "Image sent: {name}, {width}×{height}").format(
                name=attachment.name or translate("chat_view", "image"),
                width=attachment.width,
                height=attachment.height,
            ),
            quote=True,
        )
        title = html.escape(translate("chat_view", "Show exactly what was sent"), quote=True)
        return (
            f'<a href="pixdesk:preview/{index}/{number}" title="{title}">'
            f'<img src="{name}" width="{w}" height="{h}" alt="{alt}"></a> '
        )

    def _footer_html(self, exchange: Exchange, index: int) -> str:
        look = self._look
        muted, link_colour = look.fg("muted").name(), look.fg("link").name()
        answer = exchange.answer
        parts: list[str] = []
        links: list[tuple[str, str]] = []
        if exchange.status is Status.DONE and answer.usage is not None:
            usage = answer.usage
            tier = tier_title(catalog.tier(usage.tier_served or answer.tier_requested))
            # The person's wait (asking to the last word), not Bedrock's latency: "0.0 s" for an
            # answer that took 6 s was the server's figure.
            elapsed = getattr(exchange, "elapsed_s", None)
            facts = [_where(answer.region), tier]
            if elapsed is not None:
                facts.append(translate("chat_view", "{seconds} s").format(seconds=number(elapsed, 1)))
            facts.append(
                translate("chat_view", "question {question} tokens, answer {answer} · ≈ {cost} (estimate)").format(
                    question=number(usage.input_tokens),
                    answer=number(usage.output_tokens),
                    cost=money(usage.estimated_cost_usd),
                )
            )
            parts.append(" · ".join(facts))
        note = translated(STOP_REASON_WORDS.get(answer.stop_reason or "", ""))
        if note:
            parts.append(note)
        if exchange.status is Status.STOPPED:
            parts.append(translate("chat_view", "Stopped. The answer above is incomplete."))
        if exchange.status is Status.INTERRUPTED:
            parts.append(
                translate(
                    "chat_view",
                    "Interrupted: pixdesk was closed before this answer was finished. It is kept as it was.",
                )
            )
        error_html = ""
        if exchange.status is Status.FAILED and answer.error is not None:
            error = answer.error
            partial = " " + translate("chat_view", "The answer above is incomplete.") if answer.text else ""
            colour = look.fg("error").name()
            error_html = (
                f'<span style="color:{colour}">{html.escape(translated(error.message))}{partial}</span> '
                f"{html.escape(translated(error.action_hint))}<br>"
            )
            if error.action in (Action.SIGN_IN, Action.REQUEST_ACCESS):
                links.append(("settings", translate("chat_view", "Open settings")))
            links.append(("details", translate("chat_view", "Copy details")))
        if answer.text:
            links.insert(0, ("copy", translate("chat_view", "Copy answer")))
            if has_code_block(answer.text):
                links.insert(1, ("copy-code", translate("chat_view", "Copy code")))
        if exchange.region is not None:
            page = exchange.region.page + 1
            shown = (
                translate("chat_view", "Show page {page}")
                if exchange.region.fine_print
                else translate("chat_view", "Show on page {page}")
            )
            links.append(("region", shown.format(page=page)))
        last = index == len(self._all) - 1
        ended_early = exchange.status in (Status.FAILED, Status.STOPPED, Status.INTERRUPTED)
        if exchange.shown is not None:
            # A whole-document question's part: Retry or Edit would ask its words as a chat question.
            # Its run asks it again, from where it ended.
            if ended_early:
                parts.append(
                    translate(
                        "chat_view", "Ask the same question about the whole document again to continue from here."
                    )
                )
        else:
            if last or ended_early:
                links.append(("retry", translate("chat_view", "Retry")))
            if last:
                links.append(("edit", translate("chat_view", "Edit question")))
        link_html = " · ".join(
            f'<a href="pixdesk:{name}/{index}" style="color:{link_colour}">{html.escape(title)}</a>'
            for name, title in links
        )
        text = html.escape(" ".join(parts))
        return (
            f'{error_html}<span style="color:{muted}; font-size:small">{text}{"<br>" if text else ""}{link_html}</span>'
        )

    # --- screen readers ----------------------------------------------------------------------

    def _announce(self, message: str) -> None:
        """Tell assistive technology once that an answer is finished (Qt >= 6.8 has an
        announcement event; before, the description changes and the name-changed event fires)."""
        if not message:
            return
        announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
        if announcement is not None:
            QAccessible.updateAccessibility(announcement(self, message))
        else:
            self.setAccessibleDescription(message)
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    # --- the palette -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() is not QEvent.Type.PaletteChange:
            return
        if self._all:
            # Light <-> dark: the colours are written into the document, so draw it again (later:
            # not inside the palette change itself).
            QTimer.singleShot(0, self._follow_palette)
        else:  # nothing drawn yet: the next question is drawn in the new colours
            self._look = chat_look(self.palette())

    def _follow_palette(self) -> None:
        if chat_colours(self.palette()) != self._look.colours:
            self.show_exchanges(self._all)

    # --- links ---------------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "pixdesk":
            name, _, rest = url.path().partition("/")
            if name == "earlier":
                self.show_exchanges(self._all, more=True)
                return
            index, _, number = rest.partition("/")
            if not index.isdigit() or int(index) >= len(self._all):
                return
            self._act(name, int(index), int(number) if number.isdigit() else None)
        else:
            self.external_link.emit(url)

    def _act(self, name: str, index: int, number: int | None = None) -> None:
        exchange = self._all[index]
        clipboard = QGuiApplication.clipboard()
        if name == "preview":
            if number is not None and number < len(exchange.attachments):
                self.preview_requested.emit(exchange.attachments[number])
            return
        if name == "sent-text":
            self.sent_text_dialog = open_sent_text(exchange.question, self)
            return
        if name == "copy":
            clipboard.setText(exchange.answer.text)
        elif name == "copy-code":
            blocks = code_blocks(exchange.answer.text)
            chosen = blocks[number : number + 1] if number is not None else blocks
            clipboard.setText("\n".join(chosen))
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
