"""Pages drawn for the review viewer, off the GUI thread: the full-resolution page and smaller
copies of it (a pyramid, each half the size of the one before), as raw 32-bit pixels in the
layout Qt paints from directly (ARGB32: bytes B, G, R, A), so the GUI thread never converts or
copies them. Zoomed out, the viewer draws from a small copy (sharp, and little work); at 100 %
and beyond, from the full page — only the part on screen."""

from __future__ import annotations

import mmap
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from pixdesk.imaging.sources import open_source

SMALLEST_LEVEL_SIDE = 700  # stop halving below this: a fitted page is seldom smaller
BAND_ROWS = 96  # rows converted at a time (see _bgra)


@dataclass(frozen=True)
class PageLevel:
    scale: float  # of the full-resolution page
    width: int
    height: int
    pixels: mmap.mmap = field(repr=False)  # width × 4 bytes a row: B, G, R, A


@dataclass(frozen=True)
class RenderedPage:
    page: int
    size: tuple[int, int]  # full resolution
    levels: tuple[PageLevel, ...]  # largest first

    def release(self) -> None:
        """Give the pixels back to the system now. Unmapping 46 MB takes ~10 ms: call this from a
        worker thread (it lets the GIL go), once the window no longer paints from them."""
        for level in self.levels:
            try:
                level.pixels.close()
            except BufferError:  # still shown somewhere: the garbage collector will free it
                pass

    def level_for(self, scale: float) -> PageLevel:
        """The smallest level with at least as many pixels as the screen shows at `scale`."""
        chosen = self.levels[0]
        for level in self.levels:
            if level.scale >= scale:
                chosen = level
        return chosen


def _bgra(image: Image.Image) -> mmap.mmap:
    """The image's pixels as B, G, R, A, a band of rows at a time into one buffer. Done whole,
    Pillow would hold the GIL for one 35 MB join (~11 ms on a 300-dpi A4 page) and the window,
    waiting for it, would stutter; in bands, no step holds it for more than a millisecond. The
    buffer is an anonymous memory map: a 35 MB bytearray would be zero-filled with the GIL held
    (~25 ms), a map is filled in by the kernel page by page as the bands are written."""
    width, height = image.size
    pixels = mmap.mmap(-1, width * height * 4)
    row = width * 4
    for top in range(0, height, BAND_ROWS):
        bottom = min(height, top + BAND_ROWS)
        band = image.crop((0, top, width, bottom)).convert("RGBA").tobytes("raw", "BGRA")
        pixels[top * row : bottom * row] = band
    return pixels


def _level(image: Image.Image, scale: float) -> PageLevel:
    return PageLevel(scale, image.size[0], image.size[1], _bgra(image))


def render_page(path: str | Path, page: int) -> RenderedPage:
    """Blocking: decode `page` at full resolution and build its pyramid."""
    with open_source(path) as source:
        image = source.page(page)
    size = image.size
    levels = [_level(image, 1.0)]
    factor = 1
    while max(image.size) // 2 >= SMALLEST_LEVEL_SIDE:
        image = image.reduce(2)  # a box filter: sharp text, fast
        factor *= 2
        levels.append(_level(image, 1.0 / factor))
    return RenderedPage(page, size, tuple(levels))
