"""A whole-document question in the conversation, as the person reads it (#14): their question, each
part's pages and the combined answer — not the instructions pixdesk wrote for the model, nor the
partial answers quoted inside a question. The history and the exports keep exactly what was sent,
one link away ("What was sent"); Retry and Edit, which would ask a part as a chat question, are not
offered under it; the sidebar counts it as one question. Every request goes to the local server."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextTable
from PySide6.QtTest import QTest

from helpers import until
from pixdesk.store.export import export_markdown
from ui.review_pane import open_document

QUESTION = "What is the total amount due?"
INSTRUCTIONS = "Answer from these pages only"  # the group prompt's words for the model
COMBINING = "Combine them into one answer"  # the combining prompt's words for the model


def _asked_about_the_whole_document(window, run, path) -> None:
    """Open the document, ask QUESTION about all of it, press Ask, and wait for the end."""

    open_document(window, run, path)
    window.review_panel.whole_document_button.click()
    QTest.keyClicks(window.composer.edit, QUESTION)
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
    flow = window.whole_document
    run(until(lambda: flow.panel.ask_button.isVisible(), message="the plan"))
    flow.panel.ask_button.click()
    run(until(lambda: flow.task is not None and flow.task.done(), timeout=60, message="the run's end"))
    run(flow.wait())


def question_cards(chat) -> list[str]:
    """The text of each question card on screen ("You", the question's words, and its link)."""
    cards = []
    for frame in chat.document().rootFrame().childFrames():
        if isinstance(frame, QTextTable):  # an answer's Markdown table
            continue
        cursor = QTextCursor(chat.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cards.append(cursor.selection().toPlainText())
    return cards


def test_the_transcript_shows_the_question_and_pages_not_prompts(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    _asked_about_the_whole_document(window, run, twelve_pages)
    assert len(bedrock.requests) == 3  # two groups, then the combining request

    cards = question_cards(window.chat)
    assert len(cards) == 3
    first, second, combined = cards
    assert QUESTION in first and "About the whole of contract.pdf, in 2 parts. Part 1 of 2: pages 1–8." in first
    assert "Part 2 of 2 — the same question about pages 9–12." in second and QUESTION not in second
    assert f"Combine the answers of the 2 parts above into one: “{QUESTION}”" in combined
    for card in cards:
        assert INSTRUCTIONS not in card and COMBINING not in card  # no words written for the model
        assert "--- Part" not in card and "You asked" not in card  # no partial answer quoted in a question
        assert "What was sent" in card
    # The answers are all there, each under its part.
    assert all(exchange.answer.text for exchange in window.session.exchanges)


def test_history_and_export_keep_exactly_what_was_sent(make_window, run, bedrock, history, twelve_pages, tmp_path):
    window = make_window(history=history)
    _asked_about_the_whole_document(window, run, twelve_pages)
    conversation = window.session.conversation_id
    messages = history.run_now(history.store.messages, conversation)
    questions = [m for m in messages if m.role == "user"]
    sent = [next(b["text"] for b in r.body["messages"][-1]["content"] if "text" in b) for r in bedrock.requests]
    assert [q.text for q in questions] == sent  # the history: the exact prompts
    assert INSTRUCTIONS in questions[0].text and "--- Part 2: pages 9–12 ---" in questions[2].text
    assert [q.shown_text is not None for q in questions] == [True, True, True]  # and the short words beside them
    assert questions[0].shown_text.startswith(QUESTION)

    exported = history.run_now(export_markdown, history.store, conversation, tmp_path / "export").read_text()
    assert INSTRUCTIONS in exported and "--- Part 1: pages 1–8 ---" in exported  # what was sent
    assert "About the whole of contract.pdf" not in exported  # not the window's words


def test_what_was_sent_shows_the_exact_prompt(make_window, run, bedrock, history, twelve_pages, qtbot):
    window = make_window(history=history)
    _asked_about_the_whole_document(window, run, twelve_pages)
    combined = window.session.exchanges[-1]
    assert 'href="pixdesk:sent-text/2"' in window.chat.toHtml()
    window.chat._on_link(QUrl("pixdesk:sent-text/2"))  # as a click on the card's "What was sent"
    dialog = window.chat.sent_text_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.toPlainText() == combined.question
    assert COMBINING in dialog.text.toPlainText() and "--- Part 1: pages 1–8 ---" in dialog.text.toPlainText()
    dialog.reject()


def test_no_retry_or_edit_under_a_whole_document_question(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    _asked_about_the_whole_document(window, run, twelve_pages)
    page = window.chat.toHtml()
    assert "pixdesk:retry/" not in page and "pixdesk:edit/" not in page
    assert "pixdesk:copy/2" in page  # the answer's other links are there
    sent = len(bedrock.requests)
    assert window.session.retry() is None and window.session.take_back_last() is None
    assert len(bedrock.requests) == sent and len(window.session.exchanges) == 3


def test_the_sidebar_counts_it_as_one_question(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    _asked_about_the_whole_document(window, run, twelve_pages)
    items = window.sidebar.list
    run(window.history_list.refresh())
    [entry] = [text for text in _texts(items) if "\n" in text]  # (not the heading "Today")
    assert entry.split("\n")[1].endswith("· 1 question")


def _texts(items) -> list[str]:
    return [items.item(row).text() for row in range(items.count())]


def test_the_combined_answer_streams_under_the_short_words(make_window, run, bedrock, history, twelve_pages):
    """While it is written too, not only once the conversation is drawn again from the history."""
    window = make_window(history=history)
    seen: list[str] = []
    draw = window.chat.add_exchange

    def drawn(exchange, scroll=True) -> None:
        draw(exchange, scroll)
        if exchange is window.whole_document.live:  # the combined answer, about to stream
            seen.append(question_cards(window.chat)[-1])

    window.chat.add_exchange = drawn
    _asked_about_the_whole_document(window, run, twelve_pages)
    assert len(seen) == 1
    assert seen[0].startswith("You") and f"into one: “{QUESTION}”" in seen[0] and COMBINING not in seen[0]
