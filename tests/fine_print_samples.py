"""Pages with small print at known sizes, for the fine-print tests (DejaVu, as Debian ships it)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SMALL_LINE = "Ref KX7P4MRT applies to this invoice, see the terms overleaf."
BODY_LINE = "The parties agree to the terms set out in the schedule."


def ink_height(font_px: int, text: str = SMALL_LINE) -> int:
    """How tall the text's ink is, ascenders to descenders, in pixels."""
    _left, top, _right, bottom = ImageFont.truetype(FONT, font_px).getbbox(text)
    return bottom - top


def page_with_small_print(
    size=(2480, 3508), body_px: int = 48, small_px: int = 22, small_at: int = 3100
) -> Image.Image:
    """A 300-dpi A4 page: body text, and three lines of small print from `small_at` down."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    body, small = ImageFont.truetype(FONT, body_px), ImageFont.truetype(FONT, small_px)
    for i in range(20):
        draw.text((250, 300 + i * round(body_px * 1.6)), BODY_LINE, font=body, fill=0)
    for i in range(3):
        draw.text((250, small_at + i * round(small_px * 1.5)), SMALL_LINE, font=small, fill=0)
    return page


def photo_like(size=(3000, 2000)) -> Image.Image:
    """Gradients, soft shapes and sensor noise: no text anywhere."""
    from PIL import ImageFilter

    width, height = size
    small = Image.linear_gradient("L").resize((width // 8, height // 8))
    rgb = Image.merge("RGB", (small, small.rotate(90), small.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(rgb)
    for i in range(40):
        x, y = (i * 137) % rgb.width, (i * 91) % rgb.height
        draw.ellipse((x, y, x + 60, y + 40), fill=((i * 53) % 255, (i * 97) % 255, (i * 31) % 255))
    rgb = rgb.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    return Image.blend(rgb, Image.effect_noise(size, 18).convert("RGB"), 0.12)


def save(image: Image.Image, path: Path) -> Path:
    image.save(path)
    return path
