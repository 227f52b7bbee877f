"""A conversation: ask, stream, stop, retry, edit the last question, start over.

No Qt. The window listens through `ChatListener`; everything runs on the asyncio loop (under
qasync, the Qt thread), so listeners may touch widgets directly."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from pixdesk import catalog
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
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.services.asking import new_answer, paced_ask
from pixdesk.services.context import fit_context
from pixdesk.services.exchange import AskOptions as AskOptions  # (where the window and the CLI found them)
from pixdesk.services.exchange import Exchange as Exchange
from pixdesk.services.exchange import Status as Status
from pixdesk.services.history import HistoryWriter, StoredMessage, answer_of, attachments_of, turns_of
from pixdesk.services.quota import QuotaScheduler
from pixdesk.services.recording import CHECKPOINT_EVERY_S
from pixdesk.words import translate

log = logging.getLogger(__name__)


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


THROTTLE_ATTEMPTS = 5  # in all, the first one included, before pixdesk stops trying by itself
BACKOFF_S = (5.0, 10.0, 20.0, 30.0)  # the wait after the 1st, 2nd… throttled attempt
MAX_WAIT_S = 30.0  # never longer than this between two attempts, whatever Bedrock suggests


def backoff_wait(error: KnownError, attempt: int) -> float:
    """Seconds to wait after throttled attempt `attempt` (1-based): growing, capped, and at
    least what the error suggests (also capped: the person sees the countdown and may act)."""
    wait = BACKOFF_S[min(attempt, len(BACKOFF_S)) - 1]
    return min(MAX_WAIT_S, max(wait, error.retry_after_s or 0.0))


def still_busy(error: KnownError, attempts: int) -> KnownError:
    """The error to show once every attempt was throttled: what happened and what to do now."""
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    what = (
        f"{catalog.MODEL_NAME} is still not ready after {tries}."
        if error.kind is Kind.MODEL_NOT_READY
        else f"Bedrock is still busy after {tries}."
    )
    return KnownError(
        error.kind,
        what,
        Action.WAIT_AND_RETRY,
        translate("chat", "Try again in a few minutes, or choose Flex or another region in the toolbar."),
        error.detail,
        error.retry_after_s,
    )


def _stored_elapsed(question: StoredMessage, reply: StoredMessage | None) -> float | None:
    """Seconds from a recorded question to the end of its answer (None if it never ended)."""
    if reply is None or not reply.finished_at:
        return None
    try:
        seconds = (
            datetime.datetime.fromisoformat(reply.finished_at) - datetime.datetime.fromisoformat(question.created_at)
        ).total_seconds()
    except ValueError:  # an imported history with times of its own kind
        return None
    return max(0.0, seconds)


@dataclass
class ChatSession:
    engine: BedrockEngine
    connection: Callable[[], Connection]
    options: Callable[[], AskOptions]
    listener: ChatListener | None = None
    throttle_retries: int = THROTTLE_ATTEMPTS - 1  # automatic attempts after the first one
    throttle_wait: Callable[[KnownError, int], float] = backoff_wait
    history: HistoryWriter | None = None  # where every turn is recorded (None: nowhere)
    # Called with every image about to be sent (this question's and earlier ones'): a reviewed
    # document's redactions made since are burned in here (see services.review).
    before_send: Callable[[tuple[Attachment, ...]], Awaitable[tuple[Attachment, ...]]] | None = None
    scheduler: QuotaScheduler | None = None  # paces requests to the quota (None: no pacing)
    conversation_id: int | None = None
    exchanges: list[Exchange] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None
    # Set while counting down to the next attempt after throttling: setting it ends the wait.
    _wake: asyncio.Event | None = None
    _next_tier: str | None = None  # the tier the next attempt uses instead (Try Flex)

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

    @property
    def finishing(self) -> bool:
        """Busy only with the end of an answer already complete: its stream closed, the quota's
        ledger settled (a moment; longer while another pixdesk process holds the ledger)."""
        return self.busy and bool(self.exchanges) and self.exchanges[-1].answer.complete

    @property
    def counting_down(self) -> bool:
        """Waiting to try again after Bedrock said it was busy (not waiting for the quota)."""
        return self._wake is not None

    def ask(
        self, question: str, attachments: tuple[Attachment, ...] = (), region: AskedRegion | None = None
    ) -> asyncio.Task[None]:
        """Start asking; returns the task (the session keeps a reference too)."""
        return self._start(Exchange(question, attachments, Answer(), region=region))

    def _start(
        self, exchange: Exchange, replacing: tuple[int, ...] = (), tier: str | None = None
    ) -> asyncio.Task[None]:
        if self.busy:
            raise RuntimeError("already answering")
        history = self._history()
        exchange.attempts_allowed = self.throttle_retries + 1
        self.exchanges.append(exchange)
        self._tell.exchange_added(exchange)
        self._task = asyncio.ensure_future(self._run(exchange, history, replacing, tier))
        return self._task

    def retry(self, tier: str | None = None) -> asyncio.Task[None] | None:
        """Ask the last question again — with its images — replacing its answer, also in the
        history: the earlier attempt is removed there as the retry is recorded, so the
        conversation shows and counts the question once. `tier`: ask this time with that
        speed-and-price tier instead of the toolbar's."""
        if self.busy or not self.exchanges or self.exchanges[-1].shown is not None:
            return None
        last = self.exchanges.pop()
        self._tell.exchanges_reset()
        again = Exchange(last.question, last.attachments, Answer(), region=last.region)
        return self._start(again, replacing=last.recorded_as, tier=tier)

    def retry_now(self) -> bool:
        """While counting down after throttling: make the next attempt at once (say, after the
        person chose another region). False if there is no such wait."""
        if self._wake is None:
            return False
        self._wake.set()
        return True

    def retry_now_with_tier(self, tier: str) -> asyncio.Task[None] | None:
        """Try Flex (or another tier): while counting down after throttling, stop waiting and ask
        again at once with `tier`, in the same exchange (same question, same images); once the
        last answer has ended (failed, stopped…), retry it with `tier`. Only this question is
        asked so: the next ones use the tier chosen in the toolbar. None if neither applies."""
        catalog.tier(tier)  # KeyError for a tier that does not exist, before anything changes
        if self._wake is not None:
            self._next_tier = tier
            self._wake.set()
            return self._task
        if self.busy:
            return None  # streaming, or waiting for the quota (which a tier does not change)
        return self.retry(tier=tier)

    def take_back_last(self) -> Exchange | None:
        """Remove the last exchange (to edit and resend its question)."""
        if self.busy or not self.exchanges or self.exchanges[-1].shown is not None:
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
                exchange.recorded_as = (question.id, reply.id) if reply else (question.id,)
                exchange.shown = question.shown_text
                if exchange.status is not Status.INTERRUPTED:
                    exchange.elapsed_s = _stored_elapsed(question, reply)
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

    async def _run(
        self, exchange: Exchange, history: tuple[Turn, ...], replacing: tuple[int, ...], tier: str | None
    ) -> None:
        started = time.monotonic()
        recording: _Recording | None = None
        try:
            request = await self._request(exchange, history, tier)
            if self.history is not None:  # the question is safe on disk before it is sent
                recording = await self._record_question(exchange, request, self.connection(), replacing)
            await self._attempts(exchange, request, recording)
            exchange.status = Status.FAILED if exchange.answer.error else Status.DONE
        except asyncio.CancelledError:
            exchange.answer.cancelled = True
            exchange.status = Status.STOPPED
            raise
        finally:
            self._wake = self._next_tier = None
            exchange.wait_left_s = 0
            exchange.waiting_for_quota = False
            exchange.elapsed_s = time.monotonic() - started
            if recording is not None and recording.message_id is not None:
                self.history.submit(self.history.store.finish_answer, recording.message_id, exchange.answer)
            self._tell.exchange_changed(exchange)

    async def _request(self, exchange: Exchange, history: tuple[Turn, ...], tier: str | None) -> AskRequest:
        """The request for `exchange`: redactions burned in, the conversation fitted to the context."""
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
        return AskRequest(
            question=exchange.question,
            attachments=exchange.attachments,
            history=fitted.turns,
            system=options.system,
            max_tokens=options.max_tokens,
            temperature=options.temperature,
            tier=tier or options.tier,
        )

    async def _attempts(self, exchange: Exchange, request: AskRequest, recording: _Recording | None) -> None:
        """Ask; while Bedrock is busy (and nothing was written yet), wait and ask again, up to
        `attempts_allowed` times in all — or at once with another tier (Try Flex)."""
        attempt = 1
        while True:
            exchange.attempt = attempt
            connection = self.connection()  # each attempt: a region chosen meanwhile is used
            exchange.answer = new_answer(request, connection)
            exchange.status = Status.STREAMING
            self._tell.exchange_changed(exchange)
            if recording is not None:
                recording.answer = exchange.answer
            # (in a thread: the first question of a session opens the shared pacing ledger, SQLite)
            pacer = await asyncio.to_thread(self.scheduler.pacer, connection) if self.scheduler is not None else None
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
            if error is None or error.kind not in (Kind.THROTTLED, Kind.MODEL_NOT_READY) or exchange.answer.text:
                return
            if attempt >= exchange.attempts_allowed:
                exchange.answer.error = still_busy(error, exchange.attempts_allowed)
                return
            exchange.attempt = attempt + 1  # what the countdown announces
            await self._count_down(exchange, self.throttle_wait(error, attempt))
            if self._next_tier is not None:  # Try Flex: a fresh start on another tier
                request = dataclasses.replace(request, tier=self._next_tier)
                self._next_tier = None
                attempt = 1
            else:
                attempt += 1

    async def _record_question(
        self, exchange: Exchange, request: AskRequest, connection: Connection, replacing: tuple[int, ...]
    ) -> _Recording:
        store = self.history.store
        if self.conversation_id is None:
            self.conversation_id = await self.history.call(store.start_conversation, exchange.question)
        question_id = await self.history.call(
            store.add_question, self.conversation_id, exchange.question, exchange.attachments, replacing
        )
        if exchange.region is not None:
            await self.history.call(_record_region, store, self.conversation_id, question_id, exchange.region)
        recording = _Recording(new_answer(request, connection))
        recording.message_id = await self.history.call(store.start_answer, self.conversation_id, recording.answer)
        exchange.recorded_as = (question_id, recording.message_id)
        return recording

    def _quota_wait(self, exchange: Exchange, seconds: float) -> None:
        """Waiting for room in the quota (seconds > 0), or done waiting (0)."""
        exchange.waiting_for_quota = seconds > 0
        exchange.status = Status.WAITING if seconds > 0 else Status.STREAMING
        exchange.wait_left_s = math.ceil(seconds)
        self._tell.exchange_changed(exchange)

    async def _count_down(self, exchange: Exchange, seconds: float) -> None:
        """Tell the listener every second how long is left; retry_now() and Try Flex end it early."""
        exchange.status = Status.WAITING
        exchange.waiting_for_quota = False
        self._wake = wake = asyncio.Event()
        try:
            deadline = time.monotonic() + seconds
            while (remaining := deadline - time.monotonic()) > 0 and not wake.is_set():
                exchange.wait_left_s = max(1, math.ceil(remaining - 0.05))
                self._tell.exchange_changed(exchange)
                # to the next whole second left (so the count reads 12, 11, 10…), or the wake-up
                step = remaining - (exchange.wait_left_s - 1) if remaining > 1 else remaining
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), step)
        finally:
            self._wake = None
            exchange.wait_left_s = 0

    def _on_event(self, exchange: Exchange, event: StreamEvent, recording: _Recording | None) -> None:
        if isinstance(event, TextDelta):
            self._tell.text_arrived(exchange, event.text)
            if recording is not None and recording.due():
                self.history.submit(self.history.store.checkpoint_answer, recording.message_id, exchange.answer.text)
