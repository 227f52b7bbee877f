"""The committed icon files are what resources/icon/make_icons.py makes from the SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from pixdesk import app

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icon"


def _make_icons_module():
    spec = importlib.util.spec_from_file_location("make_icons", ICON_DIR / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _close(a: Image.Image, b: Image.Image) -> bool:
    """Equal but for anti-aliasing differences between Qt versions."""
    if a.size != b.size:
        return False
    difference = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
    return max(ImageStat.Stat(difference).mean) < 1.0


def test_committed_icons_match_the_svg(qapp, tmp_path):
    make_icons = _make_icons_module()
    make_icons.make_all(tmp_path, tmp_path / "window.png")
    for size in make_icons.PNG_SIZES:
        with (
            Image.open(ICON_DIR / "png" / f"pixdesk-{size}.png") as committed,
            Image.open(tmp_path / "png" / f"pixdesk-{size}.png") as fresh,
        ):
            assert _close(committed, fresh), f"pixdesk-{size}.png is stale: run resources/icon/make_icons.py"
    with Image.open(app.WINDOW_ICON) as committed, Image.open(tmp_path / "window.png") as fresh:
        assert _close(committed, fresh)


def test_ico_and_icns_hold_every_size(qapp):
    make_icons = _make_icons_module()
    with Image.open(ICON_DIR / "pixdesk.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(ICON_DIR / "pixdesk.icns") as icns:
        # Pillow writes the Retina set macOS reads (16@2x … 512@2x): every pixel size from 32 to 1024.
        assert {size[0] * size[2] for size in icns.info["sizes"]} == {32, 64, 128, 256, 512, 1024}


def test_the_app_has_its_icon(qapp):
    app.create_app([])
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes()[0].width() == 256
