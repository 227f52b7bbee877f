"""Redaction: black boxes burned into the pixels before anything is cropped, fitted or encoded,
so what they cover never leaves the machine. The file on disk is never touched.

Boxes are in the source's full-resolution pixels. A page decoded smaller (JPEG draft, a PDF drawn
at a lower scale) gets each box scaled and rounded *outward*: a redaction may cover a pixel more,
never a pixel less."""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Sequence

from PIL import Image

from pixdesk.domain import Attachment
from pixdesk.domain import Box as Box  # x, y, width, height in full-resolution source pixels
from pixdesk.imaging.encode import save_as


def scaled_edges(box: Box, full_size: tuple[int, int], image_size: tuple[int, int]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom), exclusive, of `box` on an image of `image_size`, rounded outward."""
    x, y, w, h = box
    sx, sy = image_size[0] / full_size[0], image_size[1] / full_size[1]
    left, top = max(0, math.floor(x * sx)), max(0, math.floor(y * sy))
    right = min(image_size[0], math.ceil((x + w) * sx))
    bottom = min(image_size[1], math.ceil((y + h) * sy))
    return left, top, right, bottom


def redact(image: Image.Image, boxes: Sequence[Box], full_size: tuple[int, int]) -> Image.Image:
    """`image` (the page, possibly decoded smaller than `full_size`) with every box filled black.
    Draws on `image` itself: callers pass a page decoded for them alone."""
    if not boxes:
        return image
    from PIL import ImageDraw  # here: it brings FreeType along, which start-up need not pay for

    draw = ImageDraw.Draw(image)
    black = (0, 0, 0, 255) if image.mode == "RGBA" else 0 if image.mode in ("L", "1") else (0, 0, 0)
    for box in boxes:
        left, top, right, bottom = scaled_edges(box, full_size, image.size)
        if right > left and bottom > top:
            draw.rectangle((left, top, right - 1, bottom - 1), fill=black)
    return image


def redact_attachment(attachment: Attachment, redactions: Sequence[Box]) -> Attachment:
    """`attachment` with the redactions that fall on its placement burned in — those not burned
    in already. The same attachment (same bytes) when there is nothing new to hide; without a
    placement, nothing can be mapped and it is returned as it is."""
    placement = attachment.placement
    if placement is None:
        return attachment
    px, py, pw, ph = placement.box
    local = []
    for box in redactions:
        if tuple(box) in placement.redacted:
            continue
        x, y, w, h = box
        left, top, right, bottom = max(x, px), max(y, py), min(x + w, px + pw), min(y + h, py + ph)
        if right > left and bottom > top:
            local.append((left - px, top - py, right - left, bottom - top))
    if not local:
        return attachment
    with Image.open(io.BytesIO(attachment.data)) as image:
        image.load()
        pixels = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
    redact(pixels, local, (pw, ph))
    fmt = attachment.format if attachment.format in ("png", "jpeg") else "png"
    done: tuple[Box, ...] = tuple(dict.fromkeys((*placement.redacted, *((x, y, w, h) for x, y, w, h in redactions))))
    return dataclasses.replace(
        attachment, data=save_as(pixels, fmt), format=fmt, placement=dataclasses.replace(placement, redacted=done)
    )
