"""Fetching a dragged-in web image, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from helpers import png_bytes
from pixdesk.errors import Kind, KnownError
from pixdesk.services.fetch import fetch_image

PNG = png_bytes(32, 24, "red")
CAP = 1000  # a small cap keeps the over-the-limit cases quick


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    requests: list[str]
    release: threading.Event  # ends the slow endpoint's wait early at shutdown
    hung_up: threading.Semaphore  # released each time a client closes its connection

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up on purpose (too big, timed out) is expected here


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args) -> None:
        pass

    def finish(self) -> None:
        super().finish()
        self.server.hung_up.release()

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        path = self.path.split("?", 1)[0]
        if path in ("/images/shot.png", "/gallery/"):
            self._send(200, PNG, {"Content-Type": "image/png"})
        elif path == "/exactly-the-cap.png":
            self._send(200, b"x" * CAP)
        elif path == "/declared-too-big.png":
            # Says how big it is up front: refused before the body is read.
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(50 * CAP))
            self.end_headers()
            self.wfile.write(b"x" * 50 * CAP)
        elif path == "/chunked-too-big.png":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"%x\r\n%s\r\n" % (CAP, b"x" * CAP))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/unknown-length-too-big.png":
            # No length and no chunking: the body ends when the connection closes.
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"x" * 50 * CAP)
            self.close_connection = True
        elif path == "/slow.png":
            self.server.release.wait(2.0)
            self._send(200, PNG)
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})
        # urllib asks for "Connection: close"; stay on the line anyway, so the connection ends
        # only when pixdesk really closes its socket (which `hung_up` then tells the test).
        if path != "/unknown-length-too-big.png":
            self.close_connection = False

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Server]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)  # straight to 127.0.0.1, whatever the machine says
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests = []
    httpd.release = threading.Event()
    httpd.hung_up = threading.Semaphore(0)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _url(server: _Server, path: str) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}{path}"


def _close_what_the_error_holds(error: BaseException) -> None:
    """Close any response still attached to the error's chain (urllib's HTTPError is one), so a
    socket left open by the code under test is not reported against some later test."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        close = getattr(error, "close", None)
        if callable(close):
            close()
        error = error.__cause__ or error.__context__


def test_an_image_is_downloaded_with_its_name(server):
    data, name = fetch_image(_url(server, "/images/shot.png?size=large#top"))
    assert data == PNG
    assert name == "shot.png"
    assert server.requests == ["/images/shot.png?size=large"]
    assert server.hung_up.acquire(timeout=2), "pixdesk kept the connection open"


def test_a_url_without_a_file_name_is_named_after_the_host(server):
    data, name = fetch_image(_url(server, "/gallery/"))
    assert data == PNG
    assert name == "127.0.0.1"


def test_a_body_exactly_at_the_cap_is_accepted(server):
    data, name = fetch_image(_url(server, "/exactly-the-cap.png"), max_bytes=CAP)
    assert len(data) == CAP and name == "exactly-the-cap.png"


def test_a_missing_image_is_a_connection_failure_in_words(server):
    with pytest.raises(KnownError) as caught:
        fetch_image(_url(server, "/gone.png"))
    error = caught.value
    try:
        assert error.kind is Kind.CONNECTION_FAILED
        assert "127.0.0.1" in error.message
        assert "404" in error.detail  # the technical reason, for the details
        # The window keeps the error to show it; that must not keep the connection open.
        assert server.hung_up.acquire(timeout=1), "pixdesk kept the connection open after a 404"
    finally:
        _close_what_the_error_holds(error)


@pytest.mark.parametrize("path", ["/declared-too-big.png", "/chunked-too-big.png", "/unknown-length-too-big.png"])
def test_an_image_over_the_cap_is_refused(server, path):
    started = time.monotonic()
    with pytest.raises(KnownError) as caught:
        fetch_image(_url(server, path), max_bytes=CAP)
    assert caught.value.kind is Kind.TOO_LARGE
    assert path.strip("/") in caught.value.message
    assert time.monotonic() - started < 2
    assert server.hung_up.acquire(timeout=2), "pixdesk kept the connection open"


def test_a_slow_server_times_out(server):
    started = time.monotonic()
    with pytest.raises(KnownError) as caught:
        fetch_image(_url(server, "/slow.png"), timeout_s=0.3)
    assert caught.value.kind is Kind.CONNECTION_FAILED
    assert time.monotonic() - started < 1.5  # gave up at the timeout, not when the server answered


def test_nothing_listening_is_a_connection_failure():
    with pytest.raises(KnownError) as caught:
        fetch_image("http://127.0.0.1:9/picture.png", timeout_s=1)  # the discard port: closed here
    assert caught.value.kind is Kind.CONNECTION_FAILED


@pytest.mark.parametrize("scheme", ["ftp", "file", "gopher", "data"])
def test_other_schemes_are_refused_without_a_request(server, tmp_path, scheme):
    host, port = server.server_address[:2]
    local = tmp_path / "local.png"
    local.write_bytes(PNG)
    url = {
        "ftp": f"ftp://{host}:{port}/images/shot.png",
        "file": local.as_uri(),
        "gopher": f"gopher://{host}:{port}/images/shot.png",
        "data": "data:image/png;base64,iVBORw0KGgo=",
    }[scheme]
    with pytest.raises(KnownError) as caught:
        fetch_image(url)
    assert caught.value.kind is Kind.BAD_INPUT
    assert "http" in caught.value.message
    assert server.requests == []
