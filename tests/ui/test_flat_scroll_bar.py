"""The flat scroll bar of the conversation, the history and the review's page: drawn where the
style puts the handle (so what is seen is what a click hits), in colours checked against the view,
and still a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from helpers import DARK_PALETTE
from pixdesk.ui import readable
from pixdesk.ui.chat_view import ChatView
from pixdesk.ui.flat_scroll_bar import FlatScrollBar, handle_colours
from pixdesk.ui.history_panel import HistoryPanel


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_PALETTE.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


@pytest.mark.parametrize("palette", [QPalette, _dark], ids=["light", "dark"])
def test_the_handle_stands_out_3_to_1_against_the_view(palette, qapp):
    colours = palette() if palette is _dark else qapp.palette()
    for handle in handle_colours(colours):
        assert readable.contrast(handle, colours.color(QPalette.ColorRole.Base)) >= readable.GRAPHIC_CONTRAST


def _handle_rect(bar: FlatScrollBar) -> QRect:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )


def _long_conversation(qtbot) -> ChatView:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setPlainText("a line of the answer\n" * 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_conversation_draws_its_handle_where_the_style_puts_it(qtbot):
    view = _long_conversation(qtbot)
    bar = view.verticalScrollBar()
    assert isinstance(bar, FlatScrollBar)
    assert bar.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # nothing behind it is painted first
    bar.setValue(bar.maximum() // 2)
    picture = bar.grab().toImage()
    ratio = picture.devicePixelRatio()
    handle = _handle_rect(bar)
    resting, _active = handle_colours(bar.palette())
    centre = handle.center()
    assert picture.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio)).rgb() == resting.rgb()
    # Away from the handle and the step buttons: the view's own background.
    away = handle.bottom() + (bar.height() - handle.bottom()) // 2 if handle.bottom() < bar.height() // 2 else 30
    ground = picture.pixelColor(int(1 * ratio), int(away * ratio))
    assert ground.rgb() == bar.palette().color(QPalette.ColorRole.Base).rgb()


def test_dragging_the_handle_still_scrolls(qtbot):
    view = _long_conversation(qtbot)
    bar = view.verticalScrollBar()
    bar.setValue(0)
    start = _handle_rect(bar).center()
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(bar, start + QPoint(0, 120))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 120))
    assert bar.value() > 0


def test_with_nothing_to_scroll_no_handle_is_drawn(qtbot):
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setPlainText("short")
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    bar.setRange(0, 0)
    bar.resize(14, 300)
    picture = bar.grab().toImage()
    base = bar.palette().color(QPalette.ColorRole.Base).rgb()
    assert {picture.pixelColor(x, y).rgb() for x in range(picture.width()) for y in range(picture.height())} == {base}


def test_the_history_list_uses_the_same_bar(qtbot):
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    assert isinstance(panel.list.verticalScrollBar(), FlatScrollBar)


def test_the_review_page_pans_with_the_same_bars(qtbot):
    """The style's own bars were repainted at every step of a pan, and made each step's paint
    about three times as long (the panning stall row)."""
    from pixdesk.ui.page_view import PageView

    view = PageView()
    qtbot.addWidget(view)
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    assert all(isinstance(bar, FlatScrollBar) for bar in bars)
    assert all(bar.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) for bar in bars)
