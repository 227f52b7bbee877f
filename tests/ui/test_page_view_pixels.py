"""The review's page is drawn with its true colours: the worker's premultiplied pixels are read as
premultiplied, so a see-through part of a page shows the room around the page as much as it
should, no more and no less; and a page repainted in parts shows no seams between them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF

import xvfb
from pixdesk.services.page_render import render_page
from pixdesk.ui.page_view import PageView

SEAM_DRIVER = Path(__file__).with_name("page_seam_driver.py")

RED_HALF_SEEN = (255, 0, 0, 128)
BLUE = (0, 0, 255, 255)


def test_a_half_transparent_part_of_a_page_is_blended_once_over_the_room_around_it(qtbot, tmp_path):
    path = tmp_path / "overlay.png"
    page = Image.new("RGBA", (40, 40), BLUE)
    page.paste(Image.new("RGBA", (20, 40), RED_HALF_SEEN), (0, 0))
    page.save(path)
    view = PageView()
    qtbot.addWidget(view)
    view.resize(240, 240)
    view.show()
    qtbot.waitExposed(view)
    view.show_page(render_page(path, 0), [])
    shot = view.viewport().grab().toImage()
    scale = shot.devicePixelRatio()

    def colour_at(x: float, y: float) -> tuple[int, int, int]:
        point = view.mapFromScene(QPointF(x, y))
        colour = shot.pixelColor(round(point.x() * scale), round(point.y() * scale))
        return colour.red(), colour.green(), colour.blue()

    room = view.backgroundBrush().color()
    alpha = RED_HALF_SEEN[3] / 255
    expected = (
        round(255 * alpha + room.red() * (1 - alpha)),
        round(room.green() * (1 - alpha)),
        round(room.blue() * (1 - alpha)),
    )
    seen = colour_at(10, 20)
    assert all(abs(a - b) <= 3 for a, b in zip(seen, expected, strict=True)), (seen, expected)
    assert colour_at(30, 20) == (0, 0, 255)


@pytest.mark.skipif(not xvfb.available(), reason=xvfb.MISSING)
def test_a_page_repainted_in_strips_at_150_percent_shows_no_seams(x_display, tmp_path):
    """Painted at a fractional device-pixel ratio, a strip's edge falls between device pixels;
    antialiased, the page's edge there was blended with the grey around it, and a thin grey
    line stayed across the page (seen in the review at 150 %)."""
    done = subprocess.run(
        [sys.executable, str(SEAM_DRIVER), str(tmp_path)],
        env=xvfb.xcb_env(x_display, QT_SCALE_FACTOR="1.5"),
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["scale"] == 1.5 and result["strips"] > 20
    assert result["grey"] == 0
