"""Capture a region, a window or a whole screen into the tray (issue #15): flow.py runs it,
overlay.py is one frozen screen to choose on, frozen.py grabs the screens, foreign_windows.py
lists other programs' windows. The maths is Qt-free, in pixdesk.services.capture."""

from pixdesk.ui.capture.flow import CaptureFlow

__all__ = ["CaptureFlow"]
