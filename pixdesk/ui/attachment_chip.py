"""One attached image above the question box, as a chip: a small rounded card with the picture,
the file's name, its size in plain words and a ✕ — the way chat apps people know show them.

A chip is one Tab stop (its ✕ and page picker follow it): Enter or Space opens the exact
preview, Delete or Backspace removes it. It shows "Preparing…" while a worker makes the image,
and a failed image keeps its chip with the problem in words, until the person removes it.

A page whose small print the fit makes unreadable says so on its chip, with one click ("Read it")
to send it with close-ups of that print; the chip then says how many, with "Undo"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pixdesk.services.small_print import LEGIBLE_PX
from pixdesk.ui import icons, readable, style
from pixdesk.ui.card import ERROR_RED, RADIUS, THUMB_SIDE, WARNING_AMBER, border_colour, paint_card
from pixdesk.ui.i18n import number, translate

if TYPE_CHECKING:  # (names only: imaging is loaded in the workers, not for the window's start)
    from pixdesk.services.images import Prepared
    from pixdesk.services.small_print import SmallPrint

NAME_WIDTH = 150  # longer names are elided (the whole name is in the tooltip and the accessible name)
PROBLEM_WIDTH = 280  # a failed chip is wider: its sentence needs the room
SMALL_PRINT_WIDTH = 190  # the small-print line wraps at this width: the chip stays a chip


def problem_colour(palette: QPalette) -> QColor:
    return readable.readable(QColor(ERROR_RED), palette.color(QPalette.ColorRole.Base))


def link_colour(palette: QPalette) -> QColor:
    """The chip's "Read it" and "Undo": the palette's link colour, checked against the chip."""
    return readable.readable(palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Base))


def small_print_colour(palette: QPalette) -> QColor:
    """The small-print warning on a chip: amber, darkened (or lightened) until it reads 4.5:1."""
    return readable.readable(QColor(WARNING_AMBER), palette.color(QPalette.ColorRole.Base))


class Thumbnail(QAbstractButton):
    """The picture, centre-cropped into a rounded square; clicking it opens the exact preview.
    Not a Tab stop of its own: Enter on the chip does the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def has_image(self) -> bool:
        return self._image is not None

    def image(self) -> QImage | None:
        return self._image

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(THUMB_SIDE, THUMB_SIDE)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect())
        path = QPainterPath()
        path.addRoundedRect(area, RADIUS - 2, RADIUS - 2)
        painter.setClipPath(path)
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.AlternateBase))
        if self._image is None or self._image.isNull():
            # Not ready (or unreadable): a quiet picture sign where the thumbnail will be.
            sign = icons.icon("image", self.palette(), QPalette.ColorRole.WindowText)
            side = THUMB_SIDE // 2
            sign.paint(painter, (THUMB_SIDE - side) // 2, (THUMB_SIDE - side) // 2, side, side)
        else:
            # Centre-crop to a square, in the image's own pixels (it was made at 2× for HiDPI).
            width, height = self._image.width(), self._image.height()
            side = min(width, height)
            source = QRectF((width - side) / 2, (height - side) / 2, side, side)
            painter.drawImage(area, self._image, source)
        # A hairline edge, so a white page still shows where it ends on a white chip.
        painter.setClipping(False)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS - 2, RADIUS - 2)


class LinkButton(QAbstractButton):
    """An action in a chip drawn as a link ("Read it", "Undo"): underlined text in the link colour,
    left-aligned with the chip's lines (a tool button's frame padding would indent it), with the
    window's focus ring around it when focused."""

    PAD = style.RING_WIDTH + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * self.PAD, metrics.height() + 2 * self.PAD)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))  # (the disabled one while busy)
        font = self.font()
        font.setUnderline(True)
        painter.setFont(font)
        inner = self.rect().adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.text())
        if self.hasFocus():
            style.paint_ring(painter, self.rect(), style.focus_ring_colour(palette))


