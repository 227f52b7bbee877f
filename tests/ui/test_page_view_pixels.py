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
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

import xvfb
from pixdesk.services.page_render import render_page
from pixdesk.ui.page_view import PageView

SEAM_DRIVER = Path(__file__).with_name("page_seam_driver.py")

RED_HALF_SEEN = (255, 0, 0, 128)
BLUE = (0, 0, 255, 255)


@pytest.mark.parametrize("actual_size", [False, True], ids=["at fit", "at 100 %"])
def test_a_half_transparent_part_of_a_page_is_blended_once_over_the_room_around_it(qtbot, tmp_path, actual_size):
    path = tmp_path / "overlay.png"
    page = Image.new("RGBA", (40, 40), BLUE)
    page.paste(Image.new("RGBA", (20, 40), RED_HALF_SEEN), (0, 0))
    page.save(path)
    # (At 100 % it must not be drawn as an opaque page is: its alpha would be lost.)
    view = _shown(qtbot, path, actual_size)
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


def _shown(qtbot, path: Path, actual_size: bool) -> PageView:
    """The page at `path` in a view of its own, at fit or at 100 %, painted."""
    view = PageView()
    qtbot.addWidget(view)
    view.resize(300, 260)
    view.show()
    qtbot.waitExposed(view)
    view.show_page(render_page(path, 0), [])
    if actual_size:
        _painted(qtbot, view, view.actual_size)
    return view


def _every_pixel_its_own(path: Path, width: int, height: int) -> Image.Image:
    """An opaque page on which a pixel one row or one column off reads differently."""
    page = Image.new("RGB", (width, height))
    page.putdata([(x % 251, y % 241, (7 * x + 3 * y) % 256) for y in range(height) for x in range(width)])
    page.save(path)
    return page


def _on_screen(view: PageView):
    """The view as the window shows it: the offscreen platform's window pixels, scrolled and
    repainted in strips as a pan leaves them (not a fresh paint, as grab() would make)."""
    QApplication.processEvents()
    corner = view.viewport().mapTo(view.window(), QPoint(0, 0))
    size = view.viewport().size()
    window = view.window().winId()
    return view.screen().grabWindow(window, corner.x(), corner.y(), size.width(), size.height()).toImage()


def _painted(qtbot, view: PageView, change) -> None:
    assert view.page_item is not None
    paints = len(view.page_item.painted_levels)
    change()
    qtbot.waitUntil(lambda: len(view.page_item.painted_levels) > paints)


def test_at_100_percent_an_opaque_page_is_shown_pixel_for_pixel_as_it_is_panned(qtbot, tmp_path):
    """At 100 % an opaque page is drawn as a straight copy of its rows, with nothing painted
    beneath it: every pixel on screen must still be the page's own, after each pan step."""
    page = _every_pixel_its_own(tmp_path / "scan.png", 700, 500)
    view = _shown(qtbot, tmp_path / "scan.png", actual_size=True)
    bar_x, bar_y = view.horizontalScrollBar(), view.verticalScrollBar()
    for x, y in [(0, 0), (41, 0), (41, 37), (bar_x.maximum(), 90), (5, bar_y.maximum())]:
        _painted(qtbot, view, lambda x=x, y=y: (bar_x.setValue(x), bar_y.setValue(y)))
        shot = _on_screen(view)
        assert shot.devicePixelRatio() == 1
        for point in (QPoint(0, 0), QPoint(150, 97), QPoint(shot.width() - 1, shot.height() - 1)):
            spot = view.mapToScene(point)
            seen = shot.pixelColor(point)
            expected = page.getpixel((int(spot.x()), int(spot.y())))
            assert (seen.red(), seen.green(), seen.blue()) == expected, (x, y, point)


def test_around_an_opaque_page_smaller_than_the_view_the_room_is_painted(qtbot, tmp_path):
    """The background is left out only where the page covers it: a small page shown at 100 %
    after a large one must not leave the large one's pixels around it."""
    _every_pixel_its_own(tmp_path / "large.png", 900, 900)
    Image.new("RGB", (60, 40), "white").save(tmp_path / "small.png")
    view = _shown(qtbot, tmp_path / "large.png", actual_size=True)
    _painted(qtbot, view, lambda: view.show_page(render_page(tmp_path / "small.png", 0), []))
    _painted(qtbot, view, view.actual_size)
    shot = _on_screen(view)
    room = view.backgroundBrush().color()
    for point in (QPoint(2, 2), QPoint(shot.width() - 3, shot.height() - 3)):
        assert shot.pixelColor(point).rgb() == room.rgb(), point
    middle = view.mapFromScene(QPointF(30, 20))
    assert shot.pixelColor(middle) == QColor("white")
