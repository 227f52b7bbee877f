"""The front door for images: a file or some bytes in, Bedrock-ready attachments out.

Used by `pixdesk ask` and the window alike."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from pixdesk.domain import Attachment
from pixdesk.errors import bad_input
from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.prepare import Box, Prepared, prepare_crop, prepare_fine_print, prepare_page
from pixdesk.imaging.sources import open_source, open_source_bytes
from pixdesk.words import translate

_log = logging.getLogger(__name__)


def parse_pages(spec: str | None, page_count: int) -> list[int]:
    """ "1-3,5" → [0, 1, 2, 4]; "all" → every page; None → the first page."""
    if spec is None:
        return [0]
    if spec.strip().lower() == "all":
        return list(range(page_count))
    pages: list[int] = []
    for part in spec.split(","):
        match = re.fullmatch(r"\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?", part)
        if not match:
            raise bad_input(
                translate("intake", "“{pages}” is not a page list.").format(pages=spec),
                translate("intake", "Write pages like 1-3,5 or all."),
            )
        first, last = int(match[1]), int(match[2] or match[1])
        if first < 1 or last < first:
            raise bad_input(
                translate("intake", "“{pages}” is not a page range.").format(pages=part.strip()),
                translate("intake", "Pages are numbered from 1."),
            )
        if last > page_count:
            raise bad_input(
                translate("intake", "There is no page {page}: the document has {count}.").format(
                    page=last, count=page_count
                )
            )
        pages.extend(range(first - 1, last))
    return list(dict.fromkeys(pages))  # keep order, drop repeats


def parse_box(spec: str) -> Box:
    """ "x,y,w,h" in source pixels."""
    parts = [p.strip() for p in spec.split(",")]
    if len(parts) != 4 or not all(p.isdecimal() and len(p) <= 6 for p in parts):
        raise bad_input(
            translate("intake", "“{area}” is not an area.").format(area=spec),
            translate("intake", "Write it as x,y,width,height in pixels, e.g. 100,200,640,480."),
        )
    x, y, w, h = (int(p) for p in parts)
    return x, y, w, h


def prepare_file(
    path: str | Path,
    pages: str | None = None,
    crop: Box | None = None,
    resolution: Resolution = Resolution.MODEL,
    redactions: Sequence[Box] = (),
    tiles: bool = False,
) -> list[Prepared]:
    """The selected pages of a file, ready to send: whole, cropped, or as fine-print tiles; with
    `redactions` (in each page's own pixels) burned in."""
    with open_source(path) as source:
        _log.debug("preparing %s (%d page(s))", source.name, source.page_count)
        # A page list is about documents; a plain image beside them is sent whole.
        indices = parse_pages(pages, source.page_count) if source.page_count > 1 else [0]
        if tiles:
            return [tile for index in indices for tile in prepare_fine_print(source, index, redactions)]
        if crop is not None:
            return [prepare_crop(source, index, crop, resolution, redactions) for index in indices]
        return [prepare_page(source, index, resolution, redactions) for index in indices]


def attachment_from_file(path: str | Path, resolution: Resolution = Resolution.MODEL) -> Attachment:
    """The first page of a file, ready to send."""
    return prepare_file(path, resolution=resolution)[0].attachment


def attachment_from_bytes(
    data: bytes, name: str = "pasted image", resolution: Resolution = Resolution.MODEL
) -> Attachment:
    with open_source_bytes(data, name) as source:
        return prepare_page(source, 0, resolution).attachment
