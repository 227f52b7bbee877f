"""The first-run panel never cuts its words off: its three ways sit side by side when they fit and
one under the other when they do not (a narrow window, 150 %, German words), inside a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from pixdesk.ui.welcome import WelcomePanel


def _shown(qtbot, width: int, height: int = 560) -> WelcomePanel:
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_three_ways_sit_side_by_side_when_they_fit(qtbot):
    panel = _shown(qtbot, 1100)
    assert panel._cards.direction() is QBoxLayout.Direction.LeftToRight
    tops = {card.geometry().top() for card in panel._card_frames}
    assert len(tops) == 1


def test_a_narrow_panel_stacks_the_ways_and_cuts_nothing_off(qtbot):
    panel = _shown(qtbot, 1100)
    panel.resize(520, 560)
    qtbot.waitUntil(lambda: panel._cards.direction() is QBoxLayout.Direction.TopToBottom)
    viewport = panel._scroll.viewport()
    qtbot.waitUntil(lambda: all(card.geometry().right() <= viewport.width() for card in panel._card_frames))
    for card in panel._card_frames:
        assert card.width() >= card.minimumSizeHint().width()  # every word and button has its room
    panel.resize(1100, 560)  # and back, when the window grows again
    qtbot.waitUntil(lambda: panel._cards.direction() is QBoxLayout.Direction.LeftToRight)
