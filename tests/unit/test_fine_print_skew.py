"""Fine print on a turned page (a phone photo of a label, a skewed scan): a line's height is its
letters' height, not the drift of the line across the strip it is measured in. Measured across a
whole 96-px strip, a line turned 4° came out a third too tall, so its plan enlarged it too little."""

from __future__ import annotations

import statistics

import pytest
from PIL import Image, ImageDraw, ImageFont

from fine_print_samples import FONT
from pixdesk.imaging.fine_print import fine_print_plan, needed_scale, smallest_height, text_lines

# Capitals and digits only: the line's true height is unambiguous (the capitals' height).
CODES = "LOT KX7P4MRT 3HN9 WC46 BEST BEFORE 2027 REF 88AZ"


def turned_line(angle: float, font_px: int = 30, size=(2400, 900)) -> tuple[Image.Image, int]:
    """One line of capitals and digits, turned `angle` degrees, and its true height (page pixels)."""
    page = Image.new("L", size, 255)
    font = ImageFont.truetype(FONT, font_px)
    ImageDraw.Draw(page).text((200, size[1] // 2), CODES, font=font, fill=0)
    _left, top, _right, bottom = font.getbbox(CODES)
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255), bottom - top


@pytest.mark.parametrize("angle", [4, -4, 0])
def test_a_turned_line_is_measured_at_its_own_height(angle):
    page, true_height = turned_line(angle)
    lines = text_lines(page, page.size)
    assert len(lines) >= 5  # found all along the line, strip after strip
    assert abs(statistics.median(line.height for line in lines) - true_height) <= 0.15 * true_height
    smallest = smallest_height(lines)
    assert smallest is not None and abs(smallest - true_height) <= 0.15 * true_height


def test_a_turned_lines_closeup_still_covers_the_rows_it_drifts_across():
    """The height is the letters'; where the close-up is cut is still every row the line covers."""
    page, true_height = turned_line(4, font_px=20, size=(3600, 1400))
    lines = text_lines(page, page.size)
    plan = fine_print_plan(lines, page.size)
    assert len(plan) >= 2  # the page, and a close-up of its small line
    for line in lines:
        assert line.bottom >= line.y + line.height
        assert any(y <= line.y and line.bottom <= y + h for _x, y, _w, h in (p.box for p in plan[1:]))
    # Enlarged as far as the letters need (measured too tall, it was enlarged too little).
    assert plan[1].scale >= 0.85 * needed_scale(true_height)
