"""The single-instance hand-off's protocol and server: what a later launch sends arrives whole;
what a hostile local program sends (garbage, a huge length, half a message) is refused without
harming the window."""

from __future__ import annotations

import hashlib
import json
import struct

import pytest
from PySide6.QtNetwork import QLocalSocket

from pixdesk.ui.single_instance import (
    MAX_MESSAGE_BYTES,
    Handoff,
    InstanceServer,
    MessageBuffer,
    MessageError,
    decode,
    encode,
    hand_off,
    server_name,
)


def _framed(payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + payload


def test_a_message_survives_the_round_trip_in_any_chunks():
    handoff = Handoff(("/home/ana/shot 1.png", "/home/ana/ünïcode.jpg"), "/home/ana/contract.pdf")
    data = encode(handoff)
    buffer = MessageBuffer()
    received = [buffer.feed(data[i : i + 3]) for i in range(0, len(data), 3)]
    assert received[:-1] == [None] * (len(received) - 1)
    assert received[-1] == handoff


def test_paths_are_made_absolute_by_the_sender(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    handoff = Handoff.from_arguments(["shot.png"], "scan.pdf")
    assert handoff.images == (str(tmp_path / "shot.png"),) and handoff.review == str(tmp_path / "scan.pdf")


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff\xfe not utf-8",
        b"not json",
        b"[]",
        b'{"images": []}',
        b'{"images": "/etc/passwd", "review": null}',
        b'{"images": [42], "review": null}',
        b'{"images": ["relative.png"], "review": null}',
        b'{"images": ["/a\\u0000b"], "review": null}',
        b'{"images": [], "review": "/x", "extra": 1}',
        json.dumps({"images": ["/" + "a" * 5000], "review": None}).encode(),
        json.dumps({"images": ["/a"] * 1001, "review": None}).encode(),
        b"[" * 100_000 + b"]" * 100_000,  # deep nesting: no RecursionError escapes
    ],
)
def test_garbage_is_refused(payload):
    with pytest.raises(MessageError):
        decode(payload)


def test_a_huge_length_is_refused_before_anything_is_kept():
    buffer = MessageBuffer()
    with pytest.raises(MessageError):
        buffer.feed(struct.pack(">I", MAX_MESSAGE_BYTES + 1))


def test_bytes_after_the_message_are_refused():
    with pytest.raises(MessageError):
        MessageBuffer().feed(_framed(b'{"images": [], "review": null}') + b"x")


def test_the_name_differs_per_user_and_per_data_folder(tmp_path):
    name = server_name(tmp_path / "a", "ana")
    assert name == server_name(tmp_path / "a", "ana")
    assert name != server_name(tmp_path / "b", "ana") != server_name(tmp_path / "a", "bob")
    assert len(name) < 40  # a Unix socket path is short


def test_the_name_is_the_one_every_version_of_pixdesk_computes(tmp_path):
    """A launch finds the window by this name: it must not change with how it is computed (it
    was hashlib's SHA-256 before Qt's), or a new launch would miss a window already running."""
    folder = tmp_path / "données"
    digest = hashlib.sha256(f"ana\0{folder}".encode()).hexdigest()
    assert server_name(folder, "ana") == f"pixdesk-{digest[:24]}"


@pytest.fixture
def instance(qapp, tmp_path):
    server = InstanceServer()
    name = server_name(tmp_path, "test")
    assert server.listen(name)
    received: list[Handoff] = []
    server.received.connect(received.append)
    yield name, server, received
    server.close()
    server.deleteLater()


def _raw_client(name: str, qtbot) -> QLocalSocket:
    socket = QLocalSocket()
    socket.connectToServer(name)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    return socket


def test_hostile_clients_are_cut_off_and_a_real_launch_still_gets_through(instance, qtbot):
    name, _server, received = instance
    garbage, huge, half = (_raw_client(name, qtbot) for _ in range(3))
    garbage.write(_framed(b"garbage, not JSON"))
    huge.write(struct.pack(">I", 0xFFFFFFFF) + b"{")
    half.write(_framed(b'{"images": [], "review": null}')[:10])  # and then nothing more
    for socket in (garbage, huge):
        qtbot.waitUntil(lambda s=socket: s.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert received == []
    # A real launch meanwhile (blocking, as a second process does it; served once the loop runs).
    good = Handoff(("/tmp/shot.png",), None)
    client = _raw_client(name, qtbot)
    client.write(encode(good))
    qtbot.waitUntil(lambda: received == [good])
    qtbot.waitUntil(lambda: client.bytesAvailable() >= 2)
    assert client.readAll().data() == b"ok"
    # The half message is dropped after a while, not kept open forever.
    qtbot.waitUntil(lambda: half.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=30_000)
    for socket in (garbage, huge, half, client):
        socket.abort()


def test_hand_off_says_false_when_no_window_listens(qapp, tmp_path):
    assert hand_off(server_name(tmp_path, "nobody"), Handoff()) is False


def test_a_stale_socket_file_is_taken_over(qapp, tmp_path):
    """A window that crashed leaves its socket file; the next one removes it and listens."""
    from PySide6.QtNetwork import QLocalServer

    name = server_name(tmp_path, "stale")
    crashed = QLocalServer()
    assert crashed.listen(name)
    path = crashed.fullServerName()
    crashed.setParent(None)
    # Simulate the crash: the file stays, nobody accepts. (close() would remove the file.)
    import socket as pysocket

    del crashed
    if not __import__("os").path.exists(path):  # Qt removed it on destruction: put a dead one back
        dead = pysocket.socket(pysocket.AF_UNIX)
        dead.bind(path)
        dead.close()
    assert hand_off(name, Handoff()) is False
    server = InstanceServer()
    try:
        assert server.listen(name)
    finally:
        server.close()
