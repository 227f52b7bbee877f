"""Windows: RegisterHotKey (user32), and a native event filter that sees WM_HOTKEY.

Registered with no window (hWnd NULL): Windows then posts WM_HOTKEY to the thread that
registered, the GUI thread, whose Qt event dispatcher hands every message to the application's
native event filters first ("windows_generic_MSG"). Imported only on Windows (ctypes.WinDLL)."""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Callable
from ctypes import wintypes
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication

from pixdesk.ui.global_shortcut.keys import Chord, ShortcutProblem, win32_hotkey
from pixdesk.ui.i18n import translate

WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
_ids = itertools.count(0xB000)  # application ids must lie in 0x0000–0xBFFF


class _HotKeyFilter(QAbstractNativeEventFilter):
    def __init__(self, hotkey_id: int, callback: Callable[[], None]) -> None:
        super().__init__()
        self._id, self._callback = hotkey_id, callback

    def nativeEventFilter(  # noqa: N802
        self,
        eventType: QByteArray | bytes | bytearray | memoryview,  # noqa: N803
        message: Any,
    ) -> tuple[bool, int]:
        if bytes(eventType.data() if isinstance(eventType, QByteArray) else eventType) != b"windows_generic_MSG":
            return False, 0
        msg = wintypes.MSG.from_address(int(message))
        if msg.message == WM_HOTKEY and msg.wParam == self._id:
            self._callback()
            return True, 0
        return False, 0


class Win32HotKey:
    def __init__(self, chord: Chord, callback: Callable[[], None]) -> None:
        vk, modifiers = win32_hotkey(chord)
        user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined, unused-ignore]  # Windows only
        user32.RegisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT]
        user32.RegisterHotKey.restype = wintypes.BOOL
        user32.UnregisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int]
        self._user32, self._id = user32, next(_ids)
        if not user32.RegisterHotKey(None, self._id, modifiers, vk):
            error = ctypes.get_last_error()  # type: ignore[attr-defined, unused-ignore]  # Windows only
            if error == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise ShortcutProblem(
                    translate(
                        "global_shortcut.windows", "Another program already uses {shortcut}. Choose another shortcut."
                    ).format(shortcut=chord.text)
                )
            raise ShortcutProblem(
                translate(
                    "global_shortcut.windows", "Windows refused {shortcut} (error {code}). Choose another shortcut."
                ).format(shortcut=chord.text, code=error)
            )
        self._filter = _HotKeyFilter(self._id, callback)
        application = QCoreApplication.instance()
        if application is not None:
            application.installNativeEventFilter(self._filter)

    def unregister(self) -> None:
        application = QCoreApplication.instance()
        if application is not None:
            application.removeNativeEventFilter(self._filter)
        self._user32.UnregisterHotKey(None, self._id)


def register(chord: Chord, callback: Callable[[], None]) -> Win32HotKey:
    return Win32HotKey(chord, callback)
