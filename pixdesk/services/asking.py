"""One question, one answer: drive the engine's stream into an Answer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import aclosing
from typing import Any

from pixdesk import catalog
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import Answer, AskRequest, Connection, Started, StreamEvent
from pixdesk.errors import Kind, KnownError
from pixdesk.services.quota import QuotaPacer, request_cost


def new_answer(request: AskRequest, connection: Connection) -> Answer:
    try:
        profile_id = catalog.region(connection.region).profile_id
    except KeyError:
        profile_id = ""
    return Answer(region=connection.region, profile_id=profile_id, tier_requested=request.tier)


async def ask(
    engine: BedrockEngine,
    request: AskRequest,
    connection: Connection,
    answer: Answer,
    on_event: Callable[[StreamEvent], None] | None = None,
) -> Answer:
    """Stream the answer into `answer` (the caller keeps it, so a cancelled answer keeps its text).

    Cancelling the awaiting task closes the HTTP stream at once and marks the answer cancelled."""
    try:
        async with aclosing(engine.stream(request, connection)) as events:
            async for event in events:
                answer.apply(event)
                if on_event is not None:
                    on_event(event)
    except asyncio.CancelledError:
        answer.cancelled = True
        raise
    return answer


async def paced_ask(
    engine: BedrockEngine,
    pacer: QuotaPacer | None,
    request: AskRequest,
    connection: Connection,
    answer: Answer,
    on_event: Callable[[StreamEvent], None] | None = None,
    on_wait: Callable[[float], None] | None = None,
    attempt: int = 1,
) -> Answer:
    """`ask`, once the quota has room for the request (`on_wait(seconds)` while it waits, then
    `on_wait(0)`); the reservation is settled to what Bedrock reported. A 429 met anyway releases
    it and pauses the pacer for a jittered backoff. A request larger than the whole quota fails
    like any other, in `answer.error`."""
    if pacer is None:
        return await ask(engine, request, connection, answer, on_event)
    waited = False

    def waiting(seconds: float) -> None:
        nonlocal waited
        waited = True
        if on_wait is not None:
            on_wait(seconds)

    try:
        reservation = await pacer.acquire(request_cost(request), waiting)
    except KnownError as error:
        answer.error = error
        return answer
    if waited and on_wait is not None:
        on_wait(0.0)

    writes = LogWrites(pacer.log.in_thread)

    def event(item: StreamEvent) -> None:
        if isinstance(item, Started):
            writes.later(pacer.sent, reservation)
        if on_event is not None:
            on_event(item)

    try:
        await ask(engine, request, connection, answer, event)
    except BaseException:
        writes.now(pacer.settle, reservation, None)  # stopped mid-way: Bedrock counted it
        raise
    error = answer.error
    if error is not None and error.kind in (Kind.THROTTLED, Kind.MODEL_NOT_READY) and not answer.text:
        writes.later(pacer.release, reservation)
        writes.later(pacer.back_off, attempt)
    elif answer.usage is not None:
        writes.later(pacer.settle, reservation, answer.usage.input_tokens + answer.usage.output_tokens)
    else:
        writes.later(pacer.settle, reservation, None)
    await writes.done()  # (the next attempt's reservation must see them)
    return answer


class LogWrites:
    """A pacer's changes to its log for one request, in the order they are made — in a thread of
    their own when the log may block (the shared ledger: SQLite, which waits for another pixdesk
    process's transaction), so that the event loop, the window's thread, never waits on it: the
    ledger's writes as an answer began and ended held the window 2–3 ms each on a quiet disk.
    In memory (LocalLog), each change is made at once."""

    def __init__(self, off_loop: bool) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pixdesk-pacing") if off_loop else None
        self._last: Future[Any] | None = None

    def later(self, change: Callable[..., Any], *args: Any) -> None:
        if self._thread is None:
            change(*args)
        else:
            self._last = self._thread.submit(change, *args)

    def now(self, change: Callable[..., Any], *args: Any) -> None:
        """Make it, and wait for it (and every change before it)."""
        self.later(change, *args)
        try:
            if self._last is not None:
                self._last.result()
        finally:
            self._close()

    async def done(self) -> None:
        """Every change made (waited for off the loop)."""
        try:
            if self._last is not None:
                await asyncio.wrap_future(self._last)
        finally:
            self._close()

    def _close(self) -> None:
        if self._thread is not None:
            self._thread.shutdown(wait=False)  # (its queue is drained first)
