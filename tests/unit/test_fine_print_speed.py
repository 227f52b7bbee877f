"""What the small-print check costs the default path: which pages it measures, at what size it
decodes them for that, and that it finds what measuring the whole page finds."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageFilter

from fine_print_samples import page_with_small_print
from pixdesk.imaging import prepare
from pixdesk.imaging.fine_print import MEASURE_SIDE, WORK_SIDE, _local_max, small_print, text_lines
from pixdesk.imaging.sources import open_source_bytes


def _bytes(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.fixture
def measured(monkeypatch):
    """The sizes of the images prepare_page measured."""
    sizes: list[tuple[int, int]] = []

    def recording(image, full_size):
        sizes.append(image.size)
        return text_lines(image, full_size)

    monkeypatch.setattr(prepare, "text_lines", recording)
    return sizes


def test_a_page_the_fit_hardly_shrinks_is_not_measured(measured):
    page = page_with_small_print(size=(1100, 800), body_px=30, small_px=9, small_at=700)
    with open_source_bytes(_bytes(page, "PNG"), "screen.png") as source:
        prepared = prepare.prepare_page(source, 0)
    assert measured == [] and prepared.small_print is None
    assert max(prepared.attachment.width, prepared.attachment.height) == 1024


def test_a_jpeg_is_drafted_to_the_smallest_size_the_measurement_needs(measured):
    page = page_with_small_print(size=(4032, 3024), small_px=30).convert("RGB")
    with open_source_bytes(_bytes(page, "JPEG", quality=90), "photo.jpg") as source:
        prepare.prepare_page(source, 0)
    # Half size (the draft the fit alone used), not the whole 12 MP that a long side of 2048 asks.
    assert measured == [(2016, 1512)]


def test_a_large_png_is_reduced_before_it_is_measured(measured):
    page = Image.new("L", (6000, 4500), 255)
    with open_source_bytes(_bytes(page, "PNG"), "large.png") as source:
        prepare.prepare_page(source, 0)
    assert len(measured) == 1 and MEASURE_SIDE <= max(measured[0]) <= WORK_SIDE


def test_a_pdf_page_is_rendered_large_enough_to_measure(measured):
    page = page_with_small_print(size=(1654, 2339), small_px=15).convert("RGB")
    with open_source_bytes(_bytes(page, "PDF", resolution=200), "letter.pdf") as source:
        prepare.prepare_page(source, 0)
    assert len(measured) == 1 and max(measured[0]) >= MEASURE_SIDE


@pytest.mark.parametrize("small_px", [14, 22])
def test_the_warning_is_what_measuring_the_whole_page_finds(small_px):
    page = page_with_small_print(small_px=small_px)
    expected = small_print(text_lines(page, page.size), page.size)
    with open_source_bytes(_bytes(page, "PNG"), "invoice.png") as source:
        assert prepare.prepare_page(source, 0).small_print == expected
    assert expected is not None


def test_the_fit_from_the_measured_image_is_the_models_size_and_as_sharp():
    page = page_with_small_print(small_px=40)
    with open_source_bytes(_bytes(page, "PNG"), "invoice.png") as source:
        prepared = prepare.prepare_page(source, 0)
    sent = Image.open(io.BytesIO(prepared.attachment.data))
    direct = page.resize(sent.size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    assert sent.size == (724, 1024)
    # Box-averaged to twice the model's side, then Lanczos: within a level or two of Lanczos
    # straight from the page, nowhere blurred.
    difference = ImageChops.difference(sent.convert("L"), direct)
    assert sum(i * n for i, n in enumerate(difference.histogram())) / (sent.width * sent.height) < 2


def test_the_local_maximum_is_a_5x5_maximum_filter():
    noise = Image.effect_noise((64, 48), 60)
    ours, pillows = _local_max(noise, 2), noise.filter(ImageFilter.MaxFilter(5))
    inner = (2, 2, 62, 46)  # (at the edges, ours wraps around and Pillow's does not)
    assert ours.crop(inner).tobytes() == pillows.crop(inner).tobytes()
