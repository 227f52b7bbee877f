"""The history store: schema migrations, exact bytes, audit fields, crash marks, search."""

from __future__ import annotations

import sqlite3

import pytest

from helpers import png_attachment
from pixdesk.domain import Answer, Usage
from pixdesk.errors import Kind, KnownError
from pixdesk.services.recording import AnswerRecorder
from pixdesk.store import schema
from pixdesk.store.history import HistoryStore


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "data") as opened:
        yield opened


def _answer(**changes) -> Answer:
    answer = Answer(region="eu-west-1", profile_id="eu.mistral.pixtral-large-2502-v1:0", tier_requested="priority")
    for name, value in changes.items():
        setattr(answer, name, value)
    return answer


@pytest.mark.parametrize("start", range(schema.LATEST))
def test_migrates_from_every_older_version(tmp_path, start):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    schema.migrate(db, target=start)
    assert schema.version(db) == start
    if start >= 1:  # a database with data in it, written by that older version
        db.execute("INSERT INTO conversations VALUES (1, 'old chat', 't', 't')")
        db.execute(
            "INSERT INTO messages (conversation_id, role, text, status, created_at) "
            "VALUES (1, 'user', 'findable invoice words', 'complete', 't')"
        )
    db.close()
    with HistoryStore(tmp_path) as store:
        assert schema.version(store._db) == schema.LATEST
        if start >= 1:
            assert [m.text for m in store.messages(1)] == ["findable invoice words"]
            assert store.search("invoice")[0][:2] == (1, 1)  # old messages are searchable too


def test_a_newer_database_is_never_downgraded(tmp_path):
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    db.close()
    with pytest.raises(ValueError, match="newer"):
        HistoryStore(tmp_path)


def test_wal_and_full_sync(store):
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_questions_keep_the_exact_bytes_once(store):
    image = png_attachment(640, 480)
    first = store.start_conversation("Invoice")
    second = store.start_conversation("Invoice again")
    store.add_question(first, "What is due?", (image,))
    store.add_question(second, "And now?", (image,))
    [stored] = store.messages(first)[0].attachments
    assert store.attachment_bytes(stored.sha256) == image.data
    assert (stored.format, stored.width, stored.height, stored.source_name) == ("png", 640, 480, "screenshot.png")
    files = [p for p in store.attachments_dir.rglob("*") if p.is_file()]
    assert len(files) == 1  # content-addressed: stored once


def test_answers_carry_their_audit_fields(store):
    conversation = store.start_conversation("q")
    store.add_question(conversation, "q")
    answer = _answer(
        text="All paid.",
        stop_reason="end_turn",
        request_id="req-1",
        usage=Usage(1200, 40, 1240, latency_ms=850, tier_served="standard"),
    )
    recorder = AnswerRecorder(store, conversation, answer)
    recorder.finish()
    message = store.messages(conversation)[1]
    assert (message.role, message.text, message.status) == ("assistant", "All paid.", "complete")
    assert message.audit == {
        "model_id": "mistral.pixtral-large-2502-v1:0",
        "profile_id": "eu.mistral.pixtral-large-2502-v1:0",
        "region": "eu-west-1",
        "tier_requested": "priority",
        "tier_served": "standard",
        "request_id": "req-1",
        "stop_reason": "end_turn",
        "input_tokens": 1200,
        "output_tokens": 40,
        "latency_ms": 850,
    }


def test_failed_and_stopped_answers_are_kept_and_marked(store):
    conversation = store.start_conversation("q")
    failed = _answer(text="partial", error=KnownError(Kind.CONNECTION_LOST, "The connection was lost."))
    stopped = _answer(text="also partial", cancelled=True)
    for answer in (failed, stopped):
        AnswerRecorder(store, conversation, answer).finish()
    first, second = store.messages(conversation)
    assert (first.status, first.text, first.audit["error_kind"]) == ("failed", "partial", "connection_lost")
    assert (second.status, second.text) == ("stopped", "also partial")


