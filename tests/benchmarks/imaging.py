"""Benchmark rows for the image pipeline, each against bare Pillow doing the least it could."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import fixtures
from PIL import Image
from report import Row, median_seconds

from pixdesk.imaging.intake import prepare_file
from pixdesk.services.images import prepare_files


def _bare(path: Path, fmt: str) -> bytes:
    """Pillow's bare open + full decode + resize to fit 1024 + encode: no draft, no checks."""
    with Image.open(path) as image:
        image = image.convert("RGB")
        scale = 1024 / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def photo_row(workdir: Path, rounds: int) -> Row:
    path = fixtures.photo(workdir / "photo-24mp.jpg")
    ours = median_seconds(lambda: prepare_file(path), rounds)
    bare = median_seconds(lambda: _bare(path, "JPEG"), rounds)
    return Row(
        "24 MP JPEG photo → Bedrock-ready (median)",
        f"{ours * 1000:.0f} ms",
        "faster than bare (draft)",
        f"{bare * 1000:.0f} ms bare Pillow",
        f"{ours / bare:.2f}×",
        ours < bare,
    )


def scan_row(workdir: Path, rounds: int) -> Row:
    path = fixtures.scan(workdir / "scan-a4-300dpi.png")
    ours = median_seconds(lambda: prepare_file(path), rounds)
    bare = median_seconds(lambda: _bare(path, "PNG"), rounds)
    return Row(
        "A4 300-dpi PNG scan (2480×3508) → ready (median)",
        f"{ours * 1000:.0f} ms",
        "≤ 1.2× bare Pillow",
        f"{bare * 1000:.0f} ms bare Pillow",
        f"{ours / bare:.2f}×",
        ours / bare <= 1.2,
    )


def two_screenshots_row(workdir: Path, rounds: int) -> Row:
    paths = [fixtures.screenshot(workdir / f"screenshot-{i}.png") for i in range(2)]
    ours = median_seconds(lambda: prepare_files(paths), rounds)
    bare = median_seconds(lambda: [_bare(p, "PNG") for p in paths], rounds)
    return Row(
        "two 4096×3072 PNG screenshots → ready, both cores (median)",
        f"{ours * 1000:.0f} ms",
        "≤ 350 ms",
        f"{bare * 1000:.0f} ms bare Pillow, one after the other",
        f"{ours / bare:.2f}×",
        ours <= 0.35,
    )


# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts at its parent's peak.
_RSS_PROBE = """
import json, re, sys
from pixdesk.imaging.sources import open_source
from pixdesk.imaging.prepare import prepare_page
def kib(field):
    return int(re.search(field + r":\\s+(\\d+) kB", open("/proc/self/status").read())[1])
before = kib("VmRSS")
with open_source(sys.argv[1]) as source:
    prepare_page(source, 0)
    for index in range(source.page_count):
        source.thumbnail(index, 160)
print(json.dumps({"before": before, "after": kib("VmHWM"), "pages": source.page_count}))
"""


def pdf_rss_row(workdir: Path) -> Row:
    path = fixtures.long_pdf(workdir / "long-100-pages.pdf")
    result = subprocess.run([sys.executable, "-c", _RSS_PROBE, str(path)], capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout)
    before, after = figures["before"] / 1024, figures["after"] / 1024
    size_mb = path.stat().st_size / 2**20
    return Row(
        f"peak RSS: {figures['pages']}-page PDF ({size_mb:.0f} MB), page 1 + all thumbnails",
        f"{after:.0f} MiB (+{after - before:.0f} MiB)",
        "≤ +100 MiB over start",
        f"{before:.0f} MiB after imports",
        f"{after / before:.2f}×",
        after - before <= 100,
    )


def rows(workdir: Path, quick: bool) -> list[Row]:
    rounds = 3 if quick else 7
    return [
        photo_row(workdir, rounds),
        scan_row(workdir, rounds),
        two_screenshots_row(workdir, rounds),
        pdf_rss_row(workdir),
    ]
