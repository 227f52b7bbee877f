"""A local stand-in for GitHub's releases API: real HTTP, serving whatever a test sets — a
release's JSON, garbage, an HTTP error — and recording each request. `closed_port_url()` gives
an address where nothing answers. Run it by hand with `python -m pixdesk.testing.release_feed`."""

from __future__ import annotations

import argparse
import json
import logging
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pixdesk.testing.background import ServedInBackground

log = logging.getLogger(__name__)

FEED_PATH = "/repos/pixdesk/pixdesk/releases/latest"


def github_release(
    tag: str,
    notes: str = "",
    name: str | None = None,
    page: str | None = None,
    prerelease: bool = False,
    draft: bool = False,
) -> dict[str, Any]:
    """A release as GitHub's API spells it (the fields pixdesk reads, and a few it ignores)."""
    return {
        "tag_name": tag,
        "name": name if name is not None else f"pixdesk {tag.lstrip('v')}",
        "body": notes,
        "html_url": page or f"https://github.com/pixdesk/pixdesk/releases/tag/{tag}",
        "draft": draft,
        "prerelease": prerelease,
        "published_at": "2026-11-30T12:00:00Z",
        "assets": [],
    }


@dataclass
class FeedRequest:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when it arrived


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LocalReleaseFeed


class LocalReleaseFeed(ServedInBackground):
    """The feed. Use as a context manager; `url` is the address to give pixdesk."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.status = 200
        self.body = b"{}"
        self.requests: list[FeedRequest] = []
        self._lock = threading.Lock()
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.owner = self
        self._served, self._thread_name = self._httpd, "pixdesk-local-feed"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._httpd.server_port}{FEED_PATH}"

    # --- what it serves --------------------------------------------------------------------

    def serve_json(self, document: Any, status: int = 200) -> None:
        self.serve_raw(json.dumps(document).encode(), status)

    def serve_release(self, tag: str, notes: str = "", **fields: Any) -> None:
        self.serve_json(github_release(tag, notes, **fields))

    def serve_raw(self, body: bytes, status: int = 200) -> None:
        with self._lock:
            self.body, self.status = body, status

    # --- running ---------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        feed = self.server.owner
        with feed._lock:
            feed.requests.append(FeedRequest(self.path, dict(self.headers.items()), time.monotonic()))
            status, body = feed.status, feed.body
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def closed_port_url() -> str:
    """A feed address on this machine where nothing listens (the port was just free)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{FEED_PATH}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pixdesk.testing.release_feed",
        description="A local release feed for trying pixdesk's update check.",
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--tag", default="v99.0.0", help="the latest release's tag (default: v99.0.0, always newer)")
    parser.add_argument("--notes", default="## What's new\n\n- Everything is better.", help="release notes (Markdown)")
    args = parser.parse_args(argv)
    with LocalReleaseFeed(port=args.port) as feed:
        feed.serve_release(args.tag, args.notes)
        print(f"Release feed on {feed.url}  (Ctrl+C stops it)")
        print(f"  PIXDESK_RELEASE_FEED_URL={feed.url} pixdesk check-update")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
