"""From pages to what is sent: PNG for screenshots, JPEG for photos, fitted to the model, free
of metadata, under the byte limit; crops at full resolution; tiles that cover the page."""

from __future__ import annotations

import io
import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from imaging_samples import (
    MARKER,
    RED,
    WHITE,
    animated_gif,
    close_to,
    decoded,
    encoded,
    gps_exif,
    jpeg_markers,
    jpeg_with_metadata,
    marked,
    pdf_pages,
    photo,
    png_chunks,
    png_with_metadata,
    screenshot,
    srgb_profile,
)
from pixdesk import catalog
from pixdesk.domain import Attachment
from pixdesk.errors import Kind, KnownError
from pixdesk.imaging.encode import Resolution, encode, fit, fitted_size, looks_synthetic
from pixdesk.imaging.prepare import Prepared, prepare_crop, prepare_page, prepare_tiles, tile_boxes
from pixdesk.imaging.sources import open_source_bytes
from pixdesk.imaging.tokens import image_tokens

PIL_NAMES = {"png": "PNG", "jpeg": "JPEG"}


def _sent(prepared: Prepared) -> Image.Image:
    """The attachment decoded, after checking it is what it says it is."""
    attachment = prepared.attachment
    image = decoded(attachment.data)
    assert image.format == PIL_NAMES[attachment.format]
    assert image.size == (attachment.width, attachment.height)
    assert attachment.size_bytes <= catalog.LIMITS.image_bytes
    return image


def _prepare(data: bytes, name: str = "image", resolution: Resolution = Resolution.MODEL) -> Prepared:
    with open_source_bytes(data, name) as source:
        return prepare_page(source, 0, resolution)


# --- PNG or JPEG ---------------------------------------------------------------------------


def test_screenshots_are_sent_as_png():
    prepared = _prepare(encoded(screenshot(), "PNG"), "shot.png")
    assert prepared.attachment.format == "png"
    assert _sent(prepared).mode == "RGB"


def test_screenshots_stay_png_even_after_a_jpeg_round_trip():
    # a screenshot someone saved as JPEG: compression noise adds colours, but not a photo's worth
    prepared = _prepare(encoded(screenshot(), "JPEG", quality=90), "shot.jpg")
    assert prepared.attachment.format == "png"
    _sent(prepared)


def test_photos_are_sent_as_jpeg():
    prepared = _prepare(encoded(photo(), "PNG"), "holiday.png")
    assert prepared.attachment.format == "jpeg"
    assert _sent(prepared).mode == "RGB"


def test_greyscale_keeps_one_channel():
    scan = screenshot().convert("L")
    assert _sent(_prepare(encoded(scan, "PNG"))).mode == "L"
    # (A greyscale image never has more than 256 levels, so the colour count calls even a
    # black-and-white photo synthetic: it is sent as PNG unless that is over the byte limit.)
    grain = Image.effect_noise((800, 600), 60)
    data, fmt, _ = encode(grain, byte_limit=len(encode(grain)[0]) - 1)
    assert fmt == "jpeg"
    assert decoded(data).mode == "L"


@pytest.mark.parametrize(
    ("image", "synthetic"),
    [
        (screenshot(), True),
        (screenshot(300, 200).resize((1200, 800), Image.Resampling.NEAREST), True),
        (Image.new("RGB", (3000, 10), "white"), True),
        (photo(), False),
        (photo(2000, 300), False),
    ],
)
def test_looks_synthetic(image, synthetic):
    assert looks_synthetic(image) is synthetic


def test_pdf_pages_of_text_are_png():
    prepared = _prepare(pdf_pages([(595, 842)]), "letter.pdf")
    assert prepared.attachment.format == "png"
    assert _sent(prepared).size == (724, 1024)


