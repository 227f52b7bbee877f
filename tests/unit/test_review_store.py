"""Documents under review and the marks on their pages, in the history store."""

from __future__ import annotations

import sqlite3

import pytest

from pixdesk.domain import Mark, MarkKind
from pixdesk.store import schema
from pixdesk.store.history import HistoryStore


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "history") as store:
        yield store


def _document(store: HistoryStore, conversation: int | None = None, path: str = "/scans/contract.pdf") -> int:
    conversation = conversation or store.start_conversation("Review: contract.pdf")
    return store.add_document(conversation, path, "contract.pdf", "ab" * 32, 12)


def test_a_document_is_recorded_once_per_conversation_and_follows_a_move(store):
    conversation = store.start_conversation("Review")
    first = store.add_document(conversation, "/scans/contract.pdf", "contract.pdf", "ab" * 32, 12)
    again = store.add_document(conversation, "/moved/contract.pdf", "contract.pdf", "ab" * 32, 12)
    assert first == again
    [document] = store.documents(conversation)
    assert document.path == "/moved/contract.pdf" and document.page_count == 12
    other = store.start_conversation("Another review")
    assert store.add_document(other, "/moved/contract.pdf", "contract.pdf", "ab" * 32, 12) != first


def test_marks_are_kept_edited_and_deleted(store):
    document = _document(store)
    redaction = store.add_mark(document, Mark(MarkKind.REDACTION, 0, (10, 20, 300, 40)))
    note = store.add_mark(document, Mark(MarkKind.ANNOTATION, 2, (5, 5, 50, 50), "Signature missing", "#d13438"))
    pin = store.add_mark(document, Mark(MarkKind.PIN, 2, (70, 80, 0, 0), "Check this date", "#0b57d0"))
    marks = store.marks(document)
    assert [(m.id, m.kind, m.page) for m in marks] == [
        (redaction, MarkKind.REDACTION, 0),
        (note, MarkKind.ANNOTATION, 2),
        (pin, MarkKind.PIN, 2),
    ]
    assert marks[1] == Mark(MarkKind.ANNOTATION, 2, (5, 5, 50, 50), "Signature missing", "#d13438", note, document)
    store.update_mark(Mark(MarkKind.ANNOTATION, 2, (6, 6, 60, 60), "Signed on page 3", "#107c10", note, document))
    assert store.marks(document)[1].note == "Signed on page 3" and store.marks(document)[1].box == (6, 6, 60, 60)
    store.delete_mark(marks[0])  # a redaction is the file's: deleted from its saved redactions
    assert [m.id for m in store.marks(document)] == [note, pin]
    assert store.saved_redactions("ab" * 32) == {}


def test_a_region_belongs_to_its_question(store):
    conversation = store.start_conversation("Review")
    document = _document(store, conversation)
    question = store.add_question(conversation, "What does this clause say?")
    store.add_mark(document, Mark(MarkKind.REGION, 4, (100, 200, 640, 300), message_id=question))
    [(message_id, (stored, region))] = store.question_regions(conversation).items()
    assert message_id == question and stored.id == document
    assert (region.page, region.box) == (4, (100, 200, 640, 300))


def test_deleting_the_conversation_deletes_its_documents_and_marks(store):
    conversation = store.start_conversation("Review")
    document = _document(store, conversation)
    store.add_mark(document, Mark(MarkKind.REDACTION, 0, (1, 1, 1, 1)))
    store.delete(conversation)
    assert store.documents(conversation) == [] and store.marks(document) == []
    # …but not the file's redactions: they belong to the document, wherever it is used again
    assert store.saved_redactions("ab" * 32) == {0: [(1, 1, 1, 1)]}


def test_the_database_refuses_what_is_not_a_mark(store):
    document = _document(store)
    with pytest.raises(sqlite3.IntegrityError):
        store._db.execute(
            "INSERT INTO marks (document_id, page, kind, x, y, width, height, created_at) "
            "VALUES (?, 0, 'scribble', 0, 0, 1, 1, 'now')",
            (document,),
        )
    with pytest.raises(sqlite3.IntegrityError):
        store._db.execute(
            "INSERT INTO marks (document_id, page, kind, x, y, width, height, created_at) "
            "VALUES (?, -1, 'pin', 0, 0, 0, 0, 'now')",
            (document,),
        )


def test_a_history_from_before_review_is_upgraded_in_place(tmp_path):
    """A database written by the previous release (schema 2) gains the review tables, and keeps
    every conversation."""
    path = tmp_path / "history"
    path.mkdir()
    connection = sqlite3.connect(path / "history.sqlite3")
    schema.migrate(connection, target=2)
    connection.execute("INSERT INTO conversations (title, created_at, updated_at) VALUES ('Old', 'x', 'x')")
    connection.commit()
    connection.close()
    with HistoryStore(path) as store:
        assert schema.version(store._db) == schema.LATEST >= 3
        [old] = store.conversations()
        assert old.title == "Old"
        assert store.add_document(old.id, "/a.png", "a.png", "cd" * 32, 1) > 0
