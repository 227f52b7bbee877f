"""X11: XGrabKey on the root window, through ctypes to libX11.

Why ctypes to libX11 rather than python-xlib: Qt's own xcb platform plugin already links
libX11.so.6, so it is on every X11 desktop pixdesk runs on and costs no new dependency; the five
calls needed are stable since X11R6. pixdesk opens its own display connection (Qt's is xcb-owned),
and a QSocketNotifier on that connection's socket reads the key presses on the GUI thread without
ever blocking it."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSocketNotifier

from pixdesk.ui.global_shortcut.keys import X11_IGNORED_LOCKS, Chord, ShortcutProblem, x11_grab
from pixdesk.ui.i18n import translate

log = logging.getLogger(__name__)

_KEY_PRESS = 2  # <X11/X.h>
_GRAB_MODE_ASYNC = 1
_BAD_ACCESS = 10  # another client holds this grab


class _XKeyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("root", ctypes.c_ulong),
        ("subwindow", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xkey", _XKeyEvent), ("pad", ctypes.c_long * 24)]


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))
_xlib: Any = None


def _library() -> Any:
    global _xlib
    if _xlib is None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XKeysymToKeycode.restype = ctypes.c_ubyte
        lib.XGrabKey.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
        ]
        lib.XUngrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        lib.XPending.argtypes = [ctypes.c_void_p]
        lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        lib.XSetErrorHandler.restype = ctypes.c_void_p
        _xlib = lib
    return _xlib


class X11Grab:
    """One grabbed key on its own display connection; unregister() lets it go."""

    def __init__(self, chord: Chord, callback: Callable[[], None]) -> None:
        try:
            x = _library()
        except OSError:
            raise ShortcutProblem(
                translate(
                    "global_shortcut.x11",
                    "pixdesk could not find the X11 library, so it has no shortcut outside its window.",
                )
            ) from None
        keysym, self._modifiers = x11_grab(chord)
        display = x.XOpenDisplay(None)
        if not display:
            raise ShortcutProblem(
                translate("global_shortcut.x11", "pixdesk could not reach your desktop's display to set the shortcut.")
            )
        self._x, self._display, self._callback = x, display, callback
        self._root = x.XDefaultRootWindow(display)
        self._keycode = x.XKeysymToKeycode(display, keysym)
        if not self._keycode:
            x.XCloseDisplay(display)
            raise ShortcutProblem(
                translate(
                    "global_shortcut.x11", "This keyboard has no key for {shortcut}. Choose another shortcut."
                ).format(shortcut=chord.text)
            )
        errors: list[int] = []

        def on_error(_display: int, event: Any) -> int:  # Xlib's errors arrive here, during XSync
            errors.append(event.contents.error_code)
            return 0

        handler = _ERROR_HANDLER(on_error)
        # Process-wide: set only around our own requests, and the previous one (Qt's) put back.
        previous = x.XSetErrorHandler(ctypes.cast(handler, ctypes.c_void_p))
        try:
            for locks in X11_IGNORED_LOCKS:
                x.XGrabKey(display, self._keycode, self._modifiers | locks, self._root, 0, _GRAB_MODE_ASYNC, 1)
            x.XSync(display, 0)
        finally:
            x.XSetErrorHandler(previous)
        if errors:
            self._close()
            log.info("XGrabKey refused %s: X errors %s", chord.text, errors)
            if _BAD_ACCESS in errors:
                raise ShortcutProblem(
                    translate(
                        "global_shortcut.x11", "Another program already uses {shortcut}. Choose another shortcut."
                    ).format(shortcut=chord.text)
                )
            raise ShortcutProblem(
                translate("global_shortcut.x11", "Your desktop refused {shortcut}. Choose another shortcut.").format(
                    shortcut=chord.text
                )
            )
        self._notifier = QSocketNotifier(x.XConnectionNumber(display), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._read)
        self._read()  # XSync may already have queued events: the socket would not say so again

    def _read(self) -> None:
        """Every queued event; a press of our key calls back (releases and others are dropped)."""
        event = _XEvent()
        pressed = False
        while self._display and self._x.XPending(self._display):
            self._x.XNextEvent(self._display, ctypes.byref(event))
            if event.type == _KEY_PRESS and event.xkey.keycode == self._keycode:
                pressed = True
        if pressed:
            self._callback()

    def unregister(self) -> None:
        if not self._display:
            return
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        for locks in X11_IGNORED_LOCKS:
            self._x.XUngrabKey(self._display, self._keycode, self._modifiers | locks, self._root)
        self._close()

    def _close(self) -> None:
        self._x.XCloseDisplay(self._display)  # also lets the grabs go, should anything remain
        self._display = None


def register(chord: Chord, callback: Callable[[], None]) -> X11Grab:
    return X11Grab(chord, callback)
