"""The front door for images: recognising them by their bytes, turning anything readable into
a Bedrock-ready PNG or JPEG, and refusing in plain words what cannot be sent."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, PngImagePlugin

from pixdesk import catalog
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.formats import image_dimensions, sniff_format
from pixdesk.imaging.intake import (
    attachment_from_bytes,
    attachment_from_file,
    parse_box,
    parse_pages,
    prepare_file,
)

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
SVG_WITH_PROLOG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
)
COLOUR = (200, 100, 50)


def image_bytes(fmt: str, size: tuple[int, int] = (40, 30), mode: str = "RGB", **params) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, COLOUR if mode == "RGB" else 0).save(buffer, fmt, **params)
    return buffer.getvalue()


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# --- sniff_format ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pil_format", "expected"),
    [
        ("PNG", "png"),
        ("JPEG", "jpeg"),
        ("GIF", "gif"),
        ("WEBP", "webp"),
        ("BMP", "bmp"),
        ("TIFF", "tiff"),
        ("HEIF", "heic"),
        ("PDF", "pdf"),
    ],
)
def test_sniff_pillow_images(pil_format, expected):
    assert sniff_format(image_bytes(pil_format)) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "pdf"),
        (SVG, "svg"),
        (SVG_WITH_PROLOG, "svg"),
        (b"GIF89a" + b"\0" * 20, "gif"),
        (b"GIF87a" + b"\0" * 20, "gif"),
        (b"MM\x00*" + b"\0" * 20, "tiff"),
        (b"\x00\x00\x00\x18ftypmif1" + b"\0" * 20, "heic"),
    ],
)
def test_sniff_other_signatures(data, expected):
    assert sniff_format(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"hello",
        b"",
        b"<html><body>not an image</body></html>",
        b"RIFF\x24\x00\x00\x00WAVEfmt ",  # RIFF, but a WAV file
        b"<?xml version='1.0'?><note>no svg here</note>",
    ],
)
def test_sniff_unknown_is_none(data):
    assert sniff_format(data) is None


def test_sniff_ignores_what_the_name_would_say():
    # a JPEG is a JPEG whatever it is called: sniffing sees only bytes
    assert sniff_format(image_bytes("JPEG")) == "jpeg"
    assert sniff_format(image_bytes("PNG")) != "jpeg"


def test_image_dimensions_reads_the_header():
    assert image_dimensions(image_bytes("PNG", (123, 45))) == (123, 45)
    assert image_dimensions(b"hello") is None


# --- attachment_from_bytes ---------------------------------------------------------------


@pytest.mark.parametrize("pil_format", ["PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF", "HEIF"])
def test_every_image_format_is_sent_as_png_or_jpeg(pil_format):
    data = image_bytes(pil_format, (64, 48))
    attachment = attachment_from_bytes(data, "pic")
    assert attachment.format == "png"  # one flat colour: synthetic, so lossless
    assert (attachment.width, attachment.height) == (64, 48)
    assert attachment.name == "pic"
    assert attachment.size_bytes == len(attachment.data)
    image = decoded(attachment.data)
    assert image.format == "PNG"
    assert image.size == (64, 48)
    assert max(abs(a - b) for a, b in zip(image.convert("RGB").getpixel((10, 10)), COLOUR, strict=True)) <= 6


def test_a_pdf_is_sent_as_its_first_page():
    attachment = attachment_from_bytes(image_bytes("PDF", (144, 72), resolution=72.0), "doc.pdf")
    assert attachment.format == "png"
    assert (attachment.width, attachment.height) == (400, 200)  # 2×1 inches at 200 dpi
    assert attachment.name == "doc.pdf"


def test_the_bytes_are_always_re_encoded():
    data = image_bytes("PNG", (64, 48), pnginfo=_text_chunk())
    attachment = attachment_from_bytes(data, "pic")
    assert attachment.data != data
    assert b"tEXt" not in attachment.data


def _text_chunk() -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "someone")
    return info


def _refused(data: bytes, name: str = "pic") -> KnownError:
    with pytest.raises(KnownError) as caught:
        attachment_from_bytes(data, name)
    error = caught.value
    assert error.action is Action.FIX_INPUT
    assert error.kind.exit_code == 2
    assert error.message.strip()
    assert name in error.message
    return error


def test_empty_bytes():
    assert _refused(b"").kind is Kind.UNSUPPORTED_FILE


def test_html_text():
    error = _refused(b"<!DOCTYPE html><html><body>hello</body></html>")
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert "PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC and PDF" in error.action_hint


@pytest.mark.parametrize(("data", "word"), [(b"%PDF-1.7\n...", "PDF"), (SVG, "SVG"), (SVG_WITH_PROLOG, "SVG")])
def test_documents_that_cannot_be_read_are_named(data, word):
    error = _refused(data)
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert word in error.message


def test_truncated_png_is_damaged():
    error = _refused(image_bytes("PNG")[:30])
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert "damaged" in error.message
    assert "PNG" in error.message


def test_a_png_signature_followed_by_nothing_is_damaged():
    error = _refused(b"\x89PNG\r\n\x1a\n" + b"\0" * 3_750_000)
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert "damaged" in error.message


def test_over_the_byte_limit_is_re_encoded_under_it():
    noise = Image.merge("RGB", [Image.effect_noise((2000, 2000), 100) for _ in range(3)])
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=98)
    assert len(buffer.getvalue()) > catalog.LIMITS.image_bytes
    attachment = attachment_from_bytes(buffer.getvalue(), "noise.jpg", Resolution.ORIGINAL)
    assert attachment.format == "jpeg"
    assert attachment.size_bytes <= catalog.LIMITS.image_bytes
    assert decoded(attachment.data).size == (attachment.width, attachment.height)


@pytest.mark.parametrize(("resolution", "expected"), [(Resolution.MODEL, (1024, 1)), (Resolution.ORIGINAL, (8000, 10))])
def test_over_the_side_limit_is_fitted(resolution, expected):
    attachment = attachment_from_bytes(image_bytes("PNG", (8001, 10), mode="L"), "wide", resolution)
    assert (attachment.width, attachment.height) == expected
    assert decoded(attachment.data).size == expected


def test_exactly_the_side_limit_is_kept_at_original_resolution():
    attachment = attachment_from_bytes(image_bytes("PNG", (8000, 10), mode="L"), "edge", Resolution.ORIGINAL)
    assert (attachment.width, attachment.height) == (8000, 10)


def test_the_default_is_what_the_model_sees():
    attachment = attachment_from_bytes(image_bytes("PNG", (2048, 1536)), "big")
    assert (attachment.width, attachment.height) == (1024, 768)


# --- attachment_from_file ----------------------------------------------------------------


def _refused_file(path: Path, kind: Kind = Kind.BAD_INPUT) -> KnownError:
    with pytest.raises(KnownError) as caught:
        attachment_from_file(path)
    error = caught.value
    assert error.kind is kind
    assert error.action is Action.FIX_INPUT
    assert error.message.strip()
    return error


def test_missing_file(tmp_path):
    error = _refused_file(tmp_path / "nowhere.png")
    assert "nowhere.png" in error.message


def test_a_directory(tmp_path):
    folder = tmp_path / "screens"
    folder.mkdir()
    error = _refused_file(folder)
    assert "screens" in error.message


def test_path_through_a_file(tmp_path):
    # "shot.png/inner.png": the parent is a file, so the OS refuses (NotADirectoryError)
    parent = tmp_path / "shot.png"
    parent.write_bytes(image_bytes("PNG"))
    error = _refused_file(parent / "inner.png")
    assert "inner.png" in error.message


def _unreadable_path(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        path = tmp_path / "secret.png"
        path.write_bytes(image_bytes("PNG"))
        path.chmod(0)
        return path
    # root reads any regular file; this kernel file is write-only even for root
    return Path("/proc/sys/vm/drop_caches")


def test_unreadable_file(tmp_path):
    path = _unreadable_path(tmp_path)
    error = _refused_file(path)
    assert path.name in error.message
    assert "not allowed" in error.message


def test_valid_file(tmp_path):
    path = tmp_path / "shot.png"
    path.write_bytes(image_bytes("PNG", (50, 20)))
    attachment = attachment_from_file(str(path))
    assert (attachment.format, attachment.width, attachment.height) == ("png", 50, 20)
    assert attachment.name == "shot.png"
    assert decoded(attachment.data).convert("RGB").getpixel((0, 0)) == COLOUR


@pytest.mark.parametrize(("pil_format", "name"), [("BMP", "scan.bmp"), ("TIFF", "scan.tif"), ("HEIF", "IMG_0001.HEIC")])
def test_formats_bedrock_does_not_take_are_converted(tmp_path, pil_format, name):
    path = tmp_path / name
    path.write_bytes(image_bytes(pil_format, (30, 40)))
    attachment = attachment_from_file(path)
    assert attachment.format in ("png", "jpeg")
    assert attachment.format in catalog.LIMITS.image_formats
    assert (attachment.width, attachment.height) == (30, 40)
    assert decoded(attachment.data).format == attachment.format.upper()


def test_wrong_extension_is_ignored(tmp_path):
    path = tmp_path / "really-a-png.jpg"
    path.write_bytes(image_bytes("PNG", (30, 40)))
    attachment = attachment_from_file(path)
    assert attachment.format == "png"
    assert (attachment.width, attachment.height) == (30, 40)


def test_html_with_an_image_name_is_not_an_image(tmp_path):
    path = tmp_path / "download.jpg"
    path.write_bytes(b"<!doctype html><title>Sign in</title>")
    error = _refused_file(path, Kind.UNSUPPORTED_FILE)
    assert "download.jpg is not an image" in error.message


# --- prepare_file ------------------------------------------------------------------------


@pytest.fixture
def three_page_tiff(tmp_path) -> Path:
    pages = [Image.new("RGB", (40 + 10 * i, 30), colour) for i, colour in enumerate(["red", "lime", "blue"])]
    path = tmp_path / "scan.tiff"
    pages[0].save(path, save_all=True, append_images=pages[1:])
    return path


def test_prepare_file_pages(three_page_tiff):
    assert [p.page_index for p in prepare_file(three_page_tiff)] == [0]
    prepared = prepare_file(three_page_tiff, pages="3,1")
    assert [p.page_index for p in prepared] == [2, 0]
    assert [p.attachment.name for p in prepared] == ["scan.tiff (page 3)", "scan.tiff (page 1)"]
    assert [p.attachment.width for p in prepared] == [60, 40]
    assert len(prepare_file(three_page_tiff, pages="all")) == 3


def test_prepare_file_crops_every_page_asked_for(three_page_tiff):
    prepared = prepare_file(three_page_tiff, pages="1-2", crop=(5, 5, 10, 10))
    assert [(p.attachment.width, p.attachment.height, p.box) for p in prepared] == [(10, 10, (5, 5, 10, 10))] * 2
    assert decoded(prepared[1].attachment.data).convert("RGB").getpixel((0, 0)) == (0, 255, 0)


def test_prepare_file_page_beyond_the_document(three_page_tiff):
    with pytest.raises(KnownError) as caught:
        prepare_file(three_page_tiff, pages="4")
    assert caught.value.kind is Kind.BAD_INPUT
    assert "has 3" in caught.value.message


def test_a_page_list_is_ignored_for_a_single_image(tmp_path):
    path = tmp_path / "shot.png"
    path.write_bytes(image_bytes("PNG"))
    assert [p.page_index for p in prepare_file(path, pages="2-5")] == [0]


# --- parse_pages / parse_box -------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "count", "expected"),
    [
        ("1-3,5", 5, [0, 1, 2, 4]),
        ("all", 4, [0, 1, 2, 3]),
        ("  ALL ", 2, [0, 1]),
        (None, 7, [0]),
        ("2", 2, [1]),
        (" 1 - 2 , 4 ", 4, [0, 1, 3]),
        ("3,1-3", 3, [2, 0, 1]),  # the order asked for, without repeats
        ("2-2", 3, [1]),
    ],
)
def test_parse_pages(spec, count, expected):
    assert parse_pages(spec, count) == expected


@pytest.mark.parametrize("spec", ["", "a", "1-", "-3", "1,,2", "1.5", "1;2", "one", "1-2-3", "3-1", "0", "0-2"])
def test_parse_pages_refuses_what_is_not_a_page_list(spec):
    with pytest.raises(KnownError) as caught:
        parse_pages(spec, 10)
    assert caught.value.kind is Kind.BAD_INPUT
    assert caught.value.action is Action.FIX_INPUT


def test_parse_pages_zero_says_pages_start_at_one():
    with pytest.raises(KnownError) as caught:
        parse_pages("0", 3)
    assert "numbered from 1" in caught.value.action_hint


@pytest.mark.parametrize("spec", ["4", "1-4", "2,9"])
def test_parse_pages_beyond_the_document(spec):
    with pytest.raises(KnownError) as caught:
        parse_pages(spec, 3)
    assert caught.value.kind is Kind.BAD_INPUT
    assert "the document has 3" in caught.value.message


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("100,200,640,480", (100, 200, 640, 480)),
        (" 1, 2 ,3 ,4 ", (1, 2, 3, 4)),
        ("0,0,0,0", (0, 0, 0, 0)),  # parses; the crop itself refuses an empty area
    ],
)
def test_parse_box(spec, expected):
    assert parse_box(spec) == expected


@pytest.mark.parametrize(
    "spec", ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "-1,2,3,4", "1.5,2,3,4", "1 2 3 4", "²,2,3,4", "1,2,3,"]
)
def test_parse_box_refuses_what_is_not_an_area(spec):
    with pytest.raises(KnownError) as caught:
        parse_box(spec)
    assert caught.value.kind is Kind.BAD_INPUT
    assert "x,y,width,height" in caught.value.action_hint


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789,- ²١aA\t"), max_size=20), st.integers(1, 50))  # noqa: RUF001 - a digit that is not ASCII, on purpose
def test_parse_pages_and_box_answer_any_text(spec, count):
    try:
        pages = parse_pages(spec, count)
    except KnownError as error:
        assert error.kind is Kind.BAD_INPUT
    else:
        assert pages and all(0 <= page < count for page in pages)
        assert len(set(pages)) == len(pages)
    try:
        box = parse_box(spec)
    except KnownError as error:
        assert error.kind is Kind.BAD_INPUT
    else:
        assert len(box) == 4 and all(isinstance(v, int) and v >= 0 for v in box)
