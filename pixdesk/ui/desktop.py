"""pixdesk beyond its window, wired in one place: the tray icon (tray.py), closing to the tray,
the global capture shortcut (global_shortcut/) and the clipboard watch (clipboard_watch.py). The
window owns one Desktop; Settings calls apply_settings() after saving."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage

from pixdesk.ui.clipboard_offer import ClipboardOffer
from pixdesk.ui.clipboard_watch import ClipboardWatch
from pixdesk.ui.global_shortcut import GlobalShortcut
from pixdesk.ui.i18n import translate
from pixdesk.ui.tray import NO_TRAY, CloseToTray, PixdeskTray, tray_available

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SHORTCUT_SETTING = "capture/global_shortcut"
CLIPBOARD_SETTING = "capture/offer_clipboard"
CAPTURE_MODES = ("region", "window", "screen")


class Desktop(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tray = PixdeskTray(window, self.capture, self.quit, self) if tray_available() else None
        self.closing = CloseToTray(window, window.settings, self.tray, self)
        self.shortcut = GlobalShortcut(self)
        self.shortcut.activated.connect(lambda: self.capture("region"))
        self.watch = ClipboardWatch(QGuiApplication.clipboard(), window._spawn, window.workspace.executor, self)
        self.watch.offered.connect(self.offer)
        self.offer_toast = ClipboardOffer(window.toast.parentWidget() or window, window.composer)
        self.offer_toast.attach_clicked.connect(self.attach_offered)
        if self.tray is not None:
            self.tray.message_clicked.connect(self._tray_message_clicked)
        self._offered_in_tray = False
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):  # logging out: quit for real, never hide
            application.commitDataRequest.connect(lambda _manager: setattr(self.closing, "quitting", True))
        self.apply_settings()

    # --- what Settings shows and changes -----------------------------------------------------------

    @property
    def tray_note(self) -> str:
        """Why "Keep pixdesk in the tray" is unavailable ("" when it is available)."""
        return "" if self.tray is not None else translate("tray", NO_TRAY)  # (declared in tray.py)

    def apply_settings(self) -> None:
        settings = self.window.settings
        self.shortcut.apply(settings.get(SHORTCUT_SETTING))
        self.watch.set_enabled(settings.get(CLIPBOARD_SETTING))
        if not self.watch.enabled:
            self.offer_toast.hide()

    # --- capture -----------------------------------------------------------------------------------

    def capture(self, mode: str) -> None:
        """The tray's entries and the global shortcut: MainWindow.start_capture(mode) does the rest."""
        start = getattr(self.window, "start_capture", None)  # (the capture overlay's entry point)
        if start is None:
            log.warning("capture %s asked for, but this window has no start_capture", mode)
            return
        start(mode)

    # --- closing and quitting ----------------------------------------------------------------------

    def intercept_close(self, event: QCloseEvent) -> bool:
        """For MainWindow.closeEvent: True when the close became hiding in the tray (or a question)."""
        return self.closing.intercept(event)

    def quit(self) -> None:
        """Quit for real, from the tray or File ▸ Quit: the window closes as it always did."""
        self.closing.quitting = True
        if self.window.close():
            QCoreApplication.quit()  # a hidden window's close does not end the app by itself
        else:
            self.closing.quitting = False

    # --- the clipboard watch -----------------------------------------------------------------------

    def offer(self, image: QImage) -> None:
        window = self.window
        hidden = not window.isVisible() or window.isMinimized()
        self.offer_toast.offer(image)  # waiting in the window too, for when it is opened
        self._offered_in_tray = hidden and self.tray is not None
        if self._offered_in_tray and self.tray is not None:
            self.tray.say(
                "pixdesk", translate("desktop", "Ask pixdesk about this screenshot? Click to attach it."), seconds=10
            )

    def attach_offered(self) -> None:
        """Through the same path as Paste; attaching sends nothing."""
        image = self.offer_toast.image
        if image.isNull():
            return
        mime = QMimeData()
        mime.setImageData(image)
        self.window.take_mime(mime)
        self.offer_toast.hide()
        self.offer_toast.image = QImage()

    def _tray_message_clicked(self) -> None:
        if self._offered_in_tray:
            self._offered_in_tray = False
            self.attach_offered()
            if self.tray is not None:
                self.tray.show_window()
