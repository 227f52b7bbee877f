"""Python's cyclic garbage collector runs in whichever thread happens to allocate when it is due,
including image and Bedrock worker threads. If it frees a Qt object there, Qt deletes it from
the wrong thread and the app can crash. So, while the window is up, automatic collection is off
and the GUI thread collects on a timer, generation by generation, as the thresholds say."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

FREEZE_AFTER_MS = 1500  # once the window is shown and settled


class MainThreadGarbageCollector(QObject):
    """`busy` says whether the person is waiting on something (an answer streaming, images
    being prepared): then only the young generations are collected, which takes a millisecond
    or two; a full collection (tens of milliseconds, a visible hitch) waits until it is idle."""

    def __init__(
        self, parent: QObject | None = None, interval_ms: int = 1000, busy: Callable[[], bool] = lambda: False
    ) -> None:
        super().__init__(parent)
        self.busy = busy
        gc.disable()
        # Everything loaded at start-up (Qt, the window, Pillow) lives as long as the app: set it
        # aside once the window is up, so that the collections to come only walk what was made
        # since, and stay short. (Not before: that first full collection is a noticeable pause.)
        QTimer.singleShot(FREEZE_AFTER_MS, self._set_start_up_aside)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def _set_start_up_aside(self) -> None:
        gc.collect()
        gc.freeze()

    def collect_if_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        oldest = 1 if self.busy() else 2
        for generation in range(oldest, -1, -1):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()
