"""Other programs' windows, top first, for "Capture window". Qt cannot list windows it does not
own, so each platform's own interface is asked — and only on that platform:

- X11: libX11 through ctypes (no extra package): the window manager's _NET_CLIENT_LIST_STACKING
  with each window's frame (_NET_FRAME_EXTENTS), or, without a window manager, the root window's
  children in stacking order. Coordinates are device pixels.
- Windows: EnumWindows (top of the Z order first) and DwmGetWindowAttribute's extended frame
  bounds, the frame as drawn, in physical pixels (Qt makes the process per-monitor DPI aware).
- macOS: CGWindowListCopyWindowInfo through pyobjc's Quartz, if installed; bounds in points.

Each answer says which units it is in; pixdesk.services.capture.window_on_screen places it on a
frozen screen. Anything that goes wrong yields no list, and the overlay says why in plain words."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from pixdesk.services.capture import NO_WINDOW_LIST, ForeignWindow, Rect, window_picking_refusal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowList:
    windows: tuple[ForeignWindow, ...] = ()
    units: str = "device"  # "device": global device pixels; "logical": global points (macOS)
    refusal: str | None = None  # why there is no list, in plain words


def list_windows(platform: str = sys.platform) -> WindowList:
    refusal = window_picking_refusal(
        platform, os.environ.get("XDG_SESSION_TYPE", ""), os.environ.get("WAYLAND_DISPLAY", "")
    )
    if refusal is not None:
        return WindowList(refusal=refusal)
    try:
        if platform == "win32":
            from pixdesk.ui.capture import windows_win32

            return WindowList(tuple(windows_win32.top_level_windows()), "device")
        if platform == "darwin":
            from pixdesk.ui.capture import windows_macos

            return WindowList(tuple(windows_macos.top_level_windows()), "logical")
        from pixdesk.ui.capture import windows_x11

        return WindowList(tuple(windows_x11.top_level_windows()), "device")
    except (OSError, ImportError, ValueError) as error:  # no libX11, no pyobjc, no display
        log.warning("Could not list windows: %s", error)
        return WindowList(refusal=NO_WINDOW_LIST)


__all__ = ["ForeignWindow", "Rect", "WindowList", "list_windows"]
