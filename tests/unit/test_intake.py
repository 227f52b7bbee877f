"""Recognising images by their bytes, and refusing in plain words what Bedrock would not take."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from pixdesk.errors import Action, Kind, KnownError
from pixdesk.imaging.formats import image_dimensions, sniff_format
from pixdesk.imaging.intake import attachment_from_bytes, attachment_from_file

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
SVG_WITH_PROLOG = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                   b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')


def image_bytes(fmt: str, size: tuple[int, int] = (40, 30), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 100, 50) if mode == "RGB" else 0).save(buffer, fmt)
    return buffer.getvalue()


# --- sniff_format ------------------------------------------------------------------------


@pytest.mark.parametrize(("pil_format", "expected"), [
    ("PNG", "png"), ("JPEG", "jpeg"), ("GIF", "gif"), ("WEBP", "webp"), ("BMP", "bmp"), ("TIFF", "tiff"),
])
def test_sniff_pillow_images(pil_format, expected):
    assert sniff_format(image_bytes(pil_format)) == expected


@pytest.mark.parametrize(("data", "expected"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "pdf"),
    (SVG, "svg"),
    (SVG_WITH_PROLOG, "svg"),
    (b"GIF89a" + b"\0" * 20, "gif"),
    (b"GIF87a" + b"\0" * 20, "gif"),
    (b"MM\x00*" + b"\0" * 20, "tiff"),
])
def test_sniff_other_signatures(data, expected):
    assert sniff_format(data) == expected


@pytest.mark.parametrize("data", [
    b"hello",
    b"",
    b"<html><body>not an image</body></html>",
    b"RIFF\x24\x00\x00\x00WAVEfmt ",  # RIFF, but a WAV file
    b"<?xml version='1.0'?><note>no svg here</note>",
])
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


@pytest.mark.parametrize(("pil_format", "expected"), [
    ("PNG", "png"), ("JPEG", "jpeg"), ("GIF", "gif"), ("WEBP", "webp"),
])
def test_accepted_images(pil_format, expected):
    data = image_bytes(pil_format, (64, 48))
    attachment = attachment_from_bytes(data, "pic")
    assert attachment.format == expected
    assert (attachment.width, attachment.height) == (64, 48)
    assert attachment.data == data
    assert attachment.name == "pic"
    assert attachment.size_bytes == len(data)


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


@pytest.mark.parametrize(("pil_format", "word"), [("BMP", "BMP"), ("TIFF", "TIFF")])
def test_formats_bedrock_does_not_accept_are_named(pil_format, word):
    error = _refused(image_bytes(pil_format))
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert word in error.message


@pytest.mark.parametrize(("data", "word"), [(b"%PDF-1.7\n...", "PDF"), (SVG, "SVG")])
def test_documents_are_named(data, word):
    error = _refused(data)
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert word in error.message


def test_truncated_png_is_damaged():
    error = _refused(image_bytes("PNG")[:30])
    assert error.kind is Kind.UNSUPPORTED_FILE
    assert "damaged" in error.message
    assert "PNG" in error.message


def test_over_the_byte_limit():
    data = b"\x89PNG\r\n\x1a\n" + b"\0" * 3_750_000
    assert len(data) > 3_750_000
    error = _refused(data)
    assert error.kind is Kind.TOO_LARGE
    assert "3.75 MB" in error.message


def test_over_the_side_limit():
    error = _refused(image_bytes("PNG", (8001, 10), mode="L"))
    assert error.kind is Kind.TOO_LARGE
    assert "8001" in error.message


def test_exactly_the_side_limit_is_accepted():
    attachment = attachment_from_bytes(image_bytes("PNG", (8000, 10), mode="L"), "edge")
    assert (attachment.width, attachment.height) == (8000, 10)


# --- attachment_from_file ----------------------------------------------------------------


def _refused_file(path: Path) -> KnownError:
    with pytest.raises(KnownError) as caught:
        attachment_from_file(path)
    error = caught.value
    assert error.kind is Kind.BAD_INPUT
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
    data = image_bytes("PNG", (50, 20))
    path.write_bytes(data)
    attachment = attachment_from_file(str(path))
    assert (attachment.format, attachment.width, attachment.height) == ("png", 50, 20)
    assert attachment.name == "shot.png"
    assert attachment.data == data


def test_wrong_extension_is_ignored(tmp_path):
    path = tmp_path / "really-a-png.jpg"
    path.write_bytes(image_bytes("PNG", (30, 40)))
    attachment = attachment_from_file(path)
    assert attachment.format == "png"
    assert (attachment.width, attachment.height) == (30, 40)


def test_large_file_is_too_large(tmp_path):
    path = tmp_path / "huge.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 4_000_000)
    with pytest.raises(KnownError) as caught:
        attachment_from_file(path)
    assert caught.value.kind is Kind.TOO_LARGE
