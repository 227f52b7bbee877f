"""Record a conversation turn in the history store while it streams."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from pixdesk.domain import Answer, StreamEvent, TextDelta
from pixdesk.services.history import HistoryWriter
from pixdesk.store.history import HistoryStore

CHECKPOINT_EVERY_S = 1.0  # at most a second of a streaming answer can be lost to a crash


class AnswerRecorder:
    """Feed it the stream's events; it checkpoints the growing text at most once a second.
    Call finish() when the answer has ended (or failed, or was stopped)."""

    def __init__(
        self, store: HistoryStore, conversation_id: int, answer: Answer, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._store, self._answer, self._clock = store, answer, clock
        self.message_id = store.start_answer(conversation_id, answer)
        self._last = clock()

    def __call__(self, event: StreamEvent) -> None:
        if isinstance(event, TextDelta) and self._clock() - self._last >= CHECKPOINT_EVERY_S:
            self._store.checkpoint_answer(self.message_id, self._answer.text)
            self._last = self._clock()

    def finish(self) -> None:
        self._store.finish_answer(self.message_id, self._answer)


class TurnRecorder:
    """AnswerRecorder for a history kept on its own thread (HistoryWriter): the answer was started
    there; checkpoints are queued in order with every other write, and finish() waits until the
    answer is written. From Workspace.record_turn."""

    def __init__(
        self, history: HistoryWriter, message_id: int, answer: Answer, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._history, self._answer, self._clock = history, answer, clock
        self.message_id = message_id
        self._last = clock()

    def __call__(self, event: StreamEvent) -> None:
        if isinstance(event, TextDelta) and self._clock() - self._last >= CHECKPOINT_EVERY_S:
            self._history.submit(self._history.store.checkpoint_answer, self.message_id, self._answer.text)
            self._last = self._clock()

    def finish(self) -> None:
        self._history.run_now(self._history.store.finish_answer, self.message_id, self._answer)

    async def finished(self) -> None:
        """finish(), for a loop that must not wait on the disk (the window's): awaited, not
        blocking. The answer is written even if the awaiting task is cancelled (Stop)."""
        written = self._history.submit(self._history.store.finish_answer, self.message_id, self._answer)
        await asyncio.shield(asyncio.wrap_future(written))
