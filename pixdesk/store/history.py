"""The history store: every question (with the exact image bytes sent) and every answer, with
its audit fields. Written so that nothing is lost if the process or the laptop dies:

- SQLite in WAL mode with synchronous=FULL: a committed transaction survives a power cut.
- A question and its images are committed *before* the request leaves.
- A streaming answer is checkpointed (see AnswerRecorder) and stays `streaming` until it ends;
  whatever is still `streaming` when the store is next opened was cut off: `interrupted`.
- Image files are written to a temporary name, flushed, fsynced, then renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from pixdesk import catalog
from pixdesk.domain import Answer, Attachment, Placement
from pixdesk.store import schema
from pixdesk.store.batch import BatchRecords
from pixdesk.store.deletion import DeletionRecords
from pixdesk.store.document_questions import DocumentQuestionRecords, ImportedDocumentQuestion
from pixdesk.store.review import ReviewRecords
from pixdesk.store.snippets import Snippet, make_snippet


def default_directory() -> Path:
    return Path(platformdirs.user_data_dir("pixdesk", appauthor=False))


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class StoredAttachment:
    sha256: str
    format: str
    width: int
    height: int
    size_bytes: int
    source_name: str
    placement: Placement | None = None


@dataclass
class StoredMessage:
    id: int
    role: str
    text: str
    status: str
    created_at: str
    finished_at: str | None = None
    attachments: list[StoredAttachment] = field(default_factory=list)
    audit: dict[str, object] = field(default_factory=dict)
    # A question pixdesk wrote on the person's behalf (a whole-document question's parts): what the
    # window shows instead of `text`, which is exactly what was sent. None: `text` is shown.
    shown_text: str | None = None


@dataclass(frozen=True)
class ImportedMessage:
    """A message as another store recorded it (an export): kept with its own times and audit fields."""

    role: str  # user | assistant
    text: str
    status: str
    created_at: str
    finished_at: str | None = None
    audit: dict[str, object] = field(default_factory=dict)  # only names from _AUDIT
    attachments: tuple[Attachment, ...] = ()  # the exact bytes; Attachment.name is the source name
    shown_text: str | None = None  # a question pixdesk wrote: what the window shows (StoredMessage's)


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    title: str
    created_at: str
    updated_at: str
    message_count: int
    # The questions the person asked: a whole-document question counts once, not once per request
    # it took (its parts are its own: see add_question's `shown_text`).
    question_count: int = 0


_AUDIT = (
    "model_id",
    "profile_id",
    "region",
    "tier_requested",
    "tier_served",
    "request_id",
    "stop_reason",
    "input_tokens",
    "output_tokens",
    "latency_ms",
    "error_kind",
    "error_message",
)
AUDIT_FIELDS = _AUDIT
STATUSES = ("complete", "streaming", "stopped", "failed", "interrupted")


def _boxes_text(boxes) -> str:
    return ";".join(",".join(str(n) for n in box) for box in boxes)


def _boxes(text: str | None) -> tuple[tuple[int, int, int, int], ...]:
    return tuple(tuple(int(n) for n in part.split(",")) for part in (text or "").split(";") if part)


def _placement_columns(attachment: Attachment) -> tuple:
    placement = attachment.placement
    if placement is None:
        return None, None, None, None
    return placement.document_sha256, placement.page, _boxes_text([placement.box]), _boxes_text(placement.redacted)


def _placement(row: sqlite3.Row) -> Placement | None:
    if row["document_sha256"] is None:
        return None
    return Placement(row["document_sha256"], row["page"], _boxes(row["box"])[0], _boxes(row["redacted"]))


_BUSY_TIMEOUT = 10.0  # seconds


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch the database to WAL mode (a no-op once it is). The switch upgrades a read lock to an
    exclusive one, and SQLite never waits (busy timeout) to upgrade a lock it holds, as that could
    deadlock: a second process opening a fresh or old file at the same moment gets "database is
    locked" at once. So wait the way SQLite does wait: BEGIN EXCLUSIVE from no lock at all blocks
    (busy timeout) until the others are done; then try again."""
    deadline = time.monotonic() + _BUSY_TIMEOUT
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
        db.execute("BEGIN EXCLUSIVE")
        db.execute("COMMIT")


def _clean_title(title: str) -> str:
    return " ".join(title.split())[:120] or "Untitled"


