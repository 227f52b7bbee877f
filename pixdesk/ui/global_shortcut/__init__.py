"""A capture shortcut that works in every program, registered with each platform's own mechanism:
X11 XGrabKey (x11.py), Win32 RegisterHotKey (windows.py), macOS Carbon RegisterEventHotKey
(macos.py). Where the platform gives programs no such thing (Wayland), a sentence says so and the
shortcut in the window keeps working.

`backend_for()` decides from plain facts (tested on every platform); `GlobalShortcut` keeps one
registration and a sentence for Settings saying whether it works. A platform's module is imported
only on that platform: each loads its native library when first used."""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from pixdesk.settings import WINDOW_CAPTURE_SHORTCUT
from pixdesk.ui.global_shortcut.keys import Chord, ShortcutProblem, parse
from pixdesk.ui.i18n import translate

log = logging.getLogger(__name__)


# The sentences are functions: they are read in the language installed at start.
def wayland() -> str:
    return translate(
        "global_shortcut",
        "Your desktop (Wayland) does not let programs set a shortcut that works in every window. In pixdesk, "
        "{shortcut} still captures, and so does the pixdesk icon's menu beside the clock.",
    ).format(shortcut=WINDOW_CAPTURE_SHORTCUT)


def no_desktop() -> str:
    return translate(
        "global_shortcut",
        "pixdesk is running without a desktop here, so it has no shortcut outside its window. "
        "In pixdesk, {shortcut} still captures.",
    ).format(shortcut=WINDOW_CAPTURE_SHORTCUT)


def off() -> str:
    return translate("global_shortcut", "Off. In the pixdesk window, {shortcut} still captures.").format(
        shortcut=WINDOW_CAPTURE_SHORTCUT
    )


class Registration(Protocol):
    def unregister(self) -> None: ...


Register = Callable[[Chord, Callable[[], None]], Registration]


class Refusal(str):
    """The platform gives programs no global shortcut: this is the sentence that says so."""


def backend_for(system: str, qt_platform: str, environment: Mapping[str, str]) -> str | Refusal:
    """ "x11", "windows" or "macos", or a Refusal. `system` is platform.system(), `qt_platform`
    QGuiApplication.platformName()."""
    if system == "Windows":
        return "windows"
    if system == "Darwin":
        return "macos"
    if qt_platform.startswith("wayland"):
        return Refusal(wayland())
    if qt_platform == "xcb":
        # On a Wayland desktop through XWayland, a grab sees the keys only while an X11 window
        # has the focus: not "every program". Say so rather than half work.
        if environment.get("WAYLAND_DISPLAY") or environment.get("XDG_SESSION_TYPE", "").lower() == "wayland":
            return Refusal(wayland())
        return "x11"
    return Refusal(no_desktop())


def _register_function(backend: str) -> Register:
    """The platform's register(), imported only now (ctypes.windll exists only on Windows…)."""
    if backend == "windows":
        from pixdesk.ui.global_shortcut import windows

        return windows.register
    if backend == "macos":
        from pixdesk.ui.global_shortcut import macos

        return macos.register
    from pixdesk.ui.global_shortcut import x11

    return x11.register


def this_platform() -> str | Refusal:
    return backend_for(platform.system(), QGuiApplication.platformName(), os.environ)


class GlobalShortcut(QObject):
    """The one global capture shortcut. apply(text) replaces it; `status` says in plain words
    whether it works (Settings shows it); `activated` fires when it is pressed anywhere."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None, backend: str | Refusal | None = None) -> None:
        super().__init__(parent)
        self._backend = this_platform() if backend is None else backend
        self._registration: Registration | None = None
        self.status = off()
        self.works = False

    @property
    def refusal(self) -> str:
        """The platform's own refusal ("" where global shortcuts exist)."""
        return str(self._backend) if isinstance(self._backend, Refusal) else ""

    def check(self, text: str) -> str:
        """What Settings says under the field while `text` is typed in, before it is saved."""
        if self.refusal:
            return self.refusal
        try:
            chord = parse(text)
        except ShortcutProblem as problem:
            return str(problem)
        if chord is None:
            return off()
        if self.works and chord.text == self._chord_text:
            return self.status
        return translate("global_shortcut", "{shortcut} will capture from any program while pixdesk runs.").format(
            shortcut=chord.text
        )

    def apply(self, text: str) -> str:
        self.release()
        self.works = False
        self._chord_text = ""
        if self.refusal:
            self.status = self.refusal
            return self.status
        try:
            chord = parse(text)
            if chord is None:
                self.status = off()
                return self.status
            self._registration = _register_function(str(self._backend))(chord, self.activated.emit)
        except ShortcutProblem as problem:
            log.info("global shortcut %r not registered: %s", text, problem)
            self.status = str(problem)
            return self.status
        self.works = True
        self._chord_text = chord.text
        self.status = translate("global_shortcut", "{shortcut} captures from any program while pixdesk runs.").format(
            shortcut=chord.text
        )
        return self.status

    def release(self) -> None:
        if self._registration is not None:
            self._registration.unregister()
            self._registration = None

    _chord_text = ""
