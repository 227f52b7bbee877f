"""What changed between two screenshots: line them up, find the pixels that differ, and draw a
third image that shows them.

Pillow only. Everything works on whole images with Pillow's C loops (ImageChops, ImageStat,
reduce); Python only walks small grids (the alignment's coarse offsets, the 8-px cells that
group changed pixels into areas).

Alignment: two images of the same size are compared pixel for pixel, as they are. Two of
different sizes (one a crop, or a scrolled view, of the other) are lined up by the offset whose
overlap differs least, searched coarse to fine on grey downscaled copies: every offset on a copy
at most COARSE_SIDE px a side, then every guess nearly as good as the best (at most MAX_PLACES)
refined on its own (±3 px, then ±2) at each doubling of detail up to full resolution. That
bounds the work (a few thousand small comparisons, then ~50 per guess and level; ~0.5 s).

Confidence: at full resolution, the places left are judged by the pixels each leaves
unexplained. On a screen that repeats itself (the same row every 22 px), several places fit; if
another comes within REPEAT_MARGIN of the best and would show different changed pixels, pixdesk
says it cannot tell rather than compare at a guess. If they all show the same changes, it does
not matter which: the best is used, and Alignment.repeats says so. Known limit: a change that
removes the only thing that sets the place apart (more than REPEAT_MARGIN of the image) leaves
a crop that fits better elsewhere, where "nothing changed" — no comparison can see that.

What counts as changed (the threshold): when both images are lossless (PNG, BMP, GIF, TIFF, a
PDF page), any difference in any channel — exactly the pixels that differ. When either is lossy
(JPEG, WebP, HEIC), its compression noise must not light up every edge: measured on a UI
screenshot saved as JPEG at quality 60–95, no pixel's brightness moved by more than 30 at quality
≥ 85 (49 at 75, where 0.003 % moved more than 40), and colour (Cb/Cr) by at most 63 at quality
≥ 75 (73 at 60). So lossy pairs count a pixel as changed when its brightness differs by more
than LOSSY_LUMA (40) or its colour by more than LOSSY_CHROMA (72), and drop lone specks of fewer
than LOSSY_MIN_PIXELS changed pixels. A subtler change in a JPEG (a grey a shade darker) is not
shown: the price of not crying wolf on every anti-aliased letter.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from pixdesk.errors import KnownError, bad_input
from pixdesk.words import translate

Box = tuple[int, int, int, int]  # x, y, width, height

COARSE_SIDE = 128  # the coarse search's copies are at most this many pixels a side
MIN_OVERLAP = 0.4  # of the smaller image's width and height: less is not "the same screen"
MIN_SIDE = 8  # smaller than this in either direction: nothing to line up
MAX_PLACES = 64  # coarse guesses refined at most (a repeating screen offers hundreds that look alike)
ALIGN_BUDGET_S = 30.0  # the search gives up (with a sentence) rather than run on (it takes ~1 s)
REFINE = 3  # the first refinement searches ±3 px around each coarse offset, doubled; later ones ±2
MISMATCH_LIMIT = 0.5  # lined up, yet more than half the overlap differs: not the same screen
# A second place must leave at least this share of the smaller image more unexplained than the
# best one, or the two are too close to call (unless they show the same changes).
REPEAT_MARGIN = 0.01
LEFT_OUT_WEIGHT = 0.25  # a pixel left out of the overlap counts a quarter of one that differs

LOSSY_LUMA = 40
LOSSY_CHROMA = 72
LOSSY_MIN_PIXELS = 3
CELL = 8  # changed pixels within a cell or two of each other make one area

CHANGED = (255, 0, 255)  # magenta: rare in screenshots, strong on the greyed-out image
BOX = (120, 0, 140)  # the outline around each area: darker, so the changed pixels stay the only magenta


@dataclass(frozen=True)
class Alignment:
    """Where AFTER sits on BEFORE: its top-left corner at `offset` in BEFORE's pixels (negative
    when AFTER starts beyond BEFORE's edge), and the part of AFTER that both images show."""

    offset: tuple[int, int]
    overlap: Box  # in AFTER's pixels
    # The screen repeats itself: AFTER fits as well at other places, where the changes are the same.
    repeats: bool = False

    @property
    def direct(self) -> bool:
        return self.offset == (0, 0)


