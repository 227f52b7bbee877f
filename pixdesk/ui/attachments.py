"""The images waiting to be sent: a strip of thumbnails, each removable, with a page picker for
documents, a preview of exactly what the model will see, and the token estimate.

Opening, preparing and thumbnailing run in worker threads; only the finished pixels come back
to the GUI thread."""

from __future__ import annotations

import asyncio
import bisect
import dataclasses
import html
import itertools
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pixdesk import catalog
from pixdesk.domain import Attachment, Placement
from pixdesk.errors import KnownError
from pixdesk.services.fetch import fetch_image
from pixdesk.services.images import ImageRef, InMemoryImage, Prepared, Resolution, expand_paths, prepare_ref
from pixdesk.services.review import ReviewDocument

THUMB_SIDE = 88


@dataclass(eq=False)
class PendingImage:
    ref: ImageRef  # a path or in-memory data: what a worker process is handed
    name: str
    order: tuple[int, int]  # (which add, position within it): cards stay in the order added
    page_count: int = 1
    page: int = 0
    prepared: Prepared | None = None
    redacted: tuple[tuple[int, int, int, int], ...] = ()  # a reviewed document's redactions, burned in
    card: ImageCard | None = field(default=None, repr=False)


class ImageCard(QFrame):
    remove_clicked = Signal()
    preview_clicked = Signal()
    page_changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumb = QToolButton(self)
        self.thumb.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.thumb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.thumb.setAccessibleName(f"Preview {name}")
        self.thumb.setToolTip("What the model will see")
        self.thumb.setAutoRaise(True)
        self.thumb.clicked.connect(self.preview_clicked)
        self.label = QLabel(name, self)
        self.label.setMaximumWidth(THUMB_SIDE + 40)
        self.label.setToolTip(name)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAccessibleName(f"Remove {name}")
        self.remove.setToolTip("Remove")
        self.remove.clicked.connect(self.remove_clicked)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignCenter)
        self.page = QSpinBox(self)  # shown for documents, once their page count is known
        self.page.setPrefix("Page ")
        self.page.setAccessibleName(f"Page of {name} to send")
        self.page.valueChanged.connect(lambda value: self.page_changed.emit(value - 1))
        self.page.hide()
        layout.addWidget(self.page)
        self.detail = QLabel("Preparing…", self)
        # Palette and font, not a style sheet: polishing a style sheet costs the GUI thread
        # ~10 ms per card, a visible hitch while images are being added.
        muted = self.detail.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.detail.setPalette(muted)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.detail.setFont(small)
        layout.addWidget(self.detail)

    def set_page_count(self, count: int) -> None:
        if count > 1:
            self.page.blockSignals(True)
            self.page.setRange(1, count)
            self.page.setSuffix(f" of {count}")
            self.page.blockSignals(False)
            self.page.show()

    def show_prepared(self, thumbnail: QImage, prepared: Prepared) -> None:
        self.thumb.setIcon(QPixmap.fromImage(thumbnail))
        a = prepared.attachment
        self.detail.setText(f"{a.width}×{a.height} · ~{prepared.tokens:,} tokens")


