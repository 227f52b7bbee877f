"""The images waiting to be sent: a row of chips above the question box, each removable, with a
page picker for documents, a preview of exactly what the model will see, and the token estimate.

Opening, preparing and thumbnailing run in worker threads; only the finished pixels come back
to the GUI thread. A page whose small print will not survive the fit can go with close-ups of
that print (one click on its chip, undone as easily): they are made in a worker too. Whether it
will survive is measured after the chip is ready, in a second job: the warning comes a moment
later, and neither the chip nor sending waits for it."""

from __future__ import annotations

import bisect
import dataclasses
import importlib
import itertools
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import BrokenExecutor, Executor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pixdesk import catalog
from pixdesk.domain import Attachment, Placement
from pixdesk.errors import KnownError
from pixdesk.services.images import ImageRef, InMemoryImage, Resolution, expand_paths, prepare_ref
from pixdesk.ui.card import THUMB_SIDE
from pixdesk.ui.i18n import error_sentence, money, number, translate, translated
from pixdesk.ui.pending_image import PendingImage
from pixdesk.ui.readable import muted_text

if TYPE_CHECKING:  # (names only: imaging is loaded in the workers, not for the window's start)
    import asyncio

    from pixdesk.services.images import Prepared
    from pixdesk.services.review import ReviewDocument  # (the review and the history: not in the first frame)
    from pixdesk.services.saved_redactions import FileRedactions
    from pixdesk.services.small_print import SmallPrint
    from pixdesk.ui.attachment_chip import ImageChip

# Thumbnails are made at this side: a chip crops a square out of the middle, at twice its size
# for HiDPI screens, so even a wide screenshot keeps enough pixels.
THUMBNAIL_PIXELS = THUMB_SIDE * 4
# Several files dropped at once get their chips one a turn of the event loop, not all in one go
# (each chip, with the row's new layout, costs the GUI thread ~2 ms; two at once held it ~7 ms,
# then ~4 ms more to paint). A 1 ms timer, not a bare yield, which now and then ran the next chip
# in the same pass of the loop.
ONE_CHIP_A_TURN_S = 0.001

# What an image in the tray needs and an empty tray does not: its chip, its preview, the
# small-print check, downloads. Not in the window's first frame (~25 ms of imports): loaded a
# moment after it (load_chip_modules, from MainWindow.start), or by the first image, if sooner.
CHIP_MODULES = (
    "pixdesk.ui.attachment_chip",
    "pixdesk.ui.pixel_image",
    "pixdesk.ui.preview_dialog",
    "pixdesk.services.small_print",
    "pixdesk.services.fetch",
)


def load_chip_modules() -> None:
    for name in CHIP_MODULES:
        importlib.import_module(name)