@dataclass(frozen=True)
class Region:
    box: Box  # in AFTER's pixels: the changed pixels' bounding box
    pixels: int


@dataclass(frozen=True)
class Comparison:
    alignment: Alignment
    mask: Image.Image  # mode "L", AFTER's size: 255 where a pixel changed, 0 elsewhere
    changed_pixels: int
    compared_pixels: int
    regions: tuple[Region, ...]
    after_size: tuple[int, int]
    before_size: tuple[int, int]


def compare(
    before: Image.Image, after: Image.Image, lossy: bool = False, budget_s: float = ALIGN_BUDGET_S
) -> Comparison:
    """Line the two up, and find what changed. KnownError (one plain sentence) when they cannot
    be lined up."""
    before, after = _rgb(before), _rgb(after)
    alignment = align(before, after, budget_s, lossy)
    mask = changed_mask(before, after, alignment, lossy)
    regions = find_regions(mask, LOSSY_MIN_PIXELS if lossy else 1)
    if lossy:  # the specks left out of every area are noise: out of the mask too
        mask = _only(mask, regions)
    _, _, w, h = alignment.overlap
    if before.size != after.size and _share(mask, alignment) > MISMATCH_LIMIT:
        raise _cannot_align()
    return Comparison(alignment, mask, _count(mask), w * h, tuple(regions), after.size, before.size)


# --- lining up -----------------------------------------------------------------------------------


def align(before: Image.Image, after: Image.Image, budget_s: float = ALIGN_BUDGET_S, lossy: bool = False) -> Alignment:
    """Where AFTER sits on BEFORE, or KnownError (one plain sentence) when it cannot be told: no
    place fits, or the screen repeats itself so that two places fit about as well and would show
    different changes."""
    if before.size == after.size:
        return Alignment((0, 0), (0, 0, *after.size))
    if min(*before.size, *after.size) < MIN_SIDE:
        raise _cannot_align()
    deadline = time.monotonic() + budget_s
    places = _places(before.convert("L"), after.convert("L"), deadline)
    return _decide(before, after, places, lossy)


def _places(before: Image.Image, after: Image.Image, deadline: float) -> list[tuple[int, int]]:
    """Every place (full-resolution offset) where AFTER fits about as well as the best one, found
    coarse to fine on grey copies. Each coarse guess is refined on its own (a track): nearby
    guesses in a blank area once crowded out a different, right one. Tracks that land on the
    same offset become one."""
    factor = 1
    while max(*before.size, *after.size) / factor > COARSE_SIDE:
        factor *= 2
    level_before, level_after = _reduced(before, factor), _reduced(after, factor)
    scored = [
        (_score(level_before, level_after, offset), offset)
        for offset in _offsets(level_before.size, level_after.size, deadline)
    ]
    if not scored:
        raise _cannot_align()
    tracks = _apart(_good_enough(sorted(scored)), MAX_PLACES)
    radius = REFINE
    while factor > 1:
        factor //= 2
        level_before, level_after = _reduced(before, factor), _reduced(after, factor)
        refined: dict[tuple[int, int], float] = {}
        for x, y in tracks:
            tried = _around(level_before, level_after, (2 * x, 2 * y), radius, deadline)
            if tried:
                score, offset = min(tried)
                refined[offset] = min(score, refined.get(offset, math.inf))
        if not refined:
            raise _cannot_align()
        # Every track nearly as good as the best goes on: a screen's repeated rows look alike until
        # the text in them can be told apart, and a shrunken copy favours offsets on its pixel grid.
        tracks = _apart(_good_enough(sorted((score, offset) for offset, score in refined.items())), MAX_PLACES)
        radius = 2  # this level's offsets are within a pixel of the truth: ±2 px at the next
    return tracks


