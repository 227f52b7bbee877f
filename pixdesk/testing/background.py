"""Start, stop and `with` for the local test servers (the release feed, the Identity Center, the
company proxy): each serves on a daemon thread of its own until stopped."""

from __future__ import annotations

import socketserver
import threading
from typing import Self


class ServedInBackground:
    """Mix in, and set `_served` (the socketserver) and `_thread_name` in __init__."""

    _served: socketserver.BaseServer
    _thread_name = "pixdesk-local-server"
    _thread: threading.Thread | None = None

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._served.serve_forever, kwargs={"poll_interval": 0.05}, name=self._thread_name, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._served.shutdown()
        self._served.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
