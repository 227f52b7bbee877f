"""`pixdesk ask` as a person runs it: a subprocess, against the local Bedrock server."""

from __future__ import annotations

import json

import pytest

from helpers import png_bytes
from helpers import run_pixdesk as pixdesk
from pixdesk.testing.server import Fault


@pytest.fixture
def screenshot(tmp_path):
    path = tmp_path / "screenshot.png"
    path.write_bytes(png_bytes(800, 600))
    return path


def test_version():
    result = pixdesk("--version")
    assert result.returncode == 0
    from pixdesk import __version__

    assert result.stdout.strip() == f"pixdesk {__version__}"


def test_ask_streams_the_answer(bedrock, screenshot):
    result = pixdesk("ask", str(screenshot), "-q", "What is this?", "--region", "eu-west-1", "--tier", "flex")
    assert result.returncode == 0, result.stderr
    assert "PNG, 800×600" in result.stdout and "What is this?" in result.stdout
    assert result.stderr == ""
    record = bedrock.requests[0]
    assert record.model_id.startswith("eu.") and record.body["serviceTier"] == {"type": "flex"}


def test_ask_json(bedrock, screenshot):
    result = pixdesk(
        "ask",
        str(screenshot),
        "-q",
        "Describe",
        "--json",
        "--tier",
        "priority",
        "--max-tokens",
        "500",
        "--temperature",
        "0.2",
        "--system",
        "Be brief.",
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["complete"] is True and out["stop_reason"] == "end_turn"
    assert "PNG, 800×600" in out["answer"]
    assert out["region"] == "us-east-1" and out["profile_id"] == "us.mistral.pixtral-large-2502-v1:0"
    assert (out["tier_requested"], out["tier_served"]) == ("priority", "priority")
    assert out["usage"]["output_tokens"] > 0 and out["latency_ms"] is not None and out["request_id"]
    body = bedrock.requests[0].body
    assert body["inferenceConfig"] == {"maxTokens": 500, "temperature": 0.2}
    assert body["system"] == [{"text": "Be brief."}]


def test_region_comes_from_the_profile(bedrock, screenshot, isolated_aws):
    (isolated_aws / "config").write_text(
        "[profile work]\nregion = us-east-2\naws_access_key_id = AKIDWORK\naws_secret_access_key = s\n"
    )
    result = pixdesk("ask", str(screenshot), "-q", "hi", "--profile", "work", "--json")
    assert json.loads(result.stdout)["region"] == "us-east-2"
    assert bedrock.requests[0].region == "us-east-2"


def test_format_is_sniffed_not_guessed_from_the_name(bedrock, tmp_path):
    misnamed = tmp_path / "photo.jpg"
    misnamed.write_bytes(png_bytes(320, 200))
    assert pixdesk("ask", str(misnamed), "-q", "hi").returncode == 0
    assert bedrock.requests[0].body["messages"][0]["content"][0]["image"]["format"] == "png"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_text("<html>not an image</html>"), "not an image"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(png_bytes()[:40]), "damaged"),
    ],
)
def test_bad_images_exit_2_with_one_sentence(bedrock, tmp_path, make, words):
    path = tmp_path / "bad.png"
    make(path)
    result = pixdesk("ask", str(path), "-q", "hi")
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert bedrock.requests == []


def test_missing_file_and_bad_options_exit_2(bedrock, screenshot):
    assert pixdesk("ask", "/nowhere/x.png", "-q", "hi").returncode == 2
    result = pixdesk("ask", str(screenshot), "-q", "hi", "--max-tokens", "20000")
    assert result.returncode == 2 and "16,384" in result.stderr
    assert pixdesk("ask", str(screenshot), "-q", "hi", "--tier", "gold").returncode == 2
    assert bedrock.requests == []


def test_access_denied_exits_3(bedrock, screenshot):
    bedrock.inject(Fault.error("AccessDeniedException", times=None))
    result = pixdesk("ask", str(screenshot), "-q", "hi", "--region", "eu-west-1")
    assert result.returncode == 3
    assert "Europe (Ireland)" in result.stderr and "Traceback" not in result.stderr


def test_no_credentials_exits_3(screenshot, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://127.0.0.1:9")
    result = pixdesk("ask", str(screenshot), "-q", "hi")
    assert result.returncode == 3 and "credentials" in result.stderr


def test_persistent_throttling_exits_4(bedrock, screenshot):
    bedrock.inject(Fault.error("ThrottlingException", times=None))
    result = pixdesk("ask", str(screenshot), "-q", "hi")
    assert result.returncode == 4 and "try again" in result.stderr


def test_service_unavailable_exits_5(bedrock, screenshot):
    bedrock.inject(Fault.error("ServiceUnavailableException", times=None))
    assert pixdesk("ask", str(screenshot), "-q", "hi").returncode == 5


def test_dropped_connection_keeps_partial_answer_and_exits_5(bedrock, screenshot):
    bedrock.inject(Fault.drop(after_tokens=6))
    result = pixdesk("ask", str(screenshot), "-q", "hi")
    assert result.returncode == 5
    assert result.stdout.startswith("## What I see")
    assert "incomplete" in result.stderr and "connection" in result.stderr


def test_debug_shows_details(bedrock, screenshot):
    bedrock.inject(Fault.error("ServiceUnavailableException", times=None))
    result = pixdesk("ask", str(screenshot), "-q", "hi", "--debug")
    assert "ServiceUnavailableException" in result.stderr


def test_api_key_from_environment_over_https(bedrock_tls, screenshot, monkeypatch):
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "key-from-env")
    result = pixdesk("ask", str(screenshot), "-q", "hi")
    assert result.returncode == 0, result.stderr
    assert bedrock_tls.requests[0].bearer_token == "key-from-env"
    assert "key-from-env" not in result.stdout + result.stderr


