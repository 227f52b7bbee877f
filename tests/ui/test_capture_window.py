"""Capture in the window (offscreen): the entry points, the whole-screen and window modes, the
keyboard in the overlay, and what is said when the platform refuses. The pixel-exact checks
with real pointer events are in test_capture_xvfb.py."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from helpers import until
from pixdesk.services.capture import MACOS_SCREEN_RECORDING, WAYLAND_NO_WINDOWS, ForeignWindow, Rect
from pixdesk.ui.capture import flow as capture_flow
from pixdesk.ui.capture.foreign_windows import WindowList


async def overlay_up(window):
    await until(lambda: window.capture.session is not None and window.capture.session.overlays)
    return window.capture.session.overlays[0]


def test_capture_is_in_the_file_menu_the_toolbar_and_on_ctrl_shift_s(make_window, monkeypatch):
    window = make_window()
    modes = []
    monkeypatch.setattr(window, "start_capture", lambda mode="region": modes.append(mode))
    assert window.capture_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.toolbar.widgetForAction(window.capture_action) is not None
    button = window.toolbar.widgetForAction(window.capture_action)
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus and button.accessibleName() == "Capture region"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert {"Capture region", "Capture window", "Capture the whole screen"} <= set(texts)
    window.capture_action.trigger()
    window.capture_window_action.trigger()
    window.capture_screen_action.trigger()
    assert modes == ["region", "window", "screen"]


def test_the_whole_screen_with_a_black_box_lands_in_the_tray_and_the_window_comes_back(make_window, run):
    window = make_window()
    before = window.geometry()

    async def scenario():
        task = window.start_capture("screen")
        overlay = await overlay_up(window)
        assert not window.isVisible()  # pixdesk stepped aside
        width, height = overlay.frozen.bounds.width, overlay.frozen.bounds.height
        assert overlay.selection.rect == Rect(0, 0, width, height)
        QTest.keyClick(overlay, Qt.Key.Key_B)
        QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        QTest.mouseMove(overlay, QPoint(30, 20))
        QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(30, 20))
        assert overlay.selection.boxes_in_capture() == [(10, 10, 20, 10)]
        QTest.keyClick(overlay, Qt.Key.Key_Return)
        assert await task is True
        await window.tray.idle()
        return width, height

    width, height = run(scenario())
    assert window.isVisible() and window.geometry() == before
    (attachment,) = window.tray.attachments()
    assert (attachment.width, attachment.height) == (width, height) or max(attachment.width, attachment.height) <= 1024
    assert window.tray.tokens > 0 and window.tray.chips()[0].isVisible()


def test_window_mode_picks_the_window_clicked_and_arrows_nudge_it(make_window, run, monkeypatch):
    window = make_window()
    listed = WindowList((ForeignWindow(Rect(100, 80, 60, 40), "top"), ForeignWindow(Rect(50, 50, 300, 300))))
    monkeypatch.setattr(capture_flow, "list_windows", lambda: listed)

    async def scenario():
        task = window.start_capture("window")
        overlay = await overlay_up(window)
        QTest.mouseMove(overlay, QPoint(110, 90))
        QTest.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(110, 90))
        assert overlay.selection.rect == Rect(100, 80, 60, 40)  # the topmost window under the pointer
        assert overlay.selection.size_label() == "60 × 40"
        QTest.keyClick(overlay, Qt.Key.Key_Right)
        QTest.keyClick(overlay, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        assert overlay.selection.rect == Rect(101, 80, 60, 41)
        QTest.keyClick(overlay, Qt.Key.Key_Enter)
        assert await task is True
        await window.tray.idle()

    run(scenario())
    (attachment,) = window.tray.attachments()
    assert (attachment.width, attachment.height) == (60, 41)
    with Image.open(io.BytesIO(attachment.data)) as image:
        assert image.size == (60, 41)


def test_esc_in_the_overlay_adds_nothing(make_window, run):
    window = make_window()

    async def scenario():
        task = window.start_capture("region")
        overlay = await overlay_up(window)
        QTest.keyClick(overlay, Qt.Key.Key_Escape)
        return await task

    assert run(scenario()) is False
    assert window.isVisible() and not window.tray.items and window.capture.session is None


def test_window_mode_on_wayland_says_why_and_still_captures_a_region(make_window, run, monkeypatch):
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setattr("sys.platform", "linux")
    window = make_window()

    async def scenario():
        task = window.start_capture("window")
        overlay = await overlay_up(window)
        assert overlay.note == WAYLAND_NO_WINDOWS and overlay.windows == []
        QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        QTest.mouseMove(overlay, QPoint(25, 45))
        QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(25, 45))
        QTest.mouseDClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        return await task

    assert run(scenario()) is True


def test_a_refused_capture_on_macos_explains_how_to_allow_it(make_window, run, monkeypatch):
    window = make_window()
    monkeypatch.setattr(capture_flow.sys, "platform", "darwin")
    monkeypatch.setattr(capture_flow, "refused", lambda frozen: True)

    assert run(window.start_capture("region")) is False
    assert window.isVisible() and window.banner.isVisible()
    assert MACOS_SCREEN_RECORDING in window.banner.text


def test_only_a_flat_grab_on_macos_counts_as_refused(qapp):
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from pixdesk.ui.capture.frozen import FrozenScreen, refused

    flat = QPixmap(300, 200)
    flat.fill(QColor("black"))
    varied = QPixmap(300, 200)
    varied.fill(QColor("black"))
    painter = QPainter(varied)
    painter.fillRect(100, 50, 120, 80, QColor("white"))  # a window on a black desktop
    painter.end()
    screen = qapp.primaryScreen()
    frozen_flat = [FrozenScreen(screen, flat, screen.geometry())]
    assert refused(frozen_flat, "darwin")
    assert not refused(frozen_flat, "linux")  # elsewhere a black desktop is just black
    assert not refused([FrozenScreen(screen, varied, screen.geometry())], "darwin")
    assert not refused([], "darwin")


def test_where_windows_cannot_be_listed_the_overlay_is_told_why(monkeypatch):
    from pixdesk.services.capture import NO_WINDOW_LIST
    from pixdesk.ui.capture.foreign_windows import list_windows

    assert list_windows("plan9").refusal == NO_WINDOW_LIST
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert list_windows("linux").refusal == WAYLAND_NO_WINDOWS
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)  # no libX11 on this machine
    assert list_windows("linux").refusal == NO_WINDOW_LIST


@pytest.mark.parametrize("mode", ["", "everything"])
def test_an_unknown_mode_is_a_bug_not_a_capture(make_window, run, mode):
    window = make_window()
    with pytest.raises(ValueError):
        run(window.capture.capture(mode))
