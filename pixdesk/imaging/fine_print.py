"""Fine print: how small a page's smallest text is, whether it survives the fit to the model, and
the cheapest set of images that keeps it legible.

Measured on the decoded page, no network, Pillow only. The page is looked at once, at most
`WORK_SIDE` px a side (twice what the model sees, so lines a few model pixels high are still
apart). Ink is what is clearly darker than its neighbourhood (a local maximum filter), which
holds for grey print on a tinted page as for black on white; long rules (table grids, underlines)
are taken out. In narrow vertical strips, rows with ink form runs; a run bounded by blank rows,
not too full, and crossing several strokes is a line of text, and its height is the text's height
(capitals and digits: the cap height; mixed text: ascender to descender), taken in columns about a
letter wide so that a turned line's drift across the strip does not count as height.

The legibility threshold `LEGIBLE_PX` (a line's height as the model sees it) comes from the
benchmark in tests/benchmarks/fine_print.py, which OCRs exactly the bytes pixdesk sends.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops

from pixdesk import catalog
from pixdesk.domain import LEGIBLE_PX as LEGIBLE_PX  # (in domain: the window's words need it before Pillow)
from pixdesk.domain import Box as Box  # x, y, width, height in full-resolution pixels
from pixdesk.imaging.tokens import image_tokens

WORK_SIDE = 2 * catalog.LIMITS.model_side_px
# The least a page is measured at (its long side, when the page is larger): text at the threshold
# is then 18 working pixels high or more, so the ±1 px of a measured height stays within the
# margin below. A reduced decode at least this large is measured as it is, not decoded again.
MEASURE_SIDE = 3 * catalog.LIMITS.model_side_px // 2
# A fit that keeps more than this of the page's size cannot take text that was legible below the
# threshold: a line it shrinks past 12 px was under 13.3 px, within a measurement's error of the
# threshold already. Screenshots at or near the model's size are not measured at all.
MEASURE_BELOW_SCALE = 0.9
_MARGIN = 1.15  # scale a little past the threshold: a measured height is ±1 working pixel

_STRIP = 96  # working pixels: narrow enough that a line skewed by 2° still has blank rows around it
# A run's height is its tallest ink in columns this narrow (working px): across a whole strip a
# line turned 4° drifts ~7 px, as much as small print is high (a photographed label was measured
# 40 % too tall, enlarged too little, and a code lost); across this, under 1 px. (16 px left a
# 15-px line turned 4° measured 17 % tall; a glyph's stem is always whole in one column.)
_COLUMN = 8
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
    height: float  # the text's own height (a skewed line's drift across the strip taken out)
    span: float = 0.0  # the rows the run covers, drift included (where to cut it out); 0: `height`

    @property
    def bottom(self) -> float:
        return self.y + max(self.height, self.span)


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


def worth_measuring(width: int, height: int) -> bool:
    """Whether the fit shrinks the page enough that text legible on it may be lost."""
    return fit_scale(width, height) < MEASURE_BELOW_SCALE


# --- measuring ---------------------------------------------------------------------------------


def working_image(image: Image.Image) -> Image.Image:
    """`image` at most `WORK_SIDE` px a side (box-averaged), as the page is measured. The fit to
    the model can start from it too: reducing_gap=2 resizes only ever box-average down to twice
    the model's side before the Lanczos step, which this is."""
    if max(image.size) <= WORK_SIDE:
        return image
    scale = WORK_SIDE / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.BOX, reducing_gap=2.0)


def text_lines(image: Image.Image, full_size: tuple[int, int]) -> list[TextLine]:
    """Every run of text found on the page (`image` may be a reduced decode of a page
    `full_size` big), in full-resolution pixels."""
    gray = image if image.mode == "L" else image.convert("L")  # (never changed in place below)
    gray = working_image(gray)
    to_full = full_size[0] / gray.width
    ink = _ink(gray)
    width, height = ink.size
    lefts = []
    for left in range(0, width, _STRIP):
        right = min(width, left + _STRIP)
        if right - left < _STRIP // 2 and left > 0:
            left = max(0, right - _STRIP)
        lefts.append((left, right))
    # Every strip's profile (its share of ink, row by row) from one reduction of the whole-strip
    # part of the page, plus one for a narrower last strip: a crop and a resize a strip cost
    # as much again as measuring.
    whole = width // _STRIP
    profiles = _profiles(ink.crop((0, 0, whole * _STRIP, height)), whole) if whole else []
    pixels = ink.tobytes()
    columns = _columns(ink)
    lines: list[TextLine] = []
    for number, (left, right) in enumerate(lefts):
        profile = profiles[number] if right - left == _STRIP and left == number * _STRIP else None
        if profile is None:
            profile = _profiles(ink.crop((left, 0, right, height)), 1)[0]
        strip = _Strip(ink, pixels, left, right, columns)
        lines.extend(_strip_lines(strip, profile, to_full))
    return lines


