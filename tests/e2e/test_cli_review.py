"""`pixdesk ask --redact` and `--tiles`: what reaches the (local) Bedrock server is checked pixel
by pixel — redacted areas are black and their contents never arrive; tiles have the sizes promised."""

from __future__ import annotations

import io
import json

from PIL import Image

from helpers import run_pixdesk as pixdesk
from imaging_samples import scan_with_secret, secret_pixels


def _received(record) -> list[Image.Image]:
    images = []
    for seen in record.parsed.images:
        image = Image.open(io.BytesIO(seen.data))
        image.load()
        images.append(image.convert("RGB"))
    return images


def test_redacted_pixels_never_reach_the_server(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    result = pixdesk("ask", str(scan), "-q", "Summarise", "--redact", "400,600,900,300", "--json")
    assert result.returncode == 0, result.stderr
    assert "1 area blacked out" in result.stderr
    [sent] = _received(bedrock.requests[0])
    assert secret_pixels(sent) == 0
    scale = sent.size[0] / 2480
    inner = sent.crop((round(400 * scale) + 4, round(600 * scale) + 4, round(1300 * scale) - 4, round(900 * scale) - 4))
    assert inner.getextrema() == ((0, 0), (0, 0), (0, 0))
    assert scan.read_bytes() == scan_with_secret(tmp_path / "again.png").read_bytes()  # the file itself is untouched


def test_a_region_is_cut_at_full_resolution_and_redacted(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    result = pixdesk("ask", str(scan), "-q", "Read this", "--crop", "300,500,800,400", "--redact", "400,600,900,300")
    assert result.returncode == 0, result.stderr
    [sent] = _received(bedrock.requests[0])
    assert sent.size == (800, 400)  # every pixel of the area: nothing downscaled
    assert secret_pixels(sent) == 0
    assert sent.crop((100, 100, 800, 400)).getextrema() == ((0, 0), (0, 0), (0, 0))


def test_tiles_read_the_page_in_one_request(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    dry = pixdesk("ask", str(scan), "-q", "List every date", "--tiles", "--dry-run", "--json")
    estimate = json.loads(dry.stdout)
    # Bars, not letters: nothing too small to read, so the page goes once (#14: the cheapest legible plan).
    assert len(estimate["images"]) == 1 and not bedrock.requests  # the cost first, nothing sent
    result = pixdesk("ask", str(scan), "-q", "List every date", "--tiles", "--redact", "400,600,900,300")
    assert result.returncode == 0, result.stderr
    received = _received(bedrock.requests[0])
    assert [image.size for image in received] == [(image["size"][0], image["size"][1]) for image in estimate["images"]]
    assert all(max(image.size) == 1024 for image in received)
    assert sum(secret_pixels(image) for image in received) == 0
    assert estimate["image_tokens"] == sum(image["tokens"] for image in estimate["images"])


def test_tiles_and_crop_together_are_refused(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png", size=(800, 600), secret_box=(10, 10, 10, 10))
    result = pixdesk("ask", str(scan), "-q", "x", "--tiles", "--crop", "0,0,10,10")
    assert result.returncode == 2 and "cannot be combined" in result.stderr
    assert not bedrock.requests


def test_a_redaction_outside_the_image_is_refused_not_ignored(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png", size=(800, 600), secret_box=(10, 10, 10, 10))
    result = pixdesk("ask", str(scan), "-q", "x", "--redact", "900,10,50,50")
    assert result.returncode == 2
    assert "area to redact starts outside the image (800×600" in result.stderr
    assert not bedrock.requests


def test_a_png_turned_by_metadata_after_its_pixels_is_redacted_where_it_is_seen(bedrock, tmp_path):
    """The adversarial pass's leak: stored 1000×1600 with its eXIf orientation after the image
    data, shown 1600×1000. The box is given where the person sees the secret; nothing of it may
    reach Bedrock or the history, in the default mode, at original size, or as tiles."""
    from imaging_samples import png_chunk

    view = Image.new("RGB", (1600, 1000), "white")
    view.paste((255, 0, 255), (1200, 100, 1500, 300))
    buffer = io.BytesIO()
    view.transpose(Image.Transpose.ROTATE_90).save(buffer, "PNG")  # shown turned back by orientation 6
    exif = Image.Exif()
    exif[0x0112] = 6
    data = buffer.getvalue()
    end = data.rindex(b"IEND") - 4
    path = tmp_path / "turned-late.png"
    path.write_bytes(data[:end] + png_chunk(b"eXIf", exif.tobytes()[6:]) + data[end:])

    for extra in ([], ["--resolution", "original"], ["--tiles"]):
        before = len(bedrock.requests)
        result = pixdesk("ask", str(path), "-q", "What does it say?", "--redact", "1200,100,300,200", *extra)
        assert result.returncode == 0, result.stderr
        assert "1 area blacked out" in result.stderr
        received = _received(bedrock.requests[before])
        assert sum(secret_pixels(image) for image in received) == 0, extra

    stored = [file for file in (tmp_path / "xdg_data_home" / "pixdesk" / "attachments").rglob("*") if file.is_file()]
    assert stored, "the questions were recorded with their images"
    for file in stored:
        with Image.open(file) as image:
            assert secret_pixels(image) == 0, file.name
