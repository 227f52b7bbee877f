"""A worker's raw pixels (services.images.Pixels) as a QImage the window can paint at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:  # (names only: imaging is loaded in the workers, not for the window's start)
    from pixdesk.services.images import Pixels


def image_from_pixels(pixels: Pixels, device_pixel_ratio: float = 1.0) -> QImage:
    """No decoder involved: the rows are wrapped, then converted once to the format the raster
    painter draws fastest (which also gives the image its own copy of the bytes)."""
    if pixels.width < 1 or pixels.height < 1 or len(pixels.rgba) < pixels.width * pixels.height * 4:
        return QImage()
    wrapped = QImage(pixels.rgba, pixels.width, pixels.height, pixels.width * 4, QImage.Format.Format_RGBA8888)
    image = wrapped.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    return image