def _good_enough(ranked: list[tuple[float, tuple[int, int]]]) -> list[tuple[float, tuple[int, int]]]:
    """The scores close enough to the best (ranked first) to be another place the image fits."""
    limit = ranked[0][0] * 2 + 2.0 if ranked else 0.0
    return [pair for pair in ranked if pair[0] <= limit]


def _decide(before: Image.Image, after: Image.Image, places: Sequence[tuple[int, int]], lossy: bool) -> Alignment:
    """The place that leaves the fewest pixels unexplained, at full resolution and in colour, if no
    other place comes close (within REPEAT_MARGIN). A place that comes close and shows the same
    changes (a truly periodic screen) does not matter: the comparison is the same, and the best
    place is kept. One that shows other changes does: rather than compare at a guess, say so."""
    smaller = min(before.size[0] * before.size[1], after.size[0] * after.size[1])
    judged = sorted((_unexplained(before, after, offset, lossy, smaller), offset) for offset in places)
    best_left, best = judged[0]
    chosen = Alignment(best, _overlap_in_after(before.size, after.size, best))
    best_mask: Image.Image | None = None
    repeats = False
    for left, offset in judged[1:]:
        if left - best_left >= REPEAT_MARGIN * smaller:
            break  # sorted: every later place is clearly worse too
        other = Alignment(offset, _overlap_in_after(before.size, after.size, offset))
        best_mask = best_mask or changed_mask(before, after, chosen, lossy)
        if ImageChops.difference(best_mask, changed_mask(before, after, other, lossy)).getbbox() is not None:
            raise _repeats()
        repeats = True
    return Alignment(best, chosen.overlap, repeats)


def _unexplained(before: Image.Image, after: Image.Image, offset: tuple[int, int], lossy: bool, smaller: int) -> float:
    """The pixels AFTER at `offset` leaves unexplained: those that differ from BEFORE, and a
    quarter for each pixel of the smaller image left out of the overlap (a blank strip at the
    edge matches anything, yet a place that shows more of the smaller image is the likelier)."""
    overlap = _overlap_in_after(before.size, after.size, offset)
    differing = _count(changed_mask(before, after, Alignment(offset, overlap), lossy))
    return differing + LEFT_OUT_WEIGHT * (smaller - overlap[2] * overlap[3])


def _apart(scored: list[tuple[float, tuple[int, int]]], count: int) -> list[tuple[int, int]]:
    """The best `count` offsets, none next to a better one: neighbours of the best are the same
    guess. (The truth is then at most 1 coarse pixel from a chosen offset: 3 at the next level,
    within REFINE.)"""
    chosen: list[tuple[int, int]] = []
    for _, (x, y) in scored:
        if all(abs(x - cx) > 1 or abs(y - cy) > 1 for cx, cy in chosen):
            chosen.append((x, y))
            if len(chosen) == count:
                break
    return chosen


def _reduced(image: Image.Image, factor: int) -> Image.Image:
    """`image` shrunk `factor` times, then softened: a shrunken copy compares best at offsets
    that fall on its pixel grid (measured: a one-row-off scroll scored 3× better than the true,
    off-grid offset); blurred by 1.5 px, the true offset scores best again."""
    if factor == 1:
        return image
    return image.reduce(factor).filter(ImageFilter.GaussianBlur(1.5))


def _offsets(before_size: tuple[int, int], after_size: tuple[int, int], deadline: float) -> list[tuple[int, int]]:
    """Every offset whose overlap covers at least MIN_OVERLAP of the smaller width and height."""
    (bw, bh), (aw, ah) = before_size, after_size
    need_w = max(1, math.ceil(MIN_OVERLAP * min(bw, aw)))
    need_h = max(1, math.ceil(MIN_OVERLAP * min(bh, ah)))
    xs = range(need_w - aw, bw - need_w + 1)
    ys = range(need_h - ah, bh - need_h + 1)
    if time.monotonic() > deadline:
        raise _too_slow()
    return [(x, y) for y in ys for x in xs]


