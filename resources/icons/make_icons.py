"""Draw the window's line icons from the SVGs beside this script. Run after changing an SVG, and
commit the results:

    python resources/icons/make_icons.py

Writes pixdesk/ui/icons/<name>.png, <name>@2x.png and <name>@3x.png (24, 48 and 72 px): alpha
masks (black strokes on transparent) that pixdesk/ui/icons.py tints with the palette's text
colour at run time. PNGs, not SVGs, because the Linux bundle leaves QtSvg out; QtSvg is needed
only here, in the development environment. tests/ui/test_line_icons.py checks the committed
files match the SVGs."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "pixdesk" / "ui" / "icons"
SIDE = 24  # the SVGs' own size: one line-icon grid for the whole set
SCALES = {1: "", 2: "@2x", 3: "@3x"}


def names(source: Path = HERE) -> list[str]:
    return sorted(path.stem for path in source.glob("*.svg"))


def render(svg: Path, scale: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(SIDE * scale, SIDE * scale, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def make_all(out: Path = OUT, source: Path = HERE) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names(source):
        for scale, suffix in SCALES.items():
            target = out / f"{name}{suffix}.png"
            render(source / f"{name}.svg", scale, target)
            written.append(target)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the PNGs")
    arguments = parser.parse_args()
    for path in make_all(arguments.out):
        print(path)
