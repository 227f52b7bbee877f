"""Asking about the whole document in the window (#14): the action turns the composer's chip into
"whole document"; Enter shows the plan (requests, size, cost, time) before anything is sent; Ask
sends the pages in groups of at most 8, then one request that combines their answers — every
answer in the document's conversation; a run that ended early continues with only what is left.
Every request goes to the local Bedrock server."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from helpers import ledger_calls_on_the_main_thread, until
from imaging_samples import scan_with_secret, secret_pixels
from pixdesk.testing.server import Fault
from ui.review_pane import open_document, redact_the_secret

QUESTION = "What is the total amount due?"


def _images(record) -> int:
    return sum("image" in block for message in record.body["messages"] for block in message["content"])


def _text(record) -> str:
    return "".join(block.get("text", "") for message in record.body["messages"] for block in message["content"])


def _whole_document_question(window, run, question: str = QUESTION):
    """The action, then the question typed and Enter: the plan on screen."""
    window.review_panel.whole_document_button.click()
    assert window.composer.document is not None and window.composer.document.endswith("— whole document")
    assert window.composer.edit.hasFocus()  # type the question straight away
    QTest.keyClicks(window.composer.edit, question)
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
    flow = window.whole_document
    run(until(lambda: flow.panel.ask_button.isVisible(), message="the plan"))
    return flow


def _ended(window, run):
    flow = window.whole_document
    run(until(lambda: flow.task is not None and flow.task.done(), timeout=60, message="the run's end"))
    run(flow.wait())
    return flow


def test_the_whole_document_is_planned_shown_then_asked_in_groups(
    make_window, run, bedrock, history, twelve_pages, monkeypatch
):
    on_the_loop = ledger_calls_on_the_main_thread(monkeypatch)  # (SQLite may wait there for another pixdesk)
    window = make_window(history=history)
    open_document(window, run, twelve_pages)
    own = window.session.conversation_id
    assert not window.whole_document_action.isEnabled() or window.review_panel.isVisible()

    flow = _whole_document_question(window, run)
    assert window.composer.document == "contract.pdf — whole document"
    words = flow.panel.text
    assert words.startswith("12 pages in 3 requests · about ") and "tokens · up to $" in words
    assert "at your quota" in words
    assert "Nothing is sent until you press Ask." in flow.panel.note.text()
    assert flow.panel.ask_button.isDefault() and flow.panel.ask_button.hasFocus()
    assert bedrock.requests == []  # nothing sent before Ask

    flow.panel.ask_button.click()
    _ended(window, run)
    assert [_images(r) for r in bedrock.requests] == [8, 4, 0]  # 2 groups, then the combining request
    combine = _text(bedrock.requests[2])
    assert "Part 1: pages 1–8" in combine and "Part 2: pages 9–12" in combine
    # In the document's own conversation: both partial answers, then the combined one, on screen.
    assert window.session.conversation_id == own
    exchanges = window.session.exchanges
    assert [len(e.attachments) for e in exchanges] == [8, 4, 0]
    assert all(e.answer.text for e in exchanges)
    assert "pages 1–8 of contract.pdf" in exchanges[0].question
    assert exchanges[-1].question.startswith("Question about the whole of contract.pdf: " + QUESTION)
    assert "You asked: “Question about the whole of contract.pdf" in window.chat.toPlainText()  # the answer
    assert not flow.panel.isVisible() and not flow.running
    assert window.composer.button.text() == "Send"  # ready for the next question
    messages = history.run_now(history.store.messages, own)
    assert [m.status for m in messages[1::2]] == ["complete"] * 3
    assert on_the_loop == []  # planning and pacing the run read the quota ledger off the window's thread


def test_cancel_sends_nothing_and_keeps_the_question(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    open_document(window, run, twelve_pages)
    flow = _whole_document_question(window, run)
    flow.panel.cancel_button.click()
    assert not flow.panel.isVisible()
    assert window.composer.text == QUESTION  # back in the box, to change or send
    assert bedrock.requests == [] and window.session.exchanges == []


def _drop_after_the_first_group(window, run, bedrock) -> int:
    """Ask; once the first request is under way, every later one is dropped mid-answer."""
    bedrock.behaviour.tokens_per_second = 50  # the first answer takes a while: time to set the fault
    flow = window.whole_document
    first = len(bedrock.requests)
    flow.panel.ask_button.click()
    run(until(lambda: len(bedrock.requests) > first and bedrock.requests[first].admitted_at, message="group 1"))
    bedrock.inject(Fault.drop(after_tokens=3, times=None))
    _ended(window, run)
    assert bedrock.requests[first].outcome == "ok"
    assert all(r.outcome == "dropped" for r in bedrock.requests[first + 1 :])
    bedrock.clear_faults()
    bedrock.behaviour.tokens_per_second = None
    return len(bedrock.requests)


def test_a_failed_group_says_so_and_try_again_asks_only_the_rest(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    open_document(window, run, twelve_pages)
    flow = _whole_document_question(window, run)
    sent = _drop_after_the_first_group(window, run, bedrock)
    assert flow.panel.again_button.isVisible() and flow.panel.again_button.text() == "Try again"
    assert flow.panel.text.startswith("Pages 9–12 could not be read.")
    assert "The answers so far are kept." in flow.panel.note.text()
    assert window.session.exchanges[0].answer.text  # group 1's answer, in the conversation

    flow.panel.again_button.click()
    _ended(window, run)
    assert [_images(r) for r in bedrock.requests[sent:]] == [4, 0]  # group 1 is not asked again
    assert "Part 1: pages 1–8" in _text(bedrock.requests[-1])
    assert [len(e.attachments) for e in window.session.exchanges] == [8, 4, 0]  # the failure replaced
    assert not flow.panel.isVisible()


def test_asking_the_same_question_again_continues_where_it_ended(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    open_document(window, run, twelve_pages)
    window.composer.set_text("Who signs?")  # the document's conversation holds other questions too
    window.send()
    run(until(lambda: window.session.exchanges and window.session.exchanges[0].answer.complete, message="answer"))
    flow = _whole_document_question(window, run)
    sent = _drop_after_the_first_group(window, run, bedrock)
    flow.panel.close_button.click()

    window.composer.set_text("")
    flow = _whole_document_question(window, run)
    assert flow.panel.note.text() == "1 of 2 groups answered already — they will not be asked again."
    assert len(bedrock.requests) == sent  # still nothing sent before Ask
    flow.panel.ask_button.click()
    _ended(window, run)
    assert [_images(r) for r in bedrock.requests[sent:]] == [4, 0]
    assert [len(e.attachments) for e in window.session.exchanges] == [1, 8, 4, 0]  # the page question kept
    assert window.session.exchanges[0].question == "Who signs?"


def test_stop_keeps_the_answers_so_far_and_continue_asks_the_rest(make_window, run, bedrock, history, twelve_pages):
    bedrock.behaviour.tokens_per_second = 50
    window = make_window(history=history)
    open_document(window, run, twelve_pages)
    flow = _whole_document_question(window, run)
    flow.panel.ask_button.click()
    run(until(lambda: len(bedrock.requests) == 2, timeout=30, message="group 2 sent"))
    assert flow.panel.text == "Reading pages 9–12 (group 2 of 2)…"
    assert window.composer.button.text() == "Stop"
    window.composer.button.click()  # the composer's Stop stops the run too
    _ended(window, run)
    assert flow.panel.again_button.text() == "Continue" and flow.panel.text.startswith("Stopped.")
    bedrock.behaviour.tokens_per_second = None
    sent = len(bedrock.requests)
    flow.panel.again_button.click()
    _ended(window, run)
    assert [_images(r) for r in bedrock.requests[sent:]] == [4, 0]


def test_the_document_s_redactions_are_burned_into_every_page_sent(make_window, run, bedrock, history, tmp_path):
    window = make_window(history=history)
    panel = open_document(window, run, scan_with_secret(tmp_path / "contract.png"))
    redact_the_secret(window, run, panel)

    flow = _whole_document_question(window, run, "Who signs?")
    flow.panel.ask_button.click()
    _ended(window, run)
    [page] = bedrock.requests[0].parsed.images
    assert secret_pixels(Image.open(io.BytesIO(page.data))) == 0


def test_the_file_menu_offers_it_while_a_document_is_open(make_window, run, bedrock, history, twelve_pages):
    window = make_window(history=history)
    assert not window.whole_document_action.isEnabled()
    open_document(window, run, twelve_pages)
    assert window.whole_document_action.isEnabled()
    window.whole_document_action.trigger()
    assert window.composer.document == "contract.pdf — whole document"
    window.review.close_document()
    assert not window.whole_document_action.isEnabled()
