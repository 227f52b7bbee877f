"""Fine print through the real protocol: `pixdesk ask` warns on stderr when a page's small print
will not survive the fit, `--fine-print` (and `--tiles`) sends the measured plan, and the
window's estimate includes the earlier images that go along as context."""

from __future__ import annotations

import asyncio
import io
import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image, ImageDraw, ImageFont

from fine_print_samples import FONT, page_with_small_print, save
from helpers import run_pixdesk as pixdesk
from pixdesk.imaging.fine_print import uniform_tiles
from pixdesk.imaging.tokens import image_tokens
from pixdesk.services.fine_print import planned_pieces
from pixdesk.services.review import Review
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings


def _sizes(record) -> list[tuple[int, int]]:
    return [Image.open(io.BytesIO(seen.data)).size for seen in record.parsed.images]


def test_ask_warns_when_small_print_will_be_unreadable(bedrock, tmp_path):
    invoice = save(page_with_small_print(small_px=22), tmp_path / "invoice.png")
    result = pixdesk("ask", str(invoice), "-q", "What is the reference?", "--no-save")
    assert result.returncode == 0, result.stderr
    # 22-px print (about 20 px of ink) on a 2480×3508 page is seen at 0.29×: 5–6 px.
    assert re.search(r"invoice\.png: small print \(about [56] px high\) will be unreadable at this size", result.stderr)
    assert "add --fine-print to read it (about " in result.stderr and "more tokens)" in result.stderr
    assert len(bedrock.requests) == 1  # a warning, not a refusal


def test_no_warning_for_a_page_whose_text_survives(bedrock, tmp_path):
    letter = save(page_with_small_print(size=(1600, 1200), body_px=40, small_px=40, small_at=1000), tmp_path / "a.png")
    result = pixdesk("ask", str(letter), "-q", "Summarise", "--no-save")
    assert result.returncode == 0, result.stderr
    assert "small print" not in result.stderr


@pytest.mark.parametrize("flag", ["--fine-print", "--tiles"])
def test_fine_print_sends_the_page_once_and_close_ups_of_its_small_print(bedrock, tmp_path, flag):
    invoice = save(page_with_small_print(small_px=22), tmp_path / "invoice.png")
    dry = pixdesk("ask", str(invoice), "-q", "What is the reference?", flag, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    estimate = json.loads(dry.stdout)
    result = pixdesk("ask", str(invoice), "-q", "What is the reference?", flag, "--no-save")
    assert result.returncode == 0, result.stderr
    assert "small print" not in result.stderr  # it is being read
    sizes = _sizes(bedrock.requests[0])
    assert sizes == [tuple(image["size"]) for image in estimate["images"]]
    assert sizes[0] == (724, 1024)  # the whole page, at fit
    assert len(sizes) >= 2 and all(max(size) <= 1024 for size in sizes)
    old = sum(piece.tokens for piece in uniform_tiles(2480, 3508))
    assert sum(image_tokens(*size) for size in sizes) <= 0.6 * old


@pytest.fixture
def review(engine, history, bedrock) -> Review:
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pixdesk-test-work") as executor:
        yield Workspace(engine, Settings({"chat/max_tokens": 300}), executor, history=history).review


def test_the_estimate_includes_the_images_that_go_along_and_matches_what_is_sent(review, bedrock, tmp_path):
    invoice = save(page_with_small_print(small_px=22), tmp_path / "invoice.png")

    async def scenario():
        await review.open(invoice)
        await (await review.ask_about_region("What is this?", 0, (200, 250, 1600, 600)))
        estimate = await review.estimate_fine_print(0, "Read the footer")
        await (await review.ask_fine_print("Read the footer", 0))
        return estimate

    estimate = asyncio.run(scenario())
    sent = bedrock.requests[1].parsed.images
    earlier = bedrock.requests[0].parsed.images
    sizes = [Image.open(io.BytesIO(seen.data)).size for seen in sent]
    assert len(sizes) == len(earlier) + estimate.tiles  # the earlier images go along
    assert estimate.context_images == len(earlier) == 2
    earlier_tokens = sum(image_tokens(*Image.open(io.BytesIO(seen.data)).size) for seen in earlier)
    assert estimate.context_tokens >= earlier_tokens
    assert estimate.tokens == estimate.image_tokens + estimate.context_tokens
    assert sum(image_tokens(*size) for size in sizes) <= estimate.tokens
    assert estimate.whole_page and estimate.closeups >= 1


def _pdf(pages: list[Image.Image], path):
    pages[0].convert("RGB").save(
        path, "PDF", resolution=300, save_all=True, append_images=[p.convert("RGB") for p in pages[1:]]
    )
    return path


def test_fine_print_on_several_pages_that_fit_one_request_is_not_refused(bedrock, tmp_path):
    # Two A4 pages: the old uniform tiles were 6 a page (12 > 8, refused); the measured plans
    # are the page and a close-up each.
    pdf = _pdf([page_with_small_print(small_px=22), page_with_small_print(small_px=22)], tmp_path / "two.pdf")
    result = pixdesk("ask", str(pdf), "--pages", "1-2", "-q", "What are the references?", "--fine-print", "--no-save")
    assert result.returncode == 0, result.stderr
    assert len(bedrock.requests) == 1
    sizes = _sizes(bedrock.requests[0])
    assert 4 <= len(sizes) <= 8 and sizes.count((724, 1024)) == 2


def test_a_plan_that_one_request_cannot_hold_goes_in_several(bedrock, tmp_path):
    # Small print all over a 4K screen: legible only near full size, more images than one request takes.
    sheet = Image.new("L", (3840, 2160), 255)
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(FONT, 14)
    for row in range(1, 2160 // 28):
        for column in range(3840 // 160):
            draw.text((column * 160 + 6, row * 28 + 4), f"{(row * 37 + column * 11) % 9973:,}", font=font, fill=0)
    path = save(sheet, tmp_path / "sheet.png")
    pieces = planned_pieces(str(path), 0)
    assert len(pieces) > 8
    result = pixdesk("ask", str(path), "-q", "Which cell says 4,242?", "--fine-print", "--yes", "--no-save")
    assert result.returncode == 0, result.stderr
    with_images = [request for request in bedrock.requests if request.parsed.images]
    assert len(with_images) >= 2 and all(len(request.parsed.images) <= 8 for request in with_images)
    sent = [size for request in with_images for size in _sizes(request)]
    assert sorted(sent) == sorted(piece.size for piece in pieces)  # every piece of the plan, once