class HistoryStore(ReviewRecords, BatchRecords, DocumentQuestionRecords, DeletionRecords):
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_directory()
        self.attachments_dir = self.directory / "attachments"
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / "history.sqlite3"
        # check_same_thread=False: the window uses the store from one dedicated thread, not the
        # thread that opened it (see services.history.HistoryWriter); never from two at once.
        # timeout: the busy timeout, how long to wait for another process's lock (another pixdesk
        # opening, migrating or writing the same history) before "database is locked".
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_TIMEOUT, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        _use_wal(self._db)
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("PRAGMA foreign_keys = ON")
        schema.migrate(self._db)
        self.interrupted_on_open = self._mark_interrupted()

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """All of it or none of it. (The connection is in autocommit mode, where sqlite3's own
        `with connection:` would not start a transaction, so every write says BEGIN itself.)"""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @staticmethod
    def _now() -> str:
        return _now()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _mark_interrupted(self) -> int:
        with self._transaction():
            return self._db.execute("UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'").rowcount

    # --- writing -------------------------------------------------------------------------------

    def start_conversation(self, title: str) -> int:
        now = _now()
        title = _clean_title(title)
        with self._transaction():
            return self._db.execute(
                "INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)", (title, now, now)
            ).lastrowid

    def add_question(
        self,
        conversation_id: int,
        text: str,
        attachments: tuple[Attachment, ...] = (),
        replacing: Sequence[int] = (),
        shown_text: str | None = None,
    ) -> int:
        """Commit the question and its images. Call before sending: it must outlive any crash.

        `shown_text`: for a question pixdesk wrote on the person's behalf, what the window shows in
        its place (`text` stays exactly what was sent).

        `replacing`: the messages of an earlier attempt at this question (its question and its
        failed, stopped or interrupted answer), removed in the same transaction — a retry takes
        their place, so the conversation shows and counts the question once."""
        digests = [self._save_attachment(a) for a in attachments]  # files first, durable
        now = _now()
        unused: list[str] = []
        with self._transaction():
            if replacing:
                unused = self._delete_messages(conversation_id, replacing)
            message_id = self._db.execute(
                "INSERT INTO messages (conversation_id, role, text, status, created_at, finished_at, shown_text) "
                "VALUES (?, 'user', ?, 'complete', ?, ?, ?)",
                (conversation_id, text, now, now, shown_text),
            ).lastrowid
            for position, (digest, attachment) in enumerate(zip(digests, attachments, strict=False)):
                self._db.execute(
                    "INSERT OR IGNORE INTO attachments (sha256, format, width, height, size_bytes) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (digest, attachment.format, attachment.width, attachment.height, attachment.size_bytes),
                )
                self._db.execute(
                    "INSERT INTO message_attachments (message_id, position, sha256, source_name, "
                    "document_sha256, page, box, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (message_id, position, digest, attachment.name, *_placement_columns(attachment)),
                )
            unused = self._unreferenced(unused)  # the retry may send the same images again
            self._db.executemany("DELETE FROM attachments WHERE sha256 = ?", [(d,) for d in unused])
            self._touch(conversation_id, now)
        for digest in unused:  # after the commit: a file goes only once no row names it
            self._attachment_path(digest).unlink(missing_ok=True)
        return message_id

    def _delete_messages(self, conversation_id: int, message_ids: Sequence[int]) -> list[str]:
        """Inside a transaction: delete these messages of this conversation (their attachments'
        rows and region marks go with them, by cascade); the image digests they used."""
        marks = ", ".join("?" * len(message_ids))
        digests = [
            row[0]
            for row in self._db.execute(
                f"SELECT DISTINCT sha256 FROM message_attachments WHERE message_id IN ({marks})", (*message_ids,)
            )
        ]
        self._db.execute(
            f"DELETE FROM messages WHERE conversation_id = ? AND id IN ({marks})", (conversation_id, *message_ids)
        )
        return digests

    def _unreferenced(self, digests: Sequence[str]) -> list[str]:
        """Inside a transaction: those of `digests` no message uses any more."""
        return [
            d
            for d in digests
            if self._db.execute("SELECT 1 FROM message_attachments WHERE sha256 = ? LIMIT 1", (d,)).fetchone() is None
        ]

    def start_answer(self, conversation_id: int, answer: Answer) -> int:
        now = _now()
        with self._transaction():
            message_id = self._db.execute(
                "INSERT INTO messages (conversation_id, role, text, status, created_at, model_id, profile_id, "
                "region, tier_requested) VALUES (?, 'assistant', '', 'streaming', ?, ?, ?, ?, ?)",
                (conversation_id, now, catalog.MODEL_ID, answer.profile_id, answer.region, answer.tier_requested),
            ).lastrowid
            self._touch(conversation_id, now)
        return message_id

    def checkpoint_answer(self, message_id: int, text: str) -> None:
        with self._transaction():
            self._db.execute("UPDATE messages SET text = ? WHERE id = ? AND status = 'streaming'", (text, message_id))

    def finish_answer(self, message_id: int, answer: Answer) -> None:
        status = "complete" if answer.complete else "stopped" if answer.cancelled else "failed"
        usage = answer.usage
        values = {
            "text": answer.text,
            "status": status,
            "finished_at": _now(),
            "request_id": answer.request_id,
            "stop_reason": answer.stop_reason,
            "tier_served": answer.tier_served,
            "input_tokens": usage.input_tokens if usage else None,
            "output_tokens": usage.output_tokens if usage else None,
            "latency_ms": usage.latency_ms if usage else None,
            "error_kind": answer.error.kind.code if answer.error else None,
            "error_message": answer.error.message if answer.error else None,
        }
        # Where and how the attempt that gave this answer was asked: an automatic retry after
        # throttling may have gone to another region or tier than start_answer recorded. (Empty:
        # not known, keep what start_answer wrote.)
        asked = {"region": answer.region, "profile_id": answer.profile_id, "tier_requested": answer.tier_requested}
        assignments = ", ".join(
            [f"{name} = ?" for name in values] + [f"{name} = COALESCE(NULLIF(?, ''), {name})" for name in asked]
        )
        with self._transaction():
            self._db.execute(
                f"UPDATE messages SET {assignments} WHERE id = ?", (*values.values(), *asked.values(), message_id)
            )

    def import_conversation(
        self,
        title: str,
        created_at: str,
        updated_at: str,
        messages: Sequence[ImportedMessage],
        document_questions: Sequence[ImportedDocumentQuestion] = (),
    ) -> int:
        """Add a conversation recorded elsewhere as a NEW conversation (never touching another),
        with each message's own text, status, times and audit fields: all of it or none of it.
        An answer that was still streaming when exported can never end here: it is interrupted.
        `document_questions`: its whole-document questions, so that each still counts once."""
        for message in messages:
            if message.role not in ("user", "assistant") or message.status not in STATUSES:
                raise ValueError(f"not a message role and status: {message.role!r}, {message.status!r}")
            unknown = set(message.audit) - set(_AUDIT)
            if unknown:  # the names become column names: only ours
                raise ValueError(f"not audit fields: {sorted(unknown)}")
        created: list[str] = []  # image files this import wrote (not those already there: shared)
        try:
            return self._import(title, created_at, updated_at, messages, document_questions, created)
        except BaseException:  # all of it or none of it, on disk too
            # If even that fails (the database still locked…), the first error is the one to see:
            # a file left behind costs disk space, never a message.
            with contextlib.suppress(sqlite3.Error, OSError):
                self._remove_unused(created)
            raise

    def _import(
        self,
        title: str,
        created_at: str,
        updated_at: str,
        messages: Sequence[ImportedMessage],
        document_questions: Sequence[ImportedDocumentQuestion],
        created: list[str],
    ) -> int:
        # files first (durable before the rows that name them)
        digests = [[self._save_attachment(a, created) for a in message.attachments] for message in messages]
        with self._transaction():  # one transaction: a half-imported conversation never exists
            conversation_id = self._db.execute(
                "INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)",
                (_clean_title(title), created_at, updated_at),
            ).lastrowid
            for message, message_digests in zip(messages, digests, strict=False):
                status = "interrupted" if message.status == "streaming" else message.status
                audit = {name: message.audit[name] for name in _AUDIT if message.audit.get(name) is not None}
                columns = ", ".join(
                    ("conversation_id", "role", "text", "status", "created_at", "finished_at", "shown_text", *audit)
                )
                message_id = self._db.execute(
                    f"INSERT INTO messages ({columns}) VALUES ({', '.join('?' * (7 + len(audit)))})",
                    (
                        conversation_id,
                        message.role,
                        message.text,
                        status,
                        message.created_at,
                        message.finished_at,
                        message.shown_text,
                        *audit.values(),
                    ),
                ).lastrowid
                for position, (digest, attachment) in enumerate(
                    zip(message_digests, message.attachments, strict=False)
                ):
                    self._db.execute(
                        "INSERT OR IGNORE INTO attachments (sha256, format, width, height, size_bytes) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (digest, attachment.format, attachment.width, attachment.height, attachment.size_bytes),
                    )
                    self._db.execute(
                        "INSERT INTO message_attachments (message_id, position, sha256, source_name) "
                        "VALUES (?, ?, ?, ?)",
                        (message_id, position, digest, attachment.name),
                    )
            self._add_imported_document_questions(conversation_id, document_questions)
        return conversation_id

    def rename(self, conversation_id: int, title: str) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE conversations SET title = ? WHERE id = ?", (title.strip() or "Untitled", conversation_id)
            )

    # --- reading -------------------------------------------------------------------------------

    def conversations(self) -> list[ConversationSummary]:
        # The person's questions: their own (no shown_text), and each whole-document question once.
        rows = self._db.execute(
            "SELECT c.*, (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count, "
            "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user' "
            "AND m.shown_text IS NULL) + "
            "(SELECT COUNT(*) FROM document_questions d WHERE d.conversation_id = c.id) AS question_count "
            "FROM conversations c ORDER BY c.updated_at DESC, c.id DESC"
        )
        return [
            ConversationSummary(
                r["id"], r["title"], r["created_at"], r["updated_at"], r["message_count"], r["question_count"]
            )
            for r in rows
        ]

    def last_conversation_id(self) -> int | None:
        row = self._db.execute("SELECT id FROM conversations ORDER BY updated_at DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def conversation(self, conversation_id: int) -> ConversationSummary | None:
        return next((c for c in self.conversations() if c.id == conversation_id), None)

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        attachments: dict[int, list[StoredAttachment]] = {}
        for row in self._db.execute(
            "SELECT ma.message_id, ma.source_name, ma.document_sha256, ma.page, ma.box, ma.redacted, a.* "
            "FROM message_attachments ma "
            "JOIN attachments a USING (sha256) JOIN messages m ON m.id = ma.message_id "
            "WHERE m.conversation_id = ? ORDER BY ma.message_id, ma.position",
            (conversation_id,),
        ):
            attachments.setdefault(row["message_id"], []).append(
                StoredAttachment(
                    row["sha256"],
                    row["format"],
                    row["width"],
                    row["height"],
                    row["size_bytes"],
                    row["source_name"],
                    _placement(row),
                )
            )
        return [
            StoredMessage(
                r["id"],
                r["role"],
                r["text"],
                r["status"],
                r["created_at"],
                r["finished_at"],
                attachments.get(r["id"], []),
                {name: r[name] for name in _AUDIT if r[name] is not None},
                r["shown_text"],
            )
            for r in self._db.execute(
                "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            )
        ]

    def sent_since(self, since: str) -> list[tuple[float, int, str]]:
        """Requests to Bedrock started at or after `since` (an ISO time): (wall-clock time, tokens
        used, inference profile). The quota pacer starts from these (services.quota)."""
        rows = self._db.execute(
            "SELECT created_at, COALESCE(input_tokens, 0) + COALESCE(output_tokens, 0), COALESCE(profile_id, '') "
            "FROM messages WHERE role = 'assistant' AND created_at >= ? UNION ALL "
            "SELECT started_at, COALESCE(input_tokens, 0) + COALESCE(output_tokens, 0), COALESCE(profile_id, '') "
            "FROM batch_items WHERE started_at >= ?",
            (since, since),
        ).fetchall()
        return [(datetime.datetime.fromisoformat(r[0]).timestamp(), r[1], r[2]) for r in rows]

    def interrupted_conversation_id(self) -> int | None:
        """The most recent conversation whose last answer was cut off by a crash."""
        row = self._db.execute(
            "SELECT conversation_id FROM messages WHERE status = 'interrupted' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def attachment_bytes(self, sha256: str) -> bytes:
        return self._attachment_path(sha256).read_bytes()

    def search(self, query: str, limit: int = 50) -> list[tuple[int, int, Snippet]]:
        """(conversation id, message id, snippet) for messages matching every word of `query`.
        FTS5 finds the messages; the snippet (whole words, matches marked) is made here."""
        words = [w.replace('"', '""') for w in query.split()]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)  # each word quoted: no FTS syntax from people
        # Everything sent is searched; the snippet is cut from what the window shows (a whole-document
        # question's parts: their short words, not the instructions written for the model).
        return [
            (r[0], r[1], make_snippet(r[2], query))
            for r in self._db.execute(
                "SELECT m.conversation_id, m.id, COALESCE(m.shown_text, m.text) "
                "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? "
                "ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]

    def data_version(self) -> int:
        """Changes whenever another connection (another pixdesk process) commits to the history:
        cheap to ask, so the window can poll it to stay current."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    # --- files ---------------------------------------------------------------------------------

    def _attachment_path(self, sha256: str) -> Path:
        return self.attachments_dir / sha256[:2] / sha256

    def _save_attachment(self, attachment: Attachment, created: list[str] | None = None) -> str:
        """Write the image's file unless it is there already (content-addressed: shared by every
        message that sent the same bytes). Its digest goes on `created` if this call wrote it."""
        digest = hashlib.sha256(attachment.data).hexdigest()
        path = self._attachment_path(digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".partial")
            try:
                with temporary.open("wb") as handle:
                    handle.write(attachment.data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temporary, path)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            if created is not None:
                created.append(digest)
        return digest

    def _remove_unused(self, digests: list[str]) -> None:
        """Remove image files a failed write created, unless a row uses them by now (another
        process may have recorded the same bytes meanwhile). Under the write lock, as delete() does."""
        if not digests:
            return
        with self._transaction():
            unused = [
                d
                for d in digests
                if self._db.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (d,)).fetchone() is None
            ]
            for digest in unused:
                self._attachment_path(digest).unlink(missing_ok=True)

    def _touch(self, conversation_id: int, now: str) -> None:
        self._db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
