"""macOS: Carbon's RegisterEventHotKey, the documented hot-key API that the well-kept Mac
shortcut libraries (HotKey, KeyboardShortcuts, MASShortcut) are built on.

Chosen over a CGEventTap because it needs no Accessibility or Input Monitoring permission (a tap
sees every key typed; a hot key only its own), and macOS delivers it as an event to the
application, on the main thread that Qt's Cocoa loop runs. macOS 15 refuses hot keys made of
only ⌥ and ⇧: that refusal is said in Settings like any other. Imported only on macOS."""

from __future__ import annotations

import ctypes
import itertools
import logging
from collections.abc import Callable
from typing import Any

from pixdesk.ui.global_shortcut.keys import Chord, ShortcutProblem, mac_hotkey
from pixdesk.ui.i18n import translate

log = logging.getLogger(__name__)

CARBON = "/System/Library/Frameworks/Carbon.framework/Carbon"
EVENT_HOT_KEY_EXISTS = -9878  # eventHotKeyExistsErr: another application holds it
EVENT_HOT_KEY_INVALID = -9879  # eventHotKeyInvalidErr (macOS 15: ⌥ or ⌥⇧ alone)


def _four(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


_KEYBOARD_CLASS, _HOT_KEY_PRESSED = _four("keyb"), 5
_DIRECT_OBJECT, _HOT_KEY_ID_TYPE = _four("----"), _four("hkid")
_SIGNATURE = _four("pxdk")
_ids = itertools.count(1)


class _EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


class _EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


def _carbon() -> Any:
    lib = ctypes.cdll.LoadLibrary(CARBON)
    lib.GetApplicationEventTarget.restype = ctypes.c_void_p
    lib.InstallEventHandler.argtypes = [
        ctypes.c_void_p,
        _HANDLER,
        ctypes.c_uint32,
        ctypes.POINTER(_EventTypeSpec),
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.RemoveEventHandler.argtypes = [ctypes.c_void_p]
    lib.RegisterEventHotKey.argtypes = [
        ctypes.c_uint32,
        ctypes.c_uint32,
        _EventHotKeyID,
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.UnregisterEventHotKey.argtypes = [ctypes.c_void_p]
    lib.GetEventParameter.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_void_p,
        ctypes.c_void_p,
    ]
    return lib


class CarbonHotKey:
    def __init__(self, chord: Chord, callback: Callable[[], None]) -> None:
        code, modifiers = mac_hotkey(chord)
        carbon = _carbon()
        self._carbon, self._id = carbon, next(_ids)
        target = carbon.GetApplicationEventTarget()

        def on_event(_call: int, event: int, _data: int) -> int:
            pressed = _EventHotKeyID()
            carbon.GetEventParameter(
                event, _DIRECT_OBJECT, _HOT_KEY_ID_TYPE, None, ctypes.sizeof(pressed), None, ctypes.byref(pressed)
            )
            if pressed.signature == _SIGNATURE and pressed.id == self._id:
                callback()
                return 0  # noErr: handled
            return -9874  # eventNotHandledErr: another hot key, someone else's

        self._handler = _HANDLER(on_event)  # kept: Carbon calls it for as long as it is installed
        spec = _EventTypeSpec(_KEYBOARD_CLASS, _HOT_KEY_PRESSED)
        self._handler_ref = ctypes.c_void_p()
        status = carbon.InstallEventHandler(target, self._handler, 1, ctypes.byref(spec), None, self._handler_ref)
        if status != 0:
            raise ShortcutProblem(
                translate(
                    "global_shortcut.macos", "macOS did not accept a shortcut from pixdesk (error {code})."
                ).format(code=status)
            )
        self._hot_key = ctypes.c_void_p()
        status = carbon.RegisterEventHotKey(
            code, modifiers, _EventHotKeyID(_SIGNATURE, self._id), target, 0, ctypes.byref(self._hot_key)
        )
        if status != 0:
            carbon.RemoveEventHandler(self._handler_ref)
            log.info("RegisterEventHotKey refused %s: %s", chord.text, status)
            if status == EVENT_HOT_KEY_EXISTS:
                raise ShortcutProblem(
                    translate(
                        "global_shortcut.macos", "Another program already uses {shortcut}. Choose another shortcut."
                    ).format(shortcut=chord.text)
                )
            raise ShortcutProblem(
                translate(
                    "global_shortcut.macos", "macOS does not allow {shortcut} as a shortcut. Choose one with ⌘ or ⌃."
                ).format(shortcut=chord.text)
            )

    def unregister(self) -> None:
        self._carbon.UnregisterEventHotKey(self._hot_key)
        self._carbon.RemoveEventHandler(self._handler_ref)


def register(chord: Chord, callback: Callable[[], None]) -> CarbonHotKey:
    return CarbonHotKey(chord, callback)
