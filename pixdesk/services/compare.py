"""What changed between two screenshots, for the window and `pixdesk ask --compare`: both
images read at full resolution with their redactions burned in (what is covered never reaches
the comparison, nor the third image), lined up and compared (pixdesk.imaging.compare), and the
third image — the second greyed out, the changed pixels in magenta — made ready to send, with
the question that goes with the three.

Blocking: the window calls compare_refs in an image worker, the CLI calls prepare_comparison."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pixdesk.domain import Attachment, Box, Resolution
from pixdesk.errors import bad_input
from pixdesk.services.images import ImageRef, InMemoryImage
from pixdesk.words import Grouped, joined, translate

# Pillow and imaging are imported by the blocking functions (an image worker, the CLI): the
# window imports this module at start for its Compare button, whose first frame compares nothing.
if TYPE_CHECKING:
    from PIL import Image

    from pixdesk.imaging.compare import Comparison
    from pixdesk.imaging.prepare import Prepared
    from pixdesk.imaging.sources import Source

TEMPLATE = "What changed between the first and the second, and is anything broken?"
HIGHLIGHT_NAME = "What changed"
# What every lossy format's noise must be allowed for (see imaging.compare); PDF pages and the
# lossless formats are compared exactly.
_LOSSY_KINDS = {"jpeg", "webp", "heic"}


@dataclass(frozen=True)
class CompareResult:
    """The third image (PNG, fitted to the resolution asked for) and what it shows, in words."""

    highlight_png: bytes = field(repr=False)
    size: tuple[int, int]
    sentence: str  # for the question: what the third image is, and what was found
    changed_pixels: int
    areas: int
    offset: tuple[int, int]


def compare_refs(
    before: ImageRef,
    after: ImageRef,
    before_page: int = 0,
    after_page: int = 0,
    before_redactions: Sequence[Box] = (),
    after_redactions: Sequence[Box] = (),
    max_side: int = Resolution.MODEL.max_side,
) -> CompareResult:
    """Compare two images as the window holds them (a file or in-memory data, a page, the boxes
    burned into it). Runs in an image worker; KnownError in one plain sentence."""
    from pixdesk.imaging.compare import compare
    from pixdesk.imaging.encode import save_as

    first, first_lossy, _ = _read(before, before_page, before_redactions)
    second, second_lossy, _ = _read(after, after_page, after_redactions)
    comparison = compare(first, second, lossy=first_lossy or second_lossy)
    image = _third_image(second, comparison, max_side)
    return CompareResult(
        save_as(image, "png"),
        image.size,
        describe(comparison),
        comparison.changed_pixels,
        len(comparison.regions),
        comparison.alignment.offset,
    )


def prepare_comparison(
    before: str | Path,
    after: str | Path,
    resolution: Resolution = Resolution.MODEL,
    before_redactions: Sequence[Box] = (),
    after_redactions: Sequence[Box] = (),
) -> tuple[list[Prepared], CompareResult]:
    """For `pixdesk ask --compare`: before, after and what changed, each ready to send at
    `resolution`, from one full-resolution read of each file."""
    from pixdesk.imaging.compare import compare
    from pixdesk.imaging.encode import fit, save_as

    first, first_lossy, first_source = _read(str(before), 0, before_redactions)
    second, second_lossy, second_source = _read(str(after), 0, after_redactions)
    comparison = compare(first, second, lossy=first_lossy or second_lossy)
    third = _third_image(second, comparison, resolution.max_side)
    result = CompareResult(
        save_as(third, "png"),
        third.size,
        describe(comparison),
        comparison.changed_pixels,
        len(comparison.regions),
        comparison.alignment.offset,
    )
    prepared = [
        _prepared(fit(first, resolution.max_side), first_source, first.size),
        _prepared(fit(second, resolution.max_side), second_source, second.size),
        _prepared(third, HIGHLIGHT_NAME, second.size),
    ]
    return prepared, result


def question(asked: str | None, result: CompareResult) -> str:
    """The person's question (or the template), then what the third image is."""
    return f"{(asked or '').strip() or TEMPLATE}\n\n{result.sentence}"


