"""The window through the real engine and the local Bedrock server: drop, paste, send, stream,
stop, throttling, region and tier, first run without credentials."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helpers import png_bytes, until
from pixdesk.services.chat import Status
from pixdesk.testing.server import Fault


def _drop(window, mime: QMimeData) -> None:
    """Drag in and drop, as a file manager or browser does: Qt delivers a drop only to the
    widget that accepted the drag."""
    where = QPoint(50, 50)
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refused the drag"
    drop = QDropEvent(
        where.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted(), "the window did not take the drop"


def _file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _ask(window, text: str) -> None:
    window.composer.edit.setFocus()
    window.composer.set_text(text)
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)


@pytest.fixture
def screenshot(tmp_path) -> Path:
    path = tmp_path / "orders.png"
    path.write_bytes(png_bytes(2048, 1536))
    return path


def test_drop_ask_and_watch_the_answer_stream(make_window, run, bedrock, screenshot):
    bedrock.behaviour.tokens_per_second = 200
    bedrock.behaviour.answer_tokens = 80
    window = make_window()

    async def scenario():
        _drop(window, _file_mime(screenshot))
        await until(lambda: window.tray.attachments(), message="the image to be prepared")
        assert "about 3,120 tokens" in window.tray.summary.text()
        _ask(window, "Why was order 10407 declined?")
        await until(lambda: window.session.exchanges and window.chat.redraws >= 2, message="streaming redraws")
        assert window.composer.button.text() == "Stop"
        await until(lambda: window.session.exchanges[0].status is Status.DONE, message="the answer")

    run(scenario())
    text = window.chat.toPlainText()
    assert "Why was order 10407 declined?" in text and "PNG, 1024×768" in text
    assert "US East (N. Virginia) · Standard · " in text and "question " in text and "(estimate)" in text
    assert window.composer.button.text() == "Send" and window.composer.text == ""
    assert not window.tray.items  # sent images leave the tray; they live in the conversation
    sent = bedrock.requests[0].parsed
    assert [(i.width, i.height) for i in sent.images] == [(1024, 768)]
    assert window.chat.redraws < 80  # coalesced: far fewer redraws than tokens


def test_shift_enter_is_a_new_line(make_window, run, bedrock):
    window = make_window()
    window.composer.edit.setFocus()
    QTest.keyClicks(window.composer.edit, "first line")
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(window.composer.edit, "second")
    assert window.composer.text == "first line\nsecond"
    assert window.session.exchanges == []


def test_drop_image_data_and_a_folder(make_window, run, bedrock, tmp_path):
    folder = tmp_path / "shots"
    folder.mkdir()
    (folder / "a.png").write_bytes(png_bytes(300, 200))
    (folder / "b.png").write_bytes(png_bytes(320, 200))
    (folder / "notes.txt").write_text("not an image")
    window = make_window()

    async def scenario():
        _drop(window, _file_mime(folder))
        image = QMimeData()
        image.setImageData(QImage(640, 480, QImage.Format.Format_RGB32))
        _drop(window, image)
        await until(lambda: len(window.tray.attachments()) == 3, message="three images")

    run(scenario())
    assert [i.name for i in window.tray.items] == ["a.png", "b.png", "pasted image"]
    assert "left out" in window.banner.text


def test_drop_a_web_image_fetches_it_once(make_window, run, bedrock):
    hits = []
    body = png_bytes(400, 300)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            if self.path == "/shot.png":
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    window = make_window()

    async def scenario():
        mime = QMimeData()
        mime.setUrls([QUrl(f"{base}/shot.png")])
        _drop(window, mime)
        await until(lambda: window.tray.attachments(), message="the web image")
        missing = QMimeData()
        missing.setUrls([QUrl(f"{base}/gone.png")])
        _drop(window, missing)
        await until(lambda: "could not be downloaded" in window.banner.text, message="a plain message")

    try:
        run(scenario())
    finally:
        server.shutdown()
        server.server_close()
    assert hits == ["/shot.png", "/gone.png"]
    assert window.tray.attachments()[0].width == 400


def test_paste_an_image(make_window, run, bedrock):
    window = make_window()
    mime = QMimeData()
    mime.setData("image/png", png_bytes(500, 400))
    QGuiApplication.clipboard().setMimeData(mime)

    async def scenario():
        window.composer.edit.setFocus()
        QTest.keyClick(window.composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: window.tray.attachments(), message="the pasted image")

    run(scenario())
    assert window.tray.attachments()[0].width == 500
    assert window.composer.text == ""  # the image did not turn into text


def test_a_broken_file_is_refused_in_words(make_window, run, bedrock, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(png_bytes()[:60])
    window = make_window()

    async def scenario():
        _drop(window, _file_mime(broken))
        await until(lambda: "broken.png" in window.banner.text, message="the notice")
        await window.tray.idle()

    run(scenario())
    assert "damaged" in window.banner.text and window.tray.items == []


def test_stop_keeps_the_partial_answer(make_window, run, bedrock):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 2000
    window = make_window()

    async def scenario():
        _ask(window, "Describe everything")
        await until(lambda: window.session.exchanges and len(window.session.exchanges[0].answer.text) > 30)
        QTest.keyClick(window, Qt.Key.Key_Escape)
        await until(lambda: window.session.exchanges[0].status is Status.STOPPED, message="stopped")

    run(scenario())
    exchange = window.session.exchanges[0]
    assert exchange.answer.text and exchange.answer.cancelled
    assert "Stopped. The answer above is incomplete." in window.chat.toPlainText()
    assert "What I see" in exchange.answer.text and "What I see" in window.chat.toPlainText()
    assert window.composer.button.text() == "Send"
    assert bedrock.wait_for_outcome(0) == "client closed"


def test_enter_just_after_an_answer_is_complete_asks_once_its_end_is_done(make_window, run, bedrock, monkeypatch):
    """The answer on screen is complete, but the request is still ending (its stream closing,
    the quota's ledger settling: longer on a busy machine). Enter then asks the next question
    once that end is done; it was thrown away unasked, the question left in the box."""
    import asyncio

    from pixdesk.services import chat

    ending = asyncio.Event()
    paced_ask = chat.paced_ask

    async def slow_to_end(*args, **kwargs):
        answer = await paced_ask(*args, **kwargs)
        await ending.wait()
        return answer

    monkeypatch.setattr(chat, "paced_ask", slow_to_end)
    window = make_window()

    async def scenario():
        _ask(window, "First question")
        await until(lambda: window.session.exchanges and window.session.exchanges[0].answer.complete)
        assert window.session.busy and window.session.finishing
        _ask(window, "Second question")
        await asyncio.sleep(0.2)
        assert len(window.session.exchanges) == 1  # not before the first has ended
        ending.set()
        await until(lambda: len(window.session.exchanges) == 2, message="the second question asked")
        await window.session.wait()

    run(scenario())
    assert [e.question for e in window.session.exchanges] == ["First question", "Second question"]
    assert window.session.exchanges[1].answer.complete
    assert window.composer.text == ""


def test_throttling_shows_the_wait_then_succeeds(make_window, run, bedrock):
    bedrock.inject(Fault.error("ThrottlingException", times=3))  # = AWS_MAX_ATTEMPTS: one full failure
    window = make_window()
    seen = []

    async def scenario():
        _ask(window, "hello")
        await until(lambda: "trying again in" in window.chat.toPlainText(), message="the countdown in the answer")
        seen.append(window.chat.toPlainText())
        assert window.banner.text == ""  # the banner stays free for other notices
        await until(lambda: window.session.exchanges[0].status is Status.DONE, timeout=15, message="success")

    run(scenario())
    assert "Bedrock is busy — trying again in" in seen[0] and "(attempt 2 of 5)" in seen[0]
    assert window.session.exchanges[0].answer.complete
    assert not window.banner.isVisible()
    assert [r.outcome for r in bedrock.requests][-1] == "ok"


def test_region_and_tier_reach_the_server(make_window, run, bedrock):
    window = make_window()
    assert "us.mistral.pixtral-large-2502-v1:0" in window.region.toolTip()  # the profile: in the tooltip
    window.region.set_region("eu-west-3")
    assert "eu.mistral.pixtral-large-2502-v1:0" in window.region.toolTip()
    window.tier.set_tier("flex")

    async def scenario():
        _ask(window, "hello")
        await until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE)

    run(scenario())
    record = bedrock.requests[0]
    assert (record.model_id, record.region) == ("eu.mistral.pixtral-large-2502-v1:0", "eu-west-3")
    assert record.body["serviceTier"] == {"type": "flex"}
    assert "Europe (Paris) · Flex" in window.chat.toPlainText()


def test_errors_are_shown_inline_with_their_action(make_window, run, bedrock):
    bedrock.inject(Fault.error("AccessDeniedException", times=None))
    window = make_window()

    async def scenario():
        _ask(window, "hello")
        await until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.FAILED)

    run(scenario())
    html = window.chat.toHtml()
    assert "has not been granted access to Pixtral Large" in window.chat.toPlainText()
    assert "pixdesk:settings/0" in html and "pixdesk:retry/0" in html
    assert window.composer.button.text() == "Send"


def test_retry_and_edit_the_last_question(make_window, run, bedrock):
    window = make_window()

    async def scenario():
        _ask(window, "first try")
        await until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE)
        window.chat.link_requested.emit(QUrl("pixdesk:retry/0"))
        await until(lambda: len(bedrock.requests) == 2 and window.session.exchanges[0].status is Status.DONE)
        window.chat.link_requested.emit(QUrl("pixdesk:edit/0"))

    run(scenario())
    assert window.session.exchanges == [] and window.composer.text == "first try"
    assert "first try" not in window.chat.toPlainText()


def test_first_run_without_credentials_explains_how_to_connect(make_window, run, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    window = make_window()

    async def scenario():
        await window.check_credentials()

    run(scenario())
    assert window.stack.currentWidget() is window.welcome
    assert window.credentials_button.text() == "Not signed in"
    assert window.welcome.findChildren(type(window.composer.button))  # the three ways, as buttons


def test_credentials_from_the_environment_show_in_the_toolbar(make_window, run, bedrock):
    window = make_window()
    run(window.check_credentials())
    assert window.stack.currentWidget() is window.empty_state  # the conversation, empty: what to do first
    assert window.credentials_button.text() == "Signed in (set up by your IT team)"


def test_every_control_has_an_accessible_name(make_window, bedrock):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QTextBrowser

    window = make_window()
    unnamed = [
        w
        for kind in (QAbstractButton, QComboBox, QPlainTextEdit, QTextBrowser)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window) and not (w.accessibleName() or getattr(w, "text", lambda: "")())
    ]
    assert unnamed == []


def test_images_are_prepared_in_worker_processes_as_in_the_app(make_window, run, bedrock, tmp_path):
    """The app prepares images in spawned processes (no GIL shared with the window): paths,
    pasted bytes, results and plain-words errors all have to cross the process boundary."""
    from pixdesk.services.images import image_process_pool

    pool = image_process_pool()
    good = tmp_path / "good.png"
    good.write_bytes(png_bytes(1600, 1200))
    bad = tmp_path / "bad.png"
    bad.write_text("<html>not an image</html>")
    window = make_window(image_pool=pool)
    try:

        async def scenario():
            _drop(window, _file_mime(good, bad))
            window.tray.add_bytes(png_bytes(300, 300), "pasted image")
            await until(lambda: not window.tray.busy, timeout=60, message="the workers")

        run(scenario(), timeout=90)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    assert [(a.name, a.width) for a in window.tray.attachments()] == [("good.png", 1024), ("pasted image", 300)]
    assert "bad.png is not an image pixdesk can read" in window.banner.text


def test_a_crashed_image_worker_is_reported_and_replaced(make_window, run, bedrock, tmp_path):
    """A decoder crash kills only its worker process: the person is told in words, fresh
    workers are started, and the next image works."""
    import os
    import signal

    from pixdesk.services.images import image_process_pool

    pools = [image_process_pool()]

    def renew():
        pools.append(image_process_pool())
        return pools[-1]

    first = tmp_path / "first.png"
    first.write_bytes(png_bytes(300, 200))
    window = make_window(image_pool=pools[0], renew_image_pool=renew)
    notices = []
    try:

        async def scenario():
            window.attach_paths([str(first)])
            await until(lambda: window.tray.attachments(), timeout=60, message="the first image")
            # (its small-print check, a second job, done too: a kill while it runs breaks the pool for it as well)
            await until(lambda: not window.tray._measuring, timeout=60, message="the first image's check")
            for process in list(pools[0]._processes.values()):  # what a segfault in a decoder does
                os.kill(process.pid, signal.SIGKILL)
            window.tray.add_bytes(png_bytes(320, 200), "victim.png")
            await until(lambda: "stopped unexpectedly" in window.banner.text, timeout=60, message="the notice")
            notices.append(window.banner.text)
            window.tray.add_bytes(png_bytes(340, 200), "after.png")
            await until(lambda: len(window.tray.attachments()) == 2, timeout=60, message="the next image")

        run(scenario(), timeout=120)
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)
    assert notices[0].startswith("pixdesk could not read victim.png")
    assert [a.name for a in window.tray.attachments()] == ["first.png", "after.png"]
    assert len(pools) == 2


def test_a_file_opened_by_the_system_is_attached(make_window, run, bedrock, tmp_path, qapp):
    """macOS: "Open with pixdesk" and drops on the Dock icon arrive as QFileOpenEvents."""
    from PySide6.QtGui import QFileOpenEvent

    from pixdesk.ui.file_open import FileOpenHandler

    shot = tmp_path / "from-finder.png"
    shot.write_bytes(png_bytes(300, 200))
    window = make_window()
    handler = FileOpenHandler(window.attach_paths)
    qapp.installEventFilter(handler)
    try:

        async def scenario():
            QApplication.sendEvent(qapp, QFileOpenEvent(str(shot)))
            QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(shot))))
            await until(lambda: len(window.tray.attachments()) == 2, message="both opened files")

        run(scenario())
    finally:
        qapp.removeEventFilter(handler)
    assert [item.name for item in window.tray.items] == ["from-finder.png", "from-finder.png"]
