"""Opening what people drop as pages: every format, page counts and sizes, orientation, colour
and bit depth brought to 8-bit sRGB, and pages decoded only when asked for."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from imaging_samples import (
    BLUE,
    GREEN,
    RED,
    animated_gif,
    close_to,
    encoded,
    gps_exif,
    marked,
    pdf_pages,
    pdf_with_broken_last_page,
    screenshot,
    swapped_primaries_profile,
    tiff_pages,
)
from pixdesk.errors import Kind, KnownError
from pixdesk.imaging.sources import Source, open_source, open_source_bytes

SIZE = (120, 80)  # not square, so a swapped width and height shows


@pytest.fixture(params=["file", "bytes"])
def load(request, tmp_path):
    """Open data as a source the way a drop (a file) or a paste (bytes) would."""

    def opener(data: bytes, name: str) -> Source:
        if request.param == "bytes":
            return open_source_bytes(data, name)
        path = tmp_path / name
        path.write_bytes(data)
        return open_source(path)

    return opener


FORMATS = [
    ("PNG", "png", {}),
    ("JPEG", "jpeg", {"quality": 95}),
    ("GIF", "gif", {}),
    ("WEBP", "webp", {"lossless": True}),
    ("BMP", "bmp", {}),
    ("TIFF", "tiff", {}),
    ("HEIF", "heic", {"quality": 95}),
]


@pytest.mark.parametrize(("pil_format", "kind", "params"), FORMATS, ids=[f[1] for f in FORMATS])
def test_every_format_opens_as_one_upright_page(load, pil_format, kind, params):
    data = encoded(marked(SIZE), pil_format, **params)
    with load(data, f"picture.{kind}") as source:
        assert source.kind == kind
        assert source.name == f"picture.{kind}"
        assert source.page_count == 1
        assert source.notes == []
        assert source.page_size(0) == SIZE
        page = source.page(0)
    assert page.size == SIZE
    assert page.mode in ("RGB", "RGBA", "L")
    assert page.info == {}
    assert close_to(page.getpixel((5, 5))[:3], RED)  # the marker is still top-left
    assert close_to(page.getpixel((100, 60))[:3], (40, 90, 200))


def test_tiff_has_every_page(load):
    sizes, colours = [(100, 50), (80, 120), (60, 30)], [RED, GREEN, BLUE]
    data = tiff_pages([Image.new("RGB", size, colour) for size, colour in zip(sizes, colours, strict=True)])
    with load(data, "scan.tiff") as source:
        assert source.kind == "tiff"
        assert source.page_count == 3
        assert source.notes == []  # pages of a document, not an animation
        assert [source.page_size(i) for i in range(3)] == sizes
        pages = [source.page(i) for i in range(3)]
    assert [page.size for page in pages] == sizes
    assert [page.getpixel((10, 10)) for page in pages] == colours


def test_pdf_pages_are_rendered_at_200_dpi(load):
    data = pdf_pages([(595, 842), (612, 792), (842, 595)], shades=[255, 128, 0])
    with load(data, "contract.pdf") as source:
        assert source.kind == "pdf"
        assert source.page_count == 3
        # A4 at 200 dpi: 595×842 pt × 200/72
        assert source.page_size(0) == (1653, 2339)
        assert source.page_size(1) == (1700, 2200)  # US Letter
        assert source.page_size(2) == (2339, 1653)  # A4 landscape
        pages = [source.page(i) for i in range(3)]
    assert [page.size for page in pages] == [(1653, 2339), (1700, 2200), (2339, 1653)]
    assert [page.mode for page in pages] == ["RGB"] * 3
    assert [page.getpixel((800, 800))[0] for page in pages] == pytest.approx([255, 128, 0], abs=4)


@pytest.mark.parametrize(("pixels", "dpi"), [((595, 841), 71.966), ((100, 333), 71.3), ((613, 791), 72.4)])
def test_pdf_page_size_is_the_size_of_the_rendered_page(pixels, dpi):
    # Page sizes in fractional points: page_size must agree with what page() really renders,
    # or crops are clamped against the wrong edge and tiles miss the last row.
    buffer = io.BytesIO()
    Image.new("L", pixels, 255).save(buffer, "PDF", resolution=dpi)
    with open_source_bytes(buffer.getvalue(), "odd.pdf") as source:
        assert source.page_size(0) == source.page(0).size


def test_a_long_pdf_is_opened_without_rendering_it(load):
    data = pdf_pages([(200, 300)] * 99 + [(300, 200)], shades=[255] * 99 + [0])
    with load(data, "manual.pdf") as source:
        assert source.page_count == 100
        assert source.page_size(99) == (834, 556)
        last = source.page(99)
        thumb = source.thumbnail(0, 128)
    assert last.size == (834, 556)
    assert last.getpixel((400, 300)) == (0, 0, 0)
    assert max(thumb.size) == 128
    assert thumb.size[1] == 128 and thumb.size[0] == pytest.approx(128 * 200 / 300, abs=1)


def test_pdf_pages_are_decoded_only_when_asked_for(load):
    # Opening must not touch the pages: a broken third page only fails when it is wanted.
    with load(pdf_with_broken_last_page(), "partly.pdf") as source:
        assert source.page_count == 3
        assert source.page(0).size == (556, 278)
        assert source.page_size(1) == (834, 278)
        with pytest.raises(KnownError) as caught:
            source.page(2)
        assert caught.value.kind is Kind.UNSUPPORTED_FILE
        assert "partly.pdf" in caught.value.message
        assert "page (3)" in caught.value.message
        with pytest.raises(KnownError):
            source.page_size(2)


def test_tiff_pages_are_decoded_only_when_asked_for(load):
    data = tiff_pages([Image.new("RGB", (60, 40), colour) for colour in (RED, GREEN, BLUE)])
    with Image.open(io.BytesIO(data)) as image:
        image.seek(2)
        third_page_pixels = image.tile[0].offset
    with load(data[: third_page_pixels + 100], "cut.tiff") as source:
        assert source.page_count == 3
        assert source.page(0).getpixel((1, 1)) == RED
        assert source.page(1).getpixel((1, 1)) == GREEN
        with pytest.raises(KnownError) as caught:
            source.page(2)
        assert caught.value.kind is Kind.UNSUPPORTED_FILE
        assert "cut.tiff" in caught.value.message


def test_a_page_that_does_not_exist(load):
    with load(tiff_pages([Image.new("L", (10, 10))] * 2), "two.tiff") as source:
        for index in (2, -1):
            with pytest.raises(KnownError) as caught:
                source.page(index)
            assert caught.value.kind is Kind.BAD_INPUT
        with pytest.raises(KnownError):
            source.page_size(5)
        assert "it has 2" in caught.value.message


# --- animation -----------------------------------------------------------------------------


@pytest.mark.parametrize("pil_format", ["GIF", "WEBP"])
def test_animated_images_send_their_first_frame_with_a_note(load, pil_format):
    if pil_format == "GIF":
        data = animated_gif((RED, GREEN, BLUE))
    else:
        frames = [Image.new("RGB", (30, 20), colour) for colour in (RED, GREEN, BLUE)]
        buffer = io.BytesIO()
        frames[0].save(buffer, "WEBP", save_all=True, append_images=frames[1:], lossless=True, duration=100)
        data = buffer.getvalue()
    with load(data, "dancing.gif") as source:
        assert source.page_count == 1
        assert len(source.notes) == 1
        assert "dancing.gif" in source.notes[0]
        assert "animated" in source.notes[0]
        assert "first frame" in source.notes[0]
        assert source.page(0).getpixel((5, 5))[:3] == RED


def test_a_still_gif_has_no_note(load):
    with load(encoded(Image.new("RGB", (30, 20), RED), "GIF"), "still.gif") as source:
        assert source.notes == []


# --- orientation -------------------------------------------------------------------------


# A 400×200 photo with a red block in its stored top-left corner, and where that block must
# appear once the picture is upright.
@pytest.mark.parametrize(
    ("orientation", "size", "corner"),
    [
        (1, (400, 200), (10, 10)),  # as stored
        (2, (400, 200), (390, 10)),  # mirrored left–right
        (3, (400, 200), (390, 190)),  # upside down
        (6, (200, 400), (190, 10)),  # turned a quarter clockwise (a phone held upright)
        (8, (200, 400), (10, 390)),  # turned a quarter anticlockwise
    ],
)
def test_exif_orientation_is_applied(load, orientation, size, corner):
    data = encoded(marked((400, 200), marker_box=(0, 0, 40, 40)), "JPEG", quality=95, exif=gps_exif(orientation))
    with load(data, "phone.jpg") as source:
        assert source.page_size(0) == size
        page = source.page(0)
        small = source.page(0, max_side=100)  # JPEG draft decoding takes the same turn
    assert page.size == size
    assert close_to(page.getpixel(corner), RED, 40)
    assert small.size[0] / small.size[1] == pytest.approx(size[0] / size[1], rel=0.02)


def test_tiff_orientation_is_applied_once(load):
    data = encoded(marked((100, 50), marker_box=(0, 0, 10, 10)), "TIFF", tiffinfo={0x0112: 6})
    with load(data, "scan.tiff") as source:
        assert source.page_size(0) == (50, 100)
        page = source.page(0)
    assert page.size == (50, 100)
    assert page.getpixel((48, 2)) == RED


def test_draft_decoding_for_the_model_leaves_full_resolution_available(load):
    with load(encoded(screenshot(4096, 3072), "JPEG", quality=90), "big.jpg") as source:
        small = source.page(0, max_side=1024)
        full = source.page(0)
    assert 1024 <= max(small.size) < 4096
    assert full.size == (4096, 3072)


def test_thumbnail_of_a_raster_page(load):
    with load(encoded(screenshot(1000, 600), "PNG"), "shot.png") as source:
        thumb = source.thumbnail(0, 128)
    assert thumb.size == (128, 77)


# --- colour and depth --------------------------------------------------------------------


def test_cmyk_jpeg_without_a_profile_becomes_rgb(load):
    data = encoded(Image.new("CMYK", (40, 30), (0, 255, 255, 0)), "JPEG", quality=95)  # no cyan, full magenta+yellow
    with load(data, "print.jpg") as source:
        page = source.page(0)
    assert page.mode == "RGB"
    assert close_to(page.getpixel((5, 5)), RED)


@pytest.mark.parametrize(
    ("pil_format", "params"), [("PNG", {}), ("JPEG", {"quality": 100}), ("TIFF", {}), ("WEBP", {"lossless": True})]
)
def test_an_embedded_profile_is_converted_to_srgb(load, pil_format, params):
    # The profile says "red channel = green primary": colour management turns red into green.
    data = encoded(Image.new("RGB", (20, 20), RED), pil_format, icc_profile=swapped_primaries_profile(), **params)
    with load(data, "wide-gamut.img") as source:
        page = source.page(0)
    assert page.mode == "RGB"
    assert page.info == {}
    assert close_to(page.getpixel((5, 5)), GREEN, 6)


@pytest.mark.parametrize(
    "profile",
    [
        ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes(),  # a profile for another colour space
        b"not an ICC profile at all " * 8,
    ],
    ids=["lab-profile", "garbage-profile"],
)
def test_a_profile_that_does_not_fit_is_ignored(load, profile):
    data = encoded(Image.new("RGB", (20, 20), (10, 200, 30)), "PNG", icc_profile=profile)
    with load(data, "odd-profile.png") as source:
        page = source.page(0)
    assert page.mode == "RGB"
    assert page.getpixel((5, 5)) == (10, 200, 30)


def test_16_bit_greyscale_spans_the_full_8_bit_range(load):
    deep = Image.new("I;16", (256, 2))
    for x in range(256):
        for y in range(2):
            deep.putpixel((x, y), x * 257)  # 0 … 65535
    data = encoded(deep, "PNG")
    assert Image.open(io.BytesIO(data)).mode == "I;16"
    with load(data, "xray.png") as source:
        page = source.page(0)
    assert page.mode == "L"
    assert page.getextrema() == (0, 255)
    assert [page.getpixel((x, 0)) for x in (0, 64, 128, 255)] == pytest.approx([0, 64, 128, 255], abs=1)


@pytest.mark.parametrize(("level", "expected"), [(65535, 255), (0, 0), (32896, 128)])
def test_a_flat_16_bit_page_keeps_its_brightness(load, level, expected):
    # A blank 16-bit scan is white: there is no range to stretch, and it must not turn black.
    data = encoded(Image.new("I;16", (50, 40), level), "PNG")
    with load(data, "blank.png") as source:
        page = source.page(0)
    assert page.mode == "L"
    assert page.getextrema() == (expected, expected)


def test_palette_with_transparency_becomes_rgba(load):
    image = Image.new("P", (20, 20), 0)
    image.putpalette([255, 0, 0, 0, 0, 255])
    image.paste(1, (10, 0, 20, 20))
    with load(encoded(image, "PNG", transparency=0), "icon.png") as source:
        page = source.page(0)
    assert page.mode == "RGBA"
    assert page.getpixel((2, 2))[3] == 0
    assert page.getpixel((15, 2)) == (0, 0, 255, 255)


def test_palette_without_transparency_becomes_rgb(load):
    image = Image.new("P", (20, 20), 1)
    image.putpalette([255, 0, 0, 0, 0, 255])
    with load(encoded(image, "PNG"), "flat.png") as source:
        page = source.page(0)
    assert page.mode == "RGB"
    assert page.getpixel((2, 2)) == BLUE


def test_grey_with_alpha_becomes_rgba(load):
    image = Image.new("LA", (20, 20), (100, 255))
    image.putpixel((0, 0), (100, 0))
    with load(encoded(image, "PNG"), "shadow.png") as source:
        page = source.page(0)
    assert page.mode == "RGBA"
    assert page.getpixel((0, 0))[3] == 0
    assert page.getpixel((5, 5)) == (100, 100, 100, 255)


def test_an_alpha_channel_that_is_fully_opaque_is_dropped(load):
    with load(encoded(Image.new("RGBA", (20, 20), (1, 2, 3, 255)), "PNG"), "opaque.png") as source:
        page = source.page(0)
    assert page.mode == "RGB"
    assert page.getpixel((0, 0)) == (1, 2, 3)


def test_real_transparency_is_kept(load):
    image = Image.new("RGBA", (20, 20), (1, 2, 3, 255))
    image.putpixel((0, 0), (0, 0, 0, 0))
    with load(encoded(image, "PNG"), "cutout.png") as source:
        assert source.page(0).mode == "RGBA"


@pytest.mark.parametrize(("mode", "expected"), [("1", "L"), ("L", "L"), ("RGB", "RGB"), ("CMYK", "RGB")])
def test_modes_become_8_bit(load, mode, expected):
    fmt = "JPEG" if mode == "CMYK" else "TIFF"
    with load(encoded(Image.new(mode, (16, 16)), fmt), f"mode.{fmt.lower()}") as source:
        assert source.page(0).mode == expected


def test_heic_is_read_by_the_decoder_the_app_ships():
    """The tests write HEIC with pillow-heif; what reads it must be pi-heif, as in the installers."""
    from PIL import Image

    opener = Image.OPEN["HEIF"][0]
    assert opener.__module__.startswith("pi_heif"), opener.__module__
