"""The pacing ledger: what this user's pixdesk processes have lately sent to Bedrock, kept in one
small SQLite file beside the history, so that the window, `pixdesk batch` and `pixdesk ask` pace
to one quota together instead of each to its own (services.quota decides; this module keeps the
records and makes reserving atomic).

- One row per request (a reservation): whose quota it counts against (the key: credentials and
  geography), when it was sent (wall-clock seconds: comparable between processes, and after a
  reboot), its tokens (reserved, then settled to what Bedrock reported) and the process that
  made it. Rows older than a day are deleted.
- Reserving is check-and-insert in one BEGIN IMMEDIATE transaction: SQLite lets one writer in at
  a time, so two processes can never both take the window's last slot.
- A 429 met by one process records a "not before" time for the key: every process waits for it.
- A process that was told the quota (the window's Settings, `batch --quota`) declares it; one
  that was told nothing (`pixdesk ask`) paces to the quota a running process declared.
- Crash safety: a row counts only for its window after it was sent, so a killed process's
  reservations expire on their own; a declaration counts only while its process is running.
- Each call opens its own short connection: nothing to close, safe from any thread, and no file
  handle held between requests. WAL with synchronous=NORMAL: readers never wait for the writer,
  and commits do not fsync (a power cut may lose the last rows, which matter for a minute at most).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pixdesk.store.history import default_directory

DAY_S = 86_400.0
FILE_NAME = "pacing.sqlite3"  # beside the history's database (store.history.default_directory)
BUSY_TIMEOUT_S = 10.0  # every transaction here is a few rows long: waiting this long means trouble
SCHEMA_VERSION = 1
SET_UP_ATTEMPTS = 100  # × 20 ms: processes started at the same moment, each switching a new file to WAL
LATEST_HOLD_S = 300.0  # a "not before" further away than this was set before the clock went back

Sent = tuple[float, int]  # (sent at, tokens)
Declared = tuple[int, int, int, float]  # requests and tokens per window, tokens per day, window seconds

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reservations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,                 -- whose quota: "credentials|geography"
    sent_at REAL NOT NULL,             -- wall-clock seconds: reserved, then when the answer began
    tokens INTEGER NOT NULL,           -- input + the answer's room, then what Bedrock reported
    settled INTEGER NOT NULL DEFAULT 0,
    pid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS reservations_by_key ON reservations (key, sent_at);
CREATE TABLE IF NOT EXISTS holds (
    key TEXT PRIMARY KEY,
    not_before REAL NOT NULL,          -- after a 429: no process sends before this
    pid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS quotas (
    key TEXT NOT NULL,
    pid INTEGER NOT NULL,
    requests INTEGER NOT NULL, tokens INTEGER NOT NULL, tokens_per_day INTEGER NOT NULL, window_s REAL NOT NULL,
    declared_at REAL NOT NULL,
    PRIMARY KEY (key, pid));
"""


class LedgerUnavailable(Exception):
    """The ledger cannot be read or written (a locked, full, unwritable or damaged file)."""


def default_path() -> Path:
    return default_directory() / FILE_NAME


