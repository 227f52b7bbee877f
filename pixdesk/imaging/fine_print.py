"""Fine print: how small a page's smallest text is, whether it survives the fit to the model, and
the cheapest set of images that keeps it legible.

Measured on the decoded page, no network, Pillow only. The page is looked at once, at most
`WORK_SIDE` px a side (twice what the model sees, so lines a few model pixels high are still
apart). Ink is what is clearly darker than its neighbourhood (a local maximum filter), which
holds for grey print on a tinted page as for black on white; long rules (table grids, underlines)
are taken out. In narrow vertical strips, rows with ink form runs; a run bounded by blank rows,
not too full, and crossing several strokes is a line of text, and its height is the text's height
(capitals and digits: the cap height; mixed text: ascender to descender).

The legibility threshold `LEGIBLE_PX` (a line's height as the model sees it) comes from the
benchmark in tests/benchmarks/fine_print.py, which OCRs exactly the bytes pixdesk sends.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops

from pixdesk import catalog
from pixdesk.imaging.tokens import image_tokens

Box = tuple[int, int, int, int]  # x, y, width, height in full-resolution pixels

WORK_SIDE = 2 * catalog.LIMITS.model_side_px
LEGIBLE_PX = 12.0  # a text line below this height, in the model's pixels, is not reliably read
_MARGIN = 1.15  # scale a little past the threshold: a measured height is ±1 working pixel

_STRIP = 96  # working pixels: narrow enough that a line skewed by 2° still has blank rows around it
_INK_DELTA = 40  # levels darker than the brightest pixel near it
_RULE = 64  # ink running this far (working px) unbroken, across or down, is a rule, not a letter
_MIN_LINE, _MAX_LINE = 4, 96  # working px: a line of text's height
_MIN_RUNS = 3  # runs of about the same height needed before a size counts (one blob is not print)


@dataclass(frozen=True)
class TextLine:
    """A run of a text line inside one strip, in full-resolution pixels."""

    x: int
    y: int
    width: int
    height: float


@dataclass(frozen=True)
class SmallPrint:
    """Text that will not survive the fit: its height on the page and as sent, and what reading
    it costs (`fine_print_tokens`) beside sending the page as it is (`page_tokens`)."""

    height_px: float  # full-resolution pixels
    sent_height_px: float  # as the model would see it in the fitted page
    page_tokens: int
    fine_print_tokens: int
    images: int

    @property
    def extra_tokens(self) -> int:
        return max(0, self.fine_print_tokens - self.page_tokens)


@dataclass(frozen=True)
class Piece:
    """One image of a fine-print plan: `box` of the page, sent at `scale` (≤ 1)."""

    box: Box
    scale: float

    @property
    def size(self) -> tuple[int, int]:
        return max(1, round(self.box[2] * self.scale)), max(1, round(self.box[3] * self.scale))

    @property
    def tokens(self) -> int:
        return image_tokens(*self.size)


def fit_scale(width: int, height: int) -> float:
    """The scale the whole page is seen at by the model."""
    return min(1.0, catalog.LIMITS.model_side_px / max(width, height, 1))


# --- measuring ---------------------------------------------------------------------------------


def text_lines(image: Image.Image, full_size: tuple[int, int]) -> list[TextLine]:
    """Every run of text found on the page (`image` may be a reduced decode of a page
    `full_size` big), in full-resolution pixels."""
    gray = image.convert("L")
    if max(gray.size) > WORK_SIDE:
        scale = WORK_SIDE / max(gray.size)
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        gray = gray.resize(size, Image.Resampling.BOX, reducing_gap=2.0)
    to_full = full_size[0] / gray.width
    ink = _ink(gray)
    width, height = ink.size
    lines: list[TextLine] = []
    for left in range(0, width, _STRIP):
        right = min(width, left + _STRIP)
        if right - left < _STRIP // 2 and left > 0:
            left = max(0, right - _STRIP)
        strip = ink.crop((left, 0, right, height))
        lines.extend(_strip_lines(strip, left, to_full))
    return lines


def _ink(gray: Image.Image) -> Image.Image:
    """255 where a pixel is clearly darker than its neighbourhood, without long rules."""
    ink = ImageChops.subtract(_local_max(gray, 2), gray).point(lambda v: 255 if v >= _INK_DELTA else 0)
    width, height = ink.size
    for size in ((width, max(1, height // _RULE)), (max(1, width // _RULE), height)):
        # A pixel in a run of ink as long as the reduction's cell stays full: a rule.
        reduced = ink.resize(size, Image.Resampling.BOX).point(lambda v: 255 if v >= 250 else 0)
        ink = ImageChops.subtract(ink, reduced.resize(ink.size, Image.Resampling.NEAREST))
    return ink


def _local_max(image: Image.Image, reach: int) -> Image.Image:
    """The brightest value within `reach` px (a square), as two passes of shifted copies: 10×
    faster than Pillow's MaxFilter, whose rank filter sorts every window."""
    result = image
    for dx, dy in ((1, 0), (0, 1)):
        line = result
        for step in range(1, reach + 1):
            for sign in (1, -1):
                line = ImageChops.lighter(line, ImageChops.offset(result, sign * step * dx, sign * step * dy))
        result = line
    return result


