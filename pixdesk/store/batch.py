"""The history store's part for batch runs: jobs and their items, one per (page of a file ×
prompt), each holding its answer and audit fields. Mixed into HistoryStore.

Crash-safe like the rest of the store: an item is claimed (`running`) before its request
leaves, and its answer is committed with `done` in one transaction when it ends. A batch that
resumes after a crash first puts its `running` items back to `pending` — they are the only
ones asked again; a `done` item is never asked twice and its answer is never lost."""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass

from pixdesk.domain import Answer


class ItemStatus(enum.StrEnum):
    """Where a batch item is. The values are what the database holds (its CHECK constraint,
    schema migration 4, names the same four): a str enum, so they are stored and compared as
    those very strings."""

    PENDING = "pending"  # not asked yet, or put back to be asked again
    RUNNING = "running"  # claimed: its request has left (or is about to)
    DONE = "done"  # answered; never asked again
    FAILED = "failed"  # ended without an answer; the reason is in its audit fields

    @classmethod
    def of(cls, answer: Answer) -> ItemStatus:
        """How an item ends with this answer."""
        return cls.DONE if answer.error is None and answer.text else cls.FAILED


LEFT = (ItemStatus.PENDING, ItemStatus.RUNNING)  # what a resumed batch still has to ask


@dataclass(frozen=True)
class BatchJob:
    id: int
    title: str
    created_at: str
    region: str
    tier: str
    max_tokens: int
    system_prompt: str
    finished_at: str | None
    counts: dict[ItemStatus, int]  # items by status

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def left(self) -> int:
        return sum(self.counts.get(status, 0) for status in LEFT)


@dataclass(frozen=True)
class BatchItem:
    id: int
    job_id: int
    position: int
    path: str
    page: int
    prompt: str
    status: ItemStatus
    answer: str = ""
    attempts: int = 0
    audit: dict[str, object] | None = None


_ITEM_AUDIT = (
    "started_at",
    "finished_at",
    "profile_id",
    "region",
    "tier_served",
    "request_id",
    "stop_reason",
    "input_tokens",
    "output_tokens",
    "latency_ms",
    "error_kind",
    "error_message",
)


def _item(row: sqlite3.Row) -> BatchItem:
    return BatchItem(
        row["id"],
        row["job_id"],
        row["position"],
        row["path"],
        row["page"],
        row["prompt"],
        ItemStatus(row["status"]),
        row["answer"],
        row["attempts"],
        {name: row[name] for name in _ITEM_AUDIT},
    )


class BatchRecords:
    """Needs `_db`, `_transaction()` and `_now()` from the class it is mixed into."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]

    def create_batch(
        self,
        title: str,
        region: str,
        tier: str,
        max_tokens: int,
        system_prompt: str,
        items: Sequence[tuple[str, int, str]],
    ) -> int:
        """A new job with its items (path, page, prompt), all pending: all of it or none of it."""
        with self._transaction():
            job_id = self._db.execute(
                "INSERT INTO batch_jobs (title, created_at, region, tier, max_tokens, system_prompt) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (title, self._now(), region, tier, max_tokens, system_prompt),
            ).lastrowid
            self._db.executemany(
                "INSERT INTO batch_items (job_id, position, path, page, prompt) VALUES (?, ?, ?, ?, ?)",
                [(job_id, n, path, page, prompt) for n, (path, page, prompt) in enumerate(items)],
            )
        return job_id

    def batch_jobs(self) -> list[BatchJob]:
        """Every job, newest first."""
        counts: dict[int, dict[ItemStatus, int]] = {}
        for job_id, status, count in self._db.execute(
            "SELECT job_id, status, COUNT(*) FROM batch_items GROUP BY job_id, status"
        ):
            counts.setdefault(job_id, {})[ItemStatus(status)] = count
        return [
            BatchJob(
                r["id"],
                r["title"],
                r["created_at"],
                r["region"],
                r["tier"],
                r["max_tokens"],
                r["system_prompt"],
                r["finished_at"],
                counts.get(r["id"], {}),
            )
            for r in self._db.execute("SELECT * FROM batch_jobs ORDER BY id DESC")
        ]

    def batch_job(self, job_id: int) -> BatchJob | None:
        return next((job for job in self.batch_jobs() if job.id == job_id), None)

    def batch_items(self, job_id: int) -> list[BatchItem]:
        return [
            _item(r)
            for r in self._db.execute("SELECT * FROM batch_items WHERE job_id = ? ORDER BY position", (job_id,))
        ]

    def requeue_running(self, job_id: int) -> int:
        """Items cut off while running (a crash, a kill, Stop) go back to pending. Returns how many."""
        with self._transaction():
            return self._db.execute(
                "UPDATE batch_items SET status = ? WHERE job_id = ? AND status = ?",
                (ItemStatus.PENDING, job_id, ItemStatus.RUNNING),
            ).rowcount

    def retry_failed(self, job_id: int) -> int:
        with self._transaction():
            return self._db.execute(
                "UPDATE batch_items SET status = ? WHERE job_id = ? AND status = ?",
                (ItemStatus.PENDING, job_id, ItemStatus.FAILED),
            ).rowcount

    def claim_batch_item(self, job_id: int) -> BatchItem | None:
        """The next pending item, now running (committed before its request leaves)."""
        with self._transaction():
            row = self._db.execute(
                "SELECT * FROM batch_items WHERE job_id = ? AND status = ? ORDER BY position LIMIT 1",
                (job_id, ItemStatus.PENDING),
            ).fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE batch_items SET status = ?, attempts = attempts + 1, started_at = ? WHERE id = ?",
                (ItemStatus.RUNNING, self._now(), row["id"]),
            )
        return _item(self._db.execute("SELECT * FROM batch_items WHERE id = ?", (row["id"],)).fetchone())

    def release_batch_item(self, item_id: int) -> None:
        """Not finished (stopped, throttled): back to pending, to be asked again."""
        with self._transaction():
            self._db.execute(
                "UPDATE batch_items SET status = ? WHERE id = ? AND status = ?",
                (ItemStatus.PENDING, item_id, ItemStatus.RUNNING),
            )

    def finish_batch_item(self, item_id: int, answer: Answer) -> None:
        """The answer and its audit fields, and `done` (or `failed`), in one transaction."""
        usage = answer.usage
        values = {
            "status": ItemStatus.of(answer),
            "answer": answer.text,
            "finished_at": self._now(),
            "profile_id": answer.profile_id,
            "region": answer.region,
            "tier_served": answer.tier_served,
            "request_id": answer.request_id,
            "stop_reason": answer.stop_reason,
            "input_tokens": usage.input_tokens if usage else None,
            "output_tokens": usage.output_tokens if usage else None,
            "latency_ms": usage.latency_ms if usage else None,
            "error_kind": answer.error.kind.code if answer.error else None,
            "error_message": answer.error.sentence() if answer.error else None,
        }
        with self._transaction():
            self._db.execute(
                f"UPDATE batch_items SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                (*values.values(), item_id),
            )
            job_id = self._db.execute("SELECT job_id FROM batch_items WHERE id = ?", (item_id,)).fetchone()[0]
            left = self._db.execute(
                "SELECT COUNT(*) FROM batch_items WHERE job_id = ? AND status IN (?, ?)", (job_id, *LEFT)
            ).fetchone()[0]
            self._db.execute(
                "UPDATE batch_jobs SET finished_at = ? WHERE id = ?", (self._now() if left == 0 else None, job_id)
            )

    def delete_batch(self, job_id: int) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM batch_jobs WHERE id = ?", (job_id,))
