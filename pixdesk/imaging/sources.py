"""Open what people drop — images of any common kind, multi-page TIFFs, HEIC photos, PDFs —
as a list of pages that are decoded only when asked for.

A 300-page PDF costs nothing until a page or a thumbnail is wanted; a page is rendered, used
and let go. Every failure becomes a KnownError with a plain sentence."""

from __future__ import annotations

import io
import math
import os
import struct
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageOps, UnidentifiedImageError

from pixdesk.errors import Action, Kind, KnownError
from pixdesk.files import open_regular
from pixdesk.imaging.formats import sniff_format
from pixdesk.imaging.normalize import normalise
from pixdesk.words import Grouped, translate

if TYPE_CHECKING:
    import pypdfium2
# We check declared sizes ourselves, before decoding (see _check_pixels), with our own bound.
Image.MAX_IMAGE_PIXELS = None

MAX_SOURCE_PIXELS = 64_000_000  # ≈ 8000×8000: bounds a decoded page to ≤ 256 MB (RGBA)
MAX_RASTER_FILE_BYTES = 256 * 1024 * 1024
PDF_DPI = 200  # sharp enough to read 8-pt print, and an A4 page is 1654×2339 px
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe
_ORIENTATION = 0x0112  # EXIF tag
_QUARTER_TURNS = {5, 6, 7, 8}  # orientations that swap width and height
# Single-frame formats whose Pillow loaders close the file once the pixels are in memory.
_RELEASES_FILE_AFTER_LOAD = {"PNG", "JPEG", "BMP"}
# What Pillow's parsers raise on damaged data: besides OSError and friends, a truncated GIF frame
# header ends in IndexError or struct.error, and broken tags in KeyError or TypeError.
_DAMAGED = (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError, struct.error)


def _pdfium() -> Any:
    """pypdfium2, loaded with the first PDF (loading the library slows the window's start)."""
    import pypdfium2

    return pypdfium2


def _read_heic() -> None:
    """Teach Pillow HEIC, with the first HEIC file (not at start-up). Registering twice is harmless."""
    import pi_heif

    pi_heif.register_heif_opener()  # decode only: pi-heif leaves out pillow-heif's 23 MB HEVC encoder


def _unreadable(message: str, hint: str = "", kind: Kind = Kind.UNSUPPORTED_FILE, detail: str = "") -> KnownError:
    """`message`: a whole sentence that names the file ("{name} is empty.")."""
    return KnownError(kind, message, Action.FIX_INPUT, hint, detail)


def _check_pixels(name: str, width: int, height: int) -> None:
    if width * height > MAX_SOURCE_PIXELS:
        raise _unreadable(
            translate("sources", "{name} is {width}×{height} pixels, too large to open safely.").format(
                name=name, width=Grouped(width), height=Grouped(height)
            ),
            translate("sources", "Use a smaller image (at most about 64 megapixels)."),
            Kind.TOO_LARGE,
        )


def _orientation(image: Image.Image, metadata_follows_pixels: bool = False) -> int:
    """The orientation Pillow will turn the image by once it is decoded (`exif_transpose` reads
    `getexif()` after loading: EXIF, a PNG's "Raw profile type exif" text, or XMP's
    tiff:Orientation), read without decoding the pixels where that gives the same answer."""
    if image.format == "TIFF":
        # Pillow turns a TIFF upright itself, and from Pillow 11 its `size` already says so.
        if image.size != (image.tag_v2.get(256), image.tag_v2.get(257)):  # ImageWidth, ImageLength
            return 1
        return _orientation_tag(image.tag_v2.get(_ORIENTATION, 1))
    try:
        if image.format == "PNG":
            if metadata_follows_pixels:
                # An eXIf or text chunk after the image data is read only by decoding: do that,
                # rather than guess — guessing wrong would put a redaction in the wrong place.
                image.load()
                return _orientation_tag(image.getexif().get(_ORIENTATION, 1))
            # PNG's own getexif() decodes the pixels; everything it would read is already here.
            return _orientation_tag(Image.Image.getexif(image).get(_ORIENTATION, 1))
        return _orientation_tag(image.getexif().get(_ORIENTATION, 1))
    except _DAMAGED:
        return 1  # unreadable metadata: decoding will fail the same way, or keep it as stored


