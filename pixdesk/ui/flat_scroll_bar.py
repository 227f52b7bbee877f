"""A flat scroll bar for the conversation and the history list: a rounded handle on the view's own
background, as the chat apps people know draw it.

It is also cheap to draw, which matters: while an answer streams the conversation grows several
lines a redraw, so its scroll bar is repainted twenty times a second. The platform's bar (its
gradients, and the window behind it, since it is not opaque) took as long to paint as the new
text itself and made the window late to answer the mouse (the streaming stall row). This one
fills its rectangle and draws one rounded handle. Where the handle is, and what a click does, is
still the style's business: the handle is drawn where the style says it is."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QStyle, QStyleOptionSlider, QWidget

from pixdesk.ui.readable import GRAPHIC_CONTRAST, mix, readable

HANDLE_MARGIN = 3  # px between the handle and the bar's edges
ARROW_SIZE = 4  # px: half the width of a step arrow's chevron


def handle_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(resting, hovered or dragged) colour of the handle: the text colour blended into the view's
    background, checked 3:1 against it (a control's part, WCAG 1.4.11)."""
    text, ground = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return readable(mix(ground, text, 0.45), ground, GRAPHIC_CONTRAST), readable(
        mix(ground, text, 0.7), ground, GRAPHIC_CONTRAST
    )


def use_flat_scroll_bars(area: QAbstractScrollArea, horizontal: bool = True) -> None:
    """Give `area` flat scroll bars (the vertical one, and the horizontal one unless told not to)."""
    bars = [(Qt.Orientation.Vertical, area.setVerticalScrollBar)]
    if horizontal:
        bars.append((Qt.Orientation.Horizontal, area.setHorizontalScrollBar))
    for orientation, install in bars:
        bar = FlatScrollBar(orientation, area)
        install(bar)
        # It paints every pixel it owns: Qt need not paint the widgets behind it first. (Set
        # after installing it: the scroll area clears the attribute on the bars it is given.)
        bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)


class FlatScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint as the pointer comes and goes

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        control = QStyle.ComplexControl.CC_ScrollBar
        handle = QRectF(style.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, self))
        resting, active = handle_colours(self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self.maximum() <= self.minimum() or not self.isEnabled():
            return  # nothing to scroll: an empty track, as the chat apps show it
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(active if self.isSliderDown() or self.underMouse() else resting)
        inner = handle.adjusted(HANDLE_MARGIN, HANDLE_MARGIN, -HANDLE_MARGIN, -HANDLE_MARGIN)
        radius = min(inner.width(), inner.height()) / 2
        painter.drawRoundedRect(inner, radius, radius)
        painter.setBrush(resting)
        for part, pointing_back in (
            (QStyle.SubControl.SC_ScrollBarSubLine, True),
            (QStyle.SubControl.SC_ScrollBarAddLine, False),
        ):
            area = QRectF(style.subControlRect(control, option, part, self))
            if area.width() > 2 * ARROW_SIZE and area.height() > 2 * ARROW_SIZE:
                painter.drawPath(_arrow(area, self.orientation(), pointing_back))


def _arrow(area: QRectF, orientation: Qt.Orientation, pointing_back: bool) -> QPainterPath:
    """A small solid triangle in the middle of a step button, pointing up/left or down/right."""
    centre, size = area.center(), ARROW_SIZE
    tip = -size if pointing_back else size
    if orientation == Qt.Orientation.Vertical:
        points = [QPointF(-size, -tip / 2), QPointF(size, -tip / 2), QPointF(0, tip / 2)]
    else:
        points = [QPointF(-tip / 2, -size), QPointF(-tip / 2, size), QPointF(tip / 2, 0)]
    path = QPainterPath(centre + points[0])
    for point in points[1:]:
        path.lineTo(centre + point)
    path.closeSubpath()
    return path
