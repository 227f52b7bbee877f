"""How focus looks, and the contrast rules every colour pixdesk sets must meet.

The platform styles draw keyboard focus as a 1-px line, or not at all on tool buttons and text
areas: people who work from the keyboard lose their place. FocusRingStyle wraps the current
style and draws a 2-px ring in the palette's Highlight colour (made darker or lighter until it
stands out 3:1 against the window) around whatever has focus.

The contrast maths (WCAG 2) lives in pixdesk.ui.readable."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from pixdesk.ui.readable import GRAPHIC_CONTRAST, readable

RING_WIDTH = 2


def ring_backgrounds(palette: QPalette) -> list[QColor]:
    """What a focus ring is drawn on: the window, text fields and buttons."""
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)
    return [palette.color(role) for role in roles]


def focus_ring_colour(palette: QPalette) -> QColor:
    return readable(palette.color(QPalette.ColorRole.Highlight), ring_backgrounds(palette), GRAPHIC_CONTRAST)


def paint_ring(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A RING_WIDTH-px frame just inside `rect`, drawn as four filled strips (exact pixels at
    any pen setting the base style left on the painter)."""
    if rect.width() < 2 * RING_WIDTH or rect.height() < 2 * RING_WIDTH:
        return
    w = RING_WIDTH
    painter.save()
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), w), colour)
    painter.fillRect(QRect(rect.left(), rect.bottom() - w + 1, rect.width(), w), colour)
    painter.fillRect(QRect(rect.left(), rect.top(), w, rect.height()), colour)
    painter.fillRect(QRect(rect.right() - w + 1, rect.top(), w, rect.height()), colour)
    painter.restore()


_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
_CC = QStyle.ComplexControl
_NO_BUTTON_ICONS = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons


class FocusRingStyle(QProxyStyle):
    """The current style, with a 2-px focus ring on every focused control."""

    def drawPrimitive(  # noqa: N802
        self, element: _PE, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == _PE.PE_FrameFocusRect:  # check boxes, radio buttons, the current item of a list
            colour = focus_ring_colour(option.palette)
            if option.state & QStyle.StateFlag.State_Selected:  # drawn over the selection's Highlight
                colour = option.palette.color(QPalette.ColorRole.HighlightedText)
            paint_ring(painter, option.rect, colour)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == _PE.PE_PanelLineEdit and _has_focus(option):
            paint_ring(painter, option.rect, focus_ring_colour(option.palette))

    def drawControl(  # noqa: N802
        self, element: _CE, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        focused = _has_focus(option)
        if element == _CE.CE_PushButton and focused:
            paint_ring(painter, option.rect, focus_ring_colour(option.palette))
        elif element == _CE.CE_ShapedFrame and focused and isinstance(widget, QAbstractScrollArea):
            # Text areas, lists, tables, the page view: the ring goes on their frame.
            paint_ring(painter, option.rect, focus_ring_colour(option.palette))

    def pixelMetric(  # noqa: N802
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(widget, QAbstractScrollArea):
            return max(value, RING_WIDTH)  # room on the frame for the whole ring: the viewport covers the rest
        return value

    def styleHint(  # noqa: N802
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 - Qt's name
    ) -> int:
        # Dialog buttons without icons, as chat apps and the other platforms show them: Fusion's
        # stock Close/Save/Cancel glyphs are dark, barely visible on a dark theme's buttons.
        if hint == _NO_BUTTON_ICONS:
            return 0
        return super().styleHint(hint, option, widget, returnData)

    def drawComplexControl(  # noqa: N802
        self, control: _CC, option: QStyleOptionComplex, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (_CC.CC_ToolButton, _CC.CC_ComboBox, _CC.CC_SpinBox) and _has_focus(option):
            paint_ring(painter, option.rect, focus_ring_colour(option.palette))


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def install(app: QApplication) -> FocusRingStyle:
    """Wrap the application's style in FocusRingStyle (once)."""
    current = app.style()
    if isinstance(current, FocusRingStyle):
        return current
    # A fresh instance of the same style: a proxy owns its base, and the application owns its
    # current style — handing that one over would free it twice.
    base = QStyleFactory.create(current.name()) or QStyleFactory.create("Fusion")
    style = FocusRingStyle(base)
    app.setStyle(style)
    return style
