"""Redaction burns black boxes into what is sent, at every size a page is decoded at; fine-print
tiles cover the page within one request; the context image outlines the region."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from imaging_samples import encoded
from imaging_samples import photo as photo_sample
from pixdesk import catalog
from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.prepare import (
    fine_print_boxes,
    fine_print_tokens,
    prepare_context,
    prepare_crop,
    prepare_fine_print,
    prepare_page,
)
from pixdesk.imaging.redact import redact, scaled_edges
from pixdesk.imaging.sources import open_source_bytes

SECRET = (255, 0, 255)  # a colour found only under the redaction


def _count(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 0) -> int:
    rgb = image.convert("RGB")
    return sum(
        n
        for n, c in rgb.getcolors(rgb.size[0] * rgb.size[1])
        if all(abs(a - b) <= tolerance for a, b in zip(c, colour, strict=False))
    )


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _page_with_secret(size=(1200, 900), box=(300, 200, 400, 300)) -> tuple[bytes, tuple[int, int, int, int]]:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for y in range(0, size[1], 40):  # lines of "text", so it stays a PNG (synthetic) when sent
        draw.line((20, y, size[0] - 20, y), fill=(40, 40, 40), width=3)
    x, y, w, h = box
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=SECRET)
    return encoded(image, "PNG"), box


@settings(max_examples=200, deadline=None)
@given(width=st.integers(8, 300), height=st.integers(8, 300), data=st.data())
def test_no_covered_pixel_survives_at_any_decoded_size(width, height, data):
    """A redaction may cover a pixel more, never a pixel less — however small the page is decoded."""
    x = data.draw(st.integers(0, width - 1))
    y = data.draw(st.integers(0, height - 1))
    box = (x, y, data.draw(st.integers(1, width - x)), data.draw(st.integers(1, height - y)))
    full = Image.new("RGB", (width, height), "white")
    full.paste(SECRET, (box[0], box[1], box[0] + box[2], box[1] + box[3]))
    scale = data.draw(st.sampled_from([1.0, 0.5, 0.37, 0.25, 0.125]))
    decoded = full.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.NEAREST)
    redact(decoded, [box], (width, height))
    assert _count(decoded, SECRET) == 0


def test_scaled_edges_round_outward():
    assert scaled_edges((10, 10, 10, 10), (100, 100), (100, 100)) == (10, 10, 20, 20)
    assert scaled_edges((10, 10, 10, 10), (100, 100), (33, 33)) == (3, 3, 7, 7)  # 3.3→3, 6.6→7
    assert scaled_edges((90, 90, 50, 50), (100, 100), (100, 100)) == (90, 90, 100, 100)  # clipped


@pytest.mark.parametrize("resolution", list(Resolution))
def test_the_whole_page_is_sent_with_the_box_black(resolution):
    data, box = _page_with_secret()
    with open_source_bytes(data, "scan.png") as source:
        plain = prepare_page(source, 0, resolution)
        redacted = prepare_page(source, 0, resolution, redactions=[box])
    assert _count(_decoded(plain.attachment.data), SECRET, 8) > 0  # the secret is there without redaction
    sent = _decoded(redacted.attachment.data)
    assert _count(sent, SECRET, 60) == 0
    left, top, right, bottom = scaled_edges(box, (1200, 900), sent.size)
    # Solid black, as a PNG keeps it (a few pixels in from the edge, where fitting blends)
    inner = sent.convert("RGB").crop((left + 5, top + 5, right - 5, bottom - 5))
    assert inner.getextrema() == ((0, 0), (0, 0), (0, 0))


def test_a_jpeg_decoded_small_is_still_redacted():
    """Photos are decoded at 1/2, 1/4, 1/8 size (draft): the box is scaled with them."""
    photo = photo_sample(4000, 3000)
    box = (1000, 1000, 1200, 800)
    photo.paste(SECRET, (1000, 1000, 2200, 1800))
    with open_source_bytes(encoded(photo, "JPEG", quality=95), "photo.jpg") as source:
        prepared = prepare_page(source, 0, Resolution.MODEL, redactions=[box])
    sent = _decoded(prepared.attachment.data)
    assert prepared.attachment.format == "jpeg"
    assert _count(sent, SECRET, 60) == 0
    left, top, right, bottom = scaled_edges(box, (4000, 3000), sent.size)
    inner = sent.convert("L").crop((left + 4, top + 4, right - 4, bottom - 4))
    assert inner.getextrema()[1] <= 8  # JPEG: black within a whisker


def test_a_crop_keeps_the_part_of_a_redaction_inside_it():
    data, box = _page_with_secret()
    with open_source_bytes(data, "scan.png") as source:
        prepared = prepare_crop(source, 0, (200, 100, 400, 300), redactions=[box])
    sent = _decoded(prepared.attachment.data)
    assert sent.size == (400, 300)  # small areas keep every pixel
    assert _count(sent, SECRET, 8) == 0
    assert sent.convert("RGB").crop((100, 100, 400, 300)).getextrema() == ((0, 0), (0, 0), (0, 0))


def test_the_context_image_outlines_the_region_and_keeps_redactions():
    data, box = _page_with_secret()
    with open_source_bytes(data, "scan.png") as source:
        context = prepare_context(source, 0, (600, 500, 300, 200), redactions=[box])
    sent = _decoded(context.attachment.data).convert("RGB")
    assert max(sent.size) == 512
    assert _count(sent, SECRET, 40) == 0
    scale = 512 / 1200
    assert sent.getpixel((round(600 * scale) + 1, round(600 * scale))) == (220, 0, 0)  # the outline's left edge
    assert context.tokens < 1500


@pytest.mark.parametrize("size", [(2480, 3508), (1654, 2339), (4096, 3072), (800, 600), (10000, 300), (300, 10000)])
def test_fine_print_tiles_cover_the_page_in_one_request(size):
    width, height = size
    boxes = fine_print_boxes(width, height)
    assert 1 <= len(boxes) <= catalog.LIMITS.images_per_request
    covered = Image.new("1", size, 0)
    for x, y, w, h in boxes:
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height
        covered.paste(1, (x, y, x + w, y + h))
    assert covered.getextrema() == (1, 1)  # every pixel in some tile


def test_a_300_dpi_a4_page_is_read_at_four_fifths_of_its_size():
    boxes = fine_print_boxes(2480, 3508)
    assert len(boxes) == 6
    assert max(max(w, h) for _x, _y, w, h in boxes) <= 1310  # → 1024 px: 0.79× (whole page: 0.29×)


def test_fine_print_tiles_are_redacted_and_cost_what_was_estimated():
    data, box = _page_with_secret((2480, 3508), (1000, 1500, 600, 400))
    with open_source_bytes(data, "scan.png") as source:
        tiles = prepare_fine_print(source, 0, redactions=[box])
    assert sum(tile.tokens for tile in tiles) <= fine_print_tokens(2480, 3508)  # (the most it can cost)
    for tile in tiles:
        sent = _decoded(tile.attachment.data)
        assert max(sent.size) <= catalog.LIMITS.model_side_px
        assert _count(sent, SECRET, 40) == 0
