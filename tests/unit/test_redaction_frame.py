"""Sizes, orientation and redactions come from one source of truth: the page as the person sees
it. A redaction drawn where the secret *appears* covers it in everything sent — for every format,
every orientation, wherever in the file the orientation is written, and every decode path (whole
page at model size with a reduced JPEG decode, original size, crop, tiles, fine print, context).

The hostile case that started this: a PNG whose eXIf orientation comes after the image data, so
the size read from its header is the stored one while the decoded page is turned."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, PngImagePlugin

from imaging_samples import encoded, png_chunk
from pixdesk.errors import KnownError
from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.prepare import prepare_context, prepare_crop, prepare_fine_print, prepare_page, prepare_tiles
from pixdesk.imaging.sources import DecodedPage, Source, open_source_bytes

SECRET = (255, 0, 255)
ORIENTATION_TAG = 0x0112
# How to store an upright view so that a viewer applying `orientation` shows it upright again:
# the inverse of Pillow's exif_transpose step for each orientation.
_STORE = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION_TAG] = orientation
    return exif.tobytes()


def _xmp(orientation: int) -> str:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Orientation="{orientation}"/>'
        "</rdf:RDF></x:xmpmeta>"
    )


def _png_with_chunk_after_pixels(stored: Image.Image, chunk: bytes) -> bytes:
    data = encoded(stored, "PNG")
    end = data.rindex(b"IEND") - 4
    return data[:end] + chunk + data[end:]


def _itxt(key: str, text: str) -> bytes:
    return png_chunk(b"iTXt", key.encode() + b"\0\0\0\0\0" + text.encode())


# Every way a file can say "turn me", by format and where in the file it says it.
WRITERS = {
    "png eXIf before pixels": lambda img, o: encoded(img, "PNG", exif=_exif(o)),
    "png eXIf after pixels": lambda img, o: _png_with_chunk_after_pixels(
        img, png_chunk(b"eXIf", _exif(o)[6:] if _exif(o).startswith(b"Exif") else _exif(o))
    ),
    "png XMP before pixels": lambda img, o: encoded(img, "PNG", pnginfo=_pnginfo_xmp(o)),
    "png XMP after pixels": lambda img, o: _png_with_chunk_after_pixels(img, _itxt("XML:com.adobe.xmp", _xmp(o))),
    "jpeg EXIF": lambda img, o: encoded(img, "JPEG", quality=95, subsampling=0, exif=_exif(o)),
    "jpeg XMP only": lambda img, o: encoded(img, "JPEG", quality=95, subsampling=0, xmp=_xmp(o).encode()),
    "webp EXIF": lambda img, o: encoded(img, "WEBP", lossless=True, exif=_exif(o)),
    "tiff tag": lambda img, o: encoded(img, "TIFF", exif=_exif(o)),
    "heic EXIF": lambda img, o: encoded(img, "HEIF", quality=95, exif=_exif(o)),
}


def _pnginfo_xmp(orientation: int) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", _xmp(orientation))
    return info


def _view_with_secret(size: tuple[int, int], box: tuple[int, int, int, int]) -> Image.Image:
    """The page as the person sees it: grey with dark lines, the secret in `box`."""
    view = Image.new("RGB", size, (150, 150, 150))
    draw = ImageDraw.Draw(view)
    for y in range(8, size[1], 24):
        draw.line((0, y, size[0], y), fill=(30, 30, 30), width=2)
    x, y, w, h = box
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=SECRET)
    return view


def secret_pixels(image: Image.Image) -> int:
    """Pixels that are clearly the secret colour (lossy codecs blur it a little)."""
    rgb = image.convert("RGB")
    red, green, blue = (band.load() for band in rgb.split())
    width, height = rgb.size
    return sum(
        1 for y in range(height) for x in range(width) if red[x, y] > 170 and blue[x, y] > 170 and green[x, y] < 110
    )


def _sent(prepared) -> list[Image.Image]:
    images = []
    for item in prepared if isinstance(prepared, list) else [prepared]:
        with Image.open(io.BytesIO(item.attachment.data)) as image:
            image.load()
            images.append(image.copy())
    return images


PATHS = {
    "whole page at model size": lambda s, box, red: prepare_page(s, 0, Resolution.MODEL, red),
    "whole page at original size": lambda s, box, red: prepare_page(s, 0, Resolution.ORIGINAL, red),
    "crop around the secret": lambda s, box, red: prepare_crop(s, 0, _around(box, s.page_size(0)), redactions=red),
    "tiles": lambda s, box, red: prepare_tiles(s, 0, tile=512, overlap=32, redactions=red),
    "fine print": lambda s, box, red: prepare_fine_print(s, 0, red),
    "context": lambda s, box, red: prepare_context(s, 0, _around(box, s.page_size(0)), red),
}


def _around(box, size):
    x, y, w, h = box
    left, top = max(0, x - 40), max(0, y - 40)
    return left, top, min(size[0], x + w + 40) - left, min(size[1], y + h + 40) - top


def _aligned(value: int) -> int:
    return value - value % 16  # JPEG blocks: a secret on block edges does not bleed past its box


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    writer=st.sampled_from(sorted(WRITERS)),
    orientation=st.integers(1, 8),
    path=st.sampled_from(sorted(PATHS)),
    width=st.integers(20, 90).map(lambda n: n * 16),
    height=st.integers(20, 90).map(lambda n: n * 16),
    data=st.data(),
)
def test_a_redaction_drawn_where_the_secret_is_seen_covers_it_in_everything_sent(
    writer, orientation, path, width, height, data
):
    x = _aligned(data.draw(st.integers(0, width - 64), label="x"))
    y = _aligned(data.draw(st.integers(0, height - 64), label="y"))
    box = (
        x,
        y,
        _aligned(data.draw(st.integers(32, width - x), label="w")),
        _aligned(data.draw(st.integers(32, height - y), label="h")),
    )
    view = _view_with_secret((width, height), box)
    step = _STORE[orientation]
    stored = view if step is None else view.transpose(step)
    file_bytes = WRITERS[writer](stored, orientation)
    with open_source_bytes(file_bytes, "page") as source:
        assert source.page_size(0) == (width, height), "the size must be the one the person sees"
        assert source.page(0).size == (width, height)
        unredacted = _sent(PATHS[path](source, box, []))
        assert sum(map(secret_pixels, unredacted)) > 0, "the sample must show its secret when not redacted"
        redacted = _sent(PATHS[path](source, box, [box]))
        assert [secret_pixels(image) for image in redacted] == [0] * len(redacted)


@pytest.mark.parametrize("orientation", [5, 6, 7, 8])
def test_late_exif_png_turned_a_quarter_keeps_visible_coordinates_and_covers_the_secret(orientation):
    """The adversarial pass's exact file: stored 1000×1600, shown 1600×1000, secret at x=1200."""
    box = (1200, 96, 304, 208)
    view = _view_with_secret((1600, 1000), box)
    exif = _exif(orientation)
    data = _png_with_chunk_after_pixels(
        view.transpose(_STORE[orientation]), png_chunk(b"eXIf", exif[6:] if exif.startswith(b"Exif") else exif)
    )
    with open_source_bytes(data, "late-exif.png") as source:
        assert source.page_size(0) == (1600, 1000)
        for prepared in (
            prepare_page(source, 0, Resolution.MODEL, [box]),
            prepare_page(source, 0, Resolution.ORIGINAL, [box]),
            *prepare_fine_print(source, 0, [box]),
            *prepare_tiles(source, 0, redactions=[box]),
        ):
            assert secret_pixels(_sent(prepared)[0]) == 0
        tiles = prepare_tiles(source, 0)
        covered = {(tx, ty) for tile in tiles for tx, ty in [(tile.box[0] + tile.box[2], tile.box[1] + tile.box[3])]}
        assert max(cx for cx, _ in covered) == 1600 and max(cy for _, cy in covered) == 1000, (
            "tiles reach the page's edges"
        )


