"""The local server rejects what Bedrock rejects, checked with bare boto3 (not the app's code)."""

from __future__ import annotations

import io
import subprocess
import sys

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from PIL import Image

from helpers import png_bytes

US = "us.mistral.pixtral-large-2502-v1:0"


@pytest.fixture
def client(bedrock):
    return boto3.client("bedrock-runtime", region_name="us-east-1", config=Config(retries={"total_max_attempts": 1}))


def _image(data: bytes, fmt: str = "png") -> dict:
    return {"image": {"format": fmt, "source": {"bytes": data}}}


def _converse_stream(client, content=None, model=US, **extra):
    response = client.converse_stream(
        modelId=model, messages=[{"role": "user", "content": content or [{"text": "hi"}]}], **extra
    )
    return list(response["stream"])


def _code(excinfo) -> str:
    return excinfo.value.response["Error"]["Code"]


def test_bare_boto3_streams(client):
    events = _converse_stream(client)
    assert [next(iter(e)) for e in (events[0], events[-2], events[-1])] == ["messageStart", "messageStop", "metadata"]


def test_non_streaming_converse(client):
    response = client.converse(modelId=US, messages=[{"role": "user", "content": [{"text": "hi"}]}])
    assert "You asked" in response["output"]["message"]["content"][0]["text"]
    assert response["stopReason"] == "end_turn" and response["usage"]["outputTokens"] > 0


@pytest.mark.parametrize(
    "model, words",
    [
        ("mistral.pixtral-large-2502-v1:0", "inference profile"),  # in-Region calls are not supported
        ("eu.mistral.pixtral-large-2502-v1:0", "invalid"),  # EU profile from a US region
        ("us.anthropic.claude-v9", "invalid"),
    ],
)
def test_model_id_must_be_the_regions_profile(client, model, words):
    with pytest.raises(ClientError) as excinfo:
        _converse_stream(client, model=model)
    assert _code(excinfo) == "ValidationException" and words in str(excinfo.value)


def test_declared_format_must_match_the_bytes(client):
    with pytest.raises(ClientError) as excinfo:
        _converse_stream(client, [_image(png_bytes(), "jpeg"), {"text": "hi"}])
    assert "does not match" in str(excinfo.value)


def test_image_limits(client):
    with pytest.raises(ClientError, match="at most 20"):
        _converse_stream(client, [_image(png_bytes(8, 8))] * 21 + [{"text": "hi"}])
    buffer = io.BytesIO()
    Image.new("L", (8001, 2)).save(buffer, "PNG")
    with pytest.raises(ClientError, match="8000"):
        _converse_stream(client, [_image(buffer.getvalue()), {"text": "hi"}])
    with pytest.raises(ClientError, match=r"3\.75 MB"):
        _converse_stream(client, [_image(png_bytes() + b"\0" * 3_800_000), {"text": "hi"}])


@pytest.mark.parametrize(
    "extra",
    [
        {"inferenceConfig": {"maxTokens": 16_385}},
        {"inferenceConfig": {"temperature": 1.5}},
        {"serviceTier": {"type": "reserved"}},
    ],
)
def test_out_of_range_settings(client, extra):
    with pytest.raises(ClientError) as excinfo:
        _converse_stream(client, **extra)
    assert _code(excinfo) == "ValidationException"


def test_conversation_must_alternate(client):
    with pytest.raises(ClientError, match="alternate"):
        client.converse_stream(
            modelId=US,
            messages=[{"role": "user", "content": [{"text": "a"}]}, {"role": "user", "content": [{"text": "b"}]}],
        )


def test_requests_are_recorded(bedrock, client):
    _converse_stream(client, [{"text": "recorded?"}])
    record = bedrock.requests[0]
    assert record.operation == "ConverseStream" and record.parsed.texts == ["recorded?"]


def test_runnable_by_hand():
    process = subprocess.Popen(
        [sys.executable, "-m", "pixdesk.testing.server", "--port", "0", "--tls"], stdout=subprocess.PIPE, text=True
    )
    try:
        lines = [process.stdout.readline() for _ in range(4)]
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
    assert lines[0].startswith("pixdesk local Bedrock server on https://127.0.0.1:")
    assert any("AWS_ENDPOINT_URL_BEDROCK_RUNTIME=https://" in line for line in lines)
    assert any("AWS_CA_BUNDLE=" in line for line in lines)


def test_the_server_throttles_beyond_its_quota_and_frees_it_with_time(aws_keys, monkeypatch):
    """A sliding window: requests beyond it get Bedrock's 429; tokens count input + maxTokens,
    settled to what was used when the answer ends."""
    import time as _time

    from pixdesk.testing.quota import ServerQuota
    from pixdesk.testing.server import LocalBedrock

    quota = ServerQuota(requests_per_window=2, tokens_per_window=100_000, window_s=1.0)
    with LocalBedrock(quota=quota) as server:
        client = boto3.client(
            "bedrock-runtime",
            region_name="us-east-1",
            endpoint_url=server.url,
            config=Config(retries={"total_max_attempts": 1}),
        )

        def ask(max_tokens=100):
            return client.converse(
                modelId="us.mistral.pixtral-large-2502-v1:0",
                messages=[{"role": "user", "content": [{"text": "hi"}]}],
                inferenceConfig={"maxTokens": max_tokens},
            )

        ask()
        ask()
        with pytest.raises(ClientError) as raised:
            ask()
        assert raised.value.response["Error"]["Code"] == "ThrottlingException"
        assert "Too many requests" in raised.value.response["Error"]["Message"]
        _time.sleep(1.05)
        ask()  # the window has moved on
        assert (quota.admitted, quota.throttled) == (3, 1)
        quota.requests_per_window, quota.tokens_per_window = 100, 10_000
        _time.sleep(1.05)
        with pytest.raises(ClientError, match="Too many tokens"):
            ask(max_tokens=12_000)  # reserving the answer's room does not fit
        ask(max_tokens=9_000)  # fits: reserved 9,000 + input, settled to what was used
        ask(max_tokens=9_000)  # fits only because the first was settled
