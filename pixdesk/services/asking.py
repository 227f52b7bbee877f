"""One question, one answer: drive the engine's stream into an Answer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import aclosing

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

    def event(item: StreamEvent) -> None:
        if isinstance(item, Started):
            pacer.sent(reservation)
        if on_event is not None:
            on_event(item)

    try:
        await ask(engine, request, connection, answer, event)
    except BaseException:
        pacer.settle(reservation, None)  # stopped mid-way: Bedrock counted it
        raise
    error = answer.error
    if error is not None and error.kind in (Kind.THROTTLED, Kind.MODEL_NOT_READY) and not answer.text:
        pacer.release(reservation)
        pacer.back_off(attempt)
    elif answer.usage is not None:
        pacer.settle(reservation, answer.usage.input_tokens + answer.usage.output_tokens)
    else:
        pacer.settle(reservation, None)
    return answer
