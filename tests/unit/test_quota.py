"""Pacing to the quota: a sliding window of requests and tokens, reservations settled to what
Bedrock reports, the daily quota, backing off after a 429, and history seeding."""

from __future__ import annotations

import asyncio

import pytest

from pixdesk.domain import AskRequest, Attachment, Connection, Role, Turn
from pixdesk.errors import KnownError
from pixdesk.services.quota import (
    DAY_S,
    QuotaLimits,
    QuotaPacer,
    QuotaScheduler,
    estimate_input_tokens,
    minutes,
    quota_key,
    request_cost,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _pacer(**limits) -> tuple[QuotaPacer, Clock]:
    clock = Clock()
    return QuotaPacer(QuotaLimits(**limits), clock), clock


def test_requests_per_window_are_paced_by_a_sliding_window():
    pacer, clock = _pacer(requests_per_window=3, tokens_per_window=10**9, window_s=60)
    for second in (0, 10, 20):
        clock.now = 1000 + second
        assert pacer.wait_s(1) == 0
        pacer.reserve(1)
    clock.now = 1030
    assert pacer.wait_s(1) == pytest.approx(30)  # the first request leaves the window at 1060
    clock.now = 1060
    assert pacer.wait_s(1) == 0


def test_tokens_are_reserved_with_the_answers_room_and_settled_to_what_was_used():
    pacer, clock = _pacer(requests_per_window=100, tokens_per_window=10_000, window_s=60)
    first = pacer.reserve(6_000)  # 2,000 in + 4,000 room for the answer
    assert pacer.wait_s(6_000) == pytest.approx(60)
    pacer.settle(first, 2_300)  # the answer used 300 of its 4,000
    assert pacer.wait_s(6_000) == 0
    pacer.reserve(6_000)
    clock.now += 30
    assert pacer.wait_s(4_000) == pytest.approx(30)  # until the first one (2,300) leaves the window


def test_a_request_that_was_not_counted_is_forgotten():
    pacer, _clock = _pacer(requests_per_window=1, tokens_per_window=10_000)
    reservation = pacer.reserve(100)
    assert pacer.wait_s(100) > 0
    pacer.release(reservation)  # throttled: Bedrock did not count it
    assert pacer.wait_s(100) == 0


def test_the_daily_quota_is_kept_too():
    pacer, clock = _pacer(requests_per_window=1000, tokens_per_window=100_000, tokens_per_day=150_000, window_s=60)
    pacer.reserve(90_000)
    clock.now += 120
    pacer.reserve(50_000)
    clock.now += 120
    assert pacer.wait_s(20_000) == pytest.approx(DAY_S - 240)  # the day's first request must leave first


def test_a_request_larger_than_the_quota_is_refused_in_words():
    pacer, _clock = _pacer(tokens_per_window=8_000)
    with pytest.raises(KnownError, match="more than the quota allows"):
        asyncio.run(pacer.acquire(9_000))


def test_acquire_waits_and_says_how_long():
    pacer, clock = _pacer(requests_per_window=1, tokens_per_window=10_000, window_s=3)
    pacer.reserve(10)
    told: list[float] = []

    async def scenario():
        async def tick():
            while True:
                await asyncio.sleep(0)
                clock.now += 0.25

        ticker = asyncio.ensure_future(tick())
        await pacer.acquire(10, told.append)
        ticker.cancel()

    asyncio.run(scenario())
    assert told and told[0] == pytest.approx(3, abs=0.3)
    assert pacer.wait_s(10) > 0  # the new request is in the window now


def test_backing_off_after_a_429_pauses_then_resumes():
    pacer, clock = _pacer()
    delay = pacer.back_off(attempt=1)
    assert 1 <= delay <= 2 and pacer.throttled == 1
    assert pacer.wait_s(10) == pytest.approx(delay)
    clock.now += delay
    assert pacer.wait_s(10) == 0


def test_seeding_from_history_counts_recent_requests():
    pacer, _clock = _pacer(requests_per_window=2, tokens_per_window=10**6, window_s=60)
    pacer.seed([(10_000.0 - 5, 100), (10_000.0 - 30, 100), (10_000.0 - 300, 100)], wall_now=10_000.0)
    assert pacer.wait_s(1) == pytest.approx(30)  # two within the minute: wait for the older to leave


def test_the_estimate_counts_images_text_history_and_template():
    image = Attachment(b"x", "png", 1024, 1024)
    request = AskRequest(
        "a" * 40,
        attachments=(image,),
        system="b" * 8,
        max_tokens=500,
        history=(Turn(Role.USER, "c" * 4, (image,)), Turn(Role.ASSISTANT, "d" * 4)),
    )
    images = 2 * 4160  # ceil(1024/16) × (ceil(1024/16) + 1) each
    texts = 10 + 2 + 1 + 1
    assert estimate_input_tokens(request) == images + texts + 5 * 3
    assert request_cost(request) == estimate_input_tokens(request) + 500


def test_pacers_are_per_credentials_and_geography():
    scheduler = QuotaScheduler(QuotaLimits())
    us, eu = Connection("us-east-1"), Connection("eu-west-1")
    assert scheduler.pacer(us) is scheduler.pacer(Connection("us-west-2"))  # one US quota
    assert scheduler.pacer(us) is not scheduler.pacer(eu)
    assert scheduler.pacer(us) is not scheduler.pacer(Connection("us-east-1", profile="work"))
    assert quota_key(Connection("us-east-1", api_key="k")) == ("api-key", "us")


def test_minutes_for_people():
    assert minutes(0.2) == "1 s" and minutes(12.1) == "13 s" and minutes(61) == "2 min" and minutes(3700) == "1 h 2 min"
