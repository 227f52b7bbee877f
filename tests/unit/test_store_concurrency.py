"""Several pixdesk processes opening the same history at once (the window and `pixdesk ask` on a
first start, the single-instance hand-off, every upgrade): each must wait its turn, none may fail,
and the schema ends at the latest version exactly once."""

from __future__ import annotations

import multiprocessing
import sqlite3
import traceback
from pathlib import Path

import pytest

from pixdesk.store import schema
from pixdesk.store.history import HistoryStore

PROCESSES = 3
ROUNDS = 12


def _open_each_round(directories: list[str], barrier, results) -> None:
    """In a child process: for every round, wait until all the children are ready, then open the
    store (creating or upgrading it) and close it. Reports "ok" or the traceback, per round."""
    for directory in directories:
        barrier.wait()
        try:
            HistoryStore(Path(directory)).close()
            results.put("ok")
        except BaseException:  # noqa: BLE001 - the parent shows what went wrong
            results.put(traceback.format_exc())


def _open_together(directories: list[Path]) -> list[str]:
    """Start PROCESSES real processes; in each round they all open the same store at once (a
    barrier releases them together). Returns every failure's traceback."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    children = [
        context.Process(target=_open_each_round, args=([str(d) for d in directories], barrier, results))
        for _ in range(PROCESSES)
    ]
    for child in children:
        child.start()
    try:
        outcomes = [results.get(timeout=60) for _ in range(PROCESSES * len(directories))]
    finally:
        for child in children:
            child.join(timeout=60)
            if child.is_alive():
                child.kill()
                child.join()
    results.close()
    results.join_thread()
    assert [child.exitcode for child in children] == [0] * PROCESSES
    return [outcome for outcome in outcomes if outcome != "ok"]


def _assert_latest(directory: Path) -> None:
    with sqlite3.connect(directory / "history.sqlite3") as db:
        assert schema.version(db) == schema.LATEST
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"conversations", "messages", "messages_fts", "documents", "marks", "batch_items"} <= tables
    db.close()


def test_processes_opening_a_fresh_history_at_once_all_succeed(tmp_path):
    directories = [tmp_path / f"round-{n}" for n in range(ROUNDS)]
    failures = _open_together(directories)
    assert not failures, f"{len(failures)} of {PROCESSES * ROUNDS} opens failed:\n{failures[0]}"
    for directory in directories:
        _assert_latest(directory)


def _older_history(directory: Path, version: int) -> None:
    """A history as an older pixdesk left it: that version's schema, a conversation in it, and the
    default rollback journal (an old file that has never been opened in WAL mode)."""
    directory.mkdir(parents=True)
    db = sqlite3.connect(directory / "history.sqlite3", isolation_level=None)
    schema.migrate(db, target=version)
    if version >= 1:
        db.execute("INSERT INTO conversations VALUES (1, 'old chat', 't', 't')")
        db.execute(
            "INSERT INTO messages (conversation_id, role, text, status, created_at) "
            "VALUES (1, 'user', 'kept words', 'complete', 't')"
        )
    db.close()


@pytest.mark.parametrize("version", range(schema.LATEST))
def test_processes_upgrading_an_older_history_at_once_all_succeed(tmp_path, version):
    directories = [tmp_path / f"round-{n}" for n in range(ROUNDS // 3)]
    for directory in directories:
        _older_history(directory, version)
    failures = _open_together(directories)
    assert not failures, f"{len(failures)} of {PROCESSES * len(directories)} opens failed:\n{failures[0]}"
    for directory in directories:
        _assert_latest(directory)
        if version >= 1:
            with HistoryStore(directory) as store:
                assert [m.text for m in store.messages(1)] == ["kept words"]
                assert store.search("kept")[0][:2] == (1, 1)  # upgraded once: the index holds it once