# --- the image pipeline behind `pixdesk ask` ----------------------------------------------


def _sent_images(record) -> list[tuple[str, int, int]]:
    return [(i.format, i.width, i.height) for i in record.parsed.images]


def _pdf(path, pages: int, size=(1240, 1754)):
    from PIL import Image

    images = [Image.new("RGB", size, (255, 255 - 40 * n, 255)) for n in range(pages)]
    images[0].save(path, "PDF", save_all=True, resolution=150, append_images=images[1:])
    return path


def test_pdf_pages_are_sent_as_images(bedrock, tmp_path):
    pdf = _pdf(tmp_path / "contract.pdf", 3)
    result = pixdesk("ask", str(pdf), "-q", "Summarise", "--pages", "2-3")
    assert result.returncode == 0, result.stderr
    sent = _sent_images(bedrock.requests[0])
    assert len(sent) == 2 and all(max(w, h) == 1024 for _, w, h in sent)


def test_first_page_by_default(bedrock, tmp_path):
    pdf = _pdf(tmp_path / "contract.pdf", 3)
    assert pixdesk("ask", str(pdf), "-q", "Summarise").returncode == 0
    assert len(_sent_images(bedrock.requests[0])) == 1


def test_crop_keeps_full_resolution(bedrock, tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes(4096, 3072))
    assert pixdesk("ask", str(big), "-q", "Read this", "--crop", "100,100,300,200").returncode == 0
    assert _sent_images(bedrock.requests[0]) == [("png", 300, 200)]


@pytest.mark.parametrize("resolution, size", [("model", (1024, 768)), ("original", (2000, 1500))])
def test_resolution_policy(bedrock, tmp_path, resolution, size):
    image = tmp_path / "shot.png"
    image.write_bytes(png_bytes(2000, 1500))
    assert pixdesk("ask", str(image), "-q", "hi", "--resolution", resolution).returncode == 0
    assert _sent_images(bedrock.requests[0])[0][1:] == size


def test_formats_bedrock_refuses_are_converted(bedrock, tmp_path):
    from PIL import Image

    Image.new("RGB", (300, 200), "red").save(tmp_path / "scan.bmp")
    Image.new("CMYK", (300, 200), (0, 0, 0, 0)).save(tmp_path / "print.jpg", "JPEG")
    result = pixdesk("ask", str(tmp_path / "scan.bmp"), str(tmp_path / "print.jpg"), "-q", "hi")
    assert result.returncode == 0, result.stderr
    assert {f for f, _, _ in _sent_images(bedrock.requests[0])} <= {"png", "jpeg"}


def test_dry_run_estimates_and_sends_nothing(bedrock, tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes(4096, 3072))
    result = pixdesk("ask", str(big), "-q", "hi", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "4096×3072 → PNG 1024×768" in result.stdout and "3,120 tokens" in result.stdout
    assert "Nothing was sent" in result.stdout
    summary = json.loads(pixdesk("ask", str(big), "-q", "hi", "--dry-run", "--json").stdout)
    assert summary["image_tokens"] == 3120 and summary["images"][0]["size"] == [1024, 768]
    assert bedrock.requests == []


def test_dry_run_still_validates(bedrock, tmp_path):
    images = []
    for n in range(9):
        path = tmp_path / f"{n}.png"
        path.write_bytes(png_bytes(64, 64))
        images.append(str(path))
    result = pixdesk("ask", *images, "-q", "hi", "--dry-run")
    assert result.returncode == 2 and "at most 8 images" in result.stderr


def test_animated_gif_says_only_the_first_frame_is_sent(bedrock, tmp_path):
    from PIL import Image

    frames = [Image.new("RGB", (120, 80), colour) for colour in ("red", "green", "blue")]
    frames[0].save(tmp_path / "anim.gif", save_all=True, append_images=frames[1:], duration=100, loop=0)
    result = pixdesk("ask", str(tmp_path / "anim.gif"), "-q", "hi")
    assert result.returncode == 0 and "first frame" in result.stderr


@pytest.mark.parametrize(
    "args, words",
    [
        (["--crop", "1,2,3"], "not an area"),
        (["--crop", "9000,0,10,10"], "outside the image"),
        (["--pages", "x-y"], "not a page list"),
    ],
)
def test_bad_crop_or_pages(bedrock, tmp_path, args, words):
    pdf = _pdf(tmp_path / "doc.pdf", 2)
    result = pixdesk("ask", str(pdf), "-q", "hi", *args)
    assert result.returncode == 2 and words in result.stderr