class _LyingSource(Source):
    """A source whose decode disagrees with the size it reports (a file changed on disk between
    the two reads, or a format quirk not yet known)."""

    def __init__(self, decoded_size: tuple[int, int], full_size: tuple[int, int], reported: tuple[int, int]):
        super().__init__("changing.png", "png")
        self._decoded, self._full, self._reported = decoded_size, full_size, reported

    @property
    def page_count(self) -> int:
        return 1

    def page_size(self, index: int) -> tuple[int, int]:
        return self._reported

    def decode(self, index: int, max_side: int | None = None) -> DecodedPage:
        return DecodedPage(Image.new("RGB", self._decoded, SECRET), self._full)


@pytest.mark.parametrize(
    ("decoded", "full", "reported"),
    [
        ((1600, 1000), (1600, 1000), (1000, 1600)),  # turned only once decoded
        ((1000, 1600), (1000, 1600), (1000, 1601)),  # off by a pixel: still a different frame
        ((500, 500), (1000, 1600), (1000, 1600)),  # pixels stretched against the size they claim
    ],
)
def test_a_page_whose_decode_disagrees_with_its_size_is_refused_not_sent(decoded, full, reported):
    source = _LyingSource(decoded, full, reported)
    with pytest.raises(KnownError) as caught:
        prepare_page(source, 0, Resolution.ORIGINAL, [(0, 0, 100, 100)])
    assert "cannot be sure where the areas you marked fall" in caught.value.message


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_every_format_and_placement_reports_the_size_it_shows(writer, orientation):
    """The exhaustive grid under the property test: the size read without decoding equals the
    decoded page's, and the secret is where the person sees it (so a box drawn there covers it)."""
    box = (48, 32, 64, 48)
    view = _view_with_secret((320, 208), box)
    step = _STORE[orientation]
    with open_source_bytes(WRITERS[writer](view if step is None else view.transpose(step), orientation)) as source:
        assert source.page_size(0) == (320, 208)
        page = source.page(0)
        assert page.size == (320, 208)
        x, y, w, h = box
        assert secret_pixels(page.crop((x, y, x + w, y + h))) > 0.9 * w * h
        assert secret_pixels(page) < 1.1 * w * h
        small = source.decode(0, max_side=40)  # reduced while decoding (JPEG draft, or a band-wise reduce)
        assert small.full_size == (320, 208) and max(small.image.size) <= 320  # TIFF, HEIC: not reduced
        scale = small.image.size[0] / 320
        inner = small.image.crop(
            (round((x + 8) * scale), round((y + 8) * scale), round((x + w - 8) * scale), round((y + h - 8) * scale))
        )
        assert secret_pixels(inner) == inner.size[0] * inner.size[1] > 0


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_rotated_pdf_page_reports_the_size_it_is_drawn_at(rotation):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    document.new_page(300, 500).set_rotation(rotation)
    buffer = io.BytesIO()
    document.save(buffer)
    with open_source_bytes(buffer.getvalue(), "rotated.pdf") as source:
        expected = source.page_size(0)
        assert (expected[0] > expected[1]) == (rotation in (90, 270))
        for max_side in (None, 256):
            decoded = source.decode(0, max_side)
            assert decoded.full_size == expected
            assert (decoded.image.size[0] > decoded.image.size[1]) == (rotation in (90, 270))


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "LA"])
def test_a_page_reduced_band_by_band_equals_a_whole_page_reduce(mode):
    from pixdesk.imaging import sources

    noise = Image.effect_noise((333, 517), 80).convert(mode)
    whole = noise.reduce(6)  # int(517 / 40 / 2): a whole factor while twice 40 px remains
    banded = sources._reduced(noise.copy(), max_side=40, band_bytes=333 * 4 * 8)  # bands of 8 rows
    assert banded is not noise
    assert banded.size == whole.size and banded.tobytes() == whole.tobytes()
