"""A quiet line in the review pane, near "Read the fine print…": the page on screen has small
print that the normal fit to the model makes unreadable. The button beside it is the one click
that reads it; the notice only says why that click is worth it, and how small the print gets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from pixdesk.services.small_print import LEGIBLE_PX
from pixdesk.ui import readable
from pixdesk.ui.card import WARNING_AMBER
from pixdesk.ui.i18n import number, translate

if TYPE_CHECKING:
    from pixdesk.services.small_print import SmallPrint


def notice_colour(palette: QPalette) -> QColor:
    """The notice's text: the chips' small-print amber, checked against the pane's background."""
    return readable.readable(QColor(WARNING_AMBER), palette.color(QPalette.ColorRole.Window))


def notice_text(small: SmallPrint) -> str:
    return translate(
        "small_print_notice", "This page has small print (about {height} px high) that will be unreadable at this size"
    ).format(height=number(max(1, round(small.sent_height_px))))


class SmallPrintNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.small_print: SmallPrint | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._apply_palette()
        self.hide()

    def show_for(self, small: SmallPrint | None) -> None:
        """Say it for the page on screen (None: nothing to say — its text survives, or it is
        still being measured)."""
        self.small_print = small
        if small is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setText(notice_text(small))
        self.setToolTip(
            translate(
                "small_print_notice",
                "As Pixtral Large sees the whole page, its smallest text is about {height} pixels high; under "
                "{legible} it is not reliably read. “Read the fine print…” sends the page with close-ups of that "
                "text (about {tokens} tokens more).",
            ).format(height=number(small.sent_height_px), legible=number(LEGIBLE_PX), tokens=number(small.extra_tokens))
        )
        self.show()

    def _apply_palette(self) -> None:
        palette = self.palette()
        colour = notice_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != colour:  # (setting it is a palette change too)
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self._apply_palette()
