"""The window once Bedrock has retired Pixtral Large: the sentence and what to do, inline in the
answer (no traceback, no AWS jargon on screen), and every earlier conversation still opens."""

from __future__ import annotations

import pytest

from helpers import asked_in_window, until
from pixdesk.services.chat import Status
from pixdesk.testing.server import Fault


@pytest.mark.parametrize(
    ("fault", "sentence"),
    [
        ("retired", "Amazon Bedrock no longer offers Pixtral Large to this account (it has been retired)."),
        ("legacy", "Amazon Bedrock has removed this account's access to Pixtral Large"),
    ],
)
def test_a_retired_model_is_said_inline_and_the_history_still_opens(
    make_window, run, bedrock, history, fault, sentence
):
    window = make_window(history=history)
    run(asked_in_window(window, "What does this invoice say?"))
    earlier_answer = window.session.exchanges[0].answer.text
    assert earlier_answer

    bedrock.inject(Fault.parse(fault))
    window.new_chat()
    run(asked_in_window(window, "And this one?"))
    failed = window.session.exchanges[-1]
    assert failed.status is Status.FAILED
    shown = window.chat.toPlainText()
    assert sentence in shown and "Ask your AWS admin" in shown and "you can export them" in shown
    for jargon in ("Traceback", "ResourceNotFoundException", "end of its life"):
        assert jargon not in shown  # Bedrock's own words stay in Copy details
    assert window.stack.currentWidget() is window.chat and window.isEnabled()  # inline, nothing modal

    sidebar = window.sidebar
    run(until(lambda: len(sidebar.conversation_items()) == 2, message="both conversations listed"))
    earlier = next(item for item in sidebar.conversation_items() if "invoice" in item.text())
    sidebar.list.itemClicked.emit(earlier)
    run(
        until(
            lambda: [e.answer.text for e in window.session.exchanges] == [earlier_answer],
            message="the earlier conversation",
        )
    )
    assert "What does this invoice say?" in window.chat.toPlainText() and sentence not in window.chat.toPlainText()
