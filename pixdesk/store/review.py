"""The history store's part for document review: which documents a conversation reviews, and
the marks on their pages (redactions, annotations, pins, and the regions questions were asked
about). Mixed into HistoryStore, whose connection and transactions it uses.

A document is recorded by its path and its SHA-256; the file itself is never copied or changed.
Marks are in the page's full-resolution pixels, so they stay put at any zoom. Redactions belong to
the file, not to a conversation: they are saved by its SHA-256 (`saved_redactions`), and every
later use of the same bytes burns them in."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass

from pixdesk.domain import Mark, MarkKind

Box = tuple[int, int, int, int]  # x, y, width, height in the page's full-resolution pixels


@dataclass(frozen=True)
class SavedRedaction:
    """A redaction kept for a file (by the SHA-256 of its bytes), whichever conversation made it."""

    id: int
    sha256: str
    page: int  # 0-based
    box: Box
    created_at: str


def _stored_id(mark: Mark) -> int:
    if mark.id is None:
        raise ValueError("that mark is not stored")
    return mark.id


@dataclass(frozen=True)
class StoredDocument:
    id: int
    conversation_id: int
    path: str
    name: str
    sha256: str
    page_count: int


def _mark(row: sqlite3.Row) -> Mark:
    return Mark(
        MarkKind(row["kind"]),
        row["page"],
        (row["x"], row["y"], row["width"], row["height"]),
        row["note"],
        row["colour"],
        row["id"],
        row["document_id"],
        row["message_id"],
    )


class ReviewRecords:
    """Needs `_db` (sqlite3.Connection), `_transaction()` and `_now()` from the class it is mixed into."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]

    def add_document(self, conversation_id: int, path: str, name: str, sha256: str, page_count: int) -> int:
        """The document's id in this conversation (recorded now if new; its path updated if it moved)."""
        with self._transaction():
            row = self._db.execute(
                "SELECT id FROM documents WHERE conversation_id = ? AND sha256 = ?", (conversation_id, sha256)
            ).fetchone()
            if row is not None:
                self._db.execute("UPDATE documents SET path = ?, name = ? WHERE id = ?", (path, name, row[0]))
                return row[0]
            return self._db.execute(
                "INSERT INTO documents (conversation_id, path, name, sha256, page_count, opened_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (conversation_id, path, name, sha256, page_count, self._now()),
            ).lastrowid

    def documents(self, conversation_id: int) -> list[StoredDocument]:
        return [
            StoredDocument(r["id"], r["conversation_id"], r["path"], r["name"], r["sha256"], r["page_count"])
            for r in self._db.execute(
                "SELECT * FROM documents WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            )
        ]

    def add_mark(self, document_id: int, mark: Mark) -> int:
        """A mark's id. A redaction is saved for the document's SHA-256 (every conversation and
        every later use of the same file sees it): its id is a saved redaction's."""
        if mark.kind is MarkKind.REDACTION:
            return self.add_saved_redaction(self._sha256_of(document_id), mark.page, mark.box)
        with self._transaction():
            return self._db.execute(
                "INSERT INTO marks (document_id, page, kind, x, y, width, height, note, colour, message_id, "
                "created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    mark.page,
                    mark.kind.value,
                    *mark.box,
                    mark.note,
                    mark.colour,
                    mark.message_id,
                    self._now(),
                ),
            ).lastrowid

    def update_mark(self, mark: Mark) -> None:
        """Change a stored mark's box, note and colour (its kind, page and question stay)."""
        if mark.kind is MarkKind.REDACTION:
            self.update_saved_redaction(_stored_id(mark), mark.box)
            return
        with self._transaction():
            self._db.execute(
                "UPDATE marks SET x = ?, y = ?, width = ?, height = ?, note = ?, colour = ? WHERE id = ?",
                (*mark.box, mark.note, mark.colour, mark.id),
            )

    def delete_mark(self, mark: Mark | int) -> None:
        """Delete a mark (a redaction: from the document's saved redactions). An id alone is a
        mark's that is not a redaction: redactions are numbered apart."""
        if isinstance(mark, Mark) and mark.kind is MarkKind.REDACTION:
            self.delete_saved_redaction(_stored_id(mark))
            return
        mark_id = _stored_id(mark) if isinstance(mark, Mark) else mark
        with self._transaction():
            self._db.execute("DELETE FROM marks WHERE id = ?", (mark_id,))

    def marks(self, document_id: int) -> list[Mark]:
        """The document's marks in this conversation, with the redactions saved for its SHA-256
        (first on each page)."""
        row = self._db.execute("SELECT sha256 FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return []
        own = [
            _mark(r)
            for r in self._db.execute("SELECT * FROM marks WHERE document_id = ? ORDER BY page, id", (document_id,))
        ]
        redactions = self.saved_redaction_marks(row[0], document_id)
        return sorted([*redactions, *own], key=lambda m: m.page)  # stable: redactions first, then by id

    def question_regions(self, conversation_id: int) -> dict[int, tuple[StoredDocument, Mark]]:
        """For each question asked about a region: its document and the region."""
        documents = {document.id: document for document in self.documents(conversation_id)}
        rows: Iterator[sqlite3.Row] = self._db.execute(
            "SELECT marks.* FROM marks JOIN documents d ON d.id = marks.document_id "
            "WHERE d.conversation_id = ? AND marks.kind = 'region' AND marks.message_id IS NOT NULL",
            (conversation_id,),
        )
        return {row["message_id"]: (documents[row["document_id"]], _mark(row)) for row in rows}

    def latest_conversation_about(self, sha256: str) -> int | None:
        """The conversation that last used the document with this SHA-256 (the newest activity
        wins), or None: reopening a file brings back its review, wherever the file now lives."""
        row = self._db.execute(
            "SELECT c.id FROM conversations c JOIN documents d ON d.conversation_id = c.id "
            "WHERE d.sha256 = ? ORDER BY c.updated_at DESC, c.id DESC LIMIT 1",
            (sha256,),
        ).fetchone()
        return None if row is None else int(row[0])

    # --- redactions, by document ---------------------------------------------------------------

    def _sha256_of(self, document_id: int) -> str:
        row = self._db.execute("SELECT sha256 FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise ValueError(f"there is no document {document_id}")
        return str(row[0])

    def add_saved_redaction(self, sha256: str, page: int, box: Box) -> int:
        """Save a redaction for the file with this SHA-256; its id (the same box twice: one row)."""
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO saved_redactions (sha256, page, x, y, width, height, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sha256, page, *box, self._now()),
            )
            return int(
                self._db.execute(
                    "SELECT id FROM saved_redactions WHERE sha256 = ? AND page = ? AND x = ? AND y = ? "
                    "AND width = ? AND height = ?",
                    (sha256, page, *box),
                ).fetchone()[0]
            )

    def update_saved_redaction(self, redaction_id: int, box: Box) -> None:
        """Move or resize a saved redaction (if that box is already saved on its page, this one goes)."""
        with self._transaction():
            self._db.execute(
                "UPDATE OR REPLACE saved_redactions SET x = ?, y = ?, width = ?, height = ? WHERE id = ?",
                (*box, redaction_id),
            )

    def delete_saved_redaction(self, redaction_id: int) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM saved_redactions WHERE id = ?", (redaction_id,))

    def saved_redaction_list(self, sha256: str) -> list[SavedRedaction]:
        """The redactions saved for the file with this SHA-256, by page, oldest first."""
        return [
            SavedRedaction(r["id"], r["sha256"], r["page"], (r["x"], r["y"], r["width"], r["height"]), r["created_at"])
            for r in self._db.execute("SELECT * FROM saved_redactions WHERE sha256 = ? ORDER BY page, id", (sha256,))
        ]

    def saved_redactions(self, sha256: str) -> dict[int, list[Box]]:
        """page → the boxes to burn into it, for the file with this SHA-256 (no entry: none)."""
        pages: dict[int, list[Box]] = {}
        for redaction in self.saved_redaction_list(sha256):
            pages.setdefault(redaction.page, []).append(redaction.box)
        return pages

    def saved_redaction_marks(self, sha256: str, document_id: int | None = None) -> list[Mark]:
        """The saved redactions as marks (for the review's pages)."""
        return [
            Mark(MarkKind.REDACTION, r.page, r.box, id=r.id, document_id=document_id)
            for r in self.saved_redaction_list(sha256)
        ]
