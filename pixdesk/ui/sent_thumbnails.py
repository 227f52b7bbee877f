"""The pictures of the images sent, in the conversation's question cards.

They are made by the image workers: decoding a sent 1024×768 PNG and scaling it held the window's
thread ~14 ms per image, at every send and again at every rebuild of the conversation (Retry,
opening it from the history: 60 images, most of a second frozen). Until a picture arrives — tens
of milliseconds — its place shows a quiet tint of the same size, so nothing moves when it comes.
Pictures are kept across rebuilds for the images the conversation still shows."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import BrokenExecutor, Executor, Future
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QTextDocument
from shiboken6 import isValid

from pixdesk.services.images import Pixels, sent_thumbnail
from pixdesk.ui.pixel_image import image_from_pixels

log = logging.getLogger(__name__)

Thumbnailer = Callable[[bytes, int], "Future[Pixels]"]
_IMAGE = QTextDocument.ResourceType.ImageResource.value


def made_here(data: bytes, side: int) -> Future[Pixels]:
    """In this thread: for a view with no image workers (the self-test), and when they failed."""
    future: Future[Pixels] = Future()
    try:
        future.set_result(sent_thumbnail(data, side))
    except Exception as error:  # noqa: BLE001 - a picture that cannot be made stays a tint
        future.set_exception(error)
    return future


def in_workers(pool: Executor) -> Thumbnailer:
    return lambda data, side: pool.submit(sent_thumbnail, data, side)


@dataclass
class _Picture:
    data: bytes = field(repr=False)  # (held: its id is the key, and must not be reused meanwhile)
    name: str
    image: QImage | None = None  # None until the worker's pixels arrive


class SentThumbnails(QObject):
    """`resource(data)` gives the name of the picture for an image's <img>, registered with the
    document at once (a tint until the picture is ready, then the picture, and `arrived`)."""

    arrived = Signal()  # a picture replaced its tint: the view repaints

    def __init__(self, document: Callable[[], QTextDocument], side: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._side = side
        self._pictures: dict[int, _Picture] = {}
        self._registered: set[str] = set()  # names registered with the document as it is now
        self._names = (f"pixdesk-thumb:{n}" for n in itertools.count())
        self.make: Thumbnailer = made_here
        self.tint = QColor("#808080")

    def resource(self, data: bytes) -> str:
        picture = self._pictures.get(id(data))
        if picture is None or picture.data is not data:
            picture = self._pictures[id(data)] = _Picture(data, next(self._names))
            self._request(picture)
        if picture.name not in self._registered:
            self._register(picture)
        return picture.name

    def document_cleared(self, keep: Iterable[bytes]) -> None:
        """The document was emptied (it forgot what was registered): keep the pictures of `keep`."""
        kept = {id(data) for data in keep}
        self._pictures = {key: picture for key, picture in self._pictures.items() if key in kept}
        self._registered.clear()

    def _request(self, picture: _Picture) -> None:
        key = id(picture.data)
        try:
            loop = asyncio.get_running_loop()
            future = self.make(picture.data, self._side)
        except (BrokenExecutor, RuntimeError):  # no event loop (the self-test's view), or the workers are gone
            self._on_made(key, made_here(picture.data, self._side))
            return
        if future.done():
            self._on_made(key, future)
            return
        # Back on this thread through the event loop (asyncio hands it over safely): a Qt signal
        # emitted from the worker's side could meet a view the window's thread was deleting.
        asyncio.wrap_future(future, loop=loop).add_done_callback(lambda _done: self._on_made(key, future))

    def _on_made(self, key: int, future: Future[Pixels]) -> None:
        if not isValid(self):
            return  # the view was closed meanwhile
        picture = self._pictures.get(key)
        if picture is None or picture.image is not None:
            return  # no longer shown
        try:
            try:
                pixels = future.result()
            except BrokenExecutor:  # a worker died meanwhile (another file crashed it): made here
                pixels = made_here(picture.data, self._side).result()
        except Exception:
            log.warning("a sent image's thumbnail could not be made", exc_info=True)
            return
        picture.image = image_from_pixels(pixels)
        if picture.name in self._registered:
            self._register(picture)
            self.arrived.emit()

    def _register(self, picture: _Picture) -> None:
        if picture.image is not None:
            shown = picture.image
        else:
            shown = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)  # stretched to the <img>'s size
            shown.fill(self.tint)
        self._document().addResource(_IMAGE, QUrl(picture.name), shown)
        self._registered.add(picture.name)
