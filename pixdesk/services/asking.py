"""One question, one answer: drive the engine's stream into an Answer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import aclosing

from pixdesk import catalog
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import Answer, AskRequest, Connection, StreamEvent


def new_answer(request: AskRequest, connection: Connection) -> Answer:
    try:
        profile_id = catalog.region(connection.region).profile_id
    except KeyError:
        profile_id = ""
    return Answer(region=connection.region, profile_id=profile_id, tier_requested=request.tier)


async def ask(engine: BedrockEngine, request: AskRequest, connection: Connection, answer: Answer,
              on_event: Callable[[StreamEvent], None] | None = None) -> Answer:
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
