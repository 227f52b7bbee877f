"""A conversation: ask, stream, stop, retry, edit the last question, start over.

No Qt. The window listens through `ChatListener`; everything runs on the asyncio loop (under
qasync, the Qt thread), so listeners may touch widgets directly."""

from __future__ import annotations

import asyncio
import enum
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import (
    Answer,
    AskedRegion,
    AskRequest,
    Attachment,
    Connection,
    Mark,
    MarkKind,
    Role,
    StreamEvent,
    TextDelta,
    Turn,
)
from pixdesk.errors import Kind, KnownError
from pixdesk.services.asking import new_answer, paced_ask
from pixdesk.services.context import fit_context
from pixdesk.services.history import HistoryWriter, answer_of, attachments_of, turns_of
from pixdesk.services.quota import QuotaScheduler
from pixdesk.services.recording import CHECKPOINT_EVERY_S

log = logging.getLogger(__name__)


class Status(enum.Enum):
    STREAMING = "streaming"
    WAITING = "waiting"  # throttled: counting down to an automatic retry
    DONE = "done"
    STOPPED = "stopped"  # the person pressed Stop: partial answer kept
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # pixdesk was closed (or crashed) while this answer was written


@dataclass(eq=False)  # identity: two identical questions are still two exchanges
class Exchange:
    question: str
    attachments: tuple[Attachment, ...]
    answer: Answer
    status: Status = Status.STREAMING
    wait_left_s: int = 0
    waiting_for_quota: bool = False  # WAITING for room in the quota (not after a 429)
    region: AskedRegion | None = None  # asked about an area of a reviewed document


@dataclass(frozen=True)
class AskOptions:
    system: str = ""
    max_tokens: int = 4096
    temperature: float | None = None
    tier: str = "standard"


class ChatListener(Protocol):
    """What the session tells its listener (the window). Called directly: a listener must have
    every method (ChatSession refuses one that lacks any), so a misspelt name fails at once
    instead of never being called."""

    def exchange_added(self, exchange: Exchange) -> None: ...
    def text_arrived(self, exchange: Exchange, text: str) -> None: ...
    def exchange_changed(self, exchange: Exchange) -> None: ...  # status, wait, usage, error
    def exchanges_reset(self) -> None: ...
    def notice(self, text: str) -> None: ...  # something the person should know, in a sentence


class _NoListener:
    """Stands in when nobody listens (the CLI, tests): every event goes nowhere."""

    def exchange_added(self, exchange: Exchange) -> None:
        pass

    def text_arrived(self, exchange: Exchange, text: str) -> None:
        pass

    def exchange_changed(self, exchange: Exchange) -> None:
        pass

    def exchanges_reset(self) -> None:
        pass

    def notice(self, text: str) -> None:
        pass


_NOBODY = _NoListener()
_LISTENER_METHODS = tuple(name for name in vars(ChatListener) if not name.startswith("_"))


def checked_listener(listener: object) -> ChatListener:
    """`listener`, if it has every ChatListener method; TypeError naming the missing ones."""
    missing = [name for name in _LISTENER_METHODS if not callable(getattr(listener, name, None))]
    if missing:
        raise TypeError(f"{type(listener).__name__} is not a ChatListener: it lacks {', '.join(missing)}")
    return listener  # type: ignore[return-value]


_STORED_STATUS = {
    "complete": Status.DONE,
    "stopped": Status.STOPPED,
    "failed": Status.FAILED,
    "interrupted": Status.INTERRUPTED,
}


@dataclass
class _Recording:
    """Where the answer being written goes in the store, and when it was last checkpointed."""

    answer: Answer
    message_id: int | None = None
    last_checkpoint: float = field(default_factory=time.monotonic)

    def due(self) -> bool:
        now = time.monotonic()
        if now - self.last_checkpoint >= CHECKPOINT_EVERY_S:
            self.last_checkpoint = now
            return True
        return False


FINE_PRINT_NOTE = "fine print"  # a region mark for a page whose fine print was read


def _record_region(store, conversation_id: int, question_id: int, region: AskedRegion) -> None:
    """Keep the area the question was about with the question (if its document is recorded)."""
    document = next((d for d in store.documents(conversation_id) if d.sha256 == region.document_sha256), None)
    if document is not None:
        store.add_mark(
            document.id,
            Mark(
                MarkKind.REGION,
                region.page,
                region.box,
                FINE_PRINT_NOTE if region.fine_print else "",
                message_id=question_id,
            ),
        )


