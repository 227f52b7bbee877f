"""The viewer's page pyramid: full resolution first, each level half the one before, pixels in
the byte order Qt paints from (B, G, R, A)."""

from __future__ import annotations

import pytest
from PIL import Image

from pixdesk.services.page_render import SMALLEST_LEVEL_SIDE, render_page


def test_a_300_dpi_page_gets_a_pyramid_of_halves(tmp_path):
    path = tmp_path / "scan.png"
    page = Image.new("RGB", (2480, 3508), (10, 20, 30))
    page.putpixel((0, 0), (200, 100, 50))
    page.save(path)
    rendered = render_page(path, 0)
    assert rendered.size == (2480, 3508)
    assert [(level.width, level.height) for level in rendered.levels] == [(2480, 3508), (1240, 1754), (620, 877)]
    full = rendered.levels[0]
    assert len(full.pixels) == 2480 * 3508 * 4
    assert full.pixels[:4] == bytes((50, 100, 200, 255))  # B, G, R, A
    assert full.pixels[4:8] == bytes((30, 20, 10, 255))


def test_the_level_drawn_is_the_smallest_still_sharp_enough(tmp_path):
    path = tmp_path / "scan.png"
    Image.new("L", (2480, 3508), 255).save(path)
    rendered = render_page(path, 0)
    assert rendered.level_for(1.0).scale == 1.0
    assert rendered.level_for(0.6).scale == 1.0  # half size would blur at 60 %
    assert rendered.level_for(0.5).scale == 0.5
    assert rendered.level_for(0.2).scale == 0.25
    assert rendered.level_for(0.01).scale == 0.25  # the smallest there is


def test_a_small_image_is_one_level(tmp_path):
    path = tmp_path / "shot.png"
    Image.new("RGB", (SMALLEST_LEVEL_SIDE + 100, 400), "white").save(path)
    assert len(render_page(path, 0).levels) == 1


def test_a_page_with_see_through_parts_is_premultiplied_once_here(tmp_path):
    """Qt draws premultiplied pixels without converting them at every paint; the colour of a
    half-transparent pixel is stored already multiplied by its alpha, an opaque one unchanged."""
    path = tmp_path / "overlay.png"
    page = Image.new("RGBA", (4, 2), (200, 100, 50, 255))
    page.putpixel((1, 0), (200, 100, 50, 128))
    page.putpixel((2, 0), (200, 100, 50, 0))
    page.save(path)
    pixels = render_page(path, 0).levels[0].pixels
    assert pixels[:4] == bytes((50, 100, 200, 255))
    assert pixels[4:8] == bytes((25, 50, 100, 128))  # B, G, R times 128/255, then A
    assert pixels[8:12] == bytes((0, 0, 0, 0))


def test_only_a_page_with_no_see_through_part_is_called_opaque(tmp_path):
    """The viewer draws an opaque page as plain RGB32 and paints nothing beneath it: a page that
    has any alpha must never be called opaque, or its see-through parts would show black."""
    scan, overlay, keyed = tmp_path / "scan.png", tmp_path / "overlay.png", tmp_path / "keyed.png"
    Image.new("RGB", (8, 8), "white").save(scan)
    Image.new("RGBA", (8, 8), (0, 0, 0, 0)).save(overlay)
    Image.new("P", (8, 8), 0).save(keyed, transparency=0)  # a palette colour marked transparent
    assert render_page(scan, 0).opaque
    assert not render_page(overlay, 0).opaque
    assert not render_page(keyed, 0).opaque


def test_a_released_page_gives_its_memory_back_at_once(tmp_path):
    """Nothing made while drawing the page still points into its pixels, so release() closes
    every level's map there and then instead of leaving it to the garbage collector."""
    path = tmp_path / "scan.png"
    Image.new("L", (1600, 1600), 200).save(path)
    rendered = render_page(path, 0)
    rendered.release()
    assert [level.pixels.closed for level in rendered.levels] == [True, True]


def test_a_band_of_the_wrong_length_is_refused_before_it_is_copied(tmp_path, monkeypatch):
    """The bands are copied with ctypes.memmove, which checks no bounds: a band longer than its
    rows (a Pillow that packed pixels differently) must stop the page, not write past the map."""
    path = tmp_path / "scan.png"
    Image.new("RGB", (800, 200), "white").save(path)
    monkeypatch.setattr(Image.Image, "tobytes", lambda self, *args: b"\0" * (self.size[0] * self.size[1] * 4 + 4))
    with pytest.raises(ValueError, match="a band of"):
        render_page(path, 0)
