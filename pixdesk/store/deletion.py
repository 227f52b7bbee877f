"""The history store's part for deleting conversations: one by one (the person's Delete) and by
age (history retention). Mixed into HistoryStore, whose connection and transactions it uses. Rows
go first, in one transaction (messages, marks and documents by cascade, the search index by its
triggers); an image file goes after the commit, and only once no message uses it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager
from pathlib import Path


class DeletionRecords:
    """Needs `_db`, `_transaction()`, `_attachment_path()`, `interrupted_on_open` and
    `interrupted_conversation_id()` from the class it is mixed into."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]
    _attachment_path: Callable[[str], Path]
    interrupted_on_open: int
    interrupted_conversation_id: Callable[[], int | None]

    def delete(self, conversation_id: int) -> None:
        """Delete a conversation. Image files are kept while another message still uses them."""
        with self._transaction():
            orphans = self._delete_rows([conversation_id])
        self._remove_files(orphans)

    def delete_inactive(self, before: str, keep: Collection[int] = ()) -> int:
        """History retention: delete every conversation whose last activity (its last question or
        answer) is before `before` (an ISO time), as delete() does — messages, their search index
        entries, reviewed documents and marks, and image files no other message uses. Never one of
        `keep` (the one the window shows), one with an answer still being written (by any pixdesk
        process), nor the one whose answer this opening found cut off (the window shows it next).
        How many were deleted."""
        with self._transaction():  # (chosen and deleted under one write lock: nothing starts between)
            keep = {*keep}
            if self.interrupted_on_open:
                keep.add(self.interrupted_conversation_id() or 0)
            old = [
                row[0]
                for row in self._db.execute(
                    "SELECT id FROM conversations c WHERE julianday(updated_at) < julianday(?) "
                    "AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
                    "AND m.status = 'streaming')",
                    (before,),
                )
                if row[0] not in keep
            ]
            orphans = self._delete_rows(old)
        self._remove_files(orphans)
        return len(old)

    def _delete_rows(self, conversation_ids: Sequence[int]) -> list[str]:
        """Inside a transaction: delete these conversations (the rest goes by cascade, the search
        index by its triggers) and the rows of the images no message uses any more; their digests."""
        self._db.executemany("DELETE FROM conversations WHERE id = ?", [(c,) for c in conversation_ids])
        orphans = [
            row[0]
            for row in self._db.execute(
                "SELECT sha256 FROM attachments WHERE sha256 NOT IN (SELECT sha256 FROM message_attachments)"
            )
        ]
        self._db.executemany("DELETE FROM attachments WHERE sha256 = ?", [(d,) for d in orphans])
        return orphans

    def _remove_files(self, digests: Sequence[str]) -> None:
        """After the commit: a file goes only once no row names it."""
        for digest in digests:
            self._attachment_path(digest).unlink(missing_ok=True)
