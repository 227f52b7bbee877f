"""The window while Bedrock is busy: the countdown goes into the answer (not the banner), and the
answer's actions — Try Flex, Try another region, Cancel — do what they say."""

from __future__ import annotations

import re

from PySide6.QtGui import QImage

from helpers import png_attachment, until
from pixdesk.services.chat import Status
from pixdesk.testing.server import Fault


def _throttled_once(bedrock) -> None:
    bedrock.inject(Fault.error("ThrottlingException", times=3))  # the first attempt's three tries


def _spy_waiting(window, monkeypatch) -> list[tuple[int, int]]:
    """(seconds left, attempt) of each throttle countdown step the window hands ChatView.waiting."""
    calls: list[tuple[int, int]] = []
    drawn = getattr(window.chat, "waiting", None)

    def waiting(exchange) -> None:
        if exchange.status is Status.WAITING and not exchange.waiting_for_quota:
            calls.append((exchange.wait_left_s, exchange.attempt))
        if drawn is not None:
            drawn(exchange)

    monkeypatch.setattr(window.chat, "waiting", waiting, raising=False)
    return calls


def test_the_countdown_goes_into_the_answer_not_the_banner(make_window, run, bedrock, monkeypatch):
    _throttled_once(bedrock)
    window = make_window()
    window.session.throttle_wait = lambda error, attempt: 1.2
    calls = _spy_waiting(window, monkeypatch)

    async def scenario():
        window.session.ask("Busy?")
        exchange = window.session.exchanges[0]
        await until(lambda: exchange.status is Status.WAITING, message="the countdown")
        assert "trying again" not in window.banner.text.lower()
        await until(lambda: "(attempt 2 of 5)" in window.chat.toPlainText(), message="the countdown in the answer")
        await until(lambda: exchange.status is Status.DONE, message="the answer")

    run(scenario())
    assert calls and calls[0] == (2, 2)  # 1.2 s: "2 s", "attempt 2 of 5"
    assert window.banner.text == ""


def test_try_flex_asks_again_at_once_with_flex(make_window, run, bedrock, monkeypatch):
    _throttled_once(bedrock)
    window = make_window()
    window.session.throttle_wait = lambda error, attempt: 600.0
    _spy_waiting(window, monkeypatch)
    image = png_attachment()

    async def scenario():
        window.session.ask("Busy?", (image,))
        exchange = window.session.exchanges[0]
        await until(lambda: window.session.counting_down, message="the countdown")
        window.chat.action.emit("try-flex", 0)
        await until(lambda: exchange.status is Status.DONE, message="the answer with Flex")

    run(scenario())
    assert bedrock.requests[-1].body["serviceTier"] == {"type": "flex"}
    assert window.session.exchanges[0].attachments == (image,)
    assert window.banner.text == "Asking again with Flex (cheaper, may wait). Your next questions use Standard."


def test_try_another_region_opens_the_picker_and_asks_there(make_window, run, bedrock, monkeypatch):
    _throttled_once(bedrock)
    window = make_window()
    window.session.throttle_wait = lambda error, attempt: 600.0
    _spy_waiting(window, monkeypatch)

    async def scenario():
        window.session.ask("Busy here?")
        exchange = window.session.exchanges[0]
        await until(lambda: window.session.counting_down, message="the countdown")
        window.chat.action.emit("try-region", 0)
        assert window.region.view().isVisible()  # the person chooses: nothing moves by itself
        assert len(bedrock.requests) == 3 and window.session.counting_down
        assert "Choose where your data is processed" in window.banner.text
        window.region.hidePopup()
        window.region.set_region("eu-central-1")  # Europe (Frankfurt), chosen in the picker
        await until(lambda: exchange.status is Status.DONE, message="the answer from Europe")

    run(scenario())
    assert bedrock.requests[-1].region == "eu-central-1"


def test_cancel_while_waiting_stops_without_asking_again(make_window, run, bedrock, monkeypatch):
    bedrock.inject(Fault.error("ThrottlingException", times=None))
    window = make_window()
    window.session.throttle_wait = lambda error, attempt: 600.0
    _spy_waiting(window, monkeypatch)

    async def scenario():
        window.session.ask("Busy?")
        exchange = window.session.exchanges[0]
        await until(lambda: window.session.counting_down, message="the countdown")
        window.chat.action.emit("cancel", 0)
        await until(lambda: exchange.status is Status.STOPPED, message="stopped")

    run(scenario())
    assert len(bedrock.requests) == 3  # the first attempt only
    assert window.composer.button.text() == "Send"


def _drawn_thumbnails(window) -> list[bool]:
    """For each image in the transcript: is its picture there (not an empty frame, nor the
    one-pixel tint shown while the image workers make it)?"""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    document = window.chat.document()
    names = re.findall(r'<img src="([^"]+)"', window.chat.toHtml())
    kind = QTextDocument.ResourceType.ImageResource.value
    return [QImage(document.resource(kind, QUrl(name))).width() > 1 for name in names]


def test_retry_after_an_error_keeps_the_questions_thumbnail(make_window, run, bedrock):
    bedrock.inject(Fault.error("AccessDeniedException"))
    window = make_window()

    async def scenario():
        window.session.ask("What is wrong here?", (png_attachment(),))
        exchange = window.session.exchanges[0]
        await until(lambda: exchange.status is Status.FAILED, message="the error")
        await until(lambda: _drawn_thumbnails(window) == [True], message="the picture, from the image workers")
        window.chat.action.emit("retry", 0)
        await until(lambda: window.session.exchanges[0].status is Status.DONE, message="the retried answer")
        await until(lambda: _drawn_thumbnails(window) == [True], message="the picture, kept")

    run(scenario())
