"""Realistic test images made on the spot: a photo, a 300-dpi scan, a UI screenshot, a long PDF."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans where it is installed (it has the € the screenshot shows), else Pillow's own."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def photo(path: Path, width: int = 6000, height: int = 4000) -> Path:
    """24 MP of photo-like content: gradients, shapes and sensor noise (JPEG q92, as cameras do)."""
    small = Image.linear_gradient("L").resize((width // 8, height // 8))
    rgb = Image.merge("RGB", (small, small.rotate(90, expand=False), small.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(rgb)
    for i in range(40):
        x, y = (i * 137) % rgb.width, (i * 91) % rgb.height
        draw.ellipse((x, y, x + 60, y + 40), fill=((i * 53) % 255, (i * 97) % 255, (i * 31) % 255))
    rgb = rgb.resize((width, height), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    Image.blend(rgb, noise, 0.12).save(path, "JPEG", quality=92)
    return path


def scan(path: Path, width: int = 2480, height: int = 3508) -> Path:
    """An A4 page at 300 dpi: lines of text, a table and a little scanner grain (PNG, greyscale)."""
    page = Image.new("L", (width, height), 248)
    draw = ImageDraw.Draw(page)
    font, small = _font(34), _font(22)
    draw.text((200, 180), "SERVICE AGREEMENT", fill=20, font=_font(60))
    for row in range(70):
        y = 340 + row * 42
        draw.text(
            (200, y),
            f"{row + 1}. The Supplier shall provide the services described in Schedule {row % 7} "
            f"no later than {row + 1:02d} March 2026.",
            fill=30,
            font=font if row % 9 else small,
        )
    for x in range(200, 2300, 350):
        draw.line((x, 3300, x, 3450), fill=60, width=3)
    grain = Image.effect_noise((width, height), 6)
    Image.blend(page, grain, 0.05).save(path, "PNG")
    return path


def screenshot(path: Path, width: int = 4096, height: int = 3072) -> Path:
    """A HiDPI screenshot of a busy business app (PNG)."""
    shot = Image.new("RGB", (width, height), (243, 243, 243))
    draw = ImageDraw.Draw(shot)
    font = _font(28)
    draw.rectangle((0, 0, width, 110), fill=(43, 87, 151))
    draw.text((40, 35), "Orders — Acme Support Console", fill="white", font=_font(40))
    draw.rectangle((0, 110, 520, height), fill=(230, 232, 236))
    for i in range(60):
        draw.text((40, 150 + i * 48), f"Folder {i:02d}", fill=(40, 40, 40), font=font)
    for row in range(56):
        y = 150 + row * 52
        draw.rectangle((560, y, width - 60, y + 46), fill=(255, 255, 255) if row % 2 else (248, 250, 252))
        draw.text(
            (580, y + 8),
            f"#{10400 + row}   Payment declined   €{row * 37 % 900}.{row % 100:02d}   "
            f"customer{row}@example.com   {row % 28 + 1:02d}/11/2026",
            fill=(30, 30, 30),
            font=font,
        )
    draw.rounded_rectangle((width - 480, 30, width - 80, 84), 12, fill=(0, 120, 212))
    draw.text((width - 400, 40), "Save changes", fill="white", font=font)
    shot.save(path, "PNG")
    return path


def long_pdf(path: Path, pages: int = 100) -> Path:
    """A scanned-looking PDF of `pages` A4 pages (each a JPEG at 150 dpi, as scanners write them)."""

    def page(number: int) -> Image.Image:
        image = Image.new("L", (1240, 1754), 250)
        draw = ImageDraw.Draw(image)
        for line in range(40):
            draw.text(
                (120, 120 + line * 38),
                f"Page {number}, line {line}: terms and conditions apply.",
                fill=25,
                font=_font(22),
            )
        return image.convert("RGB")

    first = page(1)
    first.save(path, "PDF", save_all=True, resolution=150, append_images=(page(n) for n in range(2, pages + 1)))
    return path
