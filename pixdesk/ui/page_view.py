"""The review viewer: one page of a document, zoomed (wheel, pinch, Fit, 100 %) and panned, with
the reviewer's marks drawn over it and tools to draw new ones.

Scene coordinates are the page's full-resolution pixels, so marks stay put at any zoom. The page
is painted from a pyramid made off the GUI thread (services.page_render): only the part on screen,
from the smallest level that is still sharp there — smooth on a 300-dpi A4 scan."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QNativeGestureEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pixdesk.domain import Mark, MarkKind
from pixdesk.services.page_render import RenderedPage
from pixdesk.ui.flat_scroll_bar import use_flat_scroll_bars
from pixdesk.ui.i18n import translate
from pixdesk.ui.readable import TEXT_CONTRAST, readable

MIN_ZOOM, MAX_ZOOM = 0.03, 8.0
WHEEL_STEP = 1.15  # zoom per notch
REGION_COLOUR = QColor("#0b57d0")
PENDING_COLOUR = QColor("#ca5010")
PAPER = QColor("#ffffff")  # what marks are drawn on: a scanned page is (nearly) white paper
PIN_RADIUS = 9  # screen pixels, at any zoom
KEY_STEP = 16  # screen pixels a keyboard box moves or grows per arrow key
# Transforms that put one image pixel on one device pixel: moved, not scaled.
ONE_TO_ONE = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)


class Tool(enum.Enum):
    PAN = "pan"
    REGION = "region"  # an area to ask about
    REDACT = "redact"
    ANNOTATE = "annotate"
    PIN = "pin"


class PageItem(QGraphicsItem):
    """The page's pixels: the exposed part only, from the right pyramid level."""

    def __init__(self, rendered: RenderedPage) -> None:
        super().__init__()
        self.rendered = rendered
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        # Each level's pixels are a memory map; the QImage reads them in place (no copy), so
        # they are kept here for as long as the images live. Premultiplied, as page_render made
        # them: the format Qt draws without converting.
        premultiplied = QImage.Format.Format_ARGB32_Premultiplied
        self._images = [
            (level, QImage(level.pixels, level.width, level.height, level.width * 4, premultiplied))
            for level in rendered.levels
        ]
        # An opaque page's bytes are valid RGB32 too (every alpha is 255). Drawn one image pixel
        # to one screen pixel, RGB32 onto the RGB32 window is a straight copy of rows, where the
        # premultiplied image is blended pixel by pixel: the panning row's paint, ~a third less.
        # Scaled, the premultiplied image draws faster, so it stays the one used there.
        self._one_to_one = (
            QImage(rendered.levels[0].pixels, *rendered.size, rendered.size[0] * 4, QImage.Format.Format_RGB32)
            if rendered.opaque
            else None
        )
        self.painted_levels: list[float] = []  # which level each paint used (tests, benchmarks)

    def boundingRect(self) -> QRectF:  # noqa: N802
        width, height = self.rendered.size
        return QRectF(0, 0, width, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect.intersected(self.boundingRect())
        if self._one_to_one is not None and painter.deviceTransform().type() in ONE_TO_ONE:
            painter.drawImage(exposed, self._one_to_one, exposed)
            self.painted_levels.append(self.rendered.levels[0].scale)
            return
        scale = painter.worldTransform().m11()
        level = self.rendered.level_for(scale)
        image = next(image for lvl, image in self._images if lvl is level)
        source = QRectF(
            exposed.x() * level.width / self.rendered.size[0],
            exposed.y() * level.height / self.rendered.size[1],
            exposed.width() * level.width / self.rendered.size[0],
            exposed.height() * level.height / self.rendered.size[1],
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 2)
        # Not antialiased: a partial repaint's edge falls between device pixels at 150 %, and
        # an antialiased edge there would blend that row with the background: a grey seam.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawImage(exposed, image, source)
        self.painted_levels.append(level.scale)


def label_colour(colour: QColor) -> QColor:
    """A mark's number, readable on its white plate."""
    return readable(colour, PAPER, TEXT_CONTRAST)


class MarkItem(QGraphicsRectItem):
    """A mark on the page. Redactions are solid black, exactly what is sent; annotations have
    their colour and note; regions are dashed; pins are a dot that keeps its size at any zoom."""

    def __init__(self, mark: Mark, number: int) -> None:
        x, y, w, h = mark.box
        super().__init__(QRectF(x, y, w, h))
        self.mark = mark
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(
            mark.note
            or {
                MarkKind.REDACTION: translate("page_view", "Redacted: never sent"),
                MarkKind.REGION: translate("page_view", "Asked about"),
            }.get(mark.kind, "")
        )
        colour = QColor(mark.colour or "#d13438")
        if mark.kind is MarkKind.REDACTION:
            self.setBrush(QBrush(Qt.GlobalColor.black))
            self.setPen(QPen(Qt.GlobalColor.black, 0))
        elif mark.kind is MarkKind.REGION:
            pen = QPen(REGION_COLOUR, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self.setPen(pen)
        elif mark.kind is MarkKind.PIN:
            self.setPen(QPen(Qt.PenStyle.NoPen))
            dot = QGraphicsEllipseItem(-PIN_RADIUS, -PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS, self)
            dot.setPos(x, y)
            dot.setBrush(QBrush(colour))
            dot.setPen(QPen(Qt.GlobalColor.white, 2))
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        else:
            pen = QPen(colour, 3)
            pen.setCosmetic(True)
            self.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(36)
            self.setBrush(QBrush(fill))
        if mark.kind in (MarkKind.ANNOTATION, MarkKind.PIN):
            # The number sits on a white plate, in a shade of the mark's colour dark enough to
            # read (4.5:1) whatever the page shows beneath it.
            plate = QGraphicsRectItem(self)
            plate.setBrush(QBrush(PAPER))
            plate.setPen(QPen(Qt.PenStyle.NoPen))
            plate.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            plate.setPos(x + (PIN_RADIUS if mark.kind is MarkKind.PIN else 0), y - 2)
            label = QGraphicsSimpleTextItem(str(number), plate)
            label.setBrush(QBrush(label_colour(colour)))
            plate.setRect(label.boundingRect().adjusted(-2, 0, 2, 0))

    def shape(self) -> QPainterPath:
        if self.mark.kind is MarkKind.PIN:  # the dot, however small the zoom makes it
            path = QPainterPath()
            path.addRect(self.rect().adjusted(-20, -20, 20, 20))
            return path
        return super().shape()


class PageView(QGraphicsView):
    """Emits `drawn(tool, rect)` when the reviewer draws with a tool (rect in page pixels) and
    `mark_selected(mark or None)` when a mark is picked."""

    drawn = Signal(object, QRect)
    mark_selected = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(translate("page_view", "Page"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(self.palette().dark())
        # The view paints every pixel itself (drawBackground, then the page): Qt need not fill the
        # viewport with the window's colour first, a full pass over its pixels at every pan step.
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # The conversation's flat bars: the style's own were repainted at every step of a pan and
        # made each step's paint ~2.5 ms instead of ~0.9 (the panning stall row).
        use_flat_scroll_bars(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keyboard_box: QGraphicsRectItem | None = None  # the box drawn with the arrow keys
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.page_item: PageItem | None = None
        self._marks: list[MarkItem] = []
        self._tool = Tool.PAN
        self._start: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        self.pending: QGraphicsRectItem | None = None  # the region drawn, waiting for a question
        self._fit = True  # keep fitting on resize until the reviewer zooms
        self.set_tool(Tool.PAN)
        self.scene().selectionChanged.connect(self._selection_changed)

    # --- the page ------------------------------------------------------------------------------

    def show_page(self, rendered: RenderedPage, marks: list[Mark]) -> None:
        same_size = self.page_item is not None and self.page_item.rendered.size == rendered.size
        self.scene().clear()
        self._marks, self.pending, self._rubber, self.keyboard_box = [], None, None, None
        self.page_item = PageItem(rendered)
        self.scene().addItem(self.page_item)
        self.scene().setSceneRect(self.page_item.boundingRect())
        self.show_marks(marks)
        if not same_size or self._fit:
            self.fit()

    def clear_page(self) -> None:
        self.scene().clear()
        self.page_item, self._marks, self.pending, self._rubber = None, [], None, None
        self.keyboard_box = None

    def show_marks(self, marks: list[Mark]) -> None:
        for item in self._marks:
            self.scene().removeItem(item)
        numbered = [m for m in marks if m.kind in (MarkKind.ANNOTATION, MarkKind.PIN)]
        self._marks = []
        for mark in marks:
            item = MarkItem(mark, numbered.index(mark) + 1 if mark in numbered else 0)
            item.setZValue(2 if mark.kind is MarkKind.REDACTION else 3)
            self.scene().addItem(item)
            self._marks.append(item)

    def select_mark(self, mark: Mark | None) -> None:
        self.scene().clearSelection()
        for item in self._marks:
            if mark is not None and item.mark is mark:
                item.setSelected(True)
                self.ensureVisible(item, 40, 40)

    def highlight(self, box: tuple[int, int, int, int]) -> None:
        """Bring an area into view and select its mark (e.g. the region an answer is about)."""
        for item in self._marks:
            if item.mark.box == box and item.mark.kind is MarkKind.REGION:
                self.select_mark(item.mark)
                break
        x, y, w, h = box
        self.fitInView(
            QRectF(x, y, w, h).adjusted(-w * 0.25, -h * 0.25, w * 0.25, h * 0.25), Qt.AspectRatioMode.KeepAspectRatio
        )
        self._fit = False
        self.zoom_changed.emit(self.zoom)

    # --- zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        if self.page_item is not None:
            self.fitInView(self.page_item.boundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._fit = True
            self.zoom_changed.emit(self.zoom)

    def actual_size(self) -> None:
        self.zoom_by(1.0 / max(self.zoom, 1e-6))

    def zoom_by(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor)) / max(self.zoom, 1e-6)
        self.scale(factor, factor)
        self._fit = False
        self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Gesture:  # touch screens and Windows/Linux touchpads
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):  # noqa: SIM102 - one gesture, then its kind
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:  # macOS trackpads
                self.zoom_by(1.0 + event.value())
                return True
        return super().viewportEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        # Beneath an opaque page nothing of the background shows. At 100 % the page usually
        # covers the whole view, and filling it first was one more pass at every pan step.
        page = self.page_item
        if page is not None and page.rendered.opaque and page.sceneBoundingRect().contains(rect):
            return
        super().drawBackground(painter, rect)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: the room around the page follows
            self.setBackgroundBrush(self.palette().dark())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    # --- drawing -------------------------------------------------------------------------------

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        self._tool = tool
        if tool is Tool.PAN:
            self._drop_keyboard_box()
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if tool is Tool.PAN else QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if tool is Tool.PAN else Qt.CursorShape.CrossCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._tool is Tool.PAN or self.page_item is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._start = self._clamped(self.mapToScene(event.position().toPoint()))
        if self._tool is Tool.PIN:
            self.drawn.emit(Tool.PIN, QRect(round(self._start.x()), round(self._start.y()), 0, 0))
            self._start = None
            return
        self._rubber = QGraphicsRectItem()
        self._rubber.setPen(self._drawing_pen())
        self._rubber.setZValue(5)
        self.scene().addItem(self._rubber)
        event.accept()

    def _drawing_pen(self) -> QPen:
        """The dashed outline of a box being drawn (mouse or keyboard)."""
        pen = QPen(PENDING_COLOUR if self._tool is not Tool.REDACT else Qt.GlobalColor.black, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        return pen

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._start is not None and self._rubber is not None:
            end = self._clamped(self.mapToScene(event.position().toPoint()))
            self._rubber.setRect(QRectF(self._start, end).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._start is None or self._rubber is None:
            super().mouseReleaseEvent(event)
            return
        rect = self._rubber.rect().toAlignedRect()
        self.scene().removeItem(self._rubber)
        self._rubber, self._start = None, None
        if rect.width() >= 4 and rect.height() >= 4:  # a click is not a box
            self.drawn.emit(self._tool, rect)
        event.accept()

    # --- drawing from the keyboard ---------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """With a drawing tool chosen: the arrow keys move a box (Shift+arrows size it), Enter
        draws it as the mouse would, Esc takes it away. With Pan, the keys scroll as usual."""
        if self._tool is Tool.PAN or self.page_item is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows:
            dx, dy = arrows[key]
            self.move_keyboard_box(dx, dy, resize=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.keyboard_box is not None:
            self.draw_keyboard_box()
        elif key == Qt.Key.Key_Escape and self.keyboard_box is not None:
            self._drop_keyboard_box()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_keyboard_box(self, dx: int, dy: int, resize: bool = False) -> None:
        """Move the keyboard box by KEY_STEP screen pixels a step (or, `resize`, grow or shrink
        its right and bottom edges); the first key shows it, in the middle of what is on screen."""
        if self.page_item is None:
            return
        box = self._keyboard_rect()
        step = KEY_STEP / max(self.zoom, 1e-6)
        if resize:
            box.setWidth(max(step, box.width() + dx * step))
            box.setHeight(max(step, box.height() + dy * step))
        else:
            box.translate(dx * step, dy * step)
        page = self.page_item.boundingRect()
        box = QRectF(
            min(max(box.x(), 0), page.width() - min(box.width(), page.width())),
            min(max(box.y(), 0), page.height() - min(box.height(), page.height())),
            min(box.width(), page.width()),
            min(box.height(), page.height()),
        )
        self._show_keyboard_box(box)
        self.ensureVisible(box, 20, 20)

    def draw_keyboard_box(self) -> None:
        """The keyboard box becomes what the tool makes (a pin goes to its centre)."""
        if self.keyboard_box is None:
            return
        rect = self.keyboard_box.rect().toAlignedRect()
        self._drop_keyboard_box()
        if self._tool is Tool.PIN:
            centre = rect.center()
            self.drawn.emit(Tool.PIN, QRect(centre.x(), centre.y(), 0, 0))
        else:
            self.drawn.emit(self._tool, rect)

    def _keyboard_rect(self) -> QRectF:
        if self.keyboard_box is not None:
            return self.keyboard_box.rect()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        visible = visible.intersected(self.page_item.boundingRect()) if self.page_item is not None else visible
        return QRectF(
            visible.center().x() - visible.width() / 8,
            visible.center().y() - visible.height() / 8,
            visible.width() / 4,
            visible.height() / 4,
        )

    def _show_keyboard_box(self, box: QRectF) -> None:
        if self.keyboard_box is None:
            self.keyboard_box = QGraphicsRectItem()
            self.keyboard_box.setPen(self._drawing_pen())
            self.keyboard_box.setZValue(5)
            self.scene().addItem(self.keyboard_box)
        self.keyboard_box.setRect(box)

    def _drop_keyboard_box(self) -> None:
        if self.keyboard_box is not None:
            self.scene().removeItem(self.keyboard_box)
            self.keyboard_box = None

    def show_pending(self, rect: QRect | None) -> None:
        """The region drawn to ask about (until it is asked about, or replaced)."""
        if self.pending is not None:
            self.scene().removeItem(self.pending)
            self.pending = None
        if rect is not None:
            self.pending = QGraphicsRectItem(QRectF(rect))
            pen = QPen(PENDING_COLOUR, 3, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self.pending.setPen(pen)
            fill = QColor(PENDING_COLOUR)
            fill.setAlpha(28)
            self.pending.setBrush(QBrush(fill))
            self.pending.setZValue(4)
            self.scene().addItem(self.pending)

    def _clamped(self, point: QPointF) -> QPointF:
        bounds = self.page_item.boundingRect()
        return QPointF(min(max(point.x(), 0), bounds.width() - 1), min(max(point.y(), 0), bounds.height() - 1))

    def _selection_changed(self) -> None:
        selected = [item for item in self.scene().selectedItems() if isinstance(item, MarkItem)]
        self.mark_selected.emit(selected[0].mark if selected else None)
