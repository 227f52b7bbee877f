"""`pixdesk ask --compare BEFORE AFTER`: three images reach Bedrock — before, after and what
changed — with the question template, through the local server."""

from __future__ import annotations

import base64
import io
import json

from PIL import Image

from helpers import run_pixdesk
from imaging_samples import before_and_after
from pixdesk.imaging.compare import CHANGED
from pixdesk.services.compare import TEMPLATE


def _screens(tmp_path):
    before, after = before_and_after()
    before.save(tmp_path / "before.png")
    after.save(tmp_path / "after.png")
    return tmp_path / "before.png", tmp_path / "after.png"


def test_ask_compare_sends_three_images_and_the_template(bedrock, tmp_path):
    before, after = _screens(tmp_path)
    result = run_pixdesk("ask", "--compare", str(before), str(after), "--no-save")
    assert result.returncode == 0, result.stderr
    assert len(bedrock.requests) == 1
    content = bedrock.requests[0].body["messages"][0]["content"]
    images = [block["image"] for block in content if "image" in block]
    text = "".join(block.get("text", "") for block in content)
    assert len(images) == 3
    assert text.startswith(TEMPLATE) and "800 pixels changed, in one area" in text
    third = Image.open(io.BytesIO(base64.b64decode(images[2]["source"]["bytes"]))).convert("RGB")  # as on the wire
    assert third.size == (640, 400)
    magenta = [(x, y) for y in range(400) for x in range(640) if third.getpixel((x, y)) == CHANGED]
    assert len(magenta) == 800 and min(magenta) == (300, 100) and max(magenta) == (339, 119)


def test_ask_compare_with_a_question_and_dry_run(bedrock, tmp_path):
    before, after = _screens(tmp_path)
    result = run_pixdesk(
        "ask", "--compare", str(before), str(after), "-q", "Is the total right?", "--dry-run", "--json"
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [image["name"] for image in summary["images"]] == ["before.png", "after.png", "What changed"]
    assert "800 pixels changed" in result.stderr
    assert bedrock.requests == []
    refused = run_pixdesk("ask", "--compare", str(before), str(after), "--crop", "0,0,10,10")
    assert refused.returncode == 2 and "cannot be combined with --crop" in refused.stderr
    unasked = run_pixdesk("ask", str(before))
    assert unasked.returncode == 2 and "Say what to ask with -q" in unasked.stderr
