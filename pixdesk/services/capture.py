"""Capturing part of the screen: the maths behind the capture overlay, and what leaves it.

No Qt. The overlay (pixdesk/ui/capture) shows the frozen screens and hands mouse and keys here;
this decides what is selected, where the black boxes fall, which window is under the pointer,
whether a grab was refused (macOS screen recording), and burns the boxes into the pixels before
anything else sees them. Every rectangle is in a screen's *device* pixels: on a HiDPI screen the
capture keeps every pixel the screen shows, and a box covers what it covered on screen."""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from pixdesk.words import translate

MODES = ("region", "window", "screen")
MIN_SIDE = 4  # a drag smaller than this is a click (window mode picks; region mode keeps nothing)


@dataclass(frozen=True)
class Rect:
    """x, y, width, height in device pixels; right and bottom are exclusive."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    @property
    def empty(self) -> bool:
        return self.width <= 0 or self.height <= 0

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def intersect(self, other: Rect) -> Rect:
        left, top = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        return Rect(left, top, max(0, right - left), max(0, bottom - top))

    def moved(self, dx: int, dy: int) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)

    def as_box(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.width, self.height

    @staticmethod
    def spanning(ax: int, ay: int, bx: int, by: int) -> Rect:
        """The rectangle between two corners a drag went from and to, in either direction."""
        return Rect(min(ax, bx), min(ay, by), abs(bx - ax), abs(by - ay))


def to_device(logical: float, ratio: float) -> int:
    """A pointer position (logical, possibly fractional) as the device pixel it is over."""
    return math.floor(logical * ratio + 1e-6)


def to_device_rect(x: float, y: float, width: float, height: float, ratio: float) -> Rect:
    """A logical rectangle (a window's frame) in device pixels, rounded outward: a window capture
    keeps its edge pixels."""
    left, top = math.floor(x * ratio + 1e-6), math.floor(y * ratio + 1e-6)
    right, bottom = math.ceil((x + width) * ratio - 1e-6), math.ceil((y + height) * ratio - 1e-6)
    return Rect(left, top, right - left, bottom - top)


@dataclass
class Selection:
    """What the person has chosen on one frozen screen (`bounds`, the screen in device pixels
    from 0, 0): a rectangle dragged out, nudged with the arrow keys, and black boxes drawn over
    it. The rectangle never leaves the screen; boxes are kept clipped to the rectangle."""

    bounds: Rect
    rect: Rect | None = None
    boxes: list[Rect] = field(default_factory=list)
    _anchor: tuple[int, int] | None = None

    # --- the rectangle --------------------------------------------------------------------

    def begin(self, x: int, y: int) -> None:
        """A drag starts: a new rectangle (and its boxes go: they belonged to the old one)."""
        self._anchor = self._clamp(x, y)
        self.rect, self.boxes = None, []

    def drag_to(self, x: int, y: int) -> None:
        if self._anchor is None:
            return
        cx, cy = self._clamp(x, y)
        self.rect = Rect.spanning(*self._anchor, cx, cy)

    def finish(self) -> bool:
        """The button is released: True if a rectangle is kept (a bare click keeps none)."""
        self._anchor = None
        if self.rect is not None and (self.rect.width < MIN_SIDE or self.rect.height < MIN_SIDE):
            self.rect = None
        return self.rect is not None

    @property
    def dragging(self) -> bool:
        return self._anchor is not None

    def choose(self, rect: Rect) -> None:
        """A window or the whole screen chosen at once."""
        self._anchor, self.boxes = None, []
        chosen = rect.intersect(self.bounds)
        self.rect = None if chosen.empty else chosen

    def nudge(self, dx: int, dy: int, resize: bool = False) -> None:
        """Arrow keys: move the rectangle a pixel (resize=True: Shift+arrow, move its bottom-right
        corner), never off the screen; the boxes move with it."""
        if self.rect is None:
            return
        rect = self.rect
        if resize:
            width = min(max(MIN_SIDE, rect.width + dx), self.bounds.right - rect.x)
            height = min(max(MIN_SIDE, rect.height + dy), self.bounds.bottom - rect.y)
            self.rect = Rect(rect.x, rect.y, width, height)
            self.boxes = [c for c in (box.intersect(self.rect) for box in self.boxes) if not c.empty]
            return
        x = min(max(self.bounds.x, rect.x + dx), self.bounds.right - rect.width)
        y = min(max(self.bounds.y, rect.y + dy), self.bounds.bottom - rect.height)
        moved_x, moved_y = x - rect.x, y - rect.y
        self.rect = Rect(x, y, rect.width, rect.height)
        self.boxes = [box.moved(moved_x, moved_y) for box in self.boxes]

    def size_label(self) -> str:
        """The size shown beside the rectangle, in the pixels the capture will have."""
        return "" if self.rect is None else f"{self.rect.width} × {self.rect.height}"

    # --- black boxes ----------------------------------------------------------------------

    def add_box(self, box: Rect) -> bool:
        """A black box drawn over the selection (the part outside it is dropped)."""
        if self.rect is None:
            return False
        kept = box.intersect(self.rect)
        if kept.empty:
            return False
        self.boxes.append(kept)
        return True

    def undo_box(self) -> bool:
        if not self.boxes:
            return False
        self.boxes.pop()
        return True

    def boxes_in_capture(self) -> list[tuple[int, int, int, int]]:
        """The boxes relative to the captured rectangle, as pixdesk's redaction takes them."""
        if self.rect is None:
            return []
        return [box.moved(-self.rect.x, -self.rect.y).as_box() for box in self.boxes]

    def _clamp(self, x: int, y: int) -> tuple[int, int]:
        return min(max(self.bounds.x, x), self.bounds.right), min(max(self.bounds.y, y), self.bounds.bottom)


# --- windows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ForeignWindow:
    """A top-level window of any program, as the platform lists it: its frame in *global*
    device pixels (the virtual desktop's), and its title (for the overlay's label)."""

    rect: Rect
    title: str = ""


def window_under(x: int, y: int, windows: Sequence[ForeignWindow]) -> ForeignWindow | None:
    """The topmost window at global device pixel (x, y); `windows` are listed top first."""
    return next((window for window in windows if window.rect.contains(x, y)), None)


# (Said: English here, in the person's language where the window shows them, with translated())
WAYLAND_NO_WINDOWS = translate(
    "capture",
    "On this desktop (Wayland) programs cannot see each other's windows, so pixdesk cannot pick "
    "one. Capture a region or the whole screen instead.",
)
NO_WINDOW_LIST = translate(
    "capture", "pixdesk could not list the windows on this screen. Capture a region or the whole screen instead."
)


def window_picking_refusal(platform: str, session_type: str, wayland_display: str) -> str | None:
    """Why windows cannot be picked here, in plain words, or None when they can. (Region and
    whole-screen capture work everywhere Qt can grab the screen.)"""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        if session_type.lower() == "wayland" or (wayland_display and session_type.lower() != "x11"):
            return WAYLAND_NO_WINDOWS
        return None
    if platform in ("win32", "darwin"):
        return None
    return NO_WINDOW_LIST


# --- a refused grab (macOS screen recording) --------------------------------------------------

MACOS_SCREEN_RECORDING = translate(
    "capture",
    "macOS did not let pixdesk see the screen: the capture came back empty. Open System Settings ▸ "
    "Privacy & Security ▸ Screen Recording, turn on pixdesk, then quit and reopen pixdesk.",
)
EMPTY_CAPTURE = translate(
    "capture", "The capture came back empty (all one colour). Try again, or capture a region instead."
)


def looks_refused(pixels: bytes, bytes_per_pixel: int = 4, samples: int = 4096) -> bool:
    """True if a grab is a single flat colour — what macOS hands back without the screen-recording
    permission (a black desktop, or just the wallpaper). Sampled, so a full 5K screen costs
    microseconds; a real desktop always has more than one colour among thousands of samples."""
    count = len(pixels) // bytes_per_pixel
    if count == 0:
        return True
    step = max(1, count // samples)
    first = pixels[:bytes_per_pixel]
    return all(pixels[i * bytes_per_pixel : (i + 1) * bytes_per_pixel] == first for i in range(0, count, step))


def refused_capture_message(platform: str = sys.platform) -> str:
    """What to say when every screen came back flat: on macOS, how to allow screen recording."""
    return MACOS_SCREEN_RECORDING if platform == "darwin" else EMPTY_CAPTURE


# --- what leaves the overlay --------------------------------------------------------------------


def burn_in(pixels: bytes, width: int, height: int, stride: int, boxes: Sequence[tuple[int, int, int, int]]) -> bytes:
    """The captured rectangle (RGBX, 8 bits a channel, `stride` bytes a line) as a PNG with every
    black box burned in — the review's redaction, so what was covered is gone before the tray,
    the history or Bedrock sees a byte. Blocking: run it off the GUI thread."""
    from PIL import Image

    from pixdesk.imaging.encode import save_as
    from pixdesk.imaging.redact import redact

    image = Image.frombytes("RGB", (width, height), pixels, "raw", "RGBX", stride, 1)
    redact(image, list(boxes), (width, height))
    return save_as(image, "png")


def window_on_screen(window: Rect, units: str, origin: tuple[int, int], ratio: float) -> Rect:
    """A listed window's frame in one frozen screen's device pixels. `origin` is the screen's
    top-left as Qt gives it (native and logical origins coincide); `units` says how the platform
    listed the window: "device" pixels (X11, Windows) or "logical" points (macOS)."""
    if units == "device":
        return window.moved(-origin[0], -origin[1])
    return to_device_rect(window.x - origin[0], window.y - origin[1], window.width, window.height, ratio)
