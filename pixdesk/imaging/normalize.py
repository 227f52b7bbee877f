"""Bring any decoded image to what we send: 8-bit sRGB (RGB, RGBA or L), upright, no metadata."""

from __future__ import annotations

import io
import struct

from PIL import Image, ImageCms, ImageOps

_SRGB = ImageCms.createProfile("sRGB")
_HIGH_BIT_MODES = {"I", "I;16", "I;16B", "I;16L", "I;16N", "F"}


def normalise(image: Image.Image) -> Image.Image:
    """Upright (EXIF orientation), colour-managed to sRGB, 8 bits a channel, alpha only where
    the image really is transparent, and `info` emptied so no metadata can be written out."""
    try:
        ImageOps.exif_transpose(image, in_place=True)  # no copy when already upright
    except (SyntaxError, ValueError, OSError, IndexError, KeyError, TypeError, struct.error):
        pass  # EXIF too damaged to read: the pixels are fine, keep them as they are
    icc = image.info.get("icc_profile")
    image = _to_8bit_mode(image)
    if icc:
        image = _to_srgb(image, icc)
    if image.mode == "CMYK":  # no usable profile: Pillow's plain conversion
        image = image.convert("RGB")
    if image.mode == "RGBA" and _opaque(image):
        image = image.convert("RGB")  # opaque after all: an alpha channel only costs bytes
    image.info = {}
    return image


def _opaque(image: Image.Image, band_rows: int = 512) -> bool:
    """Whether every pixel's alpha is 255, looked at a band at a time (the alpha channel of an
    8000×8000 page at once would be another 64 MB)."""
    width, height = image.size
    for top in range(0, height, band_rows):
        band = image.crop((0, top, width, min(height, top + band_rows)))
        if band.getchannel("A").getextrema() != (255, 255):
            return False
    return True


def _to_8bit_mode(image: Image.Image) -> Image.Image:
    mode = image.mode
    if mode in ("RGB", "RGBA", "L"):
        return image
    if mode in _HIGH_BIT_MODES:
        # 16-bit or float greyscale: scale the full range down to 0–255 rather than clipping.
        low, high = image.getextrema()
        if high > low:
            scale = 255.0 / (high - low)
        else:  # one flat level (a blank 16-bit scan): nothing to stretch, keep its brightness
            low, scale = 0, (255.0 / 65535 if mode.startswith("I;16") else 1.0)
        return image.convert("F").point(lambda v: (v - low) * scale).convert("L")
    if mode == "1":
        return image.convert("L")
    if mode in ("P", "PA"):
        return image.convert("RGBA" if "transparency" in image.info or mode == "PA" else "RGB")
    if mode in ("LA", "La", "RGBa"):
        return image.convert("RGBA")
    if mode == "CMYK":
        return image  # converted with its profile, or plainly, by normalise()
    return image.convert("RGB")  # YCbCr, LAB, HSV, ...


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        if image.mode == "L" and source.profile.xcolor_space.strip() == "GRAY":
            return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
        if image.mode in ("RGB", "RGBA", "CMYK"):
            return ImageCms.profileToProfile(image, source, _SRGB, outputMode=out_mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        pass  # a broken profile: use the pixels as they are
    return image
