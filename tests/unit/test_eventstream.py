"""pixdesk.testing.eventstream encodes; botocore's own decoder must read it back exactly."""

from __future__ import annotations

import json

import pytest
from botocore import eventstream as bes
from botocore.exceptions import EventStreamError
from botocore.parsers import EventStreamJSONParser
from botocore.session import get_session

from pixdesk.bedrock.errors import map_exception
from pixdesk.bedrock.stream import translate
from pixdesk.domain import Answer
from pixdesk.errors import Kind
from pixdesk.testing import eventstream as es


def decode(data: bytes) -> list[bes.EventStreamMessage]:
    buffer = bes.EventStreamBuffer()
    buffer.add_data(data)
    return list(buffer)


def decode_in_chunks(data: bytes, chunk: int) -> list[bes.EventStreamMessage]:
    buffer = bes.EventStreamBuffer()
    messages = []
    for start in range(0, len(data), chunk):
        buffer.add_data(data[start : start + chunk])
        messages.extend(buffer)
    return messages


# --- single messages ---------------------------------------------------------------------


def test_event_round_trip():
    body = {"delta": {"text": "Hello, wörld ✓"}, "contentBlockIndex": 0}
    (message,) = decode(es.event("contentBlockDelta", body))
    assert message.headers == {
        ":message-type": "event",
        ":event-type": "contentBlockDelta",
        ":content-type": "application/json",
    }
    assert json.loads(message.payload) == body


def test_exception_round_trip():
    (message,) = decode(es.exception("throttlingException", "Too many requests, slow down."))
    assert message.headers == {
        ":message-type": "exception",
        ":exception-type": "throttlingException",
        ":content-type": "application/json",
    }
    assert json.loads(message.payload) == {"message": "Too many requests, slow down."}
    assert message.to_response_dict()["status_code"] == 400


@pytest.mark.parametrize(
    ("headers", "payload"),
    [
        ({}, b""),
        ({"a": ""}, b"x"),
        ({":event-type": "metadata", "x-long": "v" * 1000}, b"\x00\x01\xff" * 500),
        ({"ünïcode": "välue"}, "ünïcode payload".encode()),
    ],
)
def test_encode_message_round_trip(headers, payload):
    (message,) = decode(es.encode_message(headers, payload))
    assert message.headers == headers
    assert message.payload == payload


def test_prelude_lengths_match_the_message():
    data = es.encode_message({"k": "v"}, b"payload")
    (message,) = decode(data)
    assert message.prelude.total_length == len(data)
    assert message.prelude.payload_length == len(b"payload")


# --- several messages --------------------------------------------------------------------


def test_concatenated_messages_decode_in_order():
    texts = ["one", "two", "three", "four"]
    data = b"".join(es.event("contentBlockDelta", {"delta": {"text": t}}) for t in texts)
    data += es.exception("internalServerException", "oops")
    messages = decode(data)
    assert [json.loads(m.payload).get("delta", {}).get("text") for m in messages[:4]] == texts
    assert messages[4].headers[":exception-type"] == "internalServerException"
    assert len(messages) == 5


@pytest.mark.parametrize("chunk", [1, 3, 7, 64])
def test_messages_split_across_chunks_decode_in_order(chunk):
    texts = [f"part {i}" for i in range(6)]
    data = b"".join(es.event("contentBlockDelta", {"delta": {"text": t}}) for t in texts)
    messages = decode_in_chunks(data, chunk)
    assert [json.loads(m.payload)["delta"]["text"] for m in messages] == texts


# --- corruption is caught by botocore's checksums -----------------------------------------


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def test_flipped_payload_byte_fails_the_checksum():
    payload = json.dumps({"delta": {"text": "checksummed"}}).encode()
    data = es.event("contentBlockDelta", {"delta": {"text": "checksummed"}})
    index = data.index(payload) + 5
    with pytest.raises(bes.ChecksumMismatch):
        decode(_flip(data, index))


def test_flipped_header_byte_fails_the_checksum():
    data = es.event("messageStop", {"stopReason": "end_turn"})
    index = data.index(b"messageStop")
    with pytest.raises(bes.ParserError):
        decode(_flip(data, index))


def test_flipped_prelude_crc_fails_the_checksum():
    data = es.event("messageStop", {"stopReason": "end_turn"})
    with pytest.raises(bes.ChecksumMismatch):
        decode(_flip(data, 9))


def test_unflipped_message_still_decodes():
    # The corruption tests above are only meaningful if the untouched bytes decode.
    data = es.event("contentBlockDelta", {"delta": {"text": "checksummed"}})
    assert len(decode(data)) == 1


# --- a whole ConverseStream, through botocore's EventStream parser ------------------------


class _RawStream:
    def __init__(self, data: bytes, chunk: int = 11) -> None:
        self._chunks = [data[i : i + chunk] for i in range(0, len(data), chunk)]

    def stream(self):
        yield from self._chunks

    def close(self) -> None:
        pass


def converse_stream(data: bytes) -> bes.EventStream:
    operation = get_session().get_service_model("bedrock-runtime").operation_model("ConverseStream")
    shape = operation.output_shape.members["stream"]
    return bes.EventStream(_RawStream(data), shape, EventStreamJSONParser(), "ConverseStream")


def _happy_stream() -> bytes:
    return b"".join(
        [
            es.event("messageStart", {"role": "assistant"}),
            es.event("contentBlockDelta", {"delta": {"text": "A red "}, "contentBlockIndex": 0}),
            es.event("contentBlockDelta", {"delta": {"text": "square."}, "contentBlockIndex": 0}),
            es.event("contentBlockStop", {"contentBlockIndex": 0}),
            es.event("messageStop", {"stopReason": "end_turn"}),
            es.event(
                "metadata",
                {
                    "usage": {"inputTokens": 120, "outputTokens": 4, "totalTokens": 124},
                    "metrics": {"latencyMs": 321},
                    "serviceTier": {"type": "flex"},
                },
            ),
        ]
    )


def test_converse_stream_parses_into_botocore_events():
    events = list(converse_stream(_happy_stream()))
    assert [next(iter(e)) for e in events] == [
        "messageStart",
        "contentBlockDelta",
        "contentBlockDelta",
        "contentBlockStop",
        "messageStop",
        "metadata",
    ]
    assert events[1]["contentBlockDelta"]["delta"]["text"] == "A red "
    assert events[5]["metadata"]["usage"]["totalTokens"] == 124


def test_converse_stream_translates_into_an_answer():
    answer = Answer()
    for parsed in converse_stream(_happy_stream()):
        event = translate(parsed)
        if event is not None:
            answer.apply(event)
    assert answer.text == "A red square."
    assert answer.stop_reason == "end_turn"
    assert answer.usage is not None
    assert (answer.usage.input_tokens, answer.usage.output_tokens, answer.usage.total_tokens) == (120, 4, 124)
    assert answer.usage.latency_ms == 321
    assert answer.tier_served == "flex"
    assert answer.complete


def test_converse_stream_exception_event_maps_to_a_known_error():
    data = (
        es.event("messageStart", {"role": "assistant"})
        + es.event("contentBlockDelta", {"delta": {"text": "Par"}, "contentBlockIndex": 0})
        + es.exception("throttlingException", "Too many tokens, please wait before trying again.")
    )
    seen = []
    with pytest.raises(EventStreamError) as caught:
        for parsed in converse_stream(data):
            seen.append(parsed)
    assert len(seen) == 2
    assert caught.value.response["Error"]["Code"] == "throttlingException"
    error = map_exception(caught.value, "us-east-1")
    assert error.kind is Kind.THROTTLED
    assert "throttlingException" in error.detail
