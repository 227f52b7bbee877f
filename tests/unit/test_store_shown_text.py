"""A question pixdesk wrote on the person's behalf (a whole-document question's parts, #14): the
history keeps exactly what was sent, and beside it the short words the window shows; a search still
finds what was sent, its snippet is cut from the short words; a whole-document question counts once."""

from __future__ import annotations

import sqlite3

from pixdesk.domain import Answer
from pixdesk.store import schema
from pixdesk.store.history import HistoryStore

SENT = "What is due?\n\n(These images are pages 1–8 of contract.pdf. Answer from these pages only.)"
SHOWN = "What is due?\n\nAbout the whole of contract.pdf, in 2 parts. Part 1 of 2: pages 1–8."


def test_the_exact_text_is_kept_and_the_short_words_beside_it(tmp_path):
    with HistoryStore(tmp_path) as store:
        conversation = store.start_conversation("contract.pdf")
        store.add_question(conversation, "Who signs?")
        store.add_question(conversation, SENT, shown_text=SHOWN)
        [own, part] = store.messages(conversation)
        assert (own.text, own.shown_text) == ("Who signs?", None)
        assert (part.text, part.shown_text) == (SENT, SHOWN)


def test_search_finds_what_was_sent_and_shows_the_short_words(tmp_path):
    with HistoryStore(tmp_path) as store:
        conversation = store.start_conversation("contract.pdf")
        store.add_question(conversation, SENT, shown_text=SHOWN)
        [(found, _message, snippet)] = store.search("only")  # a word only the model was given
        assert found == conversation
        assert snippet.text.startswith("What is due? About the whole of contract.pdf")
        assert "Answer from these pages" not in snippet.text


def test_a_whole_document_question_counts_once(tmp_path):
    with HistoryStore(tmp_path) as store:
        conversation = store.start_conversation("contract.pdf")
        store.add_question(conversation, "Who signs?")
        store.start_answer(conversation, Answer())
        store.start_document_question(conversation, "key", 2)
        for text in ("part 1", "part 2", "combine"):
            store.add_question(conversation, text, shown_text=f"shown {text}")
            store.start_answer(conversation, Answer())
        [summary] = store.conversations()
        assert (summary.message_count, summary.question_count) == (8, 2)


def test_an_older_history_gains_the_column_and_keeps_its_messages(tmp_path):
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as db:
        schema.migrate(db, 6)
        db.execute("INSERT INTO conversations (title, created_at, updated_at) VALUES ('old', 'now', 'now')")
        db.execute("INSERT INTO messages (conversation_id, role, text, created_at) VALUES (1, 'user', 'hi', 'now')")
    db.close()
    with HistoryStore(tmp_path) as store:
        [message] = store.messages(1)
        assert (message.text, message.shown_text) == ("hi", None)
        assert store.conversations()[0].question_count == 1
