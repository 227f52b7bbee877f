"""Render a growing Markdown text into a QTextDocument at a cost proportional to what is new.

Re-rendering a 50,000-character answer takes ~45 ms, three frames, so a streaming answer
cannot be re-rendered whole at every update. Finished blocks (up to a blank line outside a
code fence) are rendered once and left alone. The unfinished tail is rendered off-screen, into a
scratch document (decorated there, its tables given their grid), and compared with its previous
rendering: when the new one only adds text at the end (the usual case: words arriving in a
paragraph), just that text is appended. The tail is replaced by a copy of the scratch document
only when its structure changes (an emphasis closes, a list item starts), in a step of its own
after the one that rendered it, so that neither holds the window's thread for long. Screen readers
hear the document's changes: deleting and re-inserting the paragraph 30 times a second made them
re-read it 30 times a second."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextLength,
    QTextTable,
)

from pixdesk.ui.chat_style import ChatLook
from pixdesk.ui.safe_browser import MARKDOWN

CELL_PADDING = 6  # px around a table cell's text


def safe_boundary(text: str, start: int = 0) -> int:
    """The end of the last complete block in `text` (just after a blank line outside a code
    fence), or `start` if there is none after it. `start` must itself be such a boundary (or 0):
    only what follows it is read, so each update costs what arrived since, not the whole answer."""
    in_fence = False
    boundary = start
    position = start
    for line in text[start:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        position += len(line)
        if not in_fence and stripped == "" and line.endswith("\n"):
            boundary = position
    return boundary


def is_code_block(block: QTextBlock) -> bool:
    fmt = block.blockFormat()
    return fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.nonBreakableLines()


def decorate(document: QTextDocument, start: int, look: ChatLook | None) -> None:
    """Give the Markdown rendered from `start` on the transcript's look: code in monospace on a
    tint, links in the readable link colour (tables: `format_tables`)."""
    if look is None:
        return
    mono = QTextCharFormat()
    mono.setFontFamilies(list(look.mono_families))
    mono.setFontStyleHint(QFont.StyleHint.TypeWriter)
    mono.setFontFixedPitch(True)
    link = QTextCharFormat()
    link.setForeground(look.fg("link"))
    code_block = QTextBlockFormat()
    code_block.setBackground(look.bg("code"))
    code_block.setLeftMargin(8)
    code_block.setRightMargin(8)
    # Qt's Markdown keeps a code line unbroken: one long log line gave the whole conversation a
    # sideways scroll bar. It wraps (at spaces, else anywhere); its Copy link copies it whole.
    code_block.setNonBreakableLines(False)
    cursor = QTextCursor(document)
    block = document.findBlock(start)
    while block.isValid():
        code = is_code_block(block)
        if code:
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(code_block)
        # (textFormats, not QTextBlock's fragment iterator: that one crashes PySide 6.11)
        for piece in block.textFormats():
            fmt = QTextCharFormat(piece.format)
            change = QTextCharFormat()
            if code or fmt.fontFixedPitch():
                change.merge(mono)
            if fmt.isAnchor():
                change.merge(link)
            if change.properties():
                cursor.setPosition(block.position() + piece.start)
                cursor.setPosition(block.position() + piece.start + piece.length, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(change)
        block = block.next()


def format_tables(document: QTextDocument, start: int, look: ChatLook | None) -> None:
    """Give the tables from `start` on their grid and padding. Not inside an edit block: there Qt
    does not yet know the new tables (a cursor in a cell says it is in none). The stream formats
    them off-screen, before they are copied into the view."""
    if look is None:
        return
    tables: dict[int, QTextTable] = {}
    block = document.findBlock(start)
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            tables[table.firstPosition()] = table
        block = block.next()
    if not tables:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout pass for them all
    for table in tables.values():
        _grid(table, look)
    cursor.endEditBlock()


def _grid(table: QTextTable, look: ChatLook) -> None:
    """Padded cells in a 1-px grid. The grid is the table's own background showing through a
    pixel of spacing between cells painted in the view's: it looks like Qt's collapsed borders,
    which took ~1 ms to paint per table on screen, at every repaint of the conversation (a third
    of the whole view's; the window's stall rows)."""
    table_fmt = table.format()
    table_fmt.setCellPadding(CELL_PADDING)
    table_fmt.setBorder(0)
    table_fmt.setBorderCollapse(False)
    table_fmt.setCellSpacing(1)
    table_fmt.setBottomMargin(CELL_PADDING)  # (a code block right under it stood flush against it)
    table_fmt.setBackground(look.rule)
    table_fmt.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))
    table.setFormat(table_fmt)
    ground = look.bg("answer")
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cell_fmt = cell.format()
            if cell_fmt.background().color() != ground:
                cell_fmt.setBackground(ground)
                cell.setFormat(cell_fmt)


@dataclass(frozen=True)
class _Block:
    """One rendered block, comparable across documents (list objects' indexes left out)."""

    text: str
    fmt: QTextBlockFormat
    listed: int | None  # the list's style, or None outside a list
    pieces: tuple[tuple[int, int, QTextCharFormat], ...]  # (start, length, format)


def _blocks(document: QTextDocument) -> list[_Block]:
    rows = []
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        fmt.clearProperty(QTextFormat.Property.ObjectIndex)
        listed = block.textList()
        pieces = tuple((p.start, p.length, QTextCharFormat(p.format)) for p in block.textFormats())
        rows.append(_Block(block.text(), fmt, None if listed is None else int(listed.format().style().value), pieces))
        block = block.next()
    return rows


@dataclass(frozen=True)
class _Rendering:
    """Markdown drawn off-screen: the document to copy in, and its blocks to compare."""

    scratch: QTextDocument | None  # None: nothing to show
    blocks: list[_Block]
    commit_to: int | None  # drawn for good up to here in the source, or None: the unfinished tail


def _opening_block_of_its_own(document: QTextDocument) -> str | None:
    """The text of the first block if `document` opens with a list, or of the first cell if it
    opens with a table (Qt inserts either after the block where the cursor is, not into it);
    None if it opens with anything else."""
    first = document.begin()
    if first.textList() is not None:
        return first.text()
    second = first.next()
    if not first.text() and second.isValid() and QTextCursor(second).currentTable() is not None:
        return second.text()
    return None


@cache
def _empty_rendering() -> list[_Block]:
    return _blocks(QTextDocument())


def changed_end(old: list[_Block], new: list[_Block]) -> tuple[int, list[tuple[str, QTextCharFormat]]] | None:
    """How to turn the rendering `old` into `new` by changing only the end of the last block:
    (characters of the last block to keep, pieces to write after them); None if anything else
    differs (then the tail must be redrawn)."""
    if len(old) != len(new) or old[:-1] != new[:-1]:
        return None
    before, after = old[-1], new[-1]
    if before.fmt != after.fmt or before.listed != after.listed:
        return None
    keep = 0  # what both renderings share, from the block's start: same text, same format
    for (start, length, fmt), (new_start, new_length, new_fmt) in zip(before.pieces, after.pieces, strict=False):
        if start != new_start or fmt != new_fmt:
            break
        text, new_text = before.text[start : start + length], after.text[start : start + new_length]
        same = next(
            (i for i, (a, b) in enumerate(zip(text, new_text, strict=False)) if a != b), min(length, new_length)
        )
        keep = start + same
        if same < length or length != new_length:
            break
    pieces = []
    for start, length, fmt in after.pieces:
        text = after.text[max(start, keep) : start + length]
        if text and start + length > keep:
            pieces.append((text, fmt))
    return keep, pieces


class MarkdownStream:
    """Owns the document from `start` to its end (the answer being written is always last).

    Until the answer's first text, it may show a status line instead (`show_status`)."""

    def __init__(
        self,
        document: QTextDocument,
        start: int = 0,
        look: ChatLook | None = None,
        on_commit: Callable[[int], None] | None = None,
    ) -> None:
        """`on_commit(position)`: blocks from `position` to the document's end were just drawn for
        good (the view adds what goes under them, such as a code block's Copy link, while they
        are the last thing in the document: cheap, where adding it all at the end is not)."""
        self._document = document
        self._on_commit = on_commit
        self._start = start
        self._look = look
        self._committed = 0  # characters of the source already rendered for good
        self._tail_position = start  # where the unfinished tail starts in the document
        self._source = ""
        self._shown = _empty_rendering()  # the tail as rendered off-screen, last time
        self._pending: _Rendering | None = None  # drawn off-screen, to be copied in at the next step
        self._status = False

    @property
    def source(self) -> str:
        return self._source

    @property
    def start(self) -> int:
        return self._start

    @property
    def tail_position(self) -> int:
        """Where the part not yet drawn for good begins."""
        return self._tail_position

    def reset(self, text: str = "") -> None:
        self._clear_from(self._start)
        self._committed, self._tail_position = 0, self._start
        self._source = ""
        self._shown = _empty_rendering()
        self._pending = None
        self._status = False
        if text:
            self.update(text)

    def show_status(self, html: str) -> None:
        """A line in place of the answer, until its text arrives ("Connecting…", a countdown)."""
        if self._source:
            return
        cursor = self._clear_from(self._start)
        cursor.insertHtml(html)
        self._status = True

    def end(self) -> None:
        """The answer is over: a status line still shown goes."""
        if self._status:
            self.reset()

    def update(self, text: str) -> None:
        """Show `text` (the whole answer so far; it only ever grows while streaming)."""
        while self.step(text):
            pass

    def step(self, text: str) -> bool:
        """Show `text`, one part at a time, and say (True) when another step is needed, once the
        window has had its turn: the part to show is drawn off-screen in one step and copied into
        the view in the next; blocks finished since the last step go before the unfinished tail.
        Done in one go, a redraw held the window's thread 2-4 ms on a busy 2-core laptop (a
        table's the most); in halves, a click, a key or a timer waits for half that."""
        if not text.startswith(self._source):
            self.reset()
        self._source = text
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._draw(pending)
            return pending.commit_to is not None and bool(text[pending.commit_to :].strip())
        boundary = safe_boundary(text, self._committed)
        if boundary > self._committed:
            rendering = self._render(text[self._committed : boundary], commit_to=boundary)
        else:
            tail = text[self._committed :]
            rendering = self._render(tail if tail.strip() else "")
            if rendering.blocks == self._shown:
                return False  # nothing new to show
        self._pending = rendering
        return True

    # --- drawing -----------------------------------------------------------------------------

    def _render(self, markdown: str, commit_to: int | None = None) -> _Rendering:
        """`markdown` drawn off-screen, as it will look (decorated, its tables formatted)."""
        if not markdown:
            return _Rendering(None, _empty_rendering(), commit_to)
        scratch = QTextDocument()
        scratch.setMarkdown(markdown, MARKDOWN)
        decorate(scratch, 0, self._look)
        format_tables(scratch, 0, self._look)
        return _Rendering(scratch, _blocks(scratch), commit_to)

    def _appends(self, rendering: _Rendering) -> tuple[int, list[tuple[str, QTextCharFormat]]] | None:
        """How to show `rendering` by changing only the end of the view's last block, if that is
        all that differs from what it shows."""
        last = self._document.lastBlock()
        if last.text() != self._shown[-1].text or last.position() < self._tail_position:
            return None
        return changed_end(self._shown, rendering.blocks)

    def _draw(self, rendering: _Rendering) -> None:
        """Make the view show `rendering` in place of its tail: by appending, if that is all that
        changed; else by copying the off-screen rendering in whole (inserting the Markdown instead
        parsed it a second time, and laid each table out twice: once as Qt draws it, once more
        when given its grid). A part drawn for good is followed by the next tail's empty block."""
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        try:
            change = self._appends(rendering)
            if change is not None:
                keep, pieces = change
                last = self._document.lastBlock()
                cursor.setPosition(last.position() + keep)
                cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()  # (usually nothing: the new words only come after)
                for text, fmt in pieces:
                    cursor.insertText(text, fmt)  # (decorated already, off-screen)
            else:
                self._clear_from(self._tail_position, cursor)
                if rendering.scratch is not None:
                    cursor.insertFragment(QTextDocumentFragment(rendering.scratch))
                    opening = _opening_block_of_its_own(rendering.scratch)
                    if opening is not None:
                        self._join_the_part_before(cursor, opening)
                    self._give_the_first_block_its_format(rendering.blocks[0])
            self._shown = rendering.blocks
            self._status = False  # (a status line was in the tail: the redraw replaced it)
            if rendering.commit_to is not None:
                if self._on_commit is not None:
                    self._on_commit(self._tail_position)
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                self._committed = rendering.commit_to
                self._tail_position = cursor.position()
                self._shown = _empty_rendering()
        finally:
            cursor.endEditBlock()

    def _join_the_part_before(self, cursor: QTextCursor, opening: str) -> None:
        """A list or a table is inserted after the tail's (empty) first block, not into it: that
        block stayed above it, an empty line a full render does not have. It goes, so the list or
        table follows the part drawn before it, and starts where the tail starts. (Not at the
        answer's start: the block before that is not the answer's.)"""
        empty = self._document.findBlock(self._tail_position)
        following = empty.next()
        if (
            self._tail_position > self._start
            and empty.position() == self._tail_position
            and not empty.text()
            and empty.textList() is None
            and following.isValid()
            and following.text() == opening
        ):
            cursor.setPosition(self._tail_position)
            cursor.deletePreviousChar()

    def _give_the_first_block_its_format(self, rendered: _Block) -> None:
        """Inserted into the tail's existing (plain) block, the first block kept that block's
        format, where a full render gives it its own: a code block's first line was drawn as
        text, and a paragraph or a heading lost its margins — streamed, an answer's paragraphs
        (each the first block of its part) ran together with no space between them. (A list or
        a table starts in a block of its own, after that one: it has its format already.)"""
        first = self._document.findBlock(self._tail_position)
        if rendered.listed is None and first.text() == rendered.text and first.blockFormat() != rendered.fmt:
            QTextCursor(first).setBlockFormat(rendered.fmt)

    def _clear_from(self, position: int, cursor: QTextCursor | None = None) -> QTextCursor:
        cursor = cursor or QTextCursor(self._document)
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if cursor.block().position() != position:
            # A table was there, right after the part before it (_join_the_part_before): with it
            # went the tail's only block. The tail gets an empty block of its own again; the
            # part before keeps its format.
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            return cursor
        # The emptied block keeps the format of what was removed (a list item, a heading): clear
        # it, or the tail drawn next would join a list that no longer exists.
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        return cursor
