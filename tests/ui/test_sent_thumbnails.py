"""The pictures of the images sent, in the conversation: made by the image workers, never by the
window's thread; a tint of the same size until they arrive; kept across rebuilds; a damaged
image or a crashed worker leaves the conversation drawn."""

from __future__ import annotations

import threading
from concurrent.futures import BrokenExecutor, Future

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from helpers import png_bytes
from pixdesk.domain import Answer, Attachment, Usage
from pixdesk.services.chat import Exchange, Status
from pixdesk.services.images import sent_thumbnail
from pixdesk.ui.chat_view import THUMB_SIDE, ChatView
from pixdesk.ui.sent_thumbnails import in_workers

RED, BLUE = "#c83214", "#1432c8"


def _exchange(*attachments: Attachment) -> Exchange:
    usage = Usage(900, 4, 904)
    answer = Answer("Looks fine.", stop_reason="end_turn", usage=usage, region="us-east-1", tier_requested="standard")
    exchange = Exchange("What is this?", attachments, answer)
    exchange.status = Status.DONE
    return exchange


def _sent(colour: str, name: str) -> Attachment:
    return Attachment(png_bytes(1024, 768, colour), "png", 1024, 768, name)


def _pictures(view: ChatView) -> list[QImage]:
    """What each <img> in the conversation shows now."""
    import re

    kind = QTextDocument.ResourceType.ImageResource.value
    names = re.findall(r'<img src="([^"]+)"', view.toHtml())
    return [QImage(view.document().resource(kind, QUrl(name))) for name in names]


def _colour(image: QImage) -> str:
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def _close(colour: str, expected: str) -> bool:
    """The same colour, give or take what a resampling or JPEG does to it."""
    return all(abs(int(colour[i : i + 2], 16) - int(expected[i : i + 2], 16)) <= 4 for i in (1, 3, 5))


@pytest.fixture
def view(chat_view, run):
    return chat_view  # (with the event loop running, as in the window: pictures come back through it)


@pytest.fixture
def workers(executor):
    return executor  # (threads named pixdesk-test-work)


def test_sent_pictures_are_made_by_the_workers_and_replace_a_tint_of_the_same_size(view, workers, qtbot, monkeypatch):
    made_in: list[str] = []
    decoded_here: list[int] = []
    release = threading.Event()

    def slow_thumbnail(data: bytes, side: int):
        made_in.append(threading.current_thread().name)
        release.wait(10)  # the window draws the question before any picture exists
        return sent_thumbnail(data, side)

    from_data = QImage.fromData
    monkeypatch.setattr(QImage, "fromData", lambda *args: decoded_here.append(1) or from_data(*args))
    view.thumbnails.make = lambda data, side: workers.submit(slow_thumbnail, data, side)
    view.show_exchanges([_exchange(_sent(RED, "red.png"), _sent(BLUE, "blue.png"))])

    tints = _pictures(view)
    assert len(tints) == 2 and all(image.size().width() == 1 for image in tints)  # a tint, stretched
    assert f'width="{THUMB_SIDE}" height="{THUMB_SIDE * 3 // 4}"' in view.toHtml()  # the picture's own size
    with qtbot.waitSignals([view.thumbnails.arrived, view.thumbnails.arrived], timeout=10_000):
        release.set()
    pictures = _pictures(view)
    assert [max(p.width(), p.height()) for p in pictures] == [THUMB_SIDE * 2] * 2  # sharp on HiDPI
    assert _close(_colour(pictures[0]), RED) and _close(_colour(pictures[1]), BLUE)
    assert made_in and all(name.startswith("pixdesk-test-work") for name in made_in)
    assert decoded_here == []  # nothing decoded on the window's thread


def test_a_rebuilt_conversation_reuses_its_pictures(view, workers, qtbot):
    made: list[bytes] = []
    view.thumbnails.make = lambda data, side: made.append(data) or in_workers(workers)(data, side)
    first, second = _exchange(_sent(RED, "red.png")), _exchange(_sent(BLUE, "blue.png"))
    view.show_exchanges([first])
    qtbot.waitUntil(lambda: _pictures(view)[0].width() > 1)
    view.add_exchange(second)  # (a new question)
    view.show_exchanges([first, second])  # Retry, a new palette, the conversation opened again
    qtbot.waitUntil(lambda: all(p.width() > 1 for p in _pictures(view)))
    assert made == [first.attachments[0].data, second.attachments[0].data]  # each made once
    assert _close(_colour(_pictures(view)[0]), RED) and _close(_colour(_pictures(view)[1]), BLUE)
    view.show_exchanges([second])  # another conversation: the pictures it no longer shows go
    view.show_exchanges([first, second])
    qtbot.waitUntil(lambda: all(p.width() > 1 for p in _pictures(view)))
    assert made == [first.attachments[0].data, second.attachments[0].data, first.attachments[0].data]


def test_a_damaged_image_from_the_history_keeps_its_tint_and_the_rest_is_drawn(view, workers, qtbot, caplog):
    damaged = Attachment(png_bytes(1024, 768, RED)[:300], "png", 1024, 768, "damaged.png")
    view.thumbnails.make = in_workers(workers)
    with qtbot.waitSignal(view.thumbnails.arrived, timeout=10_000):
        view.show_exchanges([_exchange(damaged, _sent(BLUE, "blue.png"))])
    qtbot.waitUntil(lambda: "could not be made" in caplog.text)
    tint, picture = _pictures(view)
    assert tint.width() == 1 and _close(_colour(picture), BLUE)
    assert "Looks fine." in view.toPlainText()


def test_a_crashed_worker_still_gives_the_picture(view, qtbot):
    def broken(data: bytes, side: int) -> Future:
        future: Future = Future()
        future.set_exception(BrokenExecutor("a worker process died"))
        return future

    view.thumbnails.make = broken
    view.show_exchanges([_exchange(_sent(RED, "red.png"))])
    qtbot.waitUntil(lambda: _pictures(view)[0].width() > 1)
    assert _close(_colour(_pictures(view)[0]), RED)


def test_a_picture_made_after_its_view_is_gone_is_dropped_quietly(qtbot, workers, caplog, run):
    release = threading.Event()
    view = ChatView()
    view.thumbnails.make = lambda data, side: workers.submit(lambda: release.wait(10) and sent_thumbnail(data, side))
    view.show_exchanges([_exchange(_sent(RED, "red.png"))])
    view.deleteLater()  # the window closed while the worker was still at it
    qtbot.waitUntil(lambda: not _alive(view))
    release.set()
    workers.shutdown(wait=True)
    assert "exception calling callback" not in caplog.text


def _alive(view: ChatView) -> bool:
    from shiboken6 import isValid

    return isValid(view)
