"""Where the main window goes, and what gives way when it is small.

The first time, the window takes at most 90 % of the screen it opens on; later it comes back
where it was, inside a screen that exists now (WindowMemory decides, this applies it). When the
window narrows, the toolbar's words give way to its icons (when they no longer fit — measured,
since fonts, scaling and the sign-in label vary) and then the sidebar steps aside; both come back
when there is room, unless the person hid the sidebar themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from pixdesk.ui.window_memory import MINIMUM, NARROW, WindowMemory, clamp_into, screen_areas

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow

COMPACT_BELOW = 1100  # below this width the toolbar always shows icons only (tooltips stay)


class WindowFit:
    def __init__(self, window: MainWindow, memory: WindowMemory) -> None:
        self.window = window
        self.memory = memory
        self.sidebar_auto_hidden = False  # hidden because the window got narrow, not by the person
        self._planned_frame: QRect | None = None  # where the frame goes, once it is shown
        self._words_width: int | None = None  # the toolbar's width with its words, once measured

    # --- placing ------------------------------------------------------------------------------

    def place(self) -> None:
        """The first time: ≤ 90 % of the screen it opens on. Later: where it was, inside a screen."""
        window = self.window
        window.setMinimumSize(MINIMUM)
        frame, maximized = self.memory.placement(screen_areas(window))
        window.setGeometry(frame)  # the inside, for now; shown() fits the frame once it is known
        self._planned_frame = frame
        width = self.memory.sidebar_width or 240
        window.splitter.setSizes([width, max(frame.width() - width, 1)])
        if self.memory.sidebar_hidden:
            self.set_sidebar(False)
        if maximized:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        self.fit_toolbar(frame.width())

    def shown(self) -> None:
        """The title bar is known only once shown: the frame, not the inside, is what must fit."""
        window = self.window
        if self._planned_frame is None:
            return
        planned, self._planned_frame = self._planned_frame, None
        if window.isMaximized():
            return
        inside, frame, client = clamp_into(planned, screen_areas(window)), window.frameGeometry(), window.geometry()
        window.setGeometry(
            inside.adjusted(
                client.left() - frame.left(),
                client.top() - frame.top(),
                client.right() - frame.right(),
                client.bottom() - frame.bottom(),
            )
        )

    def remember(self) -> None:
        window = self.window
        maximized = window.isMaximized()
        frame = window.normalGeometry() if maximized else window.frameGeometry()
        self.memory.save_placement(frame, maximized)
        if window.sidebar.isVisible() and window.splitter.sizes()[0] > 0:
            self.memory.sidebar_width = window.splitter.sizes()[0]

    # --- the sidebar ----------------------------------------------------------------------------

    def sidebar_chosen(self, shown: bool) -> None:
        """The person's choice: kept for next time, and the window's width no longer decides."""
        self.sidebar_auto_hidden = False
        self.memory.sidebar_hidden = not shown
        self.set_sidebar(shown)

    def set_sidebar(self, shown: bool) -> None:
        self.window.sidebar.setVisible(shown and self.window.workspace.keeps_history)
        self.window.sidebar_action.setChecked(shown)

    # --- narrowing ------------------------------------------------------------------------------

    def resized(self, width: int) -> None:
        self.fit_toolbar(width)
        if width < NARROW and self.window.sidebar.isVisible():
            self.sidebar_auto_hidden = True  # the conversation needs the room more
            self.set_sidebar(False)
        elif width >= NARROW and self.sidebar_auto_hidden:
            self.sidebar_auto_hidden = False
            self.set_sidebar(True)

    def words_changed(self) -> None:
        """A toolbar text changed length (the sign-in label): measure again."""
        self._words_width = None
        self.fit_toolbar(self.window.width())

    def fit_toolbar(self, width: int) -> None:
        window = self.window
        compact = width < max(COMPACT_BELOW, self._toolbar_width_with_words())
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if compact else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if window.toolbar.toolButtonStyle() != style:
            window.toolbar.setToolButtonStyle(style)
        for label in self._picker_labels():  # the pickers keep their names for screen readers
            label.setVisible(not compact)

    def _picker_labels(self) -> list[QWidget]:
        boxes = (self.window.region_box, self.window.tier_box)
        labels: list[QWidget] = []
        for box in boxes:
            layout = box.layout()
            item = layout.itemAt(0) if layout is not None else None
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
        return labels

    def _toolbar_width_with_words(self) -> int:
        """What the toolbar needs with its words shown: measured, because fonts, scaling and the
        sign-in label vary (a fixed threshold let Settings slip behind » at 150 %)."""
        if self._words_width is None:
            toolbar = self.window.toolbar
            style = toolbar.toolButtonStyle()
            hidden = [label for label in self._picker_labels() if label.isHidden()]
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for label in hidden:
                label.setVisible(True)
            self._words_width = toolbar.sizeHint().width()
            for label in hidden:
                label.setVisible(False)
            toolbar.setToolButtonStyle(style)
        return self._words_width
