"""Retry and throttling, through the real protocol (boto3 → the local Bedrock server) and the
real history store: a retry takes the failed attempt's place (images kept, counted once), a busy
Bedrock is tried a bounded number of times with a countdown and an attempt count, and the person
may try Flex or another region at once instead of waiting."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass, field

from helpers import png_attachment, until
from pixdesk.domain import Answer, Connection
from pixdesk.errors import Action, Kind
from pixdesk.services.chat import AskOptions, ChatSession, Exchange, Status
from pixdesk.services.history import HistoryWriter
from pixdesk.store.history import HistoryStore
from pixdesk.testing.server import Fault

STILL_BUSY = "Bedrock is still busy after 5 attempts."
WHAT_TO_DO = "Try again in a few minutes, or choose Flex or another region in the toolbar."


@dataclass
class Listener:
    """A ChatListener noting each change with the exchange's state at that moment."""

    changes: list[tuple[Exchange, Status, int, int]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def exchange_added(self, exchange: Exchange) -> None:
        pass

    def text_arrived(self, exchange: Exchange, text: str) -> None:
        pass

    def exchange_changed(self, exchange: Exchange) -> None:
        self.changes.append((exchange, exchange.status, exchange.wait_left_s, exchange.attempt))

    def exchanges_reset(self) -> None:
        pass

    def notice(self, text: str) -> None:
        self.notices.append(text)

    def waits(self) -> list[tuple[int, int]]:
        """(seconds left, attempt announced) of every throttle countdown step."""
        return [(left, attempt) for _, status, left, attempt in self.changes if status is Status.WAITING]


def _session(engine, history=None, listener=None, region=None, **kwargs) -> ChatSession:
    where = region if region is not None else {"region": "us-east-1"}
    return ChatSession(
        engine, lambda: Connection(region=where["region"]), lambda: AskOptions(), listener, history=history, **kwargs
    )


def _images_sent(record) -> list[bytes]:
    """The image bytes of the last user message of a recorded request."""
    content = record.body["messages"][-1]["content"]
    return [base64.b64decode(block["image"]["source"]["bytes"]) for block in content if "image" in block]


async def _reopened(history: HistoryWriter, engine, conversation_id: int) -> list[Exchange]:
    """The conversation as a new window shows it: read back from the store."""
    session = _session(engine, history)
    await session.open_conversation(conversation_id)
    return session.exchanges


def _summary(history: HistoryWriter, conversation_id: int):
    return next(c for c in history.run_now(history.store.conversations) if c.id == conversation_id)


# --- Retry replaces the failed attempt -----------------------------------------------------------


def test_retry_after_an_error_keeps_the_images_and_is_one_question_when_reopened(bedrock, engine, history):
    bedrock.inject(Fault.error("AccessDeniedException"))  # the first call fails, the retry succeeds
    image = png_attachment(320, 200)
    session = _session(engine, history)

    async def scenario():
        await session.ask("What is wrong here?", (image,))
        [failed] = session.exchanges
        assert failed.status is Status.FAILED and failed.answer.error.kind is Kind.ACCESS_DENIED
        await session.retry()
        return await _reopened(history, engine, session.conversation_id)

    reopened = asyncio.run(scenario())
    [retried] = session.exchanges
    assert retried.status is Status.DONE and retried.attachments == (image,)
    assert _images_sent(bedrock.requests[-1]) == [image.data]  # the retry sent the image again
    [exchange] = reopened
    assert exchange.status is Status.DONE and exchange.answer.text == retried.answer.text
    assert [a.data for a in exchange.attachments] == [image.data]
    summary = _summary(history, session.conversation_id)
    assert summary.message_count == 2  # one question and its answer: the sidebar says "1 question"
    roles = [(m.role, m.status) for m in history.run_now(history.store.messages, session.conversation_id)]
    assert roles == [("user", "complete"), ("assistant", "complete")]


def test_retry_of_a_stopped_answer_replaces_it(bedrock, engine, history):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 2000  # long enough to be stopped half-way
    image = png_attachment()
    session = _session(engine, history)

    async def scenario():
        session.ask("Transcribe this page.", (image,))
        [first] = session.exchanges
        await until(lambda: first.answer.text, message="some text")
        session.stop()
        await session.wait()
        assert first.status is Status.STOPPED
        bedrock.behaviour.tokens_per_second = bedrock.behaviour.answer_tokens = None
        await session.retry()
        return await _reopened(history, engine, session.conversation_id)

    [exchange] = asyncio.run(scenario())
    assert exchange.status is Status.DONE and [a.data for a in exchange.attachments] == [image.data]
    assert _summary(history, session.conversation_id).message_count == 2


def test_retry_of_an_interrupted_answer_replaces_it(bedrock, engine, tmp_path):
    image = png_attachment()
    folder = tmp_path / "interrupted"
    with HistoryStore(folder) as store:  # pixdesk was closed while this answer was written
        conversation = store.start_conversation("Summarise this document.")
        store.add_question(conversation, "Summarise this document.", (image,))
        answer = store.start_answer(conversation, Answer(region="us-east-1", tier_requested="standard"))
        store.checkpoint_answer(answer, "The document is about")
    history = HistoryWriter(HistoryStore(folder))  # opened again: the answer is interrupted
    try:
        session = _session(engine, history)

        async def scenario():
            await session.open_conversation(conversation)
            [interrupted] = session.exchanges
            assert interrupted.status is Status.INTERRUPTED
            await session.retry()
            return await _reopened(history, engine, conversation)

        [exchange] = asyncio.run(scenario())
        assert exchange.status is Status.DONE and [a.data for a in exchange.attachments] == [image.data]
        assert _images_sent(bedrock.requests[-1]) == [image.data]
        assert _summary(history, conversation).message_count == 2
    finally:
        history.close()


def test_a_retry_keeps_earlier_questions(bedrock, engine, history):
    session = _session(engine, history)

    async def scenario():
        await session.ask("First?")
        bedrock.inject(Fault.error("AccessDeniedException"))
        await session.ask("Second?")
        await session.retry()
        return await _reopened(history, engine, session.conversation_id)

    reopened = asyncio.run(scenario())
    assert [(e.question, e.status) for e in reopened] == [("First?", Status.DONE), ("Second?", Status.DONE)]
    assert _summary(history, session.conversation_id).message_count == 4


# --- Throttling: bounded attempts, counted, with a way out ---------------------------------------


def test_a_busy_bedrock_is_tried_five_times_then_the_person_is_told_what_to_do(bedrock, engine, history):
    bedrock.inject(Fault.error("ThrottlingException", times=None))
    listener = Listener()
    session = _session(engine, history, listener, throttle_wait=lambda error, attempt: 0.05)

    async def scenario():
        await session.ask("Busy?")

    asyncio.run(scenario())
    [exchange] = session.exchanges
    assert exchange.status is Status.FAILED and (exchange.attempt, exchange.attempts_allowed) == (5, 5)
    error = exchange.answer.error
    assert (error.kind, error.action) == (Kind.THROTTLED, Action.WAIT_AND_RETRY)
    assert error.sentence() == f"{STILL_BUSY} {WHAT_TO_DO}"
    announced = sorted({attempt for _, attempt in listener.waits()})
    assert announced == [2, 3, 4, 5]  # the countdown names the attempt to come
    assert all(left >= 1 for left, _ in listener.waits())
    assert len(bedrock.requests) == 5 * 3  # five attempts, each one botocore call of three tries
    assert exchange.wait_left_s == 0 and listener.changes[-1][1] is Status.FAILED
    [_, answer] = history.run_now(history.store.messages, session.conversation_id)
    assert (answer.status, answer.audit["error_message"]) == ("failed", STILL_BUSY)


def test_the_countdown_says_each_second_how_long_is_left(bedrock, engine):
    bedrock.inject(Fault.error("ThrottlingException", times=3))  # one attempt's three tries
    listener = Listener()
    session = _session(engine, listener=listener, throttle_wait=lambda error, attempt: 2.5)

    async def scenario():
        await session.ask("Busy for a moment?")

    asyncio.run(scenario())
    [exchange] = session.exchanges
    lefts = [left for left, _ in listener.waits()]
    assert lefts[0] == 3 and lefts[-1] == 1  # 2.5 s: "3 s", then every second down to "1 s"
    assert lefts == sorted(set(lefts), reverse=True)  # one change per second, never going back up
    assert exchange.status is Status.DONE and exchange.attempt == 2
    assert exchange.elapsed_s is not None and exchange.elapsed_s >= 2.5  # the person's wait, all of it


def test_try_flex_asks_again_at_once_with_flex_in_the_same_exchange(bedrock, engine, history):
    bedrock.inject(Fault.error("ThrottlingException", times=3))  # Standard is busy once
    listener = Listener()
    image = png_attachment()
    session = _session(engine, history, listener, throttle_wait=lambda error, attempt: 600.0)

    async def scenario():
        task = session.ask("Busy again?", (image,))
        [exchange] = session.exchanges
        await until(lambda: exchange.status is Status.WAITING, message="the countdown")
        assert session.counting_down and exchange.attempt == 2
        assert session.retry_now_with_tier("flex") is task
        await asyncio.wait_for(task, 30)  # not the ten minutes' countdown

    asyncio.run(scenario())
    [exchange] = session.exchanges  # the same exchange: no second question
    assert exchange.status is Status.DONE and exchange.attachments == (image,)
    assert [r.body.get("serviceTier") for r in bedrock.requests[-2:]] == [{"type": "default"}, {"type": "flex"}]
    assert _images_sent(bedrock.requests[-1]) == [image.data]
    assert exchange.answer.tier_requested == "flex" and exchange.attempt == 1  # a fresh start on Flex
    [_, answer] = history.run_now(history.store.messages, session.conversation_id)
    assert answer.audit["tier_requested"] == "flex"  # the record says how it was really asked


def test_try_flex_after_the_attempts_ran_out_retries_with_flex_once(bedrock, engine, history):
    bedrock.inject(Fault.error("ThrottlingException", times=2 * 3))
    session = _session(engine, history, throttle_retries=1, throttle_wait=lambda error, attempt: 0)

    async def scenario():
        await session.ask("Busy?")
        assert session.exchanges[0].status is Status.FAILED
        assert session.exchanges[0].answer.error.message == "Bedrock is still busy after 2 attempts."
        await session.retry_now_with_tier("flex")
        await session.ask("And the next one?")

    asyncio.run(scenario())
    flexed, _following = session.exchanges
    assert flexed.status is Status.DONE and flexed.answer.tier_requested == "flex"
    tiers = [r.body.get("serviceTier") for r in bedrock.requests if r.outcome == "ok"]
    assert tiers == [{"type": "flex"}, {"type": "default"}]  # only that question went with Flex
    assert _summary(history, session.conversation_id).message_count == 4


def test_try_flex_while_streaming_does_nothing(bedrock, engine):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 2000
    session = _session(engine)

    async def scenario():
        session.ask("A long one?")
        await until(lambda: session.exchanges[0].answer.text, message="some text")
        assert session.retry_now_with_tier("flex") is None
        assert not session.retry_now()
        session.stop()
        await session.wait()

    asyncio.run(scenario())
    assert len(bedrock.requests) == 1


def test_another_region_chosen_while_waiting_is_tried_at_once(bedrock, engine, history):
    bedrock.inject(Fault.error("ThrottlingException", times=3))
    where = {"region": "us-east-1"}
    session = _session(engine, history, region=where, throttle_wait=lambda error, attempt: 600.0)

    async def scenario():
        task = session.ask("Busy here?")
        await until(lambda: session.counting_down, message="the countdown")
        where["region"] = "eu-central-1"  # the person chose Europe (Frankfurt) in the toolbar
        assert session.retry_now()
        await asyncio.wait_for(task, 30)

    asyncio.run(scenario())
    [exchange] = session.exchanges
    assert exchange.status is Status.DONE and exchange.answer.region == "eu-central-1"
    assert [r.region for r in bedrock.requests] == ["us-east-1"] * 3 + ["eu-central-1"]
    [_, answer] = history.run_now(history.store.messages, session.conversation_id)
    assert answer.audit["region"] == "eu-central-1"


def test_elapsed_is_the_persons_wait_and_survives_reopening(bedrock, engine, history):
    bedrock.behaviour.latency_s = 0.4  # the service takes a while before the first word
    session = _session(engine, history)

    async def scenario():
        await session.ask("How long?")
        return await _reopened(history, engine, session.conversation_id)

    [reopened] = asyncio.run(scenario())
    [exchange] = session.exchanges
    assert exchange.elapsed_s is not None and exchange.elapsed_s >= 0.4
    assert reopened.elapsed_s is not None and reopened.elapsed_s >= 0.4  # from the stored times