# --- fitting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "resolution", "expected"),
    [
        ((4096, 3072), Resolution.MODEL, (1024, 768)),
        ((3072, 4096), Resolution.MODEL, (768, 1024)),
        ((500, 300), Resolution.MODEL, (500, 300)),
        ((1024, 1024), Resolution.MODEL, (1024, 1024)),
        ((4096, 3072), Resolution.ORIGINAL, (4096, 3072)),
        ((1000, 9000), Resolution.ORIGINAL, (889, 8000)),
        ((9000, 10), Resolution.MODEL, (1024, 1)),
    ],
)
def test_pages_are_fitted_keeping_their_aspect(size, resolution, expected):
    image = Image.new("RGB", size, (30, 60, 90))
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2, size[1] // 2), fill=RED)
    prepared = _prepare(encoded(image, "PNG"), "page.png", resolution)
    assert (prepared.attachment.width, prepared.attachment.height) == expected
    assert prepared.source_size == size
    assert _sent(prepared).size == expected


def test_jpeg_sources_are_fitted_too():
    prepared = _prepare(encoded(photo(4096, 3072), "JPEG", quality=90), "camera.jpg")
    assert (prepared.attachment.width, prepared.attachment.height) == (1024, 768)
    assert prepared.source_size == (4096, 3072)
    assert prepared.attachment.format == "jpeg"
    _sent(prepared)


@pytest.mark.parametrize(
    ("size", "side", "expected"),
    [
        ((4096, 3072), 1024, (1024, 768)),
        ((100, 100), 1024, (100, 100)),
        ((10000, 1), 1024, (1024, 1)),  # never 0 pixels
        ((1, 10000), 8000, (1, 8000)),
        ((2000, 1000), 1000, (1000, 500)),
    ],
)
def test_fitted_size(size, side, expected):
    assert fitted_size(*size, side) == expected


def test_fit_returns_small_images_untouched():
    image = Image.new("RGB", (300, 200))
    assert fit(image, 1024) is image
    assert fit(Image.new("RGB", (2048, 100)), 1024).size == (1024, 50)


def test_resolution_sides_come_from_the_catalog():
    assert Resolution.MODEL.max_side == catalog.LIMITS.model_side_px == 1024
    assert Resolution.ORIGINAL.max_side == catalog.LIMITS.image_side_px == 8000


# --- no metadata -----------------------------------------------------------------------------