def _around(
    before: Image.Image, after: Image.Image, centre: tuple[int, int], radius: int, deadline: float
) -> list[tuple[float, tuple[int, int]]]:
    """Every offset within `radius` of `centre`, scored."""
    cx, cy = centre
    scored = []
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            offset = (cx + dx, cy + dy)
            if _large_enough(before.size, after.size, offset):
                scored.append((_score(before, after, offset), offset))
        if time.monotonic() > deadline:
            raise _too_slow()
    return scored


def _large_enough(before_size: tuple[int, int], after_size: tuple[int, int], offset: tuple[int, int]) -> bool:
    """The overlap covers at least MIN_OVERLAP of the smaller width and height (refining must not
    walk a guess out of the range the coarse search covered)."""
    _, _, w, h = _overlap_in_after(before_size, after_size, offset)
    return w >= max(1, math.ceil(MIN_OVERLAP * min(before_size[0], after_size[0]))) and h >= max(
        1, math.ceil(MIN_OVERLAP * min(before_size[1], after_size[1]))
    )


def _overlap_in_after(before_size: tuple[int, int], after_size: tuple[int, int], offset: tuple[int, int]) -> Box:
    (bw, bh), (aw, ah), (x, y) = before_size, after_size, offset
    left, top = max(0, -x), max(0, -y)
    right, bottom = min(aw, bw - x), min(ah, bh - y)
    return left, top, max(0, right - left), max(0, bottom - top)


def _score(before: Image.Image, after: Image.Image, offset: tuple[int, int]) -> float:
    """How badly AFTER at `offset` matches BEFORE: the mean grey difference over their overlap,
    plus a little for each share of the smaller image left out (of two equally good fits, the
    larger overlap is the likelier — a blank area matches anywhere)."""
    left, top, w, h = _overlap_in_after(before.size, after.size, offset)
    if w == 0 or h == 0:
        return math.inf
    x, y = offset
    a = after.crop((left, top, left + w, top + h))
    b = before.crop((left + x, top + y, left + x + w, top + y + h))
    smaller = min(before.size[0] * before.size[1], after.size[0] * after.size[1])
    mean: float = ImageStat.Stat(ImageChops.difference(a, b)).mean[0]
    return mean + 4.0 * (1 - w * h / smaller)


# --- what changed -----------------------------------------------------------------------------


def changed_mask(before: Image.Image, after: Image.Image, alignment: Alignment, lossy: bool) -> Image.Image:
    """255 where AFTER differs from BEFORE (within their overlap), in AFTER's frame."""
    left, top, w, h = alignment.overlap
    x, y = alignment.offset
    mask = Image.new("L", after.size, 0)
    if w == 0 or h == 0:
        return mask
    a = _rgb(after).crop((left, top, left + w, top + h))
    b = _rgb(before).crop((left + x, top + y, left + x + w, top + y + h))
    if lossy:
        luma, cb, cr = ImageChops.difference(a.convert("YCbCr"), b.convert("YCbCr")).split()
        changed = ImageChops.lighter(
            luma.point(lambda v: 255 if v > LOSSY_LUMA else 0),
            ImageChops.lighter(cb, cr).point(lambda v: 255 if v > LOSSY_CHROMA else 0),
        )
    else:
        red, green, blue = ImageChops.difference(a, b).split()
        changed = ImageChops.lighter(red, ImageChops.lighter(green, blue)).point(lambda v: 255 if v else 0)
    mask.paste(changed, (left, top))
    return mask


