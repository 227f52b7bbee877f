"""Fit an image to the model and encode it so that it is legible, small, and metadata-free.

The encoding rule, from measurements on screenshots and photos at 1024 px: count the distinct
colours in a 256-px nearest-neighbour sample. Screenshots, scans of text and diagrams have few
(a UI screenshot: ~200 in 49,000 pixels) → PNG: lossless, sharp edges, and *smaller* than JPEG
for flat colour. Photos have many (~39,000 in 49,000) → JPEG quality 90: 7× smaller than PNG
with no visible loss. PNG uses zlib level 1: as small as level 6 on UI content, 2× faster.
"""

from __future__ import annotations

import io

from PIL import Image

from pixdesk import catalog
from pixdesk.domain import Resolution as Resolution  # (declared in domain: the window needs it before Pillow)

_SAMPLE_SIDE = 256
_SYNTHETIC_COLOUR_SHARE = 8  # ≤ 1 distinct colour per 8 sampled pixels → synthetic content
_JPEG_QUALITY = 90


def fitted_size(width: int, height: int, max_side: int) -> tuple[int, int]:
    scale = min(1.0, max_side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def fit(image: Image.Image, max_side: int, full_size: tuple[int, int] | None = None) -> Image.Image:
    """`image` inside `max_side`. `full_size`: the page's real size when `image` was decoded
    reduced (draft): the result is the size the whole page fitted would be, not a rounding of it."""
    size = fitted_size(*(full_size or image.size), max_side)
    if size == image.size:
        return image
    # reducing_gap=2: box-filter down by an integer factor while at least 2× the target remains,
    # then Lanczos the rest. Text stays crisp, and a 4096 px screenshot resizes 4× faster.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def looks_synthetic(image: Image.Image) -> bool:
    sample = image
    if max(image.size) > _SAMPLE_SIDE:
        # Nearest-neighbour sampling keeps only colours that exist; filtering would invent blends.
        sample = image.resize(fitted_size(*image.size, _SAMPLE_SIDE), Image.Resampling.NEAREST)
    pixels = sample.size[0] * sample.size[1]
    return sample.getcolors(maxcolors=max(256, pixels // _SYNTHETIC_COLOUR_SHARE)) is not None


def encode(image: Image.Image, byte_limit: int = catalog.LIMITS.image_bytes) -> tuple[bytes, str, Image.Image]:
    """(bytes, format, the image as encoded). Shrinks quality, then size, to stay under the limit."""
    image.info = {}  # belt and braces: nothing from the source may be written out
    if looks_synthetic(image):
        data = _save(image, "png")
        if len(data) <= byte_limit:
            return data, "png", image
    quality = _JPEG_QUALITY
    while True:
        data = _save(image, "jpeg", quality)
        if len(data) <= byte_limit:
            return data, "jpeg", image
        if quality > 60:
            quality -= 10
        elif max(image.size) <= 1:  # cannot shrink further: the limit is below any JPEG's size
            raise ValueError(f"no JPEG fits in {byte_limit} bytes")
        else:
            image = image.resize(fitted_size(*image.size, int(max(image.size) * 0.8)), Image.Resampling.LANCZOS)


def save_as(image: Image.Image, fmt: str) -> bytes:
    """Encode in a given format (png or jpeg), as `encode` would."""
    return _save(image, fmt)


def _save(image: Image.Image, fmt: str, quality: int = _JPEG_QUALITY) -> bytes:
    buffer = io.BytesIO()
    if fmt == "png":
        image.save(buffer, "PNG", compress_level=1)
    else:
        if image.mode == "RGBA":  # JPEG has no alpha: flatten onto white, as paper would be
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        image.save(buffer, "JPEG", quality=quality, optimize=False)
    return buffer.getvalue()
