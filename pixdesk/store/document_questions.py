"""The history store's part for whole-document questions: which conversation holds a question
asked of a whole document, found again by its key so that a run cut off resumes in it. The
groups' questions and answers are that conversation's own messages. Mixed into HistoryStore."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentQuestionRecord:
    id: int
    conversation_id: int
    key: str
    groups: int
    finished_at: str | None


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
        return DocumentQuestionRecord(row["id"], row["conversation_id"], row["key"], row["groups"], row["finished_at"])

    def finish_document_question(self, record_id: int) -> None:
        with self._transaction():
            self._db.execute("UPDATE document_questions SET finished_at = ? WHERE id = ?", (self._now(), record_id))
