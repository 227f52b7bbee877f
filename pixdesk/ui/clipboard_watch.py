"""Clipboard watch (off by default): while on, a new image on the clipboard is offered — once —
for attaching. It only offers: nothing is attached or sent until the person clicks.

Skipped: what pixdesk copied itself (QClipboard.ownsClipboard, and copies marked OWN_FORMAT,
for platforms that cannot tell), images without pixels, and an image identical to the last one
offered (compared by a hash of its pixels, computed off the GUI thread: a 4K screenshot is 33 MB)."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QClipboard, QImage

OWN_FORMAT = "application/x-pixdesk-own-copy"


def mark_own_copy(mime: QMimeData) -> QMimeData:
    """For pixdesk's own copies of images: the watch will not offer them back."""
    mime.setData(OWN_FORMAT, b"1")
    return mime


def pixels_digest(pixels: bytes | bytearray | memoryview, width: int, height: int, image_format: int) -> bytes:
    """Identical images give the same digest (their size and pixel format included)."""
    digest = hashlib.blake2b(pixels, digest_size=16)
    digest.update(f"{width}x{height}/{image_format}".encode())
    return digest.digest()


class ClipboardWatch(QObject):
    offered = Signal(QImage)  # a new image, worth offering

    def __init__(
        self,
        clipboard: QClipboard,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        executor: Executor | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard, self._spawn, self._executor = clipboard, spawn, executor
        self._enabled = False
        self._last: bytes | None = None  # the digest of the image offered (or found) last
        self._generation = 0  # a newer clipboard change wins over a hash still being computed
        clipboard.dataChanged.connect(self._changed)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        if on and not self._enabled:
            # What is on the clipboard already was there before: only new copies are offered.
            self._spawn(self._remember_current())
        self._enabled = on

    def _changed(self) -> None:
        if not self._enabled:
            return
        self._generation += 1
        image = self._new_image()
        if image is not None:
            self._spawn(self._consider(image, self._generation, offer=True))

    async def _remember_current(self) -> None:
        self._generation += 1
        image = self._new_image()
        if image is not None:
            await self._consider(image, self._generation, offer=False)

    def _new_image(self) -> QImage | None:
        if self._clipboard.ownsClipboard():
            return None
        mime = self._clipboard.mimeData()
        if mime is None or mime.hasFormat(OWN_FORMAT) or not mime.hasImage():
            return None
        image = self._clipboard.image()
        return None if image.isNull() else image

    async def _consider(self, image: QImage, generation: int, offer: bool) -> None:
        # Hashed in a worker straight from the image's memory (hashlib lets go of the GIL for a
        # large buffer); `image` is our own copy and is kept alive until the hash is done.
        digest = await asyncio.get_running_loop().run_in_executor(
            self._executor, pixels_digest, image.constBits(), image.width(), image.height(), image.format().value
        )
        if generation != self._generation or digest == self._last:
            return
        self._last = digest
        if offer and self._enabled:
            self.offered.emit(image)