class ImageChip(QFrame):
    remove_clicked = Signal()
    preview_clicked = Signal()
    page_changed = Signal(int)
    delete_pressed = Signal()  # Delete / Backspace on the focused chip
    read_small_print = Signal()  # "Read it": send the page with close-ups of its small print
    undo_small_print = Signal()  # back to the page alone

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._failed = False
        self._facts = ""
        self._size = ""  # "640×480 pixels as sent"
        self._redactions = ""  # what was blacked out that the person did not do here
        self._small_print: SmallPrint | None = None
        self._closeups: int | None = None  # sent with this many close-ups (None: the page alone)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name)

        self.thumb = Thumbnail(self)
        self.thumb.setAccessibleName(translate("attachment_chip", "Preview {name}").format(name=name))
        self.thumb.setToolTip(translate("attachment_chip", "See exactly what the model will see"))
        self.thumb.clicked.connect(self.preview_clicked)

        self.label = QLabel(self)
        self.label.setToolTip(name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not ours: never rich text
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setAccessibleName(translate("attachment_chip", "Remove {name}").format(name=name))
        self.remove.setToolTip(self.remove.accessibleName())
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove.clicked.connect(self.remove_clicked)

        self.detail = QLabel(translate("attachment_chip", "Preparing…"), self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)

        self.page = QSpinBox(self)  # shown for documents, once their page count is known
        self.page.setPrefix(translate("attachment_chip", "Page "))
        self.page.setAccessibleName(translate("attachment_chip", "Page of {name} to send").format(name=name))
        self.page.valueChanged.connect(lambda value: self.page_changed.emit(value - 1))
        self.page.hide()

        # Small print the fit makes unreadable: said here, where the person looks, with one click.
        self.small_print = QLabel(self)
        self.small_print.setTextFormat(Qt.TextFormat.PlainText)
        self.small_print.setWordWrap(True)
        self.small_print.setFixedWidth(SMALL_PRINT_WIDTH)
        self.small_print.setFont(small)
        self.small_print_button = LinkButton(self)  # one click, no frame: a link, as chat apps show it
        self.small_print_button.clicked.connect(self._small_print_clicked)
        self.small_print.hide()
        self.small_print_button.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.label, 1)
        top.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(2)
        text.addLayout(top)
        text.addWidget(self.detail)
        text.addWidget(self.page, 0, Qt.AlignmentFlag.AlignLeft)
        text.addWidget(self.small_print)
        text.addWidget(self.small_print_button, 0, Qt.AlignmentFlag.AlignLeft)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 8, 6)  # room after the longest line
        layout.setSpacing(8)
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text)
        self._apply_palette()
        self._describe()

    # --- states ------------------------------------------------------------------------------

    @property
    def failed(self) -> bool:
        return self._failed

    def set_page_count(self, count: int) -> None:
        if count > 1:
            self.page.blockSignals(True)
            self.page.setRange(1, count)
            self.page.setSuffix(translate("attachment_chip", " of {count}").format(count=count))
            self.page.blockSignals(False)
            self.page.show()

    def show_preparing(self) -> None:
        self.detail.setText(translate("attachment_chip", "Preparing…"))
        self._facts = ""
        self._size = ""
        self._small_print, self._closeups = None, None
        self._show_small_print()
        self._describe()

    def show_prepared(self, thumbnail: QImage, prepared: Prepared, redactions: str = "") -> None:
        """`redactions`: what was blacked out that the person did not do here ("2 saved
        redactions applied"), said under the size so a redacted file never looks untouched."""
        self.thumb.set_image(thumbnail)
        a = prepared.attachment
        self._size = translate("attachment_chip", "{width}×{height} pixels as sent").format(
            width=a.width, height=a.height
        )
        self._redactions = redactions
        self._small_print, self._closeups = prepared.small_print, None
        self.set_tokens(prepared.tokens)

    def set_tokens(self, tokens: int) -> None:
        """What sending this chip's images costs (the page, or the page and its close-ups)."""
        redactions = self._redactions
        about = translate("attachment_chip", "about {tokens} tokens").format(tokens=number(tokens))
        self.detail.setText("\n".join(line for line in (about, redactions) if line))
        self._facts = ", ".join(fact for fact in (self._size, about, redactions) if fact)
        self._show_small_print()
        self._describe()

    # --- small print ---------------------------------------------------------------------------

    @property
    def small_print_state(self) -> str:
        """What the chip says about small print: "" (nothing), "warning", "busy" or "sent"."""
        if self._small_print is None or self._failed:
            return ""
        if self._closeups is None:
            return "busy" if not self.small_print_button.isEnabled() else "warning"
        return "sent"

    def show_small_print(self, small: SmallPrint | None) -> None:
        """What the small-print check found, once it ends (after the chip is ready)."""
        self._small_print, self._closeups = small, None
        self._show_small_print()
        self._describe()

    def show_small_print_busy(self) -> None:
        """The close-ups are being made (in a worker)."""
        self._say_small_print(translate("attachment_chip", "Preparing close-ups of the small print…"))
        self.small_print_button.setEnabled(False)

    def show_small_print_sent(self, closeups: int, tokens: int) -> None:
        """The page goes with `closeups` close-ups of its small print (its cost: `tokens`)."""
        self._closeups = closeups
        self.set_tokens(tokens)

    def show_small_print_warning(self, tokens: int) -> None:
        """The page goes alone again (undone, or the close-ups could not be made)."""
        self._closeups = None
        self.set_tokens(tokens)

    def _show_small_print(self) -> None:
        small = None if self._failed else self._small_print
        self.small_print.setVisible(small is not None)
        self.small_print_button.setVisible(small is not None)
        self.small_print_button.setEnabled(True)
        layout = self.layout()
        if layout is not None:  # lines came or went: the tray asks the chip's height next
            layout.invalidate()
        if small is None:
            return
        if self._closeups is None:
            self._say_small_print(translate("attachment_chip", "Small print will be unreadable at this size"))
            self.small_print.setToolTip(
                translate(
                    "attachment_chip",
                    "Its smallest text would be about {height} pixels high as the model sees it; under "
                    "{legible} it is not reliably read. “Read it” sends the page with close-ups of that text: "
                    "about {tokens} tokens more.",
                ).format(
                    height=number(small.sent_height_px),
                    legible=number(LEGIBLE_PX),
                    tokens=number(small.extra_tokens),
                )
            )
            self.small_print_button.setText(translate("attachment_chip", "Read it"))
            self.small_print_button.setToolTip(
                translate("attachment_chip", "Send this page with close-ups of its small print")
            )
            self.small_print_button.setAccessibleName(
                translate("attachment_chip", "Read the small print of {name}").format(name=self._name)
            )
        else:
            closeups = self._closeups  # (lupdate sees a count only as a plain name)
            self._say_small_print(translate("attachment_chip", "Small print: sent with %n close-up(s)", None, closeups))
            self.small_print.setToolTip(
                translate(
                    "attachment_chip",
                    "The page goes once, plus close-ups of its small print, enlarged only as far as that text needs",
                )
            )
            self.small_print_button.setText(translate("attachment_chip", "Undo"))
            self.small_print_button.setToolTip(
                translate("attachment_chip", "Send the page alone again, without the close-ups")
            )
            self.small_print_button.setAccessibleName(
                translate("attachment_chip", "Send {name} without the close-ups").format(name=self._name)
            )
        self._apply_palette()

    def _say_small_print(self, text: str) -> None:
        self.small_print.setText(text)
        # A wrapped label does not tell the layout how tall it gets: say it, so the row makes room.
        self.small_print.setFixedHeight(self.small_print.heightForWidth(SMALL_PRINT_WIDTH))

    def _small_print_clicked(self) -> None:
        if self._closeups is None:
            self.read_small_print.emit()
        else:
            self.undo_small_print.emit()

    def show_problem(self, sentence: str) -> None:
        """The image could not be used: say why, in the chip, until the person removes it."""
        self._failed = True
        self.thumb.setEnabled(False)
        self.page.hide()
        self._show_small_print()
        self.detail.setWordWrap(True)
        self.detail.setFixedWidth(PROBLEM_WIDTH)
        self.detail.setText(sentence)
        # A wrapped label does not tell the layout how tall it gets: say it, so the row makes room.
        self.detail.setFixedHeight(self.detail.heightForWidth(PROBLEM_WIDTH))
        self._facts = sentence
        self._apply_palette()
        self._describe()
        self.update()

    # --- look --------------------------------------------------------------------------------

    def _describe(self) -> None:
        """Tooltip and screen reader: the whole name, what the chip holds, and the keys."""
        facts = self._facts or translate("attachment_chip", "Preparing…")
        if self.small_print.isVisibleTo(self):
            facts = f"{facts}. {self.small_print.text()}"
        self.setToolTip(f"{self._name}\n{facts}")
        keys = (
            translate("attachment_chip", "Delete removes it.")
            if self._failed
            else translate("attachment_chip", "Enter shows what will be sent; Delete removes it.")
        )
        self.setAccessibleDescription(f"{facts}. {keys}")
        self._elide_name()

    def _elide_name(self) -> None:
        room = PROBLEM_WIDTH - self.remove.sizeHint().width() if self._failed else NAME_WIDTH
        self.label.setText(QFontMetrics(self.label.font()).elidedText(self._name, Qt.TextElideMode.ElideMiddle, room))
        self.label.setMinimumWidth(min(room, self.label.sizeHint().width()))

    def _apply_palette(self) -> None:
        # Palettes, not style sheets: polishing a style sheet costs the GUI thread ~10 ms per
        # chip, a visible hitch while images are being added.
        palette = self.palette()
        colour = problem_colour(palette) if self._failed else readable.muted_text(palette, QPalette.ColorRole.Base)
        detail = self.detail.palette()
        detail.setColor(QPalette.ColorRole.WindowText, colour)
        self.detail.setPalette(detail)
        # The warning in amber; once the close-ups go along, the quiet grey of the other facts.
        warning = self.small_print.palette()
        warned = self._closeups is None
        warning.setColor(QPalette.ColorRole.WindowText, small_print_colour(palette) if warned else colour)
        self.small_print.setPalette(warning)
        button = self.small_print_button.palette()
        button.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText, link_colour(palette))
        button.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.ButtonText, link_colour(palette))
        button.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, colour)
        self.small_print_button.setPalette(button)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self._apply_palette()
        elif event.type() == QEvent.Type.FontChange:
            self._elide_name()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        paint_card(self, border_colour(self.palette(), self._failed))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    # --- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not self._failed:
            self.preview_clicked.emit()
        else:
            super().keyPressEvent(event)
