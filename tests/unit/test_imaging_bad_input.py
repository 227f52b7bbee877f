"""Whatever is dropped or pasted, the pipeline answers with an image to send or one plain
sentence (a KnownError) — never a traceback."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st
from PIL import Image

from imaging_samples import (
    animated_gif,
    decoded,
    encoded,
    encrypted_pdf,
    gps_exif,
    pdf_from_objects,
    pdf_with_broken_last_page,
    photo,
    png_chunk,
    png_declaring,
    screenshot,
)
from pixdesk import catalog
from pixdesk.domain import Attachment
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.imaging.intake import attachment_from_bytes, attachment_from_file, prepare_file
from pixdesk.imaging.sources import MAX_RASTER_FILE_BYTES

REFUSALS = (Kind.UNSUPPORTED_FILE, Kind.TOO_LARGE, Kind.BAD_INPUT)
PNG = encoded(screenshot(200, 150), "PNG")
JPEG = encoded(photo(200, 150), "JPEG", quality=90)


def _assert_plain(error: KnownError, name: str) -> None:
    assert error.kind in REFUSALS
    assert error.action is Action.FIX_INPUT
    assert name in error.message, "the message names the file"
    for said in (error.message, error.action_hint, error.sentence()):
        for word in ("Error", "Traceback", "PIL", "Pdfium", "PDFium", "errno", "0x"):
            assert word not in said
    assert error.message.endswith(".")


def _refused_file(path, kind: Kind) -> KnownError:
    with pytest.raises(KnownError) as caught:
        attachment_from_file(path)
    _assert_plain(caught.value, path.name)
    assert caught.value.kind is kind
    return caught.value


def _refused_bytes(data: bytes, name: str, kind: Kind) -> KnownError:
    with pytest.raises(KnownError) as caught:
        attachment_from_bytes(data, name)
    _assert_plain(caught.value, name)
    assert caught.value.kind is kind
    return caught.value


def _truncated_png() -> bytes:
    data = encoded(photo(300, 200), "PNG")  # IDAT is most of the file
    return data[: len(data) // 2]


def _corrupt_png_header() -> bytes:
    good = png_chunk(b"IHDR", b"\x00\x00\x00\x40\x00\x00\x00\x30\x08\x02\x00\x00\x00")
    bad = good[:-4] + bytes(4)  # wrong CRC
    return b"\x89PNG\r\n\x1a\n" + bad + PNG[33:]


BAD = {
    # name: (file name, bytes, kind, a word the message must contain)
    "empty": ("empty.png", b"", Kind.UNSUPPORTED_FILE, "empty"),
    "html": (
        "photo.png",
        b"<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>",
        Kind.UNSUPPORTED_FILE,
        "not an image",
    ),
    "text": ("notes.jpg", b"Meeting notes\n- buy milk\n", Kind.UNSUPPORTED_FILE, "not an image"),
    "truncated-png": ("half.png", _truncated_png(), Kind.UNSUPPORTED_FILE, "damaged"),
    "truncated-jpeg": ("half.jpg", JPEG[: len(JPEG) // 2], Kind.UNSUPPORTED_FILE, "damaged"),
    "jpeg-no-frame": ("stub.jpg", JPEG[:20], Kind.UNSUPPORTED_FILE, "damaged"),
    "corrupt-png-header": ("header.png", _corrupt_png_header(), Kind.UNSUPPORTED_FILE, "damaged"),
    "corrupt-jpeg-header": (
        "header.jpg",
        b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4,
        Kind.UNSUPPORTED_FILE,
        "damaged",
    ),
    "png-signature-only": ("sig.png", b"\x89PNG\r\n\x1a\n" + bytes(4096), Kind.UNSUPPORTED_FILE, "damaged"),
    "bomb": ("bomb.png", png_declaring(60_000, 60_000), Kind.TOO_LARGE, "60,000×60,000"),
    "wide-bomb": ("strip.png", png_declaring(1_000_000, 100), Kind.TOO_LARGE, "too large"),
    "svg": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        Kind.UNSUPPORTED_FILE,
        "SVG",
    ),
    "svg-with-prolog": (
        "logo.png",
        b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
        Kind.UNSUPPORTED_FILE,
        "SVG",
    ),
    "encrypted-pdf": ("secret.pdf", encrypted_pdf(), Kind.UNSUPPORTED_FILE, "password"),
    "broken-pdf": ("broken.pdf", b"%PDF-1.4 garbage", Kind.UNSUPPORTED_FILE, "damaged PDF"),
    "pdf-without-pages": (
        "none.pdf",
        pdf_from_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        Kind.UNSUPPORTED_FILE,
        "PDF",
    ),
    "truncated-gif": ("cut.gif", animated_gif()[:40], Kind.UNSUPPORTED_FILE, "damaged"),
    "heic-header-only": (
        "phone.heic",
        encoded(Image.new("RGB", (64, 48)), "HEIF")[:100],
        Kind.UNSUPPORTED_FILE,
        "damaged",
    ),
}


@pytest.mark.parametrize("case", BAD.values(), ids=BAD.keys())
def test_bad_files_are_refused_in_plain_words(tmp_path, case):
    name, data, kind, word = case
    path = tmp_path / name
    path.write_bytes(data)
    assert word in _refused_file(path, kind).message


@pytest.mark.parametrize("case", BAD.values(), ids=BAD.keys())
def test_bad_bytes_are_refused_in_plain_words(case):
    name, data, kind, word = case
    assert word in _refused_bytes(data, name, kind).message


def test_pdfium_itself_reports_the_password():
    # the password sentence is chosen on PDFium's own report, not guessed from the bytes
    error = _refused_bytes(encrypted_pdf(), "secret.pdf", Kind.UNSUPPORTED_FILE)
    assert "password" in error.detail.lower()
    assert "Open it, remove the password" in error.action_hint


def test_a_pdf_with_a_page_that_cannot_be_loaded(tmp_path):
    # pages 1 and 2 are fine; page 3 is not a page at all
    path = tmp_path / "partly.pdf"
    path.write_bytes(pdf_with_broken_last_page())
    assert len(prepare_file(path, pages="1-2")) == 2
    with pytest.raises(KnownError) as caught:
        prepare_file(path, pages="3")
    _assert_plain(caught.value, "partly.pdf")
    assert "page (3)" in caught.value.message


def test_a_huge_file_is_refused_by_its_size(tmp_path):
    # 500 MB on paper, a few bytes on disk: refused from its size, never read
    path = tmp_path / "huge.png"
    with path.open("wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(500 * 2**20)
    assert path.stat().st_size > MAX_RASTER_FILE_BYTES
    error = _refused_file(path, Kind.TOO_LARGE)
    assert "500 MB" in error.message
    assert "256 MB" in error.message


def test_a_directory(tmp_path):
    folder = tmp_path / "screens"
    folder.mkdir()
    assert "folder" in _refused_file(folder, Kind.BAD_INPUT).message


def test_a_missing_path(tmp_path):
    assert "does not exist" in _refused_file(tmp_path / "nowhere.png", Kind.BAD_INPUT).message


def test_every_cut_of_an_animated_gif(tmp_path):
    # Cutting a GIF inside a frame header once escaped as IndexError / struct.error.
    data = animated_gif()
    for cut in range(1, len(data)):
        _sent_or_refused(data[:cut], "cut.gif")


def test_an_image_with_unreadable_exif_is_still_sent():
    # EXIF whose TIFF header is garbage: the pixels are fine, so the picture goes through
    data = encoded(screenshot(120, 80), "JPEG", quality=95, exif=b"Exif\x00\x00MM\x04*\x00\x00\x00\x08" + bytes(32))
    attachment = attachment_from_bytes(data, "odd.jpg")
    assert (attachment.width, attachment.height) == (120, 80)
    assert decoded(attachment.data).format == attachment.format.upper()


# --- fuzzing ---------------------------------------------------------------------------------


def _count(outcome: str) -> None:
    """Tally outcomes for `pytest --hypothesis-show-statistics` (a fuzzer that only ever hits
    "not an image" would test nothing)."""
    if currently_in_test_context():
        event(outcome)


def _sent_or_refused(data: bytes, name: str = "fuzzed") -> None:
    """The contract: an Attachment that really is what it says, or a KnownError. Anything else
    (IndexError, struct.error, PdfiumError, ...) propagates and fails the test."""
    try:
        attachment = attachment_from_bytes(data, name)
    except KnownError as error:
        assert error.kind in REFUSALS
        assert error.message.strip()
        _count(f"refused: {error.message.removeprefix(name).strip()[:40]}")
        return
    _count("sent")
    assert isinstance(attachment, Attachment)
    assert attachment.format in ("png", "jpeg")
    image = decoded(attachment.data)
    assert image.format == attachment.format.upper()
    assert image.size == (attachment.width, attachment.height)
    assert max(image.size) <= catalog.LIMITS.model_side_px
    assert attachment.size_bytes <= catalog.LIMITS.image_bytes


def _seeds() -> dict[str, bytes]:
    small = screenshot(48, 32)
    frames = io.BytesIO()
    Image.new("RGB", (8, 6), (255, 0, 0)).save(
        frames, "GIF", save_all=True, append_images=[Image.new("RGB", (8, 6), (0, 0, 255))]
    )
    return {
        "png": encoded(small, "PNG"),
        "jpeg": encoded(small, "JPEG", quality=80),
        "jpeg-exif": encoded(small, "JPEG", quality=80, exif=gps_exif(6)),
        "gif": frames.getvalue(),
        "pdf": encoded(small.convert("L"), "PDF", resolution=300.0),
        "tiff": encoded(small, "TIFF", compression="tiff_lzw"),
        "webp": encoded(small, "WEBP", lossless=True),
    }


SEEDS = _seeds()


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        # past the signature (which only decides who parses it), half the time in the header,
        # where parsers make their decisions
        limit = len(data) - 1 if draw(st.booleans()) else min(len(data) - 1, 96)
        at = draw(st.integers(min(8, limit), limit))
        operation = draw(st.sampled_from(["flip", "insert", "truncate", "overwrite"]))
        if operation == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[at : at + len(chunk)] = chunk
        else:
            data = data[:at]
    return bytes(data)


# Pillow warns (UserWarning) about damaged EXIF and TIFF tags before it raises or recovers;
# outside pytest's "warnings are errors" that is a line on stderr, not a failure, so here too.
_PIL_WARNINGS = pytest.mark.filterwarnings("ignore::UserWarning:PIL")


@_PIL_WARNINGS
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    _sent_or_refused(data)


@_PIL_WARNINGS
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(
        [
            b"\x89PNG\r\n\x1a\n",
            b"\xff\xd8\xff",
            b"GIF89a",
            b"%PDF-1.4\n",
            b"II*\x00",
            b"BM",
            b"RIFF\x00\x00\x00\x00WEBP",
            b"\x00\x00\x00\x1cftypheic",
        ]
    ),
    st.binary(max_size=2048),
)
def test_random_bytes_behind_a_real_signature(signature, rest):
    _sent_or_refused(signature + rest)


@_PIL_WARNINGS
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_images(data):
    _sent_or_refused(data)


@_PIL_WARNINGS
def test_fuzz_seeds_are_valid():
    # the fuzzing above starts from files that are sent as they are
    for name, data in SEEDS.items():
        attachment = attachment_from_bytes(data, name)
        assert decoded(attachment.data).format == attachment.format.upper()
