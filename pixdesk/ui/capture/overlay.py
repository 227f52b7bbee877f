"""One frozen screen, full-screen, on top of everything: the person drags a rectangle (its size
beside it, a magnifier by the pointer), nudges it with the arrow keys, draws black boxes over what
must not be sent, and accepts (Enter, double-click) or cancels (Esc). In window mode a click picks
the window under the pointer; in screen mode the screen is chosen from the start.

Everything is worked out in the screen's device pixels by pixdesk.services.capture.Selection;
this widget turns the pointer into device pixels and paints. The session (flow.py) owns one
overlay per screen and reads the selection of the one that was used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from pixdesk.services.capture import MIN_SIDE, Rect, Selection, to_device
from pixdesk.ui.capture.frozen import FrozenScreen
from pixdesk.ui.i18n import translate

# Drawn over arbitrary screen content, so nothing here can take its colour from the palette: the
# text is white on a near-opaque black plate (≥ 11:1 over the brightest screen), and edges are a
# white line on a black one, which shows against anything.
_PLATE = QColor(0, 0, 0, 215)
_DIM = QColor(0, 0, 0, 110)  # outside the selection: dimmed, still readable
_TEXT = QColor(255, 255, 255)
MAGNIFIER_SIDE = 120  # logical pixels on screen
MAGNIFIER_PIXELS = 15  # device pixels shown across: each one 8 logical pixels wide


# What the keys and the mouse really do in each state (keyPressEvent, the mouse events), in
# sentences: "B to black out a part", never "B: done". One line each: they fit a 1366-px screen.
# (A function, not a table: the words are read in the language installed at start.)
def hints() -> dict[str, str]:
    return {
        "region": translate("capture.overlay", "Drag around what you want to ask about  ·  Esc to cancel"),
        "window": translate(
            "capture.overlay", "Click a window, then press Enter (or double-click it)  ·  Esc to cancel"
        ),
        "screen": translate(
            "capture.overlay",
            "Press Enter to use the whole screen, or drag around a part of it  ·  B to black out a part  ·  "
            "Esc to cancel",
        ),
        "chosen": translate(
            "capture.overlay",
            "Enter (or double-click) to add it to your question  ·  Arrow keys move it, Shift+arrows resize it"
            "  ·  B to black out a part  ·  Esc to cancel",
        ),
        "boxing": translate(
            "capture.overlay",
            "Drag over what must not be sent: it turns black  ·  Ctrl+Z to undo a box  ·  B to stop blacking out"
            "  ·  Enter to add it to your question",
        ),
    }


class CaptureOverlay(QWidget):
    accepted = Signal()
    cancelled = Signal()
    activated = Signal()  # this screen's selection started: the other screens drop theirs

    def __init__(self, frozen: FrozenScreen, mode: str, windows: Sequence[Rect] = (), note: str | None = None) -> None:
        super().__init__(None)
        self.frozen, self.mode, self.note = frozen, mode, note
        self.windows = list(windows)  # top first, in this screen's device pixels
        self.selection = Selection(frozen.bounds)
        self.boxing = False  # B: drags draw black boxes instead of a new rectangle
        self._box_anchor: tuple[int, int] | None = None
        self._box: Rect | None = None
        self._pointer: tuple[int, int] | None = None
        self._hovered: Rect | None = None
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
        # On X11, past the window manager: over the panels, no opening animation, at once.
        flags |= Qt.WindowType.BypassWindowManagerHint
        self.setWindowFlags(flags)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the frozen screen covers every pixel
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("capture.overlay", "Screen capture"))
        self.setAccessibleDescription(hints()[mode])
        self.setGeometry(frozen.geometry)
        if mode == "screen":
            self.selection.choose(frozen.bounds)

    # --- pointer -----------------------------------------------------------------------------

    def _device(self, position: QPointF) -> tuple[int, int]:
        ratio = self.frozen.ratio
        return to_device(position.x(), ratio), to_device(position.y(), ratio)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x, y = self._device(event.position())
        rect = self.selection.rect
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if (self.boxing or shift) and rect is not None and rect.contains(x, y):
            self._box_anchor, self._box = (x, y), None
        else:
            self.boxing = False
            self.selection.begin(x, y)
            self.activated.emit()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x, y = self._pointer = self._device(event.position())
        if self._box_anchor is not None:
            self._box = Rect.spanning(*self._box_anchor, x, y)
        elif self.selection.dragging:
            self.selection.drag_to(x, y)
        elif self.mode == "window":
            self._hovered = self._window_at(x, y)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x, y = self._device(event.position())
        if self._box_anchor is not None:
            box = Rect.spanning(*self._box_anchor, x, y)
            self._box_anchor = self._box = None
            if box.width >= 1 and box.height >= 1:
                self.selection.add_box(box)
        elif self.selection.dragging:
            self.selection.drag_to(x, y)
            if not self.selection.finish():  # a click, not a drag
                self._clicked(x, y)
        self.update()

    def _clicked(self, x: int, y: int) -> None:
        if self.mode == "window":
            window = self._window_at(x, y)
            if window is not None:
                self.selection.choose(window)
        elif self.mode == "screen":
            self.selection.choose(self.frozen.bounds)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.mode == "window" and self.selection.rect is None:
            x, y = self._device(event.position())
            self._clicked(x, y)
        self._accept()

    def _window_at(self, x: int, y: int) -> Rect | None:
        return next((window for window in self.windows if window.contains(x, y)), None)

    # --- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        steps: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
        elif key in steps:
            dx, dy = steps[key]
            self.selection.nudge(dx, dy, resize=bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        elif key == Qt.Key.Key_B and self.selection.rect is not None:
            self.boxing = not self.boxing
        elif (key == Qt.Key.Key_Z and modifiers & Qt.KeyboardModifier.ControlModifier) or key == Qt.Key.Key_Backspace:
            self.selection.undo_box()
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def _accept(self) -> None:
        rect = self.selection.rect
        if rect is not None and rect.width >= MIN_SIDE and rect.height >= MIN_SIDE:
            self.accepted.emit()

    def drop_selection(self) -> None:
        """Another screen's selection started: one capture at a time."""
        if self.mode != "screen":
            self.selection = Selection(self.frozen.bounds)
            self.boxing = False
            self.update()

    # --- painting ----------------------------------------------------------------------------

    def _logical(self, rect: Rect) -> QRectF:
        ratio = self.frozen.ratio
        return QRectF(rect.x / ratio, rect.y / ratio, rect.width / ratio, rect.height / ratio)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.frozen.pixmap)
        chosen = self.selection.rect or (self._hovered if self.mode == "window" else None)
        outside = QPainterPath()
        outside.addRect(QRectF(self.rect()))
        if chosen is not None:
            inside = QPainterPath()
            inside.addRect(self._logical(chosen))
            outside = outside.subtracted(inside)
        painter.fillPath(outside, _DIM)
        for box in [*self.selection.boxes, *([self._box] if self._box is not None else [])]:
            area = self._logical(box)
            painter.fillRect(area, Qt.GlobalColor.black)  # as it will be sent: burned in black
            self._edge(painter, area, dashed=True)
        if chosen is not None:
            self._edge(painter, self._logical(chosen))
        if self.selection.rect is not None:
            self._size_label(painter, self._logical(self.selection.rect))
        self._hint(painter, chosen)
        if self._pointer is not None and self.underMouse():
            self._magnifier(painter)
        painter.end()

    def _edge(self, painter: QPainter, area: QRectF, dashed: bool = False) -> None:
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(Qt.GlobalColor.black, 3))
        painter.drawRect(area)
        painter.setPen(QPen(Qt.GlobalColor.white, 1, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        painter.drawRect(area)
        painter.restore()

    def _plate(self, painter: QPainter, text: str, anchor: QPointF, below: bool = True) -> QRectF:
        """White words on a dark plate at `anchor` (its top-left), kept on the screen."""
        metrics = QFontMetrics(painter.font())
        width, height = metrics.horizontalAdvance(text) + 16, metrics.height() + 8
        x = min(max(0.0, anchor.x()), self.width() - width)
        y = anchor.y() if below else anchor.y() - height
        y = min(max(0.0, y), self.height() - height)
        plate = QRectF(x, y, width, height)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_PLATE)
        painter.drawRoundedRect(plate, 4, 4)
        painter.setPen(_TEXT)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        return plate

    def _size_label(self, painter: QPainter, area: QRectF) -> None:
        below = area.bottom() + 40 < self.height()
        anchor = QPointF(area.left(), area.bottom() + 6) if below else QPointF(area.left(), area.top() - 6)
        self._plate(painter, self.selection.size_label(), anchor, below)

    def hint_lines(self) -> list[str]:
        """What the hint at the top says now: what to do next here, and the note (if any) on why
        a mode is not available."""
        rect = self.selection.rect
        if self.boxing:
            state = "boxing"
        elif self.mode == "screen" and rect in (None, self.frozen.bounds):  # the whole screen, as it starts
            state = "screen"
        else:
            state = "chosen" if rect is not None else self.mode
        return [hints()[state], *([self.note] if self.note else [])]

    def _hint(self, painter: QPainter, chosen: Rect | None) -> None:
        lines = self.hint_lines()
        font = QFont(painter.font())
        painter.save()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        top = 12.0
        if chosen is not None and self._logical(chosen).top() < top + 2 * metrics.height() * len(lines) + 24:
            top = self.height() - (metrics.height() + 12) * len(lines) - 12.0  # out of the selection's way
        for line in lines:
            width = metrics.horizontalAdvance(line) + 16
            plate = self._plate(painter, line, QPointF((self.width() - width) / 2, top))
            top = plate.bottom() + 4
        painter.restore()

    def _magnifier(self, painter: QPainter) -> None:
        """The device pixels around the pointer, 8× larger, with the one under it outlined: for
        putting an edge exactly on a pixel."""
        assert self._pointer is not None
        px, py = self._pointer
        ratio = self.frozen.ratio
        half = MAGNIFIER_PIXELS // 2
        side = float(MAGNIFIER_SIDE)
        x, y = px / ratio + 24, py / ratio + 24
        if x + side > self.width():
            x = px / ratio - 24 - side
        if y + side + 30 > self.height():
            y = py / ratio - 24 - side - 30
        target = QRectF(x, y, side, side)
        source = QRectF(px - half, py - half, MAGNIFIER_PIXELS, MAGNIFIER_PIXELS)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # pixels, not a blur
        painter.fillRect(target, Qt.GlobalColor.black)
        painter.drawPixmap(target, self.frozen.pixmap, source)
        cell = side / MAGNIFIER_PIXELS
        centre = QRectF(x + half * cell, y + half * cell, cell, cell)
        self._edge(painter, centre)
        self._edge(painter, target)
        painter.restore()
        self._plate(painter, f"{px}, {py}", QPointF(x, y + side + 6))
