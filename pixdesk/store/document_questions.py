"""The history store's part for whole-document questions: which conversation holds a question
asked of a whole document, found again by its key so that a run cut off resumes in it. The
groups' questions and answers are that conversation's own messages. Mixed into HistoryStore."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentQuestionRecord:
    id: int
    conversation_id: int
    key: str
    groups: int
    finished_at: str | None
    created_at: str = ""


# An imported conversation's whole-document questions are counted (a question asked once counts
# once), never resumed: no run's key (a SHA-256) is this.
IMPORTED_KEY = "imported"


@dataclass(frozen=True)
class ImportedDocumentQuestion:
    """A whole-document question as an export recorded it (its messages are the conversation's)."""

    groups: int
    created_at: str
    finished_at: str | None = None


class DocumentQuestionRecords:
    """Needs `_db`, `_transaction()` and `_now()` from the class it is mixed into."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]
    _now: Callable[[], str]

    def start_document_question(self, conversation_id: int, key: str, groups: int) -> int:
        with self._transaction():
            return int(
                self._db.execute(
                    "INSERT INTO document_questions (conversation_id, key, groups, created_at) VALUES (?, ?, ?, ?)",
                    (conversation_id, key, groups, self._now()),
                ).lastrowid
                or 0
            )

    def unfinished_document_question(self, key: str) -> DocumentQuestionRecord | None:
        """The newest run of this question (same files, pages, question and plan) that did not finish."""
        row = self._db.execute(
            "SELECT * FROM document_questions WHERE key = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1", (key,)
        ).fetchone()
        if row is None:
            return None
        return _record(row)

    def document_questions(self, conversation_id: int) -> list[DocumentQuestionRecord]:
        """The whole-document questions asked in a conversation, oldest first (for its export)."""
        rows = self._db.execute(
            "SELECT * FROM document_questions WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        )
        return [_record(row) for row in rows]

    def _add_imported_document_questions(
        self, conversation_id: int, questions: Sequence[ImportedDocumentQuestion]
    ) -> None:
        """Inside the import's transaction: the imported conversation's whole-document questions."""
        self._db.executemany(
            "INSERT INTO document_questions (conversation_id, key, groups, created_at, finished_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(conversation_id, IMPORTED_KEY, q.groups, q.created_at, q.finished_at) for q in questions],
        )

    def finish_document_question(self, record_id: int) -> None:
        with self._transaction():
            self._db.execute("UPDATE document_questions SET finished_at = ? WHERE id = ?", (self._now(), record_id))


def _record(row: sqlite3.Row) -> DocumentQuestionRecord:
    return DocumentQuestionRecord(
        row["id"], row["conversation_id"], row["key"], row["groups"], row["finished_at"], row["created_at"]
    )
