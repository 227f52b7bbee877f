"""Pacing against a local server that really throttles: the chat waits for room in the quota
(and says so) instead of meeting 429s; a 429 met anyway backs off and resumes."""

from __future__ import annotations

import asyncio

import pytest

from helpers import ledger_calls_on_the_main_thread
from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.domain import AskRequest, Connection
from pixdesk.services.asking import new_answer, paced_ask
from pixdesk.services.chat import AskOptions, ChatSession, Status
from pixdesk.services.quota import QuotaLimits, QuotaPacer, QuotaScheduler


@pytest.fixture
def throttling_server(quota_server):
    """2 requests and 30,000 tokens per 1.5-second window: Bedrock's quota, scaled down."""
    return quota_server(2, 30_000, 1.5)


class Listener:  # a ChatListener has every method, even those it has nothing to do in
    def __init__(self) -> None:
        self.waits: list[tuple[bool, float]] = []

    def exchange_changed(self, exchange):
        if exchange.status is Status.WAITING:
            self.waits.append((exchange.waiting_for_quota, exchange.wait_left_s))

    def exchange_added(self, exchange):
        pass

    def text_arrived(self, exchange, text):
        pass

    def exchanges_reset(self):
        pass

    def notice(self, text):
        pass


def _ask_one_after_another(chat: ChatSession, count: int) -> None:
    async def scenario():
        for number in range(count):
            chat.ask(f"Question {number}")
            await chat.wait()

    asyncio.run(scenario())
    assert [e.status for e in chat.exchanges] == [Status.DONE] * count


def test_the_chat_waits_for_the_quota_instead_of_being_throttled(throttling_server, engine):
    listener = Listener()
    waits = listener.waits
    limits = QuotaLimits(requests_per_window=2, tokens_per_window=30_000, window_s=1.5)
    chat = ChatSession(
        engine, lambda: Connection(), lambda: AskOptions(max_tokens=1000), listener, scheduler=QuotaScheduler(limits)
    )

    _ask_one_after_another(chat, 5)
    assert throttling_server.quota.throttled == 0  # not a single 429
    assert throttling_server.quota.admitted == 5
    assert waits and all(for_quota for for_quota, _seconds in waits)  # it said it was waiting


def test_tokens_are_paced_too(throttling_server, engine):
    """Each request reserves its input and 12,000 tokens of answer room: two fit in 30,000, a
    third must wait — even though the request count would allow it."""
    limits = QuotaLimits(requests_per_window=10, tokens_per_window=30_000, window_s=1.5)
    throttling_server.quota.requests_per_window = 10
    pacer = QuotaPacer(limits)
    request = AskRequest("hi", max_tokens=12_000)

    async def scenario():
        for _ in range(4):
            await paced_ask(engine, pacer, request, Connection(), new_answer(request, Connection()))

    asyncio.run(scenario())
    assert throttling_server.quota.throttled == 0 and throttling_server.quota.admitted == 4


def test_a_429_met_anyway_backs_off_and_resumes(throttling_server):
    """Another app used the same quota (the pacer did not know): the 429 releases the
    reservation, pauses the pacer, and the chat's own retry then gets through."""
    throttling_server.quota.use(requests=2)  # someone else's two requests, just now
    limits = QuotaLimits(requests_per_window=2, tokens_per_window=30_000, window_s=1.5)
    scheduler = QuotaScheduler(limits)
    no_botocore_retries = BedrockEngine(ClientFactory(ClientSettings(max_attempts=1)), RetryPolicy(base_delay_s=0.01))
    chat = ChatSession(
        no_botocore_retries,
        lambda: Connection(),
        lambda: AskOptions(max_tokens=1000),
        None,
        scheduler=scheduler,
        throttle_wait=lambda error, attempt: 0.2,
    )

    async def scenario():
        chat.ask("Hello?")
        await chat.wait()

    asyncio.run(scenario())
    [exchange] = chat.exchanges
    assert exchange.status is Status.DONE
    assert scheduler.pacer(Connection()).throttled >= 1
    assert throttling_server.quota.throttled >= 1


def test_the_shared_ledger_is_read_and_written_off_the_event_loop(throttling_server, engine, tmp_path, monkeypatch):
    # The event loop is the window's thread: SQLite may wait there for another pixdesk process's
    # transaction. Opening the ledger, reserving, marking sent and settling all happen elsewhere.
    from pixdesk.store.pacing_ledger import PacingLedger

    on_the_loop = ledger_calls_on_the_main_thread(monkeypatch)
    limits = QuotaLimits(requests_per_window=2, tokens_per_window=30_000, window_s=1.5)
    scheduler = QuotaScheduler(limits, ledger="user")
    monkeypatch.setattr("pixdesk.services.quota.ledger_path", lambda: tmp_path / "pacing.sqlite3")
    options = lambda: AskOptions(max_tokens=1000)  # noqa: E731
    chat = ChatSession(engine, lambda: Connection(), options, Listener(), scheduler=scheduler)

    _ask_one_after_another(chat, 3)
    assert on_the_loop == []
    ledger = PacingLedger(tmp_path / "pacing.sqlite3")
    _now, sent, _hold = ledger.snapshot("|".join(("default-credentials", "us")))
    usages = sorted(e.answer.usage.input_tokens + e.answer.usage.output_tokens for e in chat.exchanges)
    assert sorted(tokens for _at, tokens in sent) == usages  # each settled to what Bedrock reported
