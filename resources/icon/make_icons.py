"""Make every icon file from pixdesk.svg. Run after changing the SVG, and commit the results:

    python resources/icon/make_icons.py

Writes, beside this script: png/pixdesk-<size>.png (16–1024: Linux desktops, the README),
pixdesk.ico (Windows: 16–256 in one file), pixdesk.icns (macOS: 16–1024), and the window's own
icon, pixdesk/ui/icons/pixdesk.png (256 px, package data, so `pip install` runs have it too).

Qt draws the SVG (QtSvg is part of PySide6-Essentials); Pillow writes the .ico and .icns.
The output is deterministic, and tests/unit/test_icons.py checks the committed files match."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "pixdesk.svg"
WINDOW_ICON = HERE.parents[1] / "pixdesk" / "ui" / "icons" / "pixdesk.png"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # Pillow keeps what the icns types take
WINDOW_ICON_SIZE = 256


def render(size: int, source: Path = SOURCE) -> Image.Image:
    """The SVG drawn at size×size, as an RGBA Pillow image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def make_all(out: Path = HERE, window_icon: Path = WINDOW_ICON) -> list[Path]:
    images = {size: render(size) for size in PNG_SIZES}
    written = []
    (out / "png").mkdir(parents=True, exist_ok=True)
    for size, image in images.items():
        path = out / "png" / f"pixdesk-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    # Each size drawn from the SVG, not scaled down from the largest: small sizes stay crisp.
    ico = out / "pixdesk.ico"
    images[max(ICO_SIZES)].save(
        ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)]
    )
    icns = out / "pixdesk.icns"
    images[max(ICNS_SIZES)].save(icns, append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    window_icon.parent.mkdir(parents=True, exist_ok=True)
    images[WINDOW_ICON_SIZE].save(window_icon, optimize=True)
    return [*written, ico, icns, window_icon]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    for path in make_all():
        print(path.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
