"""The history database's schema, as a list of forward migrations.

The database's `user_version` says how many have been applied. To change the schema, append a
migration; never edit one that has shipped. The pending ones run in one write transaction that
reads the version itself, so two processes opening the store at once never both migrate."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

MIGRATIONS: tuple[str, ...] = (
    # 1: conversations, messages with their audit fields, content-addressed attachments.
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        text TEXT NOT NULL DEFAULT '',
        -- assistant messages: streaming until the answer ends, then complete / stopped / failed;
        -- a message found streaming when the app starts was cut off by a crash: interrupted.
        status TEXT NOT NULL DEFAULT 'complete',
        created_at TEXT NOT NULL,
        finished_at TEXT,
        model_id TEXT, profile_id TEXT, region TEXT, tier_requested TEXT, tier_served TEXT,
        request_id TEXT, stop_reason TEXT, input_tokens INTEGER, output_tokens INTEGER,
        latency_ms INTEGER, error_kind TEXT, error_message TEXT
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
    CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        format TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        size_bytes INTEGER NOT NULL
    );
    CREATE TABLE message_attachments (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES attachments(sha256),
        source_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (message_id, position)
    );
    """,
    # 2: full-text search over every message (SQLite FTS5), kept in step by triggers.
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id');
    INSERT INTO messages_fts(rowid, text) SELECT id, text FROM messages;
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);
    END;
    """,
    # 3: document review: the documents a conversation reviews (by path and SHA-256; never
    # copied), and the marks on their pages, in full-resolution pixels.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        page_count INTEGER NOT NULL,
        opened_at TEXT NOT NULL,
        UNIQUE (conversation_id, sha256)
    );
    CREATE TABLE marks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('redaction', 'annotation', 'pin', 'region')),
        x INTEGER NOT NULL, y INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '',
        -- a region: the question that was asked about it (goes with the question)
        message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
    );
    CREATE INDEX marks_by_document ON marks(document_id, page);
    -- where a sent image came from on a reviewed document, so later redactions reach it too
    ALTER TABLE message_attachments ADD COLUMN document_sha256 TEXT;
    ALTER TABLE message_attachments ADD COLUMN page INTEGER;
    ALTER TABLE message_attachments ADD COLUMN box TEXT;       -- "x,y,w,h"
    ALTER TABLE message_attachments ADD COLUMN redacted TEXT;  -- "x,y,w,h;x,y,w,h": burned in already
    """,
    # 4: batch runs: a job, and one item per (page of a file × prompt), each with its answer and
    # its audit fields. An item found `running` when a batch resumes was cut off: asked again.
    """
    CREATE TABLE batch_jobs (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        region TEXT NOT NULL,
        tier TEXT NOT NULL,
        max_tokens INTEGER NOT NULL,
        system_prompt TEXT NOT NULL DEFAULT '',
        finished_at TEXT
    );
    CREATE TABLE batch_items (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES batch_jobs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        path TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 0),
        prompt TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
        answer TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        started_at TEXT, finished_at TEXT,
        profile_id TEXT, region TEXT, tier_served TEXT, request_id TEXT, stop_reason TEXT,
        input_tokens INTEGER, output_tokens INTEGER, latency_ms INTEGER, error_kind TEXT, error_message TEXT,
        UNIQUE (job_id, position)
    );
    CREATE INDEX batch_items_by_status ON batch_items(job_id, status, position);
    """,
    # 5: whole-document questions: the conversation that holds one, found again by its key
    # (the files' SHA-256, the pages, the question and the plan) so that a run cut off resumes there.
    # Its groups' questions and answers are that conversation's messages.
    """
    CREATE TABLE document_questions (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        groups INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX document_questions_by_key ON document_questions(key, id);
    """,
    # 6: redactions belong to the document, by the SHA-256 of its bytes, not to one conversation:
    # every later use of the same file (a review in any conversation, the chat, `pixdesk ask`, a
    # batch) burns them in. Boxes in the page's full-resolution pixels; the same box once. The
    # redaction marks conversations kept so far move here, de-duplicated, with their first date.
    """
    CREATE TABLE saved_redactions (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 0),
        x INTEGER NOT NULL, y INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (sha256, page, x, y, width, height)
    );
    INSERT INTO saved_redactions (sha256, page, x, y, width, height, created_at)
        SELECT d.sha256, m.page, m.x, m.y, m.width, m.height, MIN(m.created_at)
        FROM marks m JOIN documents d ON d.id = m.document_id
        WHERE m.kind = 'redaction'
        GROUP BY d.sha256, m.page, m.x, m.y, m.width, m.height
        ORDER BY MIN(m.created_at), MIN(m.id);
    DELETE FROM marks WHERE kind = 'redaction';
    """,
    # 7: a question pixdesk wrote on the person's behalf (a whole-document question's request for one
    # group of pages, and the one that combines their answers) keeps in `text` exactly what was sent,
    # for the audit and the exports; `shown_text` is what the window shows in its place (NULL: the
    # text itself, the person's own words).
    """
    ALTER TABLE messages ADD COLUMN shown_text TEXT;
    """,
)
LATEST = len(MIGRATIONS)


def version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection, target: int = LATEST) -> int:
    """Apply the migrations after the database's version, up to `target`. Returns the new version.
    A database from a newer pixdesk is left alone (ValueError): never downgrade.

    Other processes may open the same file at the same moment (the window and `pixdesk ask` on a
    first start, every upgrade). The version is read again inside a BEGIN IMMEDIATE transaction:
    the first process migrates, the others wait for its lock (the connection's busy timeout), then
    find the work done. All of the pending migrations, or none of them."""
    current = _not_newer(version(connection))
    if current >= target:  # the common case: nothing to do, no write lock taken (versions only grow)
        return current
    connection.execute("BEGIN IMMEDIATE")
    try:
        current = _not_newer(version(connection))  # again, now that no one else can be migrating
        for number in range(current + 1, target + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return version(connection)


def _not_newer(current: int) -> int:
    if current > LATEST:
        raise ValueError(f"history database version {current} is newer than this pixdesk ({LATEST})")
    return current


def _statements(script: str) -> Iterator[str]:
    """A migration's statements, one at a time. (executescript() would COMMIT the transaction
    around them first.) SQLite's own sqlite3_complete() tells where a statement ends, so a `;` in
    a comment or inside CREATE TRIGGER … END does not split one. What follows the last `;` is
    blank or a comment, which SQLite runs as nothing."""
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if statement.strip():
        yield statement
