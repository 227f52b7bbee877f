"""From a page to Bedrock-ready bytes: whole pages, crops at full resolution, and tiles."""

from __future__ import annotations

import math
from dataclasses import dataclass

from pixdesk.domain import Attachment
from pixdesk.errors import bad_input
from pixdesk.imaging.encode import Resolution, encode, fit
from pixdesk.imaging.sources import Source
from pixdesk.imaging.tokens import image_tokens

Box = tuple[int, int, int, int]  # x, y, width, height in full-resolution source pixels


@dataclass(frozen=True)
class Prepared:
    """One image ready to send, and what it came from."""

    attachment: Attachment
    source_name: str
    page_index: int
    source_size: tuple[int, int]
    box: Box | None = None
    notes: tuple[str, ...] = ()

    @property
    def tokens(self) -> int:
        return image_tokens(self.attachment.width, self.attachment.height)


def _label(source: Source, index: int) -> str:
    return f"{source.name} (page {index + 1})" if source.page_count > 1 else source.name


def prepare_page(source: Source, index: int = 0, resolution: Resolution = Resolution.MODEL) -> Prepared:
    image = source.page(index, max_side=resolution.max_side)
    full_size = source.page_size(index)
    return _finish(fit(image, resolution.max_side), source, index, full_size, None)


def prepare_crop(source: Source, index: int, box: Box, resolution: Resolution = Resolution.MODEL) -> Prepared:
    """Cut `box` from the full-resolution page, then fit: a small area keeps every pixel."""
    full_size = source.page_size(index)
    x, y, w, h = _checked_box(box, full_size)
    image = source.page(index).crop((x, y, x + w, y + h))
    return _finish(fit(image, resolution.max_side), source, index, full_size, (x, y, w, h))


def tile_boxes(width: int, height: int, tile: int = 1024, overlap: int = 64) -> list[Box]:
    """Overlapping boxes, each at most `tile` px a side, covering the page row by row."""
    def spans(length: int) -> list[tuple[int, int]]:
        if length <= tile:
            return [(0, length)]
        count = math.ceil((length - overlap) / (tile - overlap))
        step = (length - tile) / (count - 1)
        return [(round(i * step), tile) for i in range(count)]

    return [(x, y, w, h) for y, h in spans(height) for x, w in spans(width)]


def prepare_tiles(source: Source, index: int, tile: int = 1024, overlap: int = 64) -> list[Prepared]:
    """The page split into overlapping tiles at full resolution (each within the model's view,
    so nothing is downscaled). Sum `tokens` over the result for the cost."""
    full_size = source.page_size(index)
    page = source.page(index)
    return [_finish(page.crop((x, y, x + w, y + h)), source, index, full_size, (x, y, w, h))
            for x, y, w, h in tile_boxes(*full_size, tile, overlap)]


def _checked_box(box: Box, size: tuple[int, int]) -> Box:
    x, y, w, h = box
    width, height = size
    if w <= 0 or h <= 0:
        raise bad_input("The area to crop must have a width and a height.")
    if x < 0 or y < 0 or x >= width or y >= height:
        raise bad_input(f"The area to crop starts outside the image ({width}×{height} pixels).")
    return x, y, min(w, width - x), min(h, height - y)


def _finish(image, source: Source, index: int, full_size: tuple[int, int], box: Box | None) -> Prepared:
    data, fmt, encoded = encode(image)
    attachment = Attachment(data=data, format=fmt, width=encoded.size[0], height=encoded.size[1],
                            name=_label(source, index))
    return Prepared(attachment, source.name, index, full_size, box, tuple(source.notes))
