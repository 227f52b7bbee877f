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
  Pixtral's formula, text at ~4 characters a token (`domain.image_tokens`), plus a few tokens of chat
  template a message.
- The quota is the account's, not one process's: the log is the pacing ledger
  (store.pacing_ledger), one file shared by every pixdesk process of the user — the window, a
  batch and `pixdesk ask` at the same time pace together. Checking for room and reserving it is
  one transaction there. Without a ledger (tests; a file that cannot be used) a process paces alone.
- A 429 that happens anyway (another app on the same account, a quota lower than configured)
  pauses pacing for a jittered backoff — every pixdesk process's, through the ledger — then it resumes.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime
import itertools
import logging
import math
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pixdesk import catalog
from pixdesk.domain import AskRequest, Connection, image_tokens, text_tokens
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.store.pacing_ledger import DAY_S, LedgerUnavailable, PacingLedger, Sent
from pixdesk.store.pacing_ledger import default_path as ledger_path
from pixdesk.words import Grouped, translate

log = logging.getLogger(__name__)

TEMPLATE_TOKENS_PER_MESSAGE = 5  # the chat template's tokens around each message (an estimate)


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
    return (
        sum(text_tokens(text) for text in texts)
        + sum(image_tokens(a.width, a.height) for a in images)
        + TEMPLATE_TOKENS_PER_MESSAGE * messages
    )


def request_cost(request: AskRequest) -> int:
    """Tokens to reserve against the per-minute quota: the input, and room for the answer."""
    return estimate_input_tokens(request) + request.max_tokens


@dataclass
class Reservation:
    id: int
    sent_at: float
    tokens: int
    settled: bool = False
    in_ledger: bool = False  # a row of the pacing ledger (`id` is its row), not only in this process


def wait_for_room(limits: QuotaLimits, tokens: int, now: float, sent: Sequence[Sent], not_before: float = 0.0) -> float:
    """Seconds until a request of `tokens` fits the quota (0: now), after the requests `sent`
    ((sent at, tokens), oldest first) and any pause after a 429 (`not_before`)."""
    window = [entry for entry in sent if entry[0] > now - limits.window_s]
    day = [entry for entry in sent if entry[0] > now - DAY_S]
    waits = [
        not_before - now,
        _until_room(window, limits.tokens_per_window, tokens, limits.window_s, now),
        _until_room(day, limits.tokens_per_day, tokens, DAY_S, now),
    ]
    if len(window) >= limits.requests_per_window:  # as many of the oldest must leave as are over
        waits.append(window[len(window) - limits.requests_per_window][0] + limits.window_s - now)
    return max(0.0, *waits)


def _until_room(sent: Sequence[Sent], limit: int, tokens: int, span: float, now: float) -> float:
    """How long until enough of `sent`'s oldest requests leave their span for `tokens` to fit."""
    used = sum(spent for _at, spent in sent)
    if used + tokens <= limit:
        return 0.0
    freed = 0
    for at, spent in sent:
        freed += spent
        if used - freed + tokens <= limit:
            return at + span - now
    return span


Judge = Callable[[float, list[Sent], float], float]  # (now, sent, not before) → seconds to wait


class LocalLog:
    """This process's own requests, in memory: the log of a pacer that shares nothing."""

    in_thread = False  # nothing blocks: reserve on the event loop

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._sent: deque[Reservation] = deque()  # within the last day, oldest first
        self._not_before = 0.0
        self._ids = itertools.count()

    def snapshot(self) -> tuple[float, list[Sent], float]:
        now = self.clock()
        return now, sorted((r.sent_at, r.tokens) for r in self._sent if r.sent_at > now - DAY_S), self._not_before

    def reserve(self, tokens: int, wait_for: Judge) -> tuple[Reservation | None, float]:
        now, sent, not_before = self.snapshot()
        while self._sent and self._sent[0].sent_at <= now - DAY_S:
            self._sent.popleft()
        wait = wait_for(now, sent, not_before)
        if wait > 0:
            return None, wait
        reservation = Reservation(next(self._ids), now, tokens)
        self._sent.append(reservation)
        return reservation, 0.0

    def sent(self, reservation: Reservation) -> None:
        reservation.sent_at = max(reservation.sent_at, self.clock())

    def settle(self, reservation: Reservation, tokens: int | None) -> None:
        if tokens is not None:
            reservation.tokens = tokens
        reservation.settled = True

    def release(self, reservation: Reservation) -> None:
        if reservation in self._sent:
            self._sent.remove(reservation)

    def hold(self, seconds: float) -> None:
        self._not_before = max(self._not_before, self.clock() + seconds)

    def seed(self, sent: list[Sent], wall_now: float | None = None) -> None:
        """Requests sent before, as (wall-clock time, tokens), placed on this log's clock."""
        wall_now = time.time() if wall_now is None else wall_now
        now = self.clock()
        for wall, tokens in sorted(sent):
            age = wall_now - wall
            if 0 <= age < DAY_S:
                self._sent.append(Reservation(next(self._ids), now - age, tokens, settled=True))


