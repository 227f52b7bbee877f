"""Pages drawn for the review viewer, off the GUI thread: the full-resolution page and smaller
copies of it (a pyramid, each half the size of the one before), as raw 32-bit pixels in the
layout Qt paints from directly (ARGB32: bytes B, G, R, A), so the GUI thread never converts or
copies them. Zoomed out, the viewer draws from a small copy (sharp, and little work); at 100 %
and beyond, from the full page — only the part on screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from pixdesk.imaging.sources import open_source

SMALLEST_LEVEL_SIDE = 700  # stop halving below this: a fitted page is seldom smaller


@dataclass(frozen=True)
class PageLevel:
    scale: float  # of the full-resolution page
    width: int
    height: int
    pixels: bytes = field(repr=False)  # width × 4 bytes a row: B, G, R, A


@dataclass(frozen=True)
class RenderedPage:
    page: int
    size: tuple[int, int]  # full resolution
    levels: tuple[PageLevel, ...]  # largest first

    def level_for(self, scale: float) -> PageLevel:
        """The smallest level with at least as many pixels as the screen shows at `scale`."""
        chosen = self.levels[0]
        for level in self.levels:
            if level.scale >= scale:
                chosen = level
        return chosen


def _level(image: Image.Image, scale: float) -> PageLevel:
    return PageLevel(scale, image.size[0], image.size[1], image.tobytes("raw", "BGRA"))


def render_page(path: str | Path, page: int) -> RenderedPage:
    """Blocking: decode `page` at full resolution and build its pyramid."""
    with open_source(path) as source:
        image = source.page(page).convert("RGBA")
    size = image.size
    levels = [_level(image, 1.0)]
    factor = 1
    while max(image.size) // 2 >= SMALLEST_LEVEL_SIDE:
        image = image.reduce(2)  # a box filter: sharp text, fast
        factor *= 2
        levels.append(_level(image, 1.0 / factor))
    return RenderedPage(page, size, tuple(levels))