class PreviewDialog(QDialog):
    """Exactly the pixels that will be sent, with their size, format and cost."""

    def __init__(self, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a = prepared.attachment
        self.setWindowTitle(f"What the model will see — {a.name}")
        image = QLabel(self)
        image.setPixmap(QPixmap.fromImage(QImage.fromData(a.data)))
        image.setAccessibleName("Image as sent")
        scroll = QScrollArea(self)
        scroll.setWidget(image)
        scroll.setWidgetResizable(False)
        w, h = prepared.source_size
        facts = QLabel(
            f"{html.escape(a.format.upper())} {a.width}×{a.height}, {a.size_bytes / 1024:,.0f} KB, "
            f"about {prepared.tokens:,} tokens (from {w}×{h}).<br>"
            "Metadata — EXIF, GPS location, comments, colour profile — has been removed.",
            self,
        )
        facts.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(facts)
        layout.addWidget(buttons)
        self.resize(min(a.width + 60, 1100), min(a.height + 140, 900))


class AttachmentTray(QWidget):
    """`pool` prepares images (the app gives it worker processes); `executor` runs the light
    blocking work (listing folders, downloading); `resolution()` is the size images are prepared
    at; `reviewed_document(ref)` is the document open for review if `ref` is its file — then its
    redactions apply here too."""

    changed = Signal()
    problem = Signal(str)  # one plain sentence for the window's banner

    def __init__(
        self,
        pool: Executor,
        executor: Executor,
        resolution: Callable[[], Resolution],
        reviewed_document: Callable[[ImageRef], ReviewDocument | None] = lambda ref: None,
        parent: QWidget | None = None,
        renew_pool: Callable[[], Executor] | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._renew_pool = renew_pool  # a worker that died (a decoder crash) must not stop the next image
        self._executor = executor
        self._resolution = resolution
        self._reviewed_document = reviewed_document
        self.items: list[PendingImage] = []
        self._tasks: set[asyncio.Task] = set()
        self._adds = itertools.count()
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        strip = QWidget(self)
        strip.setLayout(self._row)
        scroll = QScrollArea(self)
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(THUMB_SIDE + 96)
        self.summary = QLabel(self)
        self.summary.setAccessibleName("Images to send")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.summary)
        self.setVisible(False)

    # --- what the window asks ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._tasks) or any(item.prepared is None for item in self.items)

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(self._placed(item) for item in self.items if item.prepared is not None)

    def _placed(self, item: PendingImage) -> Attachment:
        """A page of the document under review carries where it comes from, so that its
        redactions — also those made after it was added — are burned in before it is sent."""
        attachment = item.prepared.attachment
        document = self._reviewed_document(item.ref)
        if document is None or attachment.placement is not None:
            return attachment
        width, height = item.prepared.source_size
        return dataclasses.replace(
            attachment, placement=Placement(document.sha256, item.page, (0, 0, width, height), item.redacted)
        )

    @property
    def tokens(self) -> int:
        return sum(item.prepared.tokens for item in self.items if item.prepared is not None)

    def clear(self) -> None:
        for item in list(self.items):
            self._remove(item)

    def add_paths(self, paths: list[str]) -> asyncio.Task:
        return self._spawn(self._add_paths(paths, next(self._adds)))

    def add_bytes(self, data: bytes, name: str) -> asyncio.Task:
        return self._spawn(self._add(InMemoryImage(data, name), name, (next(self._adds), 0)))

    def add_url(self, url: str) -> asyncio.Task:
        return self._spawn(self._add_url(url, next(self._adds)))

    async def idle(self) -> None:
        """Until every image being added is ready (tests; sending waits for this too)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- work ------------------------------------------------------------------------------

    def _spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda _t: self.changed.emit())
        return task

    async def _in(self, executor: Executor, function, *args):
        return await asyncio.get_running_loop().run_in_executor(executor, function, *args)

    async def _add_paths(self, paths: list[str], add: int) -> None:
        files, skipped = await self._in(self._executor, expand_paths, paths)
        if skipped:
            self.problem.emit(f"{skipped} file(s) in the folder are not images and were left out.")
        room = catalog.LIMITS.images_per_request - len(self.items)
        if len(files) > room:
            self.problem.emit(
                f"Pixtral Large reads at most {catalog.LIMITS.images_per_request} images at a "
                f"time; {len(files) - max(room, 0)} were not added."
            )
        await asyncio.gather(
            *(self._add(str(path), path.name, (add, position)) for position, path in enumerate(files[: max(room, 0)]))
        )

    async def _add_url(self, url: str, add: int) -> None:
        try:
            data, name = await self._in(self._executor, fetch_image, url)
        except KnownError as error:
            self.problem.emit(error.sentence())
            return
        await self._add(InMemoryImage(data, name), name, (add, 0))

    async def _add(self, ref: ImageRef, name: str, order: tuple[int, int]) -> None:
        limit = catalog.LIMITS.images_per_request
        if len(self.items) >= limit:
            self.problem.emit(f"Pixtral Large reads at most {limit} images at a time; {name} was not added.")
            return
        item = PendingImage(ref, name, order)
        item.card = ImageCard(name, self)
        item.card.remove_clicked.connect(lambda i=item: self._remove(i))
        item.card.preview_clicked.connect(lambda i=item: self._preview(i))
        item.card.page_changed.connect(lambda page, i=item: self._spawn(self._prepare(i, page)))
        position = bisect.bisect([i.order for i in self.items], order)
        self.items.insert(position, item)
        self._row.insertWidget(position, item.card)
        self.setVisible(True)
        await self._prepare(item, 0)

    async def _prepare(self, item: PendingImage, page: int) -> None:
        item.page, item.prepared = page, None
        self._update_summary()
        resolution = self._resolution()
        document = self._reviewed_document(item.ref)
        redactions = tuple(document.redactions(page)) if document is not None else ()
        try:
            result = await self._in(self._pool, prepare_ref, item.ref, page, resolution, THUMB_SIDE * 2, redactions)
        except KnownError as error:
            self.problem.emit(error.sentence())
            self._remove(item)
            return
        except BrokenExecutor:
            # The worker process died (a decoder crashing on a hostile or broken file): the
            # window is unharmed. Say so, and start fresh workers for the next image.
            self.problem.emit(
                f"pixdesk could not read {item.name}: the image reader stopped unexpectedly. "
                "Try saving the image again in another format."
            )
            self._remove(item)
            if self._renew_pool is not None:
                self._pool = self._renew_pool()
            return
        if item not in self.items or item.page != page:
            return  # removed, or another page was picked meanwhile
        if page == 0 and item.page_count == 1:
            item.page_count = result.page_count
            item.card.set_page_count(result.page_count)
            for note in result.notes:
                self.problem.emit(note)
        item.prepared, item.redacted = result.prepared, redactions
        image = QImage.fromData(result.thumbnail_png)
        image.setDevicePixelRatio(2.0)  # made at twice the size: sharp on HiDPI screens
        item.card.show_prepared(image, result.prepared)
        self._update_summary()

    def _remove(self, item: PendingImage) -> None:
        if item in self.items:
            self.items.remove(item)
            item.card.setParent(None)
            item.card.deleteLater()
        self.setVisible(bool(self.items))
        self._update_summary()
        self.changed.emit()

    def _preview(self, item: PendingImage) -> None:
        if item.prepared is not None:
            dialog = PreviewDialog(item.prepared, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _update_summary(self) -> None:
        count, tokens = len(self.items), self.tokens
        if not count:
            self.summary.clear()
            return
        cost = catalog.estimate_cost_usd(tokens, 0)
        waiting = " · preparing…" if any(i.prepared is None for i in self.items) else ""
        self.summary.setText(
            f"{count} image{'s' if count > 1 else ''} · about {tokens:,} tokens · "
            f"≈ ${cost:.4f} to read them (estimate){waiting}"
        )
