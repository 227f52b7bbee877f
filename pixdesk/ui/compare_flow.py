"""Compare: with exactly two images in the tray (before and after, expected and actual), one
button — and Edit ▸ Compare the two images — makes a third image showing the pixels that
changed, in a worker; it joins the tray as "What changed", the three are shown side by side, and
the question box is filled with the question to ask about them (sent only when the person
presses Enter)."""

from __future__ import annotations

from concurrent.futures import BrokenExecutor, Executor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QPalette, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pixdesk.errors import KnownError
from pixdesk.ui.i18n import error_sentence, translate
from pixdesk.ui.readable import muted_text

if TYPE_CHECKING:  # (the comparison and its dialog are loaded when first used: the first frame has no Compare)
    from pixdesk.services.compare import CompareResult
    from pixdesk.ui.compare_dialog import CompareDialog
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.pending_image import PendingImage


class CompareFlow(QObject):
    """The Compare button (in a row under the tray's chips), its menu action, and the work.
    `pool`: where the comparison runs (the window's image workers)."""

    def __init__(self, window: MainWindow, pool: Executor) -> None:
        super().__init__(window)
        self._window = window
        self._pool = pool
        self._working = False
        self.dialog: CompareDialog | None = None
        self.bar = QWidget(window)
        self.button = QPushButton(translate("compare_flow", "Compare"), self.bar)
        self.button.setAutoDefault(False)
        self.button.setAccessibleName(translate("compare_flow", "Compare the two images"))
        self.button.setToolTip(
            translate("compare_flow", "Make a third image that shows the pixels that changed, and ask what changed")
        )
        self.button.clicked.connect(self.start)
        hint = translate("compare_flow", "See what changed between the first image and the second")
        self.hint = QLabel(hint, self.bar)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_text(window.palette()))
        self.hint.setPalette(palette)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.hint, 1)
        self.action = QAction(translate("compare_flow", "&Compare the two images"), window)
        self.action.setStatusTip(hint)
        self.action.triggered.connect(self.start)
        window.tray.changed.connect(self.update)
        self.update()

    # --- when it is offered ---------------------------------------------------------------------

    def _pair(self) -> tuple[PendingImage, PendingImage] | None:
        items = self._window.tray.items
        if len(items) != 2 or any(item.prepared is None for item in items):
            return None
        return items[0], items[1]

    def update(self) -> None:
        """Offered while exactly two images are in the tray; usable once both are ready."""
        two = len(self._window.tray.items) == 2
        ready = self._pair() is not None and not self._working
        self.bar.setVisible(two or self._working)
        self.button.setEnabled(ready)
        self.action.setEnabled(ready)

    # --- the work ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self._working:
            return
        if self._pair() is None:
            self._window.banner.say(
                translate(
                    "compare_flow", "Attach exactly two screenshots to compare — the one before, then the one after."
                )
            )
            return
        self._window._spawn(self.compare())

    async def compare(self) -> None:
        pair = self._pair()
        if pair is None or self._working:
            return
        before, after = pair
        self._set_working(True)
        window = self._window
        import asyncio  # (here: the window's first frame, which builds this flow, is shown before asyncio is loaded)

        from pixdesk.services.compare import HIGHLIGHT_NAME, compare_refs

        try:
            result = await asyncio.get_running_loop().run_in_executor(
                self._pool,
                compare_refs,
                before.ref,
                after.ref,
                before.page,
                after.page,
                before.redacted,
                after.redacted,
                window.choices.image_resolution().max_side,
            )
        except KnownError as error:
            window.banner.say(error_sentence(error), seconds=None)
            return
        except BrokenExecutor:
            window.banner.say(
                translate(
                    "compare_flow",
                    "pixdesk could not compare the images: the image reader stopped unexpectedly. Try again.",
                ),
                seconds=None,
            )
            return
        finally:
            self._set_working(False)
        if window.tray.items != [before, after]:
            return  # the person changed the images meanwhile: this comparison is of something else
        window.banner.hide()
        await window.tray.add_bytes(result.highlight_png, HIGHLIGHT_NAME)
        self._fill_question(result)
        self._show(before, after, result)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.button.setText(
            translate("compare_flow", "Comparing…") if working else translate("compare_flow", "Compare")
        )
        self.update()
        if working:  # may take a second on large screenshots: say what is happening
            self._window.banner.say(translate("compare_flow", "Comparing the two images…"), seconds=None)

    def _fill_question(self, result: CompareResult) -> None:
        """The template (or the person's own words, kept), with what the third image shows."""
        from pixdesk.services.compare import TEMPLATE, question

        composer = self._window.composer
        typed = composer.text.strip()
        composer.set_text(question(typed if typed and not typed.startswith(TEMPLATE) else None, result))
        composer.edit.moveCursor(QTextCursor.MoveOperation.Start)  # the question in view, not the note's end
        composer.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, before: PendingImage, after: PendingImage, result: CompareResult) -> None:
        from pixdesk.services.compare import HIGHLIGHT_NAME
        from pixdesk.ui.compare_dialog import CompareDialog

        assert before.prepared is not None and after.prepared is not None
        self.dialog = CompareDialog(
            [
                (
                    translate("compare_flow", "Before — {name}").format(name=before.name),
                    before.prepared.attachment.data,
                ),
                (translate("compare_flow", "After — {name}").format(name=after.name), after.prepared.attachment.data),
                (HIGHLIGHT_NAME, result.highlight_png),
            ],
            result.sentence,
            self._window,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None
        self._window.composer.edit.setFocus(Qt.FocusReason.OtherFocusReason)