class PacingLedger:
    """The ledger in the file at `path` (created if missing). `clock`: wall-clock seconds."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time, pid: int | None = None) -> None:
        self.path, self.clock = Path(path), clock
        self.pid = os.getpid() if pid is None else pid  # (tests stand in for other processes)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LedgerUnavailable(str(error)) from error
        self._set_up()

    def _set_up(self) -> None:
        """WAL mode and the tables, if the file has not got them yet. Switching to WAL needs the
        file to itself, and does not wait for it: processes starting together take turns."""
        for attempt in range(SET_UP_ATTEMPTS):
            try:
                with self._connect() as db:
                    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        db.execute("PRAGMA journal_mode=WAL")  # once per file; it stays
                    with self._transaction(db):  # (not executescript: it would commit on its own)
                        for statement in filter(str.strip, _SCHEMA.split(";")):
                            db.execute(statement)
                        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                return
            except LedgerUnavailable as error:
                if "locked" not in str(error) or attempt == SET_UP_ATTEMPTS - 1:
                    raise
                time.sleep(0.02)

    # --- connections -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (sqlite3.Error, OSError) as error:
            raise LedgerUnavailable(str(error)) from error
        try:
            db.execute("PRAGMA synchronous=NORMAL")
            yield db
        except (sqlite3.Error, OSError) as error:
            raise LedgerUnavailable(str(error)) from error
        finally:
            db.close()

    @staticmethod
    @contextlib.contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[None]:
        """BEGIN IMMEDIATE: the write lock is taken before reading, so what was read stays true."""
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # --- reservations ----------------------------------------------------------------------------

    def reserve(
        self, key: str, tokens: int, wait_for: Callable[[float, list[Sent], float], float]
    ) -> tuple[int | None, float]:
        """Reserve `tokens` for `key` if `wait_for(now, sent, not_before)` says the request fits
        now (returns 0), all in one transaction. Returns (the reservation's id, 0) or (None, how
        long `wait_for` said to wait)."""
        with self._connect() as db, self._transaction(db):
            now = self.clock()
            db.execute("DELETE FROM reservations WHERE key = ? AND sent_at <= ?", (key, now - DAY_S))
            # A row "sent" after now was written before the clock went back: count it from now
            # (left as it is, it would fill the window until the clock caught up, maybe hours).
            db.execute("UPDATE reservations SET sent_at = ? WHERE key = ? AND sent_at > ?", (now, key, now))
            wait = wait_for(now, self._sent(db, key, now), self._not_before(db, key, now))
            if wait > 0:
                return None, wait
            cursor = db.execute(
                "INSERT INTO reservations (key, sent_at, tokens, pid) VALUES (?, ?, ?, ?)", (key, now, tokens, self.pid)
            )
            return cursor.lastrowid, 0.0

    def snapshot(self, key: str) -> tuple[float, list[Sent], float]:
        """(now, the key's requests of the last day oldest first, not before): what reserve() judges by."""
        with self._connect() as db:
            now = self.clock()
            return now, self._sent(db, key, now), self._not_before(db, key, now)

    @staticmethod
    def _sent(db: sqlite3.Connection, key: str, now: float) -> list[Sent]:
        rows = db.execute(
            "SELECT sent_at, tokens FROM reservations WHERE key = ? AND sent_at > ? ORDER BY sent_at",
            (key, now - DAY_S),
        )
        return [(at, tokens) for at, tokens in rows]

    @staticmethod
    def _not_before(db: sqlite3.Connection, key: str, now: float) -> float:
        row = db.execute("SELECT not_before FROM holds WHERE key = ?", (key,)).fetchone()
        return min(row[0], now + LATEST_HOLD_S) if row else 0.0

    def mark_sent(self, reservation: int) -> None:
        """Bedrock accepted the request (its answer began): count it from now."""
        with self._connect() as db:
            db.execute("UPDATE reservations SET sent_at = MAX(sent_at, ?) WHERE id = ?", (self.clock(), reservation))

    def settle(self, reservation: int, tokens: int | None) -> None:
        """The request ended: count what Bedrock reported (None: keep what was reserved)."""
        with self._connect() as db:
            db.execute(
                "UPDATE reservations SET tokens = COALESCE(?, tokens), settled = 1 WHERE id = ?", (tokens, reservation)
            )

    def release(self, reservation: int) -> None:
        """Bedrock did not count the request (throttled, or it never left): forget it."""
        with self._connect() as db:
            db.execute("DELETE FROM reservations WHERE id = ?", (reservation,))

    def earliest(self) -> float | None:
        """When the oldest request the ledger remembers was sent (None: it remembers none). The
        history's requests before this are the ones the ledger never saw."""
        with self._connect() as db:
            return db.execute("SELECT MIN(sent_at) FROM reservations").fetchone()[0]

    # --- after a 429 -------------------------------------------------------------------------

    def hold(self, key: str, seconds: float) -> None:
        """A 429 was met: no process sends for `key` in the next `seconds` (a later hold stays)."""
        with self._connect() as db:
            db.execute(
                "INSERT INTO holds (key, not_before, pid) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "not_before = MAX(not_before, excluded.not_before), pid = excluded.pid",
                (key, self.clock() + seconds, self.pid),
            )

    # --- the quota itself ------------------------------------------------------------------------

    def declare(self, key: str, limits: Declared) -> None:
        """This process was told `key`'s quota: processes told nothing pace to it while this one runs."""
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO quotas (key, pid, requests, tokens, tokens_per_day, window_s, "
                "declared_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, self.pid, *limits, self.clock()),
            )

    def declared(self, key: str) -> Declared | None:
        """The quota most recently declared for `key` by a process still running (None: none)."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT pid, requests, tokens, tokens_per_day, window_s FROM quotas WHERE key = ? "
                "ORDER BY declared_at DESC",
                (key,),
            ).fetchall()
            for pid, *limits in rows:
                if pid == self.pid or process_alive(pid):
                    return limits[0], limits[1], limits[2], limits[3]
                db.execute("DELETE FROM quotas WHERE key = ? AND pid = ?", (key, pid))  # its process is gone
        return None


def process_alive(pid: int) -> bool:
    """Whether process `pid` is running (on this machine)."""
    if pid <= 0:  # (0 and negative numbers mean process groups to os.kill)
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, only whether the process exists is checked
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, and belongs to someone else
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    # (os.kill on Windows would terminate the process, not probe it.)
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
