"""The stream's mailbox wakes the loop at most once per interval (tokens arrive one at a time, 500 a
second at Bedrock's fastest: waking the window for each cost it a tenth of its time), and a
batch's text reaches the reader as one piece."""

from __future__ import annotations

import asyncio

from pixdesk.bedrock.stream import _END, _joined_text, _Mailbox
from pixdesk.domain import Started, Stopped, TextDelta


def _batches_of(items: int, interval_s: float) -> list[list[int]]:
    """Put `items` one per loop turn (as a worker thread would, each arriving while the loop is
    free) and collect the batches a reader takes. The clock stands still: every put after the
    first falls within the interval."""

    async def scenario() -> list[list[int]]:
        mailbox = _Mailbox(asyncio.get_running_loop(), interval_s=interval_s, clock=lambda: 100.0)
        batches: list[list[int]] = []

        async def read() -> None:
            while sum(len(batch) for batch in batches) < items:
                batches.append(await mailbox.take())

        reader = asyncio.create_task(read())
        for number in range(items):
            mailbox.put(number)
            await asyncio.sleep(0)  # a loop turn: an unpaced mailbox would hand this one over now
        await asyncio.wait_for(reader, 10)
        return batches

    return asyncio.run(scenario())


def test_items_that_arrive_within_the_interval_wait_and_arrive_together():
    batches = _batches_of(50, interval_s=0.5)
    assert batches[0] == [0]  # the first at once: no wait for the first words
    assert len(batches) <= 3  # the rest together, after the interval (not one wake-up each)
    assert [item for batch in batches for item in batch] == list(range(50))  # none lost, in order


def test_without_an_interval_each_item_is_handed_over_as_it_comes():
    """(What the pacing changes: the same puts, unpaced, wake the reader for nearly every item.)"""
    batches = _batches_of(50, interval_s=0.0)
    assert len(batches) > 25
    assert [item for batch in batches for item in batch] == list(range(50))


def test_a_batchs_text_is_joined_between_other_events():
    batch = [Started("r1"), TextDelta("Hel"), TextDelta("lo"), TextDelta(" world"), Stopped("end_turn"), TextDelta("!")]
    assert _joined_text(batch) == [Started("r1"), TextDelta("Hello world"), Stopped("end_turn"), TextDelta("!")]
    assert _joined_text([]) == []


def test_the_first_words_and_the_end_are_never_held_back():
    """Started wakes the loop; the first text, a moment later, must not wait out the interval
    (time to the first token is what a person feels most)."""

    async def scenario() -> list[list[object]]:
        mailbox = _Mailbox(asyncio.get_running_loop(), interval_s=30.0, clock=lambda: 100.0)
        first = await _put_and_take(mailbox, Started("r1"))
        words = await _put_and_take(mailbox, TextDelta("Hello"))
        end = await _put_and_take(mailbox, _END)  # nor the end: Stop returns at once
        return [first, words, end]

    async def _put_and_take(mailbox: _Mailbox, item: object) -> list[object]:
        mailbox.put(item)
        return await asyncio.wait_for(mailbox.take(), 5)  # an interval of 30 s would time out

    assert asyncio.run(scenario()) == [[Started("r1")], [TextDelta("Hello")], [_END]]
