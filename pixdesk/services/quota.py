"""Pacing requests to Bedrock's quotas, instead of being throttled.

Bedrock's default quotas for Pixtral Large are small — 10 requests and 80,000 tokens a minute,
57.6 million tokens a day — and an app that ignores them meets 429s. pixdesk keeps, per
credentials and geography, a log of what it sent in the last window and waits, before sending,
until the request fits. Shared by the window's chat, `pixdesk ask` and batch runs.

- The window is a sliding one: a request may go when the requests and tokens sent in the
  window before it, plus its own, stay within the quota. (A token bucket may send twice its
  per-minute amount within one minute — a burst at the start, then the refill — which a
  per-minute quota refuses; the sliding window never does, and still reaches 100 % of the rate.)
- Tokens are counted as Bedrock counts them against the quota: input tokens plus the answer's
  room (max tokens) are reserved when the request leaves, and settled to the input plus output
  tokens Bedrock reports when it ends. Input is estimated before sending — images exactly by
  Pixtral's formula, text at ~4 characters a token (`imaging.tokens`), plus a few tokens of chat
  template a message.
- A 429 that happens anyway (another app on the same account, a quota lower than configured)
  pauses that pacer for a jittered backoff, then it resumes.
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import math
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from pixdesk import catalog
from pixdesk.domain import AskRequest, Connection
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.imaging.tokens import image_tokens, text_tokens

TEMPLATE_TOKENS_PER_MESSAGE = 5  # the chat template's tokens around each message (an estimate)
DAY_S = 86_400.0


@dataclass(frozen=True)
class QuotaLimits:
    requests_per_window: int = catalog.DEFAULT_QUOTA.requests_per_minute
    tokens_per_window: int = catalog.DEFAULT_QUOTA.tokens_per_minute
    tokens_per_day: int = catalog.DEFAULT_QUOTA.tokens_per_day
    window_s: float = 60.0  # a minute; tests and benchmarks scale it down


def estimate_input_tokens(request: AskRequest) -> int:
    """What Bedrock will count as input for `request`, estimated before sending."""
    turns = [*request.history]
    texts = [request.question, request.system, *(turn.text for turn in turns)]
    images = [*request.attachments, *(a for turn in turns for a in turn.attachments)]
    messages = len(turns) + 1
    return (sum(text_tokens(text) for text in texts) + sum(image_tokens(a.width, a.height) for a in images)
            + TEMPLATE_TOKENS_PER_MESSAGE * messages)


def request_cost(request: AskRequest) -> int:
    """Tokens to reserve against the per-minute quota: the input, and room for the answer."""
    return estimate_input_tokens(request) + request.max_tokens


@dataclass
class Reservation:
    id: int
    sent_at: float
    tokens: int
    settled: bool = False


@dataclass
class QuotaPacer:
    """The log of one (credentials, geography)'s recent requests, and the waiting it implies."""

    limits: QuotaLimits = field(default_factory=QuotaLimits)
    clock: Callable[[], float] = time.monotonic
    _window: deque[Reservation] = field(default_factory=deque)  # sent within the window
    _day: deque[Reservation] = field(default_factory=deque)  # sent within the last day
    _paused_until: float = 0.0
    _ids: itertools.count = field(default_factory=itertools.count)
    throttled: int = 0  # 429s met anyway (for the window and the benchmarks)

    def _forget(self, now: float) -> None:
        while self._window and self._window[0].sent_at <= now - self.limits.window_s:
            self._window.popleft()
        while self._day and self._day[0].sent_at <= now - DAY_S:
            self._day.popleft()

    def check(self, tokens: int) -> None:
        """KnownError if a request of `tokens` can never fit (bigger than a whole window's quota)."""
        if tokens > self.limits.tokens_per_window or tokens > self.limits.tokens_per_day:
            raise KnownError(
                Kind.BAD_INPUT, f"This request needs about {tokens:,} tokens, more than the quota allows "
                f"({self.limits.tokens_per_window:,} a minute).", Action.FIX_INPUT,
                "Send fewer or smaller images, or lower the longest answer in Settings; if your account's "
                "quota was raised, enter it in Settings.")

    @staticmethod
    def _until_room(log: deque[Reservation], used: int, limit: int, tokens: int, span: float, now: float) -> float:
        """How long until enough of `log`'s oldest requests leave their span for `tokens` to fit."""
        if used + tokens <= limit:
            return 0.0
        freed = 0
        for reservation in log:
            freed += reservation.tokens
            if used - freed + tokens <= limit:
                return reservation.sent_at + span - now
        return span

    def wait_s(self, tokens: int) -> float:
        """Seconds until a request of `tokens` fits (0: now)."""
        now = self.clock()
        self._forget(now)
        limits = self.limits
        waits = [self._paused_until - now]
        if len(self._window) >= limits.requests_per_window:
            waits.append(self._window[len(self._window) - limits.requests_per_window].sent_at + limits.window_s - now)
        waits.append(self._until_room(self._window, sum(r.tokens for r in self._window), limits.tokens_per_window,
                                      tokens, limits.window_s, now))
        waits.append(self._until_room(self._day, sum(r.tokens for r in self._day), limits.tokens_per_day,
                                      tokens, DAY_S, now))
        return max(0.0, *waits)

    def reserve(self, tokens: int) -> Reservation:
        reservation = Reservation(next(self._ids), self.clock(), tokens)
        self._window.append(reservation)
        self._day.append(reservation)
        return reservation

    async def acquire(self, tokens: int, on_wait: Callable[[float], None] | None = None) -> Reservation:
        """Wait until a request of `tokens` fits, then reserve it. `on_wait(seconds)` is told how
        long the wait still is, about every second (the window counts it down)."""
        self.check(tokens)
        while (wait := self.wait_s(tokens)) > 0:
            if on_wait is not None:
                on_wait(wait)
            await asyncio.sleep(min(wait, 1.0))
        return self.reserve(tokens)

    def sent(self, reservation: Reservation) -> None:
        """Bedrock has accepted the request (its answer began): count it from now. Bedrock
        counted it on arrival, a moment earlier — so the pacer's window ends, if anything, a
        little after Bedrock's, never before (reserving happens before the client is even built)."""
        reservation.sent_at = max(reservation.sent_at, self.clock())

    def settle(self, reservation: Reservation, tokens: int | None) -> None:
        """The request ended: count what Bedrock reported (None: keep the reservation as it is)."""
        if tokens is not None:
            reservation.tokens = tokens
        reservation.settled = True

    def release(self, reservation: Reservation) -> None:
        """The request was not counted by Bedrock (throttled, or it never left): forget it."""
        for log in (self._window, self._day):
            if reservation in log:
                log.remove(reservation)

    def back_off(self, attempt: int, base_s: float = 2.0, cap_s: float = 60.0) -> float:
        """A 429 met anyway: pause this pacer for a jittered, growing delay; returns it."""
        self.throttled += 1
        delay = random.uniform(base_s / 2, min(cap_s, base_s * 2 ** max(0, attempt - 1)))
        self._paused_until = max(self._paused_until, self.clock() + delay)
        return delay

    def seed(self, sent: list[tuple[float, int]], wall_now: float | None = None) -> None:
        """Requests sent before this process started (from the history), as (wall-clock time,
        tokens): a fresh `pixdesk ask` right after a batch must not overrun the quota."""
        wall_now = time.time() if wall_now is None else wall_now
        now = self.clock()
        for wall, tokens in sorted(sent):
            age = wall_now - wall
            if 0 <= age < DAY_S:
                reservation = Reservation(next(self._ids), now - age, tokens, settled=True)
                self._day.append(reservation)
                if age < self.limits.window_s:
                    self._window.append(reservation)


