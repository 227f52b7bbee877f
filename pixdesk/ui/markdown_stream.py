"""Render a growing Markdown text into a QTextDocument at a cost proportional to what is new.

Re-rendering a 50,000-character answer takes ~45 ms, three frames, so a streaming answer
cannot be re-rendered whole at every update. Finished blocks (up to a blank line outside a
code fence) are rendered once and left alone; only the unfinished tail is redrawn."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from pixdesk.ui.safe_browser import MARKDOWN


def safe_boundary(text: str, start: int = 0) -> int:
    """The end of the last complete block in `text` (just after a blank line outside a code
    fence), or `start` if there is none after it."""
    in_fence = False
    boundary = start
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        position += len(line)
        if not in_fence and stripped == "" and line.endswith("\n") and position > start:
            boundary = position
    return boundary


class MarkdownStream:
    """Owns the document from `start` to its end (the answer being written is always last)."""

    def __init__(self, document: QTextDocument, start: int = 0) -> None:
        self._document = document
        self._start = start
        self._committed = 0  # characters of the source already rendered for good
        self._tail_position = start  # where the unfinished tail starts in the document
        self._source = ""

    @property
    def source(self) -> str:
        return self._source

    def reset(self, text: str = "") -> None:
        cursor = QTextCursor(self._document)
        cursor.setPosition(self._start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._committed, self._tail_position = 0, self._start
        self._source = ""
        if text:
            self.update(text)

    def update(self, text: str) -> None:
        """Show `text` (the whole answer so far; it only ever grows while streaming)."""
        if not text.startswith(self._source):
            self.reset()
        self._source = text
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        cursor.setPosition(self._tail_position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        # The emptied block keeps the format of what was removed (a list item, a heading): clear
        # it, or the tail drawn next would join a list that no longer exists.
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        boundary = safe_boundary(text, self._committed)
        if boundary > self._committed:
            cursor.insertMarkdown(text[self._committed : boundary], MARKDOWN)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._committed = boundary
            self._tail_position = cursor.position()
        tail = text[self._committed :]
        if tail.strip():
            cursor.insertMarkdown(tail, MARKDOWN)
        cursor.endEditBlock()
