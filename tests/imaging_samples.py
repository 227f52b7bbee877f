"""Images, documents and broken files for the imaging tests, made in memory on the spot.

Nothing here is read from disk: every fixture is built from Pillow drawing calls or from bytes
crafted by hand (a PNG chunk with its CRC, a PDF with its cross-reference table)."""

from __future__ import annotations

import hashlib
import io
import math
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw, ImageFilter, PngImagePlugin

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)
MARKER = b"PixdeskSecretMarker"  # planted in metadata; must never reach the output bytes


def encoded(image: Image.Image, fmt: str, **params) -> bytes:
    """`image` saved as `fmt`. Pillow 13 keeps encoder settings on an image object between
    saves, so each call saves a copy."""
    buffer = io.BytesIO()
    image.copy().save(buffer, fmt, **params)
    return buffer.getvalue()


def decoded(data: bytes) -> Image.Image:
    """Open and fully decode `data` (raises if it is not a complete image)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# --- content ---------------------------------------------------------------------------------


def screenshot(width: int = 1280, height: int = 800) -> Image.Image:
    """A UI-like image: flat colours, a title bar, lines of text, a framed panel."""
    shot = Image.new("RGB", (width, height), (243, 243, 243))
    draw = ImageDraw.Draw(shot)
    draw.rectangle((0, 0, width, max(8, height // 20)), fill=(43, 87, 151))
    for i in range(max(1, min(40, height // 30))):
        draw.text((20, 40 + i * 28), f"Row {i}: payment declined for order #{10400 + i}", fill=(30, 30, 30))
    draw.rectangle((width * 2 // 3, height // 4, width * 19 // 20, height // 2), outline=RED, width=3)
    return shot


def photo(width: int = 800, height: int = 600) -> Image.Image:
    """Photo-like content without numpy: sensor noise over gradients, slightly blurred (made at
    most 1024 px wide and scaled up, which keeps large ones quick and every colour distinct)."""
    scale = max(1, math.ceil(max(width, height) / 1024))
    size = (max(1, width // scale), max(1, height // scale))
    gradient = Image.linear_gradient("L").resize(size)
    image = Image.merge("RGB", (Image.effect_noise(size, 60), gradient, Image.effect_noise(size, 40)))
    image = image.filter(ImageFilter.GaussianBlur(1))
    return image if scale == 1 else image.resize((width, height), Image.Resampling.BICUBIC)


def before_and_after(size: tuple[int, int] = (640, 400), change=(300, 100, 339, 119)) -> tuple[Image.Image, ...]:
    """Two screenshots of a text list that differ only in `change` (x0, y0, x1, y1), a red box."""
    before = Image.new("RGB", size, (245, 245, 245))
    draw = ImageDraw.Draw(before)
    for row in range((size[1] - 12) // 22):
        draw.text((10, 6 + row * 22), f"Invoice line {row}: {row * 17} items, ${row * 4.25:.2f}", fill=(20, 20, 20))
    after = before.copy()
    ImageDraw.Draw(after).rectangle(change, fill=(200, 0, 0))
    return before, after


def marked(size: tuple[int, int], colour=(40, 90, 200), marker_box=(0, 0, 40, 20)) -> Image.Image:
    """A flat image with a red block in its top-left corner, to see which way up it comes out."""
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle(marker_box, fill=RED)
    return image


def close_to(actual, expected, tolerance: int = 24) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=False))


# --- metadata ----------------------------------------------------------------------------------


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = MARKER.decode()  # Make
    exif[0x0110] = "PixdeskCam 3000"  # Model
    if orientation is not None:
        exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 30.0), 3: "E", 4: (2.0, 17.0, 40.0)}  # GPS IFD
    return exif


def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def swapped_primaries_profile() -> bytes:
    """An RGB profile whose red primary is sRGB's green and vice versa: a pure red pixel tagged
    with it *means* green, so a colour-managed conversion to sRGB must turn it green."""
    profile = bytearray(srgb_profile())
    (count,) = struct.unpack_from(">I", profile, 128)
    entries = {}
    for i in range(count):
        signature, offset, size = struct.unpack_from(">4sII", profile, 132 + 12 * i)
        entries[signature] = (i, offset, size)
    (red_at, red_offset, red_size), (green_at, green_offset, green_size) = entries[b"rXYZ"], entries[b"gXYZ"]
    struct.pack_into(">4sII", profile, 132 + 12 * red_at, b"rXYZ", green_offset, green_size)
    struct.pack_into(">4sII", profile, 132 + 12 * green_at, b"gXYZ", red_offset, red_size)
    return bytes(profile)


def png_with_metadata(image: Image.Image) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER.decode())
    info.add_itxt("XML:com.adobe.xmp", f"<x:xmpmeta>{MARKER.decode()}</x:xmpmeta>")
    return encoded(image, "PNG", pnginfo=info, exif=gps_exif(), icc_profile=srgb_profile())


def jpeg_with_metadata(image: Image.Image, orientation: int | None = None) -> bytes:
    return encoded(
        image,
        "JPEG",
        quality=95,
        exif=gps_exif(orientation),
        icc_profile=srgb_profile(),
        comment=MARKER,
        xmp=b"<x:xmpmeta>" + MARKER + b"</x:xmpmeta>",
    )


def png_chunks(data: bytes) -> list[bytes]:
    """The chunk types of a PNG, in order."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack_from(">I", data, at)
        chunks.append(data[at + 4 : at + 8])
        at += 12 + length
    return chunks