def quota_key(connection: Connection) -> tuple[str, str]:
    """Whose quota a request counts against: the credentials, and the inference profile's geography."""
    try:
        geography = catalog.region(connection.region).geography.key
    except KeyError:
        geography = connection.region
    who = ("api-key" if connection.api_key else f"profile:{connection.profile}" if connection.profile
           else "default-credentials")
    return who, geography


class QuotaScheduler:
    """One pacer per (credentials, geography), all with the same limits (from Settings)."""

    def __init__(self, limits: Callable[[], QuotaLimits] | QuotaLimits | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._limits = limits if callable(limits) else (lambda: limits or QuotaLimits())
        self._clock = clock
        self._pacers: dict[tuple[str, str], QuotaPacer] = {}
        self._earlier: dict[str, list[tuple[float, int]]] = {}  # geography → (wall time, tokens)

    def remember(self, sent: list[tuple[float, int, str]]) -> None:
        """Requests this account sent before (wall time, tokens, inference profile id), from the
        history: each new pacer of that geography starts with them. (Which credentials sent them
        is not recorded, so every pacer of the geography counts them: the careful reading.)"""
        for wall, tokens, profile_id in sent:
            self._earlier.setdefault(profile_id.split(".", 1)[0], []).append((wall, tokens))

    def pacer(self, connection: Connection) -> QuotaPacer:
        key = quota_key(connection)
        pacer = self._pacers.get(key)
        if pacer is None:
            pacer = self._pacers[key] = QuotaPacer(self._limits(), self._clock)
            pacer.seed(self._earlier.get(key[1], []))
        pacer.limits = self._limits()  # Settings may have changed (a raised quota)
        return pacer


def utc_day_start(now: datetime.datetime | None = None) -> datetime.datetime:
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def minutes(seconds: float) -> str:
    """A wait or an ETA for people: "12 s", "3 min", "1 h 5 min"."""
    if seconds < 60:
        return f"{max(1, math.ceil(seconds))} s"
    total = math.ceil(seconds / 60)
    return f"{total} min" if total < 60 else f"{total // 60} h {total % 60} min"
