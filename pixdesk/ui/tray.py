"""pixdesk's icon beside the clock (the system tray): Capture region, Capture window, Show
pixdesk, Quit. Closing the window may keep pixdesk running there; the first close asks once
("Keep pixdesk running in the tray?") and the answer becomes the setting.

Where the desktop has no tray (tray_available() false) nothing here is built and closing the
window quits, as before; Settings says why its checkbox is off."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from pixdesk.ui.i18n import translate
from pixdesk.ui.icons import ICON_DIR
from pixdesk.ui.single_instance import bring_to_front
from pixdesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pixdesk.settings import Settings

KEEP_SETTING, ASKED_SETTING = "desktop/keep_in_tray", "desktop/tray_asked"
# In English; shown translated (translate("tray", ASK_TITLE)).
ASK_TITLE = QT_TRANSLATE_NOOP("tray", "Keep pixdesk running in the tray?")
NO_TRAY = QT_TRANSLATE_NOOP(
    "tray",
    "Your desktop shows no tray icons beside the clock, so closing the window quits pixdesk. The capture "
    "shortcut works while the window is open.",
)


def tray_available() -> bool:
    """Does this desktop show tray icons? (Tests replace this to exercise the tray offscreen.)"""
    return QSystemTrayIcon.isSystemTrayAvailable()


class PixdeskTray(QObject):
    """The icon and its menu. Each menu entry calls back into the window's own actions."""

    message_clicked = Signal()

    def __init__(
        self, window: QWidget, capture: Callable[[str], None], quit_pixdesk: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.icon = QSystemTrayIcon(QIcon(str(ICON_DIR / "pixdesk.png")), self)
        self.icon.setToolTip("pixdesk")
        self.menu = QMenu(window)  # parented: freed with the window (a tray menu has no parent of its own)
        self.capture_region_action = self._add(translate("tray", "Capture region"), lambda: capture("region"))
        self.capture_window_action = self._add(translate("tray", "Capture window"), lambda: capture("window"))
        self.menu.addSeparator()
        self.show_action = self._add(translate("tray", "Show pixdesk"), self.show_window)
        self.quit_action = self._add(translate("tray", "Quit"), quit_pixdesk)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.icon.show()

    def _add(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()  # a click on the icon: the window (the menu is on the other button)

    def show_window(self) -> None:
        bring_to_front(self.window)

    def say(self, title: str, text: str, seconds: float = 8) -> None:
        """A quiet note from the icon (the desktop's own notification), for when the window is hidden."""
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, int(seconds * 1000))

    def remove(self) -> None:
        self.icon.hide()


class CloseToTray(QObject):
    """Decides what closing the window does: hide it (pixdesk keeps running in the tray), ask
    first (once), or let it close (and pixdesk quit)."""

    def __init__(self, window: QWidget, settings: Settings, tray: PixdeskTray | None, parent: QObject) -> None:
        super().__init__(parent)
        self.window, self.settings, self.tray = window, settings, tray
        self.quitting = False  # Quit from the tray or the File menu: close for real
        self.question: QMessageBox | None = None  # the one open now (tests read it)
        self._told = False
        window.installEventFilter(self)

    def intercept(self, event: QCloseEvent) -> bool:
        """True if the close was turned into hiding or a question (the window must not close)."""
        if self.quitting or self.tray is None:
            return False
        if self.settings.get(KEEP_SETTING):
            event.ignore()
            self.hide_window()
            return True
        if self.settings.get(ASKED_SETTING):
            return False
        event.ignore()
        self.ask()
        return True

    def ask(self) -> None:
        if self.question is not None:
            self.question.raise_()
            return
        title = translate("tray", ASK_TITLE)
        box = QMessageBox(QMessageBox.Icon.Question, title, title, QMessageBox.StandardButton.NoButton)
        box.setInformativeText(
            translate(
                "tray",
                "Its icon stays beside the clock, so you can capture the screen from its menu or with the "
                "capture shortcut while the window is closed. Choose Quit in that menu to end pixdesk. You can "
                "change this later in Settings, under Capture.",
            )
        )
        keep = box.addButton(translate("tray", "Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("tray", "Quit pixdesk"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)  # neither: the window stays open, asked again next time
        box.setDefaultButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(box, box.buttonRole(button)))
        box.finished.connect(lambda _code: setattr(self, "question", None))
        self.question = box
        box.open()  # never exec(): the qasync loop keeps running

    def _answered(self, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
        if role not in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.DestructiveRole):
            return  # Cancel
        keep = role == QMessageBox.ButtonRole.AcceptRole
        self.settings.set(ASKED_SETTING, True)
        self.settings.set(KEEP_SETTING, keep)
        if keep:
            self.hide_window()
        else:
            self.quitting = True
            self.window.close()

    def hide_window(self) -> None:
        # Hidden, the window is no longer a reason to stay: Qt would quit when another of pixdesk's
        # windows (the batch window) closes. Shown again, the usual rule comes back (eventFilter).
        QGuiApplication.setQuitOnLastWindowClosed(False)
        self.window.hide()
        if self.tray is not None and not self._told:
            self._told = True
            self.tray.say(
                translate("tray", "pixdesk is still running"),
                translate("tray", "Click its icon to open it again; Quit is in its menu."),
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Show:
            QGuiApplication.setQuitOnLastWindowClosed(True)
        return False
