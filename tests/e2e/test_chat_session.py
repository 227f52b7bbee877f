"""A conversation (ChatSession, no Qt) against the local Bedrock server: asking, history,
retry, taking a question back, stopping, throttling and starting over."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

from helpers import until
from pixdesk.domain import Connection
from pixdesk.errors import Kind
from pixdesk.services.chat import AskOptions, ChatSession, Exchange, Status
from pixdesk.testing.server import Fault


@dataclass
class Recorder:
    """A ChatListener that writes down every call, with the exchange's state at that moment."""

    calls: list[tuple] = field(default_factory=list)

    def exchange_added(self, exchange: Exchange) -> None:
        self.calls.append(("added", exchange))

    def text_arrived(self, exchange: Exchange, text: str) -> None:
        self.calls.append(("text", exchange, text))

    def exchange_changed(self, exchange: Exchange) -> None:
        self.calls.append(("changed", exchange, exchange.status, exchange.wait_left_s))

    def exchanges_reset(self) -> None:
        self.calls.append(("reset",))

    def notice(self, text: str) -> None:
        self.calls.append(("notice", text))

    def texts(self, exchange: Exchange) -> str:
        return "".join(c[2] for c in self.calls if c[0] == "text" and c[1] is exchange)

    def changes(self, exchange: Exchange) -> list[tuple[Status, int]]:
        return [(c[2], c[3]) for c in self.calls if c[0] == "changed" and c[1] is exchange]

    def count(self, kind: str) -> int:
        return sum(1 for c in self.calls if c[0] == kind)


def _session(engine, listener: Recorder | None = None, **kwargs) -> ChatSession:
    return ChatSession(engine, lambda: Connection(), lambda: AskOptions(), listener, **kwargs)


class Misspelt:
    """A listener whose author typed `exchange_change`: it would never hear of a finished answer."""

    def exchange_added(self, exchange: Exchange) -> None: ...
    def text_arrived(self, exchange: Exchange, text: str) -> None: ...
    def exchange_change(self, exchange: Exchange) -> None: ...  # (sic)
    def exchanges_reset(self) -> None: ...
    def notice(self, text: str) -> None: ...


def test_a_listener_with_a_misspelt_method_is_refused_at_once(engine):
    with pytest.raises(TypeError, match="Misspelt is not a ChatListener: it lacks exchange_changed"):
        _session(engine, Misspelt())
    session = _session(engine)
    with pytest.raises(TypeError, match="lacks exchange_changed"):
        session.listen(Misspelt())
    assert session.listener is None  # not half-installed
    session.listen(Recorder())  # one with every method is taken


def _messages(record) -> list[tuple[str, str]]:
    """(role, text) for each message of a recorded request."""
    return [
        (m["role"], "".join(block["text"] for block in m["content"] if "text" in block))
        for m in record.body["messages"]
    ]


def test_ask_streams_an_answer(bedrock, engine):
    # Paced, 40 ms a piece (the stream gathers pieces for 20 ms): unpaced, a whole short answer
    # can be read before a busy machine's loop wakes, and "in pieces" would be left to chance.
    bedrock.behaviour.answer_tokens = 16
    bedrock.behaviour.tokens_per_second = 25
    listener = Recorder()
    session = _session(engine, listener)

    async def scenario():
        task = session.ask("What is on screen?")
        assert session.busy
        await task

    asyncio.run(scenario())
    [exchange] = session.exchanges
    assert exchange.status is Status.DONE
    assert exchange.answer.complete and "What is on screen?" in exchange.answer.text
    assert listener.calls[0] == ("added", exchange)
    assert listener.count("text") > 1  # streamed in pieces
    assert listener.texts(exchange) == exchange.answer.text
    assert listener.changes(exchange)[0] == (Status.STREAMING, 0)
    assert listener.calls[-1] == ("changed", exchange, Status.DONE, 0)  # the final change comes last
    assert not session.busy
    assert _messages(bedrock.requests[0]) == [("user", "What is on screen?")]