def _orientation_tag(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 1


# PNG chunks that can carry an orientation (eXIf; EXIF or XMP in a text chunk).
_PNG_METADATA_CHUNKS = {b"eXIf", b"tEXt", b"zTXt", b"iTXt"}
_PNG_CHUNK_WALK_LIMIT = 100_000  # more chunks than any honest PNG has: stop and assume the worst


def _png_metadata_follows_pixels(handle: io.BufferedIOBase | io.BytesIO) -> bool:
    """Whether a PNG has metadata after its image data, found by walking the chunk headers
    (seeking past their contents: no decoding). True when the walk cannot finish."""
    handle.seek(8)
    seen_pixels = False
    for _ in range(_PNG_CHUNK_WALK_LIMIT):
        header = handle.read(8)
        if len(header) < 8:
            return False
        length, kind = struct.unpack(">I4s", header)
        if kind == b"IEND":
            return False
        if kind in (b"IDAT", b"fdAT"):
            seen_pixels = True
        elif seen_pixels and kind in _PNG_METADATA_CHUNKS:
            return True
        handle.seek(length + 4, io.SEEK_CUR)  # contents and CRC
    return True


@dataclass(frozen=True)
class DecodedPage:
    """A page's pixels and the one frame every box on it is measured in.

    `full_size` is the page's upright size at full resolution, as the person sees it, worked out
    from the very decode that made `image` (which may be smaller: JPEG draft, PDF scale). Crops,
    tiles and redactions are placed with it, never with a size read separately."""

    image: Image.Image
    full_size: tuple[int, int]


class Source(ABC):
    """A file's pages. Thread-safe: pages may be prepared from worker threads."""

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind  # png, jpeg, ..., pdf
        self.notes: list[str] = []  # things worth telling the person ("animated GIF: first frame")

    @property
    @abstractmethod
    def page_count(self) -> int: ...

    @abstractmethod
    def page_size(self, index: int) -> tuple[int, int]:
        """Full-resolution size in pixels, without decoding the pixels."""

    @abstractmethod
    def decode(self, index: int, max_side: int | None = None) -> DecodedPage:
        """The page, normalised (upright, sRGB, 8-bit), with its full-resolution upright size.
        `max_side` lets a source decode at a reduced size when only a fitted image is wanted
        (JPEG draft, PDF render scale)."""

    def page(self, index: int, max_side: int | None = None) -> Image.Image:
        return self.decode(index, max_side).image

    def thumbnail(self, index: int, max_side: int = 256) -> Image.Image:
        image = self.page(index, max_side)
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
        return image

    def close(self) -> None:  # noqa: B027 - a hook: most sources hold nothing open
        pass

    def _check_index(self, index: int) -> None:
        if not 0 <= index < self.page_count:
            raise _unreadable(
                translate("sources", "{name} has no page {page} (it has {count}).").format(
                    name=self.name, page=index + 1, count=self.page_count
                ),
                kind=Kind.BAD_INPUT,
            )

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RasterSource(Source):
    """An image file. Each decode opens it afresh: a JPEG decoded small (draft) for the model
    must not leave a small copy behind for a full-resolution crop, and threads share nothing."""

    def __init__(self, name: str, kind: str, opener: Callable[[], Image.Image], in_memory: bool = False) -> None:
        super().__init__(name, kind)
        self._open = opener
        self._in_memory = in_memory  # bytes (a paste, a web image): no file to close
        with opener() as image:
            frames = getattr(image, "n_frames", 1)
            self._metadata_follows_pixels = image.format == "PNG" and _png_metadata_follows_pixels(image.fp)
        if kind == "tiff":
            self._pages = frames
        else:
            self._pages = 1
            if frames > 1:
                self.notes.append(
                    translate("sources", "{name} is animated; only its first frame is sent.").format(name=name)
                )

    @property
    def page_count(self) -> int:
        return self._pages

    def page_size(self, index: int) -> tuple[int, int]:
        self._check_index(index)
        try:
            with self._open() as image:
                image.seek(index)
                width, height = image.size
                if _orientation(image, self._metadata_follows_pixels) in _QUARTER_TURNS:
                    width, height = height, width
                return width, height
        except _DAMAGED as exc:
            raise self._damaged(exc) from None

    def _damaged(self, exc: BaseException) -> KnownError:
        return _unreadable(
            translate("sources", "{name} is damaged and cannot be read completely.").format(name=self.name),
            translate("sources", "Open and re-save it, or take the screenshot again."),
            detail=repr(exc),
        )

    def decode(self, index: int, max_side: int | None = None) -> DecodedPage:
        self._check_index(index)
        image = self._open()
        try:
            image.seek(index)
            stored = image.size  # full resolution, before any draft
            _check_pixels(self.name, *stored)
            if max_side and image.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale straight from the DCT: far less work.
                image.draft("RGB", (max_side, max_side))
            image.load()
            if max_side and image.format in _REDUCED_AFTER_LOAD:
                image = _reduced(image, max_side)  # before turning: a turn would copy all of it
            decoded = image.size
            if self._in_memory or (image.format in _RELEASES_FILE_AFTER_LOAD and image.fp is None):
                # Fully loaded and Pillow has let go of the file (or it is in memory): use it
                # as it is. A full-size copy would hold the GIL for a 37 MB memcpy.
                ImageOps.exif_transpose(image, in_place=True)
                frame = image
            else:
                # The file stays open for other frames (TIFF, GIF): transpose into a copy of this
                # one, while the file's own tags, which may hold the orientation, are at hand.
                frame = ImageOps.exif_transpose(image)
                image.close()
        except KnownError:
            image.close()
            raise
        except _DAMAGED as exc:
            image.close()
            raise self._damaged(exc) from None
        upright = normalise(frame)
        # The page's size as seen comes from what happened to these pixels: turned a quarter
        # turn (by whatever metadata, wherever in the file it was) or not.
        turned = upright.size != decoded
        if turned and upright.size != decoded[::-1]:
            raise _unreadable(
                translate("sources", "{name} could not be turned upright reliably.").format(name=self.name),
                detail=f"{decoded} → {upright.size}",
            )
        return DecodedPage(upright, stored[::-1] if turned else stored)


class PdfSource(Source):
    def __init__(self, name: str, document: pypdfium2.PdfDocument, dpi: int = PDF_DPI) -> None:
        super().__init__(name, "pdf")
        self._document = document
        self._dpi = dpi
        with _PDFIUM_LOCK:
            self._pages = len(document)
        if self._pages == 0:
            raise _unreadable(translate("sources", "{name} is a PDF with no pages.").format(name=name))

    @property
    def page_count(self) -> int:
        return self._pages

    def _points(self, index: int) -> tuple[float, float]:
        try:
            with _PDFIUM_LOCK:
                page = self._document[index]
                try:
                    return page.get_size()
                finally:
                    page.close()
        except _pdfium().PdfiumError as exc:  # a damaged page object ("Failed to load page.")
            raise _unreadable(
                translate("sources", "{name} has a page ({page}) that cannot be drawn.").format(
                    name=self.name, page=index + 1
                ),
                detail=str(exc),
            ) from None

    def _scale(self, index: int, max_side: int | None) -> float:
        width, height = self._points(index)
        scale = self._dpi / 72
        if max_side:
            scale = min(scale, max_side / max(width, height))
        # Never render more pixels than we would accept from an image file.
        limit = (MAX_SOURCE_PIXELS / max(width * height, 1)) ** 0.5
        return min(scale, limit)

    def page_size(self, index: int) -> tuple[int, int]:
        self._check_index(index)
        width, height = self._points(index)
        scale = self._scale(index, None)
        return math.ceil(width * scale), math.ceil(height * scale)  # as PdfPage.render sizes it

    def decode(self, index: int, max_side: int | None = None) -> DecodedPage:
        self._check_index(index)
        scale = self._scale(index, max_side)
        try:
            with _PDFIUM_LOCK:
                page = self._document[index]
                try:
                    bitmap = page.render(scale=scale, may_draw_forms=True)
                    image = bitmap.to_pil()
                finally:
                    page.close()
        except _pdfium().PdfiumError as exc:
            raise _unreadable(
                translate("sources", "{name} has a page ({page}) that cannot be drawn.").format(
                    name=self.name, page=index + 1
                ),
                detail=str(exc),
            ) from None
        return DecodedPage(normalise(image), self.page_size(index))

    def close(self) -> None:
        with _PDFIUM_LOCK:
            self._document.close()


# Formats whose decoded page may be reduced before it is turned upright: their orientation is
# read from `info` (EXIF, XMP), which the reduced copy keeps. (JPEG has its draft; TIFF and HEIC
# are turned by their decoders themselves.)
_REDUCED_AFTER_LOAD = {"PNG", "WEBP", "BMP", "GIF"}
_REDUCIBLE_MODES = {"RGB", "RGBA", "L", "LA"}
_BAND_BYTES = 8 * 2**20  # how much of the page is copied at a time while reducing
# Pillow reduces these through a premultiplied copy of what it is given (Image.reduce): given
# the whole page with a box, that copy would be the whole page.
_PREMULTIPLIED_TO_REDUCE = {"RGBA", "LA"}


def _reduced(image: Image.Image, max_side: int, band_bytes: int = _BAND_BYTES) -> Image.Image:
    """`image` shrunk by a whole factor while at least twice `max_side` remains (as Pillow's
    resize with reducing_gap=2 would start), a band at a time. For a page wanted small this is
    every format's "draft": a whole-page resize of an 8000×8000 RGBA PNG first copies all of it
    (premultiplied alpha, +256 MB); band by band, the copies stay a few MB. Averaging is per
    factor×factor block and bands start on block rows, so the result equals a whole-page reduce."""
    factor = int(max(image.size) / max_side / 2)
    if factor < 2 or image.mode not in _REDUCIBLE_MODES:
        return image
    width, height = image.size
    rows = max(factor, band_bytes // max(1, width * len(image.getbands())) // factor * factor)
    out = Image.new(image.mode, (-(-width // factor), -(-height // factor)))
    for top in range(0, height, rows):
        box = (0, top, width, min(height, top + rows))
        if image.mode in _PREMULTIPLIED_TO_REDUCE:
            band = image.crop(box).reduce(factor)  # the band alone is premultiplied, not the page
        else:
            band = image.reduce(factor, box=box)  # read in place: no copy of the band first
        out.paste(band, (0, top // factor))
    out.info = dict(image.info)  # the orientation and colour profile go along
    image.close()
    return out


def open_source(path: str | Path) -> Source:
    """Open a file as pages. Raises KnownError with a plain sentence for anything unusable."""
    path = Path(path)
    name = path.name
    try:
        with open_regular(path) as handle:  # a pipe or a device is refused here, not waited on
            head = handle.read(512)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise KnownError(
            Kind.BAD_INPUT,
            translate("sources", "The file {name} does not exist.").format(name=name),
            Action.FIX_INPUT,
            translate("sources", "Check the path and try again."),
        ) from None
    except IsADirectoryError:
        raise KnownError(
            Kind.BAD_INPUT,
            translate("sources", "{name} is a folder, not an image.").format(name=name),
            Action.FIX_INPUT,
        ) from None
    except PermissionError:
        raise KnownError(
            Kind.BAD_INPUT,
            translate("sources", "pixdesk is not allowed to read {name}.").format(name=name),
            Action.FIX_INPUT,
            translate("sources", "Check the file's permissions."),
        ) from None
    except OSError as exc:
        raise KnownError(
            Kind.BAD_INPUT,
            translate("sources", "{name} could not be read.").format(name=name),
            Action.FIX_INPUT,
            detail=str(exc),
        ) from None
    kind = _identify(name, head, size)
    if kind == "pdf":
        return _open_pdf(name, str(path))
    if size > MAX_RASTER_FILE_BYTES:
        raise _unreadable(
            translate("sources", "{name} is {size} MB, larger than pixdesk opens ({limit} MB).").format(
                name=name, size=Grouped(round(size / 2**20)), limit=MAX_RASTER_FILE_BYTES // 2**20
            ),
            translate("sources", "Use a smaller file."),
            Kind.TOO_LARGE,
        )
    return _open_raster(name, kind, lambda: Image.open(path))


def open_source_bytes(data: bytes, name: str = "pasted image") -> Source:
    """Open image data (a paste, a drop from a browser) the same way as a file."""
    kind = _identify(name, data[:512], len(data))
    if kind == "pdf":
        return _open_pdf(name, data)
    if len(data) > MAX_RASTER_FILE_BYTES:
        raise _unreadable(
            translate("sources", "{name} is {size} MB, larger than pixdesk opens ({limit} MB).").format(
                name=name, size=Grouped(round(len(data) / 2**20)), limit=MAX_RASTER_FILE_BYTES // 2**20
            ),
            translate("sources", "Use a smaller image."),
            Kind.TOO_LARGE,
        )
    return _open_raster(name, kind, lambda: Image.open(io.BytesIO(data)), in_memory=True)


def _identify(name: str, head: bytes, size: int) -> str:
    if size == 0:
        raise _unreadable(translate("sources", "{name} is empty.").format(name=name))
    kind = sniff_format(head)
    if kind == "svg":
        raise _unreadable(
            translate("sources", "{name} is an SVG drawing, which pixdesk cannot send.").format(name=name),
            translate("sources", "Export it as PNG first, or take a screenshot of it."),
        )
    if kind is None:
        raise _unreadable(
            translate("sources", "{name} is not an image pixdesk can read.").format(name=name),
            translate("sources", "pixdesk reads PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC and PDF files."),
        )
    return kind


def _open_raster(name: str, kind: str, opener: Callable[[], Image.Image], in_memory: bool = False) -> RasterSource:
    if kind == "heic":
        _read_heic()
    try:
        with opener() as image:  # reads the header only
            size = image.size
        source = RasterSource(name, kind, opener, in_memory)
    except (UnidentifiedImageError, *_DAMAGED) as exc:
        raise _unreadable(
            translate("sources", "{name} looks like a {format} file but is damaged.").format(
                name=name, format=kind.upper()
            ),
            translate("sources", "Open and re-save it, or take the screenshot again."),
            detail=repr(exc),
        ) from None
    _check_pixels(name, *size)
    return source


def _open_pdf(name: str, source: str | bytes) -> PdfSource:
    try:
        with _PDFIUM_LOCK:
            document = _pdfium().PdfDocument(source)
    except _pdfium().PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _unreadable(
                translate("sources", "{name} is a password-protected PDF.").format(name=name),
                translate("sources", "Open it, remove the password (or print it to a new PDF), and try again."),
                detail=str(exc),
            ) from None
        raise _unreadable(
            translate("sources", "{name} is a damaged PDF that cannot be opened.").format(name=name), detail=str(exc)
        ) from None
    return PdfSource(name, document)
