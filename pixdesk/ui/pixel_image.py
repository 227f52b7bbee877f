"""A worker's raw pixels (services.images.Pixels) as a QImage the window can paint at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:  # (names only: imaging is loaded in the workers, not for the window's start)
    from pixdesk.services.images import Pixels


def image_from_pixels(pixels: Pixels, device_pixel_ratio: float = 1.0) -> QImage:
    """No decoder involved: the rows are wrapped as they are (the review's page view does the
    same), and copied, so that the image owns its bytes."""
    if pixels.width < 1 or pixels.height < 1 or len(pixels.bgra) < pixels.width * pixels.height * 4:
        return QImage()
    row = pixels.width * 4
    image = QImage(pixels.bgra, pixels.width, pixels.height, row, QImage.Format.Format_ARGB32).copy()
    image.setDevicePixelRatio(device_pixel_ratio)
    return image
