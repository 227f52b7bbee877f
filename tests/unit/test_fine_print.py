"""Fine print: the measurement of a page's smallest text, the warning, and the cheapest legible plan."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from fine_print_samples import ink_height, page_with_small_print, photo_like
from pixdesk.imaging.fine_print import (
    LEGIBLE_PX,
    fine_print_plan,
    fit_scale,
    small_print,
    smallest_height,
    text_lines,
    uniform_tiles,
)
from pixdesk.imaging.prepare import prepare_fine_print, prepare_page
from pixdesk.imaging.sources import open_source_bytes


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("small_px", [14, 22, 30])
def test_the_smallest_text_is_measured_at_its_height(small_px):
    page = page_with_small_print(small_px=small_px)
    measured = smallest_height(text_lines(page, page.size))
    # Between a little under the capitals' height (the lowest run of the size: a strip of the
    # line with only small letters in it; erring low enlarges a little more, never too little)
    # and the ink's.
    assert measured is not None
    assert 0.8 * ink_height(small_px, "KX7P4MRT") - 2 <= measured <= ink_height(small_px) + 2


def test_a_reduced_decode_is_measured_in_the_pages_own_pixels():
    page = page_with_small_print(small_px=30)
    reduced = page.resize((page.width // 2, page.height // 2), Image.Resampling.LANCZOS)
    measured = smallest_height(text_lines(reduced, page.size))
    assert measured is not None and ink_height(30, "KX7P4MRT") - 3 <= measured <= ink_height(30) + 3


def test_small_print_that_the_fit_loses_is_found_and_costed():
    page = page_with_small_print(small_px=22)  # ~0.29× at fit: about 6 px high as sent
    warning = small_print(text_lines(page, page.size), page.size)
    assert warning is not None
    assert warning.sent_height_px < LEGIBLE_PX
    assert abs(warning.sent_height_px - ink_height(22) * fit_scale(*page.size)) <= 1.5
    assert warning.extra_tokens > 0 and warning.images >= 2


@pytest.mark.parametrize(
    "page",
    [
        page_with_small_print(size=(2000, 1400), body_px=60, small_px=60, small_at=1200),  # large text only
        photo_like(),
        Image.new("L", (2480, 3508), 255),
    ],
    ids=["large-text", "photo", "blank"],
)
def test_no_false_alarm(page):
    assert small_print(text_lines(page, page.size), page.size) is None
    with open_source_bytes(_png(page), "page.png") as source:
        assert prepare_page(source, 0).small_print is None


def test_the_plan_costs_no_more_than_uniform_tiles_and_covers_the_small_print():
    page = page_with_small_print(small_px=22)
    lines = text_lines(page, page.size)
    plan = fine_print_plan(lines, page.size)
    old = uniform_tiles(*page.size)
    assert sum(p.tokens for p in plan) <= 0.6 * sum(p.tokens for p in old)
    assert plan[0].box == (0, 0, *page.size)  # the page once, at fit …
    closeups = plan[1:]
    assert closeups and all(p.scale * ink_height(22) >= LEGIBLE_PX for p in closeups)  # … its small print legible
    smallest = smallest_height(lines)
    for line in (line for line in lines if line.height <= smallest * 1.3):
        assert any(
            x <= line.x and line.x + line.width <= x + w and y <= line.y and line.y + line.height <= y + h
            for x, y, w, h in (p.box for p in closeups)
        )
    assert all(max(p.size) <= 1024 for p in plan)


def test_a_page_without_small_print_is_sent_once():
    page = page_with_small_print(size=(1600, 1200), body_px=40, small_px=40, small_at=1000)
    plan = fine_print_plan(text_lines(page, page.size), page.size)
    assert [p.box for p in plan] == [(0, 0, 1600, 1200)]


def test_fine_print_sends_the_plan_at_the_sizes_it_promised():
    page = page_with_small_print(small_px=22)
    plan = fine_print_plan(text_lines(page, page.size), page.size)
    with open_source_bytes(_png(page), "invoice.png") as source:
        sent = prepare_fine_print(source, 0)
    assert [(p.attachment.width, p.attachment.height) for p in sent] == [p.size for p in plan]
    assert sum(p.tokens for p in sent) == sum(p.tokens for p in plan)


@pytest.mark.parametrize("width", [1, 2, 3])
def test_a_page_only_a_few_pixels_wide_is_measured_without_error(width):
    """A hostile (or merely odd) file: a sliver of a page leaves strips a pixel or two wide
    (found by the mutated-images property test: `bytes must be in range(0, 256)`)."""
    page = Image.new("L", (width, 3000), 255)
    for y in range(100, 2900, 40):
        page.paste(0, (0, y, width, y + 12))
    lines = text_lines(page, page.size)
    assert isinstance(lines, list)
