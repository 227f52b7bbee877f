"""The local server's quota: a sliding window of requests and tokens, as Bedrock throttles a
busy account — so pixdesk's pacing is tested against a server that really says 429.

Tokens are counted as Bedrock counts them against a quota: the request's input plus its
maxTokens when it arrives, settled to input plus output when the answer ends. The window can
be shortened (tests and benchmarks scale a minute down to a second or two)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from pixdesk import catalog


@dataclass
class _Entry:
    at: float
    tokens: int


@dataclass
class ServerQuota:
    requests_per_window: int = catalog.DEFAULT_QUOTA.requests_per_minute
    tokens_per_window: int = catalog.DEFAULT_QUOTA.tokens_per_minute
    window_s: float = 60.0
    throttled: int = 0  # requests refused for the quota
    admitted: int = 0
    _log: list[_Entry] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self, tokens: int) -> tuple[_Entry | None, str]:
        """(an entry to settle later, "") if the request fits; (None, why) if it is throttled."""
        with self._lock:
            now = time.monotonic()
            self._log = [e for e in self._log if e.at > now - self.window_s]
            if len(self._log) >= self.requests_per_window:
                self.throttled += 1
                return None, "Too many requests, please wait before trying again."
            if sum(e.tokens for e in self._log) + tokens > self.tokens_per_window:
                self.throttled += 1
                return None, "Too many tokens, please wait before trying again."
            entry = _Entry(now, tokens)
            self._log.append(entry)
            self.admitted += 1
            return entry, ""

    def use(self, requests: int, tokens: int = 0) -> None:
        """As if another app on the same account had just sent `requests` (tests)."""
        with self._lock:
            now = time.monotonic()
            self._log.extend(_Entry(now, tokens // max(1, requests)) for _ in range(requests))

    def settle(self, entry: _Entry, tokens: int) -> None:
        with self._lock:
            entry.tokens = tokens
