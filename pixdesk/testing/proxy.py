"""A company proxy, for tests: HTTP CONNECT, optionally with a password, that inspects secure
connections the way company proxies do — it ends the client's TLS itself, with a certificate for
the requested host signed by its own CA (pixdesk.testing.company_ca), and hands the decrypted
bytes to `upstream` (the local Bedrock server's plain HTTP port), whatever host was asked for.

So a client trusts the answer only if it trusts the proxy's CA: through the system's trust store
(SSL_CERT_FILE points OpenSSL's store at `ca.cert_path`) or through AWS_CA_BUNDLE. Each CONNECT is
recorded (host, port, whether credentials came and were right) for tests to check.
"""

from __future__ import annotations

import base64
import logging
import select
import socket
import socketserver
import ssl
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from pixdesk.testing.background import ServedInBackground
from pixdesk.testing.company_ca import CompanyCA

log = logging.getLogger(__name__)
_IDLE_S = 30.0  # a tunnel silent this long is closed (a test that failed must not leave threads)


@dataclass(frozen=True)
class Connect:
    host: str
    port: int
    credentials_given: bool
    accepted: bool


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    owner: InspectingProxy

    def handle_error(self, request: object, client_address: object) -> None:
        log.debug("proxy connection from %s ended with an error", client_address, exc_info=True)


class InspectingProxy(ServedInBackground):
    """Use as a context manager. `url` is the proxy's address; `ca.cert_path` its CA certificate."""

    def __init__(self, upstream: tuple[str, int], credentials: tuple[str, str] | None = None) -> None:
        self.upstream = upstream
        self.credentials = credentials
        self.connects: list[Connect] = []
        self._lock = threading.Lock()
        self._tempdir = tempfile.TemporaryDirectory(prefix="pixdesk-test-proxy-")
        self.ca = CompanyCA(Path(self._tempdir.name))
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._served, self._thread_name = self._server, "pixdesk-test-proxy"

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def stop(self) -> None:
        super().stop()
        self._tempdir.cleanup()

    def _record(self, connect: Connect) -> None:
        with self._lock:
            self.connects.append(connect)

    def _accepts(self, header: str | None) -> bool:
        if self.credentials is None:
            return True
        expected = base64.b64encode(":".join(self.credentials).encode()).decode()
        return header is not None and header.strip() == f"Basic {expected}"


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        self.request.settimeout(_IDLE_S)
        request_line = self.rfile.readline(8192).decode("latin-1").strip()
        headers: dict[str, str] = {}
        while line := self.rfile.readline(8192).decode("latin-1").strip():
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        method, _, rest = request_line.partition(" ")
        if method != "CONNECT":
            self._reply("405 Method Not Allowed")  # an inspecting proxy for HTTPS only
            return
        host, _, port = rest.split(" ")[0].rpartition(":")
        host = host.strip("[]")
        owner = self.server.owner
        authorization = headers.get("proxy-authorization")
        accepted = owner._accepts(authorization)
        owner._record(Connect(host, int(port or 443), authorization is not None, accepted))
        if not accepted:
            self._reply("407 Proxy Authentication Required", 'Proxy-Authenticate: Basic realm="pixdesk test proxy"')
            return
        self._reply("200 Connection established")
        context = owner.ca.server_context(host)
        with (
            context.wrap_socket(self.request, server_side=True) as client,  # the client's TLS ends here
            socket.create_connection(owner.upstream, timeout=_IDLE_S) as upstream,
        ):
            _pump(client, upstream)

    def _reply(self, status: str, *headers: str) -> None:
        lines = [f"HTTP/1.1 {status}", *headers]
        if not status.startswith("200"):
            lines += ["Content-Length: 0", "Connection: close"]
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        self.wfile.flush()


def _pump(client: ssl.SSLSocket, upstream: socket.socket) -> None:
    """Copy bytes both ways until either side closes. One thread: an SSL socket must not be read
    and written from two threads at once. TLS may hold decrypted bytes that select cannot see."""
    peers = {client: upstream, upstream: client}
    while True:
        ready = [client] if client.pending() else select.select(list(peers), [], [], _IDLE_S)[0]
        if not ready:
            return  # idle too long
        for source in ready:
            try:
                data = source.recv(65536)
            except (ssl.SSLError, OSError):
                return
            if not data:
                return
            try:
                peers[source].sendall(data)
            except OSError:
                return
