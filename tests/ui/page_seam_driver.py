"""Run by test_page_view_pixels.py in a subprocess on the xcb platform (Xvfb): a white page in the
review viewer, zoomed out, repainted in strips (as when a mark or a region box changes), then
read back from the window itself — the backing store a person sees, not a fresh grab() — and
every grey pixel counted down the page's middle column. Prints one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from pixdesk.services.page_render import render_page
from pixdesk.ui.page_view import PageView


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        time.sleep(0.03)


def main(out: Path) -> None:
    app = QApplication([])
    page = out / "white.png"
    Image.new("L", (2480, 3508), 255).save(page)
    view = PageView()
    view.resize(433, 177)
    view.show()
    settle(app)
    view.show_page(render_page(page, 0), [])
    settle(app)
    grey, strips = 0, 0
    for top in range(60, 3300, 140):  # scene rows: strips that end between device pixels at 150 %
        view.scene().update(QRectF(0, top * 1.03, 2480, 333.3))
        settle(app)
        shot = app.primaryScreen().grabWindow(view.viewport().winId()).toImage()
        scale = shot.devicePixelRatio()
        column = round(view.mapFromScene(QPointF(1240, 0)).x() * scale)
        first = round(view.mapFromScene(QPointF(1240, 0)).y() * scale) + 1
        last = round(view.mapFromScene(QPointF(1240, 3508)).y() * scale) - 1
        grey += sum(shot.pixelColor(column, row).lightness() < 250 for row in range(first, last))
        strips += 1
    print(json.dumps({"grey": grey, "strips": strips, "scale": app.primaryScreen().devicePixelRatio()}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
