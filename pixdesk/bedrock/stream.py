"""Stream an answer from ConverseStream as an async iterator of typed events.

boto3 is blocking, so each call runs in its own worker thread that hands events to the asyncio
loop through `call_soon_threadsafe`. Closing the iterator (Stop, or task cancellation) shuts
the HTTP socket down from the loop's side, which wakes the worker's blocked read at once; the
worker then closes the stream and ends. Always consume with `contextlib.aclosing`, so
breaking out of the loop closes the stream immediately rather than at garbage collection.
"""

from __future__ import annotations

import asyncio
import collections
import math
import random
import socket
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

from pixdesk import catalog
from pixdesk.bedrock.client import ClientFactory
from pixdesk.bedrock.errors import map_exception
from pixdesk.bedrock.request import build_converse_args
from pixdesk.domain import AskRequest, Connection, Failed, Started, Stopped, StreamEvent, TextDelta, Usage
from pixdesk.errors import Kind, KnownError

_END = object()  # the worker's last word on the queue
_CREDENTIAL_KINDS = {Kind.NO_CREDENTIALS, Kind.EXPIRED_CREDENTIALS, Kind.INVALID_CREDENTIALS}
# Mid-stream exception events botocore never retries; safe to retry while nothing was shown.
_RETRY_MIDSTREAM = {
    Kind.THROTTLED,
    Kind.SERVICE_UNAVAILABLE,
    Kind.SERVICE_ERROR,
    Kind.MODEL_NOT_READY,
    Kind.CONNECTION_LOST,
}


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of failures that arrive inside the stream before any text (botocore retries the
    call itself). Delays are exponential with full jitter."""

    attempts: int = 3
    base_delay_s: float = 1.0
    max_delay_s: float = 20.0

    def delay(self, attempt: int) -> float:
        return random.uniform(0, min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1)))


@dataclass(frozen=True)
class _Failure:
    error: KnownError
    mid_stream: bool  # the service had accepted the call when it failed


class _Call:
    """One ConverseStream call's cancellation state, shared by the loop and the worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stream: Any = None
        self.cancelled = False

    def attach(self, stream: Any) -> None:
        with self._lock:
            self._stream = stream
            cancelled = self.cancelled
        if cancelled:
            _shut_down(stream)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            stream = self._stream
        if stream is not None:
            _shut_down(stream)

    def close(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.close()
            except Exception:  # noqa: BLE001 - closing a broken stream may complain; it is closed all the same
                pass


# At most one wake-up of the loop per this long: tokens arrive one by one (500 a second at
# Bedrock's fastest), and waking the window's thread for each cost it a tenth of its time; the
# window redraws 20 times a second, so gathering them for 20 ms is never seen.
WAKE_INTERVAL_S = 0.02


class _Mailbox:
    """Hands items from the worker thread to the loop, waking the loop once per batch rather
    than once per token (and at most once per `interval_s`): a 16K-token answer would otherwise
    cost 16K wake-ups of the window's thread."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        interval_s: float = WAKE_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._loop = loop
        self._interval_s = interval_s
        self._clock = clock
        self._items: collections.deque[Any] = collections.deque()
        self._lock = threading.Lock()
        self._wake_pending = False
        self._last_wake = -math.inf
        self._text_seen = False  # the answer's first words are never held back
        self._waiter: asyncio.Future[None] | None = None

    def put(self, item: Any) -> None:  # worker thread
        with self._lock:
            self._items.append(item)
            first_words = isinstance(item, TextDelta) and not self._text_seen
            self._text_seen = self._text_seen or first_words
            # The first words, the end and a failure are never held back (Stop returns at once).
            urgent = first_words or item is _END or isinstance(item, _Failure)
            if self._wake_pending and not urgent:
                return
            self._wake_pending = True
            delay = 0.0 if urgent else self._last_wake + self._interval_s - self._clock()
        try:
            if delay <= 0:  # those, the first item, or the first after a quiet spell: at once
                self._loop.call_soon_threadsafe(self._wake)
            else:
                self._loop.call_soon_threadsafe(self._loop.call_later, delay, self._wake)
        except RuntimeError:  # the loop is gone (app quitting): nobody is listening
            pass

    def _wake(self) -> None:  # loop thread
        with self._lock:
            self._wake_pending = False
            self._last_wake = self._clock()
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def take(self) -> list[Any]:  # loop thread: everything that has arrived, at least one item
        while True:
            with self._lock:
                if self._items:
                    batch = list(self._items)
                    self._items.clear()
                    return batch
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None


def _shut_down(stream: Any) -> None:
    """Wake a thread blocked reading `stream` by shutting its socket down (close alone does not)."""
    raw = getattr(stream, "_raw_stream", None)
    connection = getattr(raw, "connection", None) or getattr(raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain-socket call, also for TLS
        except OSError:
            pass


def translate(event: dict[str, Any]) -> StreamEvent | None:
    """One ConverseStream event → our event (None for those we do not need)."""
    if "contentBlockDelta" in event:
        text = event["contentBlockDelta"].get("delta", {}).get("text")
        return TextDelta(text) if text else None
    if "messageStop" in event:
        return Stopped(event["messageStop"].get("stopReason", "end_turn"))
    if "metadata" in event:
        meta = event["metadata"]
        usage = meta.get("usage", {})
        served = catalog.tier_from_wire(meta.get("serviceTier", {}).get("type"))
        return Usage(
            input_tokens=int(usage.get("inputTokens", 0)),
            output_tokens=int(usage.get("outputTokens", 0)),
            total_tokens=int(usage.get("totalTokens", 0)),
            latency_ms=meta.get("metrics", {}).get("latencyMs"),
            tier_served=served.key if served else None,
        )
    return None


class BedrockEngine:
    """Asks Pixtral Large and streams the answer. Safe to share; one instance per app."""

    def __init__(self, factory: ClientFactory | None = None, retry: RetryPolicy | None = None) -> None:
        self.factory = factory or ClientFactory()
        self.retry = retry or RetryPolicy()

    def warm_up(self, connection: Connection) -> None:
        """Build the client for `connection` now (blocking; call from a worker thread), so the
        first question does not pay for it. Problems are left for the real call to report."""
        try:
            self.factory.client(connection)
        except Exception:  # noqa: BLE001 - reported properly when a question is asked
            pass

    async def stream(self, request: AskRequest, connection: Connection) -> AsyncIterator[StreamEvent]:
        """Yield Started, TextDelta…, Stopped, Usage; or Failed(error) as the last event.

        Never raises for service, network or input problems: they arrive as Failed."""
        try:
            args = build_converse_args(request, connection.region)
        except KnownError as error:
            yield Failed(error)
            return
        for attempt in range(1, self.retry.attempts + 1):
            failure: _Failure | None = None
            shown_text = False
            async with aclosing(self._one_call(args, connection)) as events:
                async for event in events:
                    if isinstance(event, _Failure):
                        failure = event
                        break
                    shown_text = shown_text or isinstance(event, TextDelta)
                    yield event
            if failure is None:
                return
            if failure.error.kind in _CREDENTIAL_KINDS:
                self.factory.forget(connection)  # re-read credentials next time (e.g. after SSO login)
            retry = (
                failure.mid_stream
                and not shown_text
                and failure.error.kind in _RETRY_MIDSTREAM
                and attempt < self.retry.attempts
            )
            if not retry:
                yield Failed(failure.error)
                return
            await asyncio.sleep(self.retry.delay(attempt))

    async def _one_call(self, args: dict[str, Any], connection: Connection) -> AsyncGenerator[Any, None]:
        mailbox = _Mailbox(asyncio.get_running_loop())
        call = _Call()
        worker = threading.Thread(
            target=self._run, args=(call, args, connection, mailbox.put), name="pixdesk-bedrock-stream", daemon=True
        )
        worker.start()
        finished = False  # the worker has posted its last word (it is always the last in a batch)
        try:
            while not finished:
                batch = await mailbox.take()
                finished = batch[-1] is _END
                for item in _joined_text(batch):
                    if item is not _END:
                        yield item
        finally:
            if finished:
                worker.join(timeout=0.5)  # its last act was to post _END: it is returning
            else:
                call.cancel()
                await _wait_for_end(mailbox, timeout_s=0.5)
                worker.join(timeout=0.05)

    def _run(self, call: _Call, args: dict[str, Any], connection: Connection, emit: Callable[[Any], None]) -> None:
        accepted = False
        try:
            client = self.factory.client(connection)
            if call.cancelled:
                return
            response = client.converse_stream(**args)
            accepted = True
            call.attach(response["stream"])
            emit(Started(response.get("ResponseMetadata", {}).get("RequestId")))
            for raw_event in response["stream"]:
                if call.cancelled:
                    break
                event = translate(raw_event)
                if event is not None:
                    emit(event)
        except Exception as exc:  # noqa: BLE001 - every failure is reported as an event, never lost in a thread
            if not call.cancelled:
                emit(_Failure(map_exception(exc, connection.region, connection.profile), accepted))
        finally:
            call.close()
            emit(_END)


def _joined_text(batch: list[Any]) -> list[Any]:
    """`batch` with each run of text pieces joined into one: whoever reads the stream handles a
    batch's words once, not once per token."""
    joined: list[Any] = []
    for item in batch:
        if isinstance(item, TextDelta) and joined and isinstance(joined[-1], TextDelta):
            joined[-1] = TextDelta(joined[-1].text + item.text)
        else:
            joined.append(item)
    return joined


async def _wait_for_end(mailbox: _Mailbox, timeout_s: float) -> None:
    async def drain() -> None:
        while _END not in await mailbox.take():
            pass

    try:
        await asyncio.wait_for(drain(), timeout_s)
    except TimeoutError:
        pass  # still connecting: the worker exits by itself once the connect attempt ends
