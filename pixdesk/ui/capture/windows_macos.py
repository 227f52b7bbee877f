"""macOS's on-screen windows, front first, in global points (top-left origin): Quartz's
CGWindowListCopyWindowInfo, through pyobjc (pyobjc-framework-Quartz, installed with pixdesk on
macOS). Layer 0 only: the menu bar, the Dock and floating panels are not windows people pick.
Imported only on macOS (pixdesk.ui.capture.foreign_windows decides). Without the screen-recording
permission the list still comes, but the frozen screens are empty: the overlay says so."""

from __future__ import annotations

from pixdesk.services.capture import ForeignWindow, Rect


def top_level_windows() -> list[ForeignWindow]:
    import Quartz  # type: ignore[import-not-found]

    options = Quartz.kCGWindowListOptionOnScreenOnly | Quartz.kCGWindowListExcludeDesktopElements
    found = []
    for info in Quartz.CGWindowListCopyWindowInfo(options, Quartz.kCGNullWindowID) or ():
        if info.get(Quartz.kCGWindowLayer, 0) != 0:
            continue
        bounds = info.get(Quartz.kCGWindowBounds) or {}
        rect = Rect(
            int(bounds.get("X", 0)), int(bounds.get("Y", 0)), int(bounds.get("Width", 0)), int(bounds.get("Height", 0))
        )
        if not rect.empty:
            found.append(ForeignWindow(rect, str(info.get(Quartz.kCGWindowName, "") or "")))
    return found