def jpeg_markers(data: bytes) -> list[int]:
    """The marker codes of a JPEG's header segments, up to the start of scan."""
    assert data[:2] == b"\xff\xd8"
    markers, at = [], 2
    while at < len(data):
        assert data[at] == 0xFF, f"not a marker at {at}"
        marker = data[at + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack_from(">H", data, at + 2)
        at += 2 + length
    return markers


# --- crafted files -----------------------------------------------------------------------------


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_declaring(width: int, height: int) -> bytes:
    """A structurally valid PNG header that declares `width`×`height` RGB pixels but carries
    only a few bytes of image data: what a decompression bomb looks like before decoding."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def pdf_from_objects(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF with objects 1..n (1 must be the catalogue) and a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1)
        + trailer_extra
        + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    )
    return bytes(out)


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def encrypted_pdf() -> bytes:
    """A one-page PDF whose trailer names a Standard security handler (RC4, revision 2)."""
    objects = [
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -4 >>",
    ]
    file_id = b"<" + b"0123456789abcdef" * 2 + b">"
    return pdf_from_objects(objects, b"/Encrypt 4 0 R /ID [" + file_id + b" " + file_id + b"]")


def pdf_with_broken_last_page() -> bytes:
    """Three pages listed, the third of which is not a page object at all."""
    return pdf_from_objects(
        [
            _CATALOG,
            b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] >>",
            b"null",
        ]
    )


def pdf_pages(sizes_pt: list[tuple[int, int]], shades: list[int] | None = None) -> bytes:
    """A PDF written by Pillow, one page per size in points (72 dpi), each a flat grey."""
    shades = shades or [255] * len(sizes_pt)
    pages = [Image.new("L", size, shade) for size, shade in zip(sizes_pt, shades, strict=True)]
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=72.0)
    return buffer.getvalue()


def tiff_pages(images: list[Image.Image]) -> bytes:
    buffer = io.BytesIO()
    images[0].save(buffer, "TIFF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def animated_gif(colours=(RED, GREEN, BLUE), size=(30, 20)) -> bytes:
    frames = [Image.new("RGB", size, colour) for colour in colours]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


# --- redaction: a page with a secret that must never reach the server ----------------------------

SECRET = (255, 0, 255)  # a colour found only inside the secret's box
SECRET_BOX = (400, 600, 900, 300)  # x, y, w, h on the page
A4_300_DPI = (2480, 3508)


def save_redaction_in_a_review(history, scan: Path) -> None:
    """As a review in another conversation leaves it: SECRET_BOX saved as a redaction for the
    file's bytes (`history`: the tests' HistoryWriter)."""
    from pixdesk.domain import Mark, MarkKind

    store = history.store
    conversation = history.run_now(store.start_conversation, f"Review: {scan.name}")
    sha256 = hashlib.sha256(scan.read_bytes()).hexdigest()
    document = history.run_now(store.add_document, conversation, str(scan), scan.name, sha256, 1)
    history.run_now(store.add_mark, document, Mark(MarkKind.REDACTION, 0, SECRET_BOX))


def scan_with_secret(path, size=A4_300_DPI, secret_box=SECRET_BOX):
    """An A4 page at 300 dpi (PNG): lines of 'text', and the secret where `secret_box` says."""
    page = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(page)
    for y in range(100, size[1] - 100, 60):
        draw.line((120, y, size[0] - 120, y), fill=(30, 30, 30), width=4)
    x, y, w, h = secret_box
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=SECRET)
    page.save(path)
    return path


def secret_pixels(image: Image.Image) -> int:
    """How many pixels still look like the secret (allowing for JPEG and resampling)."""
    rgb = image.convert("RGB")
    return sum(n for n, c in rgb.getcolors(rgb.size[0] * rgb.size[1]) if c[0] > 195 and c[1] < 60 and c[2] > 195)


def slow_pdf(path, rectangles: int = 600_000):
    """One page that PDFium needs about a minute to draw at model size on a 2-core machine
    (measured: 100,000 of these rectangles take ~11 s): big overlapping filled rectangles."""
    ops = b"".join(b"%d %d 300 300 re f\n" % (i % 290, (i // 290) % 540) for i in range(rectangles))
    content = b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream"
    path.write_bytes(
        pdf_from_objects(
            [
                _CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                content,
            ]
        )
    )
    return path