def test_streaming_answers_are_checkpointed_at_most_once_a_second(store):
    from pixdesk.domain import TextDelta

    now = [0.0]
    conversation = store.start_conversation("q")
    answer = _answer()
    recorder = AnswerRecorder(store, conversation, answer, clock=lambda: now[0])
    writes = []
    original = store.checkpoint_answer
    store.checkpoint_answer = lambda message_id, text: (writes.append(text), original(message_id, text))
    for step in range(30):  # 3 seconds of tokens, 10 a second
        answer.text += f"w{step} "
        now[0] = step * 0.1
        recorder(TextDelta(f"w{step} "))
    assert 2 <= len(writes) <= 3
    assert store.messages(conversation)[0].text == writes[-1] and store.messages(conversation)[0].status == "streaming"


def test_an_answer_cut_off_by_a_crash_is_marked_interrupted(tmp_path):
    with HistoryStore(tmp_path) as store:
        conversation = store.start_conversation("q")
        store.add_question(conversation, "q")
        message = store.start_answer(conversation, _answer())
        store.checkpoint_answer(message, "half an answer")
    with HistoryStore(tmp_path) as reopened:
        assert reopened.interrupted_on_open == 1
        assert [(m.status, m.text) for m in reopened.messages(conversation)][1] == ("interrupted", "half an answer")


@pytest.mark.parametrize("query", ['"', "NOT AND OR", "invoice*", "col:umn", "(", "NEAR(a b)"])
def test_search_takes_any_text_without_fts_syntax_errors(store, query):
    conversation = store.start_conversation("q")
    store.add_question(conversation, "the invoice is overdue")
    store.search(query)  # must not raise


def test_search_finds_every_word_across_conversations(store):
    one, two = store.start_conversation("a"), store.start_conversation("b")
    store.add_question(one, "Payment declined for order 10407")
    store.add_question(two, "Is the payment late?")
    assert {hit[0] for hit in store.search("payment")} == {one, two}
    assert [hit[0] for hit in store.search("payment declined")] == [one]
    assert store.search("nothing-like-this") == []


def test_list_rename_and_delete(store):
    image = png_attachment()
    one, two = store.start_conversation("first"), store.start_conversation("second")
    store.add_question(one, "q1", (image,))
    store.add_question(two, "q2", (image,))
    store.rename(one, "Contract review")
    assert [c.title for c in store.conversations()] == ["second", "Contract review"]
    store.delete(two)
    assert [c.id for c in store.conversations()] == [one]
    assert store.attachment_bytes(store.messages(one)[0].attachments[0].sha256) == image.data  # still used
    store.delete(one)
    assert not [p for p in store.attachments_dir.rglob("*") if p.is_file()]  # now gone


def test_a_question_is_saved_whole_or_not_at_all(store):
    """If anything fails half-way through saving a question, none of it is saved."""
    conversation = store.start_conversation("q")
    image = png_attachment()
    store._db.execute(
        "CREATE TRIGGER refuse AFTER INSERT ON message_attachments BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.add_question(conversation, "with an image", (image,))
    assert store.messages(conversation) == []  # not a question without its image


def test_batch_item_statuses_are_the_database_s(store):
    """ItemStatus's values are exactly what the batch_items CHECK constraint allows, and items
    come back with the enum (equal to the stored strings, so older rows read the same)."""
    from pixdesk.store.batch import ItemStatus

    job = store.create_batch(
        "statuses", "us-east-1", "standard", 100, "", [("a.png", 0, f"prompt {n}") for n in range(len(ItemStatus))]
    )
    items = store.batch_items(job)
    for item, status in zip(items, ItemStatus, strict=False):
        store._db.execute("UPDATE batch_items SET status = ? WHERE id = ?", (status, item.id))
    with pytest.raises(sqlite3.IntegrityError):
        store._db.execute("UPDATE batch_items SET status = 'cancelled' WHERE id = ?", (items[0].id,))
    assert [item.status for item in store.batch_items(job)] == list(ItemStatus)
    assert all(type(item.status) is ItemStatus for item in store.batch_items(job))
    assert store.batch_job(job).counts == {"pending": 1, "running": 1, "done": 1, "failed": 1}
    assert store.batch_job(job).left == 2