def find_regions(mask: Image.Image, min_pixels: int = 1) -> list[Region]:
    """The changed areas: changed pixels grouped by CELL-px cells that touch (also diagonally),
    each with its exact bounding box; largest first. Areas of fewer than `min_pixels` are left out."""
    columns, rows = math.ceil(mask.size[0] / CELL), math.ceil(mask.size[1] / CELL)
    # A cell holding any changed pixel has a non-zero box average (reduce pads the last row and column).
    occupied = bytearray(_cells(mask).tobytes())  # one byte a cell, row by row
    regions: list[Region] = []
    for start in range(columns * rows):
        if not occupied[start]:
            continue
        occupied[start] = 0
        queue, left, top, right, bottom = deque([start]), columns, rows, -1, -1
        while queue:
            cell = queue.popleft()
            cx, cy = cell % columns, cell // columns
            left, top, right, bottom = min(left, cx), min(top, cy), max(right, cx), max(bottom, cy)
            for ny in range(max(0, cy - 1), min(rows, cy + 2)):
                for nx in range(max(0, cx - 1), min(columns, cx + 2)):
                    neighbour = ny * columns + nx
                    if occupied[neighbour]:
                        occupied[neighbour] = 0
                        queue.append(neighbour)
        area = mask.crop((left * CELL, top * CELL, (right + 1) * CELL, (bottom + 1) * CELL))
        inner = area.getbbox()
        pixels = _count(area)
        if inner is None or pixels < min_pixels:
            continue
        x0, y0, x1, y1 = inner
        regions.append(Region((left * CELL + x0, top * CELL + y0, x1 - x0, y1 - y0), pixels))
    return sorted(regions, key=lambda region: -region.pixels)


def _cells(mask: Image.Image) -> Image.Image:
    return (
        mask.reduce(CELL)
        if min(mask.size) >= CELL
        else mask.resize((math.ceil(mask.size[0] / CELL), math.ceil(mask.size[1] / CELL)), Image.Resampling.BOX)
    )


def _only(mask: Image.Image, regions: Sequence[Region]) -> Image.Image:
    kept = Image.new("L", mask.size, 0)
    for region in regions:
        x, y, w, h = region.box
        kept.paste(mask.crop((x, y, x + w, y + h)), (x, y))
    return kept


def _count(mask: Image.Image) -> int:
    return mask.histogram()[255]


def _share(mask: Image.Image, alignment: Alignment) -> float:
    _, _, w, h = alignment.overlap
    return _count(mask) / max(1, w * h)


# --- the third image --------------------------------------------------------------------------


def highlight(after: Image.Image, comparison: Comparison, line: int = 2) -> Image.Image:
    """AFTER greyed out, each changed area outlined (`line` px, just outside it) and every changed
    pixel in magenta on top. What the first image does not show is darker still."""
    grey = _rgb(after).convert("L")
    image = Image.merge("RGB", [grey.point(lambda v: 110 + v * 45 // 100)] * 3)
    left, top, w, h = comparison.alignment.overlap
    if (w, h) != after.size:  # only in AFTER: darker, so the compared part stands out
        outside = Image.merge("RGB", [grey.point(lambda v: 30 + v * 25 // 100)] * 3)
        outside.paste(image.crop((left, top, left + w, top + h)), (left, top))
        image = outside
    draw = ImageDraw.Draw(image)
    for region in comparison.regions:
        x, y, rw, rh = region.box
        # One pixel of air between the outline (drawn inwards from these edges) and the change.
        draw.rectangle((x - 1 - line, y - 1 - line, x + rw + line, y + rh + line), outline=BOX, width=line)
    image.paste(CHANGED, (0, 0, *image.size), comparison.mask)
    return image


def _rgb(image: Image.Image) -> Image.Image:
    """Opaque RGB: what has transparency is seen on white, as a viewer shows it."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def _cannot_align() -> KnownError:
    return bad_input(
        translate(
            "compare",
            "These two images do not show the same screen: pixdesk could not find where one fits on the other.",
        ),
        translate(
            "compare", "Choose two screenshots of the same screen — the second may be a part of the first, or scrolled."
        ),
    )


def _repeats() -> KnownError:
    return bad_input(
        translate(
            "compare",
            "pixdesk could not tell where the second screenshot sits in the first — the screen repeats itself.",
        ),
        translate("compare", "Crop them to the same area, or compare two full screenshots of the same size."),
    )


def _too_slow() -> KnownError:
    return bad_input(
        translate("compare", "pixdesk could not line up these two images in reasonable time."),
        translate(
            "compare", "Crop both screenshots to the same area, or take them at the same size, then compare again."
        ),
    )
