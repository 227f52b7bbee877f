"""One window per person and data folder. A second `pixdesk FILE…` (or `--review FILE`, or a
file manager's "Open with") hands its files to the window already running, over a local socket,
and ends: it never opens a second window over the first.

The wire format is one message per connection: a 4-byte big-endian length, then that many bytes
of UTF-8 JSON `{"images": [absolute paths], "review": absolute path or null}`; the window answers
`ACK`. Any local program run by the same person can connect, so the window trusts nothing it
reads: a length beyond `MAX_MESSAGE_BYTES`, bytes that are not that JSON, or a message left half
sent for `READ_TIMEOUT_MS` ends that connection, never the window."""

from __future__ import annotations

import getpass
import logging
import os
import struct
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_LENGTH = struct.Struct(">I")
MAX_MESSAGE_BYTES = 1 << 20  # room for about a thousand long paths; more is not a person's launch
MAX_PATHS = 1000
MAX_PATH_CHARS = 4096  # PATH_MAX on Linux; longer is not a path
ACK = b"ok"
READ_TIMEOUT_MS = 5000  # a sender that stops half-way is cut off, not waited for
CONNECT_TIMEOUT_MS = 1000  # a running window accepts at once: its event loop does it
ACK_TIMEOUT_MS = 30_000  # a window still starting (the first of a burst of launches) answers once it runs
LAUNCH_TURN_WAIT_MS = 60_000  # how long a launch waits for another one's window to start listening
MAX_CONNECTIONS = 8  # more at once is not launches but a program flooding the socket


class MessageError(ValueError):
    """What a client sent is not a hand-off message."""


@dataclass(frozen=True)
class Handoff:
    """What a launch asks the window to do: attach `images`, open `review`. Both empty: only
    bring the window to the front (the person launched pixdesk again)."""

    images: tuple[str, ...] = ()
    review: str | None = None

    @classmethod
    def from_arguments(cls, images: Sequence[str], review: str | None) -> Handoff:
        """From a launch's arguments, with every path made absolute here: the running window
        was started in another folder."""
        return cls(tuple(os.path.abspath(path) for path in images), os.path.abspath(review) if review else None)


def server_name(data_directory: Path, user: str | None = None) -> str:
    """The socket's name: one per user and per data folder (two people on one computer, or a
    test with its own folders, never reach each other's window). Hashed: it must be short
    (a Unix socket path has ~100 bytes) and say nothing about the folder."""
    who = user if user is not None else _user()
    # SHA-256 by Qt's own code: Python's hashlib loads OpenSSL (~3 ms of every start). The same
    # digest as hashlib's, so every version of pixdesk finds the same window.
    digest = QCryptographicHash.hash(f"{who}\0{data_directory}".encode(), QCryptographicHash.Algorithm.Sha256)
    return f"pixdesk-{bytes(digest.toHex().data()).decode()[:24]}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the uid still tells people apart
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def encode(handoff: Handoff) -> bytes:
    import json  # (here: the first window's start never sends a message)

    payload = json.dumps({"images": list(handoff.images), "review": handoff.review}).encode()
    if len(payload) > MAX_MESSAGE_BYTES:
        raise MessageError("too many files for one launch")
    return _LENGTH.pack(len(payload)) + payload


def decode(payload: bytes) -> Handoff:
    """The message in `payload` (without its length), or MessageError."""
    import json  # (here: a message comes after the first frame)

    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise MessageError("not JSON") from error
    if not isinstance(message, dict) or set(message) != {"images", "review"}:
        raise MessageError("not a hand-off message")
    images, review = message["images"], message["review"]
    if not isinstance(images, list) or len(images) > MAX_PATHS:
        raise MessageError("images is not a list of paths")
    for path in [*images, *([] if review is None else [review])]:
        _check_path(path)
    return Handoff(tuple(images), review)


def _check_path(path: object) -> None:
    if not isinstance(path, str) or not path or len(path) > MAX_PATH_CHARS or "\0" in path:
        raise MessageError("not a path")
    if not os.path.isabs(path):  # relative to what? The sender's folder is not ours
        raise MessageError("not an absolute path")


class MessageBuffer:
    """Bytes from one connection in, at most one message out."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._length: int | None = None

    def feed(self, data: bytes | bytearray | memoryview) -> Handoff | None:
        """The message once all of it has arrived, else None. MessageError as soon as the bytes
        cannot become one (a length beyond the limit is refused before anything is kept)."""
        self._data += data
        if self._length is None and len(self._data) >= _LENGTH.size:
            (self._length,) = _LENGTH.unpack_from(self._data)
            if self._length > MAX_MESSAGE_BYTES:
                raise MessageError(f"a message of {self._length:,} bytes")
        if self._length is None or len(self._data) < _LENGTH.size + self._length:
            return None
        if len(self._data) > _LENGTH.size + self._length:
            raise MessageError("bytes after the message")
        return decode(bytes(self._data[_LENGTH.size :]))


@contextmanager
def launch_turn(data_directory: Path) -> Iterator[bool]:
    """Launches take turns from "is a window there?" to "then I am it, listening". "Open with" on
    five files starts five processes at once: without turns, all five find no window and each
    opens one. With them, the first becomes the window and the others hand it their files.
    Yields False if the turn never came (a launch stuck for a minute): this one goes ahead."""
    data_directory.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_directory / "launch.lock"))  # a dead holder's lock is taken over
    turn = lock.tryLock(LAUNCH_TURN_WAIT_MS)
    if not turn:
        log.warning("another pixdesk launch kept its turn too long; going ahead")
    try:
        yield turn
    finally:
        if turn:
            lock.unlock()


def hand_off(name: str, handoff: Handoff) -> bool:
    """Give `handoff` to the window listening on `name`. True once it said it has them; False
    when no window listens (none runs, or a crashed one left its socket behind) or it did not
    answer: then this process opens its own window. Blocking, before any event loop runs."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(encode(handoff))
    answered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS) and _wait_for_ack(socket)
    socket.abort()
    if not answered:
        log.warning("a pixdesk window is running but did not take the files; opening another")
    return answered


def _wait_for_ack(socket: QLocalSocket) -> bool:
    received = b""
    while len(received) < len(ACK) and socket.waitForReadyRead(ACK_TIMEOUT_MS):
        received += socket.readAll().data()
    return received == ACK


class InstanceServer(QObject):
    """Listens for later launches; `received` carries each one's Handoff, on the GUI thread."""

    received = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, MessageBuffer] = {}

    def listen(self, name: str) -> bool:
        """Become the window later launches reach. Called after hand_off() found nobody there,
        so a socket file already there was left by a window that crashed: it is removed."""
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            return True
        log.warning("cannot listen for other launches (%s): each opens its own window", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()  # removes the socket file: the next launch starts a window of its own

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if len(self._buffers) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = MessageBuffer()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            QTimer.singleShot(READ_TIMEOUT_MS, socket, lambda s=socket: self._drop(s))

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        try:
            handoff = buffer.feed(socket.readAll().data())
        except MessageError as error:
            log.warning("ignored a malformed message from another launch: %s", error)
            self._drop(socket)
            return
        if handoff is None:
            return
        self.received.emit(handoff)
        socket.write(ACK)
        socket.flush()
        self._buffers.pop(socket, None)
        socket.disconnectFromServer()  # after the ACK is written; `disconnected` frees it

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.abort()
        socket.deleteLater()


def bring_to_front(window: QWidget) -> None:
    """Show `window` over the others and give it the keyboard (the person just launched
    pixdesk again). Some window managers only flash its task-bar entry: their rule, not ours."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
