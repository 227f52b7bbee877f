"""The card look that chips and the toast share: a rounded, outlined card on the Base colour,
with the window's 2-px focus ring following its corners.

Apart from the image chip itself (pixdesk.ui.attachment_chip), so that what the first frame
builds (the toast, the document chip) does not load the chip's machinery: that comes a moment
after the first frame (pixdesk.ui.attachments.CHIP_MODULES)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from pixdesk.ui import readable, style

THUMB_SIDE = 56  # the picture in an image chip; the thumbnail is made at twice this for HiDPI screens
RADIUS = 8.0
ERROR_RED = "#c42b1c"  # checked against the palette before use (pixdesk.ui.readable)
WARNING_AMBER = "#9d5d00"  # small print that will not survive: a caution, not a failure (checked too)


def border_colour(palette: QPalette, failed: bool = False) -> QColor:
    """A card's outline: a quiet grey (or red for a failed image) made just dark or light
    enough to be seen 3:1 against the window and the card's own background."""
    grounds = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    wanted = QColor(ERROR_RED) if failed else palette.color(QPalette.ColorRole.Mid)
    return readable.readable(wanted, grounds, readable.GRAPHIC_CONTRAST)


def paint_card(widget: QWidget, border: QColor) -> None:
    """A card, from a paintEvent: rounded, outlined in `border`, on the Base colour; with the
    focus, the 2-px ring the rest of the window uses, following the corners."""
    palette = widget.palette()
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRectF(widget.rect()).adjusted(1, 1, -1, -1)
    painter.setPen(QPen(border, 1))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(area, RADIUS, RADIUS)
    if widget.hasFocus():
        painter.setPen(QPen(style.focus_ring_colour(palette), style.RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area, RADIUS, RADIUS)