def test_the_second_question_carries_the_conversation(bedrock, engine):
    session = _session(engine)

    async def scenario():
        await session.ask("First question?")
        await session.ask("Second question?")

    asyncio.run(scenario())
    first, second = session.exchanges
    assert (first.status, second.status) == (Status.DONE, Status.DONE)
    assert _messages(bedrock.requests[1]) == [
        ("user", "First question?"),
        ("assistant", first.answer.text),
        ("user", "Second question?"),
    ]


def test_a_failed_exchange_without_text_is_left_out_of_the_history(bedrock, engine):
    session = _session(engine)

    async def scenario():
        await session.ask("One?")
        bedrock.inject(Fault.error("AccessDeniedException"))
        await session.ask("Two?")
        await session.ask("Three?")

    asyncio.run(scenario())
    one, two, three = session.exchanges
    assert two.status is Status.FAILED and two.answer.error.kind is Kind.ACCESS_DENIED
    assert two.answer.text == ""
    assert three.status is Status.DONE
    messages = _messages(bedrock.requests[2])
    assert messages == [("user", "One?"), ("assistant", one.answer.text), ("user", "Three?")]
    roles = [role for role, _ in messages]
    assert roles == ["user", "assistant", "user"]  # still alternating


def test_retry_replaces_the_last_exchange_and_asks_again(bedrock, engine):
    listener = Recorder()
    session = _session(engine, listener)

    async def scenario():
        await session.ask("Earlier?")
        await session.ask("Again please?")
        before = session.exchanges[-1]
        task = session.retry()
        assert task is not None
        await task
        return before

    before = asyncio.run(scenario())
    assert len(session.exchanges) == 2
    after = session.exchanges[-1]
    assert after is not before and after.question == before.question == "Again please?"
    assert after.status is Status.DONE
    assert listener.count("reset") == 1
    assert len(bedrock.requests) == 3
    assert _messages(bedrock.requests[2]) == _messages(bedrock.requests[1])  # the same question, same history


def test_retry_with_nothing_to_retry_does_nothing(bedrock, engine):
    session = _session(engine)
    assert session.retry() is None
    assert bedrock.requests == []


def test_take_back_last_returns_it_and_empties_the_list(bedrock, engine):
    listener = Recorder()
    session = _session(engine, listener)

    async def scenario():
        await session.ask("Typo in thsi question?")

    asyncio.run(scenario())
    [exchange] = session.exchanges
    taken = session.take_back_last()
    assert taken is exchange and taken.question == "Typo in thsi question?"
    assert session.exchanges == []
    assert listener.calls[-1] == ("reset",)
    assert session.take_back_last() is None


def test_stop_while_streaming_keeps_the_partial_answer(bedrock, engine):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 2000  # 50 s of answer, if nobody stopped it
    listener = Recorder()
    session = _session(engine, listener)

    async def scenario():
        session.ask("Tell me everything.")
        await until(lambda: listener.count("text") >= 3, timeout=5, message="some text")
        started = asyncio.get_running_loop().time()
        session.stop()
        await session.wait()
        return asyncio.get_running_loop().time() - started

    took = asyncio.run(scenario())
    [exchange] = session.exchanges
    assert took < 1.0  # stopped at once, not at the end of the answer
    assert exchange.status is Status.STOPPED
    assert exchange.answer.cancelled and not exchange.answer.complete
    assert exchange.answer.text and exchange.answer.text == listener.texts(exchange)
    assert listener.calls[-1] == ("changed", exchange, Status.STOPPED, 0)
    assert not session.busy
    assert bedrock.wait_for_outcome(0) == "client closed"