class SharedLog:
    """The requests of every pixdesk process of this user for one quota: the pacing ledger's rows
    for `key`, plus (here only) the history's requests from before the ledger's memory begins.
    If the ledger fails — a damaged or unwritable file — this process goes on pacing alone."""

    def __init__(self, ledger: PacingLedger, key: str) -> None:
        self.ledger, self.key = ledger, key
        self.clock = ledger.clock
        self._own = LocalLog(ledger.clock)  # on the ledger's wall clock, so both logs' times compare
        self._shared = True

    @property
    def in_thread(self) -> bool:
        return self._shared  # SQLite may wait for another process's transaction: not on the event loop

    @contextlib.contextmanager
    def _or_alone(self) -> Iterator[None]:
        try:
            yield
        except LedgerUnavailable as error:
            log.warning(
                "The pacing ledger %s cannot be used (%s): this process paces alone now.", self.ledger.path, error
            )
            self._shared = False

    def snapshot(self) -> tuple[float, list[Sent], float]:
        now, own, own_hold = self._own.snapshot()
        if self._shared:
            with self._or_alone():
                now, shared, hold = self.ledger.snapshot(self.key)
                return now, sorted(shared + own), max(hold, own_hold)
        return now, own, own_hold

    def reserve(self, tokens: int, wait_for: Judge) -> tuple[Reservation | None, float]:
        if self._shared:
            _now, own, own_hold = self._own.snapshot()

            def judge(now: float, shared: list[Sent], hold: float) -> float:
                return wait_for(now, sorted(shared + own), max(hold, own_hold))

            with self._or_alone():
                row, wait = self.ledger.reserve(self.key, tokens, judge)
                return (None if row is None else Reservation(row, self.clock(), tokens, in_ledger=True)), wait
        return self._own.reserve(tokens, wait_for)

    def sent(self, reservation: Reservation) -> None:
        if not reservation.in_ledger:
            self._own.sent(reservation)
        elif self._shared:
            with self._or_alone():
                self.ledger.mark_sent(reservation.id)

    def settle(self, reservation: Reservation, tokens: int | None) -> None:
        if not reservation.in_ledger:
            self._own.settle(reservation, tokens)
        elif self._shared:
            with self._or_alone():
                self.ledger.settle(reservation.id, tokens)

    def release(self, reservation: Reservation) -> None:
        if not reservation.in_ledger:
            self._own.release(reservation)
        elif self._shared:
            with self._or_alone():
                self.ledger.release(reservation.id)

    def hold(self, seconds: float) -> None:
        self._own.hold(seconds)
        if self._shared:
            with self._or_alone():
                self.ledger.hold(self.key, seconds)  # a 429 here holds back every process, not just this one

    def seed(self, sent: list[Sent], wall_now: float | None = None) -> None:
        """The history's requests: only those from before the ledger's first row, which it never saw
        (the later ones are in the ledger already, and must not count twice)."""
        first = None
        if self._shared:
            with self._or_alone():
                first = self.ledger.earliest()
        self._own.seed([(at, tokens) for at, tokens in sent if first is None or at < first], wall_now)


