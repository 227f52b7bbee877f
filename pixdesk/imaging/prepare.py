"""From a page to Bedrock-ready bytes: whole pages, crops at full resolution, and tiles."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from pixdesk import catalog
from pixdesk.domain import Attachment
from pixdesk.errors import Action, Kind, KnownError, bad_input
from pixdesk.imaging.encode import Resolution, encode, fit
from pixdesk.imaging.fine_print import (
    MEASURE_SIDE,
    WORK_SIDE,
    Piece,
    SmallPrint,
    fine_print_plan,
    small_print,
    text_lines,
    uniform_tiles,
    working_image,
    worth_measuring,
)
from pixdesk.imaging.redact import Box, redact, scaled_edges
from pixdesk.imaging.sources import DecodedPage, Source
from pixdesk.imaging.tokens import image_tokens
from pixdesk.words import translate

CONTEXT_SIDE = 512  # the whole page beside a region: enough to see where it is, ~1,100 tokens


@dataclass(frozen=True)
class Prepared:
    """One image ready to send, and what it came from."""

    attachment: Attachment
    source_name: str
    page_index: int
    source_size: tuple[int, int]
    box: Box | None = None
    notes: tuple[str, ...] = ()
    small_print: SmallPrint | None = None  # text the fit makes too small to read, if any

    @property
    def tokens(self) -> int:
        return image_tokens(self.attachment.width, self.attachment.height)


def _label(source: Source, index: int) -> str:
    return f"{source.name} (page {index + 1})" if source.page_count > 1 else source.name


def prepare_page(
    source: Source,
    index: int = 0,
    resolution: Resolution = Resolution.MODEL,
    redactions: Sequence[Box] = (),
    measure: bool = True,
) -> Prepared:
    """The whole page, fitted. `redactions` (full-resolution boxes) are burned in first.

    `measure`: also measure its small print (Prepared.small_print), as the CLI does before it
    sends; the window prepares without it, shows the page, and measures after (measure_page)."""
    full_size = source.page_size(index)
    redactions = _checked_redactions(redactions, full_size)
    # The small print is measured on the very decode the fit is made from (redactions burned in),
    # so measuring costs no decode of its own; only a page the fit shrinks is measured.
    measuring = measure and worth_measuring(*full_size)
    side = _measuring_side(source, full_size, resolution.max_side) if measuring else resolution.max_side
    image = redact(_decode_in(full_size, source, index, side), redactions, full_size)
    warning = None
    if measuring:
        if resolution.max_side * 2 <= WORK_SIDE:
            # One reduction for both: measured on it, and fitted from it (Lanczos from twice the
            # model's side, as reducing_gap does), not from the full decode again.
            image = working_image(image)
        warning = small_print(text_lines(image, full_size), full_size)
    prepared = _finish(fit(image, resolution.max_side, full_size), source, index, full_size, None)
    return dataclasses.replace(prepared, small_print=warning)


def measure_page(source: Source, index: int = 0, redactions: Sequence[Box] = ()) -> SmallPrint | None:
    """The page's small print that the fit to the model makes unreadable, if any — what
    prepare_page(measure=True) finds, on its own: decoded only as large as measuring needs
    (redactions burned in), nothing encoded. None for a page the fit hardly shrinks."""
    full_size = source.page_size(index)
    redactions = _checked_redactions(redactions, full_size)
    if not worth_measuring(*full_size):
        return None
    side = _measuring_side(source, full_size, Resolution.MODEL.max_side)
    image = redact(_decode_in(full_size, source, index, side), redactions, full_size)
    return small_print(text_lines(working_image(image), full_size), full_size)


def _measuring_side(source: Source, full_size: tuple[int, int], fit_side: int) -> int:
    """The `max_side` to decode a page at so that the same pixels serve the fit to `fit_side`
    and the measurement (at least MEASURE_SIDE on the long side), for no more decoding than that
    needs. What a reduced decode gives depends on the format (sources.py): a PNG (WebP, BMP,
    GIF) is reduced only while twice `max_side` remains, so the fit's side is enough; a PDF is
    rendered at `max_side`; a JPEG is drafted at 1/2, 1/4 or 1/8 while *both* its sides stay at
    least `max_side`, so asking for the long side would decode a 4:3 photo whole."""
    if fit_side >= MEASURE_SIDE:
        return fit_side
    if source.kind == "pdf":
        return MEASURE_SIDE
    if source.kind == "jpeg":
        long_side, short_side = max(full_size), min(full_size)
        factor = next((f for f in (8, 4, 2) if long_side / f >= MEASURE_SIDE), 1)
        return max(1, short_side // factor)  # Pillow then drafts at exactly 1/factor
    return fit_side


def prepare_crop(
    source: Source, index: int, box: Box, resolution: Resolution = Resolution.MODEL, redactions: Sequence[Box] = ()
) -> Prepared:
    """Cut `box` from the full-resolution page, then fit: a small area keeps every pixel."""
    full_size = source.page_size(index)
    x, y, w, h = _checked_box(box, full_size)
    page = redact(_decode_in(full_size, source, index), _checked_redactions(redactions, full_size), full_size)
    image = page.crop((x, y, x + w, y + h))
    return _finish(fit(image, resolution.max_side), source, index, full_size, (x, y, w, h))


def prepare_context(source: Source, index: int, box: Box, redactions: Sequence[Box] = ()) -> Prepared:
    """The whole page, small, with `box` outlined in red: sent beside a region so the model
    knows where on the page the region is."""
    full_size = source.page_size(index)
    page = redact(
        _decode_in(full_size, source, index, CONTEXT_SIDE), _checked_redactions(redactions, full_size), full_size
    )
    image = fit(page, CONTEXT_SIDE, full_size)
    left, top, right, bottom = scaled_edges(_checked_box(box, full_size), full_size, image.size)
    outline = (220, 0, 0, 255) if image.mode == "RGBA" else 76 if image.mode == "L" else (220, 0, 0)
    from PIL import ImageDraw  # here: it brings FreeType along, which start-up need not pay for

    ImageDraw.Draw(image).rectangle(
        (left, top, max(left, right - 1), max(top, bottom - 1)), outline=outline, width=max(2, image.size[0] // 200)
    )
    prepared = _finish(image, source, index, full_size, None)
    return Prepared(
        prepared.attachment,
        prepared.source_name,
        index,
        full_size,
        None,
        (*prepared.notes, translate("prepare", "whole page, for context")),
    )


def tile_boxes(width: int, height: int, tile: int = 1024, overlap: int = 64) -> list[Box]:
    """Overlapping boxes, each at most `tile` px a side, covering the page row by row."""

    def spans(length: int) -> list[tuple[int, int]]:
        if length <= tile:
            return [(0, length)]
        count = math.ceil((length - overlap) / (tile - overlap))
        step = (length - tile) / (count - 1)
        return [(round(i * step), tile) for i in range(count)]

    return [(x, y, w, h) for y, h in spans(height) for x, w in spans(width)]


def prepare_tiles(
    source: Source, index: int, tile: int = 1024, overlap: int = 64, redactions: Sequence[Box] = ()
) -> list[Prepared]:
    """The page split into overlapping tiles at full resolution (each within the model's view,
    so nothing is downscaled). Sum `tokens` over the result for the cost."""
    full_size = source.page_size(index)
    page = redact(_decode_in(full_size, source, index), _checked_redactions(redactions, full_size), full_size)
    return [
        _finish(page.crop((x, y, x + w, y + h)), source, index, full_size, (x, y, w, h))
        for x, y, w, h in tile_boxes(*full_size, tile, overlap)
    ]


def fine_print_boxes(
    width: int, height: int, max_tiles: int = catalog.LIMITS.images_per_request, overlap: int = 64
) -> list[Box]:
    """The most a fine-print plan can take: the whole page in overlapping tiles, each seen at as
    much detail as one request allows (what --tiles always sent before plans were measured)."""
    return [piece.box for piece in uniform_tiles(width, height, max_tiles)]


def fine_print_pieces(
    source: Source, index: int, redactions: Sequence[Box] = (), max_images: int | None = None
) -> list[Piece]:
    """The cheapest plan that keeps the page's smallest text legible (fine_print.fine_print_plan),
    measured on the page as it would be sent (redactions burned in). Blocking: decodes the page.
    `max_images`: None, the plan may take several requests; a number, it stays within one."""
    full_size = source.page_size(index)
    page = redact(
        _decode_in(full_size, source, index, WORK_SIDE), _checked_redactions(redactions, full_size), full_size
    )
    return fine_print_plan(text_lines(page, full_size), full_size, max_images=max_images)


def prepare_fine_print(
    source: Source, index: int, redactions: Sequence[Box] = (), max_images: int | None = None
) -> list[Prepared]:
    """The page's fine-print plan, ready to send: the page once at fit, then the bands that hold
    small text, each scaled only as far as that text needs — from one full-resolution decode.
    Measured as fine_print_pieces measures it (the same plan, for the same `max_images`)."""
    full_size = source.page_size(index)
    page = redact(_decode_in(full_size, source, index), _checked_redactions(redactions, full_size), full_size)
    pieces = fine_print_plan(text_lines(page, full_size), full_size, max_images=max_images)
    prepared = []
    for piece in pieces:
        x, y, w, h = piece.box
        whole = piece.box == (0, 0, *full_size)
        image = page if whole else page.crop((x, y, x + w, y + h))
        if image.size != piece.size:
            image = image.resize(piece.size, Image.Resampling.LANCZOS, reducing_gap=2.0)
        prepared.append(_finish(image, source, index, full_size, None if whole else piece.box))
    return prepared


def fine_print_tokens(width: int, height: int) -> int:
    """The most reading a page's fine print can cost, in input tokens, before the page is looked
    at (the measured plan, fine_print_pieces, costs this or less)."""
    return sum(piece.tokens for piece in uniform_tiles(width, height))


def _decode_in(full_size: tuple[int, int], source: Source, index: int, max_side: int | None = None):
    """The page's pixels, decoded only if they are in the frame `full_size` that boxes (crops,
    tiles, redactions) were measured in. A page whose decode disagrees — metadata that turns it
    only once decoded, a file changed on disk meanwhile — is refused rather than sent with a
    redaction in the wrong place."""
    decoded = source.decode(index, max_side)
    if decoded.full_size != tuple(full_size) or not _same_shape(decoded, full_size):
        raise KnownError(
            Kind.UNSUPPORTED_FILE,
            translate(
                "prepare",
                "{name} looks different each time pixdesk reads it, "
                "so it cannot be sure where the areas you marked fall.",
            ).format(name=source.name),
            Action.FIX_INPUT,
            translate("prepare", "Open and re-save the file (or take the screenshot again), then try again."),
            f"sized {tuple(full_size)}, decoded as {decoded.full_size} at {decoded.image.size}",
        )
    return decoded.image


def _same_shape(decoded: DecodedPage, full_size: tuple[int, int]) -> bool:
    """Whether the decoded pixels are `full_size` scaled alike on both axes (up to the rounding
    of a reduced decode): a box is mapped onto them by scaling, which must not stretch it."""
    (width, height), (full_width, full_height) = decoded.image.size, full_size
    expected_height = full_height * width / full_width
    return abs(height - expected_height) <= 1 + full_height / full_width


def _checked_box(box: Box, size: tuple[int, int], what: str = "crop") -> Box:
    x, y, w, h = box
    width, height = size
    if w <= 0 or h <= 0:
        if what == "redact":
            raise bad_input(translate("prepare", "The area to redact must have a width and a height."))
        raise bad_input(translate("prepare", "The area to crop must have a width and a height."))
    if x < 0 or y < 0 or x >= width or y >= height:
        if what == "redact":
            raise bad_input(
                translate("prepare", "The area to redact starts outside the image ({width}×{height} pixels).").format(
                    width=width, height=height
                )
            )
        raise bad_input(
            translate("prepare", "The area to crop starts outside the image ({width}×{height} pixels).").format(
                width=width, height=height
            )
        )
    return x, y, min(w, width - x), min(h, height - y)


def _checked_redactions(redactions: Sequence[Box], size: tuple[int, int]) -> list[Box]:
    """A redaction that misses the page would hide nothing while the person believes it does."""
    return [_checked_box(box, size, "redact") for box in redactions]


def _finish(image, source: Source, index: int, full_size: tuple[int, int], box: Box | None) -> Prepared:
    data, fmt, encoded = encode(image)
    attachment = Attachment(
        data=data, format=fmt, width=encoded.size[0], height=encoded.size[1], name=_label(source, index)
    )
    return Prepared(attachment, source.name, index, full_size, box, tuple(source.notes))
