"""translate(): boto3's parsed ConverseStream events to pixdesk's; Answer and Connection."""

from __future__ import annotations

import pytest

from pixdesk.bedrock.stream import translate
from pixdesk.domain import Answer, Connection, Failed, Started, Stopped, TextDelta, Usage
from pixdesk.errors import Kind, KnownError

# --- translate ---------------------------------------------------------------------------


def test_text_delta():
    event = {"contentBlockDelta": {"delta": {"text": "Hello"}, "contentBlockIndex": 0}}
    assert translate(event) == TextDelta("Hello")


@pytest.mark.parametrize(
    "event",
    [
        {"contentBlockDelta": {"delta": {"text": ""}, "contentBlockIndex": 0}},
        {"contentBlockDelta": {"delta": {}, "contentBlockIndex": 0}},
        {"contentBlockDelta": {"contentBlockIndex": 0}},
        {"contentBlockDelta": {"delta": {"reasoningContent": {"text": "hmm"}}, "contentBlockIndex": 0}},
    ],
)
def test_delta_without_text_is_nothing(event):
    assert translate(event) is None


@pytest.mark.parametrize("reason", ["end_turn", "max_tokens", "stop_sequence", "content_filtered"])
def test_message_stop(reason):
    assert translate({"messageStop": {"stopReason": reason}}) == Stopped(reason)


def test_message_stop_without_reason_is_end_turn():
    assert translate({"messageStop": {}}) == Stopped("end_turn")


def test_metadata_becomes_usage():
    event = {
        "metadata": {
            "usage": {"inputTokens": 1500, "outputTokens": 300, "totalTokens": 1800},
            "metrics": {"latencyMs": 2345},
            "serviceTier": {"type": "flex"},
        }
    }
    usage = translate(event)
    assert isinstance(usage, Usage)
    assert (usage.input_tokens, usage.output_tokens, usage.total_tokens) == (1500, 300, 1800)
    assert usage.latency_ms == 2345
    assert usage.tier_served == "flex"


@pytest.mark.parametrize(
    ("wire", "served"), [("default", "standard"), ("priority", "priority"), ("flex", "flex"), ("reserved", None)]
)
def test_metadata_tier_is_the_catalog_key(wire, served):
    event = {
        "metadata": {"usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2}, "serviceTier": {"type": wire}}
    }
    assert translate(event).tier_served == served


def test_metadata_without_tier_or_metrics():
    usage = translate({"metadata": {"usage": {"inputTokens": 7, "outputTokens": 3, "totalTokens": 10}}})
    assert usage == Usage(7, 3, 10, latency_ms=None, tier_served=None)


def test_usage_cost_estimate():
    usage = Usage(input_tokens=1000, output_tokens=1000, total_tokens=2000)
    assert usage.estimated_cost_usd == pytest.approx(0.008)


@pytest.mark.parametrize(
    "event",
    [
        {"messageStart": {"role": "assistant"}},
        {"contentBlockStart": {"start": {}, "contentBlockIndex": 0}},
        {"contentBlockStop": {"contentBlockIndex": 0}},
        {},
    ],
)
def test_other_events_are_nothing(event):
    assert translate(event) is None


# --- Answer ------------------------------------------------------------------------------


def test_answer_accumulates_text_and_finishes():
    answer = Answer()
    for event in [
        Started("req-123"),
        TextDelta("A red "),
        TextDelta("square"),
        TextDelta("."),
        Stopped("end_turn"),
        Usage(10, 3, 13, tier_served="standard"),
    ]:
        answer.apply(event)
    assert answer.text == "A red square."
    assert answer.request_id == "req-123"
    assert answer.stop_reason == "end_turn"
    assert answer.tier_served == "standard"
    assert answer.complete


def test_answer_without_stop_is_incomplete():
    answer = Answer()
    answer.apply(TextDelta("Half an ans"))
    assert answer.text == "Half an ans"
    assert not answer.complete
    assert answer.tier_served is None


def test_answer_with_error_is_incomplete_but_keeps_text():
    answer = Answer()
    answer.apply(TextDelta("Partial"))
    error = KnownError(Kind.CONNECTION_LOST, "The connection was lost.")
    answer.apply(Failed(error))
    answer.apply(Stopped("end_turn"))
    assert answer.error is error
    assert answer.text == "Partial"
    assert not answer.complete


def test_cancelled_answer_is_incomplete():
    answer = Answer()
    answer.apply(TextDelta("Some"))
    answer.apply(Stopped("end_turn"))
    assert answer.complete
    answer.cancelled = True
    assert not answer.complete


# --- Connection --------------------------------------------------------------------------

SECRET = "ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQtdmFsdWU="


def test_connection_repr_hides_the_api_key():
    connection = Connection(region="eu-west-1", profile="work", api_key=SECRET)
    for text in (repr(connection), str(connection), f"{connection}", repr([connection])):
        assert SECRET not in text
        assert SECRET[:12] not in text
    assert "eu-west-1" in repr(connection)
    assert "work" in repr(connection)


def test_connection_repr_says_whether_a_key_is_set():
    assert repr(Connection(api_key=SECRET)) != repr(Connection())