class QuotaPacer:
    """Paces the requests to one (credentials, geography)'s quota: before each, waits until it
    fits among what was sent lately — by this process alone (LocalLog), or by every pixdesk
    process of the user (SharedLog)."""

    def __init__(
        self,
        limits: QuotaLimits | None = None,
        clock: Callable[[], float] = time.monotonic,
        log: LocalLog | SharedLog | None = None,
    ) -> None:
        self.limits = limits or QuotaLimits()
        self.log = log if log is not None else LocalLog(clock)
        self.throttled = 0  # 429s met anyway (for the window and the benchmarks)

    def check(self, tokens: int) -> None:
        """KnownError if a request of `tokens` can never fit (bigger than a whole window's quota)."""
        if tokens > self.limits.tokens_per_window or tokens > self.limits.tokens_per_day:
            raise KnownError(
                Kind.BAD_INPUT,
                translate(
                    "quota", "This request needs about {tokens} tokens, more than the quota allows ({limit} a minute)."
                ).format(tokens=Grouped(tokens), limit=Grouped(self.limits.tokens_per_window)),
                Action.FIX_INPUT,
                translate(
                    "quota",
                    "Send fewer or smaller images, or lower the longest answer in Settings; if your account's "
                    "quota was raised, enter it in Settings.",
                ),
            )

    def _judge(self, tokens: int) -> Judge:
        return lambda now, sent, not_before: wait_for_room(self.limits, tokens, now, sent, not_before)

    def wait_s(self, tokens: int) -> float:
        """Seconds until a request of `tokens` fits (0: now)."""
        return self._judge(tokens)(*self.log.snapshot())

    def try_reserve(self, tokens: int) -> tuple[Reservation | None, float]:
        """Reserve `tokens` if they fit now — checked and taken at once, so no other process can
        take the same room in between; else (None, seconds to wait)."""
        return self.log.reserve(tokens, self._judge(tokens))

    def reserve(self, tokens: int) -> Reservation:
        """Reserve `tokens` whether or not they fit (tests: a quota already used)."""
        reservation, _wait = self.log.reserve(tokens, lambda *_: 0.0)
        assert reservation is not None
        return reservation

    async def acquire(self, tokens: int, on_wait: Callable[[float], None] | None = None) -> Reservation:
        """Wait until a request of `tokens` fits, then reserve it. `on_wait(seconds)` is told how
        long the wait still is, about every second (the window counts it down)."""
        self.check(tokens)
        while True:
            reservation, wait = await self._try_reserve_off_loop(tokens)
            if reservation is not None:
                return reservation
            if on_wait is not None:
                on_wait(wait)
            await asyncio.sleep(min(wait, 1.0))

    async def _try_reserve_off_loop(self, tokens: int) -> tuple[Reservation | None, float]:
        """try_reserve, in a worker thread if the log may block (SQLite waiting for another
        process). The waiting task may be cancelled meanwhile (Esc, Ctrl+C): whichever comes
        second — the slot, or the giving up — gives the slot back, so no abandoned wait keeps one."""
        if not self.log.in_thread:
            return self.try_reserve(tokens)
        lock = threading.Lock()
        taken: list[Reservation] = []
        abandoned = False

        def attempt() -> tuple[Reservation | None, float]:
            reservation, wait = self.try_reserve(tokens)
            with lock:
                if reservation is not None and abandoned:
                    self.release(reservation)
                elif reservation is not None:
                    taken.append(reservation)
            return reservation, wait

        try:
            return await asyncio.to_thread(attempt)
        except asyncio.CancelledError:
            with lock:
                abandoned = True
                for reservation in taken:  # (taken, but the task was cancelled before it could have it)
                    self.release(reservation)
            raise

    def sent(self, reservation: Reservation) -> None:
        """Bedrock has accepted the request (its answer began): count it from now. Bedrock
        counted it on arrival, a moment earlier — so the pacer's window ends, if anything, a
        little after Bedrock's, never before (reserving happens before the client is even built)."""
        self.log.sent(reservation)

    def settle(self, reservation: Reservation, tokens: int | None) -> None:
        """The request ended: count what Bedrock reported (None: keep the reservation as it is)."""
        self.log.settle(reservation, tokens)

    def release(self, reservation: Reservation) -> None:
        """The request was not counted by Bedrock (throttled, or it never left): forget it."""
        self.log.release(reservation)

    def back_off(self, attempt: int, base_s: float = 2.0, cap_s: float = 60.0) -> float:
        """A 429 met anyway: pause for a jittered, growing delay (every process sharing the log
        pauses too: the quota is full for all of them); returns it."""
        self.throttled += 1
        delay = random.uniform(base_s / 2, min(cap_s, base_s * 2 ** max(0, attempt - 1)))
        self.log.hold(delay)
        return delay

    def seed(self, sent: list[Sent], wall_now: float | None = None) -> None:
        """Requests sent before this process started (from the history), as (wall-clock time,
        tokens): a fresh `pixdesk ask` right after a batch must not overrun the quota."""
        self.log.seed(sent, wall_now)


def quota_key(connection: Connection) -> tuple[str, str]:
    """Whose quota a request counts against: the credentials, and the inference profile's geography."""
    try:
        geography = catalog.region(connection.region).geography.key
    except KeyError:
        geography = connection.region
    who = (
        "api-key"
        if connection.api_key
        else f"profile:{connection.profile}"
        if connection.profile
        else "default-credentials"
    )
    return who, geography


USER_LEDGER = "user"  # QuotaScheduler(ledger=…): the ledger all of this user's pixdesk processes share


def open_user_ledger() -> PacingLedger | None:
    """The pacing ledger beside the history; None (and a warning) if it cannot be opened — then
    each process paces alone, as before there was a ledger."""
    try:
        return PacingLedger(ledger_path())
    except LedgerUnavailable as error:
        log.warning("The pacing ledger cannot be opened (%s): this process paces alone.", error)
        return None


