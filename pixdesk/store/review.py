"""The history store's part for document review: which documents a conversation reviews, and
the marks on their pages (redactions, annotations, pins, and the regions questions were asked
about). Mixed into HistoryStore, whose connection and transactions it uses.

A document is recorded by its path and its SHA-256; the file itself is never copied or changed.
Marks are in the page's full-resolution pixels, so they stay put at any zoom."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass

from pixdesk.domain import Mark, MarkKind


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
        with self._transaction():
            self._db.execute(
                "UPDATE marks SET x = ?, y = ?, width = ?, height = ?, note = ?, colour = ? WHERE id = ?",
                (*mark.box, mark.note, mark.colour, mark.id),
            )

    def delete_mark(self, mark_id: int) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM marks WHERE id = ?", (mark_id,))

    def marks(self, document_id: int) -> list[Mark]:
        return [
            _mark(r)
            for r in self._db.execute("SELECT * FROM marks WHERE document_id = ? ORDER BY page, id", (document_id,))
        ]

    def question_regions(self, conversation_id: int) -> dict[int, tuple[StoredDocument, Mark]]:
        """For each question asked about a region: its document and the region."""
        documents = {document.id: document for document in self.documents(conversation_id)}
        rows: Iterator[sqlite3.Row] = self._db.execute(
            "SELECT marks.* FROM marks JOIN documents d ON d.id = marks.document_id "
            "WHERE d.conversation_id = ? AND marks.kind = 'region' AND marks.message_id IS NOT NULL",
            (conversation_id,),
        )
        return {row["message_id"]: (documents[row["document_id"]], _mark(row)) for row in rows}