def _assert_no_metadata(data: bytes, fmt: str) -> None:
    image = decoded(data)
    assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "Comment", "photoshop"} & set(image.info)
    assert dict(image.getexif()) == {}
    assert MARKER not in data
    assert b"PixdeskCam" not in data
    if fmt == "png":
        assert image.text == {}
        assert set(png_chunks(data)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
    else:
        # SOI, APP0 (JFIF) and the image itself: no APP1 (EXIF/XMP), APP2 (ICC), APP13, COM
        assert not {0xE1, 0xE2, 0xED, 0xFE} & set(jpeg_markers(data))


@pytest.mark.parametrize("content", ["screenshot", "photo"])
@pytest.mark.parametrize("container", ["jpeg", "png", "webp", "tiff", "heif"])
def test_nothing_but_pixels_is_sent(content, container):
    image = screenshot(600, 400) if content == "screenshot" else photo(600, 400)
    if container == "jpeg":
        data = jpeg_with_metadata(image)
    elif container == "png":
        data = png_with_metadata(image)
    elif container == "webp":
        data = encoded(
            image,
            "WEBP",
            lossless=True,
            exif=gps_exif(),
            icc_profile=srgb_profile(),
            xmp=b"<x:xmpmeta>" + MARKER + b"</x:xmpmeta>",
        )
    elif container == "tiff":
        data = encoded(image, "TIFF", tiffinfo={315: MARKER.decode(), 305: "PixdeskCam"}, icc_profile=srgb_profile())
    else:
        data = encoded(image, "HEIF", quality=95, exif=gps_exif().tobytes())
    assert MARKER in data or b"PixdeskCam" in data or container == "heif"
    prepared = _prepare(data, f"meta.{container}")
    assert prepared.attachment.format == ("png" if content == "screenshot" else "jpeg")
    _assert_no_metadata(prepared.attachment.data, prepared.attachment.format)


def test_a_turned_photo_is_sent_upright_without_its_exif():
    prepared = _prepare(jpeg_with_metadata(marked((400, 200), marker_box=(0, 0, 40, 40)), orientation=6), "phone.jpg")
    sent = _sent(prepared)
    assert sent.size == (200, 400)
    assert close_to(sent.getpixel((190, 10)), RED, 40)
    _assert_no_metadata(prepared.attachment.data, prepared.attachment.format)


def test_encode_ignores_whatever_info_an_image_carries():
    image = photo(200, 100)
    image.info = {"exif": gps_exif().tobytes(), "icc_profile": srgb_profile(), "comment": MARKER}
    data, fmt, _ = encode(image)
    _assert_no_metadata(data, fmt)


# --- transparency ----------------------------------------------------------------------------


def _transparent_photo() -> Image.Image:
    rgba = photo(400, 300).convert("RGBA")
    alpha = Image.new("L", rgba.size, 255)
    ImageDraw.Draw(alpha).rectangle((0, 0, 199, 299), fill=0)  # the left half is see-through
    rgba.putalpha(alpha)
    return rgba


def test_transparency_is_flattened_onto_white_for_jpeg():
    prepared = _prepare(encoded(_transparent_photo(), "PNG"), "cutout.png")
    assert prepared.attachment.format == "jpeg"
    sent = _sent(prepared)
    assert sent.mode == "RGB"
    left, right = sent.crop((0, 0, 190, 300)), sent.crop((210, 0, 400, 300))
    assert min(low for low, _ in left.getextrema()) >= 245  # white, as paper would be
    assert max(high for _, high in right.getextrema()) > 100  # and the photo is still there
    assert min(low for low, _ in right.getextrema()) < 100


def test_transparency_is_kept_in_png():
    image = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((50, 25, 150, 75), fill=(0, 120, 212, 255))
    prepared = _prepare(encoded(image, "PNG"), "icon.png")
    assert prepared.attachment.format == "png"
    sent = _sent(prepared)
    assert sent.mode == "RGBA"
    assert sent.getpixel((5, 5))[3] == 0
    assert sent.getpixel((100, 50)) == (0, 120, 212, 255)


# --- the byte limit --------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [100_000, 40_000, 15_000])
def test_a_small_byte_limit_gives_smaller_jpeg(limit):
    image = photo(1024, 768)
    unlimited, _, _ = encode(image)
    assert len(unlimited) > limit
    data, fmt, sent = encode(image, byte_limit=limit)
    assert fmt == "jpeg"
    assert len(data) <= limit
    assert decoded(data).format == "JPEG"
    assert decoded(data).size == sent.size
    assert sent.size[0] / sent.size[1] == pytest.approx(1024 / 768, rel=0.02)


def test_a_screenshot_too_big_for_png_falls_back_to_jpeg():
    image = screenshot(1024, 768)
    png, fmt, _ = encode(image)
    assert fmt == "png"
    data, fmt, _ = encode(image, byte_limit=len(png) - 1)
    assert fmt == "jpeg"
    assert len(data) < len(png)
    assert decoded(data).format == "JPEG"


@pytest.mark.timeout(20)
def test_an_impossible_byte_limit_does_not_loop_forever():
    # no JPEG is 100 bytes: shrinking to 1×1 must end in an error, not spin forever
    with pytest.raises(ValueError, match="100 bytes"):
        encode(photo(64, 64), byte_limit=100)


def test_the_default_limit_is_bedrocks():
    # 2000×2000 of noise is ~11 MB as PNG: at full resolution it must still fit 3.75 MB
    noise = Image.merge("RGB", [Image.effect_noise((2000, 2000), 100) for _ in range(3)])
    prepared = _prepare(encoded(noise, "JPEG", quality=98), "noise.jpg", Resolution.ORIGINAL)
    assert prepared.attachment.size_bytes <= catalog.LIMITS.image_bytes == 3_750_000
    assert _sent(prepared).format == "JPEG"


# --- crops -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_screen() -> tuple[bytes, Image.Image]:
    """A 4096×3072 lossless screenshot with a pixel-fine pattern: a crop taken from a
    downscaled copy could not reproduce it."""
    image = screenshot(4096, 3072)
    draw = ImageDraw.Draw(image)
    for x in range(100, 400, 2):
        draw.line((x, 200, x, 400), fill=(0, 0, 0))  # one-pixel stripes
    return encoded(image, "PNG", compress_level=1), image


def test_a_small_crop_keeps_every_source_pixel(big_screen):
    data, original = big_screen
    with open_source_bytes(data, "screen.png") as source:
        prepared = prepare_crop(source, 0, (100, 200, 300, 200))
    assert (prepared.attachment.width, prepared.attachment.height) == (300, 200)
    assert prepared.box == (100, 200, 300, 200)
    assert prepared.source_size == (4096, 3072)
    assert prepared.attachment.format == "png"
    assert _sent(prepared).convert("RGB").tobytes() == original.crop((100, 200, 400, 400)).tobytes()


def test_a_large_crop_is_fitted(big_screen):
    data, _ = big_screen
    with open_source_bytes(data, "screen.png") as source:
        model = prepare_crop(source, 0, (0, 0, 4096, 2048))
        original = prepare_crop(source, 0, (0, 0, 4096, 2048), Resolution.ORIGINAL)
    assert (model.attachment.width, model.attachment.height) == (1024, 512)
    assert (original.attachment.width, original.attachment.height) == (4096, 2048)


def test_a_crop_running_off_the_edge_is_clamped(big_screen):
    data, original = big_screen
    with open_source_bytes(data, "screen.png") as source:
        prepared = prepare_crop(source, 0, (4000, 3000, 500, 500))
    assert prepared.box == (4000, 3000, 96, 72)
    assert (prepared.attachment.width, prepared.attachment.height) == (96, 72)
    assert _sent(prepared).convert("RGB").tobytes() == original.crop((4000, 3000, 4096, 3072)).tobytes()


@pytest.mark.parametrize(
    "box",
    [
        (5000, 10, 10, 10),
        (10, 3072, 10, 10),
        (-1, 0, 10, 10),
        (0, -5, 10, 10),
        (0, 0, 0, 10),
        (0, 0, 10, 0),
        (0, 0, -10, 10),
    ],
)
def test_a_crop_outside_the_page_is_refused(box):
    with open_source_bytes(encoded(screenshot(4096, 3072), "PNG", compress_level=1), "screen.png") as source:  # noqa: SIM117
        with pytest.raises(KnownError) as caught:
            prepare_crop(source, 0, box)
    assert caught.value.kind is Kind.BAD_INPUT
    assert "crop" in caught.value.message


def test_crop_boxes_are_in_upright_coordinates():
    # a phone photo stored sideways: the box refers to the picture as people see it
    data = encoded(marked((400, 200), marker_box=(0, 0, 40, 40)), "JPEG", quality=95, exif=gps_exif(6))
    with open_source_bytes(data, "phone.jpg") as source:
        prepared = prepare_crop(source, 0, (150, 0, 50, 50))
    assert prepared.source_size == (200, 400)
    sent = _sent(prepared)
    assert sent.size == (50, 50)
    assert close_to(sent.getpixel((45, 5)), RED, 40)
    assert not close_to(sent.getpixel((5, 45)), RED, 40)


def test_a_crop_of_a_pdf_page():
    with open_source_bytes(pdf_pages([(595, 842), (595, 842)], shades=[255, 0]), "deck.pdf") as source:
        prepared = prepare_crop(source, 1, (1600, 2300, 500, 500))
    assert prepared.box == (1600, 2300, 53, 39)
    assert prepared.page_index == 1
    assert prepared.attachment.name == "deck.pdf (page 2)"
    assert _sent(prepared).getextrema() == ((0, 0), (0, 0), (0, 0))  # the page itself, not padding


# --- tiles -----------------------------------------------------------------------------------


def _spans(boxes, axis):
    return sorted({(box[axis], box[axis + 2]) for box in boxes})


def _check_tiling(width, height, boxes, tile=1024, overlap=64):
    assert boxes
    for x, y, w, h in boxes:
        assert 0 < w <= tile and 0 < h <= tile
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height
    for axis, length in ((0, width), (1, height)):
        spans = _spans(boxes, axis)
        assert spans[0][0] == 0
        assert spans[-1][0] + spans[-1][1] == length
        for (start, size), (next_start, _) in itertools.pairwise(spans):
            assert start + size - next_start >= min(overlap, length)  # neighbours overlap
    # a grid: every column of tiles in every row
    assert len(boxes) == len(_spans(boxes, 0)) * len(_spans(boxes, 1))


@pytest.mark.parametrize("size", [(2480, 3508), (1024, 1024), (1025, 600), (100, 50), (5000, 300), (3000, 3000)])
def test_tiles_cover_the_whole_page(size):
    width, height = size
    boxes = tile_boxes(width, height)
    _check_tiling(width, height, boxes)
    covered = Image.new("1", size, 0)
    draw = ImageDraw.Draw(covered)
    for x, y, w, h in boxes:
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=1)
    assert covered.getextrema() == (1, 1)  # every pixel is in some tile


