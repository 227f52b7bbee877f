"""Compare's result: the two images and the third that shows what changed, side by side, each
with its caption, and the sentence saying what was found (pixdesk.ui.compare_flow opens it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget

from pixdesk.ui.close_row import with_close_row
from pixdesk.ui.i18n import translate, translated


class CompareDialog(QDialog):
    """The three images side by side, each with its caption, and what was found."""

    def __init__(self, images: list[tuple[str, bytes]], sentence: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("compare_flow", "What changed"))
        screen = parent.screen().availableGeometry()
        side = max(160, min(420, (screen.width() - 120) // len(images)))  # all three fit the screen
        grid = QGridLayout()
        self.captions: list[QLabel] = []
        for column, (caption, data) in enumerate(images):
            label = QLabel(caption, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            picture = QLabel(self)
            picture.setAccessibleName(caption)
            # Scaled in device pixels: sharp on a screen at 150 % or 200 %.
            ratio = self.devicePixelRatioF()
            smooth, keep = Qt.TransformationMode.SmoothTransformation, Qt.AspectRatioMode.KeepAspectRatio
            pixmap = QPixmap.fromImage(QImage.fromData(data)).scaled(
                round(side * ratio), round(side * ratio), keep, smooth
            )
            pixmap.setDevicePixelRatio(ratio)
            picture.setPixmap(pixmap)
            picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(label, 0, column)
            grid.addWidget(picture, 1, column)
            self.captions.append(label)
        found = QLabel(
            translate(
                "compare_flow", "{found} The question is in the box below: edit it if you like, then press Enter."
            ).format(found=translated(sentence)),
            self,
        )
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.setWordWrap(True)
        with_close_row(self, grid, found)
