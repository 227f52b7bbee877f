"""The window fits the screen it opens on, remembers its place, and restores it inside a screen
that exists now; it still works at 800×560, and "Copied." takes no room (no status bar)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QStatusBar, QToolButton

from pixdesk.ui import window_fit, window_memory
from pixdesk.ui.window_memory import clamp_into, first_geometry

# 1600×1000 at QT_SCALE_FACTOR=1.5 is 1066×666 logical pixels; a 40-px panel takes the top.
SCALED_LAPTOP = QRect(0, 40, 1066, 626)


@pytest.fixture
def screens(monkeypatch):
    """Fake screens (available areas, the window's own first): offscreen Qt has one 800-px screen."""
    areas = [SCALED_LAPTOP]
    monkeypatch.setattr(window_fit, "screen_areas", lambda window: list(areas))
    return areas


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def test_the_first_window_takes_at_most_90_percent_of_the_screen(make_window, screens, bedrock):
    window = make_window(prefs={})
    frame = window.frameGeometry()
    assert _inside(frame, SCALED_LAPTOP)
    assert frame.width() <= 0.9 * SCALED_LAPTOP.width() and frame.height() <= 0.9 * SCALED_LAPTOP.height()
    assert window.minimumSize().width() <= 800 and window.minimumSize().height() <= 560
    assert window.minimumSizeHint().width() <= 800 and window.minimumSizeHint().height() <= 560


def test_a_big_screen_gets_the_comfortable_size_centred():
    big = QRect(0, 0, 2560, 1400)
    rect = first_geometry(big)
    assert rect.size() == window_memory.PREFERRED and rect.center() == big.center()


def test_at_800_by_560_send_and_settings_are_visible(make_window, screens, bedrock, qtbot):
    window = make_window(prefs={})
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.size().width() == 800)
    QApplication.processEvents()
    send = window.composer.button
    where = QRect(send.mapTo(window, send.rect().topLeft()), send.size())
    assert send.isVisible() and _inside(where, window.rect())
    assert window.composer.edit.isVisible() and window.composer.edit.height() > 30
    settings = window.toolbar.widgetForAction(window.settings_action)
    assert settings.isVisible()
    overflow = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible(), "a toolbar button went into the » overflow"


@pytest.mark.parametrize("width", [1000, 1180, 1400])
def test_a_long_sign_in_label_never_pushes_settings_into_the_overflow(make_window, bedrock, qtbot, width):
    """At 150 % a 1180-px window showed the toolbar's words and pushed Settings behind »: whether
    the words fit is measured, not guessed from the window's width."""
    window = make_window(prefs={})
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # larger text, as with scaling or a big system font
    window.setFont(font)
    window.credentials_button.setText("Signed in (set up by your IT team)")
    window.fit.words_changed()
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    assert window.toolbar.widgetForAction(window.settings_action).isVisible()
    overflow = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible(), "a toolbar button went into the » overflow"


def test_restore_clamps_a_window_saved_on_a_removed_screen(make_window, screens, bedrock):
    prefs = {window_memory.GEOMETRY_KEY: "2200 300 1000 600"}  # it was on a second screen, now unplugged
    window = make_window(prefs=prefs)
    assert _inside(window.frameGeometry(), SCALED_LAPTOP)
    assert window.frameGeometry().width() == 1000  # its size fitted, so it is kept


def test_clamp_shrinks_what_no_longer_fits():
    laptop = QRect(0, 0, 1366, 728)
    assert clamp_into(QRect(-50, 500, 1800, 1000), [laptop]) == laptop
    second = QRect(1366, 0, 1920, 1040)
    assert clamp_into(QRect(1500, 100, 900, 700), [laptop, second]) == QRect(1500, 100, 900, 700)


def test_size_place_and_sidebar_are_remembered(make_window, screens, bedrock, history):
    prefs: dict = {}
    first = make_window(history, prefs=prefs)
    first.setGeometry(QRect(100, 90, 900, 560))
    first.sidebar_action.trigger()  # the person hides the conversations
    assert not first.sidebar.isVisible()
    first.close()
    assert prefs[window_memory.SIDEBAR_HIDDEN_KEY] == "true"

    again = make_window(history, prefs=prefs)
    assert again.frameGeometry() == first.frameGeometry()
    assert not again.sidebar.isVisible() and not again.sidebar_action.isChecked()
    again.sidebar_action.trigger()
    assert again.sidebar.isVisible()


def test_values_qsettings_hands_back_as_text_are_read(make_window, screens, bedrock):
    prefs = {window_memory.GEOMETRY_KEY: "oops", window_memory.SIDEBAR_WIDTH_KEY: "wide"}
    window = make_window(prefs=prefs)  # nonsense is ignored: the first-run size
    assert _inside(window.frameGeometry(), SCALED_LAPTOP)


def test_the_sidebar_steps_aside_when_the_window_gets_narrow(make_window, screens, bedrock, history, qtbot):
    window = make_window(history, prefs={})
    window.resize(900, 560)
    qtbot.waitUntil(lambda: window.sidebar.isVisible())
    window.resize(650, 520)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    window.resize(900, 560)
    qtbot.waitUntil(lambda: window.sidebar.isVisible())  # back, since the person did not hide it


def test_no_status_bar(make_window, bedrock):
    window = make_window(prefs={})
    window.toast.say("Copied.")
    assert window.toast.isVisible() and window.findChildren(QStatusBar) == []