def test_a_page_that_fits_is_one_tile():
    assert tile_boxes(1024, 700) == [(0, 0, 1024, 700)]


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 20_000), st.integers(1, 20_000))
def test_tiling_holds_for_any_page_size(width, height):
    _check_tiling(width, height, tile_boxes(width, height))


def test_tiles_of_an_a4_scan():
    page = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(page)
    for row in range(80):
        draw.text((200, 100 + row * 42), f"{row + 1}. The Supplier shall provide the services.", fill=20)
    with open_source_bytes(encoded(page, "PNG", compress_level=1), "scan.png") as source:
        tiles = prepare_tiles(source, 0)
    assert len(tiles) == 12  # 3 across, 4 down
    boxes = [tile.box for tile in tiles]
    assert boxes == tile_boxes(2480, 3508)
    for tile in tiles:
        assert (tile.attachment.width, tile.attachment.height) == tile.box[2:]  # nothing downscaled
        assert max(tile.attachment.width, tile.attachment.height) <= 1024
        assert tile.source_size == (2480, 3508)
        assert tile.attachment.format == "png"
    assert sum(tile.tokens for tile in tiles) == sum(image_tokens(w, h) for _, _, w, h in boxes)
    assert sum(tile.tokens for tile in tiles) == 12 * image_tokens(1024, 1024)
    x, y, w, h = boxes[5]
    assert _sent(tiles[5]).tobytes() == page.crop((x, y, x + w, y + h)).tobytes()


