"""The review pane's share of the window: it opens beside the conversation, growing the window
once if it is small — never beyond the screen it is on — and while the window is narrow
(a 1366×768 laptop, 1080p at 150 %, or down to 800×560) the conversations sidebar folds away, so
the page, its tools, the question box and Send keep their room. Widened again, or the review
closed, the sidebar comes back at the width it had."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

REVIEW_NARROW = 1100  # below this width, with a review open, the sidebar folds away
GROW_TO = 1600  # the width a small window grows to for a review (if the screen has it)
REVIEW_SHARE = 6 / 11  # of the room beside the sidebar: the review pane's; the rest the conversation's


class ReviewFit(QObject):
    def __init__(self, window: QMainWindow, splitter: QSplitter, sidebar: QWidget, panel: QWidget) -> None:
        super().__init__(window)
        self.window, self.splitter, self.sidebar, self.panel = window, splitter, sidebar, panel
        self.sidebar_width = max(1, splitter.sizes()[0])  # as the person last saw it, unfolded
        self.folded = False
        window.installEventFilter(self)

    def opened(self) -> None:
        """The pane has just been shown: make room for it."""
        if self.splitter.sizes()[0] > 0:
            self.sidebar_width = self.splitter.sizes()[0]
        self._grow_window()
        self._share(self.splitter.sizes()[0])
        self.arrange()

    def closed(self) -> None:
        self.arrange()

    def arrange(self) -> None:
        """Fold the sidebar while a review is open in a narrow window; unfold it otherwise."""
        sizes = self.splitter.sizes()
        if self.panel.isVisible() and self.window.width() < REVIEW_NARROW:
            if sizes[0] > 0:
                self.folded = True
                self.splitter.setSizes([0, sizes[1] + sizes[0], *sizes[2:]])
        elif self.folded:
            self.folded = False
            if self.sidebar.isVisible():
                self._share(self.sidebar_width)
        elif sizes[0] > 0:
            self.sidebar_width = sizes[0]

    def _share(self, sidebar: int) -> None:
        """The sidebar at `sidebar` px; the review pane and the conversation share the rest."""
        sizes = self.splitter.sizes()
        rest = max(0, sum(sizes[:3]) - sidebar)
        review = round(rest * REVIEW_SHARE) if self.panel.isVisible() else 0
        self.splitter.setSizes([sidebar, review, rest - review, *sizes[3:]])

    def _grow_window(self) -> None:
        window = self.window
        if window.isMaximized() or window.isFullScreen():
            return
        available = window.screen().availableGeometry()
        frame = window.frameGeometry()
        borders = frame.width() - window.width()
        wanted = min(GROW_TO, available.width() - borders)
        if window.width() >= wanted:
            return
        window.resize(wanted, window.height())
        if frame.x() + wanted + borders > available.right() + 1:  # keep the grown window on the screen
            window.move(max(available.x(), available.right() + 1 - wanted - borders), frame.y())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Resize and self.panel.isVisible():
            # After the window's layout has shared out the new width: the sizes are final then.
            QTimer.singleShot(0, self, self.arrange)
        return False