def test_throttling_waits_and_retries_by_itself(bedrock, engine):
    # AWS_MAX_ATTEMPTS=3: three refusals are one whole failed call as botocore sees it.
    bedrock.inject(Fault.error("ThrottlingException", times=3))
    listener = Recorder()
    session = _session(engine, listener)
    session.throttle_wait = lambda error, attempt: 0.3

    async def scenario():
        await session.ask("Busy?")

    asyncio.run(scenario())
    [exchange] = session.exchanges
    changes = listener.changes(exchange)
    waiting = [(status, left) for status, left in changes if status is Status.WAITING]
    assert waiting and all(left >= 1 for _, left in waiting)
    statuses = [status for status, _ in changes]
    assert statuses.index(Status.WAITING) < len(statuses) - 1
    assert statuses[-1] is Status.DONE
    assert exchange.answer.complete and exchange.answer.error is None
    assert exchange.wait_left_s == 0
    assert [r.outcome for r in bedrock.requests] == ["error:ThrottlingException"] * 3 + ["ok"]


def test_throttling_that_never_ends_fails_after_the_allowed_retries(bedrock, engine):
    bedrock.inject(Fault.error("ThrottlingException", times=None))
    listener = Recorder()
    session = _session(engine, listener, throttle_retries=1)
    session.throttle_wait = lambda error, attempt: 0

    async def scenario():
        await session.ask("Still busy?")

    asyncio.run(scenario())
    [exchange] = session.exchanges
    assert exchange.status is Status.FAILED
    assert exchange.answer.error.kind is Kind.THROTTLED
    rounds = [status for status, _ in listener.changes(exchange) if status is Status.STREAMING]
    assert len(rounds) == 2  # the first call and exactly one retry
    assert len(bedrock.requests) == 2 * 3  # each round is one botocore call of three attempts
    assert listener.calls[-1] == ("changed", exchange, Status.FAILED, 0)


def test_stop_while_waiting_to_retry_sends_nothing_more(bedrock, engine):
    bedrock.inject(Fault.error("ThrottlingException", times=None))
    listener = Recorder()
    session = _session(engine, listener)
    session.throttle_wait = lambda error, attempt: 30.0

    async def scenario():
        session.ask("Busy again?")
        exchange = session.exchanges[0]
        await until(lambda: exchange.status is Status.WAITING, timeout=8, message="the throttle wait")
        assert exchange.wait_left_s == 30
        session.stop()
        await session.wait()
        await asyncio.sleep(0.2)

    asyncio.run(scenario())
    [exchange] = session.exchanges
    assert exchange.status is Status.STOPPED and exchange.answer.cancelled
    assert len(bedrock.requests) == 3  # the first round only: the retry never went out
    assert listener.calls[-1][:3] == ("changed", exchange, Status.STOPPED)


def test_asking_while_busy_is_refused(bedrock, engine):
    bedrock.behaviour.tokens_per_second = 200
    session = _session(engine)

    async def scenario():
        task = session.ask("First?")
        with pytest.raises(RuntimeError):
            session.ask("Second?")
        await task

    asyncio.run(scenario())
    assert [e.question for e in session.exchanges] == ["First?"]
    assert len(bedrock.requests) == 1


def test_new_chat_while_streaming_stops_and_clears(bedrock, engine):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 2000
    listener = Recorder()
    session = _session(engine, listener)

    async def scenario():
        session.ask("A long one?")
        exchange = session.exchanges[0]
        await until(lambda: listener.count("text") >= 1, timeout=5, message="some text")
        session.new_chat()
        assert session.exchanges == []
        await session.wait()
        return exchange

    exchange = asyncio.run(scenario())
    assert session.exchanges == []
    assert not session.busy
    assert exchange.status is Status.STOPPED and exchange.answer.cancelled
    assert ("reset",) in listener.calls
    assert bedrock.wait_for_outcome(0) == "client closed"

    bedrock.behaviour.tokens_per_second = bedrock.behaviour.answer_tokens = None

    async def after():  # the session is usable again, with no history from before
        await session.ask("Fresh start?")

    asyncio.run(after())
    assert _messages(bedrock.requests[1]) == [("user", "Fresh start?")]
