"""The review pane fits the screen it opens on: a 1366×768 laptop, and a window as small as
800×560 with everything still on screen — the page, the tools, the question box and Send.

The screen is faked (its available geometry), as the offscreen platform has one 800×800 screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from ui.review_pane import open_document


def _fake_screen(monkeypatch, width: int, height: int) -> QRect:
    available = QRect(0, 0, width, height - 40)  # a task bar takes the rest
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))
    return available


def fully_shown(widget: QWidget) -> bool:
    """Is the whole of `widget` on screen: visible, and inside every parent up to the window
    (a splitter squeezed below its children's minimum sizes cuts them off)?"""
    if not widget.isVisible():
        return False
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    while not child.isWindow():
        parent = child.parentWidget()
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if not parent.rect().contains(rect):
            return False
        child = parent
    return True


def _everything_usable(window) -> None:
    panel = window.review_panel
    for widget in (
        window.composer.edit,
        window.composer.button,
        panel.previous_button,
        panel.page_box,
        panel.next_button,
        panel.fit_button,
        panel.close_button,
        panel.report_button,
        *panel.tool_buttons.values(),
        panel.ask_button,
    ):
        assert fully_shown(widget), f"{widget.accessibleName() or widget} is cut off"
    assert panel.view.viewport().width() >= 200 and panel.view.viewport().height() >= 150  # the page, not a slit


def test_a_review_on_a_1366_by_768_laptop_stays_on_screen(make_window, run, bedrock, history, scan, monkeypatch, qtbot):
    available = _fake_screen(monkeypatch, 1366, 768)
    window = make_window(history=history)
    window.resize(1000, 680)
    open_document(window, run, scan)
    qtbot.waitUntil(lambda: window.review_panel.isVisible())
    assert window.width() <= available.width()  # grown for the pane, never beyond the screen
    assert window.minimumSizeHint().width() <= 800
    _everything_usable(window)


def test_a_review_works_in_an_800_by_560_window(make_window, run, bedrock, history, scan, monkeypatch, qtbot):
    _fake_screen(monkeypatch, 800, 600)
    window = make_window(history=history)
    window.resize(800, 560)
    open_document(window, run, scan)
    qtbot.waitUntil(lambda: window.review_panel.isVisible())
    assert window.minimumSizeHint().width() <= 800
    assert window.width() <= 800
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.width() == 800 and window.height() == 560)
    assert window.splitter.sizes()[0] == 0  # the sidebar folded away for the page
    _everything_usable(window)


def test_a_wide_window_shrunk_with_a_review_open_keeps_it_usable(
    make_window, run, bedrock, history, scan, monkeypatch, qtbot
):
    _fake_screen(monkeypatch, 1920, 1080)
    window = make_window(history=history)
    window.resize(1600, 900)
    open_document(window, run, scan)
    sidebar_width = window.splitter.sizes()[0]
    assert sidebar_width > 0  # wide: the conversations stay beside the review
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.width() == 800 and window.splitter.sizes()[0] == 0)  # narrow: the sidebar folds
    _everything_usable(window)

    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == sidebar_width)  # the sidebar, back as it was
    window.review.close_document()
    qtbot.waitUntil(lambda: not window.review_panel.isVisible())
