"""Windows' top-level windows, top of the Z order first, in physical pixels: EnumWindows,
IsWindowVisible/IsIconic, DWMWA_CLOAKED (windows on another virtual desktop, suspended store
apps) and DWMWA_EXTENDED_FRAME_BOUNDS (the frame as drawn, without the invisible resize border
GetWindowRect includes). Imported only on Windows (pixdesk.ui.capture.foreign_windows decides)."""

from __future__ import annotations

import ctypes
from ctypes import wintypes

from pixdesk.services.capture import ForeignWindow, Rect

_DWMWA_EXTENDED_FRAME_BOUNDS = 9
_DWMWA_CLOAKED = 14
_GWL_EXSTYLE = -20
_WS_EX_TOOLWINDOW = 0x00000080


def top_level_windows() -> list[ForeignWindow]:
    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    dwmapi = ctypes.WinDLL("dwmapi")  # type: ignore[attr-defined]
    found: list[ForeignWindow] = []
    enum_proc = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)  # type: ignore[attr-defined]

    def visit(hwnd: int, _param: int) -> bool:
        if not user32.IsWindowVisible(hwnd) or user32.IsIconic(hwnd):
            return True
        if user32.GetWindowLongW(hwnd, _GWL_EXSTYLE) & _WS_EX_TOOLWINDOW:
            return True  # floating palettes and the like are not what people mean by "a window"
        cloaked = wintypes.DWORD()
        dwmapi.DwmGetWindowAttribute(hwnd, _DWMWA_CLOAKED, ctypes.byref(cloaked), ctypes.sizeof(cloaked))
        if cloaked.value:
            return True
        frame = wintypes.RECT()
        failed = dwmapi.DwmGetWindowAttribute(
            hwnd, _DWMWA_EXTENDED_FRAME_BOUNDS, ctypes.byref(frame), ctypes.sizeof(frame)
        )  # an HRESULT: 0 is success; without DWM, the window rectangle will do
        if failed and not user32.GetWindowRect(hwnd, ctypes.byref(frame)):
            return True
        length = user32.GetWindowTextLengthW(hwnd)
        title = ctypes.create_unicode_buffer(length + 1)
        user32.GetWindowTextW(hwnd, title, length + 1)
        rect = Rect(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top)
        if not rect.empty:
            found.append(ForeignWindow(rect, title.value))
        return True

    user32.EnumWindows(enum_proc(visit), 0)
    return found