class AttachmentTray(QWidget):
    """The images waiting to be sent, as a row of chips above the question box, and one muted
    line with their count, size and estimated cost.

    `pool` prepares images (the app gives it worker processes); `executor` runs the light
    blocking work (listing folders, downloading); `resolution()` is the size images are prepared
    at; `reviewed_document(ref)` is the document open for review if `ref` is its file — then its
    redactions apply here too; `saved_redactions(ref)` finds the redactions saved for a file in any
    review (by its bytes' SHA-256), burned in before it is scaled — and the chip says so;
    `measure_small_print(ref, page, redactions)`: the small-print check, run in `pool` once the
    chip is ready (None: the service's, services.small_print.measure_ref, looked up when it runs —
    a test may put a double there, or pass one, that it can hold back)."""

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
        saved_redactions: Callable[[ImageRef], Awaitable[FileRedactions | None]] | None = None,
        measure_small_print: Callable[[ImageRef, int, Sequence[tuple[int, int, int, int]]], SmallPrint | None]
        | None = None,
    ) -> None:
        super().__init__(parent)
        self._measure = measure_small_print
        self._measuring: set[asyncio.Task] = set()  # checks under way: not `busy`, sending never waits
        self._saved_redactions = saved_redactions
        self._pool = pool
        self._renew_pool = renew_pool  # a worker that died (a decoder crash) must not stop the next image
        self._executor = executor
        self._resolution = resolution
        self._reviewed_document = reviewed_document
        self.items: list[PendingImage] = []  # images that are, or will be, sent
        self._failed: list[PendingImage] = []  # images that could not be used: their chips say why
        self._tasks: set[asyncio.Task] = set()
        self._adds = itertools.count()
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 2, 0, 2)  # room for the chips' focus rings
        self._row.setSpacing(8)
        self._row.addStretch(1)
        # The strip is built now, so it sits in the window's Tab order between what comes before
        # the tray and the question box; chips are chained in right after it.
        self._strip = QWidget(self)
        self._strip.setLayout(self._row)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._strip)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.horizontalScrollBar().rangeChanged.connect(lambda _low, _high: self._fit_height())
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("attachments", "Images to send"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._scroll)
        layout.addWidget(self.summary)
        self._apply_palette()
        self.setVisible(False)

    # --- what the window asks ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._tasks) or any(item.prepared is None for item in self.items)

    @property
    def measuring(self) -> bool:
        """Small-print checks still under way (a chip may yet show the warning)."""
        return bool(self._measuring)

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(self._placed(item, prepared) for item in self.items for prepared in item.images)

    def _placed(self, item: PendingImage, prepared: Prepared) -> Attachment:
        """A page of the document under review carries where it comes from (a close-up: the area
        of the page it shows), so that its redactions — also those made after it was added — are
        burned in before it is sent."""
        attachment = prepared.attachment
        document = self._reviewed_document(item.ref)
        sha256 = document.sha256 if document is not None else item.sha256
        if sha256 is None or attachment.placement is not None:
            return attachment
        width, height = prepared.source_size
        box = prepared.box or (0, 0, width, height)
        return dataclasses.replace(attachment, placement=Placement(sha256, item.page, box, item.redacted))

    @property
    def tokens(self) -> int:
        return sum(item.tokens for item in self.items)

    def image_count(self, leaving_out: PendingImage | None = None) -> int:
        """How many images the tray sends (a page with close-ups counts each); images still being
        prepared count as one."""
        return sum(max(1, len(item.images)) for item in self.items if item is not leaving_out)

    def chips(self) -> list[ImageChip]:
        """The chips as they stand in the row, failed ones included."""
        from pixdesk.ui.attachment_chip import ImageChip

        found = (self._row.itemAt(i).widget() for i in range(self._row.count()))
        return [widget for widget in found if isinstance(widget, ImageChip)]

    def clear(self) -> None:
        for item in [*self.items, *self._failed]:
            self._remove(item)

    def add_paths(self, paths: list[str]) -> asyncio.Task:
        return self._spawn(self._add_paths(paths, next(self._adds)))

    def add_bytes(self, data: bytes, name: str) -> asyncio.Task:
        return self._spawn(self._add(InMemoryImage(data, name), name, (next(self._adds), 0)))

    def add_url(self, url: str) -> asyncio.Task:
        return self._spawn(self._add_url(url, next(self._adds)))

    async def idle(self) -> None:
        """Until every image being added is ready (tests; sending waits for this too)."""
        import asyncio  # (in the methods: the window's first frame is shown before asyncio is loaded)

        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- work ------------------------------------------------------------------------------

    def _spawn(self, coroutine) -> asyncio.Task:
        import asyncio

        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda _t: self.changed.emit())
        return task

    async def _in(self, executor: Executor, function, *args):
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(executor, function, *args)

    async def _add_paths(self, paths: list[str], add: int) -> None:
        import asyncio

        files, skipped = await self._in(self._executor, expand_paths, paths)
        if skipped:
            self.problem.emit(
                translate("attachments", "%n file(s) in the folder are not images and were left out.", None, skipped)
            )
        room = catalog.LIMITS.images_per_request - self.image_count()
        if len(files) > room:
            left_out = len(files) - max(room, 0)  # (a variable: lupdate misses calls with calls in them)
            self.problem.emit(
                translate(
                    "attachments",
                    "Pixtral Large reads at most {limit} images at a time; %n were not added.",
                    None,
                    left_out,
                ).format(limit=catalog.LIMITS.images_per_request)
            )
        adding = []
        for position, path in enumerate(files[: max(room, 0)]):
            if adding:  # one chip a turn of the loop: a click, a key or a redraw gets in between
                await asyncio.sleep(ONE_CHIP_A_TURN_S)
            adding.append(self._spawn(self._add(str(path), path.name, (add, position))))
        await asyncio.gather(*adding)

    async def _add_url(self, url: str, add: int) -> None:
        from pixdesk.services.fetch import fetch_image

        try:
            data, name = await self._in(self._executor, fetch_image, url)
        except KnownError as error:
            self.problem.emit(error_sentence(error))
            return
        await self._add(InMemoryImage(data, name), name, (add, 0))

    async def _add(self, ref: ImageRef, name: str, order: tuple[int, int]) -> None:
        import asyncio

        from pixdesk.ui.attachment_chip import ImageChip

        limit = catalog.LIMITS.images_per_request
        if self.image_count() >= limit:
            self.problem.emit(
                translate(
                    "attachments", "Pixtral Large reads at most {limit} images at a time; {name} was not added."
                ).format(limit=limit, name=name)
            )
            return
        item = PendingImage(ref, name, order)
        chip = item.card = ImageChip(name, self._strip)
        chip.remove_clicked.connect(lambda i=item: self._remove(i))
        chip.delete_pressed.connect(lambda i=item: self._remove(i))
        chip.preview_clicked.connect(lambda i=item: self._preview(i))
        chip.page_changed.connect(lambda page, i=item: self._spawn(self._prepare(i, page)))
        chip.read_small_print.connect(lambda i=item: self._spawn(self._read_small_print(i)))
        chip.undo_small_print.connect(lambda i=item: self._undo_small_print(i))
        position = bisect.bisect([i.order for i in self.items], order)
        self.items.insert(position, item)
        # Failed chips keep their place in the row; a new chip goes after the item it follows.
        row_position = self._row.indexOf(self.items[position - 1].card) + 1 if position else 0
        self._row.insertWidget(row_position, chip, 0, Qt.AlignmentFlag.AlignTop)
        self._chain_tab_order()
        # The chip made, the window laid out around it in the next turn of the loop: together,
        # ~5 ms of the window's thread on a 2-core laptop, then its repaint.
        await asyncio.sleep(ONE_CHIP_A_TURN_S)
        if item not in self.items:
            return  # removed meanwhile
        self.setVisible(True)
        # What depends on the tray's images (Compare) follows now, in this layout pass, rather than
        # once they are ready: the window would move under the person a second time.
        self.changed.emit()
        await self._prepare(item, 0)

    async def _prepare(self, item: PendingImage, page: int) -> None:
        self._stop_check(item)
        item.page, item.prepared, item.fine_print = page, None, None
        if item.card is not None:
            item.card.show_preparing()
        self._update_summary()
        resolution = self._resolution()
        document = self._reviewed_document(item.ref)
        redactions = tuple(document.redactions(page)) if document is not None else ()
        # The file's saved redactions (any review, any conversation), looked up by its bytes:
        # burned in at full resolution by the worker, like the review's own.
        saved = await self._saved_redactions(item.ref) if self._saved_redactions is not None else None
        if item not in self.items or item.page != page:
            return  # removed, or another page was picked meanwhile
        try:
            result = await self._in(
                self._pool,
                prepare_ref,
                item.ref,
                page,
                resolution,
                THUMBNAIL_PIXELS,
                redactions,
                saved.on(page) if saved is not None else (),
                False,  # not measured here: the chip is ready sooner, the check follows
            )
        except KnownError as error:
            self._fail(item, error_sentence(error))
            return
        except BrokenExecutor:
            # The worker process died (a decoder crashing on a hostile or broken file): the
            # window is unharmed. Say so, and start fresh workers for the next image.
            self._fail(
                item,
                translate(
                    "attachments",
                    "pixdesk could not read {name}: the image reader stopped unexpectedly. "
                    "Try saving the image again in another format.",
                ).format(name=item.name),
            )
            if self._renew_pool is not None:
                self._pool = self._renew_pool()
            return
        if item not in self.items or item.page != page or item.card is None:
            return  # removed, or another page was picked meanwhile
        if page == 0 and item.page_count == 1:
            item.page_count = result.page_count
            item.card.set_page_count(result.page_count)
            for note in result.notes:
                self.problem.emit(translated(note))  # (a Signal(str) keeps only the English)
        item.prepared, item.redacted = result.prepared, tuple(dict.fromkeys((*redactions, *result.saved_applied)))
        item.sha256 = saved.sha256 if saved is not None else None
        from pixdesk.ui.pixel_image import image_from_pixels

        image = image_from_pixels(result.thumbnail, 2.0)  # made larger than shown: sharp on HiDPI screens
        applied = ""
        if result.saved_applied:
            from pixdesk.services.saved_redactions import applied_words  # (with the history: after the first frame)

            applied = translated(applied_words(len(result.saved_applied)))
        item.card.show_prepared(image, result.prepared, applied)
        self._update_summary()
        self._check_small_print(item, result.prepared)

    def _check_small_print(self, item: PendingImage, prepared: Prepared) -> None:
        """Measure the page's small print in a second job on the image workers, now that its chip
        is ready: neither the chip nor sending waits for it (so it is not in `busy`); the warning
        appears on the chip when the check finds small print the fit makes unreadable."""
        import asyncio

        self._stop_check(item)
        task = item.check = asyncio.ensure_future(self._measure_small_print(item, prepared))
        self._measuring.add(task)
        task.add_done_callback(self._measuring.discard)

    def _stop_check(self, item: PendingImage) -> None:
        """The item's small-print check is no longer wanted (the image was removed, or another
        page picked): cancelled, so that a check still queued never takes a worker from the next
        image, and one under way no longer counts as `measuring`."""
        if item.check is not None:
            self._measuring.discard(item.check)
            item.check.cancel()
            item.check = None

    async def _measure_small_print(self, item: PendingImage, prepared: Prepared) -> None:
        from pixdesk.services import small_print

        try:
            measure = self._measure or small_print.measure_ref
            small = await self._in(self._pool, measure, item.ref, item.page, item.redacted)
        except KnownError:
            return  # the page itself was prepared and goes as it is; the check is a courtesy
        except BrokenExecutor:
            if self._renew_pool is not None:  # the next image needs a working pool
                self._pool = self._renew_pool()
            return
        if item not in self.items or item.prepared is not prepared or item.card is None:
            return  # removed, sent, or another page was picked meanwhile
        if small is not None:
            item.card.show_small_print(small)
            self._update_summary()  # (the chip grew a line: the row makes room)

    async def _read_small_print(self, item: PendingImage) -> None:
        """The page, once, and close-ups of its small print instead of the page alone — unless
        that takes more images than one question may carry: then it says so, and nothing changes."""
        from pixdesk.services.small_print import closeup_count, prepare_ref_fine_print, too_many_images

        prepared, card = item.prepared, item.card
        if prepared is None or card is None or item.fine_print is not None:
            return
        card.show_small_print_busy()
        self._update_summary()
        try:
            plan = await self._in(self._pool, prepare_ref_fine_print, item.ref, item.page, item.redacted)
        except (KnownError, BrokenExecutor) as error:
            if isinstance(error, BrokenExecutor) and self._renew_pool is not None:
                self._pool = self._renew_pool()
            sentence = (
                error_sentence(error)
                if isinstance(error, KnownError)
                else translate("attachments", "The close-ups could not be made.")
            )
            self.problem.emit(
                translate("attachments", "{problem} {name} goes as it is.").format(problem=sentence, name=item.name)
            )
            plan = None
        if item not in self.items or item.prepared is not prepared or item.card is None:
            return  # removed, or another page was picked meanwhile
        refused = too_many_images(item.name, len(plan), self.image_count(leaving_out=item)) if plan else None
        if refused is not None:
            self.problem.emit(translated(refused))
        if plan is None or refused is not None:
            item.card.show_small_print_warning(item.tokens)
        else:
            item.fine_print = plan
            item.card.show_small_print_sent(closeup_count(plan), item.tokens)
        self._update_summary()
        self.changed.emit()

    def _undo_small_print(self, item: PendingImage) -> None:
        if item.card is None or item.fine_print is None:
            return
        item.fine_print = None
        item.card.show_small_print_warning(item.tokens)
        self._update_summary()
        self.changed.emit()

    def _fail(self, item: PendingImage, sentence: str) -> None:
        """The image cannot be sent: it leaves the list of images to send, but its chip stays
        and says why (the banner says it too), until the person removes it."""
        self.problem.emit(sentence)
        if item not in self.items:
            return  # removed while it was being prepared
        self.items.remove(item)
        self._failed.append(item)
        if item.card is not None:
            item.card.show_problem(sentence)
        self._update_summary()
        self.changed.emit()

    def _remove(self, item: PendingImage) -> None:
        self._stop_check(item)
        chip = item.card
        if item in self.items:
            self.items.remove(item)
        if item in self._failed:
            self._failed.remove(item)
        if chip is not None:
            chips = self.chips()
            focused = QApplication.focusWidget()
            had_focus = focused is chip or (focused is not None and chip.isAncestorOf(focused))
            after = chips[chips.index(chip) + 1 :] if chip in chips else []
            item.card = None
            chip.hide()  # before the focus moves: a hidden chip can no longer take it back
            self._row.removeWidget(chip)
            if had_focus:
                if after:
                    after[0].setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self._focus_past_the_tray()
            chip.setParent(None)
            chip.deleteLater()
        self.setVisible(bool(self.items or self._failed))
        self._update_summary()
        self.changed.emit()

    def _preview(self, item: PendingImage) -> None:
        from pixdesk.ui.preview_dialog import PreviewDialog

        if item.prepared is not None:
            dialog = PreviewDialog(item.prepared, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # Closing the preview puts the person back on the chip they opened it from.
            dialog.finished.connect(
                lambda _result, i=item: i.card.setFocus(Qt.FocusReason.OtherFocusReason) if i.card else None
            )
            dialog.open()

    def _refocus(self, item: PendingImage) -> None:
        if item.card is not None:  # it may have been removed (or sent) meanwhile
            item.card.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard -------------------------------------------------------------------------------

    def _chain_tab_order(self) -> None:
        """Chips are made after the window, so Qt would put them last in the Tab order. Chain
        them, in row order, right after the strip — which was built with the tray, before the
        question box — so Tab goes: what is above, the chips, the question box."""
        previous: QWidget = self._strip
        policy = previous.focusPolicy()
        previous.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # setTabOrder ignores widgets without focus
        try:
            for chip in self.chips():
                QWidget.setTabOrder(previous, chip)
                QWidget.setTabOrder(chip, chip.remove)
                QWidget.setTabOrder(chip.remove, chip.page)
                QWidget.setTabOrder(chip.page, chip.small_print_button)
                previous = chip.small_print_button
        finally:
            self._strip.setFocusPolicy(policy)

    def _focus_past_the_tray(self) -> None:
        """The last chip went: focus moves on to what follows the tray (the question box)."""
        widget = self._strip.nextInFocusChain()
        while widget is not None and widget is not self._strip:
            inside = widget is self or self.isAncestorOf(widget)
            if (
                not inside
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    # --- look -----------------------------------------------------------------------------------

    def _fit_height(self) -> None:
        """As tall as the chips, plus the scroll bar when the row is wider than the window."""
        chips = self.chips()
        for chip in chips:  # a chip that just gained or lost a line: its layout sizes it anew first
            layout = chip.layout()
            if layout is not None:
                layout.activate()
        height = max((chip.sizeHint().height() for chip in chips), default=0) + 4
        bar = self._scroll.horizontalScrollBar()
        if bar.maximum() > 0:
            height += bar.sizeHint().height()
        self._scroll.setFixedHeight(height)

    def _apply_palette(self) -> None:
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_text(self.palette()))
        self.summary.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self._apply_palette()

    def _update_summary(self) -> None:
        self._fit_height()
        count, tokens = self.image_count(), self.tokens
        if not count:
            self.summary.clear()
            self.summary.setVisible(False)
            self.setAccessibleDescription("")
            return
        cost = catalog.estimate_cost_usd(tokens, 0)
        preparing = any(i.prepared is None for i in self.items)
        if preparing and not tokens:
            # Nothing measured yet: "about 0 tokens · ≈ $0.0000" would be a wrong figure, not an estimate.
            summary = translate("attachments", "%n image(s) · preparing…", None, count)
        elif preparing:
            summary = translate(
                "attachments",
                "%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate) · preparing…",
                None,
                count,
            )
        else:
            summary = translate(
                "attachments", "%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate)", None, count
            )
        self.summary.setText(summary.format(tokens=number(tokens), cost=money(cost)))
        self.summary.setVisible(True)
        self.setAccessibleDescription(self.summary.text())
