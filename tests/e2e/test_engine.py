"""The engine through real boto3, real HTTP(S) and real event-stream framing, against the
project's local Bedrock server. Each test asks for real and inspects what the server received."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path

import pytest

from helpers import png_attachment, run_ask
from pixdesk.bedrock.client import ClientFactory, ClientSettings, configured_region
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.domain import AskRequest, Connection, Role, Started, Stopped, TextDelta, Turn, Usage
from pixdesk.errors import Kind
from pixdesk.services.asking import ask, new_answer
from pixdesk.testing.fake_model import compose_answer
from pixdesk.testing.server import Fault, LocalBedrock

US = "us.mistral.pixtral-large-2502-v1:0"
EU = "eu.mistral.pixtral-large-2502-v1:0"


async def _events(engine, request, connection):
    from contextlib import aclosing

    async with aclosing(engine.stream(request, connection)) as stream:
        return [event async for event in stream]


def test_streamed_answer_with_image(bedrock, engine):
    image = png_attachment(640, 480)
    events = asyncio.run(_events(engine, AskRequest("What is on screen?", (image,)), Connection()))

    kinds = [type(e) for e in events]
    assert kinds[0] is Started and events[0].request_id
    assert kinds[-2:] == [Stopped, Usage]
    deltas = [e for e in events if isinstance(e, TextDelta)]
    text = "".join(d.text for d in deltas)
    assert "PNG, 640×480" in text and "What is on screen?" in text
    usage = events[-1]
    pieces = compose_answer(bedrock.requests[0].parsed)  # what the local server sent, token by token
    assert text == "".join(pieces) and usage.output_tokens == len(pieces)
    assert usage.input_tokens > 300  # the image counted (Pixtral's patch formula)
    recorded = bedrock.requests[0].parsed
    assert recorded.images[0].data == image.data  # the exact bytes arrived


@pytest.mark.parametrize(
    "region, profile",
    [
        ("us-east-1", US),
        ("us-east-2", US),
        ("us-west-2", US),
        ("eu-central-1", EU),
        ("eu-north-1", EU),
        ("eu-west-1", EU),
        ("eu-west-3", EU),
    ],
)
def test_each_region_uses_its_geo_profile(bedrock, engine, region, profile):
    answer = run_ask(engine, AskRequest("hello"), Connection(region=region))
    assert answer.complete, answer.error
    record = bedrock.requests[0]
    assert (record.model_id, record.region) == (profile, region)
    assert answer.profile_id == profile


@pytest.mark.parametrize("tier, wire", [("standard", "default"), ("priority", "priority"), ("flex", "flex")])
def test_each_tier_reaches_the_wire(bedrock, engine, tier, wire):
    answer = run_ask(engine, AskRequest("hello", tier=tier))
    assert bedrock.requests[0].body["serviceTier"] == {"type": wire}
    assert answer.tier_served == tier


def test_served_tier_is_reported_when_it_differs(bedrock, engine):
    bedrock.behaviour.served_tier = "default"
    answer = run_ask(engine, AskRequest("hello", tier="priority"))
    assert (answer.tier_requested, answer.tier_served) == ("priority", "standard")


def test_sigv4_over_http(bedrock, engine, aws_keys):
    run_ask(engine, AskRequest("hello"), Connection(region="us-west-2"))
    record = bedrock.requests[0]
    assert record.auth == "sigv4" and record.access_key_id == aws_keys
    assert "/us-west-2/bedrock/aws4_request" in record.headers["Authorization"]


def test_api_key_over_https_without_touching_the_environment(bedrock_tls, engine):
    answer = run_ask(engine, AskRequest("hello"), Connection(api_key="bedrock-api-key-123"))
    assert answer.complete, answer.error
    record = bedrock_tls.requests[0]
    assert (record.auth, record.bearer_token) == ("bearer", "bedrock-api-key-123")
    assert "AWS_BEARER_TOKEN_BEDROCK" not in os.environ


def test_api_key_from_the_environment(bedrock_tls, engine, monkeypatch):
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "env-key")
    assert run_ask(engine, AskRequest("hello")).complete
    assert bedrock_tls.requests[0].bearer_token == "env-key"


def test_a_changed_environment_key_gets_a_new_client(bedrock_tls, engine, monkeypatch):
    for key in ("first-key", "second-key"):
        monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", key)
        run_ask(engine, AskRequest("hello"))
    assert [r.bearer_token for r in bedrock_tls.requests] == ["first-key", "second-key"]


def test_api_key_is_never_sent_over_plain_http(bedrock, engine):
    answer = run_ask(engine, AskRequest("hello"), Connection(api_key="secret"))
    assert answer.error.kind is Kind.TLS_FAILED
    assert bedrock.requests == []


def test_rejected_api_key(bedrock_tls, engine):
    bedrock_tls.api_keys = {"the-right-key"}
    answer = run_ask(engine, AskRequest("hello"), Connection(api_key="a-wrong-key"))
    assert answer.error.kind is Kind.INVALID_CREDENTIALS
    assert answer.error.kind.exit_code == 3


def test_https_without_trusting_the_certificate_fails_plainly(bedrock_tls, engine, monkeypatch):
    monkeypatch.delenv("AWS_CA_BUNDLE")
    answer = run_ask(engine, AskRequest("hello"), Connection(api_key="k"))
    assert answer.error.kind is Kind.TLS_FAILED


def test_history_is_sent_in_order(bedrock, engine):
    history = (Turn(Role.USER, "first", (png_attachment(),)), Turn(Role.ASSISTANT, "an answer"))
    run_ask(engine, AskRequest("second", history=history))
    messages = bedrock.requests[0].body["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user"]
    assert messages[2]["content"] == [{"text": "second"}]


def test_invalid_request_sends_nothing(bedrock, engine):
    answer = run_ask(engine, AskRequest("hello", tier="gold"))
    assert answer.error.kind is Kind.BAD_INPUT
    assert bedrock.requests == []


# --- faults ------------------------------------------------------------------------------


def test_throttling_is_retried_and_then_succeeds(bedrock, engine):
    bedrock.inject(Fault.error("ThrottlingException", times=2))
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.complete
    assert [r.outcome for r in bedrock.requests] == ["error:ThrottlingException"] * 2 + ["ok"]


def test_persistent_throttling_gives_up_with_a_wait_hint(bedrock, engine):
    bedrock.inject(Fault.error("ThrottlingException", times=None))
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.error.kind is Kind.THROTTLED and answer.error.kind.exit_code == 4
    assert answer.error.retry_after_s
    assert len(bedrock.requests) == 3  # AWS_MAX_ATTEMPTS in the test environment


@pytest.mark.parametrize(
    "code, kind",
    [
        ("ServiceUnavailableException", Kind.SERVICE_UNAVAILABLE),
        ("AccessDeniedException", Kind.ACCESS_DENIED),
        ("ModelTimeoutException", Kind.TIMED_OUT),
        ("ResourceNotFoundException", Kind.NOT_FOUND),
        ("InternalServerException", Kind.SERVICE_ERROR),
    ],
)
def test_call_errors_become_known_errors(bedrock, engine, code, kind):
    bedrock.inject(Fault.error(code, times=None))
    answer = run_ask(engine, AskRequest("hello"), Connection(region="eu-west-3"))
    assert answer.error.kind is kind
    assert answer.text == ""


def test_access_denied_names_the_region(bedrock, engine):
    bedrock.inject(Fault.error("AccessDeniedException"))
    error = run_ask(engine, AskRequest("hello"), Connection(region="eu-central-1")).error
    assert "Europe (Frankfurt)" in error.message and "model access" in error.action_hint


def test_expired_session_is_reloaded_after_signing_in_again(bedrock, engine, monkeypatch):
    bedrock.expired_session_tokens = {"old-session"}
    monkeypatch.setenv("AWS_SESSION_TOKEN", "old-session")
    assert run_ask(engine, AskRequest("hello")).error.kind is Kind.EXPIRED_CREDENTIALS
    monkeypatch.setenv("AWS_SESSION_TOKEN", "new-session")  # as after `aws sso login`
    assert run_ask(engine, AskRequest("hello")).complete  # same engine, credentials re-read


def test_mid_stream_exception_keeps_the_partial_answer(bedrock, engine):
    bedrock.inject(Fault.stream_exception("modelStreamErrorException", after_tokens=4))
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.error.kind is Kind.SERVICE_ERROR
    assert answer.text.startswith("## What I") and not answer.complete
    assert len(bedrock.requests) == 1  # text was shown: never silently re-asked


def test_mid_stream_throttling_before_any_text_is_retried(bedrock, engine):
    bedrock.inject(Fault.stream_exception("throttlingException", after_tokens=0))
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.complete
    assert [r.outcome for r in bedrock.requests] == ["exception:throttlingException", "ok"]


def test_dropped_connection_keeps_the_partial_answer(bedrock, engine):
    bedrock.inject(Fault.drop(after_tokens=5))
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.error.kind is Kind.CONNECTION_LOST
    assert len(answer.text) > 0 and not answer.complete


def test_dropped_tls_connection(bedrock_tls, engine):
    bedrock_tls.inject(Fault.drop(after_tokens=5))
    answer = run_ask(engine, AskRequest("hello"), Connection(api_key="k"))
    assert answer.error.kind is Kind.CONNECTION_LOST and answer.text


def test_a_silent_stream_times_out(bedrock, aws_keys):
    engine = BedrockEngine(ClientFactory(ClientSettings(read_timeout_s=0.5)), RetryPolicy(base_delay_s=0.01))
    bedrock.inject(Fault.stall(after_tokens=3))
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.error.kind is Kind.TIMED_OUT
    assert answer.text  # what came before the silence is kept


def test_long_answer_stops_at_max_tokens(bedrock, engine):
    bedrock.behaviour.answer_tokens = 20_000
    answer = run_ask(engine, AskRequest("hello", max_tokens=300))
    assert answer.stop_reason == "max_tokens"
    assert answer.usage.output_tokens == 300


def test_slow_stream_arrives_in_order(bedrock, engine):
    bedrock.behaviour.tokens_per_second = 400
    bedrock.behaviour.answer_tokens = 120
    events = asyncio.run(_events(engine, AskRequest("hello"), Connection()))
    deltas = [e for e in events if isinstance(e, TextDelta)]
    # It really streamed (0.3 s of tokens cannot fit in one 20-ms batch), every token in order,
    # the tokens that arrived together joined into one piece.
    assert 1 < len(deltas) < 120
    text = "".join(d.text for d in deltas)
    assert text == "".join(compose_answer(bedrock.requests[0].parsed, 120)) and events[-1].output_tokens == 120


def test_cancelling_closes_the_stream_and_keeps_partial_text(bedrock, engine):
    bedrock.behaviour.tokens_per_second = 50
    bedrock.behaviour.answer_tokens = 2_000
    request, connection = AskRequest("hello"), Connection()
    answer = new_answer(request, connection)

    async def scenario():
        task = asyncio.create_task(ask(engine, request, connection, answer))
        while len(answer.text.split()) < 5:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert answer.cancelled and not answer.complete and answer.text
    assert not [t for t in threading.enumerate() if t.name == "pixdesk-bedrock-stream"]
    assert bedrock.wait_for_outcome(0) == "client closed"


def test_cancel_before_the_answer_starts(bedrock, engine):
    bedrock.behaviour.latency_s = 0.3
    request, connection = AskRequest("hello"), Connection()
    answer = new_answer(request, connection)

    async def scenario():
        task = asyncio.create_task(ask(engine, request, connection, answer))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert answer.cancelled and answer.text == ""


# --- credentials and connections --------------------------------------------------------


def test_no_credentials(engine, monkeypatch):
    with LocalBedrock() as server:
        monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", server.url)
        answer = run_ask(engine, AskRequest("hello"))
        assert answer.error.kind is Kind.NO_CREDENTIALS
        assert server.requests == []


def _write_config(isolated_aws: Path, text: str) -> None:
    (isolated_aws / "config").write_text(text)


def test_named_profile_with_its_region(bedrock, engine, isolated_aws, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    _write_config(
        isolated_aws,
        "[profile review]\nregion = eu-north-1\naws_access_key_id = AKIDREVIEW\naws_secret_access_key = s\n",
    )
    assert configured_region("review") == "eu-north-1"
    run_ask(engine, AskRequest("hello"), Connection(region="eu-north-1", profile="review"))
    assert bedrock.requests[0].access_key_id == "AKIDREVIEW"


def test_region_without_pixtral_is_not_picked_up(isolated_aws):
    _write_config(isolated_aws, "[profile mumbai]\nregion = ap-south-1\n")
    assert configured_region("mumbai") is None


def test_missing_profile(bedrock, engine):
    answer = run_ask(engine, AskRequest("hello"), Connection(profile="nobody"))
    assert answer.error.kind is Kind.NO_CREDENTIALS and "nobody" in answer.error.message


def test_expired_sso_sign_in(bedrock, engine, isolated_aws, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    _write_config(
        isolated_aws,
        "[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\n"
        "sso_role_name = Reviewer\nregion = eu-west-1\n"
        "[sso-session corp]\nsso_start_url = https://example.invalid/start\n"
        "sso_region = eu-west-1\n",
    )
    answer = run_ask(engine, AskRequest("hello"), Connection(region="eu-west-1", profile="corp"))
    assert answer.error.kind is Kind.EXPIRED_CREDENTIALS and "SSO" in answer.error.message
    assert bedrock.requests == []


def test_failing_credential_process(bedrock, engine, isolated_aws):
    _write_config(isolated_aws, "[profile tool]\ncredential_process = /bin/false\n")
    answer = run_ask(engine, AskRequest("hello"), Connection(profile="tool"))
    assert answer.error.kind is Kind.INVALID_CREDENTIALS


def test_connection_refused(aws_keys, engine, monkeypatch):
    import socket

    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", f"http://127.0.0.1:{port}")
    answer = run_ask(engine, AskRequest("hello"))
    assert answer.error.kind is Kind.CONNECTION_FAILED and answer.error.kind.exit_code == 5
