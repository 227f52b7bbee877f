"""History in the window: every turn recorded, conversations reopened with their images as
context, search, rename, delete, interrupted answers, trimming to the model's limits."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from helpers import png_attachment, png_bytes, until
from pixdesk.domain import Answer
from pixdesk.services.chat import Status
from pixdesk.services.history import HistoryWriter
from pixdesk.store.history import HistoryStore
from pixdesk.ui.history_roles import SNIPPET_ROLE


def _ask_and_wait(window, text: str, index: int):
    async def scenario():
        window.composer.set_text(text)
        window.send()
        await until(
            lambda: len(window.session.exchanges) > index and window.session.exchanges[index].status is Status.DONE,
            message=f"answer {index}",
        )
        await until(lambda: window.sidebar.list.count() >= 1, message="the sidebar")

    return scenario()


def test_turns_are_recorded_and_reopened_with_their_images(make_window, run, bedrock, history, tmp_path):
    shot = tmp_path / "invoice.png"
    shot.write_bytes(png_bytes(900, 600))
    window = make_window(history=history)

    async def first():
        window.attach_paths([str(shot)])
        await until(lambda: window.tray.attachments())
        await _ask_and_wait(window, "What is due?", 0)

    run(first())
    conversation = window.session.conversation_id
    store = history.store
    run(until(lambda: [m.status for m in history.run_now(store.messages, conversation)] == ["complete", "complete"]))
    question, answer = history.run_now(store.messages, conversation)
    assert question.text == "What is due?" and question.attachments[0].width == 900
    assert answer.audit["request_id"] and answer.audit["region"] == "us-east-1"
    assert "What is due?" in window.sidebar.conversation_items()[0].text()

    window.new_chat()
    assert window.session.exchanges == [] and window.chat.toPlainText() == ""
    window.sidebar.list.itemClicked.emit(window.sidebar.conversation_items()[0])
    run(until(lambda: len(window.session.exchanges) == 1, message="the reopened conversation"))
    assert "What is due?" in window.chat.toPlainText() and "PNG, 900×600" in window.chat.toPlainText()
    run(_ask_and_wait(window, "And the total?", 1))
    follow_up = bedrock.requests[-1].body["messages"]
    assert [m["role"] for m in follow_up] == ["user", "assistant", "user"]
    assert bedrock.requests[-1].parsed.images[0].data == bedrock.requests[0].parsed.images[0].data
    assert [c.message_count for c in history.run_now(store.conversations)] == [4]  # continued, not a new conversation


def test_search_rename_and_delete(make_window, run, bedrock, history):
    window = make_window(history=history)
    run(_ask_and_wait(window, "Payment declined for order 10407", 0))
    window.new_chat()
    run(_ask_and_wait(window, "Is the contract signed?", 0))
    sidebar = window.sidebar
    run(until(lambda: len(sidebar.conversation_items()) == 2))

    sidebar.search.setText("signed")  # only the second question says it
    run(until(lambda: len(sidebar.conversation_items()) == 1, message="search results"))
    assert "<b>signed</b>" in sidebar.conversation_items()[0].data(SNIPPET_ROLE)

    sidebar.list.setCurrentItem(sidebar.conversation_items()[0])
    sidebar.rename_action.trigger()
    sidebar.rename_dialog.textValueSelected.emit("Order 10407")
    run(until(lambda: "Order 10407" in sidebar.conversation_items()[0].text(), message="the new name"))
    assert "Order 10407" in [c.title for c in history.run_now(history.store.conversations)]

    sidebar.search.setText("")
    run(until(lambda: len(sidebar.conversation_items()) == 2))
    sidebar.list.setCurrentItem(sidebar.conversation_items()[0])
    sidebar.delete_action.trigger()
    sidebar.delete_box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(history.run_now(history.store.conversations)) == 2  # nothing deleted without a yes
    sidebar.delete_action.trigger()
    sidebar.delete_confirm.click()
    run(until(lambda: len(sidebar.conversation_items()) == 1, message="the deletion"))
    assert len(history.run_now(history.store.conversations)) == 1


def test_an_interrupted_answer_is_shown_with_retry_on_the_next_start(make_window, run, bedrock, tmp_path):
    folder = tmp_path / "crashed"
    with HistoryStore(folder) as store:  # what a killed pixdesk leaves behind
        conversation = store.start_conversation("Transcribe the scan")
        store.add_question(conversation, "Transcribe the scan", (png_attachment(),))
        message = store.start_answer(conversation, Answer(region="us-east-1", tier_requested="standard"))
        store.checkpoint_answer(message, "Line one of the scan")
    writer = HistoryWriter(HistoryStore(folder))
    try:
        assert writer.store.interrupted_on_open == 1
        window = make_window(history=writer)
        window.start(interrupted=writer.store.interrupted_conversation_id())
        run(until(lambda: window.session.exchanges, message="the conversation"))
        text = window.chat.toPlainText()
        assert "Line one of the scan" in text and "Interrupted" in text
        assert "pixdesk:retry/0" in window.chat.toHtml() and "marked interrupted" in window.banner.text
        window.chat.link_requested.emit(QUrl("pixdesk:retry/0"))
        run(until(lambda: window.session.exchanges and window.session.exchanges[-1].status is Status.DONE))
        assert bedrock.requests[-1].parsed.images  # asked again with its image
    finally:
        writer.close()


def test_earlier_images_are_left_out_to_fit_eight_per_question(make_window, run, bedrock, history, tmp_path):
    paths = []
    for n in range(8):
        path = tmp_path / f"page{n}.png"
        path.write_bytes(png_bytes(200 + n, 200))
        paths.append(str(path))
    window = make_window(history=history)

    async def scenario():
        window.attach_paths(paths)
        await until(lambda: len(window.tray.attachments()) == 8)
        await _ask_and_wait(window, "Compare these pages", 0)
        window.attach_paths([paths[0]])
        await until(lambda: len(window.tray.attachments()) == 1)
        await _ask_and_wait(window, "And this one?", 1)

    run(scenario())
    assert len(bedrock.requests[-1].parsed.images) == 8  # 7 earlier + the new one, not 9
    assert window.banner.text == (
        "To fit what Pixtral Large can read at once, 1 earlier image was left out of this question's context."
    )


def test_a_long_conversation_opens_on_its_newest_questions(make_window, run, bedrock, history):
    store = history.store
    conversation = store.start_conversation("long")
    for n in range(100):
        store.add_question(conversation, f"question {n}")
        answer = Answer(text=f"answer {n}", stop_reason="end_turn", region="us-east-1", tier_requested="standard")
        store.finish_answer(store.start_answer(conversation, answer), answer)
    window = make_window(history=history)
    run(window.open_conversation(conversation))
    text = window.chat.toPlainText()
    assert "question 99" in text and "question 70" in text and "question 69" not in text
    assert "Show 30 earlier questions" in text
    window.chat.link_requested.emit(QUrl("pixdesk:earlier/0"))
    assert "question 40" in window.chat.toPlainText() and "question 39" not in window.chat.toPlainText()


_APP_SCRIPT = """
import sys
import pixdesk.app as app
from pixdesk.ui.main_window import MainWindow
from PySide6.QtCore import QTimer

