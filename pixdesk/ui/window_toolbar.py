"""The main window's toolbar: the sidebar switch and New chat, where data is processed and the
speed-and-price choice (each with its label), how pixdesk is signed in, and Settings — plain
words and line icons tinted from the palette. Every button takes keyboard focus (QToolBar's own
do not), and New chat and Settings stay visible down to 800 px: the words go first (WindowFit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from pixdesk.ui.i18n import translate
from pixdesk.ui.icons import icon
from pixdesk.ui.pickers import labelled, region_label, tier_label_text

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow


def build_toolbar(window: MainWindow) -> QToolBar:
    toolbar = window.addToolBar(translate("window_toolbar", "Connection"))
    toolbar.setObjectName("connection")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.new_action.setToolTip(translate("window_toolbar", "Start a new conversation (Ctrl+N)"))
    window.settings_action.setToolTip(
        translate("window_toolbar", "Settings: sign-in, answers, privacy, quota (Ctrl+,)")
    )
    toolbar.addAction(window.sidebar_action)
    toolbar.addAction(window.new_action)
    toolbar.addAction(window.capture_action)
    toolbar.addSeparator()
    window.region_box = labelled(region_label(), window.region, toolbar)
    window.tier_box = labelled(tier_label_text(), window.tier, toolbar)
    toolbar.addWidget(window.region_box)
    toolbar.addWidget(window.tier_box)
    spacer = QWidget(toolbar)  # pushes the sign-in and Settings to the right edge
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.credentials_button)
    toolbar.addAction(window.settings_action)
    for item in (window.sidebar_action, window.new_action, window.capture_action, window.settings_action):
        button = toolbar.widgetForAction(item)
        if button is not None:  # QToolBar makes its buttons unfocusable; people who Tab need them
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(item.text().replace("&", ""))
    window.credentials_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    paint_toolbar_icons(window)
    return toolbar


def paint_toolbar_icons(window: MainWindow) -> None:
    """(Again when the palette changes: the icons follow the text colour.)"""
    palette = window.palette()
    window.sidebar_action.setIcon(icon("sidebar", palette))
    window.new_action.setIcon(icon("new-chat", palette))
    window.capture_action.setIcon(icon("capture", palette))
    window.settings_action.setIcon(icon("settings", palette))