# --- what a Prepared says --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "tokens"),
    [
        ((1024, 768), 48 * (64 + 1)),
        ((100, 50), 4 * (7 + 1)),
        ((16, 16), 2),
        ((1, 1), 2),
    ],
)
def test_prepared_tokens(size, tokens):
    attachment = Attachment(data=b"", format="png", width=size[0], height=size[1])
    prepared = Prepared(attachment, "x.png", 0, size)
    assert prepared.tokens == tokens
    assert prepared.tokens == math.ceil(size[1] / 16) * (math.ceil(size[0] / 16) + 1)


def test_prepared_page_tokens_match_what_is_sent():
    prepared = _prepare(encoded(screenshot(1280, 800), "PNG"), "shot.png")
    assert (prepared.attachment.width, prepared.attachment.height) == (1024, 640)
    assert prepared.tokens == image_tokens(1024, 640) == 40 * 65


def test_labels_and_notes():
    with open_source_bytes(pdf_pages([(100, 100)] * 3), "deck.pdf") as source:
        second = prepare_page(source, 1)
    assert second.attachment.name == "deck.pdf (page 2)"
    assert (second.source_name, second.page_index, second.box, second.notes) == ("deck.pdf", 1, None, ())
    with open_source_bytes(encoded(screenshot(300, 200), "PNG"), "shot.png") as source:
        assert prepare_page(source).attachment.name == "shot.png"
    with open_source_bytes(animated_gif(), "party.gif") as source:
        gif = prepare_page(source)
    assert len(gif.notes) == 1 and "animated" in gif.notes[0]
    assert gif.attachment.format == "png"


def test_a_white_page_stays_white():
    sent = _sent(_prepare(encoded(Image.new("RGB", (300, 200), WHITE), "PNG")))
    assert sent.getextrema() == ((255, 255),) * 3


def test_output_is_always_fresh_bytes():
    data = encoded(Image.new("RGB", (64, 48), (200, 100, 50)), "PNG")
    prepared = _prepare(data)
    assert prepared.attachment.format == "png"
    assert isinstance(prepared.attachment.data, bytes)
    assert io.BytesIO(prepared.attachment.data).read(8) == b"\x89PNG\r\n\x1a\n"