def _default_wait(error: KnownError, attempt: int) -> float:
    return (error.retry_after_s or 10.0) * attempt


@dataclass
class ChatSession:
    engine: BedrockEngine
    connection: Callable[[], Connection]
    options: Callable[[], AskOptions]
    listener: ChatListener | None = None
    throttle_retries: int = 3
    throttle_wait: Callable[[KnownError, int], float] = _default_wait
    history: HistoryWriter | None = None  # where every turn is recorded (None: nowhere)
    # Called with every image about to be sent (this question's and earlier ones'): a reviewed
    # document's redactions made since are burned in here (see services.review).
    before_send: Callable[[tuple[Attachment, ...]], Awaitable[tuple[Attachment, ...]]] | None = None
    scheduler: QuotaScheduler | None = None  # paces requests to the quota (None: no pacing)
    conversation_id: int | None = None
    exchanges: list[Exchange] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None

    def __post_init__(self) -> None:
        if self.listener is not None:
            checked_listener(self.listener)

    def listen(self, listener: ChatListener) -> None:
        """From now on, tell `listener` (refused with TypeError if it lacks a ChatListener method)."""
        self.listener = checked_listener(listener)

    @property
    def _tell(self) -> ChatListener:
        return self.listener if self.listener is not None else _NOBODY

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def ask(
        self, question: str, attachments: tuple[Attachment, ...] = (), region: AskedRegion | None = None
    ) -> asyncio.Task[None]:
        """Start asking; returns the task (the session keeps a reference too)."""
        if self.busy:
            raise RuntimeError("already answering")
        history = self._history()
        exchange = Exchange(question, attachments, Answer(), region=region)
        self.exchanges.append(exchange)
        self._tell.exchange_added(exchange)
        self._task = asyncio.ensure_future(self._run(exchange, history))
        return self._task

    def retry(self) -> asyncio.Task[None] | None:
        """Ask the last question again, replacing its answer."""
        if self.busy or not self.exchanges:
            return None
        last = self.exchanges.pop()
        self._tell.exchanges_reset()
        return self.ask(last.question, last.attachments, last.region)

    def take_back_last(self) -> Exchange | None:
        """Remove the last exchange (to edit and resend its question)."""
        if self.busy or not self.exchanges:
            return None
        last = self.exchanges.pop()
        self._tell.exchanges_reset()
        return last

    def stop(self) -> None:
        if self.busy:
            self._task.cancel()

    def new_chat(self) -> None:
        self.stop()
        self.exchanges.clear()
        self.conversation_id = None
        self._tell.exchanges_reset()

    async def open_conversation(self, conversation_id: int) -> None:
        """Show a recorded conversation; further questions continue it, with its turns as context."""
        if self.history is None:
            return
        self.stop()
        store = self.history.store

        def load() -> list[Exchange]:
            exchanges = []
            regions = store.question_regions(conversation_id)
            for question, reply in turns_of(store.messages(conversation_id)):
                exchange = Exchange(
                    question.text, attachments_of(store, question), answer_of(reply) if reply else Answer()
                )
                if question.id in regions:
                    document, mark = regions[question.id]
                    exchange.region = AskedRegion(
                        document.sha256, document.name, mark.page, mark.box, mark.note == FINE_PRINT_NOTE
                    )
                exchange.status = _STORED_STATUS.get(reply.status if reply else "", Status.INTERRUPTED)
                exchanges.append(exchange)
            return exchanges

        self.exchanges = await self.history.call(load)
        self.conversation_id = conversation_id
        self._tell.exchanges_reset()

    async def wait(self) -> None:
        """Until the current answer has finished (for tests and quitting)."""
        if self._task is not None:
            try:
                await asyncio.shield(self._task)
            except asyncio.CancelledError:
                if not self._task.cancelled():
                    raise

    def _history(self) -> tuple[Turn, ...]:
        """Earlier exchanges as turns. Unanswered questions are left out, so turns alternate."""
        turns: list[Turn] = []
        for exchange in self.exchanges:
            if exchange.answer.text.strip():
                turns.append(Turn(Role.USER, exchange.question, exchange.attachments))
                turns.append(Turn(Role.ASSISTANT, exchange.answer.text))
        return tuple(turns)

    async def _run(self, exchange: Exchange, history: tuple[Turn, ...]) -> None:
        if self.before_send is not None:
            exchange.attachments = await self.before_send(exchange.attachments)
            history = tuple(
                [
                    Turn(turn.role, turn.text, await self.before_send(turn.attachments)) if turn.attachments else turn
                    for turn in history
                ]
            )
        options = self.options()
        fitted = fit_context(history, exchange.question, exchange.attachments, options.system, options.max_tokens)
        if fitted.notice():
            self._tell.notice(fitted.notice())
        request = AskRequest(
            question=exchange.question,
            attachments=exchange.attachments,
            history=fitted.turns,
            system=options.system,
            max_tokens=options.max_tokens,
            temperature=options.temperature,
            tier=options.tier,
        )
        recording: _Recording | None = None
        try:
            if self.history is not None:  # the question is safe on disk before it is sent
                recording = await self._record_question(exchange, request, self.connection())
            for attempt in range(1, self.throttle_retries + 2):
                connection = self.connection()
                exchange.answer = new_answer(request, connection)
                exchange.status = Status.STREAMING
                self._tell.exchange_changed(exchange)
                if recording is not None:
                    recording.answer = exchange.answer
                pacer = self.scheduler.pacer(connection) if self.scheduler is not None else None
                await paced_ask(
                    self.engine,
                    pacer,
                    request,
                    connection,
                    exchange.answer,
                    lambda event: self._on_event(exchange, event, recording),
                    lambda seconds: self._quota_wait(exchange, seconds),
                    attempt,
                )
                error = exchange.answer.error
                throttled = error is not None and error.kind in (Kind.THROTTLED, Kind.MODEL_NOT_READY)
                if not throttled or exchange.answer.text or attempt > self.throttle_retries:
                    break
                await self._count_down(exchange, self.throttle_wait(error, attempt))
            exchange.status = Status.FAILED if exchange.answer.error else Status.DONE
        except asyncio.CancelledError:
            exchange.answer.cancelled = True
            exchange.status = Status.STOPPED
            raise
        finally:
            if recording is not None and recording.message_id is not None:
                self.history.submit(self.history.store.finish_answer, recording.message_id, exchange.answer)
            self._tell.exchange_changed(exchange)

    async def _record_question(self, exchange: Exchange, request: AskRequest, connection: Connection) -> _Recording:
        store = self.history.store
        if self.conversation_id is None:
            self.conversation_id = await self.history.call(store.start_conversation, exchange.question)
        question_id = await self.history.call(
            store.add_question, self.conversation_id, exchange.question, exchange.attachments
        )
        if exchange.region is not None:
            await self.history.call(_record_region, store, self.conversation_id, question_id, exchange.region)
        recording = _Recording(new_answer(request, connection))
        recording.message_id = await self.history.call(store.start_answer, self.conversation_id, recording.answer)
        return recording

    def _quota_wait(self, exchange: Exchange, seconds: float) -> None:
        """Waiting for room in the quota (seconds > 0), or done waiting (0)."""
        exchange.waiting_for_quota = seconds > 0
        exchange.status = Status.WAITING if seconds > 0 else Status.STREAMING
        exchange.wait_left_s = math.ceil(seconds)
        self._tell.exchange_changed(exchange)

    async def _count_down(self, exchange: Exchange, seconds: float) -> None:
        exchange.status = Status.WAITING
        exchange.waiting_for_quota = False
        remaining = seconds
        while remaining > 0:
            exchange.wait_left_s = max(1, round(remaining))
            self._tell.exchange_changed(exchange)
            step = min(1.0, remaining)
            await asyncio.sleep(step)
            remaining -= step
        exchange.wait_left_s = 0

    def _on_event(self, exchange: Exchange, event: StreamEvent, recording: _Recording | None) -> None:
        if isinstance(event, TextDelta):
            self._tell.text_arrived(exchange, event.text)
            if recording is not None and recording.due():
                self.history.submit(self.history.store.checkpoint_answer, recording.message_id, exchange.answer.text)
