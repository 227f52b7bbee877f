"""Encode AWS event-stream messages (application/vnd.amazon.eventstream), as Bedrock sends them.

Layout, as botocore/eventstream.py decodes it: a prelude of total length (u32) and headers
length (u32) with its CRC32; headers (u8 name length, name, u8 type 7 = string, u16 value
length, value); the payload; and a CRC32 of everything before it. All big-endian.
"""

from __future__ import annotations

import json
import struct
import zlib
from typing import Any

_STRING = 7


def _crc(data: bytes, start: int = 0) -> int:
    return zlib.crc32(data, start) & 0xFFFFFFFF


def encode_message(headers: dict[str, str], payload: bytes) -> bytes:
    encoded_headers = b""
    for name, value in headers.items():
        name_bytes, value_bytes = name.encode(), value.encode()
        encoded_headers += struct.pack(">B", len(name_bytes)) + name_bytes
        encoded_headers += struct.pack(">BH", _STRING, len(value_bytes)) + value_bytes
    total = 12 + len(encoded_headers) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded_headers))
    message = prelude + struct.pack(">I", _crc(prelude)) + encoded_headers + payload
    return message + struct.pack(">I", _crc(message))


def event(event_type: str, body: dict[str, Any]) -> bytes:
    return encode_message(
        {":message-type": "event", ":event-type": event_type, ":content-type": "application/json"},
        json.dumps(body).encode(),
    )


def exception(exception_type: str, message: str) -> bytes:
    return encode_message(
        {":message-type": "exception", ":exception-type": exception_type, ":content-type": "application/json"},
        json.dumps({"message": message}).encode(),
    )
