"""Batch's place in the main window: File ▸ Batch…, the one batch window (built when first
wanted, kept while pixdesk runs), and the notice at start when a batch stopped unfinished."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from pixdesk.ui.i18n import translate
from pixdesk.ui.menu_actions import add_action

if TYPE_CHECKING:
    from pixdesk.ui.batch_window import BatchWindow
    from pixdesk.ui.main_window import MainWindow


class BatchEntry(QObject):
    def __init__(self, window: MainWindow, spawn: Callable[[Coroutine[Any, Any, Any]], object]) -> None:
        super().__init__(window)
        self.main, self._spawn = window, spawn
        self.batch_window: BatchWindow | None = None

    def add_action(self, menu: QMenu) -> QAction:
        """File ▸ Batch… (Ctrl+B), there only when a history is kept: a batch's answers live in it."""
        item = add_action(
            self.main, menu, translate("batch_entry", "&Batch…"), "Ctrl+B", lambda: self._spawn(self.main.open_batch())
        )
        item.setEnabled(self.main.workspace.keeps_history)
        return item

    async def open(self, job_id: int | None = None) -> BatchWindow | None:
        """The batch window, showing `job_id` or the latest batch (None when no history is kept)."""
        workspace = self.main.workspace
        if not workspace.keeps_history:
            return None
        if self.batch_window is None:
            from pixdesk.ui.batch_window import BatchWindow  # (built when first wanted)

            self.batch_window = BatchWindow(workspace, self._spawn, self.main)
        window = self.batch_window
        window.show()
        window.raise_()
        if job_id is None and window.job is None:
            jobs = await workspace.batch_jobs()
            job_id = jobs[0].id if jobs else None
        if job_id is not None:
            await window.open_job(job_id)
        else:
            await window.refresh_earlier()
        return window

    async def offer_unfinished(self) -> None:
        unfinished = await self.main.workspace.unfinished_batch()
        if unfinished is not None:
            total = unfinished.total  # (lupdate sees a count only as a plain name)
            self.main.banner.say(
                translate(
                    "batch_entry",
                    "A batch stopped with {done} of %n item(s) done. File ▸ Batch… (Ctrl+B) resumes it; every "
                    "finished answer is kept.",
                    None,
                    total,
                ).format(done=total - unfinished.left),
                seconds=None,
            )