def _strip_lines(strip: Image.Image, left: int, to_full: float) -> list[TextLine]:
    width, height = strip.size
    profile = list(strip.resize((1, height), Image.Resampling.BOX).tobytes())
    inked_level = max(1, round(2 * 255 / width))  # at least two ink pixels in the row
    lines: list[TextLine] = []
    start = None
    for row, level in enumerate([*profile, 0]):
        if level >= inked_level and start is None:
            start = row
        elif level < inked_level and start is not None:
            run = row - start
            if start > 0 and row < height and _MIN_LINE <= run <= _MAX_LINE:
                line = _text_run(strip, start, row, profile)
                if line is not None:
                    x, w = line
                    full = (round((left + x) * to_full), round(start * to_full), round(w * to_full))
                    lines.append(TextLine(*full, run * to_full))
            start = None
    return lines


def _text_run(strip: Image.Image, top: int, bottom: int, profile: list[int]) -> tuple[int, int] | None:
    """(x, width) of the run's ink if it looks like a line of letters: not a solid bar, crossing
    several strokes along its middle."""
    fill = sum(profile[top:bottom]) / (bottom - top) / 255
    if not 0.04 <= fill <= 0.6:
        return None
    width = strip.width
    middle = strip.crop((0, (top + bottom) // 2, width, (top + bottom) // 2 + 1)).tobytes()
    strokes = sum(1 for a, b in itertools.pairwise(middle) if a == 0 and b != 0)
    if strokes < 3:
        return None
    bbox = strip.crop((0, top, width, bottom)).getbbox()
    if bbox is None:
        return None
    return bbox[0], bbox[2] - bbox[0]


def smallest_height(lines: Sequence[TextLine]) -> float | None:
    """The height of the smallest text that shows up at least `_MIN_RUNS` times, in
    full-resolution pixels; None when the page has no text. The lowest of those runs, not their
    median: the median leaned on the next size up when two sizes are close (a status bar's under
    a screen's body text, 5-pt print among a scan's 7-pt fragments) and the plan then enlarged
    the smallest text to just under the threshold."""
    heights = sorted(line.height for line in lines)
    for index, low in enumerate(heights):
        cluster = [h for h in heights[index:] if h <= low * 1.3]
        if len(cluster) >= _MIN_RUNS:
            return low
    return None


# --- deciding and planning ---------------------------------------------------------------------


def needed_scale(text_height: float, legible_px: float = LEGIBLE_PX) -> float:
    """The scale at which text `text_height` full-resolution px high reaches the threshold."""
    return min(1.0, legible_px * _MARGIN / max(text_height, 1.0))


def small_lines(
    lines: Sequence[TextLine], full_size: tuple[int, int], legible_px: float = LEGIBLE_PX
) -> list[TextLine]:
    """The runs of the page's smallest text, if the fitted page makes it too small to read. (Only
    that size: a body text's lines cut short, with no ascenders in a strip, measure smaller than
    they are, and tiling them would cost the whole page.)"""
    limit = legible_px / fit_scale(*full_size)
    smallest = smallest_height(lines)
    if smallest is None or smallest >= limit:
        return []
    return [line for line in lines if line.height < min(limit, smallest * 1.5)]


def small_print(
    lines: Sequence[TextLine], full_size: tuple[int, int], legible_px: float = LEGIBLE_PX
) -> SmallPrint | None:
    """What the person should be told before the page is sent as it is, or None if all its text
    survives the fit."""
    smallest = smallest_height(lines)
    scale = fit_scale(*full_size)
    if smallest is None or smallest * scale >= legible_px:
        return None
    pieces = fine_print_plan(lines, full_size, legible_px)
    page = Piece((0, 0, *full_size), scale)
    return SmallPrint(smallest, smallest * scale, page.tokens, sum(p.tokens for p in pieces), len(pieces))


def fine_print_plan(
    lines: Sequence[TextLine],
    full_size: tuple[int, int],
    legible_px: float = LEGIBLE_PX,
    max_images: int | None = catalog.LIMITS.images_per_request,
) -> list[Piece]:
    """The cheapest images that keep the page's smallest text legible: the page once, at fit, and
    the bands that hold small text, scaled only as far as that text needs.

    `max_images`: what one request takes. When the legible plan needs more, it falls back to
    `uniform_tiles` (pixdesk 0.x's --tiles: as much detail as one request allows, which may not
    be enough). None: no such limit — the plan is sent in several requests (fine_print_requests)."""
    width, height = full_size
    page = Piece((0, 0, width, height), fit_scale(width, height))
    small = small_lines(lines, full_size, legible_px)
    if not small:
        return [page]
    smallest = smallest_height(small) or min(line.height for line in small)
    scale = needed_scale(smallest, legible_px)
    bands = _merged(_bands(small, smallest, full_size), scale, smallest)
    pieces = [page] + [Piece(box, scale) for band in bands for box in _tiled(band, scale, smallest)]
    x0, y0 = min(b[0] for b in bands), min(b[1] for b in bands)
    x1, y1 = max(b[0] + b[2] for b in bands), max(b[1] + b[3] for b in bands)
    candidates = [
        pieces,
        # Too many separate bands: one block around all of them, …
        [page] + [Piece(box, scale) for box in _tiled((x0, y0, x1 - x0, y1 - y0), scale, smallest)],
        # … or small text all over the page: the page itself, enlarged as far as it needs.
        [Piece(box, scale) for box in _tiled((0, 0, width, height), scale, smallest)],
    ]
    if max_images is not None:
        candidates.append(uniform_tiles(width, height, max_images))  # the most detail one request takes
        candidates = [c for c in candidates if len(c) <= max_images]
    return min(candidates, key=lambda c: (sum(p.tokens for p in c), len(c)))


def fine_print_requests(pieces: Sequence[Piece], per_request: int = catalog.LIMITS.images_per_request) -> int:
    """How many requests a plan takes, `per_request` images each."""
    return max(1, math.ceil(len(pieces) / per_request))


def uniform_tiles(width: int, height: int, max_tiles: int = catalog.LIMITS.images_per_request) -> list[Piece]:
    """The whole page as overlapping tiles, as few as keep the most detail within one request
    (pixdesk 0.x's --tiles: it maximises detail everywhere)."""
    side = catalog.LIMITS.model_side_px
    return [
        Piece((x, y, w, h), min(1.0, side / max(w, h))) for x, y, w, h in _grid_boxes(width, height, max_tiles, side)
    ]


def _grid_boxes(width: int, height: int, max_tiles: int, side: int, overlap: int = 64) -> list[Box]:
    best: tuple[float, int, int, int] | None = None  # (scale, -count, columns, rows)
    for columns in range(1, max_tiles + 1):
        for rows in range(1, max_tiles // columns + 1):
            tile_w = min(width, math.ceil(width / columns) + (overlap if columns > 1 else 0))
            tile_h = min(height, math.ceil(height / rows) + (overlap if rows > 1 else 0))
            scale = min(1.0, side / max(tile_w, tile_h))
            candidate = (round(scale, 3), -columns * rows, columns, rows)
            if best is None or candidate > best:
                best = candidate
    assert best is not None
    _scale, _count, columns, rows = best
    return [(x, y, w, h) for y, h in _spans(height, rows, overlap) for x, w in _spans(width, columns, overlap)]


def _spans(length: int, count: int, overlap: int) -> list[tuple[int, int]]:
    if count <= 1:
        return [(0, length)]
    size = min(length, math.ceil(length / count) + overlap)
    step = (length - size) / (count - 1)
    return [(round(i * step), size) for i in range(count)]


def _bands(small: Sequence[TextLine], text_height: float, full_size: tuple[int, int]) -> list[Box]:
    """Small-text runs gathered into rectangles: runs on the same or neighbouring lines join, with
    a margin of about a line around them, so no letter is cut at a band's edge."""
    width, height = full_size
    pad = math.ceil(text_height * 0.6)
    # Sideways, several words' worth: the ends of a skewed or photographed line are often missed
    # by the measurement (its runs merge with the next line's), and a code must be sent whole.
    side = math.ceil(text_height * 6)
    boxes = sorted(
        (
            max(0, line.x - side),
            max(0, line.y - pad),
            min(width, line.x + line.width + side),
            min(height, math.ceil(line.y + line.height) + pad),
        )
        for line in small
    )
    merged: list[list[int]] = []
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: b[1]):
        for band in merged:  # joins a band it touches (a line's runs, or the next line)
            if y0 <= band[3] + pad and y1 >= band[1] - pad and x0 <= band[2] + 4 * pad and x1 >= band[0] - 4 * pad:
                band[:] = [min(band[0], x0), min(band[1], y0), max(band[2], x1), max(band[3], y1)]
                break
        else:
            merged.append([x0, y0, x1, y1])
    return [(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in merged]


# What one more image costs beyond its pixels: a close-up of a few words, cut from the lines
# around it, is read worse than the same words in a larger one (and the model is told about each
# image). Nearby bands merge while that saves more than the pixels the merge adds.
_IMAGE_PRICE = 256
_MAX_MERGED_BANDS = 160  # beyond this many bands, the block or the whole page is the plan anyway


def _merged(bands: Sequence[Box], scale: float, text_height: float) -> list[Box]:
    """`bands`, nearby ones joined into one rectangle while that costs no more (pixels sent plus
    `_IMAGE_PRICE` an image) than sending them apart: the lines of a paragraph of small print
    become one close-up of the paragraph, not a strip each. Greedy, best saving first."""

    def cost(box: Box) -> int:
        return sum(Piece(tile, scale).tokens + _IMAGE_PRICE for tile in _tiled(box, scale, text_height))

    merged: dict[int, tuple[Box, int]] = {i: (band, cost(band)) for i, band in enumerate(bands)}
    if len(merged) > _MAX_MERGED_BANDS:
        return list(bands)
    savings: dict[tuple[int, int], tuple[int, Box, int]] = {}

    def weigh(i: int, j: int) -> None:
        box = _union(merged[i][0], merged[j][0])
        joined = cost(box)
        savings[(i, j)] = (merged[i][1] + merged[j][1] - joined, box, joined)

    for i, j in itertools.combinations(merged, 2):
        weigh(i, j)
    next_id = len(bands)
    while savings:
        (i, j), (saving, box, joined) = max(savings.items(), key=lambda item: item[1][0])
        if saving < 0:
            break
        del merged[i], merged[j]
        savings = {pair: value for pair, value in savings.items() if not {i, j} & set(pair)}
        merged[next_id] = (box, joined)
        for other in list(merged)[:-1]:
            weigh(other, next_id)
        next_id += 1
    return sorted((box for box, _cost in merged.values()), key=lambda box: (box[1], box[0]))  # reading order


def _union(a: Box, b: Box) -> Box:
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return x0, y0, x1 - x0, y1 - y0


def _tiled(band: Box, scale: float, text_height: float) -> list[Box]:
    """`band` in as few boxes as fit the model's view at `scale`, overlapping by a few words so
    that a code cut by one edge is whole in the next box."""
    side = math.floor(catalog.LIMITS.model_side_px / scale)
    overlap = min(side // 3, math.ceil(8 * text_height))
    x, y, w, h = band

    def spans(start: int, length: int) -> list[tuple[int, int]]:
        if length <= side:
            return [(start, length)]
        count = math.ceil((length - overlap) / (side - overlap))
        step = (length - side) / (count - 1)
        return [(start + round(i * step), side) for i in range(count)]

    return [(bx, by, bw, bh) for by, bh in spans(y, h) for bx, bw in spans(x, w)]