@dataclass(frozen=True)
class _Strip:
    """A vertical strip of the ink image, read without copying it."""

    ink: Image.Image
    pixels: bytes  # the whole ink image's, row after row
    left: int
    right: int
    columns: Sequence[bytes] = ()  # _columns(ink)

    @property
    def width(self) -> int:
        return self.right - self.left

    def row(self, y: int) -> bytes:
        start = y * self.ink.width
        return self.pixels[start + self.left : start + self.right]

    def bbox(self, top: int, bottom: int) -> tuple[int, int, int, int] | None:
        return self.ink.crop((self.left, top, self.right, bottom)).getbbox()

    def tallest(self, top: int, bottom: int) -> int:
        """The tallest ink between rows `top` and `bottom` within any `_COLUMN`-wide column of
        the strip: the run's height without the drift of a skewed line across the strip. (For a
        level line, its tallest letters: at most the run, never less than its capitals.)"""
        tallest = 0
        for column in self.columns[self.left // _COLUMN : (self.right - 1) // _COLUMN + 1]:
            inked = column[top:bottom].strip(b"\x00")
            tallest = max(tallest, len(inked))
        return tallest or bottom - top


def _columns(ink: Image.Image) -> list[bytes]:
    """For each `_COLUMN`-wide column of the ink image, row by row: non-zero where it has ink
    (one reduction of the whole image, read as bytes: no crop per run)."""
    reduced = ink.reduce((_COLUMN, 1)).transpose(Image.Transpose.TRANSPOSE)
    data, height = reduced.tobytes(), ink.height
    return [data[i * height : (i + 1) * height] for i in range(reduced.height)]


def _profiles(ink: Image.Image, strips: int) -> list[bytes]:
    """Each of `strips` equal vertical strips' mean ink per row (Pillow's box average, as a
    strip reduced to one column on its own), as bytes."""
    columns = ink.resize((strips, ink.height), Image.Resampling.BOX).transpose(Image.Transpose.TRANSPOSE)
    data, height = columns.tobytes(), ink.height
    return [data[i * height : (i + 1) * height] for i in range(strips)]


def _ink(gray: Image.Image) -> Image.Image:
    """255 where a pixel is clearly darker than its neighbourhood, without long rules."""
    ink = ImageChops.subtract(_local_max(gray, 2), gray).point(lambda v: 255 if v >= _INK_DELTA else 0)
    width, height = ink.size
    for size in ((width, max(1, height // _RULE)), (max(1, width // _RULE), height)):
        # A pixel in a run of ink as long as the reduction's cell stays full: a rule.
        reduced = ink.resize(size, Image.Resampling.BOX).point(lambda v: 255 if v >= 250 else 0)
        if reduced.getbbox() is not None:  # most pages have no rule: nothing to take out
            ink = ImageChops.subtract(ink, reduced.resize(ink.size, Image.Resampling.NEAREST))
    return ink


def _local_max(image: Image.Image, reach: int) -> Image.Image:
    """The brightest value within `reach` px (a square), as two passes of shifted copies: 10×
    faster than Pillow's MaxFilter, whose rank filter sorts every window."""
    result = image
    for dx, dy in ((1, 0), (0, 1)):
        # Along one axis: the brightest within 1 px, then each further px by taking the brightest
        # of the previous values 1 px either side (reach + 1 passes, not 2 × reach). The shifts
        # wrap around the edges, as ImageChops.offset does, whichever way they are composed.
        line = ImageChops.lighter(result, ImageChops.lighter(_shift(result, dx, dy), _shift(result, -dx, -dy)))
        for _step in range(1, reach):
            line = ImageChops.lighter(_shift(line, dx, dy), _shift(line, -dx, -dy))
        result = line
    return result


def _shift(image: Image.Image, dx: int, dy: int) -> Image.Image:
    return ImageChops.offset(image, dx, dy)


# Ink is 0 or 255: a stroke starts wherever a blank pixel is followed by an inked one.
_STROKE_START = re.compile(rb"\x00[^\x00]")


def _strip_lines(strip: _Strip, profile: bytes, to_full: float) -> list[TextLine]:
    width, height = strip.width, len(profile)
    # At least two ink pixels in the row (a strip one pixel wide, at a page's edge: that one).
    inked_level = min(255, max(1, round(2 * 255 / width)))
    inked = re.compile(b"[" + re.escape(bytes([inked_level])) + b"-\xff]+")
    lines: list[TextLine] = []
    for run_match in inked.finditer(profile):
        start, row = run_match.span()
        run = row - start
        if start > 0 and row < height and _MIN_LINE <= run <= _MAX_LINE:
            line = _text_run(strip, start, row, profile)
            if line is not None:
                x, w = line
                full = (round((strip.left + x) * to_full), round(start * to_full), round(w * to_full))
                lines.append(TextLine(*full, strip.tallest(start, row) * to_full, run * to_full))
    return lines


def _text_run(strip: _Strip, top: int, bottom: int, profile: bytes) -> tuple[int, int] | None:
    """(x, width) of the run's ink if it looks like a line of letters: not a solid bar, crossing
    several strokes along its middle."""
    fill = sum(profile[top:bottom]) / (bottom - top) / 255
    if not 0.04 <= fill <= 0.6:
        return None
    if len(_STROKE_START.findall(strip.row((top + bottom) // 2))) < 3:
        return None
    bbox = strip.bbox(top, bottom)
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
            min(height, math.ceil(line.bottom) + pad),
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
