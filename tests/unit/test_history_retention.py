"""History retention (issue #16, managed settings): "history/keep_days" deletes the conversations
nothing was asked in for longer than that — their messages, search index entries and image files,
with a real SQLite history and real files on disk — never one being written, the one the chat
shows, or the one the last run left cut off; and IT can set and lock it like every setting."""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor

import pytest

from helpers import png_attachment
from pixdesk.domain import Answer
from pixdesk.managed import NO_POLICY, Policy
from pixdesk.services.workspace import Workspace
from pixdesk.settings import KEEP_DAYS, Settings
from pixdesk.store.history import HistoryStore, ImportedMessage

NOW = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)


def _at(days_ago: float) -> str:
    return (NOW - datetime.timedelta(days=days_ago)).isoformat(timespec="milliseconds")


def _conversation(store: HistoryStore, title: str, days_ago: float, image=None, word: str = "") -> int:
    """A conversation whose last question and answer were `days_ago` days before NOW."""
    when = _at(days_ago)
    question = ImportedMessage(
        "user", f"{title} {word}".strip(), "complete", when, when, attachments=(image,) if image else ()
    )
    answer = ImportedMessage("assistant", f"About {title}.", "complete", when, when)
    return store.import_conversation(title, when, when, [question, answer])


def _image_files(store: HistoryStore) -> set[str]:
    return {path.name for path in store.attachments_dir.rglob("*") if path.is_file()}


def _fts_is_consistent(store: HistoryStore) -> None:
    """SQLite's own check that the search index matches the messages (raises if it does not)."""
    store._db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")


def test_old_conversations_go_with_their_images_and_search_entries(tmp_path):
    with HistoryStore(tmp_path) as store:
        shared, own = png_attachment(), png_attachment(width=33, height=21)
        old = _conversation(store, "Old invoice", 45, own, word="zanzibar")
        also_old = _conversation(store, "Old screenshot", 31, shared)
        recent = _conversation(store, "Recent question", 5, shared)  # shares the old one's image
        assert len(_image_files(store)) == 2

        deleted = store.delete_inactive(_at(30))

        assert deleted == 2
        assert [c.id for c in store.conversations()] == [recent]
        assert store.messages(old) == [] and store.messages(also_old) == []
        assert store.search("zanzibar") == [] and store.search("Old") == []  # nothing found of them
        assert {hit[0] for hit in store.search("Recent")} == {recent}
        _fts_is_consistent(store)
        assert _image_files(store) == {shared_digest(store, recent)}  # the shared image stays, the other is gone
        assert store._db.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 1


def shared_digest(store: HistoryStore, conversation_id: int) -> str:
    return store.messages(conversation_id)[0].attachments[0].sha256


def test_never_the_kept_one_nor_one_being_written(tmp_path):
    with HistoryStore(tmp_path) as store:
        shown = _conversation(store, "Open in the window", 400)
        writing = store.start_conversation("Being answered")
        store.add_question(writing, "Being answered")
        store.start_answer(writing, Answer(region="us-east-1"))  # streaming, in this or another process
        later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=400)  # everything is old by then

        deleted = store.delete_inactive(later.isoformat(), keep=(shown,))

        assert deleted == 0
        assert {c.id for c in store.conversations()} == {shown, writing}


def test_never_the_one_a_crash_cut_off(tmp_path):
    with HistoryStore(tmp_path) as store:
        _conversation(store, "Old", 90)
        cut_off = store.start_conversation("Cut off")
        store.add_question(cut_off, "Cut off")
        store.start_answer(cut_off, Answer(region="us-east-1"))
    with HistoryStore(tmp_path) as store:  # pixdesk starts again: that answer is interrupted now
        assert store.interrupted_on_open
        later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=400)  # everything is old by then
        assert store.delete_inactive(later.isoformat()) == 1
        assert [c.title for c in store.conversations()] == ["Cut off"]  # the window opens it next


@pytest.fixture
def workspace(tmp_path):
    def make(store: dict, policy: Policy = NO_POLICY) -> Workspace:
        opened = Workspace.open(Settings(store, policy), pool, tmp_path / "history")
        made.append(opened)
        return opened

    pool, made = ThreadPoolExecutor(1), []
    yield make
    for opened in made:
        opened.close()
    pool.shutdown()


def test_forever_deletes_nothing_and_a_period_deletes_what_is_older(workspace, tmp_path):
    forever = workspace({})
    store = forever.history.store
    old, recent = _conversation(store, "Old", 100), _conversation(store, "Recent", 10)
    assert forever.delete_old_conversations_now(now=NOW) == 0  # the default: kept forever
    assert len(store.conversations()) == 2

    ninety = workspace({KEEP_DAYS: 90})
    assert ninety.delete_old_conversations_now(now=NOW) == 1
    assert [c.id for c in ninety.history.store.conversations()] == [recent]
    assert old not in [c.id for c in store.conversations()]


def test_a_locked_period_is_the_organisations_and_deletes_older_ones(workspace):
    locked = Policy({KEEP_DAYS: 30}, frozenset({KEEP_DAYS}), source="test")
    settings = Settings({KEEP_DAYS: 0}, locked)  # the person chose Forever before IT set it
    assert settings.get(KEEP_DAYS) == 30 and settings.locked(KEEP_DAYS)
    with pytest.raises(ValueError, match="set by your organisation"):
        settings.set(KEEP_DAYS, 0)

    managed = workspace({KEEP_DAYS: 0}, locked)
    store = managed.history.store
    _conversation(store, "Two months ago", 60)
    kept = _conversation(store, "Last week", 7)
    assert managed.delete_old_conversations_now(now=NOW) == 1
    assert [c.id for c in store.conversations()] == [kept]


def test_the_setting_is_declared_for_people_and_checked():
    setting = Settings.declared(KEEP_DAYS)
    assert (setting.type, setting.default, setting.title) == (int, 0, "Keep conversations for")
    assert setting.in_dialog and setting.description.endswith(".")
    assert Settings({KEEP_DAYS: -5}).get(KEEP_DAYS) == 0  # a hand-edited file never breaks it
