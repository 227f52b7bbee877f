"""Pages drawn for the review viewer, off the GUI thread: the full-resolution page and smaller
copies of it (a pyramid, each half the size of the one before), as raw 32-bit pixels in the
layout Qt's raster painter draws fastest (ARGB32 premultiplied: bytes B, G, R, A, the colour
already multiplied by its alpha), so the GUI thread never converts or copies them. Zoomed
out, the viewer draws from a small copy (sharp, and little work); at 100 % and beyond, from the
full page — only the part on screen."""

from __future__ import annotations

import ctypes
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
    pixels: mmap.mmap = field(repr=False)  # width × 4 bytes a row: B, G, R (premultiplied), A


@dataclass(frozen=True)
class RenderedPage:
    page: int
    size: tuple[int, int]  # full resolution
    levels: tuple[PageLevel, ...]  # largest first
    # Every alpha is 255 (a scan, a PDF page on white paper): the viewer may then draw the pixels
    # as plain RGB32, a straight copy at 100 %, and skip painting the background beneath them.
    opaque: bool = True

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
    """The image's pixels as B, G, R, A premultiplied, a band of rows at a time into one buffer.
    Premultiplied because Qt scales and draws that format a third faster than plain ARGB32
    (measured: 1.6 against 2.4 ms for a page at fit), and for an opaque page the bytes are the
    same; a page with transparent parts is multiplied here, once, not at every paint.

    This runs in a worker thread beside the window's, and every step that holds the GIL makes
    the window wait. Done whole, Pillow would hold it for one 35 MB join (~11 ms on a 300-dpi A4
    page); in bands, no join holds it for more than a fraction of a millisecond. The buffer is an
    anonymous memory map, filled in by the kernel page by page as the bands are written (a 35 MB
    bytearray would be zero-filled with the GIL held, ~25 ms), and each band is copied in with
    ctypes.memmove, which lets the GIL go: a slice assignment holds it for the whole copy and
    the page faults under it (~1.1 ms a band, measured)."""
    width, height = image.size
    pixels = mmap.mmap(-1, width * height * 4)
    row = width * 4
    see_through = image.has_transparency_data  # else every alpha is 255: nothing to multiply
    window = (ctypes.c_char * len(pixels)).from_buffer(pixels)  # while it lives, the map cannot close
    start = ctypes.addressof(window)
    for top in range(0, height, BAND_ROWS):
        bottom = min(height, top + BAND_ROWS)
        band = image.crop((0, top, width, bottom)).convert("RGBA")
        data = band.convert("RGBa").tobytes("raw", "BGRa") if see_through else band.tobytes("raw", "BGRA")
        if len(data) != (bottom - top) * row:  # memmove checks nothing: never write past the map
            raise ValueError(f"a band of {len(data)} bytes, not {(bottom - top) * row}")
        ctypes.memmove(start + top * row, data, len(data))
    del window  # (RenderedPage.release closes the map, and only once nothing points into it)
    return pixels


def _level(image: Image.Image, scale: float) -> PageLevel:
    return PageLevel(scale, image.size[0], image.size[1], _bgra(image))


def render_page(path: str | Path, page: int) -> RenderedPage:
    """Blocking: decode `page` at full resolution and build its pyramid."""
    with open_source(path) as source:
        image = source.page(page)
    size = image.size
    opaque = not image.has_transparency_data
    levels = [_level(image, 1.0)]
    factor = 1
    while max(image.size) // 2 >= SMALLEST_LEVEL_SIDE:
        image = image.reduce(2)  # a box filter: sharp text, fast
        factor *= 2
        levels.append(_level(image, 1.0 / factor))
    return RenderedPage(page, size, tuple(levels), opaque)