def describe(comparison: Comparison) -> str:
    """What the third image shows, in words the model (and the person) can use: English in the
    question sent (an f-string of it), in the person's language in the window (a Said)."""
    changed, areas = comparison.changed_pixels, len(comparison.regions)
    # (changed ≥ 1 here, so "one" is 1 in every language pixdesk speaks; written out rather than
    # with %n so the English keeps its thousands grouped: "12,480 pixels")
    if not changed:
        found = translate("compare", "No pixel differs between the two.")
    elif changed == 1:
        found = translate("compare", "1 pixel changed, in one area.")
    elif areas == 1:
        found = translate("compare", "{pixels} pixels changed, in one area.").format(pixels=Grouped(changed))
    else:
        found = translate("compare", "{pixels} pixels changed, in {areas} areas.").format(
            pixels=Grouped(changed), areas=Grouped(areas)
        )
    sentences: list[str] = [
        translate(
            "compare",
            "The third image is the second, greyed out, with every changed pixel in magenta and each "
            "changed area boxed in purple.",
        ),
        found,
    ]
    (x, y), (left, top, w, h) = comparison.alignment.offset, comparison.alignment.overlap
    if comparison.before_size != comparison.after_size:
        bw, bh = comparison.before_size
        aw, ah = comparison.after_size
        if (w, h) == (aw, ah):
            sentences.append(
                translate(
                    "compare", "The second image ({after}) is the part of the first ({before}) at {x},{y}."
                ).format(after=f"{aw}×{ah}", before=f"{bw}×{bh}", x=x, y=y)
            )
        if comparison.alignment.repeats:  # the place is one of several: do not let the model rely on it
            sentences.append(
                translate(
                    "compare",
                    "The screen repeats itself: the second fits as well at other places, with the same changes.",
                )
            )
        else:
            sentences.append(
                translate(
                    "compare",
                    "The two images ({before} and {after}) overlap in a {area} area, the second's {left},{top} "
                    "lying on the first's {x},{y}; only that area was compared, and what lies outside it is darker.",
                ).format(
                    before=f"{bw}×{bh}", after=f"{aw}×{ah}", area=f"{w}×{h}", left=left, top=top, x=left + x, y=top + y
                )
            )
    return joined(*sentences)


def _read(ref: ImageRef, page: int, redactions: Sequence[Box]) -> tuple[Image.Image, bool, str]:
    """The page at full resolution with `redactions` burned in, whether its format is lossy, and its name."""
    from pixdesk.imaging.redact import redact
    from pixdesk.imaging.sources import open_source, open_source_bytes

    opened = open_source_bytes(ref.data, ref.name) if isinstance(ref, InMemoryImage) else open_source(ref)
    with opened as source:
        decoded = source.decode(page)
        image = redact(decoded.image, _checked(redactions, decoded.full_size, source), decoded.full_size)
        return image, source.kind in _LOSSY_KINDS, _name(source, page)


def _checked(redactions: Sequence[Box], size: tuple[int, int], source: Source) -> list[Box]:
    """A redaction that misses the image would hide nothing while the person believes it does."""
    width, height = size
    for x, y, w, h in redactions:
        if w <= 0 or h <= 0 or not (0 <= x < width and 0 <= y < height):
            raise bad_input(
                translate("compare", "An area to black out starts outside {name} ({width}×{height} pixels).").format(
                    name=source.name, width=width, height=height
                )
            )
    return list(redactions)


def _name(source: Source, page: int) -> str:
    return f"{source.name} (page {page + 1})" if source.page_count > 1 else source.name


def _third_image(after: Image.Image, comparison: Comparison, max_side: int) -> Image.Image:
    """The highlight, fitted to `max_side`. Outlines are drawn thick enough to survive the fit
    (about 2 px once fitted); a lone changed pixel may fade in it, its outline does not."""
    from pixdesk.imaging.compare import highlight
    from pixdesk.imaging.encode import fit

    scale = max(after.size) / max_side
    line = max(2, round(2 * scale))
    return fit(highlight(after, comparison, line), max_side)


def _prepared(image: Image.Image, name: str, full_size: tuple[int, int]) -> Prepared:
    from pixdesk.imaging.encode import encode
    from pixdesk.imaging.prepare import Prepared

    data, fmt, encoded = encode(image)
    attachment = Attachment(data=data, format=fmt, width=encoded.size[0], height=encoded.size[1], name=name)
    return Prepared(attachment, name, 0, full_size)