class QuotaScheduler:
    """One pacer per (credentials, geography), all with the same limits: the ones it was given
    (the window's Settings, `batch --quota`), or — given none, like `pixdesk ask` — those a running
    pixdesk process declared in the ledger, else Bedrock's defaults.

    `ledger`: USER_LEDGER (the default) paces together with every pixdesk process of this user;
    a PacingLedger, with the processes using that file; None, this process alone."""

    def __init__(
        self,
        limits: Callable[[], QuotaLimits] | QuotaLimits | None = None,
        clock: Callable[[], float] = time.monotonic,
        ledger: PacingLedger | str | None = USER_LEDGER,
    ) -> None:
        self._told = limits is not None
        self._limits = limits if callable(limits) else (lambda: limits or QuotaLimits())
        self._clock = clock  # (for pacers without a ledger; the ledger keeps wall-clock time)
        self._ledger_choice = ledger
        self._pacers: dict[tuple[str, str], QuotaPacer] = {}
        self._earlier: dict[str, list[tuple[float, int]]] = {}  # geography → (wall time, tokens)
        self._declared: dict[str, QuotaLimits] = {}
        self._lock = threading.Lock()

    @property
    def ledger(self) -> PacingLedger | None:
        choice = self._ledger_choice
        if isinstance(choice, str):  # USER_LEDGER: opened on first use, constructing touches no file
            choice = self._ledger_choice = open_user_ledger()
        return choice

    def remember(self, sent: list[tuple[float, int, str]]) -> None:
        """Requests this account sent before (wall time, tokens, inference profile id), from the
        history: each new pacer of that geography starts with them. (Which credentials sent them
        is not recorded, so every pacer of the geography counts them: the careful reading.)"""
        for wall, tokens, profile_id in sent:
            self._earlier.setdefault(profile_id.split(".", 1)[0], []).append((wall, tokens))

    def pacer(self, connection: Connection) -> QuotaPacer:
        """The pacer for `connection`'s quota (opening the ledger the first time, and reading or
        declaring its limits there every time: call it off the event loop, where SQLite may wait
        for another pixdesk process; it may be called from several threads)."""
        with self._lock:
            return self._pacer(connection)

    def known_limits(self, connection: Connection) -> QuotaLimits:
        """The limits `connection` is paced to, as last read: its pacer's, else the ones this
        process was told. No file is touched: for a plan's or a progress line's arithmetic, on
        the event loop."""
        with self._lock:
            pacer = self._pacers.get(quota_key(connection))
        return pacer.limits if pacer is not None else self._limits()

    def _pacer(self, connection: Connection) -> QuotaPacer:
        key = quota_key(connection)
        limits = self._limits_for(key)
        pacer = self._pacers.get(key)
        if pacer is None:
            ledger = self.ledger
            log = LocalLog(self._clock) if ledger is None else SharedLog(ledger, "|".join(key))
            pacer = self._pacers[key] = QuotaPacer(limits, self._clock, log)
            pacer.seed(self._earlier.get(key[1], []))
        pacer.limits = limits  # Settings may have changed (a raised quota)
        return pacer

    def _limits_for(self, key: tuple[str, str]) -> QuotaLimits:
        """The limits to pace `key` to; told ones are declared in the ledger for processes told none."""
        ledger, name = self.ledger, "|".join(key)
        if ledger is None:
            return self._limits()
        try:
            if self._told:
                limits = self._limits()
                if self._declared.get(name) != limits:  # (a write only when Settings changed)
                    ledger.declare(name, dataclasses.astuple(limits))
                    self._declared[name] = limits
                return limits
            declared = ledger.declared(name)
        except LedgerUnavailable as error:
            log.warning("The pacing ledger cannot be used (%s): pacing to the quota this process knows.", error)
            return self._limits()
        return QuotaLimits(*declared) if declared is not None else self._limits()


def utc_day_start(now: datetime.datetime | None = None) -> datetime.datetime:
    now = now or datetime.datetime.now(datetime.UTC)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def minutes(seconds: float) -> str:
    """A wait or an ETA for people: "12 s", "3 min", "1 h 5 min"."""
    if seconds < 60:
        return translate("quota", "{seconds} s").format(seconds=max(1, math.ceil(seconds)))
    total = math.ceil(seconds / 60)
    if total < 60:
        return translate("quota", "{minutes} min").format(minutes=total)
    return translate("quota", "{hours} h {minutes} min").format(hours=total // 60, minutes=total % 60)
