"""What the model will see: the exact pixels of an image as sent, with their size, format and
estimated cost, from a chip before sending and from a question or a review afterwards."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QWidget

from pixdesk.ui.close_row import with_close_row
from pixdesk.ui.i18n import number, translate
from pixdesk.ui.window_memory import fit_dialog

if TYPE_CHECKING:
    from pixdesk.services.images import Prepared


class PreviewDialog(QDialog):
    """Exactly the pixels that will be sent, with their size, format and cost."""

    def __init__(self, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a = prepared.attachment
        self.setWindowTitle(translate("attachments", "What the model will see — {name}").format(name=a.name))
        image = QLabel(self)
        image.setPixmap(QPixmap.fromImage(QImage.fromData(a.data)))
        image.setAccessibleName(translate("attachments", "Image as sent"))
        scroll = QScrollArea(self)
        scroll.setWidget(image)
        scroll.setWidgetResizable(False)
        w, h = prepared.source_size
        facts = QLabel(
            html.escape(
                translate("attachments", "{format} {width}×{height}, {kb} KB, about {tokens} tokens (from {w}×{h}).")
            ).format(
                format=html.escape(a.format.upper()),
                width=a.width,
                height=a.height,
                kb=number(a.size_bytes / 1024),
                tokens=number(prepared.tokens),
                w=w,
                h=h,
            )
            + "<br>"
            + html.escape(
                translate("attachments", "Metadata — EXIF, GPS location, comments, colour profile — has been removed.")
            ),
            self,
        )
        facts.setWordWrap(True)
        with_close_row(self, scroll, facts)
        fit_dialog(self, QSize(min(a.width + 60, 1100), min(a.height + 140, 900)), parent)  # (the image scrolls)
