"""Recognise an image by its bytes, never by its file name."""

from __future__ import annotations

import io

# Magic numbers of the formats Bedrock accepts, and a few it does not (to name them in errors).
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"GIF87a", 0, "gif"),
    (b"GIF89a", 0, "gif"),
    (b"WEBP", 8, "webp"),  # RIFF....WEBP
    (b"BM", 0, "bmp"),
    (b"II*\x00", 0, "tiff"),
    (b"MM\x00*", 0, "tiff"),
    (b"%PDF-", 0, "pdf"),
    (b"ftypheic", 4, "heic"),
    (b"ftypheix", 4, "heic"),
    (b"ftypmif1", 4, "heic"),
    (b"<svg", 0, "svg"),
)


def sniff_format(data: bytes) -> str | None:
    """The format named by the file's first bytes, or None when it is none we know."""
    for magic, offset, name in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if name == "webp" and not data.startswith(b"RIFF"):
                continue
            return name
    head = data[:256].lstrip().lower()
    if head.startswith(b"<?xml") and b"<svg" in head:
        return "svg"
    return None


def image_dimensions(data: bytes) -> tuple[int, int] | None:
    """(width, height) read from the header only (no pixels decoded), or None if unreadable."""
    from PIL import Image, UnidentifiedImageError  # (here: sniff_format alone needs no Pillow)

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
