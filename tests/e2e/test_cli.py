"""`pixdesk ask` as a person runs it: a subprocess, against the local Bedrock server."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers import png_bytes
from pixdesk.testing.server import Fault


def pixdesk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pixdesk", *args], capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())


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
    result = pixdesk("ask", str(screenshot), "-q", "Describe", "--json", "--tier", "priority",
                     "--max-tokens", "500", "--temperature", "0.2", "--system", "Be brief.")
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
    (isolated_aws / "config").write_text("[profile work]\nregion = us-east-2\n"
                                         "aws_access_key_id = AKIDWORK\naws_secret_access_key = s\n")
    result = pixdesk("ask", str(screenshot), "-q", "hi", "--profile", "work", "--json")
    assert json.loads(result.stdout)["region"] == "us-east-2"
    assert bedrock.requests[0].region == "us-east-2"


def test_format_is_sniffed_not_guessed_from_the_name(bedrock, tmp_path):
    misnamed = tmp_path / "photo.jpg"
    misnamed.write_bytes(png_bytes(320, 200))
    assert pixdesk("ask", str(misnamed), "-q", "hi").returncode == 0
    assert bedrock.requests[0].body["messages"][0]["content"][0]["image"]["format"] == "png"


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("<html>not an image</html>"), "not an image"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(png_bytes()[:40]), "damaged"),
])
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
