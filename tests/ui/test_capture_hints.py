"""The capture overlay's hint says, in plain sentences, what the keys and the mouse really do in
each state: the words are checked against the keys, which are pressed to prove it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtTest import QTest

from pixdesk.services.capture import Rect
from pixdesk.ui.capture.frozen import FrozenScreen
from pixdesk.ui.capture.overlay import CaptureOverlay, hints

HINTS = hints()  # in English: no translation is installed

# "B: done", "Esc: cancel", "Arrows: move": a key, a colon, a word — the style the hint left.
KEY_COLON = re.compile(r"\b(?:[A-Z]\w*|Ctrl\+\w+|Shift\+?\w*):\s")


@pytest.fixture
def overlay(qtbot):
    def make(mode: str = "region") -> CaptureOverlay:
        pixmap = QPixmap(400, 300)
        pixmap.fill(QColor("white"))
        screen = QGuiApplication.primaryScreen()
        made = CaptureOverlay(FrozenScreen(screen, pixmap, QRect(0, 0, 400, 300)), mode)
        qtbot.addWidget(made)
        return made

    return make


@pytest.mark.parametrize("state", sorted(HINTS))
def test_no_hint_reads_like_a_key_table(state):
    hint = HINTS[state]
    assert not KEY_COLON.search(hint), hint
    assert "done" not in hint.lower()


def test_each_state_says_what_to_do_next_and_the_keys_do_it(overlay):
    shown = overlay("region")
    assert shown.hint_lines() == [HINTS["region"]]
    assert "Drag around" in shown.hint_lines()[0] and "Esc to cancel" in shown.hint_lines()[0]
    assert shown.accessibleDescription() == HINTS["region"]

    QTest.mousePress(shown, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    QTest.mouseMove(shown, QPoint(220, 160))
    QTest.mouseRelease(shown, Qt.MouseButton.LeftButton, pos=QPoint(220, 160))
    chosen = shown.hint_lines()[0]
    assert chosen == HINTS["chosen"]
    assert "B to black out a part" in chosen and "Enter (or double-click) to add it to your question" in chosen

    QTest.keyClick(shown, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # "Shift+arrows resize it"
    assert shown.selection.rect is not None and shown.selection.rect.width == 201

    QTest.keyClick(shown, Qt.Key.Key_B)  # "B to black out a part"
    boxing = shown.hint_lines()[0]
    assert boxing == HINTS["boxing"] and "B to stop blacking out" in boxing and "Ctrl+Z to undo a box" in boxing
    QTest.mousePress(shown, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    QTest.mouseMove(shown, QPoint(80, 60))
    QTest.mouseRelease(shown, Qt.MouseButton.LeftButton, pos=QPoint(80, 60))
    assert len(shown.selection.boxes) == 1  # "Drag over what must not be sent"
    QTest.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # "Ctrl+Z to undo a box"
    assert shown.selection.boxes == []

    QTest.keyClick(shown, Qt.Key.Key_B)  # "B to stop blacking out": back to the chosen area's hint
    assert not shown.boxing and shown.hint_lines()[0] == HINTS["chosen"]

    with_enter: list[bool] = []
    shown.accepted.connect(lambda: with_enter.append(True))
    QTest.keyClick(shown, Qt.Key.Key_Return)  # "Enter … to add it to your question"
    assert with_enter == [True]


def test_the_window_and_screen_modes_start_with_their_own_hint(overlay):
    assert overlay("window").hint_lines() == [HINTS["window"]]
    screen = overlay("screen")
    assert screen.selection.rect == Rect(0, 0, 400, 300)  # the whole screen, chosen from the start
    assert screen.hint_lines() == [HINTS["screen"]] and screen.accessibleDescription() == HINTS["screen"]
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))  # "or drag around a part of it"
    QTest.mouseMove(screen, QPoint(120, 90))
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(120, 90))
    assert screen.selection.rect == Rect(20, 20, 100, 70) and screen.hint_lines() == [HINTS["chosen"]]
    QTest.keyClick(screen, Qt.Key.Key_B)
    assert screen.hint_lines() == [HINTS["boxing"]]
