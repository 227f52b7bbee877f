"""The question box that sits with a selected region: drawn next to it on the page (below it, or
above when there is no room below), following it as the page scrolls and zooms. Enter asks;
Esc closes the box and gives the focus back to the page, the region staying selected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton

from pixdesk.ui.i18n import translate
from pixdesk.ui.page_view import PageView

GAP = 6  # between the region's edge and the box, in screen pixels
WIDTH = 340


class RegionQuestion(QFrame):
    asked = Signal(str)
    closed = Signal()  # by Esc: the focus went back to the page

    def __init__(self, view: PageView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.rect_on_page: QRect | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # the page must not show through the words
        self.setAccessibleName(translate("region_question", "Question about the selected region"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("region_question", "Ask about this region…"))
        self.edit.setAccessibleName(translate("region_question", "Question about the region"))
        self.edit.setToolTip(
            translate("region_question", "Enter asks; Esc closes this box (the region stays selected)")
        )
        self.edit.returnPressed.connect(self._ask)
        self.ask_button = QPushButton(translate("region_question", "Ask"), self)
        self.ask_button.setAutoDefault(False)
        self.ask_button.setAccessibleName(translate("region_question", "Ask about the region"))
        self.ask_button.clicked.connect(self._ask)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.ask_button)
        for widget in (self.edit, self.ask_button):
            widget.installEventFilter(self)
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.zoom_changed.connect(self.place)
        self.hide()

    def show_for(self, rect: QRect | None, focus: bool = False) -> None:
        """Beside `rect` (page pixels), or hidden for None; `focus`: ready to type."""
        if rect != self.rect_on_page:
            self.edit.clear()
        self.rect_on_page = rect
        if rect is None:
            self.hide()
            return
        self.show()
        self.raise_()
        self.place()
        if focus:
            self.edit.setFocus()

    def place(self) -> None:
        """Next to the region as it is on screen now, kept inside the visible part of the page."""
        if self.rect_on_page is None:
            return
        region = self.view.mapFromScene(QRectF(self.rect_on_page)).boundingRect()
        area = self.view.viewport().rect()
        width = min(WIDTH, max(120, area.width() - 2 * GAP))
        height = self.sizeHint().height()
        self.resize(width, height)
        x = min(max(region.left(), area.left()), area.right() - width + 1)
        below = region.bottom() + GAP
        above = region.top() - GAP - height
        y = below if below + height <= area.bottom() else above if above >= area.top() else area.bottom() - height + 1
        self.move(max(area.left(), x), max(area.top(), y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Esc is the window's "Stop answer" shortcut; here it closes the box, so the box claims it first.
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Escape:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.close_box()
                return True
        return super().eventFilter(watched, event)

    def close_box(self) -> None:
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def _ask(self) -> None:
        question = self.edit.text().strip()
        if question:
            self.asked.emit(question)
        else:
            self.edit.setFocus()