original_start = MainWindow.start
mode = sys.argv[1]

def start(self, interrupted=None):
    original_start(self, interrupted)
    if mode == "ask":  # type a question and send it, as a person would
        self.composer.set_text("Transcribe the whole scan")
        self.send()
        def report():
            if self.session.exchanges and self.session.exchanges[0].answer.text:
                print("streaming", flush=True)
            else:
                QTimer.singleShot(50, report)
        QTimer.singleShot(50, report)
    else:  # show what the window holds once it has opened the interrupted conversation
        def report():
            if self.session.exchanges:
                print("CHAT:" + self.chat.toPlainText().replace(chr(10), " | "), flush=True)
                print("BANNER:" + self.banner.text, flush=True)
                app.QApplication.quit()
            else:
                QTimer.singleShot(50, report)
        QTimer.singleShot(50, report)

MainWindow.start = start
if __name__ == "__main__":
    sys.exit(app.main([]))
"""


def test_kill_9_while_answering_then_the_next_start_shows_what_was_kept(bedrock, tmp_path):
    """The real app, killed mid-answer with SIGKILL, then started again."""
    import os
    import signal
    import subprocess
    import sys
    import time

    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 3000
    script = tmp_path / "run_app.py"
    script.write_text(_APP_SCRIPT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, str(script), "ask"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        assert first.stdout.readline().strip() == "streaming"
        time.sleep(1.6)  # past at least one checkpoint (they come once a second)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        first.stdout.close()
    assert first.returncode == -signal.SIGKILL
    second = subprocess.run([sys.executable, str(script), "show"], capture_output=True, text=True, timeout=120, env=env)
    chat = next(line for line in second.stdout.splitlines() if line.startswith("CHAT:"))
    banner = next(line for line in second.stdout.splitlines() if line.startswith("BANNER:"))
    assert "Transcribe the whole scan" in chat and "What I see" in chat  # question and partial answer
    assert "Interrupted" in chat and "Retry" in chat
    assert "marked interrupted" in banner


def test_export_and_import_from_the_window(make_window, run, bedrock, history, tmp_path):
    window = make_window(history=history)
    run(_ask_and_wait(window, "Export me", 0))
    out = tmp_path / "exports"
    out.mkdir()

    async def scenario():  # dialogs are driven from inside the loop, as in the app
        for name_filter, suffix in (
            ("Web page, images included (*.html)", "html"),
            ("pixdesk conversation, re-importable (*.json)", "json"),
        ):
            window.files.export_conversation()
            window.files.export_dialog.selectNameFilter(name_filter)
            window.files.export_dialog.fileSelected.emit(str(out / "export me"))
            await until(lambda: "Exported to" in window.banner.text and suffix in window.banner.text)  # noqa: B023 - awaited in this iteration
        window.files.import_conversation()
        window.files.import_dialog.fileSelected.emit(str(out / "export me.json"))
        await until(lambda: window.session.conversation_id not in (None, 1), message="the import to open")

    run(scenario())
    html = (out / "export me.html").read_text()
    assert "Export me" in html and "<script" not in html
    assert len(history.run_now(history.store.conversations)) == 2
    assert len(window.sidebar.conversation_items()) == 2 and "Export me" in window.chat.toPlainText()
