"""Capture under a real X server (Xvfb), driven with real pointer and key events (xdotool): the
pixels that land in the tray — and reach Bedrock — are exactly the screen's, at 100 % and at 2×;
black boxes drawn in the overlay leave no covered pixel in what is sent; Esc brings pixdesk back
as it was. Each case runs tests/ui/capture_driver.py in a subprocess on the xcb platform.

CI needs the Debian packages xvfb and xdotool (these tests skip only when they are missing)."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import xvfb
from ui.capture_driver import pattern_colour

DRIVER = Path(__file__).with_name("capture_driver.py")

pytestmark = pytest.mark.skipif(not xvfb.available(), reason=xvfb.MISSING)


def drive(display: str, scenario: str, out: Path, scale: str = "1") -> dict:
    done = subprocess.run(
        [sys.executable, str(DRIVER), scenario, str(out)],
        env=xvfb.xcb_env(display, QT_SCALE_FACTOR=scale),
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def sent_images(bedrock) -> list[Image.Image]:
    content = bedrock.requests[-1].body["messages"][-1]["content"]
    images = []
    for block in content:
        if "image" in block:
            data = block["image"]["source"]["bytes"]
            images.append(Image.open(io.BytesIO(base64.b64decode(data) if isinstance(data, str) else data)))
    return images


def expected(result: dict, x: int, y: int) -> tuple[int, int, int]:
    """The pattern's colour at device pixel (x, y) of the screen."""
    ox, oy = result["pattern_origin"]
    return pattern_colour(x - ox, y - oy)


@pytest.mark.parametrize("scale", ["1", "2"])
def test_a_dragged_region_reaches_bedrock_pixel_for_pixel(bedrock, x_display, tmp_path, scale):
    result = drive(x_display, "region", tmp_path, scale)
    assert result["captured"] is True
    x, y, width, height = result["region"]
    assert result["selected"] == [x, y, width, height]
    assert result["attachments"] == [["png", width, height]]  # lossless, already at model resolution
    assert result["tokens"] > 0
    assert result["answer_status"] == "DONE"
    (image,) = sent_images(bedrock)
    image = image.convert("RGB")
    assert image.size == (width, height)
    wrong = [
        (i, j) for j in range(height) for i in range(width) if image.getpixel((i, j)) != expected(result, x + i, y + j)
    ]
    assert not wrong, f"{len(wrong)} pixels differ, first {wrong[:5]}"
    assert result["after"][1] is True and result["after"][0] == result["before"][0]  # pixdesk came back


def test_black_boxes_drawn_in_the_overlay_leave_no_covered_pixel_in_what_is_sent(bedrock, x_display, tmp_path):
    result = drive(x_display, "redact", tmp_path)
    x, y, width, height = result["region"]
    bx, by, bw, bh = result["box"]
    (image,) = sent_images(bedrock)
    image = image.convert("RGB")
    for j in range(height):
        for i in range(width):
            covered = bx <= x + i < bx + bw and by <= y + j < by + bh
            want = (0, 0, 0) if covered else expected(result, x + i, y + j)
            assert image.getpixel((i, j)) == want, (i, j, covered)


def test_esc_cancels_and_pixdesk_comes_back_as_it_was(x_display, tmp_path):
    result = drive(x_display, "cancel", tmp_path)
    assert result["captured"] is False
    assert result["tray"] == 0
    assert result["after"] == result["before"]  # same place and size, shown, the question box focused


def test_x11_lists_the_windows_on_screen_top_first(x_display, tmp_path):
    result = drive(x_display, "windows", tmp_path)
    assert result["refusal"] is None
    ox, oy = result["pattern_origin"]
    pattern = [ox, oy, 480, 360]
    assert result["windows"].index(result["pixdesk"]) < result["windows"].index(pattern)  # shown last: on top
