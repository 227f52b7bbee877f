"""The window's side of the history store: every store call runs on one dedicated thread (SQLite
wants one thread at a time, and fsyncs must not block the GUI), awaited from the asyncio loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from pixdesk.domain import Answer, Attachment, Role, Usage
from pixdesk.errors import Kind, KnownError
from pixdesk.store.history import ConversationSummary as ConversationSummary  # for the UI and CLI's lists
from pixdesk.store.history import HistoryStore, StoredMessage
from pixdesk.store.snippets import Snippet as Snippet  # search results, for the UI's sidebar

T = TypeVar("T")


class HistoryWriter:
    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pixdesk-history")

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, function, *args)

    def run_now(self, function: Callable[..., T], *args: Any) -> T:
        """Blocking, on the store's thread (in turn with everything else): for start-up and tests."""
        return self._thread.submit(function, *args).result()

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        """In order with every other call, without waiting (checkpoints while streaming). It runs
        even if nobody waits for the Future, and even if whoever awaits it is cancelled."""
        return self._thread.submit(function, *args)

    def close(self) -> None:
        self._thread.submit(self.store.close)
        self._thread.shutdown(wait=True)


def attachments_of(store: HistoryStore, message: StoredMessage) -> tuple[Attachment, ...]:
    return tuple(
        Attachment(store.attachment_bytes(a.sha256), a.format, a.width, a.height, a.source_name, a.placement)
        for a in message.attachments
    )


def answer_of(message: StoredMessage) -> Answer:
    audit = message.audit
    answer = Answer(
        text=message.text,
        stop_reason=audit.get("stop_reason"),
        request_id=audit.get("request_id"),
        region=str(audit.get("region", "")),
        profile_id=str(audit.get("profile_id", "")),
        tier_requested=str(audit.get("tier_requested", "")),
    )
    if audit.get("error_kind"):
        kind = next((k for k in Kind if k.code == audit["error_kind"]), Kind.SERVICE_ERROR)
        answer.error = KnownError(kind, str(audit.get("error_message") or "The answer failed."))
    if audit.get("input_tokens") is not None:
        answer.usage = Usage(
            int(audit["input_tokens"]),
            int(audit.get("output_tokens") or 0),
            int(audit["input_tokens"]) + int(audit.get("output_tokens") or 0),
            audit.get("latency_ms"),
            audit.get("tier_served"),
        )
    return answer


def turns_of(messages: list[StoredMessage]) -> list[tuple[StoredMessage, StoredMessage | None]]:
    """Pair each question with its answer (None when the answer was never started)."""
    pairs: list[tuple[StoredMessage, StoredMessage | None]] = []
    for message in messages:
        if message.role == Role.USER.value:
            pairs.append((message, None))
        elif pairs and pairs[-1][1] is None:
            pairs[-1] = (pairs[-1][0], message)
    return pairs
